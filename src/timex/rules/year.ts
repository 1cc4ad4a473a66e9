import { ymd } from '../calendar.js';
import { NUMBER_WORDS, UNITS } from '../lexicon.js';
import { digitAt, hyphen, spokenYearAt, w, yearAt } from '../read.js';
import { pointHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2],
  ['thirties', 3],
  ['forties', 4],
  ['fifties', 5],
  ['sixties', 6],
  ['seventies', 7],
  ['eighties', 8],
  ['nineties', 9],
]);

/** Years and decades: "1998", "fiscal 1989", "the 1990s", "the '90s", "the nineties", "mid-1990s". */
function yearRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  if (w(c, j) === 'the') j++;
  let fiscal = false;
  if (w(c, j) === 'fiscal' || w(c, j) === 'calendar' || (w(c, j) === 'year' && yearAt(c, j + 1) !== null)) {
    fiscal = true;
    j++;
    if (w(c, j) === 'year') j++;
  }
  const t = w(c, j);
  // "1990s", "'90s" and "20th" start with a digit or an apostrophe before one.
  const shaped = digitAt(t, 0) || digitAt(t, 1);
  const decade = shaped ? /^(\d{3})0'?s$/.exec(t) : null;
  if (decade) return pointHit(k, j + 1, { grain: 'decade', index: +decade[1]! }, 'absolute');
  const short = shaped ? /^'(\d)0s$/.exec(t) : null;
  if (short) {
    const d = +short[1]!;
    const cent = c.dct !== null && d * 10 <= ymd(c.dct)[0] % 100 ? Math.floor(ymd(c.dct)[0] / 100) : 19;
    return pointHit(
      k,
      j + 1,
      { grain: 'decade', index: cent * 10 + d },
      c.dct !== null ? 'publication-date' : 'absolute',
    );
  }
  const cent = shaped ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t) : null;
  if (cent && w(c, hyphen(c, j + 1)) === 'century' && +cent[1]! > 0) {
    return pointHit(k, hyphen(c, j + 1) + 1, { grain: 'century', index: +cent[1]! - 1 }, 'absolute');
  }
  const dw = DECADE_WORDS.get(t);
  if (dw !== undefined && j > k) return pointHit(k, j + 1, { grain: 'decade', index: 190 + dw }, 'absolute');
  const spoken = spokenYearAt(c, j);
  if (spoken) return pointHit(k, spoken.end, { grain: 'year', index: spoken.year }, 'absolute');
  const y = yearAt(c, j);
  if (y === null) return null;
  if (j > k && !fiscal && w(c, k) === 'the') return null;
  if (!fiscal) {
    // A bare four-digit number is a year unless it counts something ("2000 people", "1,500 shares").
    const prev = w(c, j - 1);
    const next = c.tokens[j + 1];
    if (prev === '$' || prev === '#' || c.tokens[j - 1]?.kind === 'currency' || prev === 'no' || prev === 'number')
      return null;
    if (next && next.sentence === c.tokens[j]!.sentence && j + 1 < c.hi) {
      const nl = c.low[j + 1]!;
      if (
        nl === '%' ||
        nl === 'percent' ||
        (nl === 'to' && yearAt(c, j + 2) === null && c.tokens[j + 2]?.kind === 'number')
      )
        return null;
      if (next.pos === 'NOUN' && nl !== next.lemma && !UNITS.has(nl)) return null;
    }
    if (c.tokens[j]!.text.includes(',')) return null;
  }
  return pointHit(k, j + 1, { grain: 'year', index: y }, 'absolute');
}

/**
 * Starts on "the", "fiscal", "calendar", "year", a spoken year ("nineteen ninety-four"), or a token with a digit
 * ("1998", "1990s", "20th").
 */
export const year: TimexRule = {
  name: 'year',
  starts: { words: ['the', 'fiscal', 'calendar', 'year', 'two', ...NUMBER_WORDS.keys()], shapes: ['digit'] },
  match: yearRule,
};
