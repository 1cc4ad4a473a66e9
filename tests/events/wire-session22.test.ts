/**
 * Wire phrasings of session 22 (issue 14, item 2; "evbiz" helper): a legislature's vote told by its tally, a person
 * who took office, a central bank's rate move told by a noun. Every sentence is our own, written for the rule it
 * tests, with its false senses; none is taken from a data set.
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const PUBLISHED = '2027-05-14'; // a Friday
const tuesday: TimexSpec = { text: 'Tuesday', value: '2027-05-11', precision: 'day' };
const january: TimexSpec = { text: 'January', value: '2027-01', precision: 'month' };

/** The events kept at the product's confidence threshold, as views. */
const kept = (text: string, timexes: TimexSpec[] = [tuesday], entities: EntitySpec[] = []) => {
  const r = events(text, { published: PUBLISHED, timexes, entities });
  return view(r.events, r.names);
};
const typesOf = (text: string, timexes: TimexSpec[] = [tuesday], entities: EntitySpec[] = []) =>
  kept(text, timexes, entities).map((e) => e.type);

describe('a vote told by its tally is the legislature’s vote, not an election', () => {
  it.each([
    'The Senate approved the measure by a vote of 64 to 35 on Tuesday.',
    'In a 64-35 vote on Tuesday, the Senate approved the measure.',
    'The bill passed by a vote of 251 to 170 on Tuesday.',
  ])('one legislation event: %s', (text) => {
    expect(typesOf(text)).toEqual(['legislation']);
  });

  it('a people’s vote without a tally stays an election', () => {
    expect(typesOf('Voters in Velmar backed the plan in a vote on Tuesday.')).toEqual(['election']);
  });
});

describe('a person who took office starts in a post', () => {
  const marsh: EntitySpec[] = [{ name: 'Ilse Marsh', type: 'person' }];
  it.each(['Ilse Marsh took office in January.', 'Ilse Marsh assumed office in January after a narrow win.'])(
    '%s',
    (text) => {
      const found = kept(text, [january], marsh).filter((e) => e.type === 'appointment');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ date: '2027-01', participants: { agent: ['Ilse Marsh'] } });
    },
  );

  it.each(['The start-up took office space in the old mill in January.', 'Thieves took office computers in January.'])(
    'not office space or things: %s',
    (text) => {
      expect(typesOf(text, [january])).not.toContain('appointment');
    },
  );
});

describe('a central bank’s rate move told by a noun is a rate decision', () => {
  it.each([
    ["The central bank's rate cut on Tuesday was its first in two years.", 'cut'],
    ["The central bank's quarter-point cut on Tuesday surprised traders.", 'cut'],
    ["The central bank's interest-rate hike on Tuesday lifted the peso.", 'hike'],
    ['Stocks fell after the half-point rise in interest rates announced by the central bank on Tuesday.', 'rise'],
  ])('%s', (text, trigger) => {
    const found = kept(text).filter((e) => e.type === 'rate-decision');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger, date: '2027-05-11' });
  });

  it.each([
    // A mortgage rate is the lenders', not the central bank's.
    'The central bank said on Tuesday that a cut in mortgage rates by lenders was overdue.',
    // A statistic that rises is no decision.
    'The central bank said on Tuesday the jobless rate rose to 5 percent.',
    // No rate at all: a pay rise, a tax cut.
    'Dockers won a pay rise on Tuesday, the central bank said.',
    // A rate cut with no central bank in sight is a lender's.
    "The lender's rate cut on Tuesday pleased its borrowers.",
    // A move said not to come is no event.
    'Traders bet on Tuesday that neither a rise in interest rates nor a new tax was near, the central bank said.',
    'The central bank ruled out any rate cut on Tuesday.',
  ])('not a rate decision: %s', (text) => {
    expect(typesOf(text)).not.toContain('rate-decision');
  });
});

describe('a legislature takes up a bill', () => {
  it('the Senate takes up a measure next month (planned)', () => {
    const nextMonth: TimexSpec = { text: 'next month', value: '2027-06', precision: 'month' };
    const found = kept('The Senate is expected to take up the measure next month.', [nextMonth]).filter(
      (e) => e.type === 'legislation',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger: 'take', status: 'planned', date: '2027-06' });
  });

  it.each(['The villagers took up arms on Tuesday.', 'She took up the post on Tuesday.'])('not: %s', (text) => {
    expect(typesOf(text)).not.toContain('legislation');
  });
});

describe('a market debut is a listing; a person’s debut is no launch', () => {
  const friday: TimexSpec = { text: 'Friday', value: '2027-05-14', precision: 'day' };
  const zentrix: EntitySpec[] = [{ name: 'Zentrix', type: 'group' }];
  it.each([
    ['Zentrix shares made their market debut on Friday.', 'debut'],
    ['Zentrix made its market debut on the Nasdaq on Friday.', 'debut'],
    ['Zentrix debuted on the Frankfurt Stock Exchange on Friday.', 'debuted'],
  ])('%s', (text, trigger) => {
    const found = kept(text, [friday], zentrix);
    expect(found.map((e) => e.type)).toEqual(['listing']);
    expect(found[0]).toMatchObject({ trigger, date: '2027-05-14' });
  });

  it('a product’s debut on the market stays a launch', () => {
    const found = kept("Zentrix's new phone debuted on Friday.", [friday], zentrix);
    expect(found.map((e) => e.type)).toEqual(['product-launch']);
  });

  it.each([
    'The singer made her stage debut at the opera house on Friday.',
    'He made his directorial debut on Friday.',
  ])('a person’s first appearance: %s', (text) => {
    expect(typesOf(text, [friday])).toEqual([]);
  });
});

describe('people released after a clause that put them in custody', () => {
  const sunday: TimexSpec = { text: 'Sunday', value: '2027-05-09', precision: 'day' };
  it.each([
    ['The two engineers, who were abducted in April, were freed on Sunday.', 'freed'],
    ['The two aid workers were kidnapped in April and were released on Sunday.', 'released'],
  ])('%s', (text, trigger) => {
    const found = kept(text, [sunday]).filter((e) => e.type === 'release');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger, date: '2027-05-09' });
  });

  it('a named person jailed before, released now', () => {
    const found = kept(
      'Ilse Marsh, who was jailed in April, was released on Sunday.',
      [sunday],
      [{ name: 'Ilse Marsh', type: 'person' }],
    ).filter((e) => e.type === 'release');
    expect(found[0]).toMatchObject({ trigger: 'released', participants: { patient: ['Ilse Marsh'] } });
  });

  it.each([
    // No custody: a patient discharged.
    'The two climbers, who were injured in April, were released from hospital on Sunday.',
    // The people arrested are not what was released.
    'Police arrested two men and released a statement on Sunday.',
  ])('not a release: %s', (text) => {
    expect(typesOf(text, [sunday])).not.toContain('release');
  });
});
