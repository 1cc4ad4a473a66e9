import { shift } from '../calendar.js';
import { hyphen, w } from '../read.js';
import { dctPoint, leadTense, pointHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

/** "year-end", "year end", "the end of the year". */
function yearEndRule(c: GrammarContext, k: number): Hit | null {
  if (w(c, k) !== 'year') return null;
  const h = hyphen(c, k + 1);
  const e = w(c, h) === 'end' ? h + 1 : w(c, k + 1) === "'s" && w(c, k + 2) === 'end' ? k + 3 : -1;
  if (e < 0) return null;
  // "by year-end" is the end of the publication year; "since year-end" the end of the last one.
  const p = dctPoint(c, 'year');
  return {
    ...pointHit(k, e, p && shift(p, leadTense(c, k, false) === 'past' ? -1 : 0), 'publication-date'),
    mod: 'END',
  };
}

/** Starts on "year" ("year-end", "year's end"). */
export const yearEnd: TimexRule = {
  name: 'year-end',
  starts: { words: ['year'] },
  match: yearEndRule,
};
