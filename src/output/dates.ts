/**
 * TimeML values → calendar intervals an analytics engine understands. A TIMEX3 value names a day, a week, a
 * month, a quarter, a half, a season, a year, a decade or a century; tables store the first and last day of
 * that interval as real dates (`date_start`, `date_end`, both inclusive) beside the original value, so
 * `WHERE date_start <= DATE '2025-03-31' AND date_end >= DATE '2025-01-01'` finds everything that may fall
 * in 2025's first quarter. Values that denote no interval (`PRESENT_REF`, durations, `XXXX-…`) give null.
 */

/** Unit a TimeML value is expressed in, coarsest last. Finer values (hours, parts of day) count as days. */
export type IntervalPrecision =
  'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** The interval a value denotes: first and last day (inclusive), as `YYYY-MM-DD`. */
export interface DateInterval {
  start: string;
  end: string;
  precision: IntervalPrecision;
}

/** Date columns of a table row: the original value and, when it denotes one, its interval. */
export interface DateColumns {
  value: string | null;
  start: string | null;
  end: string | null;
  precision: IntervalPrecision | null;
}

const MS_PER_DAY = 86_400_000;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 of a proleptic Gregorian date (UTC, so no time zone can shift it). */
function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function isoDay(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}

/** True when `YYYY-MM-DD` names a day that exists (no 2025-02-30). */
export function isValidDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function span(year: number, fromMonth: number, toYear: number, toMonth: number, precision: IntervalPrecision) {
  return {
    start: isoDay(dayNumber(year, fromMonth, 1)),
    end: isoDay(dayNumber(toYear, toMonth, daysInMonth(toYear, toMonth))),
    precision,
  };
}

/** Monday of ISO week 1 of `year`: the week holding the year's first Thursday (4 January is always in it). */
function isoWeekOneMonday(year: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const weekday = (((jan4 + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
  return jan4 - weekday;
}

/** Number of ISO weeks in a year (52 or 53). */
export function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7;
}

/** Meteorological seasons of the northern hemisphere; winter runs from December into the next year. */
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/**
 * The interval a TIMEX3 value denotes, or null when it denotes none. Handles `YYYY-MM-DD` (with an optional
 * `T…` time or part of day), `YYYY-Www` (ISO 8601 weeks), `YYYY-Www-D`, `YYYY-Www-WE` (the weekend),
 * `YYYY-MM`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-SP|SU|FA|WI`, `YYYY`, `YYY` or `YYYX` (decade), `YY` or `YYXX`
 * (century). Years run from 0001 to 9999; an impossible day or week gives null.
 */
export function timemlInterval(value: string | null | undefined): DateInterval | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d){0,2}(?:\.\d+)?))?$/.exec(
    value,
  );
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (Number(m[1]) < 1 || !isValidDay(day)) return null;
    return { start: day, end: day, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})(?:-(\d|WE))?$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (year < 1 || week < 1 || week > isoWeeksInYear(year)) return null;
    const monday = isoWeekOneMonday(year) + (week - 1) * 7;
    if (m[3] === undefined) return { start: isoDay(monday), end: isoDay(monday + 6), precision: 'week' };
    if (m[3] === 'WE') return { start: isoDay(monday + 5), end: isoDay(monday + 6), precision: 'week' };
    const weekday = Number(m[3]);
    if (weekday < 1 || weekday > 7) return null;
    const day = isoDay(monday + weekday - 1);
    return { start: day, end: day, precision: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (year < 1 || month < 1 || month > 12) return null;
    return span(year, month, year, month, 'month');
  }
  m = /^(\d{4})-([QH])(\d)$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const n = Number(m[3]);
    const months = m[2] === 'Q' ? 3 : 6;
    if (year < 1 || n < 1 || n > 12 / months) return null;
    return span(year, (n - 1) * months + 1, year, n * months, m[2] === 'Q' ? 'quarter' : 'half');
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const [from, to] = SEASONS[m[2]!]!;
    if (year < 1 || (to < from && year >= 9999)) return null;
    return span(year, from, to < from ? year + 1 : year, to, 'season');
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    return year < 1 ? null : span(year, 1, year, 12, 'year');
  }
  m = /^(\d{3})X?$/.exec(value);
  if (m) {
    const first = Math.max(1, Number(m[1]) * 10);
    return span(first, 1, Number(m[1]) * 10 + 9, 12, 'decade');
  }
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) {
    const first = Math.max(1, Number(m[1]) * 100);
    return span(first, 1, Number(m[1]) * 100 + 99, 12, 'century');
  }
  return null;
}

/** The date columns for a value: the interval when it denotes one, nulls otherwise, and the value itself. */
export function dateColumns(value: string | null | undefined): DateColumns {
  const interval = timemlInterval(value);
  return {
    value: value ?? null,
    start: interval?.start ?? null,
    end: interval?.end ?? null,
    precision: interval?.precision ?? null,
  };
}
