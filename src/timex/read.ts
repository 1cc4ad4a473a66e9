/**
 * Reading the tokens of a sentence for the time-expression rules: lower-cased words by position, token
 * shapes (years, days of the month, month names) and quantities ("24", "two thousand", "a couple of",
 * "five months"). Shared by the rules in `rules/`; no value is resolved here.
 */
import { MONTHS, MULTIPLIERS, NUMBER_WORDS, UNITS, VAGUE_QUANTITIES, type Unit } from './lexicon.js';
import type { GrammarContext } from './rule.js';
import { MODALS } from '../words.js';

/** The lower-cased word at `k`, or '' outside the sentence. */
export const w = (c: GrammarContext, k: number): string => (k >= c.lo && k < c.hi ? c.low[k]! : '');

export const capitalised = (c: GrammarContext, k: number): boolean => {
  const ch = c.tokens[k]?.text.charCodeAt(0) ?? 0;
  return ch >= 65 && ch <= 90;
};

/**
 * A time word capitalised inside a sentence after another capitalised word or a quote is part of a
 * title or name ("ABC's "This Week"", "60 Minutes", "High Noon"), not a time expression.
 */
export function titleWord(c: GrammarContext, k: number): boolean {
  if (k <= c.lo || !capitalised(c, k)) return false;
  const prev = w(c, k - 1);
  return capitalised(c, k - 1) || c.tokens[k - 1]!.kind === 'number' || prev === '"' || prev === '``' || prev === "'";
}

/** `k` past a hyphen written tight between two words ("third-quarter"), else `k`. */
export function hyphen(c: GrammarContext, k: number): number {
  return w(c, k) === '-' && !c.tokens[k]!.spaceBefore && k + 1 < c.hi && !c.tokens[k + 1]!.spaceBefore ? k + 1 : k;
}

export function matchWords(c: GrammarContext, k: number, words: readonly string[]): number {
  for (let j = 0; j < words.length; j++) if (w(c, k + j) !== words[j]) return -1;
  return k + words.length;
}

const isDigits = (s: string): boolean => s.length > 0 && s.length <= 4 && /^\d+$/.test(s);

/**
 * True when `s[i]` is an ASCII digit. The shape patterns below all need a digit at a fixed place, and
 * most tokens a rule looks at are words: testing that one character first skips the pattern for them.
 */
export const digitAt = (s: string, i: number): boolean => {
  const ch = s.charCodeAt(i);
  return ch >= 48 && ch <= 57;
};

const YEAR_MIN = 1000;

const YEAR_MAX = 2199;

export function yearAt(c: GrammarContext, k: number): number | null {
  const s = w(c, k);
  if (s.length !== 4 || !isDigits(s)) return null;
  const y = +s;
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}

/** Day of month: `27`, `27th`, `1st`. */
export function dayOfMonthAt(c: GrammarContext, k: number): number | null {
  const s = w(c, k);
  const m = digitAt(s, 0) ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(s) : null;
  if (!m) return null;
  const d = +m[1]!;
  return d >= 1 && d <= 31 ? d : null;
}

/** A month name; `may` and `march` only with a capital and a date-like neighbour. */
export function monthAt(c: GrammarContext, k: number): number | null {
  const s = w(c, k);
  const m = MONTHS.get(s);
  if (m === undefined) return null;
  if (!capitalised(c, k)) return null;
  // "Jan Kavan": an abbreviation without its period needs a day or a year after it.
  if (s.length === 3 && s !== 'may' && dayOfMonthAt(c, k + 1) === null && yearAt(c, k + 1) === null) return null;
  if (s === 'may' || s === 'march') {
    const next = w(c, k + 1);
    const prev = w(c, k - 1);
    const dateLike =
      dayOfMonthAt(c, k + 1) !== null ||
      yearAt(c, k + 1) !== null ||
      next === ',' ||
      next === '.' ||
      next === 'of' ||
      [
        'in',
        'since',
        'until',
        'by',
        'last',
        'next',
        'this',
        'early',
        'late',
        'mid',
        'of',
        'through',
        'from',
        'before',
        'after',
        'during',
      ].includes(prev);
    if (!dateLike) return null;
  }
  return m;
}

