import { MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from '../lexicon.js';
import { capitalised, w } from '../read.js';
import { durationValue } from '../resolve.js';
import type { GrammarContext, Hit, TimexRule } from '../rule.js';

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

/** Starts on "every", "each", "per" or a frequency adverb ("daily"). */
export const set: TimexRule = {
  name: 'set',
  starts: { words: ['every', 'each', 'per', ...SET_ADVERBS.keys()] },
  match: setRule,
};
