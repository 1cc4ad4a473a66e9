/**
 * Session 17 ("evprec" helper): rows an analyst can trust. Each block is one phenomenon of a wrong row (a
 * showing typed protest, a record's "since" read as a series, a speaker's retelling counted again), with
 * sentences written for the rule and its false senses. None is taken from a data set or a gold file.
 */
import { allEvents, events, type EntitySpec, type TimexSpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string, opts: { timexes?: TimexSpec[]; entities?: EntitySpec[] } = {}): EventRecord[] =>
  allEvents(text, '2024-03-08', opts);

const found = (text: string): string[] => run(text).map((e) => `${e.type}:${e.trigger.text}`);

describe('demonstrate with an object led by adjectives or a quantifier means show, no protest', () => {
  it.each([
    ['Software makers demonstrated new applications at the expo.'],
    ['The interns demonstrated several prototypes, and hundreds of guests watched.'],
    ['Agronomists demonstrated innovative irrigation methods to growers.'],
    ['Volunteers demonstrated basic rescue skills to the pupils.'],
  ])('%s', (text) => {
    expect(found(text).filter((t) => t.startsWith('protest'))).toEqual([]);
  });

  it.each([
    ['Hundreds demonstrated peacefully outside the courthouse on Friday.', 'demonstrated'],
    ['Teachers demonstrated angrily in front of the ministry.', 'demonstrated'],
    // A time or a count of occasions after the verb is no object.
    ['Cab drivers demonstrated several times against the new fares.', 'demonstrated'],
    ['Miners demonstrated all night outside the pit gates.', 'demonstrated'],
  ])('a protest still takes no object: %s', (text, trigger) => {
    expect(found(text)).toContain(`protest:${trigger}`);
  });
});

describe('"a demonstration of" a thing is a showing; of people or of a stance, a protest', () => {
  it.each([
    ['The start-up gave a demonstration of its new booking software to buyers on Monday.'],
    ['The navy staged a demonstration of the unmanned boat for reporters.'],
  ])('%s', (text) => {
    expect(found(text).filter((t) => t.startsWith('protest'))).toEqual([]);
  });

  it.each([
    ['A demonstration of 3,000 dockers blocked the harbour road on Monday.'],
    ['A demonstration of Tamils marched through the city centre on Monday.'],
    ['Thousands joined a demonstration of support for the jailed mayor on Sunday.'],
    ['Pupils held a demonstration of solidarity with the striking cleaners.'],
    ['Crowds staged a large demonstration in the capital on Monday.'],
  ])('%s', (text) => {
    expect(found(text)).toContain('protest:demonstration');
  });
});

describe('"the first … since <date>" compares one event with all since: no series, still news', () => {
  const salienceOf = (text: string, timexes: TimexSpec[], word: string): string | undefined =>
    run(text, { timexes }).find((e) => e.trigger.text === word || (e.mentions ?? []).some((m) => m.text === word))
      ?.salience;

  it('an ordinal before the event noun', () => {
    expect(
      salienceOf(
        'Officials said it was the first reported killing of a magistrate in the district since 2017.',
        [{ text: '2017', value: '2017', precision: 'year' }],
        'killing',
      ),
    ).toBe('news');
  });

  it('a superlative in an apposition after the event verb', () => {
    expect(
      salienceOf(
        'Four marchers died on Tuesday, the deadliest day for the movement since 2016.',
        [
          { text: 'Tuesday', value: '2024-03-05', precision: 'day' },
          { text: '2016', value: '2016', precision: 'year' },
        ],
        'died',
      ),
    ).toBe('news');
  });

  it('a series counted since a time long past stays background', () => {
    expect(
      salienceOf(
        'Dozens of traders have been arrested in the province since 2015.',
        [{ text: '2015', value: '2015', precision: 'year' }],
        'arrested',
      ),
    ).toBe('background');
  });

  it('the date after "since" never dates the event', () => {
    const e = run('A ranger was killed on Monday, the first killing in the park since 2019.', {
      timexes: [
        { text: 'Monday', value: '2024-03-04', precision: 'day' },
        { text: '2019', value: '2019', precision: 'year' },
      ],
    }).find((x) => x.trigger.text === 'killed');
    expect(e?.date.value).toBe('2024-03-04');
  });
});

describe('a speaker quoted on what was done to them retells the reported attack', () => {
  const P = (name: string): EntitySpec => ({ name, type: 'person' });
  const attacks = (text: string, entities: EntitySpec[] = []): EventRecord[] =>
    run(text, {
      entities,
      timexes: [
        { text: 'Tuesday', value: '2024-03-05', precision: 'day' },
        { text: 'Wednesday', value: '2024-03-06', precision: 'day' },
        { text: '2019', value: '2019', precision: 'year' },
      ].filter((x) => text.includes(x.text)) as TimexSpec[],
    }).filter((e) => e.type === 'attack' || e.type === 'riot'); // session 20: a mob's storming is a riot

  const osei = P('Lena Osei');
  osei.forms = ['Lena Osei', 'Osei'];
  const named = (text: string): EntitySpec[] => (text.includes('Osei') ? [osei] : []);

  it.each([
    'Gunmen fired on the convoy of Mayor Lena Osei in Barrow on Tuesday. "They tried to assassinate me, but God protected us," Osei told a rally on Wednesday.',
    'Militants ambushed a bus of pilgrims near Sorel on Tuesday. "They shot at us from both sides of the road," one pilgrim said.',
    'A mob stormed the house of Lena Osei on Tuesday. "I was attacked in my own home," Osei said on Wednesday.',
  ])('%s', (text) => {
    const evs = attacks(text, named(text));
    expect(evs).toHaveLength(1);
    expect((evs[0]!.mentions ?? []).length).toBe(2);
  });

  it.each([
    // Not quoted: the article tells a second attack in its own voice.
    'Gunmen fired on the convoy of Mayor Lena Osei in Barrow on Tuesday. Later, rebels tried to assassinate her deputy.',
    // Quoted, but of another time: a date of its own and a count of occasions.
    'Gunmen fired on the convoy of Mayor Lena Osei in Barrow on Tuesday. "I was attacked twice in 2019," Osei said.',
  ])('another attack stays apart: %s', (text) => {
    expect(attacks(text, named(text)).length).toBeGreaterThan(1);
  });
});

