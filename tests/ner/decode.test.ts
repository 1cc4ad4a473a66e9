import { Decoder, FrozenModel, PerceptronTrainer } from '../../src/ner/linear.js';
import { NameTable } from '../../src/ner/gazetteer.js';
import { readModel, writeModel } from '../../src/ner/modelfile.js';
import { NTAGS, allowed, allowedEnd, tagOf, tagName, B, L, U } from '../../src/ner/tags.js';

/** One feature key per token (the "word"), plus a shared bias key when asked. */
function feats(words: number[], bias = false) {
  const per = bias ? 2 : 1;
  return {
    offsets: Int32Array.from({ length: words.length + 1 }, (_, i) => per * i),
    keys: Int32Array.from(words.flatMap((w) => (bias ? [w, 999] : [w]))),
  };
}

function model(rows: Record<number, Record<number, number>>): FrozenModel {
  const keys = Object.keys(rows)
    .map(Number)
    .sort((a, b) => a - b);
  const weights = new Float32Array(keys.length * NTAGS);
  keys.forEach((k, r) => {
    for (const [tag, w] of Object.entries(rows[k]!)) weights[r * NTAGS + Number(tag)] = w;
  });
  return new FrozenModel(Int32Array.from(keys), weights, {
    trans: new Float32Array((NTAGS + 1) * NTAGS),
    end: new Float32Array(NTAGS),
  });
}

describe('constrained Viterbi', () => {
  test('never outputs an ill-formed sequence, even when emissions prefer one', () => {
    // Word 7 prefers I-PER alone, which cannot start a sequence or stand alone.
    const m = model({ 7: { [tagOf(0, 2)]: 5, [tagOf(0, U)]: 1 } });
    const out = new Uint8Array(3);
    new Decoder().decode(m, feats([7, 1, 2]), 0, 3, out);
    expect(Array.from(out, tagName)).toEqual(['U-PER', 'O', 'O']);
  });

  test('picks the best legal path over the whole sentence', () => {
    const m = model({ 1: { [tagOf(1, B)]: 2 }, 2: { [tagOf(1, L)]: 1, [tagOf(2, U)]: 1.5 } });
    const out = new Uint8Array(2);
    new Decoder().decode(m, feats([1, 2]), 0, 2, out);
    expect(Array.from(out, tagName)).toEqual(['B-ORG', 'L-ORG']);
    for (let i = 1; i < out.length; i++) expect(allowed(out[i - 1]!, out[i]!)).toBe(true);
    expect(allowedEnd(out[1]!)).toBe(true);
  });

  test('finds the best-scoring legal sequence: every legal sequence of up to three tags enumerated', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 10 - 5;
    const decoder = new Decoder();
    const scoreOf = (tags: number[], emit: Float64Array, t: { trans: Float32Array; end: Float32Array }): number => {
      let s = t.trans[NTAGS * NTAGS + tags[0]!]! + t.end[tags[tags.length - 1]!]!;
      tags.forEach((tag, i) => (s += emit[i * NTAGS + tag]! + (i > 0 ? t.trans[tags[i - 1]! * NTAGS + tag]! : 0)));
      return s;
    };
    for (let round = 0; round < 30; round++) {
      const n = 1 + (round % 3);
      const trans = {
        trans: Float32Array.from({ length: (NTAGS + 1) * NTAGS }, rand),
        end: Float32Array.from({ length: NTAGS }, rand),
      };
      const emit = Float64Array.from({ length: n * NTAGS }, rand);
      let best = -Infinity;
      const walk = (tags: number[]): void => {
        if (tags.length === n) {
          if (allowedEnd(tags[n - 1]!)) best = Math.max(best, scoreOf(tags, emit, trans));
          return;
        }
        for (let t = 0; t < NTAGS; t++)
          if (allowed(tags.length === 0 ? -1 : tags[tags.length - 1]!, t)) walk([...tags, t]);
      };
      walk([]);
      const out = new Uint8Array(n);
      decoder.viterbi(emit, 0, n, trans, 0, out);
      expect(scoreOf(Array.from(out), emit, trans)).toBeCloseTo(best, 6);
    }
  });
});

