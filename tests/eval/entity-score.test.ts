import { entityMetrics, scoreEntityDoc, type ClassCounts, type TypedSpan } from '../../src/dev/eval/entity-score.js';
import type { EvalError } from '../../src/dev/eval/timex-score.js';

const CLASSES = ['PER', 'ORG', 'LOC'];
//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = 'Jane Doe of Acme Corp met Bob in Paris on Euro';
const s = (start: number, end: number, type: string): TypedSpan => ({ start, end, type });
const GOLD = [s(0, 8, 'PER'), s(12, 21, 'ORG'), s(26, 29, 'PER'), s(33, 38, 'LOC'), s(42, 46, 'MISC')];

describe('scoreEntityDoc (hand-computed)', () => {
  it('counts exact span+type matches; partial spans, wrong types and MISC predictions are false positives', () => {
    const pred = [
      s(0, 8, 'PER'), // Jane Doe: TP PER
      s(12, 16, 'ORG'), // "Acme": partial span → FP ORG, and gold Acme Corp → FN ORG
      s(26, 29, 'LOC'), // Bob as LOC: FP LOC, FN PER
      s(33, 38, 'LOC'), // Paris: TP LOC
      s(42, 46, 'ORG'), // Euro (gold MISC): FP ORG, MISC is not in the gold so no FN
    ];
    const counts: ClassCounts = {};
    const errors: EvalError[] = [];
    scoreEntityDoc('d', TEXT, GOLD, pred, CLASSES, counts, errors);
    expect(counts).toEqual({
      PER: { tp: 1, fp: 0, fn: 1 },
      ORG: { tp: 0, fp: 2, fn: 1 },
      LOC: { tp: 1, fp: 1, fn: 0 },
    });
    const m = entityMetrics(counts, CLASSES);
    // PER: P 1/1, R 1/2, F1 2/3; LOC: P 1/2, R 1/1, F1 2/3; ORG: 0
    expect(m.classes['PER']!.f1).toBeCloseTo(2 / 3);
    expect(m.classes['LOC']!.f1).toBeCloseTo(2 / 3);
    expect(m.classes['ORG']!.f1).toBe(0);
    // micro: TP 2, FP 3, FN 2 → P 2/5, R 2/4, F1 = 2·0.4·0.5/0.9 = 4/9
    expect(m.micro).toMatchObject({ tp: 2, fp: 3, fn: 2 });
    expect(m.micro.f1).toBeCloseTo(4 / 9);
    expect(errors.find((e) => e.text === 'Euro')!.detail).toBe('ORG; on a MISC span');
    expect(errors.find((e) => e.text === 'Bob' && e.kind === 'false alarm')!.detail).toBe('LOC; gold PER');
  });

  it('scores an empty prediction as all misses', () => {
    const counts: ClassCounts = {};
    scoreEntityDoc('d', TEXT, GOLD, [], CLASSES, counts);
    const m = entityMetrics(counts, CLASSES);
    expect(m.micro).toMatchObject({ tp: 0, fp: 0, fn: 4, precision: 0, recall: 0, f1: 0 });
  });

  it('counts a duplicate prediction of a matched span once as TP and once as FP', () => {
    const counts: ClassCounts = {};
    scoreEntityDoc('d', TEXT, GOLD, [s(0, 8, 'PER'), s(0, 8, 'PER')], CLASSES, counts);
    expect(counts['PER']).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('leaves a same-class prediction on a neutral span unscored, but not a wrong-class one', () => {
    const counts: ClassCounts = {};
    const neutral = [s(12, 16, 'ORG')];
    const n = scoreEntityDoc('d', TEXT, GOLD, [s(12, 16, 'ORG')], CLASSES, counts, undefined, neutral);
    expect(n).toBe(1);
    expect(counts['ORG']).toEqual({ tp: 0, fp: 0, fn: 1 });
    const counts2: ClassCounts = {};
    expect(scoreEntityDoc('d', TEXT, GOLD, [s(12, 16, 'PER')], CLASSES, counts2, undefined, neutral)).toBe(0);
    expect(counts2['PER']!.fp).toBe(1);
  });
});
