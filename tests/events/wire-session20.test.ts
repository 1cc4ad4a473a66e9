/**
 * Events of wire and broadcast copy, session 20 (issue 14, items 2 and 6): political, diplomatic, legal and labour
 * events the fresh9 split (wire and broadcast copy) showed were never found. Each rule is tested in its event sense
 * and in its false senses. Every sentence is our own, written for the rule it tests; none is taken from a data set.
 */
import { datedViews, viewOn, type TimexSpec } from './builders.js';

const PUBLISHED = '2027-04-08'; // a Thursday
const monday: TimexSpec = { text: 'Monday', value: '2027-04-05', precision: 'day' };
const tuesday: TimexSpec = { text: 'Tuesday', value: '2027-04-06', precision: 'day' };
const today: TimexSpec = { text: 'today', value: PUBLISHED, precision: 'day' };
const yesterday: TimexSpec = { text: 'yesterday', value: '2027-04-07', precision: 'day' };
const typed = (text: string, timexes: TimexSpec[], type: string) =>
  datedViews(text, timexes, PUBLISHED).filter((e) => e.type === type);

describe('a time word after the object of an object verb is no noun the object modifies', () => {
  it.each([
    ['Belgrade expelled three Croatian diplomats today.', [today], 'sanction', PUBLISHED],
    ['The brewer cut 600 jobs yesterday.', [yesterday], 'layoffs', '2027-04-07'],
  ])('%s', (text, timexes, type, date) => {
    const found = typed(text, timexes, type);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date, dateSource: 'clause' });
  });

  it('a noun after the object still makes it a modifier ("cut staff costs yesterday")', () => {
    expect(typed('The brewer cut staff costs yesterday.', [yesterday], 'layoffs')).toEqual([]);
  });
});

describe('talks told by how they ended: the verb is the trigger, the talks the type', () => {
  it.each([
    ['Talks between the port authority and the dockers broke down on Tuesday.', [tuesday], 'broke'],
    ['The government broke off negotiations with the separatists on Monday.', [monday], 'broke'],
  ])('%s', (text, timexes, trigger) => {
    const found = typed(text, timexes, 'negotiation');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger, date: timexes[0]!.value });
  });

  it('"broke the deadlock in the talks" tells no end of talks: the noun stays the trigger', () => {
    const found = typed('The mediators broke the deadlock in the talks on Monday.', [monday], 'negotiation');
    expect(found.map((e) => e.trigger)).toEqual(['talks']);
  });
});

describe('workers who walk off the job strike', () => {
  it('"walked off the job"', () => {
    const found = datedViews('Bus drivers in Lyon walked off the job on Monday.', [monday], PUBLISHED);
    expect(viewOn(found, 'walked off')).toMatchObject({ type: 'protest', date: '2027-04-05' });
  });

  it.each(['The tenor walked off the stage on Monday.', 'The visitors walked off with the trophy on Monday.'])(
    'not leaving a place or taking a thing: %s',
    (text) => {
      expect(datedViews(text, [monday], PUBLISHED).filter((e) => e.type === 'protest')).toEqual([]);
    },
  );
});

describe('a court that rejects an appeal, a petition or a challenge rules', () => {
  it.each([
    'The constitutional court rejected the petition against the referendum on Tuesday.',
    'Her appeal was rejected by a panel of three judges on Tuesday.',
  ])('%s', (text) => {
    const found = typed(text, [tuesday], 'ruling');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger: 'rejected', date: '2027-04-06' });
  });

  it.each([
    'The interior ministry rejected an appeal for calm on Tuesday.',
    'The governing party rejected the challenge to a televised debate on Tuesday.',
  ])('not a government or a party: %s', (text) => {
    expect(typed(text, [tuesday], 'ruling')).toEqual([]);
  });
});

describe('a bill signed into law is legislation', () => {
  it.each(['The governor signed the water bill on Tuesday.', 'The president signed it into law on Tuesday.'])(
    '%s',
    (text) => {
      const found = typed(text, [tuesday], 'legislation');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ trigger: 'signed', date: '2027-04-06' });
    },
  );

  it.each([
    'Forty mayors signed a letter to the minister on Tuesday.',
    'The two ministers signed a fisheries accord on Tuesday.',
  ])('not a letter, nor an accord (an agreement): %s', (text) => {
    expect(typed(text, [tuesday], 'legislation')).toEqual([]);
  });
});

describe('an arraignment is a court hearing', () => {
  it('"was arraigned ... on Monday"', () => {
    const found = typed('The former treasurer was arraigned in a Denver court on Monday.', [monday], 'trial');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger: 'arraigned', date: '2027-04-05' });
  });

  it('a planned arraignment keeps its own date', () => {
    const found = typed('His arraignment is set for Tuesday.', [{ ...tuesday, value: '2027-04-13' }], 'trial');
    expect(found[0]).toMatchObject({ trigger: 'arraignment', date: '2027-04-13' });
  });
});