describe('Viterbi over a stretch whose neighbours are fixed to O', () => {
  test('gives the same tags as the whole sentence decoded with those neighbours forced to O', () => {
    // Random emissions and transitions; tokens outside [a, b) are forced to O by a huge penalty on every other tag.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 10 - 5;
    const decoder = new Decoder();
    for (let round = 0; round < 200; round++) {
      const n = 2 + (round % 9);
      const a = round % 3 === 0 ? 0 : 1 + (round % (n - 1));
      const b = Math.min(n, a + 1 + (round % 4));
      const trans = {
        trans: Float32Array.from({ length: (NTAGS + 1) * NTAGS }, rand),
        end: Float32Array.from({ length: NTAGS }, rand),
      };
      const emit = Float64Array.from({ length: n * NTAGS }, rand);
      const forced = Float64Array.from(emit, (x, k) => {
        const i = Math.floor(k / NTAGS);
        return (i < a || i >= b) && k % NTAGS !== 0 ? -1e9 : x;
      });
      const whole = new Uint8Array(n);
      decoder.viterbi(forced, 0, n, trans, 0, whole);
      const part = new Uint8Array(n);
      decoder.viterbi(emit, a * NTAGS, b - a, trans, a, part, a > 0, b < n);
      expect(Array.from(part)).toEqual(Array.from(whole, (t, i) => (i >= a && i < b ? t : 0)));
    }
  });
});

describe('averaged perceptron', () => {
  test('learns a toy tagging, and the model file round-trips its decisions', () => {
    // Words 10/11 form a two-token person; 20 is a place; 0 is filler.
    const sentences = [
      [10, 11, 0, 20],
      [0, 20, 0, 0],
      [10, 11, 0, 0],
      [0, 0, 20, 0],
    ];
    const gold = sentences.map((s) => {
      const tags = new Uint8Array(s.length);
      s.forEach((w, i) => {
        if (w === 10) {
          tags[i] = tagOf(0, B);
          tags[i + 1] = tagOf(0, L);
        }
        if (w === 20) tags[i] = tagOf(2, U);
      });
      return tags;
    });
    const trainer = new PerceptronTrainer(1 << 10);
    for (let epoch = 0; epoch < 5; epoch++)
      sentences.forEach((s, k) => trainer.learn(feats(s, true), 0, s.length, gold[k]!));
    const frozen = trainer.freeze(0);
    const back = readModel(
      writeModel({ pass1: frozen, pass2: frozen, trainNames: new NameTable(), info: { test: true } }),
    );
    expect(back.info).toEqual({ test: true });
    const decoder = new Decoder();
    sentences.forEach((s, k) => {
      for (const m of [frozen, back.pass1, back.pass2]) {
        const out = new Uint8Array(s.length);
        decoder.decode(m, feats(s, true), 0, s.length, out);
        expect(Array.from(out)).toEqual(Array.from(gold[k]!));
      }
    });
  });

  test('the weight floor drops weights below a share of the largest, and features left with none', () => {
    const sentences = [
      [10, 11, 0, 20],
      [0, 20, 0, 0],
      [10, 11, 0, 0],
      [0, 0, 20, 0],
    ];
    const trainer = new PerceptronTrainer(1 << 10);
    const gold = sentences.map((s) => Uint8Array.from(s, (w) => (w === 20 ? tagOf(2, U) : 0)));
    for (let epoch = 0; epoch < 3; epoch++)
      sentences.forEach((s, k) => trainer.learn(feats(s, true), 0, s.length, gold[k]!));
    const full = trainer.freeze(0);
    const floored = trainer.freeze(0, 0.5);
    const largest = full.weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0);
    const rowOf = new Map(Array.from(full.keys, (k, r) => [k, r]));
    expect(floored.keys.length).toBeLessThan(full.keys.length);
    floored.keys.forEach((key, r) => {
      const row = rowOf.get(key)!;
      for (let t = 0; t < NTAGS; t++) {
        const w = floored.weights[r * NTAGS + t]!;
        // A kept weight is unchanged and at least half the largest; a dropped one was below that.
        if (w !== 0) expect(w).toBe(full.weights[row * NTAGS + t]);
        else expect(Math.abs(full.weights[row * NTAGS + t]!)).toBeLessThan(0.5 * largest);
      }
    });
  });

  test('rejects a file that is not a model', () => {
    expect(() => readModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/DNER/);
  });
});
