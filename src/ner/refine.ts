/**
 * Span clean-up after decoding, for phenomena the CoNLL-trained tagger meets rarely:
 * - a name written with attached particles or hyphens ("al-Saadi", wink tokens `al` `-` `Saadi`) is one
 *   word: a span may not start or end inside a whitespace-free run, so it is widened to the whole run
 *   when the run is name-like (capitalised pieces joined by hyphens or particles);
 * - calendar words (weekdays, months) alone are not entities.
 */
import type { Token } from '../types.js';
import type { TokenSpan } from './tags.js';

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Lower-case particles that belong to the name they are hyphenated to. */
const PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'an', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bint', 'abu', 'abd', 'bani']);

/** Class index of PER in the tag set: double-barrelled surnames ("Smith-Jones") stay whole. */
const PERSON = 0;

function isHyphen(t: Token): boolean {
  return t.text === '-' || t.text === '\u2010' || t.text === '\u2011';
}

/** True when tokens `k-1` and `k` are written together (no whitespace between them). */
function joined(tokens: readonly Token[], k: number): boolean {
  return k > 0 && k < tokens.length && !tokens[k]!.spaceBefore && tokens[k - 1]!.end === tokens[k]!.start && tokens[k - 1]!.sentence === tokens[k]!.sentence;
}

function startsUpper(s: string): boolean {
  return s.length > 0 && s[0] !== s[0]!.toLowerCase();
}

/** Widens spans over attached name particles and drops lone calendar words. */
export function refineSpans(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let { start, end } = span;
    // "al" "-" [Saadi…]: pull a particle and its hyphen in when the span starts right after them.
    if (start >= 2 && isHyphen(tokens[start - 1]!) && joined(tokens, start) && joined(tokens, start - 1) && PARTICLES.has(tokens[start - 2]!.text.toLowerCase())) start -= 2;
    // […Al] "-" "Nujaba": a span ending on a particle or a capitalised piece continues over the hyphen.
    while (end + 1 < tokens.length && isHyphen(tokens[end]!) && joined(tokens, end) && joined(tokens, end + 1) && startsUpper(tokens[end + 1]!.text)
      && (PARTICLES.has(tokens[end - 1]!.text.toLowerCase()) || (span.cls === PERSON && startsUpper(tokens[end - 1]!.text)))) end += 2;
    if (end - start === 1 && CALENDAR.has(tokens[start]!.text.toLowerCase())) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && start < previous.end) continue;
    out.push({ start, end, cls: span.cls });
  }
  return out;
}
