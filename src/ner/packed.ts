/**
 * The run-time form of the two passes, laid out for a memory-bound loop: tagging does ~18 table look-ups
 * per token in a table larger than the core's cache, so each look-up is a cache miss or two.
 *
 * - An open-addressing index of feature keys, 8 bytes a slot: `[key, at]`, where `at` points into
 *   `entries` (-1 marks an empty slot).
 * - `entries[at]` is a header (`n1 | n2 << 8`), followed by the feature's non-zero weights as sparse
 *   `(tag, weight)` pairs packed into one int32 (`weight << 8 | tag`): n1 of pass 1, then n2 of pass 2.
 *   A trained row has about 3.4 non-zero weights of 17 per pass, frequently hit rows about 13.
 * - Per document, all context keys are resolved first and accumulated after, so the independent
 *   probes overlap their cache misses; the 13 text-only features of a token are summed once per word.
 *
 * Scores are exactly the integer sums of the dense quantised rows.
 */
import { WORD_FEATURES, type DocFeatures } from './features.js';
import { movesAlongPrev, type FrozenModel, type Transitions } from './linear.js';
import { NTAGS } from './tags.js';

/** Words whose feature sums are kept (about 150 bytes each); the cache starts over when full. */
const WORD_CACHE_LIMIT = 100_000;

function scaleOf(w: Float32Array): number {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!));
  return max === 0 ? 1 : max / 32767;
}

function scaled(t: Transitions, scale: number): Transitions {
  const trans = t.trans.map((x) => x / scale);
  return { trans, end: t.end.map((x) => x / scale), moves: movesAlongPrev(trans) };
}

