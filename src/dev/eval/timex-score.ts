/**
 * TempEval-3 style scoring of time expressions: strict (exact span) and relaxed (overlap) extent
 * matching, then type and value over the relaxed matches.
 */
import { prf, type Prf } from './metrics.js';
import { matchSpans, spanContext } from './spans.js';
import type { Span } from '../../types.js';

/** A time expression as the scorer sees it (gold or predicted). */
export interface ScoredTimex extends Span {
  type: string;
  value: string | null;
}

/** Raw counts; every metric is derived from them, so documents add up by summing. */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** An error for `--errors`: a miss, a false alarm, or a relaxed match with a wrong boundary, type or value. */
export interface EvalError {
  doc: string;
  kind: string;
  text: string;
  detail: string;
  context: string;
}

/** TempEval-3 metrics. */
export interface TimexMetrics {
  strict: Prf;
  relaxed: Prf;
  typeAccuracy: number;
  type: Prf;
  valueAccuracy: number;
  value: Prf;
  counts: TimexCounts;
}

/** Zeroed counts. */
export function emptyTimexCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

/** Adds `b` into `a`. */
export function addTimexCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  for (const k of Object.keys(a) as Array<keyof TimexCounts>) a[k] += b[k];
  return a;
}

/**
 * Scores one document. Matching is one-to-one; a predicted value counts only when it equals the gold
 * value string exactly (a null prediction is wrong).
 */
export function scoreTimexDoc(
  doc: string,
  text: string,
  gold: readonly ScoredTimex[],
  pred: readonly ScoredTimex[],
  errors?: EvalError[],
): TimexCounts {
  const c = emptyTimexCounts();
  c.gold = gold.length;
  c.system = pred.length;
  c.strict = matchSpans(gold, pred, true).length;
  const relaxed = matchSpans(gold, pred, false);
  c.relaxed = relaxed.length;
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  for (const [i, j] of relaxed) {
    const g = gold[i]!;
    const p = pred[j]!;
    matchedGold.add(i);
    matchedPred.add(j);
    if (g.type === p.type) c.typeCorrect++;
    if (p.value !== null && g.value === p.value) c.valueCorrect++;
    if (!errors) continue;
    const ptext = text.slice(p.start, p.end);
    if (g.start !== p.start || g.end !== p.end)
      errors.push({
        doc,
        kind: 'boundary',
        text: ptext,
        detail: `gold "${text.slice(g.start, g.end)}"`,
        context: spanContext(text, g),
      });
    if (g.value !== p.value)
      errors.push({
        doc,
        kind: 'value',
        text: ptext,
        detail: `gold ${g.value} ours ${p.value}`,
        context: spanContext(text, g),
      });
    if (g.type !== p.type)
      errors.push({
        doc,
        kind: 'type',
        text: ptext,
        detail: `gold ${g.type} ours ${p.type}`,
        context: spanContext(text, g),
      });
  }
  if (errors) {
    gold.forEach((g, i) => {
      if (!matchedGold.has(i))
        errors.push({
          doc,
          kind: 'miss',
          text: text.slice(g.start, g.end),
          detail: `${g.type} ${g.value}`,
          context: spanContext(text, g),
        });
    });
    pred.forEach((p, j) => {
      if (!matchedPred.has(j))
        errors.push({
          doc,
          kind: 'false alarm',
          text: text.slice(p.start, p.end),
          detail: `${p.type} ${p.value}`,
          context: spanContext(text, p),
        });
    });
  }
  return c;
}

/** Derives the TempEval-3 metrics: attribute F1 = relaxed matches with a correct attribute over system and gold counts. */
export function timexMetrics(c: TimexCounts): TimexMetrics {
  const over = (tp: number): Prf => prf({ tp, fp: c.system - tp, fn: c.gold - tp });
  return {
    strict: over(c.strict),
    relaxed: over(c.relaxed),
    typeAccuracy: c.relaxed === 0 ? 0 : c.typeCorrect / c.relaxed,
    type: over(c.typeCorrect),
    valueAccuracy: c.relaxed === 0 ? 0 : c.valueCorrect / c.relaxed,
    value: over(c.valueCorrect),
    counts: { ...c },
  };
}
