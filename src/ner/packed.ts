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
 *   probes overlap their cache misses; a token's own features (text, POS, position flags and document
 *   evidence, about 17 keys; see OWN_HEAD) are summed once per word and variant.
 *
 * Scores are exactly the integer sums of the dense quantised rows.
 */
import { CONTEXT_FEATURES, OWN_HEAD, type BaseFeatures, type DocFeatures } from './features.js';
import { mix } from './hash.js';
import { movesInDecodeOrder, type FrozenModel, type Transitions } from './linear.js';
import { NTAGS } from './tags.js';

/** Home slot of a (word hash, variant) pair: the variant's bits spread over the word's. */
function slotOf(hash: number, variant: number): number {
  return mix(hash ^ Math.imul(variant | 0, 0x9e3779b1) ^ ((variant / 4294967296) | 0));
}

/**
 * (word, variant) pairs whose feature sums are kept (136 bytes each); the cache starts over before a
 * document that could take it past this (never within a document, whose tokens hold rows of it).
 */
const WORD_CACHE_LIMIT = 100_000;

/**
 * Per-word sums of a token's own feature weights: an open-addressing index keyed by the word's text hash
 * and the token's variant (checked against the text and variant themselves, so a hash collision cannot
 * mix two words), over one slab of 2 × NTAGS int32 sums per (word, variant). One slab instead of an array object per word keeps a hit to the index and
 * one row of the slab: this look-up runs for every scored token.
 */
export class WordSums {
  private mask: number;
  private hashes: Int32Array;
  private texts: Array<string | undefined>;
  private variants: Float64Array;
  /** Slab offset of each slot's sums; -1 marks an empty slot. */
  private rowAt: Int32Array;
  /** The sums, 2 × NTAGS per word in insertion order (grown on demand). */
  sums = new Int32Array(2 * NTAGS * 1024);
  private count = 0;

  constructor(readonly limit: number) {
    let cap = 16;
    while (cap < limit * 2) cap <<= 1;
    this.mask = cap - 1;
    this.hashes = new Int32Array(cap);
    this.texts = new Array<string | undefined>(cap).fill(undefined);
    this.variants = new Float64Array(cap);
    this.rowAt = new Int32Array(cap).fill(-1);
  }

  /**
   * Makes room for `more` words: starts over when they could take the cache past its limit. Called
   * before a document, so that no row handed out for the document is reused while it is tagged.
   */
  reserve(more: number): void {
    if (this.count + more > this.limit) this.clear();
  }

  /** Words held. */
  get size(): number {
    return this.count;
  }

  /** Slab offset of the sums of `text` in `variant`, or -1; `hash` is the text's hash. */
  find(text: string, hash: number, variant: number): number {
    let i = slotOf(hash, variant) & this.mask;
    for (;;) {
      const row = this.rowAt[i]!;
      if (row < 0) return -1;
      if (this.hashes[i] === hash && this.variants[i] === variant && this.texts[i] === text) return row;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * A zeroed row for `text` in `variant` (not held yet). The index grows when half full (only a document
   * with more scored words than the limit takes it there; see `reserve`).
   */
  insert(text: string, hash: number, variant: number): number {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    let i = slotOf(hash, variant) & this.mask;
    while (this.rowAt[i]! >= 0) i = (i + 1) & this.mask;
    const row = this.count * 2 * NTAGS;
    if (row + 2 * NTAGS > this.sums.length) {
      const bigger = new Int32Array(this.sums.length * 2);
      bigger.set(this.sums);
      this.sums = bigger;
    }
    this.sums.fill(0, row, row + 2 * NTAGS);
    this.hashes[i] = hash;
    this.variants[i] = variant;
    this.texts[i] = text;
    this.rowAt[i] = row;
    this.count++;
    return row;
  }

  /** Forgets every word (the slab is kept). */
  clear(): void {
    this.rowAt.fill(-1);
    this.texts.fill(undefined);
    this.count = 0;
  }

  /** Doubles the index, keeping every word and its row. */
  private grow(): void {
    const { hashes, texts, variants, rowAt } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.hashes = new Int32Array(cap);
    this.texts = new Array<string | undefined>(cap).fill(undefined);
    this.variants = new Float64Array(cap);
    this.rowAt = new Int32Array(cap).fill(-1);
    for (let j = 0; j < rowAt.length; j++) {
      if (rowAt[j]! < 0) continue;
      let i = slotOf(hashes[j]!, variants[j]!) & this.mask;
      while (this.rowAt[i]! >= 0) i = (i + 1) & this.mask;
      this.hashes[i] = hashes[j]!;
      this.variants[i] = variants[j]!;
      this.texts[i] = texts[j];
      this.rowAt[i] = rowAt[j]!;
    }
  }
}

/** Per token of a document, where its own keys' summed weights are (see `PackedTwoPass.wordRows`). */
export interface WordRows {
  /** Slab offset of the token's row in the per-word sums (-1: a token that is not scored). */
  rows: Int32Array;
  /** 1 for the first token of a word not held before the document: its own keys fill the row. */
  fresh: Uint8Array;
}

function scaleOf(w: Float32Array): number {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!));
  return max === 0 ? 1 : max / 32767;
}

