/**
 * Readers for our own gold sets in eval/gold/ (JSON lines, one item a line; eval/gold/<name>/PROVENANCE.md
 * describes each). Items either carry their text, or point into a public dataset under ../shared/datasets
 * (WikiEvents, TimeBank) by document id and offsets, since those texts may not be copied into the repository:
 * such items are resolved at evaluation time and skipped, with a reason, when the dataset is absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTimeMl } from './timeml.js';
import { parseWikiEvents } from './wikievents.js';
import { catCreationTime, catText, parseCat } from './cat.js';
import { parseConll } from './conll.js';
import { detokenize } from './detok.js';

/** A casualty figure as the gold states it (the agreed record shape's CasualtyCount without offsets). */
export interface GoldCount {
  /** The best figure (ACLED-style); null when the text states a toll without any figure ("several"). */
  value: number | null;
  min: number | null;
  max: number | null;
  precision: 'exact' | 'lower-bound' | 'vague';
}

/** A pointer into a public dataset. */
export interface DatasetRef {
  corpus: 'wikievents' | 'timebank' | 'meantime' | 'conll';
  doc: string;
  start?: number;
  end?: number;
  sha256?: string;
  /** Length of the whole document text (date items, which process the whole document). */
  length?: number;
}

export interface CasualtyItem {
  id: string;
  source: string;
  text?: string;
  ref?: DatasetRef;
  pubDate: string | null;
  /** Expected dead; null when the text states no death toll (the system must give none). */
  killed: GoldCount | null;
  injured: GoldCount | null;
  /**
   * The event the counts belong to, when the text tells several events with tolls of their own: a word of one of
   * its mentions by text and occurrence (1-based, whole words). Only counts on the events with a mention there
   * are scored, so a toll given to the wrong event is an error. Absent: every event of the text.
   */
  event?: { text: string; occurrence?: number };
  note?: string;
}

export interface DateItem {
  id: string;
  source: string;
  text?: string;
  ref?: DatasetRef;
  pubDate: string | null;
  /** Trigger by its text and occurrence (1-based, whole words) in `text`, or by offsets into a ref's document. */
  trigger: { text?: string; occurrence?: number; start?: number; end?: number; sha256?: string };
  type?: string;
  /** Expected date value (TIMEX3 style: 2024-03-05, 2024-03, 2024-W19, 2024-W06-WE, 1998); null = no date. */
  expected: string | null;
  derivation: string;
  note?: string;
}

/**
 * A gold set's parts: `dev` (items.jsonl; rules may be tuned after reading its errors), `held-out`
 * (held-out.jsonl; written before tuning, scored only to report, never to tune) and `fresh` (fresh.jsonl; a
 * second held-out part written from unused documents after the first was scored, before the product was run
 * on them, and scored once to report) and `blind` (blind.jsonl; a third held-out part, labelled from unused
 * documents without running the product on them, scored to report only) and `fresh2` (fresh2.jsonl; general news
 * labelled before the product was run on it, a development part whose errors are read) and `fresh3` (fresh3.jsonl;
 * session 11's general-news part from unused documents, labelled before the product was run on it, likewise) and
 * `fresh4` (fresh4.jsonl; session 12's part from unused documents, labelled before the product was run on it, likewise)
 * and `fresh5` (fresh5.jsonl; session 13's general-news part, likewise) and `fresh6` (fresh6.jsonl; session 14's part labelling every event of each document, likewise) and `fresh7` (fresh7.jsonl; session 15's part of events outside the violent core, likewise) and `fresh8` (fresh8.jsonl; session 16's part of every event in business and wire documents, MEANTIME and TimeBank, likewise) and `fresh9` (fresh9.jsonl; session 20's part of every event in wire and broadcast copy, likewise) and `fresh10` (fresh10.jsonl; session 23's written wire copy of conflict, courts, diplomacy, business and disasters, likewise) and `dates1` (dates1.jsonl; session 13's part chosen for date phenomena, labelled before the product was run on it)
 * and `dates2` (dates2.jsonl; session 14's part of whole documents, every event the product finds, labelled before the product was run on it).
 */
export const GOLD_SPLITS = [
  'dev',
  'held-out',
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh8',
  'fresh9',
  'fresh10',
  'dates1',
  'dates2',
  'blind',
] as const;
/** A split of one of our gold folders (`GOLD_SPLITS` holds them all, in the order `--split all` reports them; `all` leaves out blind). */
export type GoldSplit = (typeof GOLD_SPLITS)[number];

/** The file of a split inside a gold folder: `items.jsonl` for dev, `<split>.jsonl` for every other part. */
export function splitFile(split: GoldSplit): string {
  return split === 'dev' ? 'items.jsonl' : `${split}.jsonl`;
}

/**
 * The splits a `--split` value names in gold folder `dir`: `both` is dev and held-out; `all` is every part the
 * folder has **except blind**, which is read only when named (`--split blind`), so that a routine `--split all`
 * after each change does not show the blind number again and again: a number seen after every change is a number
 * tuned on, however few of its errors are read.
 */
