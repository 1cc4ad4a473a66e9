/**
 * CoNLL-2003 reading for training and development scoring. Only the token and NER columns are used
 * (the POS and chunk columns are gold annotations the product never sees). Each document becomes the
 * text production would see: tokens joined by single spaces, sentences by "\n", with gold entities as
 * character spans over that text.
 */
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
 * Parses CoNLL-2003 (IOB1 or IOB2) into documents. `-DOCSTART-` lines separate documents; a file
 * without them becomes one document.
 */
export function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: Array<Array<{ token: string; tag: string }>> = [];
  let current: Array<{ token: string; tag: string }> = [];
  const flushSentence = (): void => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  const flushDoc = (): void => {
    flushSentence();
    if (sentences.length > 0) docs.push(buildDoc(sentences));
    sentences = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    current.push({ token: cols[0]!, tag: cols[cols.length - 1]! });
  }
  flushDoc();
  return docs;
}

function buildDoc(sentences: Array<Array<{ token: string; tag: string }>>): ConllDoc {
  const spans: GoldSpan[] = [];
  let text = '';
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0) text += '\n';
    let open: GoldSpan | null = null;
    const sentence = sentences[s]!;
    for (let k = 0; k < sentence.length; k++) {
      const { token, tag } = sentence[k]!;
      if (k > 0) text += ' ';
      const start = text.length;
      text += token;
      const prefix = tag.slice(0, 1);
      const type = tag.slice(2);
      const inside = tag !== 'O' && TYPES.has(type);
      if (inside && open !== null && open.type === type && prefix === 'I') {
        open.end = text.length;
        continue;
      }
      if (open !== null) spans.push(open);
      open = inside ? { start, end: text.length, type: type as ConllType } : null;
    }
    if (open !== null) spans.push(open);
  }
  return { text, spans };
}
