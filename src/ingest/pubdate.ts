/**
 * Publication date (document creation time), fixed once per article before any date is resolved
 * (after CoreNLP's DocDateAnnotator). Sources, most trusted first: front matter / HTML meta, an RFC 2822
 * `Date:` header, a "Posted on …" line or a date line at the top of the text, a date in the file name
 * (which also completes a year-less date line such as `20 JUNE`), the configured fallback. Never a
 * silent guess: with none of these the date stays null, a warning says so, and relative dates stay
 * unresolved.
 */
import * as chrono from 'chrono-node';
import type { PublicationDate, Warning } from '../types.js';

/** Everything the detector may look at. */
export interface PublicationInput {
  /** Decoded text body (after front matter). */
  text: string;
  /** Front matter fields or HTML meta tags, lower-cased keys. */
  meta: Record<string, string>;
  /** The file's path (its base name may carry a date). */
  path: string;
  /** `YYYY-MM-DD` to use when nothing is found, or null. */
  fallback: string | null;
}

const META_KEYS: Array<[string, PublicationDate['source']]> = [
  ['date', 'front-matter'],
  ['published', 'front-matter'],
  ['pubdate', 'front-matter'],
  ['publication_date', 'front-matter'],
  ['article:published_time', 'html-meta'],
  ['datepublished', 'html-meta'],
  ['og:published_time', 'html-meta'],
  ['dc.date', 'html-meta'],
  ['dcterms.created', 'html-meta'],
  ['time', 'html-meta'],
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
const LEADING_LINES = 5;
const HAS_DIGIT = /\d/;

/** Detects the publication date and says where it came from; adds a warning when none is found. */
export function detectPublicationDate(input: PublicationInput): { publication: PublicationDate; warnings: Warning[] } {
  for (const [key, source] of META_KEYS) {
    const raw = input.meta[key];
    if (!raw) continue;
    const parsed = parseDateString(raw);
    if (parsed)
      return { publication: { ...parsed, source, confidence: 0.95, evidence: `${key}: ${raw}` }, warnings: [] };
  }
  const lines = input.text
    .split('\n', 40)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, LEADING_LINES);
  for (const line of lines) {
    const header = parseRfc2822Header(line);
    if (header) return { publication: { ...header, source: 'header', confidence: 0.95, evidence: line }, warnings: [] };
  }
  for (const line of lines) {
    const parsed = parseDateLine(line);
    if (!parsed) continue;
    const source = POSTED.test(line) ? 'posted-on' : 'dateline';
    return { publication: { ...parsed, source, confidence: 0.9, evidence: line }, warnings: [] };
  }
  const base = input.path.split(/[\\/]/).pop() ?? '';
  const fm = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(base);
  if (fm && validDay(+fm[1]!, +fm[2]!, +fm[3]!)) {
    return {
      publication: { date: `${fm[1]}-${fm[2]}-${fm[3]}`, source: 'filename', confidence: 0.7, evidence: base },
      warnings: [],
    };
  }
  // A year-less date line ("20 JUNE") completed by a year in the file name ("report-2024.txt").
  const fileYear = /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/.exec(base);
  if (fileYear) {
    for (const line of lines) {
      const partial = parseYearlessDateLine(line, +fileYear[1]!);
      if (partial)
        return {
          publication: {
            date: partial,
            source: 'dateline',
            confidence: 0.5,
            evidence: `${line} (year ${fileYear[1]} from ${base})`,
          },
          warnings: [],
        };
    }
  }
  if (input.fallback) {
    return {
      publication: { date: input.fallback, source: 'config', confidence: 0.3 },
      warnings: [
        {
          stage: 'ingest',
          code: 'W_PUBDATE_FALLBACK',
          message: `no publication date found in the article; used the configured fallback ${input.fallback}`,
        },
      ],
    };
  }
  return {
    publication: { date: null, source: 'none', confidence: 0 },
    warnings: [
      {
        stage: 'ingest',
        code: 'W_NO_PUBDATE',
        message:
          'no publication date found (date line, front matter, HTML meta or file name); relative dates stay unresolved. Add a date line or set "fallbackPublicationDate" in the config',
      },
    ],
  };
}

