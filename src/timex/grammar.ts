/**
 * The time-expression grammar: small recursive-descent rules over the lower-cased tokens of one sentence.
 * Each rule returns where its match ends and what it means; the meaning is resolved to a TIMEX3 value at
 * once against the publication date (DCT), the tense of the clause, or the narrative reference time.
 * No regular expression runs over the text; the few token-shape tests below are anchored and linear.
 */
import type { Token } from '../types.js';
import {
  dayIndex,
  isoWeekday,
  isValidDate,
  pointOf,
  regrain,
  seasonPoint,
  shift,
  ymd,
  type Grain,
  type Point,
} from './calendar.js';
import {
  CLOCK_WORDS,
  HOLIDAYS,
  MERIDIEM,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  POINT_MODS,
  QUANTITY_MODS,
  SEASONS,
  TIME_ZONES,
  UNITS,
  VAGUE_PHRASES,
  VAGUE_QUANTITIES,
  VAGUE_WORDS,
  WEEKDAYS,
  WEEKDAYS_PLURAL,
  type Unit,
} from './lexicon.js';
import { tenseNear } from './tense.js';
import {
  byFirstWord,
  capitalised,
  dayOfMonthAt,
  digitAt,
  hyphen,
  matchWords,
  monthAt,
  MODALS_BEFORE_SOMEDAY,
  NONE,
  quantityAt,
  quantityPhraseAt,
  REL_BEFORE_QUANTITY,
  spokenYearAt,
  titleWord,
  w,
  writtenYearAt,
  yearAt,
} from './read.js';
import {
  agoPoint,
  dctPoint,
  DIRECTION,
  durationValue,
  leadTense,
  narrativeOr,
  partOfDay,
  pointHit,
  reportQuarter,
  resolveWeekday,
  resolveYear,
  shiftNarrative,
  vagueHit,
} from './resolve.js';
import type { Anchor, GrammarContext, Hit } from './rule.js';

export type { Anchor, GrammarContext, Hit } from './rule.js';

/** Units whose "N earlier/later" is a date (a financial comparison) rather than a duration. */
const COMPARISON_GRAINS: ReadonlySet<Unit['grain']> = new Set(['year', 'quarter', 'decade', 'century']);
const CLAUSE_END = new Set([
  '',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  '"',
  '”',
  "''",
  'and',
  'but',
  'or',
  'when',
  'while',
  'as',
  'that',
  'because',
]);

