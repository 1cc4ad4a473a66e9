/**
 * Exact span + type scoring of named entities with per-class and micro-averaged P/R/F1, as conlleval
 * does: a prediction is a true positive only when a gold span has the same start, end and class.
 */
import { addCounts, emptyCounts, prf, type Counts, type Prf } from './metrics.js';
import { spanContext } from './spans.js';
import { addConfusion, MISSED, SPURIOUS, type Confusion } from './confusion.js';
import type { EvalError } from './timex-score.js';
import type { Span } from '../../types.js';

/** A typed span (gold or predicted), classes already mapped to the gold scheme. */
export interface TypedSpan extends Span {
  type: string;
}

/** A gold mention with the span of its head name, for head-match scoring. */
export interface HeadedSpan extends TypedSpan {
  head: Span;
}

/**
 * Where a prediction must lie to head-match a gold mention: `inside` the gold extent and covering its
 * head (MEANTIME), or only `covers` the head (WikiEvents).
 */
export type HeadPlacement = 'inside' | 'covers';

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
 * them neither right nor wrong. Returns how many predictions were neutral. `confusion` receives each
 * prediction's gold class (the same span with another class, a non-scored gold label, or none) and
 * each gold mention nothing landed on.
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
  confusion: Confusion = {},
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
  const confused = new Set<string>();
  let neutralHits = 0;
  // Same span and class first, so that a wrong-class duplicate never takes the place of a right one.
  for (const p of pred) {
    const k = key(p);
    const g = goldByKey.get(k);
    if (g && g.type === p.type && !found.has(k)) found.add(k);
  }
  const credited = new Set<string>();
  for (const p of pred) {
    const k = key(p);
    const g = goldByKey.get(k);
    if (g && g.type === p.type && !credited.has(k)) {
      into[p.type]!.tp++;
      credited.add(k);
      addConfusion(confusion, p.type, p.type);
      continue;
    }
    if (!g && neutralTypes.get(k) === p.type) {
      neutralHits++;
      continue;
    }
    if (!scored.has(p.type)) continue;
    into[p.type]!.fp++;
    if (g && g.type !== p.type && !found.has(k) && !confused.has(k)) {
      confused.add(k);
      addConfusion(confusion, g.type, p.type);
    } else addConfusion(confusion, otherGold.get(k) ?? SPURIOUS, p.type);
    if (errors) {
      const why = g ? `gold ${g.type}` : otherGold.has(k) ? `on a ${otherGold.get(k)} span` : 'no gold entity here';
      errors.push({
        doc,
        kind: 'false alarm',
        text: text.slice(p.start, p.end),
        detail: `${p.type}; ${why}`,
        context: spanContext(text, p),
      });
    }
  }
  for (const [k, g] of goldByKey) {
    if (found.has(k)) continue;
    into[g.type]!.fn++;
    if (!confused.has(k)) addConfusion(confusion, g.type, MISSED);
    if (errors)
      errors.push({
        doc,
        kind: 'miss',
        text: text.slice(g.start, g.end),
        detail: g.type,
        context: spanContext(text, g),
      });
  }
  return neutralHits;
}

/**
 * Head-match scoring of one document (for corpora like MEANTIME whose mentions take the extent of the
 * whole noun phrase): a prediction matches a gold mention of the same class when it lies inside the
 * mention and covers the mention's head name, one to one. Gold mentions of one class that share a head
 * (nested mentions of one name, e.g. "Singapore Airlines (SIA" and "Singapore Airlines (SIA) - the
 * recipient carrier") are one name occurrence and count once, with the widest extent. Of several candidates, the prediction
 * closest in length to the head is paired first. False positives and neutral spans are as in
 * `scoreEntityDoc`. Returns how many predictions were neutral. With `placement` `'covers'` (for corpora
 * whose gold extents are the names themselves, as WikiEvents) a prediction need only cover the head,
 * not lie inside the extent. `confusion`: as in `scoreEntityDoc`; a prediction left over after the
 * same-class pairing is paired, by the same placement rule and one to one, with a gold mention of
 * another class left over, and counted in that gold class's row.
 */
