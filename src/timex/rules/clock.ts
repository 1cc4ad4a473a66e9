import { type Grain } from '../calendar.js';
import { CLOCK_WORDS, MERIDIEM, PARTS_OF_DAY, TIME_ZONES } from '../lexicon.js';
import { digitAt, monthAt, titleWord, w } from '../read.js';
import { pointHit } from '../resolve.js';
import type { Anchor, GrammarContext, Hit, TimexRule } from '../rule.js';
import { monthRule } from './month.js';
import { weekdayRule } from './weekday.js';
import { deicticRule } from './deictic.js';

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

/** Starts on a clock word ("noon", "midnight") or a token with a digit ("3:14", "3", "9a.m."). */
export const clock: TimexRule = {
  name: 'clock',
  starts: { words: [...CLOCK_WORDS.keys()], shapes: ['digit'] },
  match: clockRule,
};
