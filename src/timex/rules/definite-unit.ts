import { isoWeekday, regrain, shift } from '../calendar.js';
import { NUMBER_WORDS } from '../lexicon.js';
import { hyphen, w } from '../read.js';
import { dctPoint, pointHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';
import { tenseNear } from '../tense.js';
import { monthRule } from './month.js';

/** "the weekend", "the week", "the quarter", "the latest quarter", "the year" (the publication's or the narrative's). */
function definiteUnitRule(c: GrammarContext, k: number): Hit | null {
  if (w(c, k) !== 'the') return null;
  const u = w(c, k + 1);
  if (u === 'weekend') {
    // Published Monday to Friday, a past-tense "the weekend" is the one just gone.
    const p = dctPoint(c, 'week');
    const past = c.dct !== null && isoWeekday(c.dct) < 6 && tenseNear(c.tokens, c.low, k, k + 2, c.lo, c.hi) === 'past';
    return pointHit(
      k,
      k + 2,
      p && shift(p, past ? -1 : 0),
      past ? 'publication-date+tense' : 'publication-date',
      '-WE',
    );
  }
  if (u === 'week') {
    // "the week of March 6": the week that holds the day.
    const day = w(c, k + 2) === 'of' ? monthRule(c, k + 3) : null;
    if (day && day.point && day.point.grain === 'day')
      return pointHit(k, day.end, regrain(day.point, 'week'), day.anchor);
    return pointHit(k, k + 2, dctPoint(c, 'week'), 'publication-date');
  }
  if (u === 'month' && hyphen(c, k + 2) === k + 2) return pointHit(k, k + 2, dctPoint(c, 'month'), 'publication-date');
  // "for the year", "the fiscal year", "the full year", "the latest fiscal year", "the year ended June 30".
  let j = k + 1;
  let latest = false;
  let qualified = false;
  for (;;) {
    const t = w(c, j);
    if (t === 'latest' || t === 'previous' || t === 'prior') {
      latest = true;
      qualified = true;
      j++;
      continue;
    }
    if (t === 'fiscal' || t === 'full' || t === 'current' || t === 'calendar' || t === 'entire' || t === 'whole') {
      qualified = true;
      j++;
      continue;
    }
    break;
  }
  if (w(c, j) !== 'year' || hyphen(c, j + 1) !== j + 1 || w(c, j + 1) === "'s") return null;
  const after = w(c, j + 1);
  if (after === 'ended' || after === 'ending' || after === 'ends' || after === 'to') {
    return {
      start: k,
      end: j + 1,
      type: 'DURATION',
      value: 'P1Y',
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'quantity',
    };
  }
  if (after === 'earlier' || after === 'before' || after === 'ago' || NUMBER_WORDS.has(after)) return null;
  if (!qualified && !['for', 'in', 'during', 'of', 'through', 'throughout'].includes(w(c, k - 1))) return null;
  const p = dctPoint(c, 'year');
  return pointHit(k, j + 1, p && shift(p, latest ? -1 : 0), 'publication-date');
}

/** Starts on "the". */
export const definiteUnit: TimexRule = {
  name: 'definite-unit',
  starts: { words: ['the'] },
  match: definiteUnitRule,
};