/** Durations and the dates counted from them: "more than five months", "four months ago", "two days later". */
function durationRule(c: GrammarContext, k: number): Hit | null {
  // "will one day be": an unspecified future (the vague rule's), not a day-long duration.
  if (w(c, k) === 'one' && w(c, k + 1) === 'day' && MODALS_BEFORE_SOMEDAY.has(w(c, k - 1))) return null;
  // "decades-long", "day-long": a unit made an adjective of length.
  const lengthUnit = UNITS.get(w(c, k));
  if (lengthUnit && w(c, k + 1) === '-' && w(c, k + 2) === 'long' && !c.tokens[k + 1]!.spaceBefore) {
    return {
      start: k,
      end: k + 3,
      type: 'DURATION',
      value: durationValue(w(c, k).endsWith('s') ? 'X' : 1, lengthUnit),
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'quantity',
    };
  }
  let start = k;
  let j = k;
  let rel = '';
  if (w(c, j) === 'the' || w(c, j) === 'its' || w(c, j) === 'their') j++;
  if (REL_BEFORE_QUANTITY.has(w(c, j))) {
    rel = w(c, j);
    j++;
  } else if (
    j !== k &&
    !quantityAt(c, j) &&
    !((w(c, k - 1) === 'over' || w(c, j + 1) === 'ahead') && UNITS.has(w(c, j)))
  )
    return null;
  // "the past few weeks": the quantity follows the relational word.
  const q = quantityPhraseAt(c, j);
  if (!q) {
    // "recent years", "the coming months": a plural unit after a relational word, unknown count.
    const unit = UNITS.get(w(c, j));
    // "for weeks", "within days", "over the years".
    const openPlural =
      (j === k && (w(c, k - 1) === 'for' || w(c, k - 1) === 'within') && c.tokens[k + 1]?.pos !== 'NOUN') ||
      (j === k + 1 && w(c, k) === 'the' && w(c, k - 1) === 'over' && c.tokens[j + 1]?.pos !== 'NOUN');
    // "in the weeks ahead".
    const ahead = j === k + 1 && w(c, k) === 'the' && w(c, j + 1) === 'ahead';
    if ((rel !== '' || openPlural || ahead) && unit && w(c, j).endsWith('s') && w(c, j + 1) !== 'old') {
      return {
        start,
        end: ahead ? j + 2 : j + 1,
        type: 'DURATION',
        value: durationValue('X', unit),
        precision: 'unknown',
        anchor: 'absolute',
        kind: 'quantity',
      };
    }
    return null;
  }
  let end = q.end;
  // Ages are not time expressions: "52 years old", "a 6-year-old".
  if (w(c, end) === 'old' || (w(c, end) === '-' && w(c, end + 1) === 'old')) return null;
  let mod: string | undefined = q.approx ? 'APPROX' : undefined;
  if (w(c, end) === 'or' && w(c, end + 1) === 'so') {
    end += 2;
    mod = 'APPROX';
  }
  const after = w(c, end);
  if (rel === '' && (after === 'ago' || (after === 'from' && w(c, end + 1) === 'now') || after === 'hence')) {
    const past = after === 'ago';
    const stop = after === 'from' ? end + 2 : end + 1;
    if (q.n === 'X') return vagueHit(start, stop, past ? 'PAST_REF' : 'FUTURE_REF');
    if (c.dct === null) return { ...pointHit(start, stop, null, 'unresolved'), kind: 'ago' };
    // Financial news compares with "a year ago" the quarter under discussion, not the calendar year.
    const reported = reportQuarter(c);
    if (past && reported && q.unit.grain === 'year' && q.n === 1) {
      return { ...pointHit(start, stop, shift(reported, -4), 'narrative'), kind: 'ago', ...(mod ? { mod } : {}) };
    }
    const p = agoPoint(c.dct, past ? q.n : -q.n, q.unit);
    return { ...pointHit(start, stop, p, 'publication-date'), kind: 'ago', ...(mod ? { mod } : {}) };
  }
  if (
    rel === '' &&
    (after === 'earlier' ||
      after === 'later' ||
      ((after === 'before' || after === 'after') && CLAUSE_END.has(w(c, end + 1))))
  ) {
    // TimeML makes "later" a signal and "three days" a DURATION; only years and quarters ("a year
    // earlier", the financial comparison) become dates, counted from the narrative's reference time.
    // "three days later than planned" compares two dates and stays one.
    if (!COMPARISON_GRAINS.has(q.unit.grain) && w(c, end + 1) !== 'than') {
      return {
        start: j,
        end,
        type: 'DURATION',
        value: durationValue(q.n, q.unit),
        precision: 'unknown',
        anchor: 'absolute',
        kind: 'quantity',
        ...(mod ? { mod } : {}),
      };
    }
    const sign = after === 'earlier' || after === 'before' ? -1 : 1;
    if (q.n === 'X') return vagueHit(start, end + 1, sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
    const { base, anchor } = narrativeOr(c);
    if (base === null) return { ...pointHit(start, end + 1, null, 'unresolved'), kind: 'ago' };
    return {
      ...pointHit(start, end + 1, shiftNarrative(base, sign * q.n, q.unit), anchor),
      kind: 'ago',
      ...(mod ? { mod } : {}),
    };
  }
  // "a year" after a number or noun is a rate ("5% a year", "twice a day"): a SET.
  if (w(c, j) === 'a' && j === k && q.n === 1 && k > c.lo) {
    if (['%', 'percent', 'once', 'twice', 'times'].includes(c.low[k - 1]!)) {
      return {
        start,
        end,
        type: 'SET',
        value: durationValue(1, q.unit),
        precision: 'unknown',
        anchor: 'absolute',
        kind: 'other',
      };
    }
  }
  // TimeBank leaves the article out of "the two-week (period)" and "the two days"; it keeps "the past two days".
  if (rel === '' || w(c, start) === 'its' || w(c, start) === 'their') start = j - (rel ? 1 : 0);
  return {
    start,
    end,
    type: 'DURATION',
    value: durationValue(q.n, q.unit),
    precision: 'unknown',
    anchor: 'absolute',
    kind: 'quantity',
    ...(mod ? { mod } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Calendar points

/** Dates with a month name: "June 20, 2024", "20 June", "January 27", "June 1998", "last January". */
function monthRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  let dir: 'tense' | 'last' | 'next' | 'this' = 'tense';
  const d0 = DIRECTION.get(w(c, j));
  if (d0 && monthAt(c, j + 1) !== null) {
    dir = d0;
    j++;
  }
  let day = 0;
  let month = monthAt(c, j);
  let end: number;
  if (month !== null) {
    end = j + 1;
    const dd = dayOfMonthAt(c, end);
    if (dir !== 'this' && dd !== null && yearAt(c, end) === null) {
      day = dd;
      end++;
    }
  } else {
    const dd = dayOfMonthAt(c, j);
    if (dd === null || dir !== 'tense') return null;
    let m2 = j + 1;
    if (w(c, m2) === 'of') m2++;
    month = monthAt(c, m2);
    if (month === null) return null;
    day = dd;
    end = m2 + 1;
  }
  let year: number | null = null;
  let yEnd = end;
  if (w(c, yEnd) === ',') yEnd++;
  if (w(c, yEnd) === 'of' && day === 0) yEnd++;
  const wy = writtenYearAt(c, yEnd);
  if (wy !== null && dir === 'tense') {
    year = wy.year;
    end = wy.end;
  } else if (
    dir === 'tense' &&
    (w(c, end) === 'last' || w(c, end) === 'this' || w(c, end) === 'next') &&
    w(c, end + 1) === 'year'
  ) {
    // "June last year"
    if (c.dct !== null) year = ymd(c.dct)[0] + (w(c, end) === 'last' ? -1 : w(c, end) === 'next' ? 1 : 0);
    end += 2;
    if (year === null) return pointHit(k, end, null, 'unresolved');
    return pointHit(
      k,
      end,
      day ? { grain: 'day', index: dayIndex(year, month, day) } : { grain: 'month', index: year * 12 + month - 1 },
      'publication-date',
    );
  }
  let anchor: Anchor = 'absolute';
  if (year === null) {
    const r = resolveYear(c, month, day, dir, k, end);
    year = r.y;
    anchor = r.anchor;
  }
  if (year === null) return pointHit(k, end, null, 'unresolved');
  if (day > 0 && !isValidDate(year, month, day)) return null;
  const p: Point =
    day > 0 ? { grain: 'day', index: dayIndex(year, month, day) } : { grain: 'month', index: year * 12 + month - 1 };
  return pointHit(k, end, p, anchor);
}

/** Weekdays: "Wednesday", "last Friday", "Thursday, June 20, 2024", "Friday morning", "Mondays" (a SET). */
function weekdayRule(c: GrammarContext, k: number, cueAt = k): Hit | null {
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
function deicticRule(c: GrammarContext, k: number): Hit | null {
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
    const { base, anchor } = narrativeOr(c);
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

/** "the weekend", "the week", "the quarter", "the latest quarter", "the year" (the publication's or the narrative's). */
function definiteUnitRule(c: GrammarContext, k: number): Hit | null {
  if (w(c, k) !== 'the') return null;
  const u = w(c, k + 1);
  if (u === 'weekend') {
    // Published Monday to Friday, a past-tense "the weekend" is the one just gone.
    const p = dctPoint(c, 'week');
    const past = c.dct !== null && isoWeekday(c.dct) < 6 && tenseNear(c.tokens, c.low, k, k + 2, c.lo, c.hi) === 'past';
    return pointHit(
      k,
      k + 2,
      p && shift(p, past ? -1 : 0),
      past ? 'publication-date+tense' : 'publication-date',
      '-WE',
    );
  }
  if (u === 'week') {
    // "the week of March 6": the week that holds the day.
    const day = w(c, k + 2) === 'of' ? monthRule(c, k + 3) : null;
    if (day && day.point && day.point.grain === 'day')
      return pointHit(k, day.end, regrain(day.point, 'week'), day.anchor);
    return pointHit(k, k + 2, dctPoint(c, 'week'), 'publication-date');
  }
  if (u === 'month' && hyphen(c, k + 2) === k + 2) return pointHit(k, k + 2, dctPoint(c, 'month'), 'publication-date');
  // "for the year", "the fiscal year", "the full year", "the latest fiscal year", "the year ended June 30".
  let j = k + 1;
  let latest = false;
  let qualified = false;
  for (;;) {
    const t = w(c, j);
    if (t === 'latest' || t === 'previous' || t === 'prior') {
      latest = true;
      qualified = true;
      j++;
      continue;
    }
    if (t === 'fiscal' || t === 'full' || t === 'current' || t === 'calendar' || t === 'entire' || t === 'whole') {
      qualified = true;
      j++;
      continue;
    }
    break;
  }
  if (w(c, j) !== 'year' || hyphen(c, j + 1) !== j + 1 || w(c, j + 1) === "'s") return null;
  const after = w(c, j + 1);
  if (after === 'ended' || after === 'ending' || after === 'ends' || after === 'to') {
    return {
      start: k,
      end: j + 1,
      type: 'DURATION',
      value: 'P1Y',
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'quantity',
    };
  }
  if (after === 'earlier' || after === 'before' || after === 'ago' || NUMBER_WORDS.has(after)) return null;
  if (!qualified && !['for', 'in', 'during', 'of', 'through', 'throughout'].includes(w(c, k - 1))) return null;
  const p = dctPoint(c, 'year');
  return pointHit(k, j + 1, p && shift(p, latest ? -1 : 0), 'publication-date');
}

const QUARTER_PREFIX = new Set([
  'the',
  'its',
  'their',
  'this',
  'last',
  'next',
  'fiscal',
  'latest',
  'current',
  'comparable',
  'same',
  'calendar',
  'recent',
  'corresponding',
  'year-ago',
  'year-earlier',
  'flat',
  'first-time',
]);

/** Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "the year-ago quarter", "the first half". */
function quarterRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  let year: number | null = null;
  let yearShift = 0;
  let current = false;
  let nth = 0;
  let dirWord = '';
  let sawWord = false;
  for (;;) {
    const t = w(c, j);
    if (t === 'year' && hyphen(c, j + 1) !== j + 1 && (w(c, j + 2) === 'ago' || w(c, j + 2) === 'earlier')) {
      yearShift = -1;
      j += 3;
      sawWord = true;
      continue;
    }
    const y = yearAt(c, j);
    if (y !== null && !sawWord) {
      year = y;
      j++;
      if (w(c, j) === "'s") j++;
      continue;
    }
    if ((t === 'this' || t === 'last' || t === 'next') && w(c, j + 1) === 'year' && w(c, j + 2) === "'s") {
      yearShift = t === 'last' ? -1 : t === 'next' ? 1 : 0;
      current = t === 'this';
      j += 3;
      continue;
    }
    if (QUARTER_PREFIX.has(t)) {
      if (t === 'current' || t === 'this') current = true;
      if (t === 'last' || t === 'next' || t === 'latest') dirWord = t;
      j++;
      continue;
    }
    break;
  }
  const ord = ORDINALS.get(w(c, j));
  if (ord !== undefined && ord <= 4) {
    nth = ord;
    j = hyphen(c, j + 1);
  }
  // "the first two quarters of 1990" is the first half; "the last half of 1989" the second.
  let halfOf = false;
  if (w(c, j) === 'two' && w(c, j + 1) === 'quarters' && (nth === 1 || (nth === 0 && dirWord === 'last'))) {
    halfOf = true;
    nth = nth === 1 ? 1 : 2;
    j++;
  } else if (
    w(c, j) === 'half' &&
    nth === 0 &&
    dirWord === 'last' &&
    w(c, j + 1) === 'of' &&
    yearAt(c, j + 2) !== null
  ) {
    nth = 2;
    dirWord = '';
  }
  const noun = halfOf ? 'half' : w(c, j);
  if (
    yearShift !== 0 &&
    nth === 0 &&
    year === null &&
    noun !== 'quarter' &&
    noun !== 'period' &&
    noun !== 'half' &&
    w(c, j - 1) !== "'s"
  ) {
    // "year-earlier results": the quarter under discussion a year before, else last year.
    const base = reportQuarter(c) ?? dctPoint(c, 'year');
    const first = w(c, k) === 'the' ? k + 1 : k;
    if (base === null) return pointHit(first, j, null, 'unresolved');
    return {
      ...pointHit(
        first,
        j,
        shift(base, base.grain === 'quarter' ? -4 : -1),
        base.grain === 'quarter' ? 'narrative' : 'publication-date',
      ),
      comparison: true,
    };
  }
  const isHalf = noun === 'half';
  if (noun !== 'quarter' && noun !== 'period' && !(isHalf && nth > 0 && nth <= 2)) return null;
  // "the period" alone is vague; "the corresponding period last year" / "… a year ago" is the report's quarter a year back.
  const yearBack =
    (w(c, j + 1) === 'last' && w(c, j + 2) === 'year') ||
    (w(c, j + 1) === 'a' && w(c, j + 2) === 'year' && (w(c, j + 3) === 'ago' || w(c, j + 3) === 'earlier'));
  if (noun === 'period' && nth === 0 && year === null && yearShift === 0 && dirWord !== 'latest' && !yearBack)
    return null;
  if (nth === 0 && noun === 'quarter' && j === k) return null;
  let start = k;
  if (w(c, k) === 'its' || w(c, k) === 'their') {
    if (nth === 0) return null;
    start = k + 1;
  }
  // "the third-quarter results": the adjective is the expression, not the noun phrase's article.
  if (nth > 0 && w(c, j - 1) === '-' && (w(c, start) === 'the' || w(c, start) === 'its') && start + 1 < j) start++;
  let end = j + 1;
  if (w(c, end) === 'of' || w(c, end) === 'in') {
    const y = yearAt(c, end + 1);
    if (y !== null) {
      year = y;
      end += 2;
    } else if (
      (w(c, end + 1) === 'this' || w(c, end + 1) === 'last' || w(c, end + 1) === 'next') &&
      w(c, end + 2) === 'year'
    ) {
      yearShift = w(c, end + 1) === 'last' ? -1 : w(c, end + 1) === 'next' ? 1 : 0;
      current = true;
      end += 3;
    }
  }
  if (w(c, end) === 'a' && w(c, end + 1) === 'year' && (w(c, end + 2) === 'ago' || w(c, end + 2) === 'earlier')) {
    yearShift = -1;
    end += 3;
  }
  if (w(c, end) === 'last' && w(c, end + 1) === 'year') {
    yearShift = -1;
    end += 2;
  }
  const grain: Grain = isHalf ? 'half' : 'quarter';
  const per = isHalf ? 2 : 4;
  let anchor: Anchor = 'absolute';
  let p: Point | null = null;
  if (year !== null) {
    p = nth > 0 ? { grain, index: year * per + nth - 1 } : { grain: 'year', index: year };
    if (nth === 0) {
      // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
      const reported = reportQuarter(c);
      const q = reported ? reported.index % 4 : c.dct !== null ? (pointOf(c.dct, 'quarter').index + 3) % 4 : -1;
      if (q < 0) return noun === 'quarter' ? null : pointHit(start, end, p, 'absolute');
      p = { grain: 'quarter', index: year * 4 + q };
      anchor = reported ? 'narrative' : 'publication-date';
    }
  } else if (nth > 0) {
    if (c.dct !== null) {
      const cur = pointOf(c.dct, grain);
      const y = Math.floor(cur.index / per);
      // An ordinal quarter without a year: this year's if it has begun, else last year's.
      const base = current || yearShift !== 0 || nth - 1 <= cur.index % per ? y : y - 1;
      p = { grain, index: (base + yearShift) * per + nth - 1 };
      anchor = 'publication-date';
    }
  } else if (dirWord === 'latest' && noun === 'quarter' && yearShift === 0 && c.dct !== null) {
    // "the latest quarter": the last one completed before publication.
    p = shift(pointOf(c.dct, 'quarter'), -1);
    anchor = 'publication-date';
  } else {
    const reported = reportQuarter(c);
    const { base, anchor: a } = reported
      ? { base: reported, anchor: 'narrative' as Anchor }
      : { base: dctPoint(c, 'quarter'), anchor: 'publication-date' as Anchor };
    if (base !== null) {
      const fromDct = a === 'publication-date';
      const off = dirWord === 'next' ? 1 : current ? 0 : fromDct ? -1 : 0;
      p = shift(shift(base, off), yearShift * 4);
      anchor = a;
    }
  }
  if (p === null) return pointHit(start, end, null, 'unresolved');
  return { ...pointHit(start, end, p, anchor), ...(yearShift !== 0 ? { comparison: true } : {}) };
}

/** "the first nine months", "the nine months" are durations (TimeBank's convention for fiscal periods). */
function ninthMonthsRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  if (w(c, j) === 'the') j++;
  if (w(c, j) === 'first' || w(c, j) === 'latest' || w(c, j) === 'year-earlier' || w(c, j) === 'same') j++;
  if (w(c, j) === 'year' && hyphen(c, j + 1) !== j + 1 && (w(c, j + 2) === 'earlier' || w(c, j + 2) === 'ago')) j += 3;
  if (j === k) return null;
  const q = quantityPhraseAt(c, j);
  if (!q || q.n === 'X' || q.n >= 100 || w(c, j) === 'a') return null;
  // "the nine months" (a fiscal period); "the 6-year-old" and "the two days" are left to the duration rule.
  if (j === k + 1 && q.unit.grain !== 'month') return null;
  return {
    start: k,
    end: q.end,
    type: 'DURATION',
    value: durationValue(q.n, q.unit),
    precision: 'unknown',
    anchor: 'absolute',
    kind: 'quantity',
  };
}

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2],
  ['thirties', 3],
  ['forties', 4],
  ['fifties', 5],
  ['sixties', 6],
  ['seventies', 7],
  ['eighties', 8],
  ['nineties', 9],
]);

