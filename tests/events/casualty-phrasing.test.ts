/**
 * Casualty phrasings found missing by the fresh2 casualty split (session 10, issue 14 item 3): each rule
 * states a general phenomenon of news copy, and every sentence here is written for its rule (none comes from a
 * data set or from the gold files).
 */
import { events } from './builders.js';

/** The [value, precision] of every count of `kind` the events carry. */
function byKind(text: string, kind: 'killed' | 'injured', names: string[] = []): Array<[number, string]> {
  return events(text, { minConfidence: 0, entities: names.map((name) => ({ name, type: 'person' as const })) })
    .events.map((e) => e.casualties?.[kind])
    .filter((c) => c !== undefined)
    .map((c) => [c.value, c.precision]);
}

describe('"the number of …" as a toll', () => {
  it.each([
    [
      'a modifier of report before the result word',
      'After the mudslide, the number of confirmed dead stood at 27.',
      27,
    ],
    [
      'people a relative clause says died',
      'Officials said the number of people who have died in the outbreak climbed to 318.',
      318,
    ],
    ['"those killed"', 'After the storm the number of those killed reached 64.', 64],
    [
      '"rose" read as a noun by the tagger is still a rising verb',
      'In the landslide, the number of dead rose to 45.',
      45,
    ],
  ])('%s', (_rule, text, value) => {
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([value]);
  });

  it('"bringing the number of dead to N" is an updated total that replaces the figure before it', () => {
    const text = 'Divers pulled nine bodies from the sunken barge on Monday, bringing the number of dead to 33.';
    expect(byKind(text, 'killed')).toEqual([[33, 'exact']]);
  });

  it('children who were wounded: a relative clause on a bare plural of people', () => {
    expect(byKind('The number of children who were wounded stood at 14.', 'injured')).toEqual([[14, 'exact']]);
  });

  it('the number of people who did something else is no toll', () => {
    expect(byKind('The number of people who voted rose to 4,000 after the bombing.', 'killed')).toEqual([]);
  });
});

describe('victims on top of those already told add up', () => {
  it.each([
    ['"and another died"', 'A boiler blew up at the mill. Two workers died at once and another died in hospital.', 3],
    ['"N others died later"', 'Three guards were killed in the ambush, and four others died later of their wounds.', 7],
  ])('%s', (_rule, text, value) => {
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([value]);
  });

  it('"a third was wounded" is one injured, beside two dead', () => {
    const text = 'Two border guards were shot dead and a third was badly wounded when gunmen raided their post.';
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([2]);
    expect(byKind(text, 'injured').map(([v]) => v)).toEqual([1]);
  });

  it('two reports of one toll are still compared, not added (the lowest figure)', () => {
    const text = 'Police said four people were killed in the blast, and hospital staff said six were killed.';
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([4]);
  });
});
