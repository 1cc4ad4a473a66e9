/**
 * Session 23 ("evdates" helper; issue 14, event dates): the dating phenomena the development splits showed. Every
 * sentence is our own, written for the rule it tests; none is taken from a data set or a gold file.
 */
import { annotate } from '../../src/nlp/wink.js';
import { extractTimexes } from '../../src/timex/index.js';
import { datedViews, viewOn } from './builders.js';

/** The values of the time expressions the timex stage finds in `text`, published on `dct`. */
function timexValues(text: string, dct: string): Record<string, string | null> {
  const a = annotate(text);
  const { timexes } = extractTimexes({
    text,
    tokens: a.tokens,
    sentences: a.sentences,
    lowerForms: a.lowerForms,
    publication: { date: dct, source: 'config', confidence: 1 },
  });
  return Object.fromEntries(timexes.map((x) => [x.text, x.value]));
}

const PUBLISHED = '2024-03-07'; // a Thursday
const tuesday = { text: 'on Tuesday', value: '2024-03-05', precision: 'day' as const };

describe("a time that looks ahead, after the infinitive a past verb governs, is the infinitive's", () => {
  it('"met on Tuesday and agreed to resume talks next month": the agreement is Tuesday\'s, the talks next month\'s', () => {
    const views = datedViews(
      'The two foreign ministers met in Vienna on Tuesday and agreed to resume border talks next month.',
      [tuesday, { text: 'next month', value: '2024-04', precision: 'month' }],
      PUBLISHED,
    );
    expect(viewOn(views, 'agreed')?.date).toBe('2024-03-05');
    expect(viewOn(views, 'talks')?.date).toBe('2024-04');
  });

  it('"agreed to free the hostages tomorrow" is no agreement a year before tomorrow', () => {
    const views = datedViews(
      'The rebels agreed to free the hostages tomorrow.',
      [{ text: 'tomorrow', value: '2024-03-08', precision: 'day' }],
      PUBLISHED,
    );
    expect(viewOn(views, 'free')?.date).toBe('2024-03-08');
    // The lead's undated agreement is the news of the day (the report date), not 2023-03-08.
    expect(viewOn(views, 'agreed')?.date).toBe(PUBLISHED);
  });

  it('a time that does not look ahead still dates the past verb ("agreed to buy the firm on Friday")', () => {
    const views = datedViews(
      'The company agreed to buy the rival firm on Friday.',
      [{ text: 'Friday', value: '2024-03-01', precision: 'day' }],
      PUBLISHED,
    );
    expect(viewOn(views, 'agreed')?.date).toBe('2024-03-01');
  });
});

describe('a weekday far from the verb that governs it', () => {
  it.each([
    // A long object puts "will host" beyond the window: Thursday is the coming one, not the report verb's past.
    [
      'Norway will host a fresh round of prisoner-exchange talks between the government and the rebels on Thursday, the foreign ministry said.',
      '2024-03-07',
    ],
    // A far verb in the past reads it back, as the report verb did.
    [
      'Police arrested a former deputy head of the regional customs service and two of his business partners in the port city on Thursday, prosecutors said.',
      '2024-02-29',
    ],
  ])('%s', (text, thursday) => {
    expect(timexValues(text, '2024-03-04' /* a Monday */)['Thursday']).toBe(thursday);
  });
});