/** Years and decades: "1998", "fiscal 1989", "the 1990s", "the '90s", "the nineties", "mid-1990s". */
function yearRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  if (w(c, j) === 'the') j++;
  let fiscal = false;
  if (w(c, j) === 'fiscal' || w(c, j) === 'calendar' || (w(c, j) === 'year' && yearAt(c, j + 1) !== null)) {
    fiscal = true;
    j++;
    if (w(c, j) === 'year') j++;
  }
  const t = w(c, j);
  // "1990s", "'90s" and "20th" start with a digit or an apostrophe before one.
  const shaped = digitAt(t, 0) || digitAt(t, 1);
  const decade = shaped ? /^(\d{3})0'?s$/.exec(t) : null;
  if (decade) return pointHit(k, j + 1, { grain: 'decade', index: +decade[1]! }, 'absolute');
  const short = shaped ? /^'(\d)0s$/.exec(t) : null;
  if (short) {
    const d = +short[1]!;
    const cent = c.dct !== null && d * 10 <= ymd(c.dct)[0] % 100 ? Math.floor(ymd(c.dct)[0] / 100) : 19;
    return pointHit(
      k,
      j + 1,
      { grain: 'decade', index: cent * 10 + d },
      c.dct !== null ? 'publication-date' : 'absolute',
    );
  }
  const cent = shaped ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t) : null;
  if (cent && w(c, hyphen(c, j + 1)) === 'century' && +cent[1]! > 0) {
    return pointHit(k, hyphen(c, j + 1) + 1, { grain: 'century', index: +cent[1]! - 1 }, 'absolute');
  }
  const dw = DECADE_WORDS.get(t);
  if (dw !== undefined && j > k) return pointHit(k, j + 1, { grain: 'decade', index: 190 + dw }, 'absolute');
  const spoken = spokenYearAt(c, j);
  if (spoken) return pointHit(k, spoken.end, { grain: 'year', index: spoken.year }, 'absolute');
  const y = yearAt(c, j);
  if (y === null) return null;
  if (j > k && !fiscal && w(c, k) === 'the') return null;
  if (!fiscal) {
    // A bare four-digit number is a year unless it counts something ("2000 people", "1,500 shares").
    const prev = w(c, j - 1);
    const next = c.tokens[j + 1];
    if (prev === '$' || prev === '#' || c.tokens[j - 1]?.kind === 'currency' || prev === 'no' || prev === 'number')
      return null;
    if (next && next.sentence === c.tokens[j]!.sentence && j + 1 < c.hi) {
      const nl = c.low[j + 1]!;
      if (
        nl === '%' ||
        nl === 'percent' ||
        (nl === 'to' && yearAt(c, j + 2) === null && c.tokens[j + 2]?.kind === 'number')
      )
        return null;
      if (next.pos === 'NOUN' && nl !== next.lemma && !UNITS.has(nl)) return null;
    }
    if (c.tokens[j]!.text.includes(',')) return null;
  }
  return pointHit(k, j + 1, { grain: 'year', index: y }, 'absolute');
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

