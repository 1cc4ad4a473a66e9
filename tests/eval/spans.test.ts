import { matchSpans, spanContext } from '../../src/dev/eval/spans.js';

describe('matchSpans', () => {
  const gold = [
    { start: 0, end: 5 },
    { start: 10, end: 20 },
  ];

  it('pairs exact spans only in exact mode', () => {
    expect(
      matchSpans(
        gold,
        [
          { start: 10, end: 20 },
          { start: 0, end: 4 },
        ],
        true,
      ),
    ).toEqual([[1, 0]]);
  });

  it('pairs overlaps one-to-one, largest overlap first', () => {
    const pred = [
      { start: 3, end: 12 },
      { start: 12, end: 19 },
    ];
    // pred 0 overlaps gold 0 by 2 and gold 1 by 2; pred 1 overlaps gold 1 by 7 → gold1-pred1 first, then gold0-pred0
    expect(matchSpans(gold, pred, false)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(matchSpans(gold, [{ start: 0, end: 20 }], false)).toEqual([[1, 0]]);
  });

  it('does not pair touching spans', () => {
    expect(matchSpans(gold, [{ start: 5, end: 10 }], false)).toEqual([]);
  });
});

describe('spanContext', () => {
  it('brackets the span on one line', () => {
    expect(spanContext('one two\nthree four', { start: 4, end: 7 }, 5)).toBe('one [two] thre');
  });
});

describe('matchSpans against a brute-force reference', () => {
  it('finds the same overlapping pairs as checking every pair', () => {
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const spans = (k: number) =>
        Array.from({ length: k }, () => {
          const start = rnd(200);
          return { start, end: start + 1 + rnd(30) };
        });
      const gold = spans(rnd(12));
      const pred = spans(rnd(12));
      const pairs = matchSpans(gold, pred, false);
      // Every pair overlaps, and no unpaired gold overlaps an unpaired prediction (maximality).
      for (const [i, j] of pairs) expect(gold[i]!.start < pred[j]!.end && pred[j]!.start < gold[i]!.end).toBe(true);
      const pg = new Set(pairs.map((p) => p[0]));
      const pp = new Set(pairs.map((p) => p[1]));
      gold.forEach((g, i) =>
        pred.forEach((p, j) => {
          if (!pg.has(i) && !pp.has(j)) expect(g.start < p.end && p.start < g.end).toBe(false);
        }),
      );
    }
  });
});
