import { shift } from '../calendar.js';
import { NUMBER_WORDS, UNITS, VAGUE_QUANTITIES, type Unit } from '../lexicon.js';
import { MODALS_BEFORE_SOMEDAY, quantityAt, quantityPhraseAt, REL_BEFORE_QUANTITY, w } from '../read.js';
import { agoPoint, durationValue, narrativeOr, pointHit, reportQuarter, shiftNarrative, vagueHit } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

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
    // Session 19: hours or minutes alone before "after", "before", "later" or "earlier" ("resigned hours after
    // the match", "died minutes later") are a duration too (TimeML: PTXH), which the events stage reads as the
    // anchor's own day; "hours of talks", "the hours before dawn" (after a determiner) are not.
    const clockSpan =
      j === k &&
      unit?.time === true &&
      ['after', 'before', 'later', 'earlier'].includes(w(c, k + 1)) &&
      !['the', 'those', 'these', 'its', 'their', 'of'].includes(w(c, k - 1));
    const openPlural =
      clockSpan ||
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

/**
 * Starts on an article or possessive, a relational word ("the past two years"), a unit ("decades-long",
 * "weeks"), a vague quantity or a number, in words or as a number token.
 */
export const duration: TimexRule = {
  name: 'duration',
  starts: {
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
    shapes: ['number'],
  },
  match: durationRule,
};
