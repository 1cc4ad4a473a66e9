/**
 * The grammar runs at each token only the rules whose first tests that token can pass. This pins that
 * shortcut to the plain loop over every rule: on random sentences built from the lexicon's words, digit
 * shapes and other words, both find the same expression at every position.
 */
import fc from 'fast-check';
import { coreAt, coreAtEveryRule, type GrammarContext } from '../../src/timex/grammar.js';
import { dayIndex, pointOf, type Grain } from '../../src/timex/calendar.js';
import {
  CLOCK_WORDS,
  HOLIDAYS,
  MERIDIEM,
  MONTHS,
  MULTIPLIERS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  POINT_MODS,
  QUANTITY_MODS,
  SEASONS,
  TIME_ZONES,
  UNITS,
  VAGUE_PHRASES,
  VAGUE_QUANTITIES,
  VAGUE_WORDS,
  WEEKDAYS,
  WEEKDAYS_PLURAL,
} from '../../src/timex/lexicon.js';
import type { Token } from '../../src/types.js';

const LEXICON = [
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...WEEKDAYS_PLURAL.keys(),
  ...NUMBER_WORDS.keys(),
  ...MULTIPLIERS.keys(),
  ...ORDINALS.keys(),
  ...VAGUE_QUANTITIES,
  ...UNITS.keys(),
  ...PARTS_OF_DAY.keys(),
  ...CLOCK_WORDS.keys(),
  ...SEASONS.keys(),
  ...HOLIDAYS.keys(),
  ...TIME_ZONES,
  ...MERIDIEM.keys(),
  ...VAGUE_WORDS.keys(),
  ...[...VAGUE_PHRASES, ...QUANTITY_MODS, ...POINT_MODS].flatMap(([ws]) => ws),
];
/** Words the rules test for by name, beyond the lexicon tables. */
const GRAMMAR_WORDS = [
  'the',
  'a',
  'an',
  'its',
  'their',
  'that',
  'this',
  'last',
  'next',
  'past',
  'previous',
  'coming',
  'current',
  'following',
  'same',
  'prior',
  'preceding',
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'day',
  'before',
  'after',
  'ago',
  'earlier',
  'later',
  'from',
  'now',
  'hence',
  'year',
  'years',
  'quarter',
  'quarters',
  'half',
  'period',
  'fiscal',
  'calendar',
  'latest',
  'year-ago',
  'year-earlier',
  'first',
  'two',
  'mid',
  'every',
  'each',
  'per',
  'other',
  'daily',
  'quarterly',
  'weekly',
  'new',
  "'s",
  'eve',
  'thanksgiving',
  'christmas',
  'end',
  'weekend',
  'week',
  'month',
  'of',
  'in',
  'on',
  'at',
  'by',
  'since',
  'until',
  'for',
  'within',
  'over',
  'ahead',
  'or',
  'so',
  'more',
  'less',
  'than',
  'and',
  'old',
  'long',
  'couple',
  'few',
  'dozen',
  'number',
  'twenties',
  'nineties',
  'century',
  'ended',
  'will',
  'said',
  'was',
  'soon',
  'one',
  'some',
  'percent',
  '%',
  'twice',
  'times',
  'local',
  'time',
  "o'clock",
];
const SHAPES = [
  '20',
  '1',
  '31',
  '12',
  '2024',
  '1998',
  '1,500',
  '2.5',
  '1/2',
  '1990s',
  "1990's",
  "'90s",
  '20th',
  '1st',
  '3rd',
  '21st',
  '3:14',
  '15:00',
  '3pm',
  '9a.m.',
  '2024-06-20',
  '2023-02-29',
  'mid-1990s',
  'mid-1998',
  'mid-november',
  'mid-afternoon',
  'mid-',
  'mid-x',
  '$',
  '#',
];
const PUNCT = [',', '.', '-', ';', ':', '"', '(', ')'];
const OTHER = ['minister', 'talks', 'resumed', 'people', 'shares', 'Jan', 'Kavan', 'High', 'Noon', 'CBS', 'EDT'];

