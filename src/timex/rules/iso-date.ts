import { dayIndex, isValidDate } from '../calendar.js';
import { w } from '../read.js';
import { pointHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

/** An ISO date written as one token: `2024-06-20`. */
function isoDateRule(c: GrammarContext, k: number): Hit | null {
  const s = w(c, k);
  const m = s.length === 10 ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m || !isValidDate(+m[1]!, +m[2]!, +m[3]!)) return null;
  return pointHit(k, k + 1, { grain: 'day', index: dayIndex(+m[1]!, +m[2]!, +m[3]!) }, 'absolute');
}

/** Starts on a token with a digit ("2024-06-20"). */
export const isoDate: TimexRule = {
  name: 'iso-date',
  starts: { words: [], shapes: ['digit'] },
  match: isoDateRule,
};