const POSTED = /^(posted|published|updated|first published)\b/i;
const MONTHS_3 = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** An RFC 2822 header line: `Date: Thu, 20 Jun 2024 15:14:00 +0000`. The time is kept as written. */
function parseRfc2822Header(line: string): Pick<PublicationDate, 'date' | 'time'> | null {
  const m = /^date:\s*(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{2}):(\d{2}))?/i.exec(line);
  if (!m) return null;
  const month = MONTHS_3.indexOf(m[2]!.toLowerCase()) + 1;
  const y = +m[3]!;
  const d = +m[1]!;
  if (month === 0 || !validDay(y, month, d)) return null;
  return { date: `${y}-${pad2(month)}-${d.toString().padStart(2, '0')}`, ...(m[4] ? { time: `${m[4]}:${m[5]}` } : {}) };
}

/** A short line holding only a day and a month ("20 JUNE", "June 20"), dated in `year`. */
function parseYearlessDateLine(line: string, year: number): string | null {
  if (line.length > 40) return null;
  const tail = /(?:^|[,|–-]\s*)(\d{1,2})\s+([a-z]{3,9})\.?\s*$|(?:^|[,|–-]\s*)([a-z]{3,9})\.?\s+(\d{1,2})\s*$/i.exec(
    line,
  );
  if (!tail) return null;
  const day = +(tail[1] ?? tail[4]!);
  const month = MONTHS_3.indexOf((tail[2] ?? tail[3]!).slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || !validDay(year, month, day)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Parses an ISO-like or free-form absolute date string (meta values). */
function parseDateString(raw: string): Pick<PublicationDate, 'date' | 'time'> | null {
  const iso = ISO.exec(raw.trim());
  if (iso && validDay(+iso[1]!, +iso[2]!, +iso[3]!)) {
    return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, ...(iso[4] ? { time: `${iso[4]}:${iso[5]}` } : {}) };
  }
  return parseDateLine(raw);
}

/**
 * A date line: a short line that is mostly one absolute date with a year ("Thursday, June 20, 2024",
 * "June 20, 2024 at 3:14 PM", "2024-06-20", "Posted on 20 June 2024"). Exported for tests.
 */
export function parseDateLine(line: string): Pick<PublicationDate, 'date' | 'time'> | null {
  if (line.length > 80) return null;
  const iso = ISO.exec(line);
  if (iso && validDay(+iso[1]!, +iso[2]!, +iso[3]!) && line.length <= 25) {
    return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, ...(iso[4] ? { time: `${iso[4]}:${iso[5]}` } : {}) };
  }
  // chrono (strict) takes a year only from digits once relative dates are refused, so a line without
  // a digit, such as most headlines above a date line, is no date line: skip its parsers.
  if (!HAS_DIGIT.test(line)) return null;
  const common = commonDateLine(line);
  return common !== undefined ? common : parseDateLineByChrono(line);
}

