/**
 * Reader for WikiEvents JSON lines (Li, Ji & Han 2021): rebuilds each document's text from its sentence
 * strings at their original offsets and turns token-indexed event mentions and arguments into character
 * spans of that text.
 */
import type { Span } from '../../types.js';
import { kairosClass, type CoreClass } from './event-classes.js';

/** One gold argument: the entity mention's extent and its head (the last word token of the extent). */
export interface GoldArgument extends Span {
  role: string;
  text: string;
  head: Span;
}

/** One gold event mention (a trigger with its KAIROS type and arguments). */
export interface GoldEventMention extends Span {
  id: string;
  kairos: string;
  cls: CoreClass | null;
  text: string;
  sentence: number;
  args: GoldArgument[];
}

/** A document: the text handed to the pipeline and its gold event mentions. */
export interface WikiEventsDoc {
  id: string;
  text: string;
  mentions: GoldEventMention[];
}

type RawToken = [string, number, number];
interface RawDoc {
  doc_id: string;
  tokens: string[];
  sentences: Array<[RawToken[], string]>;
  entity_mentions: Array<{ id: string; start: number; end: number; text?: string }>;
  event_mentions: Array<{
    id: string;
    event_type: string;
    trigger: { start: number; end: number; text: string; sent_idx: number };
    arguments: Array<{ entity_id: string; role: string; text: string }>;
  }>;
}

/**
 * The document text: each sentence string at the offset of its first token, the gaps between sentences
 * filled with a line break (then spaces), so a headline without a full stop stays its own sentence.
 * A sentence string that does not agree with its token offsets is replaced by its tokens at their offsets.
 * Returns the text and the character span of every document token.
 */
export function rebuildText(sentences: ReadonlyArray<readonly [RawToken[], string]>): {
  text: string;
  tokens: Span[];
} {
  const parts: string[] = [];
  const tokens: Span[] = [];
  let pos = 0;
  const pad = (to: number): void => {
    if (to > pos) {
      parts.push(pos === 0 ? ' '.repeat(to) : `\n${' '.repeat(to - pos - 1)}`);
      pos = to;
    }
  };
  for (const [toks, str] of sentences) {
    if (toks.length === 0) continue;
    const first = toks[0]![1];
    const last = toks[toks.length - 1]![2];
    // Some sentence strings end in whitespace past their last token (a no-break space after "LONDON —"): cut it.
    const consistent =
      first >= pos &&
      (str.length === last - first || (str.length > last - first && str.slice(last - first).trim() === '')) &&
      toks.every(([t, s, e]) => s >= first && e <= last && str.slice(s - first, e - first) === t);
    if (consistent) {
      pad(first);
      parts.push(str.slice(0, last - first));
      pos = last;
      for (const [, s, e] of toks) tokens.push({ start: s, end: e });
    } else {
      // Offsets disagree with the string: lay the tokens out one by one, a space apart.
      let first2 = true;
      for (const [t] of toks) {
        if (!first2 || pos > 0) {
          parts.push(first2 ? '\n' : ' ');
          pos++;
        }
        first2 = false;
        tokens.push({ start: pos, end: pos + t.length });
        parts.push(t);
        pos += t.length;
      }
    }
  }
  return { text: parts.join(''), tokens };
}

const PUNCT = /^[\p{P}\p{S}]+$/u;

/** The head of a token range: its last token that is not punctuation (the last token if all are). */
export function headToken(tokens: readonly Span[], text: string, start: number, end: number): Span {
  for (let i = end - 1; i >= start; i--) {
    const t = tokens[i]!;
    if (!PUNCT.test(text.slice(t.start, t.end))) return t;
  }
  return tokens[end - 1]!;
}

/** Parses one JSON line of WikiEvents. */
export function parseWikiEventsLine(line: string): WikiEventsDoc {
  const raw = JSON.parse(line) as RawDoc;
  const { text, tokens } = rebuildText(raw.sentences);
  if (tokens.length !== raw.tokens.length)
    throw new Error(
      `wikievents ${raw.doc_id}: the sentences hold ${tokens.length} tokens, the document ${raw.tokens.length}`,
    );
  const span = (s: number, e: number): Span => ({ start: tokens[s]!.start, end: tokens[e - 1]!.end });
  const entities = new Map(raw.entity_mentions.map((m) => [m.id, m]));
  const mentions: GoldEventMention[] = raw.event_mentions.map((ev) => {
    const t = span(ev.trigger.start, ev.trigger.end);
    const args: GoldArgument[] = [];
    for (const a of ev.arguments) {
      const m = entities.get(a.entity_id);
      if (!m) continue;
      const s = span(m.start, m.end);
      args.push({
        role: a.role,
        ...s,
        text: text.slice(s.start, s.end),
        head: headToken(tokens, text, m.start, m.end),
      });
    }
    return {
      id: ev.id,
      kairos: ev.event_type,
      cls: kairosClass(ev.event_type),
      ...t,
      text: text.slice(t.start, t.end),
      sentence: ev.trigger.sent_idx,
      args,
    };
  });
  return { id: raw.doc_id, text, mentions };
}

/** Parses a WikiEvents JSON-lines file's content (blank lines skipped). */
export function parseWikiEvents(content: string): WikiEventsDoc[] {
  return content
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(parseWikiEventsLine);
}
