/**
 * Numbers of people as news states them: digits ("12", "1,200"), number words ("five",
 * "twenty-three", "two hundred and fifty", "a dozen"), bounds ("at least 50", "more than 100", "up to
 * 30"), approximations ("about 40") and vague words ("dozens", "scores", "hundreds"). Vague words are
 * coded as ACLED's codebook codes vague fatality figures (docs/events.md). Pure and string-based, so it
 * can be property-tested: a figure never exceeds a number the words state.
 */

import { MULTIPLIERS, NUMBER_WORDS } from '../timex/lexicon.js';

/** How a quantity was stated. */
export type QuantityPrecision = 'exact' | 'lower-bound' | 'vague';

/** A parsed quantity: the best figure, the stated range, and how many words it used. */
export interface Quantity {
  value: number;
  min: number;
  max: number | null;
  precision: QuantityPrecision;
  /** Words consumed from the start index. */
  length: number;
}

// Number words come from the one shared list (timex lexicon), split the way the count grammar reads them:
// units below twenty (plus "zero"), tens, and scale words. "dozen" is a vague-figure word here, read elsewhere.
const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ...[...NUMBER_WORDS].filter(([word, n]) => n < 20 && word !== 'dozen'),
]);

const TENS: ReadonlyMap<string, number> = new Map([...NUMBER_WORDS].filter(([, n]) => n >= 20 && n % 10 === 0));

const SCALES: ReadonlyMap<string, number> = MULTIPLIERS;

/**
 * Vague quantity words and the figure coded for them. ACLED codes "tens" as 10, "dozens" as 12,
 * "hundreds" as 100 (and so on up the scale), and an unknown plural ("several", "many", "numerous") as
 * 10. "A few" and "a couple" are not in the codebook: we code them 3 and 2 (their least reading).
 */
export const VAGUE_WORDS: ReadonlyMap<string, number> = new Map([
  ['several', 10],
  ['many', 10],
  ['numerous', 10],
  ['multiple', 10],
  ['tens', 10],
  ['dozens', 12],
  ['scores', 20],
  ['hundreds', 100],
  ['thousands', 1000],
  ['millions', 1000000],
]);

/** Words before a figure that make it a lower bound. Two-word forms are joined with a space. */
const LOWER_BOUND = new Set([
  'at least',
  'more than',
  'over',
  'upwards of',
  'no fewer than',
  'no less than',
  'not less than',
  'in excess of',
  'a minimum of',
  'at a minimum',
]);

/** Words before a figure that make it approximate. */
const APPROXIMATE = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'approximately',
  'roughly',
  'some',
  'an estimated',
  'estimated',
  'close to',
  'up to',
  'as many as',
  'perhaps',
  'possibly',
]);

/**
 * Every start of a two- or three-word bound or approximation that ends before one of its spaces ("at" of
 * "at least"; "no" and "no fewer" of "no fewer than"): a word joined with the next ones can make such a
 * form only when it is one of these.
 */
const MULTI_WORD_OPENERS: ReadonlySet<string> = new Set(
  [...LOWER_BOUND, ...APPROXIMATE].flatMap((w) => [...w.matchAll(/ /g)].map((m) => w.slice(0, m.index))),
);

/** Parses one number word or digit string; null when the word is not one. Digits must be well formed ("1,200", not "1,2OO"). */
export function numberWord(word: string): number | null {
  // The digit patterns start with a digit and the compound one holds a hyphen: other words skip them.
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (/^\d{1,3}(,\d{3})+$/.test(word)) return Number(word.replace(/,/g, ''));
    if (/^\d{1,7}$/.test(word)) return Number(word);
  }
  const u = UNITS.get(word);
  if (u !== undefined) return u;
  const t = TENS.get(word);
  if (t !== undefined) return t;
  if (!word.includes('-')) return null;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(word);
  if (hyphen) {
    const tens = TENS.get(hyphen[1]!);
    const unit = UNITS.get(hyphen[2]!);
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return null;
}

/**
 * A cardinal made of number words and digits from `words[i]` on: "twenty three", "two hundred and
 * fifty", "1.5 million" (a decimal only before a scale word), "a hundred", "a dozen", "half a dozen". Returns the
 * value and the number of words used, or null.
 */
