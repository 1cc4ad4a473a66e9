/**
 * Time expressions: found by the rules in `rules/` (entry point `grammar.ts`) over wink's tokens,
 * normalised to TimeML TIMEX3 values against the publication date (DCT), the clause's tense, and the
 * narrative's reference time.
 * wink's own DATE/TIME/DURATION spans and chrono-node were measured as a fallback for what the rules
 * miss and lowered value F1 on TimeBank (see docs/dates.md), so the wink adapter does not ask wink for them.
 */
import { timexId } from '../ids.js';
import type { PublicationDate, Sentence, TimexRecord, Token, Warning } from '../types.js';
import { parseDay, pointOf, type Point } from './calendar.js';
import { canStart } from './dispatch.js';
import { parseAt } from './grammar.js';
import type { GrammarContext, Hit } from './rule.js';
import { warning } from '../codes.js';

/** What the time-expression extractor reads. */
export interface TimexInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** `tokens[k].text.toLowerCase()` for every `k` (from the annotate stage). */
  lowerForms: readonly string[];
  publication: PublicationDate;
}

export interface TimexOutput {
  timexes: TimexRecord[];
  warnings: Warning[];
}

/** Grains that move the narrative reference time ("last January" → later "January 27" is that January's). */
const NARRATIVE_GRAINS: ReadonlySet<Point['grain']> = new Set([
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'season',
  'half',
]);

/** How many quarters before the publication date a quarter may lie and still be the one a report is about. */
const TOPIC_LAG = 1;

/** Finds time expressions and normalises them to TIMEX3 values. Pure: same input, same output. */
export function extractTimexes(input: TimexInput): TimexOutput {
  const { tokens, text } = input;
  const dct = input.publication.date ? parseDay(input.publication.date) : null;
  const low = input.lowerForms;
  const hits: Hit[] = [];
  let narrative: Point | null = null;
  let narrativeRelative = false;
  let narrativeDay: Point | null = null;
  let topicQuarter: Point | null = null;
  for (const s of input.sentences) {
    const c: GrammarContext = {
      tokens,
      low,
      lo: s.tokenStart,
      hi: s.tokenEnd,
      dct,
      narrative,
      narrativeRelative,
      narrativeDay,
      topicQuarter,
    };
    let k = s.tokenStart;
    while (k < s.tokenEnd) {
      const hit = canStart(tokens[k]!, low[k]!) ? parseAt(c, k) : null;
      if (hit === null || hit.end <= k) {
        k++;
        continue;
      }
      hits.push(hit);
      // Comparisons ("a year earlier", "two weeks ago") do not move the story's reference time.
      if (
        hit.point &&
        hit.kind === 'point' &&
        !hit.comparison &&
        hit.anchor !== 'unresolved' &&
        NARRATIVE_GRAINS.has(hit.point.grain)
      ) {
        c.narrative = hit.point;
        c.narrativeRelative = hit.anchor !== 'absolute';
        if (hit.point.grain === 'day') c.narrativeDay = hit.point;
        // The report's quarter is the current or the last one; "the third quarter of 1984" is history.
        if (
          c.topicQuarter === null &&
          hit.point.grain === 'quarter' &&
          dct !== null &&
          pointOf(dct, 'quarter').index - hit.point.index <= TOPIC_LAG &&
          hit.point.index <= pointOf(dct, 'quarter').index
        )
          c.topicQuarter = hit.point;
      }
      k = hit.end;
    }
    narrative = c.narrative;
    narrativeRelative = c.narrativeRelative === true;
    narrativeDay = c.narrativeDay ?? null;
    topicQuarter = c.topicQuarter ?? null;
  }
  hits.sort((a, b) => a.start - b.start);
  const timexes: TimexRecord[] = [];
  for (const h of hits) {
    const start = tokens[h.start]!.start;
    const end = tokens[h.end - 1]!.end;
    timexes.push({
      id: timexId(timexes.length),
      start,
      end,
      text: text.slice(start, end),
      type: h.type,
      value: h.value,
      ...(h.mod ? { mod: h.mod } : {}),
      precision: h.precision,
      sentence: tokens[h.start]!.sentence,
      anchor: h.anchor,
    });
  }
  const warnings: Warning[] = [];
  if (dct === null) {
    const unresolved = timexes.filter((t) => t.anchor === 'unresolved').length;
    if (unresolved > 0) {
      warnings.push(
        warning(
          'W_TIMEX_UNRESOLVED',
          `${unresolved} relative time expression(s) left unresolved because the article has no publication date`,
        ),
      );
    }
  }
  return { timexes, warnings };
}
