/**
 * Time expressions. Baseline (deepened by the dates issue): wink's DATE/TIME/DURATION spans with a
 * value from chrono-node resolved against the publication date.
 */
import * as chrono from 'chrono-node';
import { timexId } from '../ids.js';
import type { PublicationDate, Sentence, TimexRecord, TimexType, Token, Warning, WinkEntity } from '../types.js';

/** What the time-expression extractor reads. */
export interface TimexInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  winkEntities: readonly WinkEntity[];
  publication: PublicationDate;
}

export interface TimexOutput {
  timexes: TimexRecord[];
  warnings: Warning[];
}

const TYPES: Record<string, TimexType> = { DATE: 'DATE', TIME: 'TIME', DURATION: 'DURATION' };

/** Finds time expressions and normalises them to TIMEX3 values where it can. */
export function extractTimexes(input: TimexInput): TimexOutput {
  const timexes: TimexRecord[] = [];
  const ref = input.publication.date ? new Date(`${input.publication.date}T12:00:00Z`) : null;
  for (const e of input.winkEntities) {
    const type = TYPES[e.type];
    if (!type) continue;
    let value: string | null = null;
    if (ref && type !== 'DURATION') {
      const parsed = chrono.parse(e.text, { instant: ref, timezone: 0 }, { forwardDate: false })[0];
      if (parsed) value = parsed.start.date().toISOString().slice(0, 10);
    }
    timexes.push({
      id: timexId(timexes.length), start: e.start, end: e.end, text: e.text, type, value,
      precision: value ? 'day' : 'unknown', sentence: input.tokens[e.tokenStart]!.sentence,
      anchor: value ? 'publication-date' : 'unresolved',
    });
  }
  return { timexes, warnings: [] };
}
