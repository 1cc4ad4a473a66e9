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
   * Optional, for transitions that never change (a frozen model's): the weight of each legal move in the
   * order Viterbi reads them (see `movesInDecodeOrder`).
   */
  moves?: Float64Array;
}

/**
 * `moves` for `trans`: the weight of every legal move, in the order Viterbi reads them: for each open
 * tag (`OPEN[j]`), the moves into it from each of `OPEN_PREV`; then for each closed tag (`CLOSED[j]`),
 * the moves from its B and from its I.
 */
export function movesInDecodeOrder(trans: Float32Array): Float64Array {
  const moves = new Float64Array(OPEN.length * OPEN_PREV.length + 2 * CLOSED.length);
  let q = 0;
  for (const t of OPEN) for (const p of OPEN_PREV) moves[q++] = trans[p * NTAGS + t]!;
  for (let j = 0; j < CLOSED.length; j++) {
    moves[q++] = trans[CLOSED_B[j]! * NTAGS + CLOSED[j]!]!;
    moves[q++] = trans[CLOSED_I[j]! * NTAGS + CLOSED[j]!]!;
  }
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
  for (let p = -1; p < NTAGS; p++)
    for (let n = 0; n < NTAGS; n++) m[(p < 0 ? NTAGS : p) * NTAGS + n] = allowed(p, n) ? 1 : 0;
  return m;
})();
/**
 * The shape of BILOU that Viterbi exploits, read off `allowed`: the "open" tags (O, B-x, U-x) may all
 * follow exactly the same tags, `OPEN_PREV` (O, L-x, U-x, ascending); each "closed" tag (I-x, L-x) may
 * follow only its class's B and I. Loading the open predecessors' scores once per token and reading
 * the moves in a fixed order is a third faster than walking a predecessor list per tag.
 */
const { OPEN, OPEN_PREV, CLOSED, CLOSED_B, CLOSED_I } = (() => {
  const prevOf = (t: number): number[] => Array.from({ length: NTAGS }, (_, p) => p).filter((p) => allowed(p, t));
  const open: number[] = [];
  const closed: number[] = [];
  const closedB: number[] = [];
  const closedI: number[] = [];
  let openPrev: number[] | null = null;
  for (let t = 0; t < NTAGS; t++) {
    const prev = prevOf(t);
    if (allowed(-1, t)) {
      openPrev ??= prev;
      if (prev.join() !== openPrev.join()) throw new Error('linear: open tags must share their predecessors');
      open.push(t);
    } else {
      if (prev.length !== 2) throw new Error('linear: a closed tag must have exactly two predecessors');
      closed.push(t);
      closedB.push(prev[0]!);
      closedI.push(prev[1]!);
    }
  }
  return {
    OPEN: Int8Array.from(open),
    OPEN_PREV: Int8Array.from(openPrev ?? []),
    CLOSED: Int8Array.from(closed),
    CLOSED_B: Int8Array.from(closedB),
    CLOSED_I: Int8Array.from(closedI),
  };
})();
const OPEN_COUNT = OPEN.length;
const OPEN_PREV_COUNT = OPEN_PREV.length;
// `viterbi` reads the open predecessors' scores into nine locals (BILOU over four classes: O, L-x and U-x).
if (OPEN_PREV_COUNT !== 9) throw new Error(`linear: viterbi reads 9 open predecessors, BILOU gives ${OPEN_PREV_COUNT}`);
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
  viterbi(
    emit: Float64Array | Int32Array,
    offset: number,
    n: number,
    transitions: Transitions,
    from: number,
    out: Uint8Array,
    afterO = false,
    beforeO = false,
  ): void {
    if (n <= 0) return;
    this.reserve(n);
    const { trans, end } = transitions;
    const moves = transitions.moves ?? movesInDecodeOrder(trans);
    const score = this.score;
    const back = this.back;
    const startRow = afterO ? O * NTAGS : NTAGS * NTAGS;
    for (let t = 0; t < NTAGS; t++)
      score[t] = LEGAL[startRow + t] ? trans[startRow + t]! + emit[offset + t]! : -Infinity;
    const closedAt = OPEN_COUNT * OPEN_PREV_COUNT;
    for (let i = 1; i < n; i++) {
      const base = i * NTAGS;
      const prevBase = base - NTAGS;
      // The nine open predecessors' scores in locals and the nine moves into each open tag written out (the loops
      // over them unrolled: a tenth of tagging's time was this loop's overhead); ties go to the earliest
      // predecessor, as a scan in tag order would.
      const p0 = score[prevBase + OPEN_PREV[0]!]!;
      const p1 = score[prevBase + OPEN_PREV[1]!]!;
      const p2 = score[prevBase + OPEN_PREV[2]!]!;
      const p3 = score[prevBase + OPEN_PREV[3]!]!;
      const p4 = score[prevBase + OPEN_PREV[4]!]!;
      const p5 = score[prevBase + OPEN_PREV[5]!]!;
      const p6 = score[prevBase + OPEN_PREV[6]!]!;
      const p7 = score[prevBase + OPEN_PREV[7]!]!;
      const p8 = score[prevBase + OPEN_PREV[8]!]!;
      for (let j = 0, q = 0; j < OPEN_COUNT; j++, q += OPEN_PREV_COUNT) {
        let best = p0 + moves[q]!;
        let arg = 0;
        let s = p1 + moves[q + 1]!;
        if (s > best) {
          best = s;
          arg = 1;
        }
        s = p2 + moves[q + 2]!;
        if (s > best) {
          best = s;
          arg = 2;
        }
        s = p3 + moves[q + 3]!;
        if (s > best) {
          best = s;
          arg = 3;
        }
        s = p4 + moves[q + 4]!;
        if (s > best) {
          best = s;
          arg = 4;
        }
        s = p5 + moves[q + 5]!;
        if (s > best) {
          best = s;
          arg = 5;
        }
        s = p6 + moves[q + 6]!;
        if (s > best) {
          best = s;
          arg = 6;
        }
        s = p7 + moves[q + 7]!;
        if (s > best) {
          best = s;
          arg = 7;
        }
        s = p8 + moves[q + 8]!;
        if (s > best) {
          best = s;
          arg = 8;
        }
        const t = OPEN[j]!;
        score[base + t] = best + emit[offset + base + t]!;
        back[base + t] = OPEN_PREV[arg]!;
      }
      for (let j = 0, q = closedAt; j < CLOSED.length; j++, q += 2) {
        const t = CLOSED[j]!;
        const fromB = score[prevBase + CLOSED_B[j]!]! + moves[q]!;
        const fromI = score[prevBase + CLOSED_I[j]!]! + moves[q + 1]!;
        const useI = fromI > fromB;
        score[base + t] = (useI ? fromI : fromB) + emit[offset + base + t]!;
        back[base + t] = useI ? CLOSED_I[j]! : CLOSED_B[j]!;
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
        if (row !== -1)
          for (let t = 0; t < NTAGS; t++)
            largest = Math.max(largest, Math.abs(avg(this.w[row * NTAGS + t]!, this.acc[row * NTAGS + t]!)));
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
