/**
 * Events of business and wire copy, session 19 (issue 14, items 1, 2 and 6): what the fresh8 split (MEANTIME
 * business news and TimeBank wire) never found or dated by the period its figures cover. Each rule is tested in
 * its event sense and in its false senses. Every sentence is our own, written for the rule it tests; none is
 * taken from a data set.
 */
import { allEvents, events, view, type EntitySpec, type TimexSpec } from './builders.js';

const PUBLISHED = '2027-01-21';
const groups: EntitySpec[] = [
  { name: 'Orvia Group', type: 'group' },
  { name: 'Halden Corp.', type: 'group' },
];
/** Events kept at the default confidence threshold, in a text that names the groups above. */
function kept(text: string, timexes: TimexSpec[] = []) {
  const { events: evs, names } = events(text, {
    published: PUBLISHED,
    timexes,
    entities: groups.filter((g) => text.includes(g.name)),
  });
  return view(evs, names);
}
const typed = (views: ReturnType<typeof kept>, type: string) => views.filter((e) => e.type === type);
const tuesday: TimexSpec = { text: 'Tuesday', value: '2027-01-19', precision: 'day' };
const lastQuarter: TimexSpec = { text: 'the last quarter', value: '2026-Q4', precision: 'quarter' };
const fourthQuarter: TimexSpec = { text: 'fourth quarter', value: '2026-Q4', precision: 'quarter' };
const thirdQuarter: TimexSpec = { text: 'the third quarter', value: '2026-Q3', precision: 'quarter' };
const dec31: TimexSpec = { text: 'December 31, 2026', value: '2026-12-31', precision: 'day' };
const sept30: TimexSpec = { text: 'Sept. 30', value: '2026-09-30', precision: 'day' };

describe('a percent sign after a figure reads as "percent" does', () => {
  it.each([
    'Orvia Group announced a 12% drop in its profits on Tuesday.',
    'Orvia Group announced a 12 percent drop in its profits on Tuesday.',
  ])('%s', (text) => {
    const found = typed(kept(text, [tuesday]), 'financial-result');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger: 'drop', date: '2027-01-19' });
  });

  it('not a percent of something that is no result ("a 12% drop in oil prices")', () => {
    expect(
      typed(kept('Orvia Group announced a 12% drop in oil prices on Tuesday.', [tuesday]), 'financial-result'),
    ).toEqual([]);
  });
});

describe('a period that results cover does not date them: they are dated by their report', () => {
  it('a period opened by "during" after the figures, and the date that ends it', () => {
    const v = kept(
      'Orvia Group has reached a 40 percent increase in its profits during the last quarter, which ended December 31, 2026.',
      [lastQuarter, dec31],
    );
    const found = typed(v, 'financial-result');
    expect(found).toHaveLength(1);
    // The present perfect dates it by the report (the publication), not by the quarter.
    expect(found[0]).toMatchObject({ date: PUBLISHED });
  });

  it('"for its fourth quarter ended Sept. 30"', () => {
    const v = kept('Halden Corp. reported a loss for its fourth quarter ended Sept. 30.', [fourthQuarter, sept30]);
    expect(typed(v, 'financial-result')[0]).toMatchObject({ date: PUBLISHED, dateSource: 'publication' });
  });

  it("the report's own day still dates the result", () => {
    const v = kept('Halden Corp. reported a loss for its fourth quarter on Tuesday.', [fourthQuarter, tuesday]);
    expect(typed(v, 'financial-result')[0]).toMatchObject({ date: '2027-01-19', dateSource: 'clause' });
  });

  it('not a period after an event that is no figure: "attacked the depot in the third quarter" keeps it', () => {
    const v = kept('Rebels attacked the depot in the third quarter.', [thirdQuarter]);
    expect(v.find((e) => e.type === 'attack')).toMatchObject({ date: '2026-Q3' });
  });

  it('not a date after "ended" whose subject is no period: "the strike, which ended December 31, 2026"', () => {
    const v = kept('Workers at Orvia Group held a strike, which ended December 31, 2026.', [dec31]);
    expect(v.find((e) => e.trigger === 'strike')).toMatchObject({ date: '2026-12-31' });
  });
});

const monday: TimexSpec = { text: 'Monday', value: '2027-01-18', precision: 'day' };
const year = (v: string): TimexSpec => ({ text: v, value: v, precision: 'year' });
const on = (views: ReturnType<typeof kept>, trigger: string) => views.find((e) => e.trigger === trigger);