/** Seasons: "summer", "the summer of 1998", "spring 1998". */
function seasonRule(c: GrammarContext, k: number): Hit | null {
  let j = k;
  if (w(c, j) === 'the') j++;
  const s = SEASONS.get(w(c, j));
  if (s === undefined) return null;
  const prev = w(c, k - 1);
  let end = j + 1;
  let year: number | null = null;
  const wy = writtenYearAt(c, w(c, end) === 'of' ? end + 1 : end);
  if (wy !== null) {
    year = wy.year;
    end = wy.end;
  }
  if (year !== null) return pointHit(k, end, seasonPoint(year, s), 'absolute');
  // A bare season only after a preposition or article: "in the summer", "during winter"; not "fall" the verb.
  if (
    j === k &&
    !['in', 'during', 'this', 'by', 'until', 'since', 'through', 'over', 'early', 'late', 'mid', 'the'].includes(prev)
  )
    return null;
  if (s === 'FA' && w(c, j) === 'fall' && j === k) return null;
  if (c.dct === null) return pointHit(k, end, null, 'unresolved');
  const cur = pointOf(c.dct, 'season');
  let p = seasonPoint(ymd(c.dct)[0], s);
  const tense = tenseNear(c.tokens, c.low, k, end, c.lo, c.hi);
  if (tense === 'past' && p.index > cur.index) p = shift(p, -4);
  if (tense === 'future' && p.index < cur.index) p = shift(p, 4);
  return pointHit(k, end, p, 'publication-date+tense');
}