function scaled(t: Transitions, scale: number): Transitions {
  const trans = t.trans.map((x) => x / scale);
  return { trans, end: t.end.map((x) => x / scale), moves: movesInDecodeOrder(trans) };
}

/** What `PackedTwoPass` builds from the passes' weights: its key index and its sparse weights. */
export interface PackedParts {
  index: Int32Array;
  entries: Int32Array;
}

/** Both passes' weights in one table; emission scores come out in each pass's quantised units. */
export class PackedTwoPass {
  private readonly mask: number;
  /** `[key, at]` per slot; `at` -1 marks an empty slot. */
  private readonly index: Int32Array;
  /** Per feature: a header `n1 | n2 << 8`, then n1 + n2 sparse weights `weight << 8 | tag`. */
  private readonly entries: Int32Array;
  /** Per (word, variant), the summed weights of its own features: pass 1's 17 scores, then pass 2's. */
  private readonly wordSums: WordSums;
  /** Per token of the document being tagged, its word's row in `wordSums` (-1: not cached yet). */
  private rows = new Int32Array(0);
  /** Per token of the document being tagged, 1 when it fills its word's row (see `wordRows`). */
  private fresh = new Uint8Array(0);
  /** Resolved entry offsets of a document's keys (reused between documents). */
  private found = new Int32Array(0);
  /** Pass transitions divided by the pass's weight scale (so Viterbi sees consistent units). */
  readonly trans1: Transitions;
  readonly trans2: Transitions;

