/** Numbers of people as news states them, and the property that a figure never exceeds what the words state. */
import fc from 'fast-check';
import { largestStated, numberWord, parseQuantity, VAGUE_WORDS } from '../../src/events/quantity.js';

const words = (s: string): string[] => s.toLowerCase().split(/\s+/);

describe('parseQuantity', () => {
  it.each([
    ['12 people', { value: 12, min: 12, max: 12, precision: 'exact', length: 1 }],
    ['1,200 people', { value: 1200, min: 1200, max: 1200, precision: 'exact', length: 1 }],
    ['five officers', { value: 5, min: 5, max: 5, precision: 'exact', length: 1 }],
    ['twenty-three soldiers', { value: 23, min: 23, max: 23, precision: 'exact', length: 1 }],
    ['twenty three soldiers', { value: 23, min: 23, max: 23, precision: 'exact', length: 2 }],
    ['two hundred and fifty people', { value: 250, min: 250, max: 250, precision: 'exact', length: 4 }],
    ['a dozen people', { value: 12, min: 12, max: 12, precision: 'exact', length: 2 }],
    ['at least 50 people', { value: 50, min: 50, max: null, precision: 'lower-bound', length: 3 }],
    ['more than 100 civilians', { value: 100, min: 100, max: null, precision: 'lower-bound', length: 3 }],
    ['about 40 people', { value: 40, min: 40, max: 40, precision: 'vague', length: 2 }],
    ['dozens of civilians', { value: 12, min: 12, max: null, precision: 'vague', length: 1 }],
    ['scores of people', { value: 20, min: 20, max: null, precision: 'vague', length: 1 }],
    ['hundreds of people', { value: 100, min: 100, max: null, precision: 'vague', length: 1 }],
    ['several soldiers', { value: 10, min: 10, max: null, precision: 'vague', length: 1 }],
    ['tens of thousands of people', { value: 10000, min: 10000, max: null, precision: 'vague', length: 3 }],
    ['at least dozens of people', { value: 12, min: 12, max: null, precision: 'lower-bound', length: 3 }],
    ['no one was hurt', { value: 0, min: 0, max: 0, precision: 'exact', length: 2 }],
    ['nobody was hurt', { value: 0, min: 0, max: 0, precision: 'exact', length: 1 }],
    ['between 10 and 15 people', { value: 10, min: 10, max: 15, precision: 'vague', length: 4 }],
    ['two dozen fighters', { value: 24, min: 24, max: 24, precision: 'exact', length: 2 }],
    ['twenty - five people', { value: 25, min: 25, max: 25, precision: 'exact', length: 3 }],
    ['hundreds if not thousands of people', { value: 100, min: 100, max: null, precision: 'vague', length: 4 }],
    // Every bound of two or three words is read whole (the first word alone is looked up before joining).
    ['no fewer than 30 guards', { value: 30, min: 30, max: null, precision: 'lower-bound', length: 4 }],
    ['in excess of 200 miners', { value: 200, min: 200, max: null, precision: 'lower-bound', length: 4 }],
    ['a minimum of 7 porters', { value: 7, min: 7, max: null, precision: 'lower-bound', length: 4 }],
    ['upwards of 60 hikers', { value: 60, min: 60, max: null, precision: 'lower-bound', length: 3 }],
    ['as many as 90 tenants', { value: 90, min: 90, max: 90, precision: 'vague', length: 4 }],
    ['close to 15 ferry passengers', { value: 15, min: 15, max: 15, precision: 'vague', length: 3 }],
    ['an estimated 4,000 villagers', { value: 4000, min: 4000, max: 4000, precision: 'vague', length: 3 }],
  ])('%s', (text, expected) => {
    expect(parseQuantity(words(text), 0)).toEqual(expected);
  });

  it('reads bad input as no figure or a lower one, never a larger one', () => {
    expect(parseQuantity(words('1,2OO people'), 0)).toBeNull();
    expect(parseQuantity(words('dozens of dozens'), 0)).toMatchObject({ value: 12 });
    expect(parseQuantity(words('hundreds if not thousands'), 0)).toMatchObject({ value: 100 });
    expect(parseQuantity(words('between 15 and 10'), 0)).toBeNull();
    expect(parseQuantity(words('12 15 people'), 0)).toMatchObject({ value: 12, length: 1 });
    expect(parseQuantity(words('at least'), 0)).toBeNull();
    expect(parseQuantity([], 0)).toBeNull();
    expect(numberWord('12,34')).toBeNull();
    expect(numberWord('twenty-ten')).toBeNull();
  });
});

/** Words news uses around figures, plus noise. */
const vocabulary = fc.constantFrom(
  'at',
  'least',
  'more',
  'than',
  'about',
  'up',
  'to',
  'a',
  'dozen',
  'half',
  'hundred',
  'thousand',
  'million',
  'and',
  'of',
  'if',
  'not',
  'people',
  'twenty',
  'five',
  'nineteen',
  'twenty-three',
  'one',
  ...VAGUE_WORDS.keys(),
);
const token = fc.oneof(
  vocabulary,
  fc.integer({ min: 0, max: 9999999 }).map(String),
  fc.integer({ min: 1000, max: 9999999 }).map((n) => n.toLocaleString('en-US')),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('1,2OO', '12,34', '1..2', '-', ','),
);

describe('parseQuantity properties', () => {
  it('never crashes, and its figure never exceeds what the words state', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), fc.nat({ max: 8 }), (ws, i) => {
        const q = parseQuantity(ws, i);
        if (q === null) return;
        expect(Number.isInteger(q.value) && q.value >= 0).toBe(true);
        expect(q.min).toBeLessThanOrEqual(q.value);
        if (q.max !== null) expect(q.max).toBeGreaterThanOrEqual(q.value);
        expect(q.length).toBeGreaterThan(0);
        const used = ws.slice(i, i + q.length);
        // A figure is bounded by the largest number the words state, or by the coded value of a vague word
        // times a scale word it multiplies ("tens of thousands").
        const vague = Math.max(0, ...used.map((w) => VAGUE_WORDS.get(w) ?? 0));
        const scale = used.includes('million')
          ? 1000000
          : used.includes('thousands') || used.includes('thousand')
            ? 1000
            : 1;
        const bound = Math.max(largestStated(used), vague * scale, used.includes('dozen') ? 12 : 0);
        expect(q.value).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every well-formed digit string as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999999 }), (n) => {
        expect(parseQuantity([String(n), 'people'], 0)?.value).toBe(n);
        expect(parseQuantity([n.toLocaleString('en-US'), 'people'], 0)?.value).toBe(n);
      }),
    );
  });
});