/** Clock times: "3:14 p.m.", "3 p.m. EDT", "noon", "midnight Friday", "15:00". */
function clockRule(c: GrammarContext, k: number): Hit | null {
  const t = w(c, k);
  let hh = -1;
  let mm = 0;
  let end = k + 1;
  const word = CLOCK_WORDS.get(t);
  if (word !== undefined && titleWord(c, k)) return null;
  if (word !== undefined) {
    [hh, mm] = word.split(':').map(Number) as [number, number];
  } else {
    const m = digitAt(t, 0) ? /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)?$/.exec(t) : null;
    if (!m) return null;
    hh = +m[1]!;
    mm = m[2] ? +m[2] : 0;
    let mer: 'am' | 'pm' | undefined = m[3] ? (m[3].startsWith('a') ? 'am' : 'pm') : undefined;
    if (!mer) {
      mer = MERIDIEM.get(w(c, end));
      const inThe = w(c, end) === 'in' && w(c, end + 1) === 'the' ? PARTS_OF_DAY.get(w(c, end + 2)) : undefined;
      if (mer) end++;
      else if (w(c, end) === "o'clock") end++;
      // "4 in the morning", "9 in the evening".
      else if (inThe !== undefined && !m[2] && w(c, end + 2) !== 'overnight') {
        mer = inThe === 'MO' ? 'am' : 'pm';
        end += 3;
      } else if (!m[2] || c.tokens[k]!.kind !== 'number') return null;
    }
    if (hh > 23 || mm > 59 || (mer && (hh < 1 || hh > 12))) return null;
    if (!m[2] && !mer && w(c, end - 1) !== "o'clock") return null;
    if (mer === 'pm' && hh < 12) hh += 12;
    if (mer === 'am' && hh === 12) hh = 0;
    if (!m[2] && !mer && hh > 12) return null;
    // "3:14" alone could be a score or a verse; require a meridiem or a time-zone.
    if (
      m[2] &&
      !mer &&
      !TIME_ZONES.has(w(c, end)) &&
      !['at', 'by', 'until', 'before', 'after', 'from'].includes(w(c, k - 1))
    )
      return null;
  }
  let zulu = false;
  if (TIME_ZONES.has(w(c, end)) && c.tokens[end] && c.tokens[end]!.text === c.tokens[end]!.text.toUpperCase()) {
    zulu = w(c, end) === 'utc' || w(c, end) === 'gmt';
    end++;
  } else if (w(c, end) === 'local' && w(c, end + 1) === 'time') end += 2;
  // A day right after ("midnight Friday", "3 p.m. yesterday") carries the date.
  let day: Hit | null = null;
  let dayEnd = end;
  if (w(c, end) === 'on') dayEnd++;
  if (w(c, dayEnd) === ',' && monthAt(c, dayEnd + 1) !== null) dayEnd++;
  // "until 9 a.m. Tuesday": the words before the clock time cue the weekday's direction.
  day = weekdayRule(c, dayEnd, k) ?? deicticRule(c, dayEnd) ?? monthRule(c, dayEnd);
  if (day && day.point && day.point.grain === 'day' && !day.value!.includes('T')) end = day.end;
  else day = null;
  const hhmm = `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}${zulu ? 'Z' : ''}`;
  if (day) return { ...pointHit(k, end, day.point!, day.anchor, `T${hhmm}`, 'TIME') };
  const base =
    c.narrative && c.narrative.grain === 'day'
      ? { p: c.narrative, a: 'narrative' as Anchor }
      : { p: c.dct === null ? null : { grain: 'day' as Grain, index: c.dct }, a: 'publication-date' as Anchor };
  return pointHit(k, end, base.p, base.a, `T${hhmm}`, 'TIME');
}