function cardinal(words: readonly string[], i: number): { value: number; length: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  if ((w === 'a' || w === 'an' || w === 'one') && words[i + 1] === 'dozen') return { value: 12, length: 2 };
  if (w === 'half' && words[i + 1] === 'a' && words[i + 2] === 'dozen') return { value: 6, length: 3 };
  // "two dozen": a number of dozens.
  const units = numberWord(w);
  if (units !== null && units > 0 && units < 100 && words[i + 1] === 'dozen') return { value: units * 12, length: 2 };
  // "1.7 million", "2.5 thousand": a decimal before a scale word above a hundred.
  if (/^\d{1,3}\.\d{1,3}$/.test(w)) {
    const scale = SCALES.get(words[i + 1] ?? '');
    return scale !== undefined && scale > 100 ? { value: Math.round(Number(w) * scale), length: 2 } : null;
  }
  // "a hundred", "a thousand", and "over a million people": the article is the figure one of the scale.
  if (w === 'a' && (words[i + 1] === 'hundred' || words[i + 1] === 'thousand' || words[i + 1] === 'million')) {
    const scale = SCALES.get(words[i + 1]!)!;
    return { value: scale, length: 2 };
  }
  let total = 0;
  let current = 0;
  let k = i;
  let any = false;
  let lastWasNumber = false;
  while (k < words.length) {
    const word = words[k]!;
    const n = numberWord(word);
    if (n !== null) {
      // Two plain numbers in a row ("12 15") are two figures, not one; "twenty three" is one.
      if (lastWasNumber && !(current % 100 >= 20 && current % 10 === 0 && n < 10)) break;
      current += n;
      any = true;
      lastWasNumber = true;
      k++;
      continue;
    }
    const scale = SCALES.get(word);
    if (scale !== undefined && any) {
      if (current === 0) current = 1;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      lastWasNumber = false;
      k++;
      continue;
    }
    // "twenty - five" as the tokenizer splits "twenty-five".
    if (word === '-' && current % 100 >= 20 && current % 10 === 0 && (UNITS.get(words[k + 1] ?? '') ?? 10) < 10) {
      lastWasNumber = false;
      current += UNITS.get(words[k + 1]!)!;
      k += 2;
      continue;
    }
    if (word === 'and' && any && SCALES.has(words[k - 1] ?? '') && numberWord(words[k + 1] ?? '') !== null) {
      lastWasNumber = false;
      k++;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + current, length: k - i };
}

/**
 * The lower end of a range whose upper end carries the scale word for both ("between two and three dozen"
 * is 24 to 36, "two to three hundred" 200 to 300): a bare one-word lower end smaller than the upper end's
 * multiplier takes its scale. Otherwise the lower end as stated.
 */
function sharedScale(
  words: readonly string[],
  loAt: number,
  lo: { value: number; length: number },
  hiAt: number,
  hi: { value: number; length: number },
): number {
  if (lo.length !== 1 || hi.length !== 2) return lo.value;
  const last = words[hiAt + 1] ?? '';
  const scale = last === 'dozen' ? 12 : (SCALES.get(last) ?? 0);
  const multiplier = numberWord(words[hiAt] ?? '');
  if (scale < 12 || multiplier === null || numberWord(words[loAt] ?? '') === null) return lo.value;
  return lo.value < multiplier ? lo.value * scale : lo.value;
}

/**
 * Parses the quantity at `words[i]` (lower-case words): an optional bound or approximation, then a
 * cardinal or a vague word. A vague word followed by "of <vague word>" or "if not <vague word>" ("dozens
 * of dozens", "hundreds if not thousands") keeps only the first, the lower reading.
 */
export function parseQuantity(words: readonly string[], i: number): Quantity | null {
  let k = i;
  let mode: 'exact' | 'lower' | 'approx' = 'exact';
  // A two- or three-word bound starts with one of a few words: other words (nearly all) are looked up alone,
  // without joining the next words to them.
  const multi = MULTI_WORD_OPENERS.has(words[k] ?? '');
  const two = multi ? `${words[k] ?? ''} ${words[k + 1] ?? ''}` : '';
  const three = multi ? `${two} ${words[k + 2] ?? ''}` : '';
  if (LOWER_BOUND.has(three)) {
    mode = 'lower';
    k += 3;
  } else if (LOWER_BOUND.has(two)) {
    mode = 'lower';
    k += 2;
  } else if (APPROXIMATE.has(three)) {
    mode = 'approx';
    k += 3;
  } else if (APPROXIMATE.has(two)) {
    mode = 'approx';
    k += 2;
  } else if (LOWER_BOUND.has(words[k] ?? '')) {
    mode = 'lower';
    k += 1;
  } else if (APPROXIMATE.has(words[k] ?? '')) {
    mode = 'approx';
    k += 1;
  }
  const word = words[k];
  if (word === undefined) return null;
  // "killing one another": a reciprocal pronoun, not a figure.
  if (word === 'one' && words[k + 1] === 'another') return null;
  // "no one was hurt", "nobody was killed": a stated zero.
  if (mode === 'exact' && ((word === 'no' && words[k + 1] === 'one') || word === 'nobody' || word === 'none')) {
    const length = word === 'no' ? 2 : 1;
    return { value: 0, min: 0, max: 0, precision: 'exact', length: k + length - i };
  }
  // "between 10 and 15": a range; the lowest figure is the value.
  if (mode === 'exact' && word === 'between') {
    const lo = cardinal(words, k + 1);
    if (lo && words[k + 1 + lo.length] === 'and') {
      const hi = cardinal(words, k + 2 + lo.length);
      if (hi) {
        const low = sharedScale(words, k + 1, lo, k + 2 + lo.length, hi);
        if (hi.value >= low)
          return { value: low, min: low, max: hi.value, precision: 'vague', length: k + 2 + lo.length + hi.length - i };
      }
    }
    return null;
  }
  let vague = VAGUE_WORDS.get(word);
  if (vague !== undefined) {
    // "tens of thousands", "hundreds of thousands": the scale multiplies.
    let length = k + 1 - i;
    if (words[k + 1] === 'of') {
      const scale = SCALES.get((words[k + 2] ?? '').replace(/s$/, ''));
      if (scale !== undefined && (words[k + 2] ?? '').endsWith('s') && scale > 100) {
        vague *= scale;
        length += 2;
      }
    }
    // "hundreds if not thousands", "dozens or hundreds": the first, lower reading; the rest is read over.
    const alt = words[k + 1] === 'if' && words[k + 2] === 'not' ? k + 3 : words[k + 1] === 'or' ? k + 2 : -1;
    if (alt > 0 && VAGUE_WORDS.has(words[alt] ?? '')) length = alt + 1 - i;
    return { value: vague, min: vague, max: null, precision: mode === 'lower' ? 'lower-bound' : 'vague', length };
  }
  if (word === 'a' && (words[k + 1] === 'few' || words[k + 1] === 'couple')) {
    const value = words[k + 1] === 'few' ? 3 : 2;
    return { value, min: value, max: null, precision: 'vague', length: k + 2 - i };
  }
  const c = cardinal(words, k);
  if (!c) return null;
  // Phenomenon: a range stated with "to" or "or" ("10 to 15 people", "two or three soldiers", "two to three
  // hundred"): the lowest figure is the value (ACLED's most conservative estimate), the highest the maximum.
  // Not after "from" ("rose from 10 to 15" is a change, not a range), and only upwards.
  const joint = words[k + c.length];
  // Phenomenon: "or so" after a figure makes it an approximation ("a dozen or so protesters", "20 or so
  // houses"): vague, the figure as value, no upper figure stated.
  if (joint === 'or' && words[k + c.length + 1] === 'so' && mode !== 'lower')
    return { value: c.value, min: c.value, max: null, precision: 'vague', length: k + c.length + 2 - i };
  if ((joint === 'to' || joint === 'or') && words[i - 1] !== 'from' && mode !== 'lower') {
    const hi = cardinal(words, k + c.length + 1);
    if (hi) {
      const low = sharedScale(words, k, c, k + c.length + 1, hi);
      if (hi.value > low)
        return { value: low, min: low, max: hi.value, precision: 'vague', length: k + c.length + 1 + hi.length - i };
    }
  }
  const length = k + c.length - i;
  if (mode === 'lower') return { value: c.value, min: c.value, max: null, precision: 'lower-bound', length };
  if (mode === 'approx') return { value: c.value, min: c.value, max: c.value, precision: 'vague', length };
  return { value: c.value, min: c.value, max: c.value, precision: 'exact', length };
}

/** The largest number a text states in digits or number words (what no parsed figure may exceed, times its scale words). */
export function largestStated(words: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < words.length; i++) {
    const c = cardinal(words, i);
    if (c) best = Math.max(best, c.value);
  }
  return best;
}
