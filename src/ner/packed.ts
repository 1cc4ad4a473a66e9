/**
 * The run-time form of the two passes: a compact open-addressing index of feature keys (`[key, row]`
 * pairs) and one dense int16 row per feature holding both passes' weights, so a base feature is looked
 * up once for both passes. Tagging speed is bound by these look-ups (cache misses on rare-word
 * features), so the index stays small and each row is one contiguous 68-byte read.
 */
import type { DocFeatures } from './features.js';
import type { FrozenModel, Transitions } from './linear.js';
import { NTAGS } from './tags.js';

const P1_AT = 0;
const P2_AT = NTAGS;
const ROW = 2 * NTAGS;

function scaleOf(w: Float32Array): number {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!));
  return max === 0 ? 1 : max / 32767;
}

function scaled(t: Transitions, scale: number): Transitions {
  return { trans: t.trans.map((x) => x / scale), end: t.end.map((x) => x / scale) };
}

/** Both passes' weights in one table; emission scores come out in each pass's quantised units. */
export class PackedTwoPass {
  private readonly mask: number;
  /** `[key, row]` pairs; row -1 marks an empty slot. */
  private readonly index: Int32Array;
  /** Row r holds pass-1 weights at `r * ROW`, pass-2 weights at `r * ROW + NTAGS`. */
  private readonly rows: Int16Array;
  /** Pass transitions divided by the pass's weight scale (so Viterbi sees consistent units). */
  readonly trans1: Transitions;
  readonly trans2: Transitions;

  constructor(pass1: FrozenModel, pass2: FrozenModel) {
    const union = [...new Set<number>([...pass1.keys, ...pass2.keys])].sort((a, b) => a - b);
    let cap = 16;
    while (cap < union.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.index = new Int32Array(cap * 2);
    for (let i = 0; i < cap; i++) this.index[2 * i + 1] = -1;
    this.rows = new Int16Array(union.length * ROW);
    union.forEach((key, r) => {
      let i = key & this.mask;
      while (this.index[2 * i + 1] !== -1) i = (i + 1) & this.mask;
      this.index[2 * i] = key;
      this.index[2 * i + 1] = r;
    });
    const scale1 = scaleOf(pass1.weights);
    const scale2 = scaleOf(pass2.weights);
    this.fill(pass1, P1_AT, scale1);
    this.fill(pass2, P2_AT, scale2);
    this.trans1 = scaled(pass1.realTransitions(), scale1);
    this.trans2 = scaled(pass2.realTransitions(), scale2);
  }

  /** Adds base features' weights of both passes: `emit1` and `emit2` hold NTAGS integer scores per token. */
  addBase(feats: DocFeatures, n: number, emit1: Int32Array, emit2: Int32Array): void {
    const { offsets, keys } = feats;
    const rows = this.rows;
    for (let tok = 0; tok < n; tok++) {
      const at = tok * NTAGS;
      for (let k = offsets[tok]!; k < offsets[tok + 1]!; k++) {
        const w = this.find(keys[k]!);
        if (w < 0) continue;
        for (let t = 0; t < NTAGS; t++) {
          emit1[at + t] += rows[w + P1_AT + t]!;
          emit2[at + t] += rows[w + P2_AT + t]!;
        }
      }
    }
  }

  /** Adds second-pass-only features' weights into `emit2`. */
  addSecond(feats: DocFeatures, n: number, emit2: Int32Array): void {
    const { offsets, keys } = feats;
    const rows = this.rows;
    for (let tok = 0; tok < n; tok++) {
      const at = tok * NTAGS;
      for (let k = offsets[tok]!; k < offsets[tok + 1]!; k++) {
        const w = this.find(keys[k]!);
        if (w < 0) continue;
        for (let t = 0; t < NTAGS; t++) emit2[at + t] += rows[w + P2_AT + t]!;
      }
    }
  }

  /** Offset of the row of `key` in `rows`, or -1. */
  private find(key: number): number {
    const index = this.index;
    let i = key & this.mask;
    for (;;) {
      const row = index[2 * i + 1]!;
      if (row === -1) return -1;
      if (index[2 * i] === key) return row * ROW;
      i = (i + 1) & this.mask;
    }
  }

  private fill(model: FrozenModel, at: number, scale: number): void {
    const { keys, weights } = model;
    for (let r = 0; r < keys.length; r++) {
      const w = this.find(keys[r]!);
      for (let t = 0; t < NTAGS; t++) this.rows[w + at + t] = Math.round(weights[r * NTAGS + t]! / scale);
    }
  }
}
