/**
 * Which rules to try at a token, built once at load from the rules' own start declarations
 * (`TimexRule.starts`), so the tables cannot drift from the rules. At each token only the rules whose
 * start admits it run, instead of all of them at every "the", "a" and number (a quarter of all tokens).
 */
import type { Token } from '../types.js';
import { POINT_MODS, QUANTITY_MODS } from './lexicon.js';
import { w } from './read.js';
import type { GrammarContext, StartShape, TimexRule } from './rule.js';
import { RULES } from './rules/index.js';

type Match = TimexRule['match'];

/**
 * True when `s` has an ASCII digit first or right after its first character ("1998", "27th", "'90s"):
 * where every digit pattern of the rules has one. Two character tests, cheap enough to run on every word.
 */
function leadingDigit(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (c0 <= 57 && c0 >= 48) return true;
  const c1 = s.charCodeAt(1);
  return c1 <= 57 && c1 >= 48;
}

/** What each start shape means for a token and its lower-cased form. */
export const SHAPE_TESTS: Readonly<Record<StartShape, (token: Token, low: string) => boolean>> = {
  digit: (_token, low) => leadingDigit(low),
  number: (token) => token.kind === 'number',
  mid: (_token, low) => low.startsWith('mid-'),
};

/** True when `rule`'s declaration admits the token as its first: the plain reading the tables are built from. */
export function declaredStart(rule: TimexRule, token: Token, low: string): boolean {
  return rule.starts.words.includes(low) || (rule.starts.shapes ?? []).some((shape) => SHAPE_TESTS[shape](token, low));
}

if (RULES.length > 30) throw new Error('timex dispatch: rule sets are 31-bit masks; split the mask first');

/** Bit `i` set: the word may start `RULES[i]`. */
const WORD_RULES: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  RULES.forEach(({ starts }, i) => {
    for (const word of starts.words) out.set(word, (out.get(word) ?? 0) | (1 << i));
  });
  return out;
})();

/** The rules each shape may start, as a mask over `RULES`. */
const shapeRules = (shape: StartShape): number =>
  RULES.reduce((bits, r, i) => (r.starts.shapes?.includes(shape) ? bits | (1 << i) : bits), 0);
const DIGIT_RULES = shapeRules('digit');
const NUMBER_RULES = shapeRules('number');
const MID_RULES = shapeRules('mid');

/** The match functions of a rule set, in `RULES` order (which breaks ties), memoised per set. */
const rulesBySet = new Map<number, Match[]>();
function rulesFor(bits: number): readonly Match[] {
  let rules = rulesBySet.get(bits);
  if (rules === undefined) {
    rules = RULES.filter((_r, i) => (bits & (1 << i)) !== 0).map((r) => r.match);
    rulesBySet.set(bits, rules);
  }
  return rules;
}
const NO_RULES: readonly Match[] = [];

/** The rules whose declared start admits token `k` (none outside the sentence, where every rule sees ''). */
export function rulesAt(c: GrammarContext, k: number): readonly Match[] {
  const s = w(c, k);
  if (s === '') return NO_RULES;
  let bits = WORD_RULES.get(s) ?? 0;
  if (leadingDigit(s)) bits |= DIGIT_RULES;
  if (c.tokens[k]!.kind === 'number') bits |= NUMBER_RULES;
  if (s.startsWith('mid-')) bits |= MID_RULES;
  return bits === 0 ? NO_RULES : rulesFor(bits);
}

/** Words that begin a modifier `parseAt` tries before the rules ("more than", "the beginning of"). */
const MODIFIER_WORDS: readonly string[] = [...QUANTITY_MODS, ...POINT_MODS].map(([ws]) => ws[0]!);
/** Words an expression can start on: the rules' declared start words and the modifiers' first words. */
const START_WORDS: ReadonlySet<string> = new Set([...WORD_RULES.keys(), ...MODIFIER_WORDS]);

/**
 * Whether an expression can start at this token: some rule's declared start admits it, or a modifier
 * begins with it. The extractor skips other tokens without running the rules. Built from the same
 * declarations as `rulesAt`, so it never hides a match the rules would make.
 */
export function canStart(token: Token, low: string): boolean {
  return (
    START_WORDS.has(low) ||
    (NUMBER_RULES !== 0 && token.kind === 'number') ||
    (DIGIT_RULES !== 0 && leadingDigit(low)) ||
    (MID_RULES !== 0 && low.startsWith('mid-'))
  );
}