describe('schema 2.8: a delay (a company pushes back a thing of its own)', () => {
  it.each([
    ['Orvia Group postponed the merger with Halden Corp. on Monday.', 'postponed'],
    ['Orvia Group pushed back the launch of its Kestrel van on Monday.', 'pushed back'],
    ['Orvia Group put off the listing of its shares on Monday.', 'put off'],
  ])('%s', (text, trigger) => {
    expect(on(kept(text, [monday]), trigger)).toMatchObject({ type: 'delay', date: '2027-01-18' });
  });

  it('a headline in the present, dated by the report', () => {
    const v = kept('Orvia Group pushes back van development', []);
    expect(on(v, 'pushes back')).toMatchObject({ type: 'delay' });
  });

  it('a passive whose subject stands before an apposition', () => {
    // Every event made, below the confidence threshold too: the rule's reading, not the threshold's.
    const made = allEvents(
      'Orvia Group said that development of a new van, begun three years ago, has been pushed back by two years.',
      PUBLISHED,
      { entities: [groups[0]!] },
    );
    expect(made.map((e) => e.type)).toContain('delay');
  });

  it("the new date a delay sets is the moved thing's, not the delay's", () => {
    const v = kept('Orvia Group pushed back the launch of its Kestrel van to 2029.', [year('2029')]);
    expect(on(v, 'pushed back')).toMatchObject({ type: 'delay' });
    expect(on(v, 'pushed back')!.date).not.toBe('2029');
  });

  it('the thing delayed did not happen on the day of the delay', () => {
    const v = kept('Halden Corp. delayed the sale of its truck unit on Monday.', [monday]);
    expect(on(v, 'delayed')).toMatchObject({ type: 'delay', date: '2027-01-18' });
    expect(v.filter((e) => e.type === 'contract' && e.status === 'occurred')).toEqual([]);
  });

  it.each([
    // Pushing people back is no delay.
    'Police pushed back the crowd outside the Orvia Group plant on Monday.',
    // Resisting a plan is no delay.
    'Halden Corp. pushed back against the plan on Monday.',
    // A participle before its noun tells a delay told elsewhere.
    'The delayed launch of the Kestrel van took place on Monday.',
    // A meeting postponed is the meeting's own event, told as not held.
    'The board of Halden Corp. postponed the meeting on Monday.',
  ])('not: %s', (text) => {
    expect(kept(text, [monday]).filter((e) => e.type === 'delay')).toEqual([]);
  });
});

describe('schema 2.8: a redemption of securities', () => {
  it('"plans to redeem on Dec. 1 its $200 million of 5% notes": a date and figures inside the object', () => {
    const dec1: TimexSpec = { text: 'Dec. 1', value: '2027-12-01', precision: 'day' };
    const v = kept('Orvia Group plans to redeem on Dec. 1 its $200 million of 5% senior notes due 2031.', [dec1]);
    expect(on(v, 'redeem')).toMatchObject({ type: 'redemption', date: '2027-12-01' });
  });

  it.each([
    'Customers of Halden Corp. can redeem their points for vouchers on Monday.',
    'The striker hoped to redeem himself on Monday.',
  ])('not: %s', (text) => {
    expect(kept(text, [monday]).filter((e) => e.type === 'redemption')).toEqual([]);
  });
});

describe('schema 2.8: a rename', () => {
  it.each([
    ['Halden Corp. changed its name to Halden Labs on Monday.', 'changed', [monday], '2027-01-18'],
    ['Halden Corp. renamed its music store Orvia Music in 2024.', 'renamed', [year('2024')], '2024'],
  ] as const)('%s', (text, trigger, timexes, date) => {
    expect(on(kept(text, [...timexes]), trigger)).toMatchObject({ type: 'rename', date });
  });

  it('not kept when told of the thing alone, with no party ("The store was renamed in 2024")', () => {
    const v = kept('The Kestrel music store was renamed Orvia Music in 2024.', [year('2024')]);
    expect(v.filter((e) => e.type === 'rename')).toEqual([]);
  });

  it('not a change of something else ("changed its plans")', () => {
    expect(kept('Halden Corp. changed its plans on Monday.', [monday]).filter((e) => e.type === 'rename')).toEqual([]);
  });
});

describe('schema 2.8: funds allocated', () => {
  it.each([
    ['Orvia Group has allocated $2 million to a new library on Monday.', 'allocated'],
    ['Halden Corp. earmarked funds for a new bridge on Monday.', 'earmarked'],
  ])('%s', (text, trigger) => {
    expect(on(kept(text, [monday]), trigger)).toMatchObject({ type: 'funding', date: '2027-01-18' });
  });

  it.each([
    'Orvia Group allocated seats to every delegation on Monday.',
    'Halden Corp. allocated more time to research on Monday.',
  ])('not: %s', (text) => {
    expect(kept(text, [monday]).filter((e) => e.type === 'funding')).toEqual([]);
  });
});

describe('a product that "will be available" on a day of its own clause is launched that day', () => {
  const june17: TimexSpec = { text: 'June 17', value: '2027-06-17', precision: 'day' };

  it.each([
    'The new Orbit handset will be available on June 17.',
    'The Orbit 3 software, which will be available on June 17, adds offline maps.',
  ])('%s', (text) => {
    expect(on(kept(text, [june17]), 'available')).toMatchObject({ type: 'product-launch', date: '2027-06-17' });
  });

  it.each([
    // A person's availability.
    'The minister of Orvia was not available for comment on June 17.',
    // What is handed out is no product launched.
    'Tickets will be available on June 17.',
    // A standing fact, with no time of its own.
    'The Orbit handset is available in blue.',
  ])('not: %s', (text) => {
    expect(kept(text, text.includes('June 17') ? [june17] : []).filter((e) => e.type === 'product-launch')).toEqual([]);
  });
});