/** The date line as chrono reads it (the general path of `parseDateLine`; exported for tests). */
export function parseDateLineByChrono(line: string): Pick<PublicationDate, 'date' | 'time'> | null {
  const results = chrono.strict.parse(line);
  const r = results[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  // "3 days ago" or "within a week" is counted from the moment of parsing: chrono marks every
  // component certain, but the date is the clock's, not the article's.
  if (r.tags().has('result/relativeDate')) return null;
  if (!mostlyDate(line, r.text)) return null;
  const y = r.start.get('year')!,
    m = r.start.get('month')!,
    d = r.start.get('day')!;
  const out: Pick<PublicationDate, 'date' | 'time'> = { date: `${y}-${pad2(m)}-${pad2(d)}` };
  if (r.start.isCertain('hour')) out.time = `${pad2(r.start.get('hour')!)}:${pad2(r.start.get('minute') ?? 0)}`;
  return out;
}

/** True when little but `dated` is left of the line: at most 12 characters besides a "Posted on" lead and separators. */
function mostlyDate(line: string, dated: string): boolean {
  const rest = line
    .replace(dated, '')
    .replace(/^(posted|published|updated)?\s*(on)?\s*[,:|–-]?\s*/i, '')
    .replace(/[\s,.|–-]+/g, '');
  return rest.length <= 12;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "Thursday, June 20, 2024" or "June 20, 2024", whole line. */
const WRITTEN_DATE = new RegExp(
  `^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), )?(${MONTH_NAMES.join('|')}) (\\d{1,2}), ((?:19|20)\\d{2})$`,
  'i',
);
/** A wire dateline: a place, then an ISO date ("SYDNEY 1996-08-23", "BONN, Germany 1996-08-23"). */
const PLACE_ISO = /^([A-Za-z][A-Za-z .,'-]*) ((?:19|20)\d{2})-(\d{2})-(\d{2})$/;
/**
 * Words chrono (strict) could read as, or as part of, a date or time: weekdays, months, time units,
 * number words, relative and range words, times of day. A place before an ISO date holds none of them,
 * so chrono's first result is the ISO date itself.
 */
const DATE_WORDS: ReadonlySet<string> = new Set([
  'sunday',
  'sun',
  'monday',
  'mon',
  'tuesday',
  'tue',
  'tues',
  'wednesday',
  'wed',
  'thursday',
  'thurs',
  'thur',
  'thu',
  'friday',
  'fri',
  'saturday',
  'sat',
  'weekend',
  'weekday',
  ...MONTH_NAMES,
  ...MONTHS_3,
  'sept',
  's',
  'sec',
  'second',
  'seconds',
  'm',
  'min',
  'mins',
  'minute',
  'minutes',
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'd',
  'day',
  'days',
  'w',
  'week',
  'weeks',
  'mo',
  'mos',
  'month',
  'months',
  'qtr',
  'quarter',
  'quarters',
  'y',
  'yr',
  'year',
  'years',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'a',
  'an',
  'the',
  'few',
  'several',
  'couple',
  'half',
  'about',
  'around',
  'ago',
  'later',
  'before',
  'after',
  'earlier',
  'within',
  'in',
  'for',
  'from',
  'now',
  'hence',
  'on',
  'at',
  'by',
  'to',
  'until',
  'till',
  'through',
  'and',
  'noon',
  'midnight',
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
  'this',
  'last',
  'past',
  'next',
  'morning',
  'evening',
  'afternoon',
  'night',
  'am',
  'pm',
  'a.m',
  'p.m',
  'o',
  'clock',
  'be',
  'ad',
  'bc',
  'bce',
  'ce',
]);

/**
 * The two date-line shapes the wires write most, read without chrono: the same result as
 * `parseDateLineByChrono` (a property test pins it), without running its dozens of parsers on every
 * article. `undefined` when the line has another shape.
 */
function commonDateLine(line: string): Pick<PublicationDate, 'date' | 'time'> | null | undefined {
  const written = WRITTEN_DATE.exec(line);
  if (written) {
    const y = +written[3]!,
      m = MONTH_NAMES.indexOf(written[1]!.toLowerCase()) + 1,
      d = +written[2]!;
    return validDay(y, m, d) ? { date: `${y}-${pad2(m)}-${pad2(d)}` } : undefined;
  }
  const placed = PLACE_ISO.exec(line);
  if (!placed || !validDay(+placed[2]!, +placed[3]!, +placed[4]!)) return undefined;
  for (const word of placed[1]!.toLowerCase().split(/[^a-z]+/)) if (DATE_WORDS.has(word)) return undefined;
  return mostlyDate(line, `${placed[2]}-${placed[3]}-${placed[4]}`)
    ? { date: `${placed[2]}-${placed[3]}-${placed[4]}` }
    : null;
}
