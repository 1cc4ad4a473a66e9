/**
 * Publication date (document creation time), fixed once per article before any date is resolved
 * (after CoreNLP's DocDateAnnotator). Every place a date can sit is read into a candidate; the candidate
 * from the most specific, most reliable source wins (the order is `SOURCE_RANK`, documented in
 * docs/ingest.md). Never a silent guess and never a day that does not exist: with no candidate the date
 * stays null, a warning says so, and relative dates stay unresolved.
 */
// The English parsers only: `chrono-node`'s root module is the same `strict` parser (`chrono.strict` is
// `en.strict`) but loads every locale, 324 files and about 0.1 s of CPU in each worker thread's start-up.
import * as chronoEn from 'chrono-node/en';
import type { PublicationDate, PublicationSource, Warning } from '../types.js';
import { findDate, isoOf, parseDateValue, type FoundDate } from './dates.js';
import { MONTH_NAMES as WORDS_MONTH_NAMES, WEEKDAY_NAMES as WORDS_WEEKDAY_NAMES } from '../words.js';
import { warning } from '../codes.js';

/** A date value read from page structure (JSON-LD, meta tags, `<time>`, feed items) before text is looked at. */
export interface DateHint {
  source: PublicationSource;
  /** Where exactly: `NewsArticle.datePublished`, `article:published_time`, `time[pubdate]`, `pubDate`, … */
  key: string;
  value: string;
  /** A strong hint of its source (typed JSON-LD article, a published-time meta) rather than a generic one. */
  strong: boolean;
}

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
  /** Dates read from page structure (HTML, feeds), in document order. */
  hints?: DateHint[];
  /** Short lines of a page that the kept text left out (an HTML header's "Published …" line). */
  extraLines?: string[];
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
const LEADING_LINES = 8;
const HAS_DIGIT = /\d/;

/** One possible publication date, with how much its source is trusted. */
interface Candidate {
  date: string;
  time?: string;
  source: PublicationSource;
  /** Higher wins; see `rankOf`. */
  rank: number;
  confidence: number;
  evidence: string;
}

/**
 * Rank and confidence of each kind of source, most trusted first. Structured, publication-specific
 * fields outrank text; text near the top outranks the file name; an "Updated" date is a last resort
 * (the article existed by then, but may be older).
 */
const SOURCE_RANK: Record<string, [number, number]> = {
  'json-ld:strong': [100, 0.97],
  'html-meta:strong': [96, 0.95],
  'feed:strong': [96, 0.95],
  'front-matter:strong': [95, 0.95],
  header: [94, 0.95],
  'json-ld:weak': [90, 0.9],
  'html-time:strong': [88, 0.9],
  'html-meta:weak': [85, 0.9],
  'feed:weak': [85, 0.9],
  'front-matter:weak': [84, 0.85],
  'dateline:wire': [82, 0.9],
  'posted-on': [80, 0.9],
  'dateline:line': [75, 0.9],
  'html-time:weak': [70, 0.8],
  filename: [50, 0.7],
  'dateline:yearless': [45, 0.5],
  'updated-on': [40, 0.5],
};

function candidate(
  kind: keyof typeof SOURCE_RANK,
  source: PublicationSource,
  value: { date: string; time?: string },
  evidence: string,
): Candidate {
  const [rank, confidence] = SOURCE_RANK[kind]!;
  return { ...value, source, rank, confidence, evidence };
}

function impossibleWarning(where: string, value: string): Warning {
  return warning(
    'W_PUBDATE_IMPOSSIBLE',
    `${where} gives ${JSON.stringify(value.slice(0, 80))}, which is not a day of the calendar; ignored`,
  );
}