const SET_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'],
  ['weekly', 'P1W'],
  ['monthly', 'P1M'],
  ['annually', 'P1Y'],
  ['yearly', 'P1Y'],
  ['quarterly', 'P3M'],
  ['nightly', 'P1D'],
  ['hourly', 'PT1H'],
]);

/** SETs: "every day", "each Thursday", "daily", "per year", "twice a week". */
function setRule(c: GrammarContext, k: number): Hit | null {
  const t = w(c, k);
  const adv = SET_ADVERBS.get(t);
  if (adv !== undefined) {
    // "quarterly dividend": a payment, not a recurrence of time; "weekly radio address", "hourly earnings" are SETs.
    if (t === 'quarterly' && c.tokens[k + 1]?.pos === 'NOUN') return null;
    // "average daily volume": a measure per day, not a recurring time.
    if (w(c, k - 1) === 'average') return null;
    return { start: k, end: k + 1, type: 'SET', value: adv, precision: 'unknown', anchor: 'absolute', kind: 'other' };
  }
  if (t !== 'every' && t !== 'each' && t !== 'per') return null;
  let j = k + 1;
  if (w(c, j) === 'other') j++;
  const unit = UNITS.get(w(c, j));
  if (unit && !w(c, j).endsWith('s')) {
    return {
      start: k,
      end: j + 1,
      type: 'SET',
      value: durationValue(j > k + 1 ? 2 : 1, unit),
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'other',
    };
  }
  const wd = WEEKDAYS.get(w(c, j));
  if (wd !== undefined && t !== 'per') {
    return {
      start: k,
      end: j + 1,
      type: 'SET',
      value: `XXXX-WXX-${wd}`,
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'other',
    };
  }
  const part = PARTS_OF_DAY.get(w(c, j));
  if (part !== undefined && t !== 'per')
    return {
      start: k,
      end: j + 1,
      type: 'SET',
      value: `T${part}`,
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'other',
    };
  // "each July", "every summer": the month or season of any year.
  const month = t !== 'per' && capitalised(c, j) ? MONTHS.get(w(c, j)) : undefined;
  if (month !== undefined)
    return {
      start: k,
      end: j + 1,
      type: 'SET',
      value: `XXXX-${String(month).padStart(2, '0')}`,
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'other',
    };
  const season = t !== 'per' ? SEASONS.get(w(c, j)) : undefined;
  if (season !== undefined)
    return {
      start: k,
      end: j + 1,
      type: 'SET',
      value: `XXXX-${season}`,
      precision: 'unknown',
      anchor: 'absolute',
      kind: 'other',
    };
  return null;
}

