import { PARTS_OF_DAY, WEEKDAYS, WEEKDAYS_PLURAL } from '../lexicon.js';
import { capitalised, w } from '../read.js';
import { DIRECTION, partOfDay, pointHit, resolveWeekday } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';
import { monthRule } from './month.js';

/** Weekdays: "Wednesday", "last Friday", "Thursday, June 20, 2024", "Friday morning", "Mondays" (a SET). */
export function weekdayRule(c: GrammarContext, k: number, cueAt = k): Hit | null {
  let j = k;
  let dir: 'tense' | 'last' | 'next' | 'this' = 'tense';
  const d0 = w(c, j) === 'following' && w(c, j - 1) === 'the' ? 'next' : DIRECTION.get(w(c, j));
  if (d0 && (WEEKDAYS.has(w(c, j + 1)) || WEEKDAYS_PLURAL.has(w(c, j + 1)))) {
    dir = d0 === 'this' && c.low[j] === 'past' ? 'last' : d0;
    j++;
  }
  const plural = WEEKDAYS_PLURAL.get(w(c, j));
  if (plural !== undefined && capitalised(c, j)) {
    const pod = partOfDay(c, j + 1);
    const podPl =
      PARTS_OF_DAY.has(w(c, j + 1).replace(/s$/, '')) && w(c, j + 1).endsWith('s')
        ? `T${PARTS_OF_DAY.get(w(c, j + 1).replace(/s$/, ''))}`
        : '';
    const suffix = pod?.suffix ?? podPl;
    return {
      start: k,
      end: j + 1 + (suffix ? 1 : 0),
      type: 'SET',
      value: `XXXX-WXX-${plural}${suffix}`,
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'other',
    };
  }
  const wd = WEEKDAYS.get(w(c, j));
  if (wd === undefined || !capitalised(c, j)) return null;
  if (w(c, j + 1) === 'nights' || w(c, j + 1) === 'mornings') {
    return {
      start: k,
      end: j + 2,
      type: 'SET',
      value: `XXXX-WXX-${wd}T${PARTS_OF_DAY.get(w(c, j + 1).slice(0, -1))}`,
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'other',
    };
  }
  // "Thursday, June 20, 2024": the date carries the value.
  let n = j + 1;
  if (w(c, n) === ',') n++;
  if (dir === 'tense') {
    const dated = monthRule(c, n);
    if (dated && dated.point?.grain === 'day') return { ...dated, start: k };
  }
  const pod = partOfDay(c, j + 1);
  const end = pod ? pod.end : j + 1;
  const r = resolveWeekday(c, wd, dir, k, end, cueAt);
  return pointHit(k, end, r.p, r.anchor, pod?.suffix ?? '', pod && pod.suffix === 'TNI' ? 'TIME' : 'DATE');
}

/** Starts on a direction word ("last Friday", "the following Monday") or a weekday, singular or plural. */
export const weekday: TimexRule = {
  name: 'weekday',
  starts: { words: ['following', ...DIRECTION.keys(), ...WEEKDAYS.keys(), ...WEEKDAYS_PLURAL.keys()] },
  match: weekdayRule,
};
