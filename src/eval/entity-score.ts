/**
 * Exact span + type scoring of named entities with per-class and micro-averaged P/R/F1, as conlleval
 * does: a prediction is a true positive only when a gold span has the same start, end and class.
 */
import { addCounts, emptyCounts, prf, type Counts, type Prf } from './metrics.js';
import { spanContext } from './spans.js';
import type { EvalError } from './timex-score.js';
import type { Span } from '../types.js';

/** A typed span (gold or predicted), classes already mapped to the gold scheme. */
export interface TypedSpan extends Span {
  type: string;
}

/** Per-class counts. */
export type ClassCounts = Record<string, Counts>;

/** P/R/F1 per class and micro-averaged over the scored classes. */
export interface EntityMetrics {
  classes: Record<string, Prf>;
  micro: Prf;
}

const key = (s: Span): string => `${s.start}:${s.end}`;

/**
 * Scores one document over `classes`. Gold spans of other classes (e.g. MISC) are not in the gold,
 * but a prediction on one is still a false positive of the predicted class. `neutral` spans (gold
 * names the dataset does not score, e.g. pre-modifiers) make an exact prediction of the same class on
 * them neither right nor wrong. Returns how many predictions were neutral.
 */
export function scoreEntityDoc(
  doc: string,
  text: string,
  gold: readonly TypedSpan[],
  pred: readonly TypedSpan[],
  classes: readonly string[],
  into: ClassCounts,
  errors?: EvalError[],
  neutral: readonly TypedSpan[] = [],
): number {
  for (const c of classes) into[c] ??= emptyCounts();
  const scored = new Set(classes);
  const goldByKey = new Map<string, TypedSpan>();
  const otherGold = new Map<string, string>();
  for (const g of gold) {
    if (scored.has(g.type)) goldByKey.set(key(g), g);
    else otherGold.set(key(g), g.type);
  }
  const neutralTypes = new Map(neutral.map((s) => [key(s), s.type]));
  const found = new Set<string>();
  let neutralHits = 0;
  for (const p of pred) {
    const k = key(p);
    const g = goldByKey.get(k);
    if (g && g.type === p.type && !found.has(k)) {
      into[p.type]!.tp++;
      found.add(k);
      continue;
    }
    if (!g && neutralTypes.get(k) === p.type) {
      neutralHits++;
      continue;
    }
    if (!scored.has(p.type)) continue;
    into[p.type]!.fp++;
    if (errors) {
      const why = g ? `gold ${g.type}` : otherGold.has(k) ? `on a ${otherGold.get(k)} span` : 'no gold entity here';
      errors.push({ doc, kind: 'false alarm', text: text.slice(p.start, p.end), detail: `${p.type}; ${why}`, context: spanContext(text, p) });
    }
  }
  for (const [k, g] of goldByKey) {
    if (found.has(k)) continue;
    into[g.type]!.fn++;
    if (errors) errors.push({ doc, kind: 'miss', text: text.slice(g.start, g.end), detail: g.type, context: spanContext(text, g) });
  }
  return neutralHits;
}

/** Per-class and micro metrics from counts. */
export function entityMetrics(counts: ClassCounts, classes: readonly string[]): EntityMetrics {
  const micro = emptyCounts();
  const out: Record<string, Prf> = {};
  for (const c of classes) {
    const cc = counts[c] ?? emptyCounts();
    out[c] = prf(cc);
    addCounts(micro, cc);
  }
  return { classes: out, micro: prf(micro) };
}
