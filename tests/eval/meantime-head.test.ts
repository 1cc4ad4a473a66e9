import { nameHead } from '../../src/dev/eval/meantime-gold.js';
import {
  entityMetrics,
  scoreHeadDoc,
  type ClassCounts,
  type HeadedSpan,
  type TypedSpan,
} from '../../src/dev/eval/entity-score.js';
import type { EvalError } from '../../src/dev/eval/timex-score.js';

/** The head `nameHead` picks, as text (words are CAT tokens, so joined by spaces). */
const head = (mention: string): string => {
  const words = mention.split(' ');
  const [from, to] = nameHead(words);
  return words.slice(from, to).join(' ');
};

describe('nameHead (the name inside a MEANTIME noun-phrase extent)', () => {
  it.each([
    ['Acme', 'Acme'],
    ['the Zedland Air Force', 'Zedland Air Force'],
    ['The Widget Accountability Office', 'Widget Accountability Office'],
    // pre-modifiers come before the head: the last name wins
    ['Acme chief executive Jane Roe', 'Jane Roe'],
    ['Zedland planemaker Skyco', 'Skyco'],
    ['Port Vale based Skyco Systems', 'Skyco Systems'],
    ['150px Skyco', 'Skyco'],
    // post-modifiers after a name end the search
    ['their Norton Factory near Easton , Westshire , in the Zedland Republic', 'Norton Factory'],
    ['Easton , Westshire , in the Zedland Republic', 'Easton'],
    ['Moor Hall in Easton , Westshire', 'Moor Hall'],
    ['the Moor Hall center in Easton', 'Moor Hall'],
    ['Skyco Airlines ( SKA', 'Skyco Airlines'],
    ['Jane Roe , minister of transport for Zedland', 'Jane Roe'],
    // a comma after a common noun or a title is an apposition: the name follows it
    ['Zedland low cost airline , Skyco', 'Skyco'],
    ['Skyco CEO , Jane Roe', 'Jane Roe'],
    // titles, honorifics and determiners are not the name
    ['Spokeswoman Jane Roe', 'Jane Roe'],
    ['Mr Justice Bob Smith', 'Bob Smith'],
    ['the Prime Minister of Zedland , Mr. Bob Smith', 'Bob Smith'],
    // possessives are determiners; "of", "&", "-" join name words
    ["Skyco 's Launch Systems", 'Launch Systems'],
    ["The Rovers ' Acme Corps", 'Acme Corps'],
    ["People 's Republic of Zedland", 'Republic of Zedland'],
    ['Zedland Aeronautic Defence & Space NV ( ZADS', 'Zedland Aeronautic Defence & Space NV'],
    ['Wal - Mart', 'Wal - Mart'],
    ['Terminal 3 of Easton Airport', 'Terminal 3 of Easton Airport'],
    // nothing eligible: the first name; no name at all: the whole mention
    ["Skyco 's board of directors", 'Skyco'],
    ['the company', 'the company'],
  ])('%s → %s', (mention, expected) => {
    expect(head(mention)).toBe(expected);
  });
});

describe('scoreHeadDoc (hand-computed)', () => {
  const CLASSES = ['PER', 'ORG', 'LOC'];
  //            0         1         2         3         4         5         6
  //            0123456789012345678901234567890123456789012345678901234567890123
  const TEXT = 'Skyco boss Jane Roe met Bob at Moor Hall near Easton, Westshire';
  const g = (start: number, end: number, type: string, hs: number, he: number): HeadedSpan => ({
    start,
    end,
    type,
    head: { start: hs, end: he },
  });
  const p = (start: number, end: number, type: string): TypedSpan => ({ start, end, type });
  const GOLD = [
    g(0, 19, 'PER', 11, 19), // "Skyco boss Jane Roe", head "Jane Roe"
    g(11, 19, 'PER', 11, 19), // nested "Jane Roe": same head and class → one name occurrence
    g(24, 27, 'PER', 24, 27), // "Bob"
    g(31, 63, 'LOC', 31, 40), // "Moor Hall near Easton, Westshire", head "Moor Hall"
    g(46, 63, 'LOC', 46, 52), // "Easton, Westshire", head "Easton"
    g(0, 5, 'PRO', 0, 5), // "Skyco" typed PRO: not scored
  ];

  it('matches a same-class prediction inside the mention that covers its head, one to one', () => {
    const pred = [
      p(11, 19, 'PER'), // Jane Roe: TP PER (one unit for the two nested gold mentions)
      p(16, 19, 'PER'), // "Roe" alone: does not cover the head → FP PER
      p(24, 27, 'ORG'), // Bob as ORG: FP ORG, and Bob → FN PER
      p(31, 40, 'LOC'), // Moor Hall: TP LOC
      p(46, 52, 'LOC'), // Easton: TP LOC (its own mention; it is not Moor Hall's head)
      p(54, 63, 'LOC'), // Westshire: not a head → FP LOC
      p(0, 5, 'ORG'), // Skyco on a PRO span: FP ORG
    ];
    const counts: ClassCounts = {};
    const errors: EvalError[] = [];
    scoreHeadDoc('d', TEXT, GOLD, pred, CLASSES, counts, errors);
    expect(counts).toEqual({
      PER: { tp: 1, fp: 1, fn: 1 },
      ORG: { tp: 0, fp: 2, fn: 0 },
      LOC: { tp: 2, fp: 1, fn: 0 },
    });
    // micro: TP 3, FP 4, FN 1 → P 3/7, R 3/4, F1 = 2·(3/7)·(3/4)/(3/7+3/4) = 6/11
    expect(entityMetrics(counts, CLASSES).micro.f1).toBeCloseTo(6 / 11);
    expect(errors.find((e) => e.kind === 'head miss')!.text).toBe('Bob');
    expect(errors.find((e) => e.text === 'Skyco')!.detail).toBe('ORG; on a PRO span');
    expect(errors.find((e) => e.text === 'Roe')!.detail).toBe(
      'PER; inside gold PER "Skyco boss Jane Roe", head "Jane Roe"',
    );
  });

  it('credits the exact extent too, and a prediction reaching outside the mention not at all', () => {
    const counts: ClassCounts = {};
    scoreHeadDoc('d', TEXT, GOLD, [p(0, 19, 'PER'), p(24, 30, 'PER')], CLASSES, counts);
    // "Skyco boss Jane Roe" covers the head: TP; "Bob at" leaves the mention "Bob": FP, and Bob is missed.
    expect(counts['PER']).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('pairs the prediction closest to the head first, so two predictions cannot share one name', () => {
    const counts: ClassCounts = {};
    scoreHeadDoc('d', TEXT, GOLD, [p(31, 52, 'LOC'), p(31, 40, 'LOC')], CLASSES, counts);
    // "Moor Hall near Easton" lies inside the outer mention only (not inside "Easton, Westshire"), so both
    // predictions are candidates for Moor Hall: the one of the head's own length (0 extra) is paired
    // before the 12-character-longer one, which is left over (FP); Easton is missed.
    expect(counts['LOC']).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('leaves a same-class prediction on a neutral span unscored', () => {
    const counts: ClassCounts = {};
    expect(scoreHeadDoc('d', TEXT, GOLD, [p(0, 5, 'ORG')], CLASSES, counts, undefined, [p(0, 5, 'ORG')])).toBe(1);
    expect(counts['ORG']).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});
