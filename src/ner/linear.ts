/**
 * The linear sequence model: per-feature weight rows (one weight per tag) in an open-addressing table
 * keyed by the 32-bit feature key, plus tag-transition weights, decoded with constrained Viterbi.
 * `FrozenModel` is the compact read-only form used for tagging; `PerceptronTrainer` learns one with
 * the averaged structured perceptron (Collins 2002).
 */
import { NTAGS, O, allowed, allowedEnd } from './tags.js';
import type { DocFeatures } from './features.js';

/** Transition weights: row `prev` (NTAGS = sequence start), column `next`; plus end weights. */
export interface Transitions {
  trans: Float32Array;
  end: Float32Array;
  /**
   * Optional, for transitions that never change (a frozen model's): the weight of each legal move laid
   * out along the decoder's predecessor lists, so Viterbi reads them in order (see `movesAlongPrev`).
   */
  moves?: Float64Array;
}

/** `moves` for `trans`: entry q is the weight of the move PREV[q] → t, for q in t's predecessor range. */
export function movesAlongPrev(trans: Float32Array): Float64Array {
  const moves = new Float64Array(PREV.length);
  for (let t = 0; t < NTAGS; t++) for (let q = PREV_FROM[t]!; q < PREV_FROM[t + 1]!; q++) moves[q] = trans[PREV[q]! * NTAGS + t]!;
  return moves;
}

/** Anything that scores a feature key into a tag-score row (the frozen model or the trainer). */
export interface RowSource {
  /** Adds the weights of `key` into `scores[0..NTAGS)`. */
  addRow(key: number, scores: Float64Array, at: number): void;
  transitions(): Transitions;
}

/** -Infinity for illegal moves, so decoding can only produce well-formed BILOU sequences. */
const LEGAL = (() => {
  const m = new Uint8Array((NTAGS + 1) * NTAGS);
  for (let p = -1; p < NTAGS; p++) for (let n = 0; n < NTAGS; n++) m[(p < 0 ? NTAGS : p) * NTAGS + n] = allowed(p, n) ? 1 : 0;
  return m;
})();
/** For each tag, its legal predecessors (excluding the start): `PREV[PREV_FROM[t] .. PREV_FROM[t + 1])`. */
const { PREV, PREV_FROM } = (() => {
  const list: number[] = [];
  const from = new Int32Array(NTAGS + 1);
  for (let t = 0; t < NTAGS; t++) {
    from[t] = list.length;
    for (let p = 0; p < NTAGS; p++) if (allowed(p, t)) list.push(p);
  }
  from[NTAGS] = list.length;
  return { PREV: Int8Array.from(list), PREV_FROM: from };
})();
const LEGAL_END = Uint8Array.from({ length: NTAGS }, (_, t) => (allowedEnd(t) ? 1 : 0));

/** Reusable decoding buffers (grown on demand) so tagging allocates per document, not per token. */
export class Decoder {
  private emit = new Float64Array(0);
  private score = new Float64Array(0);
  private back = new Int16Array(0);

  /** Tags tokens `[from, to)` with the best legal sequence under `model`, writing into `out`. */
  decode(model: RowSource, feats: DocFeatures, from: number, to: number, out: Uint8Array): void {
    const n = to - from;
    if (n <= 0) return;
    this.reserve(n);
    const emit = this.emit;
    emit.fill(0, 0, n * NTAGS);
    for (let i = 0; i < n; i++) {
      const tok = from + i;
      for (let k = feats.offsets[tok]!; k < feats.offsets[tok + 1]!; k++) model.addRow(feats.keys[k]!, emit, i * NTAGS);
    }
    this.viterbi(emit, 0, n, model.transitions(), from, out);
  }

