import { UNITS, VAGUE_PHRASES, VAGUE_WORDS } from '../lexicon.js';
import { byFirstWord, matchWords, MODALS_BEFORE_SOMEDAY, NONE, quantityAt, REL_BEFORE_QUANTITY, w } from '../read.js';
import { vagueHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';
import { tenseNear } from '../tense.js';

/** Only the phrases whose first word is the token's can match there; the table's order still breaks ties. */
const VAGUE_PHRASES_BY_FIRST = byFirstWord(VAGUE_PHRASES);

/** Vague references: "now", "recently", "the past", "the future", "soon", "these days". */
function vagueRule(c: GrammarContext, k: number): Hit | null {
  for (const [words, value] of VAGUE_PHRASES_BY_FIRST.get(w(c, k)) ?? NONE) {
    const e = matchWords(c, k, words);
    if (e > 0) {
      // "the past" followed by a unit is a duration or date handled elsewhere.
      if (
        words[words.length - 1] === 'past' &&
        (UNITS.has(w(c, e)) || quantityAt(c, e) || REL_BEFORE_QUANTITY.has(w(c, e)))
      )
        return null;
      const start = words[0] === 'in' || words[0] === 'until' ? k + 1 : k;
      return vagueHit(start, e, value);
    }
  }
  // "Islam will one day be …", "may some day": an unspecified future, not a day-long duration.
  if ((w(c, k) === 'one' || w(c, k) === 'some') && w(c, k + 1) === 'day' && MODALS_BEFORE_SOMEDAY.has(w(c, k - 1)))
    return vagueHit(k, k + 2, 'FUTURE_REF');
  const v = VAGUE_WORDS.get(w(c, k));
  if (v === undefined) return null;
  // "as soon as possible", "soon after": a conjunction, not a reference to the future.
  if (w(c, k) === 'soon' && (w(c, k - 1) === 'as' || w(c, k + 1) === 'after' || w(c, k + 1) === 'afterwards'))
    return null;
  // "He was soon released": in a past clause "soon" is shortly after the story's time, not after publication.
  if (w(c, k) === 'soon' && tenseNear(c.tokens, c.low, k, k + 1, c.lo, c.hi) === 'past') return null;
  // "now" as a discourse particle ("Now, …") at the start of a sentence is still PRESENT_REF in TimeML.
  return vagueHit(k, k + 1, v);
}

/** Starts on a vague word, the first word of a vague phrase, or "one"/"some" ("will one day"). */
export const vague: TimexRule = {
  name: 'vague',
  starts: { words: ['one', 'some', ...VAGUE_WORDS.keys(), ...VAGUE_PHRASES.map(([ws]) => ws[0]!)] },
  match: vagueRule,
};
