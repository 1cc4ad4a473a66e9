/**
 * BILOU tags over the recogniser's four entity classes. Tag 0 is O; for class c (0..3) the tags are B, I, L, U
 * at 1 + 4c … 4 + 4c. Decoding is constrained to well-formed sequences, so every predicted tag run is a span.
 * The class set is the recogniser's own; dataset readers (e.g. the CoNLL reader in `dev/ner/conll.ts`) map to it.
 */

/** An entity class the tagger predicts. MISC is predicted but never emitted as an entity. */
export type EntityClass = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Entity classes the tagger predicts, in tag order. */
export const CLASSES: readonly EntityClass[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** Number of tags: O plus B/I/L/U per class. */
export const NTAGS = 1 + 4 * CLASSES.length;

export const O = 0;
export const B = 1;
export const I = 2;
export const L = 3;
export const U = 4;

/** Tag index for a class and a BILOU part. */
export function tagOf(cls: number, part: number): number {
  return 1 + 4 * cls + (part - 1);
}

/** BILOU part of a tag (O for 0). */
export function partOf(tag: number): number {
  return tag === 0 ? O : ((tag - 1) % 4) + 1;
}

/** Class index of a tag (-1 for O). */
export function classOf(tag: number): number {
  return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
}

/** Printable tag name (`B-PER`, `O`). */
export function tagName(tag: number): string {
  return tag === 0 ? 'O' : `${'BILU'[partOf(tag) - 1]}-${CLASSES[classOf(tag)]}`;
}

/** True when `next` may follow `prev` (prev = -1 at a sequence start). */
export function allowed(prev: number, next: number): boolean {
  const p = prev < 0 ? O : partOf(prev);
  const n = partOf(next);
  const open = p === B || p === I;
  if (open) return (n === I || n === L) && classOf(next) === classOf(prev);
  return n === O || n === B || n === U;
}

/** True when a sequence may end on `tag`. */
export function allowedEnd(tag: number): boolean {
  const p = partOf(tag);
  return p === O || p === L || p === U;
}

/** A span over token indices `[start, end)` with a class index. */
export interface TokenSpan {
  start: number;
  end: number;
  cls: number;
  /**
   * Set by a clean-up rule that read the class in the span's own sentence against a reading of the same
   * words elsewhere ("shares of Ford" beside "Henry Ford"): alias grouping keeps the class.
   */
  ownEvidence?: true;
}

/** Writes BILOU tags for token spans into `tags` (which must be zero-filled). */
export function encodeSpans(spans: readonly TokenSpan[], tags: Uint8Array): void {
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = tagOf(s.cls, U);
    else {
      tags[s.start] = tagOf(s.cls, B);
      for (let k = s.start + 1; k < s.end - 1; k++) tags[k] = tagOf(s.cls, I);
      tags[s.end - 1] = tagOf(s.cls, L);
    }
  }
}

/** Reads token spans back from well-formed tags in `[from, to)`. */
export function decodeSpans(tags: ArrayLike<number>, from: number, to: number, out: TokenSpan[] = []): TokenSpan[] {
  let open = -1;
  for (let k = from; k < to; k++) {
    const part = partOf(tags[k]!);
    if (part === U) out.push({ start: k, end: k + 1, cls: classOf(tags[k]!) });
    else if (part === B) open = k;
    else if (part === L && open >= 0) {
      out.push({ start: open, end: k + 1, cls: classOf(tags[k]!) });
      open = -1;
    } else if (part === O) open = -1;
  }
  return out;
}
