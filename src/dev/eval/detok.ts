/**
 * Rebuilds readable text from a dataset's token list (MEANTIME, Penn-style quotes) and keeps the
 * character span of every token, so that gold annotations anchored on tokens map onto the text.
 */
import type { Span } from '../../types.js';

/** Text of one line of tokens and the span of each token in it. */
export interface DetokenizedLine {
  text: string;
  spans: Span[];
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  '...',
  '/',
  "'s",
  "'S",
  "n't",
  "'ve",
  "'re",
  "'ll",
  "'d",
  "'m",
  '”',
  '’',
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', 'US$', 'A$', 'C$', '£', '€', '#', '/', '“', '‘']);
const CONTRACTION_TAIL = new Set(['s', 're', 'll', 've', 'd', 'm', 't']);
const CAPITALISED_WORD = /^[A-Z][A-Za-z]*$/;

/**
 * Joins tokens with single spaces except where English typography has none: before closing
 * punctuation and clitics, after opening brackets and currency signs, inside quotes, around a hyphen
 * between two capitalised words ("Wal - Mart" → "Wal-Mart"). Penn quotes (`` '') become straight quotes.
 */
export function detokenize(tokens: readonly string[]): DetokenizedLine {
  let text = '';
  const spans: Span[] = [];
  let doubleOpen = false;
  let singleOpen = false;
  let glueNext = true;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const prev = i > 0 ? tokens[i - 1]! : '';
    const next = i + 1 < tokens.length ? tokens[i + 1]! : '';
    let tok = raw;
    let glueBefore = NO_SPACE_BEFORE.has(raw);
    let glueAfter = NO_SPACE_AFTER.has(raw);
    if (raw === '``' || (raw === '"' && !doubleOpen)) {
      tok = '"';
      doubleOpen = true;
      glueAfter = true;
    } else if (raw === "''" || raw === '"') {
      tok = '"';
      doubleOpen = false;
      glueBefore = true;
    } else if (raw === '`') {
      tok = "'";
      singleOpen = true;
      glueAfter = true;
    } else if (raw === "'") {
      if (CONTRACTION_TAIL.has(next)) {
        glueBefore = true;
        glueAfter = true;
      } else if (singleOpen) {
        singleOpen = false;
        glueBefore = true;
      } else if (/[sS]$/.test(prev)) {
        glueBefore = true;
      } else {
        singleOpen = true;
        glueAfter = true;
      }
    } else if (raw === '’' && CONTRACTION_TAIL.has(next)) {
      glueAfter = true;
    } else if (raw.endsWith("'") && raw.length === 2 && CONTRACTION_TAIL.has(next)) {
      glueAfter = true;
    } else if (raw === '-' && CAPITALISED_WORD.test(prev) && CAPITALISED_WORD.test(next)) {
      glueBefore = true;
      glueAfter = true;
    }
    if (text.length > 0 && !glueBefore && !glueNext) text += ' ';
    spans.push({ start: text.length, end: text.length + tok.length });
    text += tok;
    glueNext = glueAfter;
  }
  return { text, spans };
}