describe('a simple-present trade or policy statement is a habit, not one occurrence', () => {
  const G = (name: string): EntitySpec => ({ name, type: 'group' });
  const L = (name: string): EntitySpec => ({ name, type: 'place' });
  const statusOf = (text: string, word: string, entities: EntitySpec[]): string | undefined =>
    run(text, { entities }).find((e) => e.trigger.text === word)?.status;

  it.each([
    ['Valdoria supplies weapons to the rebels in the east.', [L('Valdoria')]],
    ['Corvex supplies diesel to the navy.', [G('Corvex')]],
  ])('%s', (text, entities) => {
    expect(statusOf(text, 'supplies', entities)).toBe('generic');
  });

  it.each([
    // One delivery told with a past verb, or a headline in the present: not a habit.
    ['Valdoria supplied weapons to the rebels last month.', 'supplied', [L('Valdoria')]],
    ['Valdoria supplies weapons to rebels', 'supplies', [L('Valdoria')]],
  ])('%s', (text, word, entities) => {
    expect(statusOf(text, word, entities)).not.toBe('generic');
  });
});

describe('people released are freed from custody, never a product launch', () => {
  test.each([
    ['The rebels released 20 prisoners on Friday.', 'released'],
    ['The government announced the release of 300 political prisoners on Thursday.', 'release'],
    ['Two hostages were released near the border on Wednesday.', 'released'],
    ["The hostages' release was delayed by a day.", 'release'],
    ['Police released him on Monday without charge.', 'released'],
  ])('%s', (text, trigger) => {
    const { events: evs } = events(text, { minConfidence: 0 });
    expect(evs.filter((e) => e.type === 'product-launch' && e.trigger.text === trigger)).toEqual([]);
  });

  test.each([
    ['The company released its new phone on Monday.', 'released'],
    ['Zentrix announced the release of its new tablet on Tuesday.', 'release'],
  ])('a product released stays a launch: %s', (text, trigger) => {
    const { events: evs } = events(text, { minConfidence: 0 });
    expect(evs.some((e) => e.type === 'product-launch' && e.trigger.text === trigger)).toBe(true);
  });
});

describe('a rally in a sports report is a comeback, never a protest', () => {
  test.each([
    ['The Hawks scored six points in a late rally to beat the Comets 98-95 on Sunday.'],
    ['Novak rallied from a set down to win the final on Sunday.'],
    ['The Rovers mounted a ninth-inning rally but lost 4-3.'],
  ])('%s', (text) => {
    const { events: evs } = events(text, { minConfidence: 0 });
    expect(evs.filter((e) => e.type === 'protest')).toEqual([]);
  });

  test.each([
    ['Thousands of opposition supporters held a rally in the capital on Saturday.', 'rally'],
    ['Farmers rallied outside the ministry on Friday to demand higher prices.', 'rallied'],
  ])('a rally of supporters stays a protest: %s', (text, trigger) => {
    const { events: evs } = events(text, { minConfidence: 0 });
    expect(evs.some((e) => e.type === 'protest' && e.trigger.text === trigger)).toBe(true);
  });
});

describe('a sports result told by an infinitive after a past verb happened', () => {
  test.each([
    ['Novak rallied from a set down to win the final on Sunday.', 'win'],
    ['The Hawks scored six points in the last minute to beat the Comets 98-95 on Sunday.', 'beat'],
    ['Borussia came from behind to draw 2-2 with the Lions on Sunday.', 'draw'],
  ])('%s', (text, trigger) => {
    const { events: evs } = events(text, { minConfidence: 0 });
    const e = evs.find((x) => x.type === 'sport' && x.trigger.text === trigger);
    expect(e).toBeDefined();
    expect(e!.status).toBe('occurred');
  });

  test.each([
    ['Novak hopes to win the final on Sunday.', 'win'],
    ['Novak hoped to win the final on Sunday.', 'win'],
    ['The Hawks travelled to Ostava to face the Comets in the cup final on Sunday.', 'face'],
  ])('an aim or a trip leaves the game to come: %s', (text, trigger) => {
    const { events: evs } = events(text, { minConfidence: 0 });
    const e = evs.find((x) => x.type === 'sport' && x.trigger.text === trigger);
    expect(e).toBeDefined();
    expect(e!.status).toBe('planned');
  });
});