export interface Quantity {
  n: number | 'X';
  end: number;
}

/** A number written in digits or words: `24`, `2 1/2`, `twenty-four`, `two thousand`, `a hundred`. */
function numberAt(c: GrammarContext, k: number): Quantity | null {
  const s = w(c, k);
  if (s !== '' && c.tokens[k]!.kind === 'number') {
    const plain = s.includes(',') ? s.replace(/,/g, '') : s;
    if (!/^\d+(\.\d+)?$/.test(plain)) return null;
    let n = +plain;
    let end = k + 1;
    const frac = digitAt(w(c, end), 0) ? /^(\d)\/(\d{1,2})$/.exec(w(c, end)) : null;
    if (frac && +frac[2]! > 0) {
      n += +frac[1]! / +frac[2]!;
      end++;
    }
    return { n, end };
  }
  let total = 0;
  let cur = 0;
  let end = k;
  if (s === 'a' && MULTIPLIERS.has(w(c, k + 1))) {
    cur = 1;
    end = k + 1;
  }
  for (;;) {
    const t = w(c, end);
    const v = NUMBER_WORDS.get(t);
    if (v !== undefined) {
      if (cur > 0 && !(cur >= 20 && cur % 10 === 0 && v < 10)) break;
      cur += v;
      end++;
      const h = hyphen(c, end);
      if (h !== end && NUMBER_WORDS.has(w(c, h))) end = h;
      continue;
    }
    const m = MULTIPLIERS.get(t);
    if (m !== undefined && cur > 0) {
      total += cur * m;
      cur = 0;
      end++;
      continue;
    }
    break;
  }
  if (end === k) return null;
  return { n: total + cur, end };
}

/** A quantity before a unit: a number, `a`/`an`, `a couple of`, `a few`, `several`, `half a`. */
export function quantityAt(c: GrammarContext, k: number): (Quantity & { approx?: boolean }) | null {
  const s = w(c, k);
  if (s === 'a' || s === 'an') {
    const n1 = w(c, k + 1);
    if (n1 === 'couple' && w(c, k + 2) === 'of') return { n: 2, end: k + 3, approx: true };
    if (n1 === 'few') return { n: 'X', end: k + 2 };
    if (n1 === 'number' && w(c, k + 2) === 'of') return { n: 'X', end: k + 3 };
    if (n1 === 'dozen') return { n: 12, end: k + 2 };
    const num = numberAt(c, k);
    if (num) return num;
    return { n: 1, end: k + 1 };
  }
  if (s === 'half' && (w(c, k + 1) === 'a' || w(c, k + 1) === 'an')) return { n: 0.5, end: k + 2 };
  if (s === 'couple' && w(c, k + 1) === 'of') return { n: 2, end: k + 2, approx: true };
  if (VAGUE_QUANTITIES.has(s)) return { n: 'X', end: w(c, k + 1) === 'of' && s !== 'some' ? k + 2 : k + 1 };
  const num = numberAt(c, k);
  if (!num) return null;
  // "one and a half", "12 to 18", "two or three": keep the first figure (TimeBank's convention).
  if (w(c, num.end) === 'and' && w(c, num.end + 1) === 'a' && w(c, num.end + 2) === 'half' && num.n !== 'X') {
    return { n: num.n + 0.5, end: num.end + 3 };
  }
  if ((w(c, num.end) === 'to' || w(c, num.end) === 'or') && numberAt(c, num.end + 1)) {
    return { n: num.n, end: numberAt(c, num.end + 1)!.end };
  }
  return num;
}

export interface QuantityPhrase {
  n: number | 'X';
  unit: Unit;
  end: number;
  approx: boolean;
}