export function scoreHeadDoc(
  doc: string,
  text: string,
  gold: readonly HeadedSpan[],
  pred: readonly TypedSpan[],
  classes: readonly string[],
  into: ClassCounts,
  errors?: EvalError[],
  neutral: readonly TypedSpan[] = [],
  confusion: Confusion = {},
  placement: HeadPlacement = 'inside',
): number {
  for (const c of classes) into[c] ??= emptyCounts();
  const scored = new Set(classes);
  const byHead = new Map<string, HeadedSpan>();
  const otherGold = new Map<string, string>();
  for (const g of gold) {
    if (!scored.has(g.type)) {
      otherGold.set(key(g), g.type);
      continue;
    }
    const k = `${key(g.head)}:${g.type}`;
    const seen = byHead.get(k);
    if (seen === undefined || g.end - g.start > seen.end - seen.start) byHead.set(k, g);
  }
  const units = [...byHead.values()];
  const placed = (g: HeadedSpan, p: TypedSpan): boolean =>
    p.start <= g.head.start &&
    p.end >= g.head.end &&
    (placement === 'covers' || (p.start >= g.start && p.end <= g.end));
  const pairUp = (sameClass: boolean, skipGold: Set<number>, skipPred: Set<number>): Array<[number, number]> => {
    const candidates: Array<[number, number, number]> = [];
    units.forEach((g, i) => {
      if (skipGold.has(i)) return;
      pred.forEach((p, j) => {
        if (skipPred.has(j) || (p.type === g.type) !== sameClass || !placed(g, p)) return;
        candidates.push([i, j, p.end - p.start - (g.head.end - g.head.start)]);
      });
    });
    candidates.sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1]);
    const pairs: Array<[number, number]> = [];
    const usedGold = new Set<number>();
    const usedPred = new Set<number>();
    for (const [i, j] of candidates) {
      if (usedGold.has(i) || usedPred.has(j)) continue;
      usedGold.add(i);
      usedPred.add(j);
      pairs.push([i, j]);
    }
    return pairs;
  };
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  for (const [i, j] of pairUp(true, new Set(), new Set())) {
    matchedGold.add(i);
    matchedPred.add(j);
    into[units[i]!.type]!.tp++;
    addConfusion(confusion, units[i]!.type, units[i]!.type);
  }
  const neutralTypes = new Map(neutral.map((s) => [key(s), s.type]));
  const isNeutral = (p: TypedSpan): boolean => neutralTypes.get(key(p)) === p.type;
  const skipPred = new Set(matchedPred);
  pred.forEach((p, j) => {
    if (isNeutral(p) || !scored.has(p.type)) skipPred.add(j);
  });
  const confusedGold = new Map<number, number>();
  const confusedPred = new Map<number, number>();
  for (const [i, j] of pairUp(false, matchedGold, skipPred)) {
    confusedGold.set(i, j);
    confusedPred.set(j, i);
  }
  let neutralHits = 0;
  pred.forEach((p, j) => {
    if (matchedPred.has(j)) return;
    if (isNeutral(p)) {
      neutralHits++;
      return;
    }
    if (!scored.has(p.type)) return;
    into[p.type]!.fp++;
    const wrong = confusedPred.get(j);
    addConfusion(confusion, wrong !== undefined ? units[wrong]!.type : (otherGold.get(key(p)) ?? SPURIOUS), p.type);
    if (errors) {
      const inside = units.find((g) => p.start >= g.start && p.end <= g.end);
      const other = otherGold.get(key(p));
      const why =
        other !== undefined
          ? `on a ${other} span`
          : inside
            ? `inside gold ${inside.type} "${text.slice(inside.start, inside.end)}", head "${text.slice(inside.head.start, inside.head.end)}"`
            : 'no gold entity here';
      errors.push({
        doc,
        kind: 'head false alarm',
        text: text.slice(p.start, p.end),
        detail: `${p.type}; ${why}`,
        context: spanContext(text, p),
      });
    }
  });
  units.forEach((g, i) => {
    if (matchedGold.has(i)) return;
    into[g.type]!.fn++;
    if (!confusedGold.has(i)) addConfusion(confusion, g.type, MISSED);
    if (errors)
      errors.push({
        doc,
        kind: 'head miss',
        text: text.slice(g.head.start, g.head.end),
        detail: `${g.type} in "${text.slice(g.start, g.end)}"`,
        context: spanContext(text, g.head),
      });
  });
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
