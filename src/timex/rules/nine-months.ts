import { hyphen, quantityPhraseAt, w } from '../read.js';
import { durationValue } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

/** "the first nine months", "the nine months" are durations (TimeBank's convention for fiscal periods). */
function nineMonthsRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  if (w(c, j) === 'the') j++;
  if (w(c, j) === 'first' || w(c, j) === 'latest' || w(c, j) === 'year-earlier' || w(c, j) === 'same') j++;
  if (w(c, j) === 'year' && hyphen(c, j + 1) !== j + 1 && (w(c, j + 2) === 'earlier' || w(c, j + 2) === 'ago')) j += 3;
  if (j === k) return null;
  const q = quantityPhraseAt(c, j);
  if (!q || q.n === 'X' || q.n >= 100 || w(c, j) === 'a') return null;
  // "the nine months" (a fiscal period); "the 6-year-old" and "the two days" are left to the duration rule.
  if (j === k + 1 && q.unit.grain !== 'month') return null;
  return {
    start: k,
    end: q.end,
    type: 'DURATION',
    value: durationValue(q.n, q.unit),
    precision: 'unknown',
    anchor: 'absolute',
    kind: 'quantity',
  };
}

/** Starts on "the", one of the period adjectives, or "year" ("year-earlier"). */
export const nineMonths: TimexRule = {
  name: 'nine-months',
  starts: { words: ['the', 'first', 'latest', 'year-earlier', 'same', 'year'] },
  match: nineMonthsRule,
};
