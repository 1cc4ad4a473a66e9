import { dayIndex, isoWeekday } from '../calendar.js';
import { HOLIDAYS } from '../lexicon.js';
import { capitalised, w } from '../read.js';
import { pointHit, resolveYear } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

/** Holidays with fixed dates: "Christmas", "Christmas Eve", "New Year's Day". */
export function holidayRule(c: GrammarContext, k: number): Hit | null {
  let md = HOLIDAYS.get(w(c, k));
  let end = k + 1;
  if (md !== undefined && !capitalised(c, k)) return null;
  if (md !== undefined && w(c, end) === "'s") end++;
  if (md !== undefined && (w(c, end) === 'eve' || w(c, end) === 'day')) {
    if (w(c, end) === 'eve') md = [md[0], md[1] - 1];
    end++;
  }
  if (
    md === undefined &&
    w(c, k) === 'new' &&
    w(c, k + 1) === 'year' &&
    w(c, k + 2) === "'s" &&
    (w(c, k + 3) === 'day' || w(c, k + 3) === 'eve')
  ) {
    md = w(c, k + 3) === 'day' ? [1, 1] : [12, 31];
    end = k + 4;
  }
  if (md === undefined && w(c, k) === 'thanksgiving' && capitalised(c, k)) {
    end = w(c, k + 1) === 'day' ? k + 2 : k + 1;
    const r = resolveYear(c, 11, 28, 'tense', k, end);
    if (r.y === null) return pointHit(k, end, null, 'unresolved');
    // US Thanksgiving: the fourth Thursday of November.
    const first = dayIndex(r.y, 11, 1);
    return pointHit(k, end, { grain: 'day', index: first + ((4 - isoWeekday(first) + 7) % 7) + 21 }, r.anchor);
  }
  if (md === undefined) return null;
  if (
    w(c, k) === 'christmas' &&
    end === k + 1 &&
    !['on', 'at', 'by', 'until', 'since', 'before', 'after', 'over', 'last', 'next', 'this'].includes(w(c, k - 1))
  )
    return null;
  const r = resolveYear(c, md[0], md[1], 'tense', k, end);
  return pointHit(k, end, r.y === null ? null : { grain: 'day', index: dayIndex(r.y, md[0], md[1]) }, r.anchor);
}

/** Starts on a holiday name, "new" ("New Year's Day") or "thanksgiving". */
export const holiday: TimexRule = {
  name: 'holiday',
  starts: { words: ['new', 'thanksgiving', ...HOLIDAYS.keys()] },
  match: holidayRule,
};