/** Words that may sit between a count and its unit without changing the duration ("eight trading days"). */
const MORE_WORDS: ReadonlySet<string> = new Set([
  'more',
  'additional',
  'extra',
  'further',
  'trading',
  'business',
  'working',
]);

/** `five months`, `2 1/2 years`, `a year and a half`, `two-year`, `several days`. */
export function quantityPhraseAt(c: GrammarContext, k: number): QuantityPhrase | null {
  const q = quantityAt(c, k);
  if (!q) return null;
  // "two more weeks", "at least 20 more years", "an additional year", "five business days".
  const more = MORE_WORDS.has(w(c, q.end)) ? q.end + 1 : q.end;
  const u0 = hyphen(c, more);
  const unit = UNITS.get(w(c, u0));
  if (!unit || titleWord(c, u0)) return null;
  // "a decades-long battle": "a" belongs to the noun phrase, not to a plural unit.
  if (q.n === 1 && w(c, u0).endsWith('s')) return null;
  // "a year-earlier loss": the compound is a comparison date, left to the quarter rule.
  const tail = hyphen(c, u0 + 1);
  if (tail !== u0 + 1 && (w(c, tail) === 'earlier' || w(c, tail) === 'ago')) return null;
  if (yearAt(c, k) !== null && !w(c, u0).endsWith('s')) return null;
  // "three-quarters of", "a quarter of the market", "a second group": fractions and ordinals, not time.
  if (unit.grain === 'quarter' && q.n !== 'X' && (w(c, u0 + 1) === 'of' || u0 !== more)) return null;
  if (unit.grain === 'second' && q.n === 1 && c.tokens[u0 + 1]?.pos === 'NOUN') return null;
  let n = q.n;
  let end = u0 + 1;
  if (n !== 'X' && w(c, end) === 'and' && w(c, end + 1) === 'a' && w(c, end + 2) === 'half') {
    n += 0.5;
    end += 3;
  }
  return { n, unit, end, approx: q.approx === true };
}

/** A year in digits or read aloud ("1994", "nineteen ninety-four"). */
export function writtenYearAt(c: GrammarContext, k: number): { year: number; end: number } | null {
  const y = yearAt(c, k);
  return y !== null ? { year: y, end: k + 1 } : spokenYearAt(c, k);
}

/** Years read aloud in broadcast transcripts: "nineteen ninety-one", "the year two thousand". */
export function spokenYearAt(c: GrammarContext, k: number): { year: number; end: number } | null {
  const hi = NUMBER_WORDS.get(w(c, k));
  if (w(c, k) === 'two' && w(c, k + 1) === 'thousand' && w(c, k - 1) === 'year') return { year: 2000, end: k + 2 };
  if (hi === undefined || hi < 10 || hi > 20) return null;
  const lo = numberAt(c, k + 1);
  if (!lo || lo.n === 'X' || lo.n < 10 || lo.n > 99 || !NUMBER_WORDS.has(w(c, k + 1))) return null;
  return { year: hi * 100 + lo.n, end: lo.end };
}

export const REL_BEFORE_QUANTITY = new Set([
  'past',
  'last',
  'next',
  'coming',
  'previous',
  'following',
  'first',
  'final',
  'latest',
  'recent',
  'additional',
  'ensuing',
  'preceding',
  'prior',
  'remaining',
]);

/** Any modal before "one day"/"some day" makes it an unspecified future ("will one day", "must one day"). */
export const MODALS_BEFORE_SOMEDAY: ReadonlySet<string> = new Set(MODALS);

export const NONE: ReadonlyArray<[string[], string]> = [];

export function byFirstWord(table: ReadonlyArray<[string[], string]>): ReadonlyMap<string, Array<[string[], string]>> {
  const out = new Map<string, Array<[string[], string]>>();
  for (const entry of table) {
    const list = out.get(entry[0][0]!) ?? [];
    list.push(entry);
    out.set(entry[0][0]!, list);
  }
  return out;
}
