/**
 * Shared word lists (src/words.ts) and what their users build from them: the same words everywhere, and the
 * one behaviour the reconciliation of the modal lists changed (any modal before "one day" makes it a vague
 * future, "must one day" as well as "will one day").
 */
import { annotate } from '../src/nlp/wink.js';
import { extractTimexes } from '../src/timex/index.js';
import { FUTURE_MODALS as TIMEX_FUTURE, MONTHS, WEEKDAYS, WEEKDAYS_PLURAL } from '../src/timex/lexicon.js';
import { MODALS as EVENT_MODALS, HYPOTHETICAL_MODALS as EVENT_HYPOTHETICAL } from '../src/events/cues.js';
import { FUTURE_MODALS, HYPOTHETICAL_MODALS, MODALS, MONTH_NAMES, WEEKDAY_NAMES, weekdayName } from '../src/words.js';

function timexes(text: string): Array<[string, string, string | null]> {
  const a = annotate(text);
  return extractTimexes({
    text,
    tokens: a.tokens,
    sentences: a.sentences,
    lowerForms: a.lowerForms,
    publication: { date: '2024-06-20', source: 'config', confidence: 1 },
  }).timexes.map((t) => [t.text, t.type, t.value]);
}

describe('shared word lists', () => {
  test('weekdays are Monday first, and JavaScript day numbers (Sunday 0) map onto them', () => {
    expect(WEEKDAY_NAMES).toHaveLength(7);
    expect(weekdayName(0)).toBe('Sunday');
    expect(weekdayName(1)).toBe('Monday');
    expect(weekdayName(new Date(Date.UTC(2008, 2, 4)).getUTCDay())).toBe('Tuesday');
  });

  test('the time-expression lexicon numbers every month and weekday name of words.ts', () => {
    MONTH_NAMES.forEach((m, i) => expect(MONTHS.get(m.toLowerCase())).toBe(i + 1));
    WEEKDAY_NAMES.forEach((d, i) => {
      expect(WEEKDAYS.get(d.toLowerCase())).toBe(i + 1);
      expect(WEEKDAYS_PLURAL.get(`${d.toLowerCase()}s`)).toBe(i + 1);
    });
    expect(MONTHS.get('sept.')).toBe(9);
    expect(WEEKDAYS.get('thurs.')).toBe(4);
  });

  test('modals: the future group anchors tense, events take every modal and tell the hypothetical ones apart', () => {
    expect(new Set(MODALS)).toEqual(new Set([...FUTURE_MODALS, ...HYPOTHETICAL_MODALS]));
    expect(FUTURE_MODALS.filter((m) => HYPOTHETICAL_MODALS.includes(m))).toEqual([]);
    expect([...TIMEX_FUTURE]).toEqual([...FUTURE_MODALS]);
    expect([...EVENT_MODALS]).toEqual([...MODALS]);
    expect([...EVENT_HYPOTHETICAL]).toEqual([...HYPOTHETICAL_MODALS]);
  });

  // Phenomenon: "one day"/"some day" after any modal is an unspecified future, not a day-long duration.
  test.each([
    ['The court said he must one day face trial.', 'one day'],
    ['She should one day lead the party.', 'one day'],
    ['Officials hope the region will one day recover.', 'one day'],
    ['Rebels could one day retake the city.', 'one day'],
  ])('%s → a vague future', (sentence, expression) => {
    expect(timexes(sentence)).toEqual([[expression, 'DATE', 'FUTURE_REF']]);
  });

  test('without a modal, "one day" is still a duration', () => {
    expect(timexes('The strike lasted one day.')).toEqual([['one day', 'DURATION', 'P1D']]);
  });
});