/** Multi-word expressions, token by token, so that sequences the rules look for do occur. */
const PHRASES = [
  "new year 's day",
  "New Year 's Eve",
  'the period last year',
  'the corresponding period a year ago',
  'the day before yesterday',
  'the day after Christmas',
  'the following year',
  'that day',
  'the same month',
  'the first nine months',
  'the nine months',
  'year - end',
  "year 's end",
  'the week of March 6',
  'the fiscal year ended June 30',
  'for the year',
  'the third - quarter results',
  'the year - ago quarter',
  'the first two quarters of 1990',
  'the last half of 1989',
  'the 1988 quarter',
  "this year 's second quarter",
  'nineteen ninety - one',
  'the year two thousand',
  'the 1990s',
  "the '90s",
  'the nineties',
  'the 20th century',
  'fiscal 1989',
  'mid afternoon yesterday',
  'Thursday , June 20 , 2024',
  'June 20 , 2024',
  '20 June',
  'June last year',
  'last January',
  'January 27',
  'Mondays',
  'Friday nights',
  'three days later',
  'a year earlier',
  'two weeks ago',
  'five years from now',
  'more than five months',
  'the past few weeks',
  'for weeks',
  'in the weeks ahead',
  'over the years',
  'decades - long',
  '52 years old',
  '5 % a year',
  'twice a day',
  'every other week',
  'each July',
  '3 p.m. EDT',
  '4 in the morning',
  "9 o'clock",
  'midnight Friday',
  'at 3:14',
  'the summer of 1998',
  'in the summer',
  'spring 1998',
  'will one day be',
  'as soon as possible',
  'right now',
  'in the past',
  'the past year',
  'the latest quarter',
  'one and a half years',
  '12 to 18 months',
  'two or three days',
  'a couple of days',
  'a few weeks',
  'half a year',
  'eight trading days',
  'two more weeks',
].map((p) => p.split(' '));

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LEXICON, ...GRAMMAR_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...LEXICON, ...GRAMMAR_WORDS).map(capitalise) },
  { weight: 2, arbitrary: fc.constantFrom(...SHAPES) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCT, ...OTHER) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,6}$/) },
);
const tokenAt = (text: fc.Arbitrary<string>) =>
  fc.record({
    text,
    pos: fc.constantFrom('NOUN', 'VERB', 'AUX', 'DET', 'ADJ', 'ADP', 'PROPN', 'NUM', 'PUNCT', 'PRON'),
    spaceBefore: fc.boolean(),
    numberKind: fc.boolean(),
  });
/** One token, or the tokens of a phrase. */
const chunk = fc.oneof(
  { weight: 3, arbitrary: tokenAt(word).map((t) => [t]) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PHRASES).chain((ws) => fc.tuple(...ws.map((x) => tokenAt(fc.constant(x))))),
  },
);

function kindOf(text: string, numberKind: boolean): string {
  if (/^[\d.,/]+$/.test(text)) return numberKind ? 'number' : 'word';
  if (/^\d+(st|nd|rd|th)$/.test(text)) return 'ordinal';
  if (PUNCT.includes(text)) return 'punctuation';
  // wink calls some number words numbers; the rules must not care.
  return numberKind && NUMBER_WORDS.has(text.toLowerCase()) ? 'number' : 'word';
}

function tokensOf(parts: Array<{ text: string; pos: string; spaceBefore: boolean; numberKind: boolean }>): Token[] {
  let at = 0;
  return parts.map((p, i) => {
    const start = at + (p.spaceBefore ? 1 : 0);
    at = start + p.text.length;
    return {
      i,
      start,
      end: at,
      text: p.text,
      pos: p.pos,
      lemma: p.text.toLowerCase(),
      kind: kindOf(p.text, p.numberKind),
      sentence: 0,
      spaceBefore: p.spaceBefore,
    };
  });
}

const GRAINS: Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

describe('timex grammar: rules tried by their start', () => {
  test('coreAt finds what trying every rule finds, at every token of random sentences', () => {
    fc.assert(
      fc.property(
        fc.array(chunk, { minLength: 1, maxLength: 6 }).map((chunks) => chunks.flat()),
        fc.option(fc.integer({ min: 1988, max: 2026 }), { nil: null }),
        fc.option(fc.constantFrom(...GRAINS), { nil: null }),
        fc.boolean(),
        (parts, year, narrativeGrain, narrativeRelative) => {
          const tokens = tokensOf(parts);
          const dct = year === null ? null : dayIndex(year, 6, 20);
          const narrative = narrativeGrain === null ? null : pointOf(dayIndex(1998, 3, 4), narrativeGrain);
          const c: GrammarContext = {
            tokens,
            low: tokens.map((t) => t.text.toLowerCase()),
            lo: 0,
            hi: tokens.length,
            dct,
            narrative,
            narrativeRelative,
            topicQuarter: null,
          };
          for (let k = 0; k <= tokens.length; k++) expect(coreAt(c, k)).toEqual(coreAtEveryRule(c, k));
        },
      ),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  test('the shortcut still finds expressions (the comparison is not vacuous)', () => {
    const tokens = tokensOf(
      ['the', 'third', 'quarter', 'of', '1998'].map((text) => ({
        text,
        pos: 'NOUN',
        spaceBefore: true,
        numberKind: true,
      })),
    );
    const c: GrammarContext = {
      tokens,
      low: tokens.map((t) => t.text.toLowerCase()),
      lo: 0,
      hi: tokens.length,
      dct: dayIndex(1999, 1, 5),
      narrative: null,
    };
    expect(coreAt(c, 0)).toMatchObject({ start: 0, end: 5, value: '1998-Q3' });
  });
});
