/**
 * Event recall outside the violent core, session 15 (issue 14, items 2, 5 and 6): what the fresh7 split (elections
 * conceded, relations restored, planned matches, legislatures reconvening, prize shortlists, courts expected to
 * rule, business copy) showed was never found or dated the wrong way. Each rule is tested in its event sense and
 * in its false senses. Every sentence is our own, written for the rule it tests; none is taken from a data set.
 */
import { events, type TimexSpec } from './builders.js';
import { futureReading } from '../../src/events/dating.js';
import type { TimexRecord } from '../../src/types.js';

/** Every trigger read, whatever its confidence, as `type[/subtype]:trigger`. */
function read(text: string): string[] {
  return events(text, { published: '2025-11-07', minConfidence: 0 }).events.map(
    (e) => `${e.type}${e.subtype ? `/${e.subtype}` : ''}:${e.trigger.text}`,
  );
}
const ofType = (text: string, type: string): string[] => read(text).filter((t) => t.startsWith(type));
/** The events read, with their status and dates (the time expressions given, published on Friday 2025-11-07). */
function dated(text: string, timexes: TimexSpec[]): string[] {
  return events(text, { published: '2025-11-07', minConfidence: 0, timexes }).events.map(
    (e) => `${e.type}:${e.trigger.text}:${e.status}:${e.date.value}`,
  );
}

describe('elections conceded and majorities lost', () => {
  it.each([
    ['The opposition leader conceded defeat late on Sunday night.', 'election:conceded'],
    ['The senator conceded the race to her rival before midnight.', 'election:conceded'],
    ['The governing coalition lost its majority in the senate.', 'election:lost'],
  ])('a candidate concedes defeat or a party loses its majority: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The minister conceded that mistakes were made.'],
    ['The home side conceded two goals in the first half.'],
    ['The retailer lost money for the third year running.'],
  ])('conceding a point or goals, losing money, is no election: %s', (text) => {
    expect(ofType(text, 'election')).toEqual([]);
  });
});

