/**
 * Absolute dates as news pages and wires write them ("Aug. 10, 2025", "10 August 2025", "2025-08-10",
 * "Sun 10 Aug 2025 14.32 BST"), read without chrono. Pure functions; a date that does not exist on the
 * calendar (February 30) is reported as impossible, never returned.
 */

/** A calendar date found in a string, with where it was found. */
export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  /** `HH:MM` when a time of day follows or precedes the date closely. */
  time?: string;
  start: number;
  end: number;
  /** True when the day does not exist in that month (or year, for 29 February). */
  impossible: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|2[01])\\d{2})';
const TIME = '(\\d{1,2})[:.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?';

/** Ordered: shapes with a year before the year-less ones, so "Aug 10, 2025" is not read as "Aug 10". */
const SHAPES: Array<{ re: RegExp; y: number; m: number; d: number; monthIsName: boolean }> = [
  { re: new RegExp(`\\b${YEAR}-(\\d{1,2})-(\\d{1,2})(?![\\d])`, 'gi'), y: 1, m: 2, d: 3, monthIsName: false },
  { re: new RegExp(`\\b${YEAR}/(\\d{1,2})/(\\d{1,2})(?![\\d])`, 'gi'), y: 1, m: 2, d: 3, monthIsName: false },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), y: 3, m: 1, d: 2, monthIsName: true },
  { re: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'), y: 3, m: 2, d: 1, monthIsName: true },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?![,:.]?\\s*\\d)`, 'gi'), y: 0, m: 1, d: 2, monthIsName: true },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH}(?![a-z])`, 'gi'), y: 0, m: 2, d: 1, monthIsName: true },
];

/** True when `y-m-d` exists on the (proleptic Gregorian) calendar. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a found date with a year. */
export function isoOf(f: { year: number | null; month: number; day: number }): string {
  return `${f.year}-${pad2(f.month)}-${pad2(f.day)}`;
}

/**
 * The first absolute date in `s` (earliest position; at one position, a shape with a year wins).
 * Year-less dates ("Aug 10") are returned with `year: null`. Returns null when there is none.
 */
export function findDate(s: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    const m = shape.re.exec(s);
    if (!m) continue;
    if (best !== null && m.index >= best.start) continue;
    const month = shape.monthIsName ? MONTHS[m[shape.m]!.toLowerCase()]! : +m[shape.m]!;
    const day = +m[shape.d]!;
    const year = shape.y === 0 ? null : +m[shape.y]!;
    if (month === undefined || day === 0) continue;
    const impossible = !isRealDate(year ?? 2000, month, day);
    best = { year, month, day, start: m.index, end: m.index + m[0].length, impossible };
  }
  if (best) {
    const time = timeNear(s, best.start, best.end);
    if (time) best.time = time;
  }
  return best;
}

/** A time of day within a few characters after (or before) the date: "Aug 10, 2025 14:32", "3:14 PM EDT, Aug 10". */
function timeNear(s: string, start: number, end: number): string | undefined {
  const after = new RegExp(`^[\\s,]*(?:at\\s+)?${TIME}`, 'i').exec(s.slice(end, end + 24));
  const before = new RegExp(`${TIME}(?:\\s*[A-Z]{2,4})?[\\s,]*(?:on\\s+)?(?:[A-Za-z]{3,9},?\\s+)?$`, 'i').exec(
    s.slice(Math.max(0, start - 30), start),
  );
  const m = after ?? before;
  if (!m) return undefined;
  let h = +m[1]!;
  const min = +m[2]!;
  if (m[3]) {
    if (h < 1 || h > 12) return undefined;
    if (m[3].toLowerCase() === 'p' && h !== 12) h += 12;
    if (m[3].toLowerCase() === 'a' && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return undefined;
  return `${pad2(h)}:${pad2(min)}`;
}

/**
 * A machine-readable date value (ISO 8601 as in meta tags, JSON-LD, `<time datetime>`; RFC 2822 as in
 * RSS; or a written date). The date is kept as written, in the zone the page gives, not moved to UTC.
 * `impossible` is true when the value has a date shape but no such day exists.
 */
export function parseDateValue(raw: string): { date: string; time?: string } | { impossible: true } | null {
  const s = raw.trim();
  const iso = /^((?:1[89]|2[01])\d{2})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2}))?/.exec(s);
  if (iso) {
    const [y, m, d] = [+iso[1]!, +iso[2]!, +iso[3]!];
    if (!isRealDate(y, m, d)) return { impossible: true };
    if (iso[4] !== undefined && (+iso[4] > 23 || +iso[5]! > 59)) return { date: isoOf({ year: y, month: m, day: d }) };
    return { date: isoOf({ year: y, month: m, day: d }), ...(iso[4] ? { time: `${iso[4]}:${iso[5]}` } : {}) };
  }
  // Unix time in seconds or milliseconds (some CMSs write it into meta tags).
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const dt = new Date(s.length === 10 ? +s * 1000 : +s);
    return { date: dt.toISOString().slice(0, 10), time: dt.toISOString().slice(11, 16) };
  }
  if (s.length > 120) return null;
  const f = findDate(s);
  if (!f || f.year === null) return null;
  if (f.impossible) return { impossible: true };
  return { date: isoOf(f), ...(f.time ? { time: f.time } : {}) };
}

/**
 * Why a user-given `YYYY-MM-DD` date is unusable (wrong shape, or a day the calendar does not have),
 * or null when it is fine. For the `--publication-date` flag and the `fallbackPublicationDate` key.
 */
export function userDateProblem(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `${JSON.stringify(value)} is not a date of the form YYYY-MM-DD (e.g. 2024-06-20)`;
  if (!isRealDate(+m[1]!, +m[2]!, +m[3]!))
    return `${JSON.stringify(value)} is not a day of the calendar (month 01–12, and a day that month has)`;
  return null;
}
