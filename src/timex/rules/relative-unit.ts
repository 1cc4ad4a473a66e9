import { pointOf, regrain, seasonPoint, shift, ymd, type Grain } from '../calendar.js';
import { PARTS_OF_DAY, SEASONS } from '../lexicon.js';
import { titleWord, w } from '../read.js';
import { dctPoint, DIRECTION, narrativeOr, pointHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

const UNIT_GRAINS: ReadonlyMap<string, Grain> = new Map([
  ['year', 'year'],
  ['month', 'month'],
  ['week', 'week'],
  ['quarter', 'quarter'],
  ['day', 'day'],
  ['decade', 'decade'],
  ['century', 'century'],
]);

const ANAPHORIC: ReadonlyMap<string, number> = new Map([
  ['that', 0],
  ['same', 0],
  ['following', 1],
  ['next', 1],
  ['previous', -1],
  ['prior', -1],
  ['preceding', -1],
]);

/**
 * Phenomenon (session 13): a day counted from the story's time ("the next day", "the following day", "that
 * night") counts from the last day the text named, also when a coarser expression came after it inside that
 * day's month or week ("arrested three men on Tuesday over a shooting earlier this month, and charged them the
 * next day" is the Wednesday, not the 2nd of the month). Otherwise the narrative time, as before.
 */
function dayNarrative(c: GrammarContext): ReturnType<typeof narrativeOr> {
  const n = c.narrative;
  const d = c.narrativeDay;
  if (n && d && n.grain !== 'day' && regrain(d, n.grain).index === n.index) return { base: d, anchor: 'narrative' };
  return narrativeOr(c);
}

/** "last week", "this year", "the past year", "next month", "that day", "the following year", "last night", "this morning". */
function relativeUnitRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  const the = w(c, j) === 'the';
  if (the) j++;
  const relWord = w(c, j);
  let unitWord = w(c, j + 1);
  let unitAt = j + 1;
  if (relWord === 'this' && unitWord === 'past') {
    unitAt++;
    unitWord = w(c, unitAt);
  }
  if (titleWord(c, unitAt)) return null;
  const grain = UNIT_GRAINS.get(unitWord);
  const part = PARTS_OF_DAY.get(unitWord);
  const isWeekend = unitWord === 'weekend';
  const season = SEASONS.get(unitWord);
  if (grain === undefined && part === undefined && !isWeekend && season === undefined) return null;
  const end = unitAt + 1;
  // Anaphoric: "that year", "the following day", "the previous month", "the same day".
  if (
    the
      ? ['following', 'previous', 'prior', 'preceding', 'same', 'next'].includes(relWord) &&
        !(relWord === 'next' && grain !== 'day' && part === undefined)
      : relWord === 'that'
  ) {
    const off = ANAPHORIC.get(relWord)!;
    const { base, anchor } = grain === 'day' || part !== undefined ? dayNarrative(c) : narrativeOr(c);
    if (part !== undefined)
      return pointHit(k, end, base && shift(regrain(base, 'day'), off), anchor, `T${part}`, 'TIME');
    if (grain === undefined) return null;
    if (base === null) return pointHit(k, end, null, 'unresolved');
    return pointHit(k, end, shift(regrain(base, grain), off), anchor);
  }
  let dir = DIRECTION.get(relWord);
  if (relWord === 'this' && unitAt === j + 2) dir = 'last';
  // "the weekend", "the week" without a direction word are the definite-unit rule's.
  if (dir === undefined) return null;
  const off = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  if (part !== undefined) {
    // "last night" is the evening before publication; "this morning" the publication day's.
    if (dir === 'next') return null;
    const p =
      c.dct === null ? null : { grain: 'day' as const, index: c.dct + (dir === 'last' && part === 'NI' ? -1 : 0) };
    return pointHit(k, end, p, 'publication-date', `T${part}`, 'TIME');
  }
  if (isWeekend) {
    const p = dctPoint(c, 'week');
    return pointHit(k, end, p && shift(p, off), 'publication-date', '-WE');
  }
  if (season !== undefined) {
    if (c.dct === null) return pointHit(k, end, null, 'unresolved');
    const [y, m] = ymd(c.dct);
    const cur = pointOf(c.dct, 'season');
    let p = seasonPoint(y, season);
    if (dir === 'last' && p.index >= cur.index) p = shift(p, -4);
    if (dir === 'next' && p.index <= cur.index) p = shift(p, 4);
    if (season === 'WI' && m <= 2 && dir === 'this') p = shift(p, -4);
    return pointHit(k, end, p, 'publication-date');
  }
  if (grain === 'decade' && dir === 'last' && the) {
    return {
      start: k,
      end,
      type: 'DURATION',
      value: 'P10Y',
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'quantity',
    };
  }
  if (grain === 'day') return null;
  const p = dctPoint(c, grain!);
  return pointHit(k, end, p && shift(p, off), 'publication-date');
}

/** Starts on "the" ("the following year"), "that" ("that day") or a direction word ("last week"). */
export const relativeUnit: TimexRule = {
  name: 'relative-unit',
  starts: { words: ['the', 'that', ...DIRECTION.keys()] },
  match: relativeUnitRule,
};
