/**
 * Publication date (document creation time), fixed once per article before any date is resolved
 * (after CoreNLP's DocDateAnnotator). Sources, most trusted first: front matter / HTML meta, a date line
 * at the top of the text, a date in the file name, the configured fallback. Never a silent guess.
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
  ['date', 'front-matter'], ['published', 'front-matter'], ['pubdate', 'front-matter'], ['publication_date', 'front-matter'],
  ['article:published_time', 'html-meta'], ['datepublished', 'html-meta'], ['og:published_time', 'html-meta'],
  ['dc.date', 'html-meta'], ['dcterms.created', 'html-meta'], ['time', 'html-meta'],
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
const LEADING_LINES = 5;

/** Detects the publication date and says where it came from; adds a warning when none is found. */
export function detectPublicationDate(input: PublicationInput): { publication: PublicationDate; warnings: Warning[] } {
  for (const [key, source] of META_KEYS) {
    const raw = input.meta[key];
    if (!raw) continue;
    const parsed = parseDateString(raw);
    if (parsed) return { publication: { ...parsed, source, confidence: 0.95, evidence: `${key}: ${raw}` }, warnings: [] };
  }
  const lines = input.text.split('\n', 40).map((l) => l.trim()).filter((l) => l !== '').slice(0, LEADING_LINES);
  for (const line of lines) {
    const parsed = parseDateLine(line);
    if (parsed) return { publication: { ...parsed, source: 'dateline', confidence: 0.9, evidence: line }, warnings: [] };
  }
  const base = input.path.split(/[\\/]/).pop() ?? '';
  const fm = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(base);
  if (fm && validDay(+fm[1]!, +fm[2]!, +fm[3]!)) {
    return { publication: { date: `${fm[1]}-${fm[2]}-${fm[3]}`, source: 'filename', confidence: 0.7, evidence: base }, warnings: [] };
  }
  if (input.fallback) {
    return {
      publication: { date: input.fallback, source: 'config', confidence: 0.3 },
      warnings: [{ stage: 'ingest', code: 'W_PUBDATE_FALLBACK', message: `no publication date found in the article; used the configured fallback ${input.fallback}` }],
    };
  }
  return {
    publication: { date: null, source: 'none', confidence: 0 },
    warnings: [{ stage: 'ingest', code: 'W_NO_PUBDATE', message: 'no publication date found (date line, front matter, HTML meta or file name); relative dates stay unresolved. Add a date line or set "fallbackPublicationDate" in the config' }],
  };
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
 * "June 20, 2024 at 3:14 PM", "2024-06-20", "Posted on 20 June 2024").
 */
function parseDateLine(line: string): Pick<PublicationDate, 'date' | 'time'> | null {
  if (line.length > 80) return null;
  const iso = ISO.exec(line);
  if (iso && validDay(+iso[1]!, +iso[2]!, +iso[3]!) && line.length <= 25) {
    return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, ...(iso[4] ? { time: `${iso[4]}:${iso[5]}` } : {}) };
  }
  const results = chrono.strict.parse(line);
  const r = results[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const rest = line.replace(r.text, '').replace(/^(posted|published|updated)?\s*(on)?\s*[,:|–-]?\s*/i, '').replace(/[\s,.|–-]+/g, '');
  if (rest.length > 12) return null;
  const y = r.start.get('year')!, m = r.start.get('month')!, d = r.start.get('day')!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: Pick<PublicationDate, 'date' | 'time'> = { date: `${y}-${pad(m)}-${pad(d)}` };
  if (r.start.isCertain('hour')) out.time = `${pad(r.start.get('hour')!)}:${pad(r.start.get('minute') ?? 0)}`;
  return out;
}
