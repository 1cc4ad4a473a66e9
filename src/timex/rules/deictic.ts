import { shift } from '../calendar.js';
import { w } from '../read.js';
import { partOfDay, pointHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';
import { monthRule } from './month.js';
import { weekdayRule } from './weekday.js';
import { holidayRule } from './holiday.js';

const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tomorrow', 1],
  ['yesterday', -1],
  ['tonight', 0],
]);

/** Nouns after "today's" that make it mean "nowadays" rather than the publication day. */
const GENERIC_AFTER_TODAY: ReadonlySet<string> = new Set([
  'world',
  'society',
  'economy',
  'generation',
  'youth',
  'children',
  'kids',
  'young',
  'market',
  'markets',
  'computers',
  'technology',
  'standards',
  'culture',
  'america',
  'americans',
  'business',
  'media',
  'people',
  'students',
  'teenagers',
  'families',
  'environment',
  'global',
]);

/** "yesterday", "today", "tomorrow morning", "tonight", "the day before yesterday". */
export function deicticRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  let extra = 0;
  if (w(c, j) === 'the' && w(c, j + 1) === 'day' && (w(c, j + 2) === 'before' || w(c, j + 2) === 'after')) {
    const target = w(c, j + 3);
    if ((w(c, j + 2) === 'before' && target === 'yesterday') || (w(c, j + 2) === 'after' && target === 'tomorrow')) {
      extra = w(c, j + 2) === 'before' ? -1 : 1;
      j += 3;
    } else {
      // "the day before last Tuesday's hearing", "the day after Christmas": a day from a named day.
      const named = weekdayRule(c, j + 3) ?? monthRule(c, j + 3) ?? holidayRule(c, j + 3);
      if (named && named.point?.grain === 'day' && !named.value!.includes('T')) {
        return pointHit(k, named.end, shift(named.point, w(c, j + 2) === 'before' ? -1 : 1), named.anchor);
      }
    }
  }
  const off = DEICTIC_DAYS.get(w(c, j));
  if (off === undefined) return null;
  // "today's world" is generic, not the publication day; "today's editions" is the day.
  if (w(c, j) === 'today' && w(c, j + 1) === "'s" && GENERIC_AFTER_TODAY.has(w(c, j + 2))) return null;
  // "today's" stays a date; possessive clitic is left outside the span.
  let end = j + 1;
  let suffix = w(c, j) === 'tonight' ? 'NI' : '';
  const pod = w(c, j) === 'tonight' ? null : partOfDay(c, end);
  if (pod) {
    suffix = pod.suffix.slice(1);
    end = pod.end;
  }
  const p = c.dct === null ? null : { grain: 'day' as const, index: c.dct + off + extra };
  return pointHit(k, end, p, 'publication-date', suffix ? `T${suffix}` : '', suffix ? 'TIME' : 'DATE');
}

/** Starts on "the" ("the day before yesterday") or a deictic day word. */
export const deictic: TimexRule = {
  name: 'deictic',
  starts: { words: ['the', ...DEICTIC_DAYS.keys()] },
  match: deicticRule,
};
