/** The ingest gold set's entry shape and its fixed dev / held-out split. */
import { createHash } from 'node:crypto';

/** One gold file: what ingest should find in it. */
export interface GoldEntry {
  /** File name under `eval/gold/ingest/files/`. */
  file: string;
  /** `held-out` (30 %, scored only at the end) or `dev`. */
  split: 'dev' | 'held-out';
  /** Template or format: `html-wordpress`, `wire`, `markdown`, `rss`, `legacy-txt`, … */
  shape: string;
  /** Where the publication date sits: `jsonld`, `og`, `dateline-3`, `front-matter-date`, … */
  dateSource: string;
  /** Clutter kinds put on the page. */
  clutter: string[];
  /** Expected publication date, `YYYY-MM-DD`. */
  pubdate: string;
  /** Main text (headline, byline, lead, body paragraphs): every token should be kept. */
  main: string[];
  /** Text that may be kept or dropped without penalty (date lines, e-mail headers, credit lines). */
  neutral: string[];
  /** For legacy-encoding files: the encoding the bytes were written in. */
  encoding?: string;
}

/** The fixed split: a file is held out when the first byte of the sha256 of its name is below 30 % of 256. */
export function heldOut(file: string): boolean {
  return createHash('sha256').update(file).digest()[0]! < 77;
}
