/**
 * Salience: news an analyst counting events wants as a row, or an event told in passing (background, a
 * comment, a consequence). Nothing is dropped; the field lets a user filter. Every sentence is written for
 * the rule it tests; none is taken from a data set.
 */
import { events, type EntitySpec, type TimexSpec } from './builders.js';
import { lastDay, datedLongBefore } from '../../src/events/salience.js';

const salience = (
  text: string,
  opts: { timexes?: TimexSpec[]; published?: string; entities?: EntitySpec[] } = {},
): Array<[string, string | undefined]> =>
  events(text, {
    published: opts.published ?? '2021-06-14',
    timexes: opts.timexes ?? [],
    entities: opts.entities ?? [],
    minConfidence: 0,
  }).events.map((e) => [e.trigger.text, e.salience]);

describe('salience', () => {
  it('an event the article reports is news', () => {
    expect(
      salience('Rebels attacked an army post near the border on Saturday.', {
        timexes: [{ text: 'Saturday', value: '2021-06-12', precision: 'day' }],
      }),
    ).toEqual([['attacked', 'news']]);
  });

  it('an event its own words date months before the publication is background', () => {
    expect(
      salience('The engineer was kidnapped by bandits in March 2019.', {
        timexes: [{ text: 'March 2019', value: '2019-03', precision: 'month' }],
      }),
    ).toEqual([['kidnapped', 'background']]);
  });

  it('a financial result is dated by its period and stays news', () => {
    const out = salience('The brewer reported a first-quarter loss of $12 million.', {
      timexes: [{ text: 'first-quarter', value: '2021-Q1', precision: 'quarter' }],
    });
    expect(out.every(([, s]) => s === 'news')).toBe(true);
  });

  it('a definite or possessive event noun no clause narrates is background', () => {
    expect(salience("Bond prices slipped after the minister's resignation.")).toContainEqual([
      'resignation',
      'background',
    ]);
  });

  it('an event noun that is the subject of what it did is news', () => {
    expect(
      salience('The talks between the unions and the port ended without a deal on Tuesday.', {
        timexes: [{ text: 'Tuesday', value: '2021-06-08', precision: 'day' }],
      }),
    ).toContainEqual(['talks', 'news']);
  });

  it('a non-restrictive relative clause tells what is known of a noun: background', () => {
    expect(salience('Prosecutors questioned the driver, who was arrested at a roadblock.')).toContainEqual([
      'arrested',
      'background',
    ]);
  });

  it('an event noun inside a non-restrictive relative clause is background', () => {
    expect(
      salience('Protesters gathered outside the depot, which was the target of an arson attack, on Sunday.'),
    ).toContainEqual(['attack', 'background']);
  });

  it('a participle apposition with no object of its own is background; a main verb after an apposition is news', () => {
    expect(
      salience('Police are still searching for Tom Varga, convicted in absentia of the bank robbery.', {
        entities: [{ name: 'Tom Varga', type: 'person' }],
      }),
    ).toContainEqual(['convicted', 'background']);
    expect(
      salience('Tom Varga, a former city councillor, resigned his seat on Friday.', {
        entities: [{ name: 'Tom Varga', type: 'person' }],
        timexes: [{ text: 'Friday', value: '2021-06-11', precision: 'day' }],
      }),
    ).toContainEqual(['resigned', 'news']);
  });

  it('a participle before a noun names an earlier event as a property', () => {
    expect(salience('The recently acquired brewery will close its plant in Leeds.')).toContainEqual([
      'acquired',
      'background',
    ]);
  });

  it('a bare-quoted or simple-present attribution is a comment; a statement told in the past is news', () => {
    expect(
      salience('"Prices will keep climbing," Mary Okafor said.', {
        entities: [{ name: 'Mary Okafor', type: 'person' }],
      }),
    ).toEqual([['said', 'comment']]);
    expect(
      salience('Mary Okafor says prices will keep climbing.', {
        entities: [{ name: 'Mary Okafor', type: 'person' }],
      }),
    ).toEqual([['says', 'comment']]);
    expect(
      salience('Members of the Valley Farmers Union say the new dam will dry out their fields.', {
        entities: [{ name: 'Valley Farmers Union', type: 'group' }],
      }),
    ).toEqual([['say', 'comment']]);
    expect(
      salience('The Interior Ministry said on Monday that the border crossing would reopen.', {
        entities: [{ name: 'Interior Ministry', type: 'group' }],
        timexes: [{ text: 'Monday', value: '2021-06-14', precision: 'day' }],
      }),
    ).toEqual([['said', 'news']]);
  });

  it('a standing position in the present perfect is background', () => {
    expect(
      salience('Mary Okafor has denied every claim of wrongdoing.', {
        entities: [{ name: 'Mary Okafor', type: 'person' }],
      }),
    ).toEqual([['denied', 'background']]);
  });

  it('a death that resulted from an attack is its consequence', () => {
    const out = salience('Gunmen attacked a market in the town, killing seven traders.');
    expect(out).toContainEqual(['attacked', 'news']);
    expect(out).toContainEqual(['killing', 'consequence']);
  });
});

describe('dates long before the publication', () => {
  it.each([
    ['2019', Date.UTC(2019, 11, 31)],
    ['2020-02', Date.UTC(2020, 1, 29)],
    ['2021-06-14T10:00', Date.UTC(2021, 5, 14)],
    ['2021-W01', Date.UTC(2021, 0, 10)],
    ['196X', Date.UTC(1969, 11, 31)],
    ['2020-SU', Date.UTC(2020, 8, 30)],
  ])('the last day %s covers', (value, day) => {
    expect(lastDay(value)).toBe(day);
  });

  it('is only a date read from the words, more than a month before', () => {
    const d = (value: string, source: 'clause' | 'publication' = 'clause') =>
      ({ value, precision: 'day', source }) as const;
    expect(datedLongBefore(d('2021-04-30'), '2021-06-14')).toBe(true);
    expect(datedLongBefore(d('2021-05-20'), '2021-06-14')).toBe(false);
    expect(datedLongBefore(d('2019', 'publication'), '2021-06-14')).toBe(false);
    expect(datedLongBefore(d('PRESENT_REF'), '2021-06-14')).toBe(false);
  });
});
