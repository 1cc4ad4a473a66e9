import { PackedTwoPass } from '../../src/ner/packed.js';
import { FrozenModel } from '../../src/ner/linear.js';
import { WORD_FEATURES, type DocFeatures } from '../../src/ner/features.js';
import { NTAGS } from '../../src/ner/tags.js';

// Two tiny passes with hand-set weights. Each pass's largest |weight| quantises to 32767.
const trans = { trans: new Float32Array((NTAGS + 1) * NTAGS), end: new Float32Array(NTAGS) };
function pass(rows: Record<number, Record<number, number>>): FrozenModel {
  const keys = Object.keys(rows).map(Number);
  const weights = new Float32Array(keys.length * NTAGS);
  keys.forEach((k, r) => {
    for (const [tag, w] of Object.entries(rows[k]!)) weights[r * NTAGS + Number(tag)] = w;
  });
  return new FrozenModel(Int32Array.from(keys), weights, trans);
}

// Keys 1..13 are a token's text-only features, 20 and 21 context ones; 99 is unknown to both passes.
const pass1 = pass({ 1: { 0: 1 }, 2: { 3: -0.5 }, 13: { 16: 0.25 }, 20: { 3: 1 } });
const pass2 = pass({ 1: { 5: 2 }, 20: { 0: -1 }, 21: { 16: 1 } });

function features(tokens: number[][]): DocFeatures {
  const offsets = new Int32Array(tokens.length + 1);
  tokens.forEach((keys, i) => (offsets[i + 1] = offsets[i]! + keys.length));
  return { offsets, keys: Int32Array.from(tokens.flat()) };
}
const TEXT_ONLY = Array.from({ length: WORD_FEATURES }, (_, k) => k + 1);

describe('the packed two-pass model', () => {
  test('sums exactly the quantised weights of both passes, skipping zeros and unknown keys', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    const emit1 = new Int32Array(2 * NTAGS);
    const emit2 = new Int32Array(2 * NTAGS);
    packed.addBase(features([[...TEXT_ONLY, 20, 99], [...TEXT_ONLY, 21]]), 2, emit1, emit2, ['Anbar', 'Anbar']);
    // pass 1 scale: 1/32767 per unit; pass 2: 2/32767.
    expect(emit1[0]).toBe(32767);
    expect(emit1[3]).toBe(-16383 + 32767); // key 2 (-0.5 → -16383.5, rounded up) + key 20
    expect(emit1[16]).toBe(8192);
    expect(emit2[5]).toBe(32767);
    expect(emit2[0]).toBe(-16383);
    expect(emit1[NTAGS + 3]).toBe(-16383); // second token: no key 20
    expect(emit2[NTAGS + 16]).toBe(16384);
    expect(emit2[NTAGS + 0]).toBe(0);
  });

  test('a word read before gives the same scores from its cached sums, and forgetting them changes nothing', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    const run = (): Int32Array[] => {
      const e1 = new Int32Array(NTAGS);
      const e2 = new Int32Array(NTAGS);
      packed.addBase(features([[...TEXT_ONLY, 20]]), 1, e1, e2, ['Baghdad']);
      return [e1, e2];
    };
    const first = run();
    expect(run()).toEqual(first);
    packed.forgetWords();
    expect(run()).toEqual(first);
    expect(first[0]![0]).toBe(32767);
  });
});
