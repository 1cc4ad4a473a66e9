/**
 * The run-time form of the two passes: an open-addressing index of feature keys whose slot holds where
 * the feature's weights start and end, and the weights themselves as sparse `(tag, weight)` entries,
 * pass 1's then pass 2's, each packed into one int32 (`weight << 8 | tag`). A trained row has about
 * 3.4 non-zero weights of 17 per pass (the perceptron only touches the tags it confused), so adding
 * a feature costs about 7 additions instead of 34: tagging spent half its time adding zeros.
 * Scores are exactly those of the dense quantised rows.
 */
import { WORD_FEATURES, type DocFeatures } from './features.js';
import type { FrozenModel, Transitions } from './linear.js';
import { NTAGS } from './tags.js';

/** Words whose feature sums are kept (about 150 bytes each); the cache starts over when full. */
const WORD_CACHE_LIMIT = 100_000;

/** Index slot: `[key, first pass-1 entry, first pass-2 entry, end]`; an empty slot has end -1. */
const SLOT = 4;

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
  private readonly index: Int32Array;
  /** Sparse weights: `weight << 8 | tag`, pass 1's entries of a feature then pass 2's. */
  private readonly entries: Int32Array;
  /** Per word, the summed weights of its text-only features: pass 1's 17 scores, then pass 2's. */
  private readonly wordSums = new Map<string, Int32Array>();
  /** Pass transitions divided by the pass's weight scale (so Viterbi sees consistent units). */
  readonly trans1: Transitions;
  readonly trans2: Transitions;

  constructor(pass1: FrozenModel, pass2: FrozenModel) {
    const union = [...new Set<number>([...pass1.keys, ...pass2.keys])].sort((a, b) => a - b);
    let cap = 16;
    while (cap < union.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.index = new Int32Array(cap * SLOT);
    for (let i = 0; i < cap; i++) this.index[SLOT * i + 3] = -1;
    const scale1 = scaleOf(pass1.weights);
    const scale2 = scaleOf(pass2.weights);
    const rows1 = rowsOf(pass1);
    const rows2 = rowsOf(pass2);
    const out: number[] = [];
    const push = (weights: Float32Array | undefined, at: number, scale: number): void => {
      if (weights === undefined) return;
      for (let t = 0; t < NTAGS; t++) {
        const q = Math.round(weights[at + t]! / scale);
        if (q !== 0) out.push((q << 8) | t);
      }
    };
    for (const key of union) {
      let i = key & this.mask;
      while (this.index[SLOT * i + 3] !== -1) i = (i + 1) & this.mask;
      const slot = SLOT * i;
      this.index[slot] = key;
      this.index[slot + 1] = out.length;
      const r1 = rows1.get(key);
      push(r1 === undefined ? undefined : pass1.weights, (r1 ?? 0) * NTAGS, scale1);
      this.index[slot + 2] = out.length;
      const r2 = rows2.get(key);
      push(r2 === undefined ? undefined : pass2.weights, (r2 ?? 0) * NTAGS, scale2);
      this.index[slot + 3] = out.length;
    }
    this.entries = Int32Array.from(out);
    this.trans1 = scaled(pass1.realTransitions(), scale1);
    this.trans2 = scaled(pass2.realTransitions(), scale2);
  }

  /**
   * Adds base features' weights of both passes: `emit1` and `emit2` hold NTAGS integer scores per token.
   * The first WORD_FEATURES keys of a token depend on its text alone; their summed weights are kept per
   * word (`words[tok]`), so a word seen before costs one look-up instead of thirteen. The sums are exact
   * integers: scores are the same with or without the cache.
   */
  addBase(feats: DocFeatures, n: number, emit1: Int32Array, emit2: Int32Array, words: readonly string[]): void {
    const { offsets, keys } = feats;
    for (let tok = 0; tok < n; tok++) {
      const at = tok * NTAGS;
      const from = offsets[tok]!;
      let sums = this.wordSums.get(words[tok]!);
      if (sums === undefined) {
        sums = new Int32Array(2 * NTAGS);
        this.addKeys(keys, from, from + WORD_FEATURES, sums, 0, sums, NTAGS);
        if (this.wordSums.size >= WORD_CACHE_LIMIT) this.wordSums.clear();
        this.wordSums.set(words[tok]!, sums);
      }
      for (let t = 0; t < NTAGS; t++) {
        emit1[at + t] += sums[t]!;
        emit2[at + t] += sums[NTAGS + t]!;
      }
      this.addKeys(keys, from + WORD_FEATURES, offsets[tok + 1]!, emit1, at, emit2, at);
    }
  }

  /** Drops the per-word sums (benchmarks measure a worker that has not read anything yet). */
  forgetWords(): void {
    this.wordSums.clear();
  }

  /** Adds the weights of `keys[from..to)`: pass 1's into `out1` at `at1`, pass 2's into `out2` at `at2`. */
  private addKeys(keys: Int32Array, from: number, to: number, out1: Int32Array, at1: number, out2: Int32Array, at2: number): void {
    const index = this.index;
    const entries = this.entries;
    for (let k = from; k < to; k++) {
      const slot = this.find(keys[k]!);
      if (slot < 0) continue;
      const split = index[slot + 2]!;
      const end = index[slot + 3]!;
      for (let e = index[slot + 1]!; e < split; e++) {
        const x = entries[e]!;
        out1[at1 + (x & 255)] += x >> 8;
      }
      for (let e = split; e < end; e++) {
        const x = entries[e]!;
        out2[at2 + (x & 255)] += x >> 8;
      }
    }
  }

  /** Adds second-pass-only features' weights into `emit2`. */
  addSecond(feats: DocFeatures, n: number, emit2: Int32Array): void {
    const { offsets, keys } = feats;
    const index = this.index;
    const entries = this.entries;
    for (let tok = 0; tok < n; tok++) {
      const at = tok * NTAGS;
      for (let k = offsets[tok]!; k < offsets[tok + 1]!; k++) {
        const slot = this.find(keys[k]!);
        if (slot < 0) continue;
        const end = index[slot + 3]!;
        for (let e = index[slot + 2]!; e < end; e++) {
          const x = entries[e]!;
          emit2[at + (x & 255)] += x >> 8;
        }
      }
    }
  }

  /** Offset of the index slot of `key`, or -1. */
  private find(key: number): number {
    const index = this.index;
    let i = key & this.mask;
    for (;;) {
      const slot = SLOT * i;
      if (index[slot + 3] === -1) return -1;
      if (index[slot] === key) return slot;
      i = (i + 1) & this.mask;
    }
  }
}

/** Row number of every key of a frozen model. */
function rowsOf(model: FrozenModel): Map<number, number> {
  const rows = new Map<number, number>();
  model.keys.forEach((key, r) => rows.set(key, r));
  return rows;
}
