/**
 * CoNLL-2003 reading for training and development scoring. Only the token and NER columns are used
 * (the POS and chunk columns are gold annotations the product never sees). Each document becomes the
 * text production would see: tokens joined by single spaces, sentences by "\n", with gold entities as
 * character spans over that text.
 */
import { parseConll as readConll } from '../eval/conll.js';
import type { Span } from '../../types.js';
import type { EntityClass } from '../../ner/tags.js';

/**
 * CoNLL entity classes, mapped onto the recogniser's classes (`ner/tags.ts`), which are the same four names;
 * MISC is kept for training (so the model learns to leave it alone).
 */
export type ConllType = EntityClass;

/** A gold entity as a character span over the rebuilt document text. */
export interface GoldSpan extends Span {
  type: ConllType;
}

/** One CoNLL document rebuilt as text with gold spans. */
export interface ConllDoc {
  text: string;
  spans: GoldSpan[];
}

/** CoNLL-2003 label → the recogniser's class (`ner/tags.ts`); labels not listed are dropped. */
const CONLL_TO_CLASS = new Map<string, EntityClass>([
  ['PER', 'PER'],
  ['ORG', 'ORG'],
  ['LOC', 'LOC'],
  ['MISC', 'MISC'],
]);

/**
 * Parses CoNLL-2003 (IOB1 or IOB2) into documents with the project's one CoNLL reader (`eval/conll.ts`:
 * `-DOCSTART-` separates documents, and a malformed line is an error naming its line), keeping the
 * four CoNLL classes. `name` (the file) heads error messages.
 */
export function parseConll(content: string, name = 'conll'): ConllDoc[] {
  return readConll(content, name).map((d) => ({
    text: d.text,
    spans: d.entities
      .filter((e) => CONLL_TO_CLASS.has(e.type))
      .map((e) => ({ start: e.start, end: e.end, type: CONLL_TO_CLASS.get(e.type)! })),
  }));
}
