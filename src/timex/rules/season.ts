import { pointOf, seasonPoint, shift, ymd } from '../calendar.js';
import { SEASONS } from '../lexicon.js';
import { w, writtenYearAt } from '../read.js';
import { pointHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';
import { tenseNear } from '../tense.js';

/** Seasons: "summer", "the summer of 1998", "spring 1998". */
function seasonRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  if (w(c, j) === 'the') j++;
  const s = SEASONS.get(w(c, j));
  if (s === undefined) return null;
  const prev = w(c, k - 1);
  let end = j + 1;
  let year: number | null = null;
  const wy = writtenYearAt(c, w(c, end) === 'of' ? end + 1 : end);
  if (wy !== null) {
    year = wy.year;
    end = wy.end;
  }
  if (year !== null) return pointHit(k, end, seasonPoint(year, s), 'absolute');
  // A bare season only after a preposition or article: "in the summer", "during winter"; not "fall" the verb.
  if (
    j === k &&
    !['in', 'during', 'this', 'by', 'until', 'since', 'through', 'over', 'early', 'late', 'mid', 'the'].includes(prev)
  )
    return null;
  if (s === 'FA' && w(c, j) === 'fall' && j === k) return null;
  if (c.dct === null) return pointHit(k, end, null, 'unresolved');
  const cur = pointOf(c.dct, 'season');
  let p = seasonPoint(ymd(c.dct)[0], s);
  const tense = tenseNear(c.tokens, c.low, k, end, c.lo, c.hi);
  if (tense === 'past' && p.index > cur.index) p = shift(p, -4);
  if (tense === 'future' && p.index < cur.index) p = shift(p, 4);
  return pointHit(k, end, p, 'publication-date+tense');
}

/** Starts on "the" or a season name. */
export const season: TimexRule = {
  name: 'season',
  starts: { words: ['the', ...SEASONS.keys()] },
  match: seasonRule,
};