export function namedSplits(split: GoldSplit | 'both' | 'all' | undefined, dir: string): GoldSplit[] {
  if (split === 'both') return ['dev', 'held-out'];
  if (split === 'all') return GOLD_SPLITS.filter((s) => s !== 'blind' && existsSync(join(dir, splitFile(s))));
  return [split ?? 'dev'];
}

/** Reads a JSON-lines gold file (blank lines and lines starting with `//` skipped). */
export function readJsonLines<T>(content: string, file = 'gold'): T[] {
  const out: T[] = [];
  content.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('//')) return;
    try {
      out.push(JSON.parse(t) as T);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return out;
}

/** First 12 hex digits of the SHA-256 of a string (the check stored with each reference). */
export function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 12);
}

/** A resolved document: its text and the publication date to impose. */
export interface ResolvedDoc {
  text: string;
  dct: string | null;
}

/** Resolves references into ../shared datasets, reading each dataset file once. */
export class DatasetResolver {
  private wikievents: Map<string, string> | null = null;
  private readonly timebank = new Map<string, ResolvedDoc>();
  private readonly meantime = new Map<string, ResolvedDoc>();
  private readonly conll = new Map<string, string[]>();

  constructor(readonly root: string) {}

  /** The whole document a reference points into, or a reason why it cannot be read. */
  document(ref: DatasetRef): ResolvedDoc | { missing: string } {
    if (ref.corpus === 'wikievents') {
      const file = join(this.root, 'wikievents', 'dev.jsonl');
      if (!existsSync(file)) return { missing: `${file} not found` };
      this.wikievents ??= new Map(parseWikiEvents(readFileSync(file, 'utf8')).map((d) => [d.id, d.text]));
      const text = this.wikievents.get(ref.doc);
      return text === undefined ? { missing: `no document ${ref.doc} in ${file}` } : { text, dct: null };
    }
    if (ref.corpus === 'timebank') {
      const cached = this.timebank.get(ref.doc);
      if (cached) return cached;
      const file = ['TimeBank', 'AQUAINT']
        .map((d) => join(this.root, 'timebank', d, ref.doc))
        .find((f) => existsSync(f));
      if (!file) return { missing: `${ref.doc} not found under ${join(this.root, 'timebank')}` };
      const doc = parseTimeMl(readFileSync(file, 'utf8'), ref.doc);
      const out = { text: doc.text, dct: doc.dct };
      this.timebank.set(ref.doc, out);
      return out;
    }
    if (ref.corpus === 'meantime') {
      // MEANTIME CAT files by file name, in either corpus folder; the text one sentence a line as `catText`
      // rebuilds it (the same text `dossier eval meantime` processes), the creation time as publication date.
      const cached = this.meantime.get(ref.doc);
      if (cached) return cached;
      const file = ['corpus_airbus', 'corpus_apple']
        .map((d) => join(this.root, 'meantime', d, ref.doc))
        .find((f) => existsSync(f));
      if (!file) return { missing: `${ref.doc} not found under ${join(this.root, 'meantime')}` };
      const doc = parseCat(readFileSync(file, 'utf8'));
      const out = { text: catText(doc).text, dct: catCreationTime(doc) };
      this.meantime.set(ref.doc, out);
      return out;
    }
    if (ref.corpus === 'conll') {
      // CoNLL-2003 (Reuters, 1996) by `<file>#<n>`, the n-th `-DOCSTART-` document of conll2003/<file>; its text
      // is each sentence detokenised (`detokenize`), one a line. No publication date: items give their own.
      const m = /^([\w.-]+)#(\d+)$/.exec(ref.doc);
      if (!m) return { missing: `a CoNLL reference is <file>#<n>, got "${ref.doc}"` };
      const file = join(this.root, 'conll2003', m[1]!);
      let docs = this.conll.get(file);
      if (!docs) {
        if (!existsSync(file)) return { missing: `${file} not found` };
        docs = parseConll(readFileSync(file, 'utf8'), m[1]).map((d) =>
          d.text
            .split('\n')
            .map((line) => detokenize(line.split(' ')).text)
            .join('\n'),
        );
        this.conll.set(file, docs);
      }
      const text = docs[Number(m[2]) - 1];
      return text === undefined ? { missing: `no document ${ref.doc}` } : { text, dct: null };
    }
    return { missing: `unknown corpus "${(ref as DatasetRef).corpus}"` };
  }

  /** The slice `start..end` of the referenced document, checked against the stored hash. */
  slice(ref: DatasetRef): ResolvedDoc | { missing: string } {
    const doc = this.document(ref);
    if ('missing' in doc) return doc;
    if (ref.start === undefined || ref.end === undefined) return doc;
    const text = doc.text.slice(ref.start, ref.end);
    if (ref.sha256 && shortHash(text) !== ref.sha256)
      return { missing: `${ref.doc} ${ref.start}-${ref.end}: the text differs from the one labelled (hash mismatch)` };
    return { text, dct: doc.dct };
  }
}

/** Start of the `occurrence`-th whole-word occurrence of `word` in `text`, or -1. */
export function findOccurrence(text: string, word: string, occurrence = 1): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu');
  let n = 0;
  for (const m of text.matchAll(re)) if (++n === occurrence) return m.index;
  return -1;
}
