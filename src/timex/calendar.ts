/**
 * Calendar points as integers: a point is a grain plus a linear index (days since 1970-01-01, ISO weeks
 * since the week of 1970-01-01, months since year 0, …), so "last week" is `index - 1` at week grain and
 * year boundaries and leap days fall out of `Date.UTC`.
 */
export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** A calendar unit at some grain. `index` is linear: adding 1 moves one unit forward. */
export interface Point {
  grain: Grain;
  index: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function dayIndex(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** `[year, month, day]` for a day index. */
export function ymd(day: number): [number, number, number] {
  const dt = new Date(day * DAY_MS);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

/** ISO weekday (Monday 1 … Sunday 7); 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** True for a real calendar date (rejects 2023-02-29). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return ymd(dayIndex(year, month, day))[2] === day;
}

/** Parses `YYYY-MM-DD` to a day index. */
export function parseDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isValidDate(+m[1]!, +m[2]!, +m[3]!)) return null;
  return dayIndex(+m[1]!, +m[2]!, +m[3]!);
}

const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];

/** The point of `grain` that contains `day`. */
export function pointOf(day: number, grain: Grain): Point {
  const [y, m] = ymd(day);
  switch (grain) {
    case 'day':
      return { grain, index: day };
    case 'week':
      return { grain, index: Math.floor((day + 3) / 7) };
    case 'month':
      return { grain, index: y * 12 + m - 1 };
    case 'quarter':
      return { grain, index: y * 4 + Math.floor((m - 1) / 3) };
    case 'half':
      return { grain, index: y * 2 + (m > 6 ? 1 : 0) };
    // Winter belongs to the year of its December (Jan/Feb are the previous year's winter).
    case 'season':
      return { grain, index: m <= 2 ? (y - 1) * 4 + 3 : y * 4 + Math.min(3, Math.floor((m - 3) / 3)) };
    case 'year':
      return { grain, index: y };
    case 'decade':
      return { grain, index: Math.floor(y / 10) };
    case 'century':
      return { grain, index: Math.floor(y / 100) };
  }
}

/** First day (day index) of a point. */
export function firstDay(p: Point): number {
  switch (p.grain) {
    case 'day':
      return p.index;
    case 'week':
      return p.index * 7 - 3;
    case 'month':
      return dayIndex(Math.floor(p.index / 12), (p.index % 12) + 1, 1);
    case 'quarter':
      return dayIndex(Math.floor(p.index / 4), (p.index % 4) * 3 + 1, 1);
    case 'half':
      return dayIndex(Math.floor(p.index / 2), (p.index % 2) * 6 + 1, 1);
    case 'season':
      return dayIndex(Math.floor(p.index / 4), (p.index % 4) * 3 + 3, 1);
    case 'year':
      return dayIndex(p.index, 1, 1);
    case 'decade':
      return dayIndex(p.index * 10, 1, 1);
    case 'century':
      return dayIndex(p.index * 100, 1, 1);
  }
}

/** Moves a point by `n` units of its own grain. */
export function shift(p: Point, n: number): Point {
  return { grain: p.grain, index: p.index + n };
}

/** Re-expresses a point at another grain (the unit containing its first day). */
export function regrain(p: Point, grain: Grain): Point {
  return p.grain === grain ? p : pointOf(firstDay(p), grain);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** TIMEX3 value of a point: `2024-06-19`, `2024-W25`, `2024-06`, `2024-Q1`, `2024-H2`, `2024-SU`, `2024`, `199`, `19`. */
export function formatPoint(p: Point): string {
  switch (p.grain) {
    case 'day': {
      const [y, m, d] = ymd(p.index);
      return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    }
    case 'week': {
      const thursday = p.index * 7;
      const [y] = ymd(thursday);
      return `${pad(y, 4)}-W${pad(Math.floor((thursday - dayIndex(y, 1, 1)) / 7) + 1)}`;
    }
    case 'month':
      return `${pad(Math.floor(p.index / 12), 4)}-${pad((p.index % 12) + 1)}`;
    case 'quarter':
      return `${pad(Math.floor(p.index / 4), 4)}-Q${(p.index % 4) + 1}`;
    case 'half':
      return `${pad(Math.floor(p.index / 2), 4)}-H${(p.index % 2) + 1}`;
    case 'season':
      return `${pad(Math.floor(p.index / 4), 4)}-${SEASON_CODES[p.index % 4]}`;
    case 'year':
      return pad(p.index, 4);
    case 'decade':
      return pad(p.index, 3);
    case 'century':
      return pad(p.index, 2);
  }
}

/** Season point from a year and a code (`SU`). */
export function seasonPoint(year: number, code: string): Point {
  return { grain: 'season', index: year * 4 + SEASON_CODES.indexOf(code) };
}
