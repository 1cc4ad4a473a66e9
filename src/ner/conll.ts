/**
 * CoNLL-2003 reading for training and development scoring. Only the token and NER columns are used
 * (the POS and chunk columns are gold annotations the product never sees). Each document becomes the
 * text production would see: tokens joined by single spaces, sentences by "\n", with gold entities as
 * character spans over that text.
 */
import { parseConll as readConll } from '../eval/conll.js';
import type { Span } from '../types.js';

/** CoNLL entity classes; MISC is kept for training (so the model learns to leave it alone). */
export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A gold entity as a character span over the rebuilt document text. */
export interface GoldSpan extends Span {
  type: ConllType;
}

/** One CoNLL document rebuilt as text with gold spans. */
export interface ConllDoc {
  text: string;
  spans: GoldSpan[];
}

const TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Parses CoNLL-2003 (IOB1 or IOB2) into documents with the project's one CoNLL reader (`eval/conll.ts`:
 * `-DOCSTART-` separates documents, and a malformed line is an error naming its line), keeping the
 * four CoNLL classes. `name` (the file) heads error messages.
 */
export function parseConll(content: string, name = 'conll'): ConllDoc[] {
  return readConll(content, name).map((d) => ({
    text: d.text,
    spans: d.entities
      .filter((e) => TYPES.has(e.type))
      .map((e) => ({ start: e.start, end: e.end, type: e.type as ConllType })),
  }));
}
