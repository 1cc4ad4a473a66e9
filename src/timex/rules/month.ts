import { dayIndex, firstDay, isValidDate, ymd, type Point } from '../calendar.js';
import { MONTHS } from '../lexicon.js';
import { dayOfMonthAt, monthAt, w, writtenYearAt, yearAt } from '../read.js';
import { DIRECTION, pointHit, resolveYear } from '../resolve.js';
import type { Anchor, GrammarContext, Hit, TimexRule } from '../rule.js';

/** Dates with a month name: "June 20, 2024", "20 June", "January 27", "June 1998", "last January". */
export function monthRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  let dir: 'tense' | 'last' | 'next' | 'this' = 'tense';
  const d0 = DIRECTION.get(w(c, j));
  if (d0 && monthAt(c, j + 1) !== null) {
    dir = d0;
    j++;
  }
  let day = 0;
  let month = monthAt(c, j);
  let end: number;
  if (month !== null) {
    end = j + 1;
    const dd = dayOfMonthAt(c, end);
    if (dir !== 'this' && dd !== null && yearAt(c, end) === null) {
      day = dd;
      end++;
    }
  } else {
    const dd = dayOfMonthAt(c, j);
    if (dd === null || dir !== 'tense') return null;
    let m2 = j + 1;
    if (w(c, m2) === 'of') m2++;
    month = monthAt(c, m2);
    if (month === null) return null;
    day = dd;
    end = m2 + 1;
  }
  let year: number | null = null;
  let yEnd = end;
  if (w(c, yEnd) === ',') yEnd++;
  if (w(c, yEnd) === 'of' && day === 0) yEnd++;
  const wy = writtenYearAt(c, yEnd);
  if (wy !== null && dir === 'tense') {
    year = wy.year;
    end = wy.end;
  } else if (dir === 'tense' && yearOfThat(c, k, end) !== undefined) {
    // Session 20: "in March of that year", "in May of the same year": the year the sentence (or, before it, the
    // story) last named, not the publication's.
    const at = w(c, end) === 'of' ? end + 1 : end;
    year = yearOfThat(c, k, end)!;
    end = at + (w(c, at) === 'that' ? 2 : 3);
    if (year === null) return pointHit(k, end, null, 'unresolved');
    return pointHit(
      k,
      end,
      day ? { grain: 'day', index: dayIndex(year, month, day) } : { grain: 'month', index: year * 12 + month - 1 },
      'narrative',
    );
  } else if (dir === 'tense' && yearDeixisAt(c, w(c, end) === 'of' ? end + 1 : end)) {
    // "June last year"; session 20: "in February of last year" (the "of" was left out, and February read
    // against the tense of its clause).
    if (w(c, end) === 'of') end++;
    if (c.dct !== null) year = ymd(c.dct)[0] + (w(c, end) === 'last' ? -1 : w(c, end) === 'next' ? 1 : 0);
    end += 2;
    if (year === null) return pointHit(k, end, null, 'unresolved');
    return pointHit(
      k,
      end,
      day ? { grain: 'day', index: dayIndex(year, month, day) } : { grain: 'month', index: year * 12 + month - 1 },
      'publication-date',
    );
  }
  let anchor: Anchor = 'absolute';
  if (year === null) {
    const r = resolveYear(c, month, day, dir, k, end);
    year = r.y;
    anchor = r.anchor;
  }
  if (year === null) return pointHit(k, end, null, 'unresolved');
  if (day > 0 && !isValidDate(year, month, day)) return null;
  const p: Point =
    day > 0 ? { grain: 'day', index: dayIndex(year, month, day) } : { grain: 'month', index: year * 12 + month - 1 };
  return pointHit(k, end, p, anchor);
}

/** True for "last year", "this year" or "next year" at token `k`. */
function yearDeixisAt(c: GrammarContext, k: number): boolean {
  return (w(c, k) === 'last' || w(c, k) === 'this' || w(c, k) === 'next') && w(c, k + 1) === 'year';
}

/**
 * The year "of that year" or "of the same year" after a month at `end` refers to: the last year written
 * earlier in the sentence ("was indicted in 2023 and arrested in March of that year"), else the year of the
 * story's reference time; null when neither is known; undefined when no such words follow.
 */
function yearOfThat(c: GrammarContext, k: number, end: number): number | null | undefined {
  const at = w(c, end) === 'of' ? end + 1 : -1;
  if (at < 0) return undefined;
  const that = w(c, at) === 'that' && w(c, at + 1) === 'year';
  const same = w(c, at) === 'the' && w(c, at + 1) === 'same' && w(c, at + 2) === 'year';
  if (!that && !same) return undefined;
  for (let j = k - 1; j >= c.lo; j--) {
    const y = yearAt(c, j);
    if (y !== null) return y;
  }
  return c.narrative ? ymd(firstDay(c.narrative))[0] : null;
}

/** Starts on a direction word ("last January"), a month name, or a day of the month ("20 June"). */
export const month: TimexRule = {
  name: 'month',
  starts: { words: [...DIRECTION.keys(), ...MONTHS.keys()], shapes: ['digit'] },
  match: monthRule,
};
