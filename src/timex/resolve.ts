/**
 * Turning what the rules read into TIMEX3 values: hits for calendar points, durations, and the
 * resolution of weekdays, month-days without a year and "N units ago/later" against the publication
 * date (DCT), the clause's tense and the narrative's reference time. Shared by the rules in `rules/`.
 */
import { dayIndex, formatPoint, isoWeekday, pointOf, regrain, shift, ymd, type Grain, type Point } from './calendar.js';
import type { TimexType } from '../types.js';
import { PARTS_OF_DAY, type Unit } from './lexicon.js';
import { w } from './read.js';
import type { Anchor, GrammarContext, Hit } from './rule.js';
import { tenseNear, type Tense } from './tense.js';

export function dctPoint(c: GrammarContext, grain: Grain): Point | null {
  return c.dct === null ? null : pointOf(c.dct, grain);
}

/** The narrative reference time, or the publication date when the text has not moved yet. */
export function narrativeOr(c: GrammarContext): { base: Point | null; anchor: Anchor } {
  if (c.narrative) return { base: c.narrative, anchor: 'narrative' };
  return { base: c.dct === null ? null : { grain: 'day', index: c.dct }, anchor: 'publication-date' };
}

export function pointHit(
  start: number,
  end: number,
  p: Point | null,
  anchor: Anchor,
  suffix = '',
  type: TimexType = 'DATE',
): Hit {
  if (p === null) return { start, end, type, value: null, precision: 'unknown', anchor: 'unresolved', kind: 'point' };
  return {
    start,
    end,
    type,
    value: formatPoint(p) + suffix,
    precision: suffix ? (suffix.includes(':') ? 'minute' : 'part-of-day') : p.grain,
    anchor,
    point: p,
    kind: 'point',
  };
}

export function vagueHit(start: number, end: number, value: string): Hit {
  return { start, end, type: 'DATE', value, precision: 'vague', anchor: 'absolute', kind: 'other' };
}

export const trim = (n: number): string => String(Math.round(n * 1000) / 1000);

/** TIMEX3 duration value: `P5M`, `PT24H`, `P2Y6M`, `PXY`, `P10Y` for a decade. */
export function durationValue(n: number | 'X', unit: Unit): string {
  const pre = unit.time ? 'PT' : 'P';
  if (n === 'X') return `${pre}X${unit.vague}`;
  const total = n * unit.factor;
  if (Number.isInteger(total)) return `${pre}${total}${unit.letter}`;
  const whole = Math.floor(total);
  const frac = total - whole;
  // Fractions move down one unit: 2.5 years → P2Y6M, 1.5 hours → PT1H30M.
  const down: Record<string, [string, number, boolean]> = {
    Y: ['M', 12, false],
    Q: ['M', 3, false],
    M: unit.time ? ['S', 60, true] : ['D', 30, false],
    W: ['D', 7, false],
    D: ['H', 24, true],
    H: ['M', 60, true],
    S: ['S', 1, true],
  };
  const [letter, per, toTime] = down[unit.letter]!;
  const lower = trim(frac * per);
  const head = whole > 0 ? `${whole}${unit.letter}` : '';
  if (unit.time || !toTime) return `${pre}${head}${lower}${letter}`;
  return `P${head}T${lower}${letter}`;
}

/** The grain a duration of `unit` is counted in when it is turned into a date ("four months ago" → month). */
export function agoPoint(base: number, n: number, unit: Unit): Point {
  switch (unit.grain) {
    case 'year':
    case 'decade':
    case 'century': {
      const years = n * unit.factor;
      if (Number.isInteger(years)) return shift(pointOf(base, 'year'), -years);
      return shift(pointOf(base, 'month'), -Math.round(years * 12));
    }
    case 'month':
      return shift(pointOf(base, 'month'), -Math.round(n));
    case 'quarter':
      return shift(pointOf(base, 'quarter'), -Math.round(n));
    // "six weeks ago" is a week, like "four months ago" is a month.
    case 'week':
      return Number.isInteger(n) ? shift(pointOf(base, 'week'), -n) : { grain: 'day', index: base - Math.round(n * 7) };
    case 'day':
      return { grain: 'day', index: base - Math.round(n) };
    default:
      return { grain: 'day', index: base - Math.floor(n / 24) * (unit.grain === 'hour' ? 1 : 0) };
  }
}

