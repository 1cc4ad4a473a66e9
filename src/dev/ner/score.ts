/**
 * Span scoring for training-time development checks: exact character span and class, PER/ORG/LOC only.
 * Gold MISC spans are removed, so a PER/ORG/LOC prediction on one counts as a false positive; predicted
 * MISC spans are dropped.
 */
import { addCounts, emptyCounts, prf, type Counts, type Prf } from '../eval/metrics.js';
import type { GoldSpan } from './conll.js';

/** Classes scored. */
export const SCORED = ['PER', 'ORG', 'LOC'] as const;

/** Counts per scored class. */
export type ClassCounts = Record<(typeof SCORED)[number], Counts>;

/** A fresh per-class counter. */
export function emptyClassCounts(): ClassCounts {
  return { PER: emptyCounts(), ORG: emptyCounts(), LOC: emptyCounts() };
}

/** Adds one document's predicted versus gold spans into `into`. */
export function scoreSpans(predicted: readonly GoldSpan[], gold: readonly GoldSpan[], into: ClassCounts): void {
  const key = (s: GoldSpan): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.filter((s) => s.type !== 'MISC').map(key));
  const seen = new Set<string>();
  for (const p of predicted) {
    if (p.type === 'MISC') continue;
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldKeys.has(k)) into[p.type].tp++;
    else into[p.type].fp++;
  }
  for (const g of gold) if (g.type !== 'MISC' && !seen.has(key(g))) into[g.type].fn++;
}

/** Per-class and micro P/R/F1. */
export function summarise(c: ClassCounts): Record<'PER' | 'ORG' | 'LOC' | 'micro', Prf> {
  const micro = emptyCounts();
  for (const cls of SCORED) addCounts(micro, c[cls]);
  return { PER: prf(c.PER), ORG: prf(c.ORG), LOC: prf(c.LOC), micro: prf(micro) };
}
