import { Arena } from '../../src/ner/arena.js';

describe('the tagger arena', () => {
  test('hands out zeroed arrays of the asked length, reusing and growing one buffer per name', () => {
    const arena = new Arena();
    const a = arena.int32('emit', 4);
    a.fill(7);
    const b = arena.int32('emit', 3);
    expect(Array.from(b)).toEqual([0, 0, 0]);
    expect(b.buffer).toBe(a.buffer);
    const big = arena.int32('emit', 100);
    expect(big.length).toBe(100);
    expect(big.every((x) => x === 0)).toBe(true);
    const u = arena.uint8('flags', 5);
    u.fill(1);
    expect(Array.from(arena.uint8('flags', 5))).toEqual([0, 0, 0, 0, 0]);
    const f = arena.float64('variant', 2);
    f.fill(2.5);
    expect(Array.from(arena.float64('variant', 2))).toEqual([0, 0]);
    // Names do not share buffers.
    expect(arena.int32('other', 3).buffer).not.toBe(a.buffer);
  });

  test('keeps a buffer that grew while in use', () => {
    const arena = new Arena();
    const small = arena.int32Buffer('keys', 8);
    const grown = new Int32Array(64);
    arena.keepInt32('keys', grown);
    expect(arena.int32Buffer('keys', 8)).toBe(grown);
    arena.keepInt32('keys', small);
    expect(arena.int32Buffer('keys', 8)).toBe(grown);
  });

  test('a document tagged after a longer one is tagged as if first: nothing of the other is left over', async () => {
    const { annotate } = await import('../../src/nlp/wink.js');
    const { tagSpans } = await import('../../src/ner/index.js');
    const { recogniser } = await import('../../src/resources.js');
    const short = annotate('Quorley Bank said on Monday that Vantor Mills of Zedton would close.');
    const long = annotate(
      'ZEDTON, Quarland (Wire) - The Zedton Harbour Authority and Quorley Bank of Zedland met in Vantor on Friday. ' +
        'Anna Quorley, 41, said the Vantor Mills plant in Zedton would stay open. QUARLAND MARKETS CLOSE HIGHER. ' +
        'Officials from the Quarland Ministry of Trade visited Zedton, Vantor and Lisbon last week.',
    );
    const first = tagSpans(short, recogniser());
    tagSpans(long, recogniser());
    expect(tagSpans(short, recogniser())).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
  });
});
