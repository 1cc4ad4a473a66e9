import { MONTHS, PARTS_OF_DAY } from '../lexicon.js';
import { w } from '../read.js';
import { pointHit, resolveYear } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';
import { weekdayRule } from './weekday.js';
import { deicticRule } from './deictic.js';

/** A part of the day on the day named right after it ("mid-afternoon yesterday"), else on the publication day. */
function partOfDayAt(c: GrammarContext, k: number, end: number, part: string, mod: string): Hit {
  const day = deicticRule(c, end) ?? weekdayRule(c, end);
  if (day && day.point && day.point.grain === 'day' && !day.value!.includes('T')) {
    return { ...pointHit(k, day.end, day.point, day.anchor, `T${part}`, 'TIME'), mod };
  }
  return {
    ...pointHit(k, end, c.dct === null ? null : { grain: 'day', index: c.dct }, 'publication-date', `T${part}`, 'TIME'),
    mod,
  };
}

/** "mid-1990s", "mid-November", "mid-afternoon": wink keeps these as one token. */
function midRule(c: GrammarContext, k: number): Hit | null {
  const t = w(c, k);
  // "mid afternoon" written apart.
  if (t === 'mid' && PARTS_OF_DAY.has(w(c, k + 1)))
    return partOfDayAt(c, k, k + 2, PARTS_OF_DAY.get(w(c, k + 1))!, 'MID');
  if (!t.startsWith('mid-') || t.length < 6) return null;
  const rest = t.slice(4);
  const decade = /^(\d{3})0'?s$/.exec(rest);
  if (decade) return { ...pointHit(k, k + 1, { grain: 'decade', index: +decade[1]! }, 'absolute'), mod: 'MID' };
  if (/^\d{4}$/.test(rest)) return { ...pointHit(k, k + 1, { grain: 'year', index: +rest }, 'absolute'), mod: 'MID' };
  const m = MONTHS.get(rest);
  if (m !== undefined) {
    const r = resolveYear(c, m, 0, 'tense', k, k + 1);
    return {
      ...pointHit(k, k + 1, r.y === null ? null : { grain: 'month', index: r.y * 12 + m - 1 }, r.anchor),
      mod: 'MID',
    };
  }
  const part = PARTS_OF_DAY.get(rest);
  if (part !== undefined) return partOfDayAt(c, k, k + 1, part, 'MID');
  return null;
}

/** Starts on "mid" written apart or a "mid-" compound. */
export const mid: TimexRule = {
  name: 'mid',
  starts: { words: ['mid'], shapes: ['mid'] },
  match: midRule,
};