describe('diplomatic relations restored, severed, ambassadors recalled', () => {
  it.each([
    ['Morocco and Iran restored diplomatic relations after a six-year rift.', 'agreement:restored'],
    ['The two neighbours agreed to normalise ties, officials said.', 'agreement:normalise'],
    ['The island state severed ties with its former ally.', 'sanction:severed'],
    ['Lithuania recalled its ambassador from Beijing for consultations.', 'sanction:recalled'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['Engineers restored power to the eastern districts.', 'agreement'],
    ['She recalled her first day at the ministry.', 'sanction'],
    ['The carmaker recalled 20,000 vehicles over faulty brakes.', 'sanction'],
    ['The company severed its contract with the caterer.', 'sanction'],
  ])('power restored, memories, product recalls and contracts are not: %s', (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });
});

describe('parliaments dissolved and motions of no confidence filed', () => {
  it.each([
    ['The president dissolved parliament and called early elections.', 'legislation:dissolved'],
    ['Opposition deputies filed a no-confidence motion against the cabinet.', 'legislation:filed'],
    ['Two parties tabled a motion of censure in the assembly.', 'legislation:tabled'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The tablets dissolved slowly in warm water.'],
    ['The founders dissolved the partnership last spring.'],
    ['Lawyers for the bank filed a motion to dismiss the case.'],
  ])('tablets, partnerships and court motions are no legislation: %s', (text) => {
    expect(ofType(text, 'legislation')).toEqual([]);
  });
});

describe('shortlists, cases brought and pleas', () => {
  it.each([
    ['Her debut novel was shortlisted for the Orwell Prize.', 'award:shortlisted'],
    ['Residents brought a case against the water company over the leaks.', 'lawsuit:brought'],
    ['The former mayor pleaded guilty to fraud on Monday.', 'ruling/conviction:pleaded guilty'],
    ['The driver pleaded not guilty at a hearing in Leeds.', 'trial:pleaded'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['Three sites were shortlisted for the new stadium.', 'award'],
    ['The storm brought heavy rain to the coast.', 'lawsuit'],
    ['The mother of the missing boy pleaded for calm.', 'ruling'],
    ['The mother of the missing boy pleaded for calm.', 'trial'],
  ])('a site shortlisted, rain brought, a plea for calm are not: %s', (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });
});

describe('a participle right after its noun is a passive ("a study published on Tuesday")', () => {
  it.each([
    ['The figures come from a study published on Tuesday by the health agency.', 'publication:published'],
    ['The dispute goes back to a case brought by fishermen in 2021.', 'lawsuit:brought'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('an active verb after its subject keeps its own object ("researchers published a photograph")', () => {
    expect(ofType('The researchers published a photograph of the comet.', 'publication')).toEqual([]);
  });
});

describe('planned matches: "face" with a fixture', () => {
  it.each([
    ['United will face Celtic in the cup final next month.'],
    ['The champions will face their city rivals in a league match on Sunday.'],
  ])('%s', (text) => {
    expect(ofType(text, 'sport').length).toBe(1);
  });

  it.each([
    ['The former minister faces charges of fraud.'],
    ['The government faces a race against time to pass the budget.'],
    ['Farmers in the valley faced a series of floods.'],
  ])('charges, a race against time, a series of floods are no match: %s', (text) => {
    expect(ofType(text, 'sport')).toEqual([]);
  });
});

describe('scheduled events in the present and dates set "for" a day lie ahead', () => {
  it('a present simple with one day in its clause is planned, and takes the next such weekday', () => {
    // The time-expression stage reads the bare "Tuesday" of a present tense into the past (Nov 4).
    expect(
      dated('Parliament reconvenes on Tuesday after the summer recess.', [
        { text: 'Tuesday', value: '2025-11-04', precision: 'day' },
      ]),
    ).toEqual(['meeting:reconvenes:planned:2025-11-11']);
  });

  it('a present simple with a set of days is still a habit ("meets on Tuesdays")', () => {
    const got = dated('The city council meets on Tuesdays in the old town hall.', [
      { text: 'Tuesdays', value: 'XXXX-WXX-2', precision: 'unknown', type: 'SET' },
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^meeting:meets:generic:/);
  });

  it('"set ... for March 10" in a November article is the next March', () => {
    const got = dated('A judge set sentencing for March 10.', [
      { text: 'March 10', value: '2025-03-10', precision: 'day' },
    ]);
    expect(got).toEqual(['sentence:sentencing:planned:2026-03-10']);
  });

  it('a snap election called "for Dec. 14" and read into last year moves to this one', () => {
    const got = dated('The prime minister called a snap election for Dec. 14.', [
      { text: 'Dec. 14', value: '2024-12-14', precision: 'day' },
    ]);
    expect(got).toEqual(['election:election:planned:2025-12-14']);
  });

  it('what happened "on" a day stays in the past', () => {
    const got = dated('The court sentenced the two men on March 10.', [
      { text: 'March 10', value: '2025-03-10', precision: 'day' },
    ]);
    expect(got).toEqual(['sentence:sentenced:occurred:2025-03-10']);
  });
});

describe('futureReading', () => {
  const x = (text: string, value: string): TimexRecord => ({
    id: 't1',
    start: 0,
    end: text.length,
    text,
    type: 'DATE',
    value,
    precision: 'day',
    sentence: 0,
    anchor: 'publication-date+tense',
  });
  const d = (value: string) => ({ value, precision: 'day' as const, source: 'clause' as const, timex: 't1' });

  it('moves a bare weekday a week on and a month-day a year on, when they lie before publication', () => {
    expect(futureReading(d('2025-11-04'), x('Tuesday', '2025-11-04'), '2025-11-07')?.value).toBe('2025-11-11');
    expect(futureReading(d('2025-03-10'), x('March 10', '2025-03-10'), '2025-11-07')?.value).toBe('2026-03-10');
  });

  it('leaves a written year, a look back, and a date already ahead', () => {
    expect(futureReading(d('2024-03-10'), x('March 10, 2024', '2024-03-10'), '2025-11-07')).toBeNull();
    expect(futureReading(d('2025-11-04'), x('last Tuesday', '2025-11-04'), '2025-11-07')).toBeNull();
    expect(futureReading(d('2025-11-11'), x('Tuesday', '2025-11-11'), '2025-11-07')).toBeNull();
  });
});

describe('second landing: results, resignations, rescheduled events, tournaments, rounds, versions of bills', () => {
  it('a figure\'s comparison period ("from $90 million a year earlier") does not date the results or what follows', () => {
    const got = dated(
      'Norrland Paper Inc. reported a 9% rise in net income, to $98 million, from $90 million a year earlier. The company also named a new chairman.',
      [{ text: 'a year earlier', value: '2024', precision: 'year' }],
    );
    expect(got).not.toContain('financial-result:reported:occurred:2024');
    expect(got.some((g) => g.startsWith('appointment:named:') && g.endsWith(':2024'))).toBe(false);
  });

  it('"a year earlier" after an event verb, with no figure before it, still dates', () => {
    const got = dated('Rebels attacked the depot a year earlier.', [
      { text: 'a year earlier', value: '2024', precision: 'year' },
    ]);
    expect(got.some((g) => g.endsWith(':2024'))).toBe(true);
  });

  it('a resignation and an appointment in one sentence are two events', () => {
    const got = read('The bank named Ana Ruiz chief executive on Monday, two weeks after Paul Grant resigned.');
    expect(got).toContain('appointment:named');
    expect(got).toContain('appointment/resignation:resigned');
  });

  it('"postponed to Tuesday", "adjourned until Monday" set the event ahead', () => {
    expect(
      dated('The cup final was postponed to Tuesday because of snow.', [
        { text: 'Tuesday', value: '2025-11-04', precision: 'day' },
      ]),
    ).toContain('sport:final:planned:2025-11-11');
    const trial = dated('The judge adjourned the trial until Monday.', [
      { text: 'Monday', value: '2025-11-03', precision: 'day' },
    ]);
    expect(trial).toContain('trial:trial:planned:2025-11-10');
  });

  it('"to" a day with no verb that moves an event is not a plan ("returned to work on Tuesday" style)', () => {
    const got = dated('Rail workers went back to Tuesday shifts after the strike.', [
      { text: 'Tuesday', value: '2025-11-04', precision: 'day' },
    ]);
    expect(got.some((g) => g.endsWith(':2025-11-11'))).toBe(false);
  });

  it.each([
    ['Nadia Sorel won the Lakeside Open on Sunday, her third title of the year.', 'sport:won'],
    ["The women's final was moved to the main court.", 'sport:final'],
    ['The mayor had won the first round with 44 percent of the vote.', 'election:won'],
    ['The House passed its version of the farm bill in May.', 'legislation:passed'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The council voted to keep the park open on Sundays.', 'sport'],
    ['The boxer won the first round easily.', 'election'],
    ["The board's final report was published in May.", 'sport'],
    ['The printer passed its version of the file to the editor.', 'legislation'],
  ])("an open park, a boxer's round, a final report, a file are not: %s", (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });
});

describe('third step: a date inside ", with NOUN V-ing ..." belongs to that phrase', () => {
  it('"agreed to buy 12 cargo planes, with deliveries starting in 2029" is not dated 2029', () => {
    const got = dated('Baltic Freight agreed to buy 12 cargo planes, with deliveries starting in 2029.', [
      { text: 'in 2029', value: '2029', precision: 'year' },
    ]);
    // The deliveries themselves are dated by their phrase; the purchase is not.
    expect(got.some((g) => /^(agreement|acquisition):/.test(g))).toBe(true);
    expect(got.some((g) => /^(agreement|acquisition):/.test(g) && g.endsWith(':2029'))).toBe(false);
  });

  it('a date before the comma is still the event\'s ("agreed to buy the plant in March, with financing from ...")', () => {
    const got = dated('Baltic Freight agreed to buy the plant in March, with financing from two banks.', [
      { text: 'in March', value: '2025-03', precision: 'month' },
    ]);
    expect(got.some((g) => g.endsWith(':2025-03'))).toBe(true);
  });

  it('an event inside the phrase keeps its date ("with fighting resuming on Monday")', () => {
    const got = dated('The truce collapsed, with fighting resuming on Monday.', [
      { text: 'on Monday', value: '2025-11-03', precision: 'day' },
    ]);
    expect(got.some((g) => g.startsWith('attack') && g.endsWith(':2025-11-03'))).toBe(true);
  });
});