/** Detects the publication date and says where it came from; adds a warning when none is found. */
export function detectPublicationDate(input: PublicationInput): { publication: PublicationDate; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const candidates: Candidate[] = [];
  const add = (c: Candidate | null) => {
    if (c) candidates.push(c);
  };

  for (const hint of input.hints ?? []) {
    const parsed = parseDateValue(hint.value);
    if (parsed === null) continue;
    if ('impossible' in parsed) {
      warnings.push(impossibleWarning(hint.key, hint.value));
      continue;
    }
    const kind = hint.source === 'updated-on' ? 'updated-on' : `${hint.source}:${hint.strong ? 'strong' : 'weak'}`;
    if (SOURCE_RANK[kind]) add(candidate(kind, hint.source, parsed, `${hint.key}: ${hint.value}`));
  }
  for (const [key, source] of META_KEYS) {
    const raw = input.meta[key];
    if (!raw) continue;
    const parsed = parseDateValue(raw) ?? parseDateLineOrNull(raw);
    if (parsed === null) continue;
    if ('impossible' in parsed) {
      warnings.push(impossibleWarning(key, raw));
      continue;
    }
    const strong = source === 'front-matter' || key !== 'time';
    add(candidate(`${source}:${strong ? 'strong' : 'weak'}`, source, parsed, `${key}: ${raw}`));
  }

  const lines = input.text
    .split('\n', 60)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, LEADING_LINES)
    .concat(input.extraLines ?? []);
  const yearless: Array<{ found: FoundDate; line: string; kind: 'dateline:yearless' }> = [];
  lines.forEach((line, i) => {
    // Earlier lines win among equal sources: a tiny rank nudge keeps the sort stable and meaningful.
    const nudge = -i * 0.01;
    const header = i < 5 ? parseRfc2822Header(line) : null;
    if (header && header.date !== null) {
      add({
        ...candidate('header', 'header', { ...header, date: header.date }, line),
        rank: SOURCE_RANK['header']![0] + nudge,
      });
      return;
    }
    const published = parsePublishedLine(line);
    if (published) {
      if (published.found.impossible) warnings.push(impossibleWarning('the line', published.evidence));
      else if (published.found.year === null)
        yearless.push({ found: published.found, line, kind: 'dateline:yearless' });
      else {
        const kind = published.updated ? 'updated-on' : 'posted-on';
        const c = candidate(kind, kind, dateOf(published.found), published.evidence);
        add({ ...c, rank: c.rank + nudge });
      }
      return;
    }
    const wire = parseWireDateline(line);
    if (wire) {
      if (wire.found.impossible) warnings.push(impossibleWarning('the dateline', wire.evidence));
      else if (wire.found.year === null)
        yearless.push({ found: wire.found, line: wire.evidence, kind: 'dateline:yearless' });
      else {
        const c = candidate('dateline:wire', 'dateline', dateOf(wire.found), wire.evidence);
        add({ ...c, rank: c.rank + nudge });
      }
      return;
    }
    const placed = parsePlaceIsoDateline(line);
    if (placed) {
      const c = candidate('dateline:line', 'dateline', { date: placed.date }, placed.evidence);
      add({ ...c, rank: c.rank + nudge });
      return;
    }
    const parsed = parseDateLineOrNull(line);
    if (parsed) {
      const source = POSTED.test(line) ? 'posted-on' : 'dateline';
      const c = candidate(source === 'posted-on' ? 'posted-on' : 'dateline:line', source, parsed, line);
      add({ ...c, rank: c.rank + nudge });
    }
  });

  const base = input.path.split(/[\\/]/).pop() ?? '';
  const fm = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(base);
  if (fm && validDay(+fm[1]!, +fm[2]!, +fm[3]!))
    add(candidate('filename', 'filename', { date: `${fm[1]}-${fm[2]}-${fm[3]}` }, base));

  // A year-less date line ("20 JUNE", "LONDON, Aug 10 (Reuters) -") completed by a year in the file name.
  const fileYear = /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/.exec(base);
  if (fileYear) {
    const year = +fileYear[1]!;
    for (const y of yearless) {
      if (validDay(year, y.found.month, y.found.day))
        add(
          candidate(
            'dateline:yearless',
            'dateline',
            dateOf({ ...y.found, year }),
            `${y.line} (year ${year} from ${base})`,
          ),
        );
    }
    for (const line of lines) {
      const partial = parseYearlessDateLine(line, year);
      if (partial)
        add(candidate('dateline:yearless', 'dateline', { date: partial }, `${line} (year ${year} from ${base})`));
    }
  } else if (yearless.length > 0 && candidates.length === 0) {
    warnings.push(
      warning(
        'W_PUBDATE_NO_YEAR',
        `the dateline ${JSON.stringify(yearless[0]!.line.slice(0, 80))} gives a day without a year; add the year to the file name or set a publication date`,
      ),
    );
  }

  if (candidates.length > 0) {
    const best = candidates.reduce((a, b) => (b.rank > a.rank ? b : a));
    const publication: PublicationDate = {
      date: best.date,
      source: best.source,
      confidence: best.confidence,
      evidence: best.evidence,
    };
    // A less trusted source of the same day may know the time of day the winner leaves out.
    const time = best.time ?? candidates.find((c) => c.date === best.date && c.time !== undefined)?.time;
    if (time !== undefined) publication.time = time;
    const disagree = candidates.find(
      (c) => c.rank >= 80 && c !== best && c.date !== best.date && c.source !== 'updated-on',
    );
    if (disagree && best.rank >= 80)
      warnings.push(
        warning(
          'W_PUBDATE_CONFLICT',
          `sources disagree on the publication date: kept ${best.date} (${best.source}) over ${disagree.date} (${disagree.source})`,
        ),
      );
    return { publication: reorder(publication), warnings };
  }
  if (input.fallback) {
    warnings.push(
      warning(
        'W_PUBDATE_FALLBACK',
        `no publication date found in the article; used the configured fallback ${input.fallback}`,
      ),
    );
    return { publication: { date: input.fallback, source: 'config', confidence: 0.3 }, warnings };
  }
  warnings.push(
    warning(
      'W_NO_PUBDATE',
      'no publication date found (dateline, "Published" line, front matter, HTML meta, JSON-LD or file name); relative dates stay unresolved. Add a date line or set "fallbackPublicationDate" in the config',
    ),
  );
  return { publication: { date: null, source: 'none', confidence: 0 }, warnings };
}

