/**
 * Reader for CoNLL-2003 NER files. Only the token (first) and NER (last) columns are read: the POS and
 * chunk columns are gold annotation and must never reach the product. Each `-DOCSTART-` opens a document
 * whose text is its tokens joined by single spaces, sentences by `\n`.
 */
import type { Span } from '../../types.js';

/** A gold entity span with its CoNLL class (PER, ORG, LOC, MISC). */
export interface ConllEntity extends Span {
  type: string;
}

/** One CoNLL document. */
export interface ConllDocument {
  id: string;
  text: string;
  entities: ConllEntity[];
  sentences: number;
  tokens: number;
}

/**
 * Parses a CoNLL-2003 file. Tags are IOB1 (`I-X` continues an entity of type X, `B-X` starts a new one
 * right after another of the same type); IOB2 files read the same way.
 */
export function parseConll(content: string, name = 'conll'): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentenceOpen = false;
  let entity: ConllEntity | null = null;
  const closeEntity = (): void => {
    if (entity && doc) doc.entities.push(entity);
    entity = null;
  };
  const newDoc = (): ConllDocument => {
    closeEntity();
    const d: ConllDocument = { id: `${name}#${docs.length + 1}`, text: '', entities: [], sentences: 0, tokens: 0 };
    docs.push(d);
    sentenceOpen = false;
    return d;
  };
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') {
      closeEntity();
      sentenceOpen = false;
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      doc = newDoc();
      continue;
    }
    if (cols.length < 2) throw new Error(`CoNLL ${name}:${n + 1}: expected "token … NER", got "${line}"`);
    doc ??= newDoc();
    const token = cols[0]!;
    const tag = cols[cols.length - 1]!;
    if (!sentenceOpen) {
      if (doc.text.length > 0) doc.text += '\n';
      doc.sentences++;
      sentenceOpen = true;
    } else {
      doc.text += ' ';
    }
    const start = doc.text.length;
    doc.text += token;
    doc.tokens++;
    const m = /^([BI])-(\w+)$/.exec(tag);
    if (!m) {
      if (tag !== 'O') throw new Error(`CoNLL ${name}:${n + 1}: unknown NER tag "${tag}"`);
      closeEntity();
      continue;
    }
    const [, prefix, type] = m;
    const current = entity as ConllEntity | null;
    if (current && prefix === 'I' && current.type === type) {
      current.end = doc.text.length;
    } else {
      closeEntity();
      entity = { start, end: doc.text.length, type: type! };
    }
  }
  closeEntity();
  return docs.filter((d) => d.tokens > 0);
}
