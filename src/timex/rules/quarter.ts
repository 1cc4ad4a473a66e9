import { pointOf, shift, type Grain, type Point } from '../calendar.js';
import { ORDINALS } from '../lexicon.js';
import { hyphen, w, yearAt } from '../read.js';
import { dctPoint, pointHit, reportQuarter } from '../resolve.js';
import { tenseNear } from '../tense.js';
import type { Anchor, GrammarContext, Hit, TimexRule } from '../rule.js';

const QUARTER_PREFIX = new Set([
  'the',
  'its',
  'their',
  'this',
  'last',
  'next',
  'fiscal',
  'latest',
  'current',
  'comparable',
  'same',
  'calendar',
  'recent',
  'corresponding',
  'year-ago',
  'year-earlier',
  'flat',
  'first-time',
]);

/** Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "the year-ago quarter", "the first half". */
function quarterRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  let year: number | null = null;
  let yearShift = 0;
  let current = false;
  let nth = 0;
  let dirWord = '';
  let sawWord = false;
  for (;;) {
    const t = w(c, j);
    if (t === 'year' && hyphen(c, j + 1) !== j + 1 && (w(c, j + 2) === 'ago' || w(c, j + 2) === 'earlier')) {
      yearShift = -1;
      j += 3;
      sawWord = true;
      continue;
    }
    const y = yearAt(c, j);
    if (y !== null && !sawWord) {
      year = y;
      j++;
      if (w(c, j) === "'s") j++;
      continue;
    }
    if ((t === 'this' || t === 'last' || t === 'next') && w(c, j + 1) === 'year' && w(c, j + 2) === "'s") {
      yearShift = t === 'last' ? -1 : t === 'next' ? 1 : 0;
      current = t === 'this';
      j += 3;
      continue;
    }
    if (QUARTER_PREFIX.has(t)) {
      if (t === 'current' || t === 'this') current = true;
      if (t === 'last' || t === 'next' || t === 'latest') dirWord = t;
      j++;
      continue;
    }
    break;
  }
  const ord = ORDINALS.get(w(c, j));
  if (ord !== undefined && ord <= 4) {
    nth = ord;
    j = hyphen(c, j + 1);
  }
  // "the first two quarters of 1990" is the first half; "the last half of 1989" the second.
  let halfOf = false;
  if (w(c, j) === 'two' && w(c, j + 1) === 'quarters' && (nth === 1 || (nth === 0 && dirWord === 'last'))) {
    halfOf = true;
    nth = nth === 1 ? 1 : 2;
    j++;
  } else if (
    w(c, j) === 'half' &&
    nth === 0 &&
    dirWord === 'last' &&
    w(c, j + 1) === 'of' &&
    yearAt(c, j + 2) !== null
  ) {
    nth = 2;
    dirWord = '';
  }
  const noun = halfOf ? 'half' : w(c, j);
  if (
    yearShift !== 0 &&
    nth === 0 &&
    year === null &&
    noun !== 'quarter' &&
    noun !== 'period' &&
    noun !== 'half' &&
    w(c, j - 1) !== "'s"
  ) {
    // "year-earlier results": the quarter under discussion a year before, else last year.
    const base = reportQuarter(c) ?? dctPoint(c, 'year');
    const first = w(c, k) === 'the' ? k + 1 : k;
    if (base === null) return pointHit(first, j, null, 'unresolved');
    return {
      ...pointHit(
        first,
        j,
        shift(base, base.grain === 'quarter' ? -4 : -1),
        base.grain === 'quarter' ? 'narrative' : 'publication-date',
      ),
      comparison: true,
    };
  }
  const isHalf = noun === 'half';
  if (noun !== 'quarter' && noun !== 'period' && !(isHalf && nth > 0 && nth <= 2)) return null;
  // "the period" alone is vague; "the corresponding period last year" / "… a year ago" is the report's quarter a year back.
  const yearBack =
    (w(c, j + 1) === 'last' && w(c, j + 2) === 'year') ||
    (w(c, j + 1) === 'a' && w(c, j + 2) === 'year' && (w(c, j + 3) === 'ago' || w(c, j + 3) === 'earlier'));
  if (noun === 'period' && nth === 0 && year === null && yearShift === 0 && dirWord !== 'latest' && !yearBack)
    return null;
  if (nth === 0 && noun === 'quarter' && j === k) return null;
  let start = k;
  if (w(c, k) === 'its' || w(c, k) === 'their') {
    if (nth === 0) return null;
    start = k + 1;
  }
  // "the third-quarter results": the adjective is the expression, not the noun phrase's article.
  if (nth > 0 && w(c, j - 1) === '-' && (w(c, start) === 'the' || w(c, start) === 'its') && start + 1 < j) start++;
  let end = j + 1;
  if (w(c, end) === 'of' || w(c, end) === 'in') {
    const y = yearAt(c, end + 1);
    if (y !== null) {
      year = y;
      end += 2;
    } else if (
      (w(c, end + 1) === 'this' || w(c, end + 1) === 'last' || w(c, end + 1) === 'next') &&
      w(c, end + 2) === 'year'
    ) {
      yearShift = w(c, end + 1) === 'last' ? -1 : w(c, end + 1) === 'next' ? 1 : 0;
      current = true;
      end += 3;
    }
  }
  if (w(c, end) === 'a' && w(c, end + 1) === 'year' && (w(c, end + 2) === 'ago' || w(c, end + 2) === 'earlier')) {
    yearShift = -1;
    end += 3;
  }
  if (w(c, end) === 'last' && w(c, end + 1) === 'year') {
    yearShift = -1;
    end += 2;
  }
  const grain: Grain = isHalf ? 'half' : 'quarter';
  const per = isHalf ? 2 : 4;
  let anchor: Anchor = 'absolute';
  let p: Point | null = null;
  if (year !== null) {
    p = nth > 0 ? { grain, index: year * per + nth - 1 } : { grain: 'year', index: year };
    if (nth === 0) {
      // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
      const reported = reportQuarter(c);
      const q = reported ? reported.index % 4 : c.dct !== null ? (pointOf(c.dct, 'quarter').index + 3) % 4 : -1;
      if (q < 0) return noun === 'quarter' ? null : pointHit(start, end, p, 'absolute');
      p = { grain: 'quarter', index: year * 4 + q };
      anchor = reported ? 'narrative' : 'publication-date';
    }
  } else if (nth > 0) {
    if (c.dct !== null) {
      const cur = pointOf(c.dct, grain);
      const y = Math.floor(cur.index / per);
      // An ordinal quarter without a year: this year's if it has begun, else last year's; session 20: in a
      // clause told in the future ("expects sales to recover in the second half"), the one to come.
      const base =
        current ||
        yearShift !== 0 ||
        nth - 1 <= cur.index % per ||
        tenseNear(c.tokens, c.low, start, end, c.lo, c.hi, true) === 'future'
          ? y
          : y - 1;
      p = { grain, index: (base + yearShift) * per + nth - 1 };
      anchor = 'publication-date';
    }
  } else if (dirWord === 'latest' && noun === 'quarter' && yearShift === 0 && c.dct !== null) {
    // "the latest quarter": the last one completed before publication.
    p = shift(pointOf(c.dct, 'quarter'), -1);
    anchor = 'publication-date';
  } else {
    const reported = reportQuarter(c);
    const { base, anchor: a } = reported
      ? { base: reported, anchor: 'narrative' as Anchor }
      : { base: dctPoint(c, 'quarter'), anchor: 'publication-date' as Anchor };
    if (base !== null) {
      const fromDct = a === 'publication-date';
      const off = dirWord === 'next' ? 1 : current ? 0 : fromDct ? -1 : 0;
      p = shift(shift(base, off), yearShift * 4);
      anchor = a;
    }
  }
  if (p === null) return pointHit(start, end, null, 'unresolved');
  return { ...pointHit(start, end, p, anchor), ...(yearShift !== 0 ? { comparison: true } : {}) };
}

/**
 * Starts on a quarter prefix ("the", "fiscal", "year-ago"), "year" ("year-earlier"), "period", "quarter", an
 * ordinal, or a year ("the 1988 quarter").
 */
export const quarter: TimexRule = {
  name: 'quarter',
  starts: {
    words: ['year', 'this', 'last', 'next', 'period', 'quarter', ...QUARTER_PREFIX, ...ORDINALS.keys()],
    shapes: ['digit'],
  },
  match: quarterRule,
};