/** Field order of a publication object, fixed so records are byte-stable. */
function reorder(p: PublicationDate): PublicationDate {
  return {
    date: p.date,
    ...(p.time !== undefined ? { time: p.time } : {}),
    source: p.source,
    confidence: p.confidence,
    ...(p.evidence !== undefined ? { evidence: p.evidence } : {}),
  };
}

function dateOf(f: FoundDate): { date: string; time?: string } {
  return { date: isoOf(f), ...(f.time ? { time: f.time } : {}) };
}

function parseDateLineOrNull(raw: string): { date: string; time?: string } | null {
  const p = parseDateLine(raw);
  return p && p.date !== null ? { date: p.date, ...(p.time ? { time: p.time } : {}) } : null;
}

/** Words that may sit inside a place name in lower case ("Bosnia and Herzegovina", "Rio de Janeiro"). */
const PLACE_CONNECTORS = new Set([
  'de',
  'da',
  'do',
  'du',
  'del',
  'la',
  'le',
  'el',
  'al',
  'of',
  'and',
  'upon',
  'on',
  'sur',
  'am',
  'an',
  'es',
  'in',
  'the',
]);

/**
 * The words of a dateline's place (its comma-separated parts: city, region, country), or null when they
 * cannot be a place: more than four parts or eight words, or a word neither capitalised nor a connector.
 */