/** Vague references: "now", "recently", "the past", "the future", "soon", "these days". */
function vagueRule(c: GrammarContext, k: number): Hit | null {
  for (const [words, value] of VAGUE_PHRASES_BY_FIRST.get(w(c, k)) ?? NONE) {
    const e = matchWords(c, k, words);
    if (e > 0) {
      // "the past" followed by a unit is a duration or date handled elsewhere.
      if (
        words[words.length - 1] === 'past' &&
        (UNITS.has(w(c, e)) || quantityAt(c, e) || REL_BEFORE_QUANTITY.has(w(c, e)))
      )
        return null;
      const start = words[0] === 'in' || words[0] === 'until' ? k + 1 : k;
      return vagueHit(start, e, value);
    }
  }
  // "Islam will one day be …", "may some day": an unspecified future, not a day-long duration.
  if ((w(c, k) === 'one' || w(c, k) === 'some') && w(c, k + 1) === 'day' && MODALS_BEFORE_SOMEDAY.has(w(c, k - 1)))
    return vagueHit(k, k + 2, 'FUTURE_REF');
  const v = VAGUE_WORDS.get(w(c, k));
  if (v === undefined) return null;
  // "as soon as possible", "soon after": a conjunction, not a reference to the future.
  if (w(c, k) === 'soon' && (w(c, k - 1) === 'as' || w(c, k + 1) === 'after' || w(c, k + 1) === 'afterwards'))
    return null;
  // "He was soon released": in a past clause "soon" is shortly after the story's time, not after publication.
  if (w(c, k) === 'soon' && tenseNear(c.tokens, c.low, k, k + 1, c.lo, c.hi) === 'past') return null;
  // "now" as a discourse particle ("Now, …") at the start of a sentence is still PRESENT_REF in TimeML.
  return vagueHit(k, k + 1, v);
}

/** Holidays with fixed dates: "Christmas", "Christmas Eve", "New Year's Day". */
function holidayRule(c: GrammarContext, k: number): Hit | null {
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

/** An ISO date written as one token: `2024-06-20`. */
function isoRule(c: GrammarContext, k: number): Hit | null {
  const s = w(c, k);
  const m = s.length === 10 ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m || !isValidDate(+m[1]!, +m[2]!, +m[3]!)) return null;
  return pointHit(k, k + 1, { grain: 'day', index: dayIndex(+m[1]!, +m[2]!, +m[3]!) }, 'absolute');
}

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

const RULES: ReadonlyArray<(c: GrammarContext, k: number) => Hit | null> = [
  monthRule,
  weekdayRule,
  deicticRule,
  relativeUnitRule,
  quarterRule,
  ninthMonthsRule,
  durationRule,
  yearRule,
  midRule,
  seasonRule,
  clockRule,
  setRule,
  vagueRule,
  holidayRule,
  isoRule,
  yearEndRule,
  definiteUnitRule,
];

type Rule = (typeof RULES)[number];

/**
 * What the token at a rule's start must be for the rule to match at all, read off each rule's first
 * tests: its possible first words, and whether a token with a digit, a token wink calls a number or a
 * `mid-` compound may start it. `coreAt` runs only the rules whose start fits, instead of all 17 at
 * every "the", "a" and number (a quarter of all tokens); `coreAtEveryRule` pins the result in the tests.
 */
const RULE_STARTS: ReadonlyArray<{
  rule: Rule;
  words: Iterable<string>;
  digit?: boolean;
  number?: boolean;
  mid?: boolean;
}> = [
  { rule: monthRule, words: [...DIRECTION.keys(), ...MONTHS.keys()], digit: true },
  { rule: weekdayRule, words: ['following', ...DIRECTION.keys(), ...WEEKDAYS.keys(), ...WEEKDAYS_PLURAL.keys()] },
  { rule: deicticRule, words: ['the', ...DEICTIC_DAYS.keys()] },
  { rule: relativeUnitRule, words: ['the', 'that', ...DIRECTION.keys()] },
  {
    rule: quarterRule,
    words: ['year', 'this', 'last', 'next', 'period', 'quarter', ...QUARTER_PREFIX, ...ORDINALS.keys()],
    digit: true,
  },
  { rule: ninthMonthsRule, words: ['the', 'first', 'latest', 'year-earlier', 'same', 'year'] },
  {
    rule: durationRule,
    words: [
      'the',
      'its',
      'their',
      'a',
      'an',
      'half',
      'couple',
      ...REL_BEFORE_QUANTITY,
      ...UNITS.keys(),
      ...VAGUE_QUANTITIES,
      ...NUMBER_WORDS.keys(),
    ],
    number: true,
  },
  { rule: yearRule, words: ['the', 'fiscal', 'calendar', 'year', 'two', ...NUMBER_WORDS.keys()], digit: true },
  { rule: midRule, words: ['mid'], mid: true },
  { rule: seasonRule, words: ['the', ...SEASONS.keys()] },
  { rule: clockRule, words: CLOCK_WORDS.keys(), digit: true },
  { rule: setRule, words: ['every', 'each', 'per', ...SET_ADVERBS.keys()] },
  { rule: vagueRule, words: ['one', 'some', ...VAGUE_WORDS.keys(), ...VAGUE_PHRASES.map(([ws]) => ws[0]!)] },
  { rule: holidayRule, words: ['new', 'thanksgiving', ...HOLIDAYS.keys()] },
  { rule: isoRule, words: [], digit: true },
  { rule: yearEndRule, words: ['year'] },
  { rule: definiteUnitRule, words: ['the'] },
];