  /**
   * Best legal tag sequence for `n` tokens whose emission scores start at `emit[offset]`
   * (NTAGS per token); writes tags to `out[from ..]`. By default the tokens are a whole sentence. With
   * `afterO` the token before them is fixed to O (the sequence starts with the move O → tag), and with
   * `beforeO` the token after them is (it ends with tag → O): decoding a stretch of a sentence whose
   * neighbours are known to be O gives exactly the best sentence path under that constraint.
   */
  viterbi(emit: Float64Array | Int32Array, offset: number, n: number, transitions: Transitions, from: number, out: Uint8Array, afterO = false, beforeO = false): void {
    if (n <= 0) return;
    this.reserve(n);
    const { trans, end } = transitions;
    const moves = transitions.moves ?? movesAlongPrev(trans);
    const score = this.score;
    const back = this.back;
    const startRow = afterO ? O * NTAGS : NTAGS * NTAGS;
    for (let t = 0; t < NTAGS; t++) score[t] = LEGAL[startRow + t] ? trans[startRow + t]! + emit[offset + t]! : -Infinity;
    for (let i = 1; i < n; i++) {
      const base = i * NTAGS;
      const prevBase = base - NTAGS;
      for (let t = 0; t < NTAGS; t++) {
        // Only the legal predecessors (about 6 of 17 on average under BILOU).
        let best = -Infinity;
        let arg = 0;
        for (let q = PREV_FROM[t]!; q < PREV_FROM[t + 1]!; q++) {
          const p = PREV[q]!;
          const s = score[prevBase + p]! + moves[q]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[base + t] = best + emit[offset + base + t]!;
        back[base + t] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const last = (n - 1) * NTAGS;
    for (let t = 0; t < NTAGS; t++) {
      // A tag that may end a sentence is exactly one that may precede O (O, L, U).
      if (LEGAL_END[t] === 0) continue;
      const s = score[last + t]! + (beforeO ? trans[t * NTAGS + O]! : end[t]!);
      if (s > best) {
        best = s;
        arg = t;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[from + i] = arg;
      arg = back[i * NTAGS + arg]!;
    }
  }

  private reserve(n: number): void {
    if (this.emit.length >= n * NTAGS) return;
    const size = Math.max(n * NTAGS, this.emit.length * 2);
    this.emit = new Float64Array(size);
    this.score = new Float64Array(size);
    this.back = new Int16Array(size);
  }
}

/** A frozen pass: pruned averaged weights (for scoring during training and for the model file). */
export class FrozenModel implements RowSource {
  private readonly mask: number;
  /** Interleaved `[key, row]` pairs (row -1 = empty). */
  private readonly table: Int32Array;

  constructor(
    readonly keys: Int32Array,
    readonly weights: Float32Array,
    private readonly trans: Transitions,
  ) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(cap * 2);
    for (let i = 0; i < cap; i++) this.table[2 * i + 1] = -1;
    for (let r = 0; r < keys.length; r++) {
      let i = keys[r]! & this.mask;
      while (this.table[2 * i + 1] !== -1) i = (i + 1) & this.mask;
      this.table[2 * i] = keys[r]!;
      this.table[2 * i + 1] = r;
    }
  }

  addRow(key: number, scores: Float64Array, at: number): void {
    const table = this.table;
    const mask = this.mask;
    let i = key & mask;
    for (;;) {
      const row = table[2 * i + 1]!;
      if (row === -1) return;
      if (table[2 * i] === key) {
        const w = this.weights;
        const base = row * NTAGS;
        for (let t = 0; t < NTAGS; t++) scores[at + t] += w[base + t]!;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  transitions(): Transitions {
    return this.trans;
  }

  /** Same as `transitions()`: real units (the packed run-time form rescales them). */
  realTransitions(): Transitions {
    return this.trans;
  }
}

/** Averaged structured perceptron over sentences, with Daumé's lazy averaging trick. */
export class PerceptronTrainer implements RowSource {
  private mask: number;
  private slots: Int32Array;
  private slotRow: Int32Array;
  private rows = 0;
  private w: Float64Array;
  private acc: Float64Array;
  private readonly trans = new Float64Array((NTAGS + 1) * NTAGS);
  private readonly transAcc = new Float64Array((NTAGS + 1) * NTAGS);
  private readonly end = new Float64Array(NTAGS);
  private readonly endAcc = new Float64Array(NTAGS);
  private readonly view: Transitions = { trans: new Float32Array((NTAGS + 1) * NTAGS), end: new Float32Array(NTAGS) };
  /** Number of updates seen (the averaging clock). */
  private clock = 1;
  private readonly decoder = new Decoder();
  private pred = new Uint8Array(0);

  constructor(capacity = 1 << 20) {
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    this.slotRow = new Int32Array(capacity).fill(-1);
    this.w = new Float64Array(1 << 16);
    this.acc = new Float64Array(1 << 16);
  }

  addRow(key: number, scores: Float64Array, at: number): void {
    const row = this.find(key);
    if (row < 0) return;
    const base = row * NTAGS;
    for (let t = 0; t < NTAGS; t++) scores[at + t] += this.w[base + t]!;
  }

  transitions(): Transitions {
    return this.view;
  }

  /** Decodes one sentence and updates towards `gold` where the prediction differs. Returns errors. */
  learn(feats: DocFeatures, from: number, to: number, gold: Uint8Array): number {
    if (this.pred.length < gold.length) this.pred = new Uint8Array(gold.length);
    const pred = this.pred;
    this.decoder.decode(this, feats, from, to, pred);
    let errors = 0;
    for (let i = from; i < to; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      const gPrev = i > from ? gold[i - 1]! : NTAGS;
      const pPrev = i > from ? pred[i - 1]! : NTAGS;
      if (g !== p) {
        errors++;
        for (let k = feats.offsets[i]!; k < feats.offsets[i + 1]!; k++) {
          const row = this.findOrAdd(feats.keys[k]!);
          this.bump(this.w, this.acc, row * NTAGS + g, 1);
          this.bump(this.w, this.acc, row * NTAGS + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.trans, this.transAcc, gPrev * NTAGS + g, 1);
        this.bump(this.trans, this.transAcc, pPrev * NTAGS + p, -1);
        this.view.trans[gPrev * NTAGS + g] = this.trans[gPrev * NTAGS + g]!;
        this.view.trans[pPrev * NTAGS + p] = this.trans[pPrev * NTAGS + p]!;
      }
    }
    const gl = gold[to - 1]!;
    const pl = pred[to - 1]!;
    if (gl !== pl) {
      this.bump(this.end, this.endAcc, gl, 1);
      this.bump(this.end, this.endAcc, pl, -1);
      this.view.end[gl] = this.end[gl]!;
      this.view.end[pl] = this.end[pl]!;
    }
    this.clock++;
    return errors;
  }

  /**
   * The averaged weights, pruned: a weight whose magnitude is below `floor` times the largest weight of
   * the pass becomes 0, and a feature is kept when some tag's remaining |weight| exceeds `minWeight`.
   * The floor removes the many small weights that barely move a score but cost the tagger an addition
   * and memory traffic each (docs/ner.md measures what it costs in F1 and gains in speed).
   */
  freeze(minWeight: number, floor = 0): FrozenModel {
    const c = this.clock;
    const avg = (w: number, a: number): number => w - a / c;
    let largest = 0;
    if (floor > 0) {
      for (let i = 0; i < this.slots.length; i++) {
        const row = this.slotRow[i]!;
        if (row !== -1) for (let t = 0; t < NTAGS; t++) largest = Math.max(largest, Math.abs(avg(this.w[row * NTAGS + t]!, this.acc[row * NTAGS + t]!)));
      }
    }
    const cut = floor * largest;
    const weightAt = (at: number): number => {
      const w = avg(this.w[at]!, this.acc[at]!);
      return Math.abs(w) < cut ? 0 : w;
    };
    const kept: number[] = [];
    const rowKeys: number[] = [];
    for (let i = 0; i < this.slots.length; i++) {
      const row = this.slotRow[i]!;
      if (row === -1) continue;
      let max = 0;
      for (let t = 0; t < NTAGS; t++) max = Math.max(max, Math.abs(weightAt(row * NTAGS + t)));
      if (max > minWeight) {
        kept.push(row);
        rowKeys.push(this.slots[i]!);
      }
    }
    // Stable order (by key) so the same training run writes the same bytes.
    const order = kept.map((_, k) => k).sort((x, y) => rowKeys[x]! - rowKeys[y]!);
    const keys = new Int32Array(order.length);
    const weights = new Float32Array(order.length * NTAGS);
    order.forEach((k, r) => {
      keys[r] = rowKeys[k]!;
      const row = kept[k]!;
      for (let t = 0; t < NTAGS; t++) weights[r * NTAGS + t] = weightAt(row * NTAGS + t);
    });
    const trans = new Float32Array(this.trans.length);
    for (let k = 0; k < trans.length; k++) trans[k] = avg(this.trans[k]!, this.transAcc[k]!);
    const end = new Float32Array(NTAGS);
    for (let k = 0; k < NTAGS; k++) end[k] = avg(this.end[k]!, this.endAcc[k]!);
    return new FrozenModel(keys, weights, { trans, end });
  }

  private bump(w: Float64Array, acc: Float64Array, at: number, delta: number): void {
    w[at] += delta;
    acc[at] += this.clock * delta;
  }

  private find(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const row = this.slotRow[i]!;
      if (row === -1 || this.slots[i] === key) return row;
      i = (i + 1) & this.mask;
    }
  }

  private findOrAdd(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const row = this.slotRow[i]!;
      if (row === -1) break;
      if (this.slots[i] === key) return row;
      i = (i + 1) & this.mask;
    }
    if ((this.rows + 1) * 2 > this.slots.length) {
      this.growTable();
      return this.findOrAdd(key);
    }
    const row = this.rows++;
    this.slots[i] = key;
    this.slotRow[i] = row;
    if ((row + 1) * NTAGS > this.w.length) {
      const w = new Float64Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const acc = new Float64Array(this.acc.length * 2);
      acc.set(this.acc);
      this.acc = acc;
    }
    return row;
  }

  private growTable(): void {
    const slots = this.slots;
    const slotRow = this.slotRow;
    this.slots = new Int32Array(slots.length * 2);
    this.slotRow = new Int32Array(slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < slots.length; i++) {
      if (slotRow[i] === -1) continue;
      let j = slots[i]! & this.mask;
      while (this.slotRow[j] !== -1) j = (j + 1) & this.mask;
      this.slots[j] = slots[i]!;
      this.slotRow[j] = slotRow[i]!;
    }
  }
}