function placeWords(parts: readonly string[]): string[] | null {
  if (parts.length > 4) return null;
  const words = parts.flatMap((p) => p.split(/[\s]+/));
  if (words.length > 8) return null;
  for (const w of words) {
    if (PLACE_CONNECTORS.has(w.toLowerCase()) && w === w.toLowerCase()) continue;
    if (!/^[\p{Lu}][\p{L}.'’-]*$/u.test(w)) return null;
  }
  return words;
}

/** A place written the wire way: its first word in capitals ("PARAMARIBO", "NEW YORK"). */
function wireCased(words: readonly string[]): boolean {
  return words.length > 0 && /^[\p{Lu}]{2,}/u.test(words[0]!) && words[0] === words[0]!.toUpperCase();
}

/**
 * A place written the wire way and an ISO date, alone on a line: the dateline of wire archives
 * ("PARAMARIBO, Surinam 1996-08-21", "JERUSALEM, Israel 1996-08-21"). A date line must be mostly date
 * (`parseDateLine`), which refuses a place of more than a dozen letters; here the place's shape is the
 * evidence instead, so a long city or a city with its country is read as a short one is. Exported for tests.
 */
export function parsePlaceIsoDateline(line: string): { date: string; evidence: string } | null {
  if (line.length > 80) return null;
  const m = PLACE_ISO.exec(line);
  if (!m || !validDay(+m[2]!, +m[3]!, +m[4]!)) return null;
  const words = placeWords(
    m[1]!
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  );
  if (words === null || !wireCased(words)) return null;
  return { date: `${m[2]}-${m[3]}-${m[4]}`, evidence: line };
}

/**
 * A wire dateline at the start of a line: place (city, optional region or country), a date in any of
 * the common orders, an agency in parentheses or slashes, then a dash or em dash:
 * `ANKARA, Turkey, Aug. 10, 2025 (Reuters) -`, `10 August 2025, PARIS (AFP) –`, `LONDON, Aug 10 (Reuters) -`,
 * `NEW YORK, Aug. 10, 2025 /PRNewswire/ --`, `WASHINGTON, Aug. 10, 2025 —`. Returns the date found (possibly
 * year-less or impossible, for the caller to judge) and the dateline text; null when the line does not
 * start with a dateline that carries a date. Exported for tests.
 */
export function parseWireDateline(line: string): { found: FoundDate; evidence: string } | null {
  const m =
    /^\s*([^()\n/]{1,110}?)\s*(\((?:[A-Za-z][A-Za-z0-9 .&'’-]{0,40})\)|\/[A-Za-z][^/\n]{0,40}\/)?\s*(?:--|—|–|-(?=\s)|:(?=\s))\s*\S/.exec(
      line.slice(0, 220),
    );
  if (!m) return null;
  const head = m[1]!;
  const agency = m[2];
  const found = findDate(head);
  if (!found) return null;
  const place = (head.slice(0, found.start) + ' , ' + head.slice(found.end))
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, ' ')
    .replace(/\s+/g, ' ')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const words = placeWords(place);
  if (words === null) return null;
  // Without an agency, a dateline needs a place written the wire way (upper case) or a place and a date
  // together: "Aug. 10, 2025 - Talks…" alone could be a line of the article.
  const upperPlace = wireCased(words);
  if (!agency && !upperPlace && words.length === 0) return null;
  if (!agency && !upperPlace && found.year === null) return null;
  return { found, evidence: line.slice(0, m[0].length - 1).trim() };
}

/**
 * A "Published"/"Posted"/"Updated" line: `Published: 10 August 2025`, `By Jane Doe | Published Aug 10, 2025`,
 * `Published 3:14 PM EDT, Sun August 10, 2025`, `Published 10 Aug 2025 · Updated 11 Aug 2025`. A published
 * date wins over an updated one on the same line. Exported for tests.
 */
export function parsePublishedLine(line: string): { found: FoundDate; updated: boolean; evidence: string } | null {
  const s = line.slice(0, 200);
  const re =
    /(^|[|·•,—–-]\s*|\s{2,}|\s)(first published|originally published|published|posted|last updated|updated|last modified|modified)\b(?:\s+on)?\s*:?/gi;
  const marks: Array<{ at: number; after: number; updated: boolean }> = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const kw = m[2]!;
    const atStart = m.index === 0 && m[1] === '';
    // Inside a line only a capitalised keyword counts ("… | Published …"), not a verb in a sentence.
    if (!atStart && !/^[A-Z]/.test(kw)) continue;
    if (!atStart && m[1] === ' ' && !/^[A-Z]/.test(kw)) continue;
    marks.push({ at: m.index + m[1]!.length, after: m.index + m[0].length, updated: /updated|modified/i.test(kw) });
  }
  if (marks.length === 0) return null;
  // A long line whose keyword is not at its start is a sentence of the article.
  if (marks[0]!.at > 0 && s.length > 120) return null;
  let best: { found: FoundDate; updated: boolean; evidence: string } | null = null;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const until = i + 1 < marks.length ? marks[i + 1]!.at : s.length;
    // The date may come just before the keyword's end too ("3:14 PM EDT, Sun August 10, 2025" follows it).
    const segment = s.slice(mark.after, until);
    const found = findDate(segment.slice(0, 80));
    if (!found) continue;
    const candidate = { found, updated: mark.updated, evidence: s.slice(mark.at, until).trim() };
    if (!mark.updated) return candidate;
    best ??= candidate;
  }
  return best;
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
  const results = chronoEn.strict.parse(line);
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

const MONTH_NAMES = WORDS_MONTH_NAMES.map((m) => m.toLowerCase());
const WEEKDAY_NAMES = WORDS_WEEKDAY_NAMES.map((d) => d.toLowerCase());
/** "Thursday, June 20, 2024" or "June 20, 2024", whole line. */
const WRITTEN_DATE = new RegExp(
  `^(?:(?:${WEEKDAY_NAMES.join('|')}), )?(${MONTH_NAMES.join('|')}) (\\d{1,2}), ((?:19|20)\\d{2})$`,
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
  ...WEEKDAY_NAMES,
  'sun',
  'mon',
  'tue',
  'tues',
  'wed',
  'thurs',
  'thur',
  'thu',
  'fri',
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