const DIGIT_BIT = 2 ** RULES.length;
const NUMBER_BIT = DIGIT_BIT * 2;
const MID_BIT = DIGIT_BIT * 4;

/** Bit `i` set: the word may start `RULES[i]`. */
const WORD_RULE_BITS: ReadonlyMap<string, number> = (() => {
  if (RULE_STARTS.length !== RULES.length || RULE_STARTS.some((r, i) => r.rule !== RULES[i]))
    throw new Error('timex grammar: RULE_STARTS must list RULES in their order');
  const out = new Map<string, number>();
  RULE_STARTS.forEach(({ words }, i) => {
    for (const word of words) out.set(word, (out.get(word) ?? 0) | (1 << i));
  });
  return out;
})();

/** The rules (in `RULES` order, which breaks ties) that a start described by `bits` can begin, memoised per bit set. */
const rulesByBits = new Map<number, Rule[]>();
function rulesFor(bits: number): readonly Rule[] {
  let rules = rulesByBits.get(bits);
  if (rules === undefined) {
    rules = RULE_STARTS.filter(
      (r, i) =>
        (bits & (1 << i)) !== 0 ||
        (r.digit === true && (bits & DIGIT_BIT) !== 0) ||
        (r.number === true && (bits & NUMBER_BIT) !== 0) ||
        (r.mid === true && (bits & MID_BIT) !== 0),
    ).map((r) => r.rule);
    rulesByBits.set(bits, rules);
  }
  return rules;
}

const HAS_DIGIT = /\d/;

/** The rules that can match at token `k` (none outside the sentence, where every rule sees ''). */
function rulesAt(c: GrammarContext, k: number): readonly Rule[] {
  const s = w(c, k);
  if (s === '') return NO_RULES;
  let bits = WORD_RULE_BITS.get(s) ?? 0;
  if (HAS_DIGIT.test(s)) bits |= DIGIT_BIT;
  if (c.tokens[k]!.kind === 'number') bits |= NUMBER_BIT;
  if (s.startsWith('mid-')) bits |= MID_BIT;
  return bits === 0 ? NO_RULES : rulesFor(bits);
}
const NO_RULES: readonly Rule[] = [];

/** The longest rule match starting at token `k`; the first rule in `RULES` order wins a tie. */
function longestOf(c: GrammarContext, k: number, rules: readonly Rule[]): Hit | null {
  let best: Hit | null = null;
  for (const rule of rules) {
    const h = rule(c, k);
    if (h && h.end > k && (best === null || h.end > best.end)) best = h;
  }
  return best;
}

/** The longest rule match starting at token `k` (without modifiers), trying only the rules that can start there. */
export function coreAt(c: GrammarContext, k: number): Hit | null {
  return longestOf(c, k, rulesAt(c, k));
}

/** `coreAt` trying every rule: the reference the start table is tested against. */
export function coreAtEveryRule(c: GrammarContext, k: number): Hit | null {
  return longestOf(c, k, RULES);
}

const QUANTITY_MODS_BY_FIRST = byFirstWord(QUANTITY_MODS);
const POINT_MODS_BY_FIRST = byFirstWord(POINT_MODS);
/** Only the phrases whose first word is the token's can match there; the table's order still breaks ties. */
const VAGUE_PHRASES_BY_FIRST = byFirstWord(VAGUE_PHRASES);

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

/** Words that can start an expression; other tokens are skipped without running the rules. */
export function canStart(t: Token, low: string): boolean {
  if (t.kind === 'number' || t.kind === 'ordinal') return true;
  return STARTERS.has(low) || low.startsWith('mid-');
}

const STARTERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...WEEKDAYS_PLURAL.keys(),
  ...NUMBER_WORDS.keys(),
  ...DEICTIC_DAYS.keys(),
  ...DIRECTION.keys(),
  ...ANAPHORIC.keys(),
  ...QUARTER_PREFIX,
  ...SEASONS.keys(),
  ...CLOCK_WORDS.keys(),
  ...SET_ADVERBS.keys(),
  ...VAGUE_WORDS.keys(),
  ...VAGUE_QUANTITIES,
  ...HOLIDAYS.keys(),
  ...DECADE_WORDS.keys(),
  ...ORDINALS.keys(),
  ...QUANTITY_MODS.map(([ws]) => ws[0]!),
  ...POINT_MODS.map(([ws]) => ws[0]!),
  ...VAGUE_PHRASES.map(([ws]) => ws[0]!),
  ...UNITS.keys(),
  'the',
  'a',
  'an',
  'half',
  'couple',
  'thanksgiving',
  'every',
  'each',
  'per',
  'that',
  'year',
  'fiscal',
  'calendar',
  'new',
  'its',
  'their',
]);
