/**
 * Each rule declares the tokens it can start on (`TimexRule.starts`), and the dispatch tables are built
 * from those declarations. This checks the declarations against the rules themselves: every rule runs at
 * every token, without dispatch, of a varied corpus (the sample articles, the sentences of the
 * extraction tests, and random sentences built from the lexicon's words, digit shapes and other words),
 * and a match is only ever found at a token its declaration admits. It also checks that the tables say
 * what the declarations say, and that the extractor's start gate never hides a match.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { annotate } from '../../src/nlp/wink.js';
import { canStart, declaredStart, rulesAt } from '../../src/timex/dispatch.js';
import { coreAt, parseAt } from '../../src/timex/grammar.js';
import type { GrammarContext, TimexRule } from '../../src/timex/rule.js';
import { RULES } from '../../src/timex/rules/index.js';
import { dayIndex, pointOf, type Grain, type Point } from '../../src/timex/calendar.js';
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
import { REPO } from '../helpers.js';
import { SENTENCES } from './sentences.js';

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
  if (/^[\d.,/:-]+$/.test(text)) return numberKind ? 'number' : 'word';
  // wink types "1990s" and "'90s" as decades, "3pm" as a time: not numbers.
  if (/^'?\d+'?s$/.test(text)) return 'decade';
  if (/^\d+[ap]/.test(text)) return 'time';
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

/** Rule name → how many times it matched (so the check is not vacuous). */
const matched = new Map<string, number>();

/** Runs every rule at every token of `c` and fails on a match at a token the rule's declaration excludes. */
function checkEveryRuleAt(c: GrammarContext, where: string, tables = true): void {
  for (let k = c.lo; k < c.hi; k++) {
    const token = c.tokens[k]!;
    const low = c.low[k]!;
    const admitted: TimexRule['match'][] = [];
    for (const rule of RULES) {
      const start = declaredStart(rule, token, low);
      if (start) admitted.push(rule.match);
      const hit = rule.match(c, k);
      if (hit === null || hit.end <= k) continue;
      matched.set(rule.name, (matched.get(rule.name) ?? 0) + 1);
      if (!start)
        throw new Error(
          `rule ${rule.name} matched at token ${JSON.stringify(token.text)} (kind ${token.kind}), which its ` +
            `declared start excludes (${where}): add the word or shape to rules/${rule.name}.ts`,
        );
    }
    if (!tables) continue;
    // The tables are the declarations: the same rules, in the same order.
    const tried = rulesAt(c, k);
    if (tried.length !== admitted.length || tried.some((m, i) => m !== admitted[i]))
      throw new Error(`dispatch at ${JSON.stringify(token.text)} differs from the declarations (${where})`);
    // The extractor's start gate never hides a match.
    if (!canStart(token, low) && parseAt(c, k) !== null)
      throw new Error(`the start gate skips ${JSON.stringify(token.text)}, where an expression starts (${where})`);
  }
}

/** Contexts a sentence is read in: with and without a publication date, narrative points of each grain. */
function contexts(tokens: readonly Token[], low: readonly string[], lo: number, hi: number): GrammarContext[] {
  const at = (grain: Grain): Point => pointOf(dayIndex(1998, 3, 4), grain);
  const read: Array<[number | null, Point | null, boolean]> = [
    [dayIndex(2024, 6, 20), null, false],
    [null, null, false],
    [dayIndex(2024, 6, 20), at('day'), true],
    [dayIndex(2024, 6, 20), at('quarter'), false],
  ];
  return read.map(([dct, narrative, narrativeRelative]) => ({
    tokens,
    low,
    lo,
    hi,
    dct,
    narrative,
    narrativeRelative,
    topicQuarter: null,
  }));
}

function checkText(text: string, where: string): void {
  const a = annotate(text);
  for (const s of a.sentences)
    contexts(a.tokens, a.lowerForms, s.tokenStart, s.tokenEnd).forEach((c, i) => checkEveryRuleAt(c, where, i === 0));
}

describe('timex rules: each matches only where its declared start admits the token', () => {
  test('the sample articles', () => {
    const dir = path.join(REPO, 'data', 'articles');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      checkText(readFileSync(path.join(dir, name), 'utf8'), name);
  });

  test('the sentences of the extraction tests', () => {
    for (const sentence of SENTENCES) checkText(sentence, sentence);
  });

  test('random sentences of lexicon words, digit shapes and other words', () => {
    fc.assert(
      fc.property(
        fc.array(chunk, { minLength: 1, maxLength: 6 }).map((chunks) => chunks.flat()),
        fc.option(fc.integer({ min: 1988, max: 2026 }), { nil: null }),
        fc.option(fc.constantFrom(...GRAINS), { nil: null }),
        fc.boolean(),
        (parts, year, narrativeGrain, narrativeRelative) => {
          const tokens = tokensOf(parts);
          checkEveryRuleAt(
            {
              tokens,
              low: tokens.map((t) => t.text.toLowerCase()),
              lo: 0,
              hi: tokens.length,
              dct: year === null ? null : dayIndex(year, 6, 20),
              narrative: narrativeGrain === null ? null : pointOf(dayIndex(1998, 3, 4), narrativeGrain),
              narrativeRelative,
              topicQuarter: null,
            },
            parts.map((p) => p.text).join(' '),
          );
        },
      ),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  test('every rule matched somewhere (the check is not vacuous)', () => {
    expect(RULES.filter((r) => !matched.has(r.name)).map((r) => r.name)).toEqual([]);
  });

  test('rule names are unique and name their files', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const files = readdirSync(path.join(REPO, 'src', 'timex', 'rules'))
      .filter((n) => n !== 'index.ts')
      .map((n) => n.replace(/\.ts$/, ''));
    expect([...names].sort()).toEqual(files.sort());
  });

  test('declared start words are lower-cased, as the tokens they are compared with', () => {
    for (const rule of RULES) for (const word of rule.starts.words) expect(word).toBe(word.toLowerCase());
  });

  test('the dispatch still finds expressions', () => {
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