  /**
   * `wordLimit`: how many (word, variant) sums are kept (see WORD_CACHE_LIMIT). With `built` (the `parts()`
   * of a table built from the same passes, kept by the build: src/compiled.ts), the index and weights are
   * taken as they are instead of being built again.
   */
  constructor(pass1: FrozenModel, pass2: FrozenModel, wordLimit = WORD_CACHE_LIMIT, built?: PackedParts) {
    this.wordSums = new WordSums(wordLimit);
    const scale1 = scaleOf(pass1.weights);
    const scale2 = scaleOf(pass2.weights);
    this.trans1 = scaled(pass1.realTransitions(), scale1);
    this.trans2 = scaled(pass2.realTransitions(), scale2);
    if (built !== undefined) {
      this.index = built.index;
      this.entries = built.entries;
      this.mask = built.index.length / 2 - 1;
      return;
    }
    const union = [...new Set<number>([...pass1.keys, ...pass2.keys])].sort((a, b) => a - b);
    let cap = 16;
    while (cap < union.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.index = new Int32Array(cap * 2);
    for (let i = 0; i < cap; i++) this.index[2 * i + 1] = -1;
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
  }

  /** The index and weights as built (for src/compiled.ts; the passes' transitions are read from the model). */
  parts(): PackedParts {
    return { index: this.index, entries: this.entries };
  }

  /**
   * Where each scored token's own sums are (`active`: the scored tokens). A token's own keys (see
   * OWN_HEAD) depend only on its text (`words[tok].text`, whose exact-text hash is `wordHash[tok]`) and
   * `variant[tok]`, so their summed weights are kept per (word, variant): a word seen before in the same
   * role costs one look-up instead of about twenty, and needs no own keys at all. A word not held gets a
   * zeroed row here, marked `fresh` on its first token, whose own keys `addBaseRows` sums into it; its
   * later tokens in the document read the row so filled. `rows` and `fresh` are reused by the next document.
   */
  wordRows(
    words: ReadonlyArray<{ readonly text: string }>,
    wordHash: Int32Array,
    variant: Float64Array,
    active: Uint8Array,
  ): WordRows {
    const n = active.length;
    const cache = this.wordSums;
    let scored = 0;
    for (let tok = 0; tok < n; tok++) scored += active[tok]!;
    cache.reserve(scored);
    if (this.rows.length < n) {
      this.rows = new Int32Array(n * 2);
      this.fresh = new Uint8Array(n * 2);
    }
    const rows = this.rows;
    const fresh = this.fresh.subarray(0, n);
    fresh.fill(0);
    for (let tok = 0; tok < n; tok++) {
      if (active[tok] === 0) {
        rows[tok] = -1;
        continue;
      }
      const text = words[tok]!.text;
      let row = cache.find(text, wordHash[tok]!, variant[tok]!);
      if (row < 0) {
        row = cache.insert(text, wordHash[tok]!, variant[tok]!);
        fresh[tok] = 1;
      }
      rows[tok] = row;
    }
    return { rows, fresh };
  }

  /**
   * Adds base features' weights of both passes: `emit1` and `emit2` hold NTAGS integer scores per token.
   * Every token with keys reads its own sums from the cache (`wordRows` of this document); a fresh
   * token's own keys fill them first. A token that is not fresh may come with its own keys or without
   * them (`feats.own`); they are not read.
   */
  addBaseRows(feats: BaseFeatures, n: number, emit1: Int32Array, emit2: Int32Array, words: WordRows): void {
    const { offsets, ownTail, own } = feats;
    const { rows, fresh } = words;
    const found = this.resolve(feats.keys, offsets, n, fresh, own, ownTail);
    for (let tok = 0; tok < n; tok++) {
      const at = tok * NTAGS;
      const from = offsets[tok]!;
      const to = offsets[tok + 1]!;
      // A token the tagger does not score has no keys (see `activeTokens`).
      if (to === from) continue;
      const row = rows[tok]!;
      let contextFrom = from;
      let rest = from + CONTEXT_FEATURES;
      if (own[tok] !== 0) {
        contextFrom = from + OWN_HEAD;
        const tailFrom = contextFrom + CONTEXT_FEATURES;
        rest = tailFrom + ownTail[tok]!;
        if (fresh[tok] !== 0) {
          const sums = this.wordSums.sums;
          for (let k = from; k < contextFrom; k++) this.add(found[k]!, sums, row, sums, row + NTAGS, true);
          for (let k = tailFrom; k < rest; k++) this.add(found[k]!, sums, row, sums, row + NTAGS, true);
        }
      } else if (fresh[tok] !== 0) {
        throw new Error('dossier ner: a word seen for the first time came without its own feature keys');
      }
      const sums = this.wordSums.sums;
      for (let t = 0; t < NTAGS; t++) {
        emit1[at + t] += sums[row + t]!;
        emit2[at + t] += sums[row + NTAGS + t]!;
      }
      for (let k = contextFrom; k < contextFrom + CONTEXT_FEATURES; k++)
        this.add(found[k]!, emit1, at, emit2, at, true);
      for (let k = rest; k < to; k++) this.add(found[k]!, emit1, at, emit2, at, true);
    }
  }

  /**
   * `wordRows` and `addBaseRows` in one call, for features with every scored token's own keys written
   * (`baseFeatures` without `needed`): the scored tokens are those with keys.
   */
  addBase(
    feats: BaseFeatures,
    n: number,
    emit1: Int32Array,
    emit2: Int32Array,
    words: ReadonlyArray<{ readonly text: string }>,
    wordHash: Int32Array,
  ): void {
    const active = new Uint8Array(n);
    for (let tok = 0; tok < n; tok++) active[tok] = feats.offsets[tok + 1]! > feats.offsets[tok]! ? 1 : 0;
    this.addBaseRows(feats, n, emit1, emit2, this.wordRows(words, wordHash, feats.variant, active));
  }

  /** Adds second-pass-only features' weights into `emit2`. */
  addSecond(feats: DocFeatures, n: number, emit2: Int32Array): void {
    const { offsets, keys } = feats;
    const found = this.resolve(keys, null, n, null, null, null);
    for (let tok = 0; tok < n; tok++) {
      for (let k = offsets[tok]!; k < offsets[tok + 1]!; k++)
        this.add(found[k]!, emit2, tok * NTAGS, emit2, tok * NTAGS, false);
    }
  }

  /** Drops the per-word sums (benchmarks measure a worker that has not read anything yet). */
  forgetWords(): void {
    this.wordSums.clear();
  }

  /**
   * Entry offsets of the keys of `n` tokens (-1 when absent), resolved in one loop of independent probes.
   * With `fresh`, a token that comes with its own keys (`own[tok]`, the first OWN_HEAD and the
   * `ownTail[tok]` after its context keys) but is not fresh has them left unresolved: they are not read.
   * With `offsets` null, every key is resolved.
   */
  private resolve(
    keys: Int32Array,
    offsets: Int32Array | null,
    n: number,
    fresh: Uint8Array | null,
    own: Uint8Array | null,
    ownTail: Uint8Array | null,
  ): Int32Array {
    if (this.found.length < keys.length) this.found = new Int32Array(keys.length * 2);
    const found = this.found;
    if (offsets === null || fresh === null || own === null || ownTail === null) {
      for (let k = 0; k < keys.length; k++) found[k] = this.find(keys[k]!);
      return found;
    }
    for (let tok = 0; tok < n; tok++) {
      const from = offsets[tok]!;
      const to = offsets[tok + 1]!;
      if (own[tok] === 0 || fresh[tok] !== 0) {
        for (let k = from; k < to; k++) found[k] = this.find(keys[k]!);
        continue;
      }
      const tailFrom = from + OWN_HEAD + CONTEXT_FEATURES;
      for (let k = from + OWN_HEAD; k < tailFrom; k++) found[k] = this.find(keys[k]!);
      for (let k = tailFrom + ownTail[tok]!; k < to; k++) found[k] = this.find(keys[k]!);
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
