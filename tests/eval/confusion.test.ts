import {
  entityMetrics,
  scoreEntityDoc,
  scoreHeadDoc,
  type ClassCounts,
  type HeadedSpan,
  type TypedSpan,
} from '../../src/dev/eval/entity-score.js';
import {
  countsFromConfusion,
  formatConfusion,
  MISSED,
  SPURIOUS,
  type Confusion,
} from '../../src/dev/eval/confusion.js';

const CLASSES = ['PER', 'ORG', 'LOC'];
//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = 'Jane Doe of Acme Corp met Bob in Paris on Euro';
const s = (start: number, end: number, type: string): TypedSpan => ({ start, end, type });
const GOLD = [s(0, 8, 'PER'), s(12, 21, 'ORG'), s(26, 29, 'PER'), s(33, 38, 'LOC'), s(42, 46, 'MISC')];

describe('confusion table of exact-span scoring', () => {
  it('puts each prediction in its gold row and each untouched gold mention in the missed column', () => {
    const pred = [
      s(0, 8, 'PER'), // TP PER
      s(12, 16, 'ORG'), // partial span: no gold here → (none) × ORG; Acme Corp → ORG × missed
      s(26, 29, 'LOC'), // Bob read as a place: PER × LOC
      s(33, 38, 'LOC'), // TP LOC
      s(42, 46, 'ORG'), // on a MISC span: MISC × ORG
      s(11, 12, 'PER'), // nothing there: (none) × PER
    ];
    const counts: ClassCounts = {};
    const confusion: Confusion = {};
    scoreEntityDoc('d', TEXT, GOLD, pred, CLASSES, counts, undefined, [], confusion);
    expect(confusion).toEqual({
      PER: { PER: 1, LOC: 1 },
      ORG: { [MISSED]: 1 },
      LOC: { LOC: 1 },
      MISC: { ORG: 1 },
      [SPURIOUS]: { ORG: 1, PER: 1 },
    });
    // The table holds exactly the scorer's counts.
    expect(countsFromConfusion(confusion, CLASSES)).toEqual(counts);
  });

  it('counts a wrong-class duplicate of a matched span as spurious, not as a confusion', () => {
    const counts: ClassCounts = {};
    const confusion: Confusion = {};
    scoreEntityDoc('d', TEXT, GOLD, [s(26, 29, 'ORG'), s(26, 29, 'PER')], CLASSES, counts, undefined, [], confusion);
    expect(counts['PER']).toEqual({ tp: 1, fp: 0, fn: 1 }); // Jane Doe missed
    expect(confusion[SPURIOUS]).toEqual({ ORG: 1 });
    expect(countsFromConfusion(confusion, CLASSES)).toEqual(counts);
  });

  it('prints gold rows, other labels and (none) against predicted columns and (missed)', () => {
    const table = formatConfusion({ PER: { PER: 2, ORG: 1 }, MISC: { LOC: 1 }, [SPURIOUS]: { ORG: 3 } }, CLASSES);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/gold \\ predicted \| PER \| ORG \| LOC \| \(missed\)/);
    expect(lines[2]).toMatch(/^\| PER +\| 2 +\| 1 +\| 0 +\| 0 +\|$/);
    expect(lines[5]).toMatch(/^\| MISC +\| 0 +\| 0 +\| 1 +\| 0 +\|$/);
    expect(lines[6]).toMatch(/^\| \(none\) +\| 0 +\| 3 +\| 0 +\| +\|$/);
  });
});

describe('confusion table of head-match scoring', () => {
  //          0         1         2         3
  //          0123456789012345678901234567890123456
  const T = 'A storm hit Lisbon and the Acme Corp';
  const h = (start: number, end: number, type: string, hs: number, he: number): HeadedSpan => ({
    start,
    end,
    type,
    head: { start: hs, end: he },
  });
  const gold = [h(12, 18, 'LOC', 12, 18), h(23, 36, 'ORG', 32, 36)];

  it('pairs a wrong-class prediction on a gold head with that gold mention', () => {
    const counts: ClassCounts = {};
    const confusion: Confusion = {};
    // "Lisbon" typed a group; "Acme Corp" right.
    scoreHeadDoc('d', T, gold, [s(12, 18, 'ORG'), s(27, 36, 'ORG')], CLASSES, counts, undefined, [], confusion);
    expect(confusion).toEqual({ LOC: { ORG: 1 }, ORG: { ORG: 1 } });
    expect(countsFromConfusion(confusion, CLASSES)).toEqual(counts);
    expect(entityMetrics(counts, CLASSES).micro).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it("with placement 'covers' a prediction wider than the gold extent still matches", () => {
    const wide = [s(8, 18, 'LOC')]; // "hit Lisbon"
    const inside: ClassCounts = {};
    scoreHeadDoc('d', T, gold, wide, CLASSES, inside);
    expect(inside['LOC']).toEqual({ tp: 0, fp: 1, fn: 1 });
    const covers: ClassCounts = {};
    const confusion: Confusion = {};
    scoreHeadDoc('d', T, gold, wide, CLASSES, covers, undefined, [], confusion, 'covers');
    expect(covers['LOC']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(confusion).toEqual({ LOC: { LOC: 1 }, ORG: { [MISSED]: 1 } });
  });
});
