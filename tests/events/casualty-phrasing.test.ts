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

describe('ranges and compound figures', () => {
  it.each([
    ['"N to M" keeps the lowest figure', 'Eight to 12 miners were killed when the shaft flooded.', [8, 'vague']],
    ['"N or M" keeps the lowest figure', 'Three or four villagers died in the mudslide.', [3, 'vague']],
    [
      'a shared scale word: "between two and three dozen"',
      'Between two and three dozen pilgrims were hurt in the crush.',
      [24, 'vague'],
    ],
    [
      'a shared scale word: "two to three hundred"',
      'Two to three hundred protesters were injured in the clashes.',
      [200, 'vague'],
    ],
    ['a compound number word as subject', 'Four hundred people were injured in the quake.', [400, 'exact']],
  ])('%s', (_rule, text, expected) => {
    const kind = /killed|died/.test(text) ? 'killed' : 'injured';
    expect(byKind(text, kind)).toEqual([expected]);
  });

  it('"from N to M" is a change, not a range', () => {
    expect(byKind('The toll from the floods climbed from 20 to 26 overnight.', 'killed').map(([v]) => v)).toEqual([26]);
  });
});

describe('more ways a toll is stated', () => {
  it.each([
    ['"N people lost their lives"', 'Officials said 14 passengers lost their lives when the ferry sank.', 14],
    [
      'a figure raised over "are believed to have"',
      'Dozens of villagers are believed to have died in the landslide.',
      12,
    ],
    ['"are feared to have been killed"', 'Six miners are feared to have been killed in the blast.', 6],
    ['"both" before a plural noun of people', 'The avalanche killed the guide and both climbers.', 3],
    [
      '"who" makes a definite noun one person; "along with her" adds one',
      'The skipper, who drowned along with her off the cape, was 40.',
      2,
    ],
    ['a definite animate victim of a killing noun', 'Police are investigating the murder of the journalist.', 1],
    ['a definite victim named in apposition', 'The killing of the teacher, Mara Quent, shocked the valley.', 1],
  ])('%s', (_rule, text, value) => {
    const names = text.includes('Mara Quent') ? ['Mara Quent'] : [];
    expect(byKind(text, 'killed', names).map(([v]) => v)).toEqual([value]);
  });

  it.each([
    [
      '"the wounded, numbering more than N"',
      'The wounded, numbering more than 90, were taken to clinics in the town.',
      [90, 'lower-bound'],
    ],
    [
      '"the wounded, N in all"',
      'A fuel truck exploded on the highway. The injured, 23 in all, were flown to the capital.',
      [23, 'exact'],
    ],
    [
      '"airlifted to X with injuries"',
      'Nine hikers were airlifted to Denver with injuries after the rockfall.',
      [9, 'exact'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(byKind(text, 'injured')).toEqual([expected]);
  });

  it('a part in an apposition to "the dead" is no toll', () => {
    expect(byKind('The dead, three of them children, were buried on Sunday.', 'killed')).toEqual([]);
  });
});

describe('no toll where nobody died', () => {
  it.each([
    ['a threat', 'The kidnappers threatened to kill 20 hostages.'],
    ['a condition', 'Engineers warned that thousands could die if the dam failed.'],
    ['a gerund after "about"', 'The men joked about killing Mara Quent.'],
    ['a gerund after "from"', 'Guards were barred from killing Mara Quent.'],
  ])('%s', (_rule, text) => {
    expect(byKind(text, 'killed', text.includes('Mara Quent') ? ['Mara Quent'] : [])).toEqual([]);
  });

  it('"hundreds if not thousands" is a hedge, not a condition: the lower figure stands', () => {
    expect(byKind('Hundreds if not thousands of people died in the cyclone.', 'killed')).toEqual([[100, 'vague']]);
  });

  it('"went on to kill" is no plan: its toll stands', () => {
    expect(byKind('The gunman went on to kill four more people.', 'killed').map(([v]) => v)).toEqual([4]);
  });
});

describe('a past verb tagged as a noun after "and"', () => {
  it('"killed an officer and maimed a nurse" states one dead and one injured', () => {
    const text = 'The parcel bomb killed an officer and maimed a nurse at the clinic.';
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([1]);
    expect(byKind(text, 'injured').map(([v]) => v)).toEqual([1]);
  });
});
