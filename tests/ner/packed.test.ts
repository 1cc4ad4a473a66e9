import { PackedTwoPass, WordSums } from '../../src/ner/packed.js';
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
const words = (...texts: string[]): Array<{ text: string }> => texts.map((text) => ({ text }));
const TEXT_ONLY = Array.from({ length: WORD_FEATURES }, (_, k) => k + 1);

describe('the packed two-pass model', () => {
  test('sums exactly the quantised weights of both passes, skipping zeros and unknown keys', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    const emit1 = new Int32Array(2 * NTAGS);
    const emit2 = new Int32Array(2 * NTAGS);
    packed.addBase(features([[...TEXT_ONLY, 20, 99], [...TEXT_ONLY, 21]]), 2, emit1, emit2, words('Anbar', 'Anbar'), Int32Array.of(7, 7));
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
      packed.addBase(features([[...TEXT_ONLY, 20]]), 1, e1, e2, words('Baghdad'), Int32Array.of(7));
      return [e1, e2];
    };
    const first = run();
    expect(run()).toEqual(first);
    packed.forgetWords();
    expect(run()).toEqual(first);
    expect(first[0]![0]).toBe(32767);
  });

  test('two words with the same hash keep their own sums', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    // "Anbar" has key 1 among its text-only keys, "Basra" does not; both hash to 7.
    const basra = [...TEXT_ONLY.slice(1), 99];
    const e1 = new Int32Array(2 * NTAGS);
    packed.addBase(features([TEXT_ONLY, basra]), 2, e1, new Int32Array(2 * NTAGS), words('Anbar', 'Basra'), Int32Array.of(7, 7));
    const again = new Int32Array(2 * NTAGS);
    packed.addBase(features([basra, TEXT_ONLY]), 2, again, new Int32Array(2 * NTAGS), words('Basra', 'Anbar'), Int32Array.of(7, 7));
    expect(e1[0]).toBe(32767);
    expect(e1[NTAGS]).toBe(0);
    expect(again[0]).toBe(0);
    expect(again[NTAGS]).toBe(32767);
  });
});

describe('the per-word sums cache', () => {
  test('finds what it holds by text, and starts over when full', () => {
    const cache = new WordSums(2);
    const a = cache.insert('Anbar', 3);
    cache.sums[a] = 5;
    const b = cache.insert('Basra', 3);
    expect(cache.find('Anbar', 3)).toBe(a);
    expect(cache.find('Basra', 3)).toBe(b);
    expect(cache.find('Mosul', 3)).toBe(-1);
    expect(cache.find('Anbar', 4)).toBe(-1);
    const c = cache.insert('Mosul', 9);
    expect(cache.size).toBe(1);
    expect(cache.find('Anbar', 3)).toBe(-1);
    expect(cache.find('Mosul', 9)).toBe(c);
    expect(cache.sums[c]).toBe(0);
  });
});