/** Shifts the narrative point by a signed number of units, keeping its grain when it is finer than a year. */
export function shiftNarrative(base: Point, n: number, unit: Unit): Point {
  if (unit.grain === 'year' || unit.grain === 'decade' || unit.grain === 'century') {
    const years = n * unit.factor;
    const perYear: Partial<Record<Grain, number>> = { quarter: 4, month: 12, half: 2, season: 4, year: 1 };
    const k = perYear[base.grain];
    if (k !== undefined && Number.isInteger(years)) return shift(base, years * k);
    if (base.grain === 'day' && Number.isInteger(years)) {
      const [y, m, d] = ymd(base.index);
      return { grain: 'day', index: dayIndex(y + years, m, d) };
    }
    return shift(regrain(base, 'year'), Math.round(years));
  }
  if (unit.grain === 'month') return shift(regrain(base, 'month'), Math.round(n));
  if (unit.grain === 'quarter') return shift(regrain(base, 'quarter'), Math.round(n));
  if (unit.grain === 'week')
    return base.grain === 'week' ? shift(base, Math.round(n)) : shift(regrain(base, 'day'), Math.round(n * 7));
  if (unit.grain === 'day') return shift(regrain(base, 'day'), Math.round(n));
  return regrain(base, 'day');
}

/**
 * Words just before an expression that fix its direction whatever the verb says: "since March" lies
 * before the publication date; "effective Feb. 1", "payable Dec. 7", "as early as Tuesday" after it.
 * "until" points ahead for a weekday ("until Tuesday") but not for a month ("until March, he lived in Rome").
 */
export function leadTense(c: GrammarContext, at: number, weekday: boolean): Tense | null {
  const p1 = w(c, at - 1);
  if (p1 === 'since') return 'past';
  if (p1 === 'effective' || p1 === 'payable' || p1 === 'due' || (weekday && p1 === 'until')) return 'future';
  if (p1 === 'as' && w(c, at - 3) === 'as' && (w(c, at - 2) === 'early' || w(c, at - 2) === 'soon')) return 'future';
  return null;
}

/** Weekday resolution: the publication day itself, else the coming one in a future clause, else the last one. */
export function resolveWeekday(
  c: GrammarContext,
  wd: number,
  dir: 'tense' | 'last' | 'next' | 'this',
  from: number,
  to: number,
  cueAt = from,
): { p: Point | null; anchor: Anchor } {
  // "the previous Friday", "the following Monday" count from the day the story is at.
  const anaphoric = (dir === 'last' || dir === 'next') && w(c, from - 1) === 'the' && c.narrative?.grain === 'day';
  const base = anaphoric ? c.narrative!.index : c.dct;
  if (base === null) return { p: null, anchor: 'unresolved' };
  const baseAnchor: Anchor = anaphoric ? 'narrative' : 'publication-date';
  const today = isoWeekday(base);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  if (dir === 'last') return { p: { grain: 'day', index: base - (back === 0 ? 7 : back) }, anchor: baseAnchor };
  if (dir === 'next') return { p: { grain: 'day', index: base + (ahead === 0 ? 7 : ahead) }, anchor: baseAnchor };
  if (c.dct === null) return { p: null, anchor: 'unresolved' };
  if (dir === 'this') return { p: { grain: 'day', index: c.dct - today + wd }, anchor: 'publication-date' };
  if (back === 0) return { p: { grain: 'day', index: c.dct }, anchor: 'publication-date' };
  const tense = leadTense(c, cueAt, true) ?? tenseNear(c.tokens, c.low, from, to, c.lo, c.hi);
  if (tense === 'future') return { p: { grain: 'day', index: c.dct + ahead }, anchor: 'publication-date+tense' };
  return { p: { grain: 'day', index: c.dct - back }, anchor: 'publication-date+tense' };
}