/** Both passes' weights in one table; emission scores come out in each pass's quantised units. */
export class PackedTwoPass {
  private readonly mask: number;
  /** `[key, at]` per slot; `at` -1 marks an empty slot. */
  private readonly index: Int32Array;
  /** Per feature: a header `n1 | n2 << 8`, then n1 + n2 sparse weights `weight << 8 | tag`. */
  private readonly entries: Int32Array;
  /** Per word, the summed weights of its text-only features: pass 1's 17 scores, then pass 2's. */
  private readonly wordSums = new Map<string, Int32Array>();
  /** Resolved entry offsets of a document's keys (reused between documents). */
  private found = new Int32Array(0);
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
    const scale1 = scaleOf(pass1.weights);
    const scale2 = scaleOf(pass2.weights);
    const rows1 = rowsOf(pass1);
    const rows2 = rowsOf(pass2);
    const out: number[] = [];
    const push = (model: FrozenModel, row: number | undefined, scale: number): number => {
      if (row === undefined) return 0;
      let count = 0;
      for (let t = 0; t < NTAGS; t++) {
        const q = Math.round(model.weights[row * NTAGS + t]! / scale);
        if (q === 0) continue;
        out.push((q << 8) | t);
        count++;
      }
      return count;
    };
    for (const key of union) {
      let i = key & this.mask;
      while (this.index[2 * i + 1] !== -1) i = (i + 1) & this.mask;
      const at = out.length;
      out.push(0);
      const n1 = push(pass1, rows1.get(key), scale1);
      const n2 = push(pass2, rows2.get(key), scale2);
      out[at] = n1 | (n2 << 8);
      this.index[2 * i] = key;
      this.index[2 * i + 1] = at;
    }
    this.entries = Int32Array.from(out);
    this.trans1 = scaled(pass1.realTransitions(), scale1);
    this.trans2 = scaled(pass2.realTransitions(), scale2);
  }

  /**
   * Adds base features' weights of both passes: `emit1` and `emit2` hold NTAGS integer scores per token.
   * The first WORD_FEATURES keys of a token depend on its text alone; their summed weights are kept per
   * word (`words[tok]`), so a word seen before costs one look-up instead of thirteen.
   */
  addBase(feats: DocFeatures, n: number, emit1: Int32Array, emit2: Int32Array, words: readonly string[]): void {
    const { offsets, keys } = feats;
    // Words read before bring their text-only sums; only the other tokens' text-only keys are probed.
    const sums: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(n);
    for (let tok = 0; tok < n; tok++) if (offsets[tok + 1]! > offsets[tok]!) sums[tok] = this.wordSums.get(words[tok]!);
    const found = this.resolve(keys, offsets, n, sums);
    for (let tok = 0; tok < n; tok++) {
      const at = tok * NTAGS;
      const from = offsets[tok]!;
      // A token the tagger does not score has no keys (see `activeTokens`).
      if (offsets[tok + 1]! === from) continue;
      let own = sums[tok];
      if (own === undefined) {
        own = new Int32Array(2 * NTAGS);
        for (let k = from; k < from + WORD_FEATURES; k++) this.add(found[k]!, own, 0, own, NTAGS, true);
        if (this.wordSums.size >= WORD_CACHE_LIMIT) this.wordSums.clear();
        this.wordSums.set(words[tok]!, own);
      }
      for (let t = 0; t < NTAGS; t++) {
        emit1[at + t] += own[t]!;
        emit2[at + t] += own[NTAGS + t]!;
      }
      for (let k = from + WORD_FEATURES; k < offsets[tok + 1]!; k++) this.add(found[k]!, emit1, at, emit2, at, true);
    }
  }

  /** Adds second-pass-only features' weights into `emit2`. */
  addSecond(feats: DocFeatures, n: number, emit2: Int32Array): void {
    const { offsets, keys } = feats;
    const found = this.resolve(keys, null, n, null);
    for (let tok = 0; tok < n; tok++) {
      for (let k = offsets[tok]!; k < offsets[tok + 1]!; k++) this.add(found[k]!, emit2, tok * NTAGS, emit2, tok * NTAGS, false);
    }
  }

  /** Drops the per-word sums (benchmarks measure a worker that has not read anything yet). */
  forgetWords(): void {
    this.wordSums.clear();
  }

  /**
   * Entry offsets of the keys of `n` tokens (-1 when absent), resolved in one loop of independent probes;
   * a token with `skip[tok]` set has its first WORD_FEATURES keys left unresolved. Without `skip`
   * (`offsets` null), every key is resolved.
   */
  private resolve(keys: Int32Array, offsets: Int32Array | null, n: number, skip: ReadonlyArray<unknown> | null): Int32Array {
    if (this.found.length < keys.length) this.found = new Int32Array(keys.length * 2);
    const found = this.found;
    if (offsets === null) {
      for (let k = 0; k < keys.length; k++) found[k] = this.find(keys[k]!);
      return found;
    }
    for (let tok = 0; tok < n; tok++) {
      const from = offsets[tok]! + (skip !== null && skip[tok] !== undefined ? WORD_FEATURES : 0);
      for (let k = from; k < offsets[tok + 1]!; k++) found[k] = this.find(keys[k]!);
    }
    return found;
  }

  /** Entry offset of `key`, or -1. */
  private find(key: number): number {
    const index = this.index;
    let i = key & this.mask;
    for (;;) {
      const at = index[2 * i + 1]!;
      if (at === -1) return -1;
      if (index[2 * i] === key) return at;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Adds the feature at entry offset `at`: pass 1's weights into `out1` from `at1` (when `both`), pass
   * 2's into `out2` from `at2`.
   */
  private add(at: number, out1: Int32Array, at1: number, out2: Int32Array, at2: number, both: boolean): void {
    if (at < 0) return;
    const entries = this.entries;
    const header = entries[at]!;
    const split = at + 1 + (header & 255);
    const end = split + (header >>> 8);
    if (both) {
      for (let e = at + 1; e < split; e++) {
        const x = entries[e]!;
        out1[at1 + (x & 255)] += x >> 8;
      }
    }
    for (let e = split; e < end; e++) {
      const x = entries[e]!;
      out2[at2 + (x & 255)] += x >> 8;
    }
  }
}

/** Row number of every key of a frozen model. */
function rowsOf(model: FrozenModel): Map<number, number> {
  const rows = new Map<number, number>();
  model.keys.forEach((key, r) => rows.set(key, r));
  return rows;
}
