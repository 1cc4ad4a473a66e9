/**
 * The time-expression grammar's entry point: modifiers ("more than", "the beginning of", "or so") around
 * the longest match of the rules in `rules/` (one rule per file, in the priority order of
 * `rules/index.ts`), tried only where their declared start admits the token (`dispatch.ts`).
 * No regular expression runs over the text; the few token-shape tests are anchored and linear.
 */
import { rulesAt } from './dispatch.js';
import { POINT_MODS, QUANTITY_MODS, WEEKDAYS } from './lexicon.js';
import { byFirstWord, matchWords, NONE, quantityAt, w } from './read.js';
import type { GrammarContext, Hit, TimexRule } from './rule.js';

export type { Anchor, GrammarContext, Hit } from './rule.js';

type Match = TimexRule['match'];

/** The longest rule match starting at token `k`; the first rule in `RULES` order wins a tie. */
function longestOf(c: GrammarContext, k: number, rules: readonly Match[]): Hit | null {
  let best: Hit | null = null;
  for (const match of rules) {
    const h = match(c, k);
    if (h && h.end > k && (best === null || h.end > best.end)) best = h;
  }
  return best;
}

/** The longest rule match starting at token `k` (without modifiers), trying only the rules that can start there. */
export function coreAt(c: GrammarContext, k: number): Hit | null {
  return longestOf(c, k, rulesAt(c, k));
}

const QUANTITY_MODS_BY_FIRST = byFirstWord(QUANTITY_MODS);
const POINT_MODS_BY_FIRST = byFirstWord(POINT_MODS);

const AGO_MODS: Readonly<Record<string, string>> = {
  MORE_THAN: 'BEFORE',
  LESS_THAN: 'AFTER',
  EQUAL_OR_LESS: 'ON_OR_AFTER',
  EQUAL_OR_MORE: 'ON_OR_BEFORE',
  APPROX: 'APPROX',
};

/** A time expression starting at token `k`, with its modifiers ("more than five months", "the beginning of last February"). */
export function parseAt(c: GrammarContext, k: number): Hit | null {
  for (const [words, mod] of QUANTITY_MODS_BY_FIRST.get(w(c, k)) ?? NONE) {
    const e = matchWords(c, k, words);
    if (e < 0) continue;
    if (!quantityAt(c, e)) continue;
    const core = coreAt(c, e);
    if (core && (core.kind === 'quantity' || core.kind === 'ago') && core.start === e) {
      return withPost(c, { ...core, start: k, mod: core.kind === 'ago' ? (AGO_MODS[mod] ?? mod) : mod });
    }
  }
  for (const [words, mod] of POINT_MODS_BY_FIRST.get(w(c, k)) ?? NONE) {
    let e = matchWords(c, k, words);
    if (e < 0) continue;
    if ((words[0] === 'earlier' || words[0] === 'later') && w(c, e) === 'in' && w(c, e + 1) === 'the') e++;
    if (words[words.length - 1] === 'mid' && w(c, e) === '-') e++;
    const core = coreAt(c, e);
    if (core && core.kind === 'point' && core.start === e) {
      if (
        (words[0] === 'earlier' || words[0] === 'later') &&
        !(e > k + 1 || ['this', 'that', 'today', 'yesterday', 'tomorrow'].includes(w(c, e)) || WEEKDAYS.has(w(c, e)))
      )
        continue;
      return withPost(c, { ...core, start: k, mod });
    }
  }
  const core = coreAt(c, k);
  return core && withPost(c, core);
}

/** "or so", "or later", "or earlier" after an expression. */
function withPost(c: GrammarContext, h: Hit): Hit {
  if (w(c, h.end) !== 'or') return h;
  const next = w(c, h.end + 1);
  const mod =
    next === 'so'
      ? 'APPROX'
      : next === 'later'
        ? 'ON_OR_AFTER'
        : next === 'earlier'
          ? 'ON_OR_BEFORE'
          : next === 'more' && h.kind === 'quantity'
            ? 'EQUAL_OR_MORE'
            : next === 'less' && h.kind === 'quantity'
              ? 'EQUAL_OR_LESS'
              : '';
  return mod ? { ...h, end: h.end + 2, mod } : h;
}