/** Year for a month (and day) given without one: narrative first, then tense against the publication date. */
export function resolveYear(
  c: GrammarContext,
  month: number,
  day: number,
  dir: 'tense' | 'last' | 'next' | 'this',
  from: number,
  to: number,
): { y: number | null; anchor: Anchor } {
  // Only a relative narrative point ("last January") lends its year: after a written-out "November 2006",
  // "on November 11" in a 2005 article is still read against the publication date.
  let tense: Tense | null = null;
  if (
    c.narrative &&
    c.narrativeRelative &&
    dir === 'tense' &&
    (c.narrative.grain === 'month' || c.narrative.grain === 'day')
  ) {
    // "last January … on January 27": the month the narrative is in, unless the clause points the other
    // way ("by February" ahead, then "since KKR bought RJR in February" is the past one).
    const nd = regrain(c.narrative, 'day').index;
    const [ny, nm] = ymd(nd);
    if (nm === month) {
      tense = leadTense(c, from, false) ?? tenseNear(c.tokens, c.low, from, to, c.lo, c.hi, true);
      const against = c.dct !== null && ((tense === 'past' && nd > c.dct) || (tense === 'future' && nd < c.dct));
      if (!against) return { y: ny, anchor: 'narrative' };
    }
  }
  if (c.dct === null) return { y: null, anchor: 'unresolved' };
  const [y, m, d] = ymd(c.dct);
  if (dir === 'this') return { y, anchor: 'publication-date' };
  // "last Oct. 23": the latest one before the publication day; "next March": the first one after it.
  // Session 21: "last February" with no day in a March story is a year back, not the month just ended, which a
  // writer calls "last month" ("two helicopters crashed last February" in a story of March 1; TimeBank reads
  // it so); "last January" in March is still this year's. Only "last", not "the previous February".
  if (dir === 'last')
    return {
      y:
        (month < m || (month === m && day > 0 && day < d)) && !(day === 0 && month === m - 1 && w(c, from) === 'last')
          ? y
          : y - 1,
      anchor: 'publication-date',
    };
  if (dir === 'next') return { y: month > m || (month === m && day > d) ? y : y + 1, anchor: 'publication-date' };
  tense ??= leadTense(c, from, false) ?? tenseNear(c.tokens, c.low, from, to, c.lo, c.hi, true);
  // Months from the publication month to the named one in the same year (days as a fraction).
  const diff = month - m + (day === 0 ? 0 : (day - d) / 31);
  // A past clause points back unless the date is only just ahead (a deadline reported with "said");
  // a future clause points ahead likewise; with no tense cue, the nearest occurrence wins.
  if (tense === 'past') return { y: diff > 1 ? y - 1 : y, anchor: 'publication-date+tense' };
  if (tense === 'future') return { y: diff < -1 ? y + 1 : y, anchor: 'publication-date+tense' };
  if (diff > 6) return { y: y - 1, anchor: 'publication-date' };
  if (diff < -6) return { y: y + 1, anchor: 'publication-date' };
  return { y, anchor: tense === 'none' ? 'publication-date' : 'publication-date+tense' };
}

export const DIRECTION: ReadonlyMap<string, 'last' | 'next' | 'this'> = new Map([
  ['last', 'last'],
  ['past', 'last'],
  ['previous', 'last'],
  ['next', 'next'],
  ['coming', 'next'],
  ['this', 'this'],
  ['current', 'this'],
]);

/** Part of day after a day ("Wednesday night") → suffix `TNI`. */
export function partOfDay(c: GrammarContext, k: number): { suffix: string; end: number } | null {
  const p = PARTS_OF_DAY.get(w(c, k));
  if (p && w(c, k) !== 'overnight') return { suffix: `T${p}`, end: k + 1 };
  return null;
}

/**
 * The quarter a financial text reports on: the first current-or-last quarter it names (its lede), else
 * the quarter the narrative is in. "After a flat second quarter …" does not change what "the
 * year-earlier period" means, and "the third quarter of 1984" never becomes the report's quarter.
 */
export function reportQuarter(c: GrammarContext): Point | null {
  return c.topicQuarter ?? (c.narrative?.grain === 'quarter' ? c.narrative : null);
}
