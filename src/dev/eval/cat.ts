/**
 * Reader for MEANTIME's CAT XML: tokens (`t_id`, `sentence`, `number`), markables anchored on tokens
 * (ENTITY_MENTION, EVENT_MENTION, TIMEX3, …; instance elements like ENTITY carry no tokens) and
 * relations (HAS_PARTICIPANT, TLINK, REFERS_TO, …) between markable ids.
 */
import { scanXml } from './xml.js';
import { detokenize } from './detok.js';
import type { Span } from '../../types.js';

/** A token of the CAT file. */
export interface CatToken {
  id: string;
  sentence: number;
  text: string;
}

/** A markable: its element name, attributes and the token ids it covers (empty for instances and the DCT). */
export interface CatMarkable {
  id: string;
  tag: string;
  attrs: Record<string, string>;
  tokens: string[];
}

/** A relation between markables. */
export interface CatRelation {
  tag: string;
  attrs: Record<string, string>;
  sources: string[];
  targets: string[];
}

/** A parsed CAT document. */
export interface CatDocument {
  docId: string;
  docName: string;
  url: string;
  tokens: CatToken[];
  markables: Map<string, CatMarkable>;
  relations: CatRelation[];
}

/** Parses CAT XML. Throws when a token or anchor is malformed, naming what it got. */
export function parseCat(xml: string): CatDocument {
  const doc: CatDocument = { docId: '', docName: '', url: '', tokens: [], markables: new Map(), relations: [] };
  let section: 'none' | 'markables' | 'relations' = 'none';
  let token: { id: string; sentence: number } | null = null;
  let tokenText = '';
  let markable: CatMarkable | null = null;
  let relation: CatRelation | null = null;
  for (const p of scanXml(xml)) {
    if (p.kind === 'text') {
      if (token) tokenText += p.text;
      continue;
    }
    if (p.kind === 'close') {
      if (p.name === 'token' && token) {
        doc.tokens.push({ ...token, text: tokenText });
        token = null;
      } else if (p.name === 'Markables' || p.name === 'Relations') section = 'none';
      else if (markable && p.name === markable.tag) markable = null;
      else if (relation && p.name === relation.tag) relation = null;
      continue;
    }
    const { name, attrs } = p;
    if (name === 'Document') {
      doc.docId = attrs['doc_id'] ?? '';
      doc.docName = attrs['doc_name'] ?? '';
      doc.url = attrs['url'] ?? '';
    } else if (name === 'token') {
      const sentence = Number(attrs['sentence']);
      if (!attrs['t_id'] || !Number.isInteger(sentence))
        throw new Error(`CAT: token without t_id/sentence: ${JSON.stringify(attrs)}`);
      token = { id: attrs['t_id'], sentence };
      tokenText = '';
    } else if (name === 'Markables' || name === 'Relations') {
      section = name === 'Markables' ? 'markables' : 'relations';
    } else if (name === 'token_anchor') {
      if (markable && attrs['t_id']) markable.tokens.push(attrs['t_id']);
    } else if (section === 'markables' && attrs['m_id']) {
      const m: CatMarkable = { id: attrs['m_id'], tag: name, attrs, tokens: [] };
      doc.markables.set(m.id, m);
      markable = p.selfClosing ? null : m;
    } else if (section === 'relations' && (name === 'source' || name === 'target')) {
      if (relation && attrs['m_id']) (name === 'source' ? relation.sources : relation.targets).push(attrs['m_id']);
    } else if (section === 'relations') {
      relation = { tag: name, attrs, sources: [], targets: [] };
      doc.relations.push(relation);
      if (p.selfClosing) relation = null;
    }
  }
  return doc;
}

/** The document creation time (`YYYY-MM-DD`), from the TIMEX3 with functionInDocument CREATION_TIME. */
export function catCreationTime(doc: CatDocument): string | null {
  for (const m of doc.markables.values()) {
    if (
      m.tag === 'TIMEX3' &&
      m.attrs['functionInDocument'] === 'CREATION_TIME' &&
      /^\d{4}-\d\d-\d\d/.test(m.attrs['value'] ?? '')
    ) {
      return m.attrs['value']!.slice(0, 10);
    }
  }
  return null;
}

/** Tokens grouped by sentence number, in file order. */
export function catSentences(doc: CatDocument): CatToken[][] {
  const out: CatToken[][] = [];
  for (const t of doc.tokens) (out[t.sentence] ??= []).push(t);
  return out.filter((s) => s !== undefined);
}

/** Text of a CAT document, one sentence a line, and the character span of every token id. */
export interface CatText {
  text: string;
  tokenSpans: Map<string, Span>;
  /** Character span of each sentence line, indexed by sentence number. */
  sentenceSpans: Span[];
}

/** Rebuilds the document text: each sentence on its own line (CAT keeps no paragraph breaks). */
export function catText(doc: CatDocument): CatText {
  const tokenSpans = new Map<string, Span>();
  const sentenceSpans: Span[] = [];
  let text = '';
  for (const sentence of catSentences(doc)) {
    if (text.length > 0) text += '\n';
    const line = detokenize(sentence.map((t) => t.text));
    sentence.forEach((t, i) =>
      tokenSpans.set(t.id, { start: text.length + line.spans[i]!.start, end: text.length + line.spans[i]!.end }),
    );
    sentenceSpans[sentence[0]!.sentence] = { start: text.length, end: text.length + line.text.length };
    text += line.text;
  }
  return { text, tokenSpans, sentenceSpans };
}

/** Character span of a markable (first token start to last token end), or null if it anchors no token. */
export function markableSpan(m: CatMarkable, tokenSpans: Map<string, Span>): Span | null {
  let start = Infinity;
  let end = -Infinity;
  for (const id of m.tokens) {
    const s = tokenSpans.get(id);
    if (!s) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return start === Infinity ? null : { start, end };
}
