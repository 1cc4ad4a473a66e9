/**
 * Events of business and technology wire copy, session 16 (issue 14, items 2 and 6): what the fresh8 split
 * (MEANTIME business news and TimeBank wire) showed was never found or dated the wrong way: headlines in the
 * present tense that the tagger reads without a verb, the lead after such a headline, disputes settled, cases
 * lost, executives leaving, profits doubled, and vague times ("recently", "at a later date") that are no calendar date. Each rule
 * is tested in its event sense and in its false senses. Every sentence is our own, written for the rule it tests;
 * none is taken from a data set.
 */
import { events, type EntitySpec, type TimexSpec } from './builders.js';

const PUBLISHED = '2025-11-07';

/** Every event read, whatever its confidence, as `type[/subtype]:trigger`. */
function read(text: string, entities: EntitySpec[] = []): string[] {
  return events(text, { published: PUBLISHED, minConfidence: 0, entities }).events.map(
    (e) => `${e.type}${e.subtype ? `/${e.subtype}` : ''}:${e.trigger.text}`,
  );
}
const ofType = (text: string, type: string): string[] => read(text).filter((t) => t.startsWith(type));
/** The events kept at the default confidence, with status and date (published on Friday 2025-11-07). */
function dated(text: string, timexes: TimexSpec[] = [], minConfidence?: number): string[] {
  return events(text, { published: PUBLISHED, timexes, minConfidence }).events.map(
    (e) => `${e.type}:${e.trigger.text}:${e.status}:${e.date.value}`,
  );
}

describe('a headline "<Name> <verb>s <object>" that the tagger reads as a plural noun', () => {
  it.each([
    ['Zentrix releases budget tablet', 'product-launch:releases'],
    ['Orvia launches low-cost airline', 'product-launch:launches'],
    ['Kestrel Motors, Halden Group settle patent dispute', 'agreement:settle'],
  ])('the "-s" word after the opening name is the verb: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([['Orvia shares fell sharply after the warning.'], ['Zentrix releases']])(
    'a plural noun with a verb after it, or no object, is no launch: %s',
    (text) => {
      expect(ofType(text, 'product-launch')).toEqual([]);
    },
  );
});

describe('the lead after a headline line of its own is the news of the day', () => {
  it('an undated lead in the simple past after the headline and the date line takes the publication date', () => {
    const text =
      'Zentrix hires new chief executive\nNovember 7, 2025\nDuring a press event at its headquarters, Zentrix released a budget tablet for schools.\nThe tablet runs on a new chip.';
    expect(dated(text, [{ text: 'November 7, 2025', value: '2025-11-07', precision: 'day' }], 0)).toContain(
      'product-launch:released:occurred:2025-11-07',
    );
  });

  it('a later paragraph in the simple past stays undated', () => {
    const text =
      'Zentrix hires new chief executive\nNovember 7, 2025\nZentrix named a new chief executive.\nThe firm released an older model for schools.';
    expect(dated(text, [{ text: 'November 7, 2025', value: '2025-11-07', precision: 'day' }], 0)).not.toContain(
      'product-launch:released:occurred:2025-11-07',
    );
  });
});

describe('disputes settled or resolved, cases lost or won, executives leaving their company', () => {
  it.each([
    ['The software maker settled its long-running patent dispute with a rival on Monday.', 'agreement:settled'],
    ['The two brewers resolved their trademark row last week.', 'agreement:resolved'],
    ['The record label lost its court case against the computer maker.', 'ruling:lost'],
    ['The union won its court challenge against the dismissals.', 'ruling:won'],
    ['The publisher lost a court case over the photographs.', 'ruling:lost'],
    ['The chief designer left the company in March.', 'appointment/resignation:left'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The dust settled over the valley.', 'agreement'],
    ['Migrants settled in the northern suburbs.', 'agreement'],
    ['The engineers resolved the fault within an hour.', 'agreement'],
    ['The club lost its case for a new stadium with the fans.', 'ruling'],
    ['The shop lost a case of wine in the move.', 'ruling'],
    ['She left the building through a side door.', 'appointment'],
    // A particle after the verb makes a phrasal verb of another sense: a legacy, not a departure.
    ['The founder leaves behind a company that few could have built.', 'appointment'],
    ['He left behind a small firm and three patents when he died.', 'appointment'],
  ])('dust settling, settlers, faults resolved, buildings left are not: %s', (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });
});

describe('a company that doubled or halved its profit reports a result', () => {
  const FIRMS: EntitySpec[] = [{ name: 'Zentrix', type: 'group' }];
  it.each([
    ['Zentrix doubled its quarterly profit, the company said.', 'financial-result:doubled'],
    ['Zentrix more than tripled its net income.', 'financial-result:tripled'],
    ['Zentrix halved its annual profit in a difficult year.', 'financial-result:halved'],
  ])('%s', (text, expected) => {
    expect(read(text, FIRMS)).toContain(expected);
  });

  it.each([['Zentrix doubled its profit forecast.'], ['Zentrix doubled its output of rice.']])(
    'a forecast doubled, or output, is no result: %s',
    (text) => {
      expect(read(text, FIRMS).filter((t) => t.startsWith('financial-result'))).toEqual([]);
    },
  );
});

describe('"recently", "at a later date": the clause has a time but no calendar date', () => {
  it('a vague past reference leaves the event undated, without the publication date', () => {
    const got = events('Orvia recently launched three new routes to Asia.', {
      published: PUBLISHED,
      minConfidence: 0,
      timexes: [{ text: 'recently', value: 'PAST_REF', precision: 'vague' }],
    }).events.filter((e) => e.type === 'product-launch');
    expect(got.map((e) => [e.date.value, e.date.source])).toEqual([[null, 'clause']]);
  });

  it('a vague future reference leaves a plan undated', () => {
    const got = events('The carrier plans to buy more jets at a later date.', {
      published: PUBLISHED,
      minConfidence: 0,
      timexes: [{ text: 'at a later date', value: 'FUTURE_REF', precision: 'vague' }],
    }).events.filter((e) => e.type === 'acquisition');
    expect(got.map((e) => e.date.value)).toEqual([null]);
  });
});
