/**
 * Which rules to try at a token, built once at load from the rules' own start declarations
 * (`TimexRule.starts`), so the tables cannot drift from the rules. At each token only the rules whose
 * start admits it run, instead of all of them at every "the", "a" and number (a quarter of all tokens).
 */
import type { Token } from '../types.js';
import { w } from './read.js';
import type { GrammarContext, StartShape, TimexRule } from './rule.js';
import { RULES } from './rules/index.js';

type Match = TimexRule['match'];

const HAS_DIGIT = /\d/;

/** What each start shape means for a token and its lower-cased form. */
export const SHAPE_TESTS: Readonly<Record<StartShape, (token: Token, low: string) => boolean>> = {
  digit: (_token, low) => HAS_DIGIT.test(low),
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
  if (HAS_DIGIT.test(s)) bits |= DIGIT_RULES;
  if (c.tokens[k]!.kind === 'number') bits |= NUMBER_RULES;
  if (s.startsWith('mid-')) bits |= MID_RULES;
  return bits === 0 ? NO_RULES : rulesFor(bits);
}
