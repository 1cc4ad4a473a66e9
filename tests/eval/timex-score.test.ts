import { scoreTimexDoc, timexMetrics, type EvalError, type ScoredTimex } from '../../src/dev/eval/timex-score.js';

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const TEXT = 'On Monday, for three years, until late last week, now.';
const t = (start: number, end: number, type: string, value: string | null): ScoredTimex => ({
  start,
  end,
  type,
  value,
});

// Gold: "Monday" (3,9), "three years" (15,26), "late last week" (34,48)
const GOLD = [t(3, 9, 'DATE', '1998-01-05'), t(15, 26, 'DURATION', 'P3Y'), t(34, 48, 'DATE', '1998-W01')];

describe('scoreTimexDoc (TempEval-3 style)', () => {
  it('counts strict, relaxed, type and value matches one-to-one', () => {
    const pred = [
      t(3, 9, 'DATE', '1998-01-05'), // exact span, right value
      t(21, 26, 'DURATION', 'P3Y'), // "years": overlap only, right value
      t(39, 48, 'DURATION', null), // "last week": overlap, wrong type, no value
      t(50, 53, 'DATE', 'PRESENT_REF'), // "now": false alarm
    ];
    const errors: EvalError[] = [];
    const c = scoreTimexDoc('d', TEXT, GOLD, pred, errors);
    expect(c).toEqual({ gold: 3, system: 4, strict: 1, relaxed: 3, typeCorrect: 2, valueCorrect: 2 });
    const m = timexMetrics(c);
    // strict: P 1/4, R 1/3, F1 2·1/(4+3) = 2/7
    expect(m.strict.precision).toBeCloseTo(0.25);
    expect(m.strict.recall).toBeCloseTo(1 / 3);
    expect(m.strict.f1).toBeCloseTo(2 / 7);
    // relaxed: P 3/4, R 3/3, F1 6/7
    expect(m.relaxed.f1).toBeCloseTo(6 / 7);
    // type: accuracy 2/3 over relaxed matches; F1 = 2·2/(4+3)
    expect(m.typeAccuracy).toBeCloseTo(2 / 3);
    expect(m.type.f1).toBeCloseTo(4 / 7);
    // value: accuracy 2/3; F1 = 2·2/7 = value accuracy × relaxed F1
    expect(m.valueAccuracy).toBeCloseTo(2 / 3);
    expect(m.value.f1).toBeCloseTo(4 / 7);
    expect(m.value.f1).toBeCloseTo(m.valueAccuracy * m.relaxed.f1);
    expect(errors.map((e) => `${e.kind}:${e.text}`).sort()).toEqual([
      'boundary:last week',
      'boundary:years',
      'false alarm:now',
      'type:last week',
      'value:last week',
    ]);
  });

  it('lets one long prediction match only one of two gold spans', () => {
    const c = scoreTimexDoc('d', TEXT, GOLD, [t(3, 26, 'DATE', '1998-01-05')]);
    expect(c.relaxed).toBe(1);
    expect(c.strict).toBe(0);
    expect(c.valueCorrect).toBe(0); // paired with the larger overlap, "three years" (P3Y)
  });

  it('scores an empty prediction as zero precision and recall, not NaN', () => {
    const m = timexMetrics(scoreTimexDoc('d', TEXT, GOLD, []));
    expect(m.relaxed).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
    expect(m.valueAccuracy).toBe(0);
  });
});
