/**
 * Schema 2.10 event types of wire copy, sessions 20–21 (issue 14, item 2): people released from custody or captivity
 * (`release`, CAMEO 0841) and a central bank's interest-rate decision (`rate-decision`), each in its event sense and
 * its false senses. Every sentence is our own, written for the rule it tests; none is taken from a data set.
 */
import { datedViews, events, view, type EntitySpec, type TimexSpec } from './builders.js';

const PUBLISHED = '2027-05-14'; // a Friday
const tuesday: TimexSpec = { text: 'Tuesday', value: '2027-05-11', precision: 'day' };
const thursday: TimexSpec = { text: 'Thursday', value: '2027-05-13', precision: 'day' };
const march: TimexSpec = { text: 'March', value: '2027-03', precision: 'month' };
const typed = (text: string, timexes: TimexSpec[], type: string, entities: EntitySpec[] = []) =>
  datedViews(text, timexes, PUBLISHED, entities).filter((e) => e.type === type);

describe('people freed from custody or captivity are a release', () => {
  it.each([
    ['The army released 40 prisoners on Tuesday under an amnesty.', 'released'],
    ['The kidnappers freed the two engineers on Tuesday after a ransom was paid.', 'freed'],
    ['Eleven hostages were released by their captors on Tuesday.', 'released'],
    ['The release of 200 political prisoners began on Tuesday.', 'release'],
  ])('%s', (text, trigger) => {
    const found = typed(text, [tuesday], 'release');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger, date: '2027-05-11' });
  });

  it('a named person released from jail on bail', () => {
    const found = typed('Tomas Berg was released from jail on bail on Tuesday.', [tuesday], 'release', [
      { name: 'Tomas Berg', type: 'person' },
    ]);
    expect(found[0]).toMatchObject({ trigger: 'released', date: '2027-05-11' });
  });

  it.each([
    'The driver was released from hospital on Tuesday.',
    'Firefighters freed three workers trapped in a lift on Tuesday.',
    'The ministry freed up funds for the schools on Tuesday.',
    'The band released its fourth album on Tuesday.',
  ])('not a patient discharged, people rescued, funds freed or a product: %s', (text) => {
    expect(typed(text, [tuesday], 'release')).toEqual([]);
  });
});

describe("a central bank's interest-rate decision", () => {
  it.each([
    "Chile's central bank raised its benchmark interest rate by half a point on Thursday.",
    'The Federal Reserve cut rates on Thursday for the first time this year.',
    // Session 21: a rate held is the bank's decision as much as a rate moved.
    'The Bank of Iceland held interest rates at 6 percent on Thursday.',
    'The central bank left its key rates unchanged on Thursday.',
  ])('%s', (text) => {
    const found = typed(text, [thursday], 'rate-decision');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '2027-05-13' });
  });

  it('the bank of a later sentence is the central bank named before it', () => {
    const found = typed(
      'The Bank of Norway held its meeting on Thursday. The bank last raised rates in March.',
      [thursday, march],
      'rate-decision',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger: 'raised', date: '2027-03' });
  });

  it('the bank of a later sentence is a party of the decision, kept by the confidence threshold', () => {
    const { events: evs, names } = events(
      "Peru's central bank raised its key interest rate on Thursday. The bank last raised rates in March.",
      { published: PUBLISHED, timexes: [thursday, march], entities: [{ name: 'Peru', type: 'place' }] },
    );
    const dates = view(evs, names)
      .filter((e) => e.type === 'rate-decision')
      .map((e) => e.date);
    expect(dates).toEqual(['2027-05-13', '2027-03']);
  });

  it.each([
    'The government raised the tax rate on fuel on Thursday.',
    'Two high-street banks raised mortgage rates on Thursday.',
    'The insurer cut its premiums on Thursday.',
    'The central bank held a meeting on interest rates on Thursday.',
    'Central bank officials held talks with lenders on Thursday about rates.',
  ])('no central bank, no policy rate: %s', (text) => {
    expect(typed(text, [thursday], 'rate-decision')).toEqual([]);
  });
});
