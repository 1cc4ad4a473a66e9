/**
 * Dated events. Baseline (deepened by the events issue): a verb-lemma trigger lexicon; participants are
 * the entities of the trigger's sentence, the date is the sentence's first resolved time expression.
 */
import { eventId } from '../ids.js';
import type { EntityRecord, EventRecord, PublicationDate, Sentence, TimexRecord, Token, Warning } from '../types.js';

/** What the event extractor reads. */
export interface EventInput {
  articleId: string;
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  entities: readonly EntityRecord[];
  timexes: readonly TimexRecord[];
  publication: PublicationDate;
}

export interface EventOutput {
  events: EventRecord[];
  warnings: Warning[];
}

const TRIGGERS: Record<string, string> = { meet: 'meeting', announce: 'statement', kill: 'killing', sign: 'agreement', attack: 'attack', launch: 'product-launch' };

/** Finds events by trigger lemma and attaches participants and a date from the same sentence. */
export function extractEvents(input: EventInput): EventOutput {
  const events: EventRecord[] = [];
  for (const t of input.tokens) {
    const type = TRIGGERS[t.lemma];
    if (!type || t.pos !== 'VERB') continue;
    const sentence = input.sentences[t.sentence]!;
    const participants = input.entities.filter((e) => e.mentions.some((m) => m.sentence === t.sentence)).map((e) => ({ entity: e.id, role: 'participant' as const }));
    const timex = input.timexes.find((x) => x.sentence === t.sentence && x.value !== null && x.type !== 'DURATION');
    events.push({
      id: eventId(input.articleId, type, t.start), type,
      trigger: { start: t.start, end: t.end, text: t.text, sentence: t.sentence },
      date: timex ? { value: timex.value, precision: timex.precision, source: 'sentence', timex: timex.id } : { value: null, precision: 'unknown', source: 'unknown' },
      participants, status: 'occurred',
      evidence: [{ start: sentence.start, end: sentence.end, text: input.text.slice(sentence.start, sentence.end), sentence: sentence.i }],
      confidence: 0.5,
    });
  }
  return { events, warnings: [] };
}
