import {
  allowed,
  allowedEnd,
  decodeSpans,
  encodeSpans,
  NTAGS,
  tagName,
  tagOf,
  B,
  I,
  L,
  U,
} from '../../src/ner/tags.js';

describe('BILOU tags', () => {
  test('spans survive an encode/decode round trip', () => {
    const spans = [
      { start: 0, end: 1, cls: 2 },
      { start: 2, end: 5, cls: 0 },
      { start: 5, end: 7, cls: 1 },
    ];
    const tags = new Uint8Array(8);
    encodeSpans(spans, tags);
    expect(Array.from(tags, tagName)).toEqual(['U-LOC', 'O', 'B-PER', 'I-PER', 'L-PER', 'B-ORG', 'L-ORG', 'O']);
    expect(decodeSpans(tags, 0, 8)).toEqual(spans);
  });

  test('only well-formed moves are allowed', () => {
    expect(NTAGS).toBe(17);
    expect(allowed(-1, tagOf(0, B))).toBe(true);
    expect(allowed(-1, tagOf(0, I))).toBe(false);
    expect(allowed(tagOf(0, B), tagOf(0, L))).toBe(true);
    expect(allowed(tagOf(0, B), tagOf(1, L))).toBe(false);
    expect(allowed(tagOf(0, I), 0)).toBe(false);
    expect(allowed(tagOf(2, U), tagOf(2, U))).toBe(true);
    expect(allowedEnd(tagOf(1, B))).toBe(false);
    expect(allowedEnd(tagOf(1, L))).toBe(true);
  });
});
