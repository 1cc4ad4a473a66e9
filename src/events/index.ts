/**
 * Dated events: who did what to whom, where and when. Triggers come from the taxonomy's lemma lexicon
 * (`schemas/event-types.json`); arguments, status and dates from shallow sentence structure over wink's
 * POS and lemmas and from the article's entities and time expressions. Mentions of one event are merged
 * and weak events dropped (precision over recall). See docs/events.md.
 */
import { eventId } from '../ids.js';
import type {
  EntityRecord,
  EventRecord,
  Evidence,
  PublicationDate,
  Sentence,
  TimexRecord,
  Token,
  Warning,
} from '../types.js';
import { buildArticleIndex, type ArticleIndex } from './article-index.js';
import { RELATIVE_PRONOUNS, REPETITION_CUES, RESULT_LINKERS } from './cues.js';
import { verbGroup, WINDOW } from './syntax.js';
import { chooseDate, afterPublication, inTemporalPhrase, narrativeTimes, tenseDate } from './dating.js';
import { mergeEvents, type DraftEvent } from './merge.js';
import { candidateArguments, participantList, type Arguments } from './roles.js';
import { candidateStatus } from './status.js';
import type { TriggerLexicon } from './taxonomy.js';
import { findCandidates, type Candidate } from './triggers.js';

/** What the event extractor reads. */
export interface EventInput {
  articleId: string;
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** `tokens[k].text.toLowerCase()` for every `k` (from the annotate stage). */
  lowerForms: readonly string[];
  entities: readonly EntityRecord[];
  timexes: readonly TimexRecord[];
  publication: PublicationDate;
  /** Events below this confidence are dropped (`settings.minEventConfidence`); default 0.5. */
  minConfidence?: number;
}

export interface EventOutput {
  events: EventRecord[];
  warnings: Warning[];
}

/** Default for `minConfidence`, as in the config schema. */
export const DEFAULT_MIN_EVENT_CONFIDENCE = 0.5;

function tokenEvidence(ix: ArticleIndex, a: number, b: number): Evidence {
  const start = ix.tokens[a]!.start;
  const end = ix.tokens[b - 1]!.end;
  return { start, end, text: ix.text.slice(start, end), sentence: ix.tokens[a]!.sentence };
}

function sentenceEvidence(ix: ArticleIndex, i: number): Evidence {
  const s = ix.sentences[i]!;
  return { start: s.start, end: s.end, text: ix.text.slice(s.start, s.end), sentence: i };
}

/**
 * Confidence from how much the sentence supports the reading: a verb or a light-verb construction, an
 * agent, other participants, a place and a date near the trigger. An event naming nobody and nowhere
 * stays below the default threshold.
 */
function confidence(c: Candidate, args: Arguments, participants: number, dated: boolean): number {
  const agents = (args.roles.get('agent') ?? []).length;
  let score = c.kind === 'verb' ? 0.55 : 0.5;
  if (c.light) score += 0.1;
  if (agents > 0) score += 0.15;
  else if (participants > 0) score += 0.1;
  if (participants > 1) score += 0.05;
  if (args.place) score += 0.05;
  if (dated) score += 0.05;
  if (participants === 0 && !args.place) score -= 0.15;
  if (c.type.requiresAgent && agents === 0) score = 0;
  return Math.round(Math.min(0.95, Math.max(0, score)) * 100) / 100;
}

/**
 * The event a result verb at `linker` follows from ("strikes in Iraq that resulted in …", "the first
 * round of dialogue …, which was held in Baghdad, on January 27, led to …"): the nearest event noun to
 * its left, walking over relative clauses, time expressions and commas but not over another verb.
 */
function causeOf(ix: ArticleIndex, linker: number, byHead: ReadonlyMap<number, Candidate>): Candidate | null {
  const floor = Math.max(ix.sentences[ix.tokens[linker]!.sentence]!.tokenStart, linker - WINDOW);
  let inRelative = false;
  for (let k = linker - 1; k >= floor; k--) {
    const c = byHead.get(k);
    if (c && c.kind === 'noun') return c;
    const t = ix.tokens[k]!;
    if (t.pos === 'PRON' && (RELATIVE_PRONOUNS.has(ix.lower[k]!) || ix.lower[k] === 'that')) {
      inRelative = false;
      continue;
    }
    if (t.pos === 'VERB' && !inRelative) {
      // The verb of a relative clause hanging on the cause: keep walking to its antecedent.
      inRelative = true;
      continue;
    }
    if (t.pos === 'SCONJ' || ix.lower[k] === ';') return null;
  }
  return null;
}

/** Nouns with nobody named that hang on "led to"/"resulted in" take the participants of the event that led to them. */
function inheritFromCause(cands: readonly Candidate[], args: Map<Candidate, Arguments>, ix: ArticleIndex): void {
  const byHead = new Map<number, Candidate>();
  for (const c of cands) byHead.set(c.head, c);
  for (const c of cands) {
    if (c.kind !== 'noun' || c.relation !== 'object' || c.governor < 0) continue;
    if (!RESULT_LINKERS.has(ix.tokens[c.governor]!.lemma.toLowerCase())) continue;
    const mine = args.get(c)!;
    if (mine.roles.size > 0) continue;
    const cause = causeOf(ix, c.governor, byHead);
    const theirs = cause ? args.get(cause) : undefined;
    if (!theirs) continue;
    for (const [role, actors] of theirs.roles) mine.roles.set(role, [...actors]);
  }
}

/** True when a repetition cue stands within three words of the trigger or its verb ("attacked Rafah again"). */
function repeated(ix: ArticleIndex, c: Candidate): boolean {
  const s = ix.sentences[c.sentence]!;
  const from = Math.max(s.tokenStart, Math.min(c.head, c.governor >= 0 ? c.governor : c.head) - 3);
  const to = Math.min(s.tokenEnd, Math.max(c.end, c.governor + 1) + 3);
  for (let k = from; k < to; k++) if (REPETITION_CUES.has(ix.lower[k]!)) return true;
  return false;
}

/** True for an event noun with a definite determiner before its adjectives ("the talks", "this attack"). */
function definiteNoun(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 4; k--) {
    const low = ix.lower[k]!;
    if (low === 'the' || low === 'this' || low === 'that' || low === 'these' || low === 'those') return true;
    if (ix.tokens[k]!.pos !== 'ADJ' && ix.tokens[k]!.pos !== 'NOUN') return false;
  }
  return false;
}

/** What event extraction needs besides the article: the trigger lexicon built from the taxonomy. */
export interface EventResources {
  lexicon: TriggerLexicon;
}

/**
 * Finds, dates and merges the events of one article. Pure: same input, same output; the lexicon comes in
 * `resources` (from `src/resources.ts`).
 */
export function extractEvents(input: EventInput, resources: EventResources): EventOutput {
  const minConfidence = input.minConfidence ?? DEFAULT_MIN_EVENT_CONFIDENCE;
  const ix = buildArticleIndex(
    input.text,
    input.tokens,
    input.sentences,
    input.lowerForms,
    input.entities,
    input.timexes,
  );
  const cands = findCandidates(ix, resources.lexicon).filter((c) => !c.dropped);
  const args = new Map<Candidate, Arguments>();
  for (const c of cands) args.set(c, candidateArguments(ix, c));
  inheritFromCause(cands, args, ix);
  const narrative = narrativeTimes(ix);

  const drafts: DraftEvent[] = [];
  for (const c of cands) {
    const st = candidateStatus(ix, c);
    if (st === 'void') continue;
    const a = args.get(c)!;
    const anchors = [c.head];
    if (c.governor >= 0 && c.light) anchors.push(c.governor);
    if (c.absorbed >= 0) anchors.push(c.absorbed);
    const background = c.kind === 'noun' && inTemporalPhrase(ix, c.head);
    let date = chooseDate(ix, anchors, background, narrative[c.sentence]!);
    const tenseVerb =
      c.kind === 'verb' ? c.head : c.governor >= 0 && (c.light || c.relation !== 'object') ? c.governor : -1;
    if (date.source === 'unknown' && !background && tenseVerb >= 0)
      date = tenseDate(verbGroup(ix, tenseVerb), input.publication.date) ?? date;
    const participants = participantList(a);
    let status = st.status;
    if ((status === 'occurred' || status === 'reported') && afterPublication(date.value, input.publication.date))
      status = 'planned';
    drafts.push({
      type: c.type.id,
      trigger: c.display === c.head ? tokenEvidence(ix, c.head, c.end) : tokenEvidence(ix, c.display, c.display + 1),
      sentence: c.sentence,
      date,
      participants: participants.map(({ entity, role }) => ({ entity, role })),
      place: a.place?.id ?? null,
      status,
      reportedBy: status === 'reported' ? (st.reportedBy?.id ?? null) : null,
      evidence: [sentenceEvidence(ix, c.sentence)],
      confidence: confidence(c, a, participants.length, date.source === 'clause' || date.source === 'sentence'),
      distinct: repeated(ix, c),
      lemmas: [ix.tokens[c.head]!.lemma.toLowerCase()],
      definite: c.kind === 'noun' && definiteNoun(ix, c.head),
      paragraphs: [ix.paragraphOf[c.sentence]!],
    });
  }
  drafts.sort((p, q) => p.trigger.start - q.trigger.start);

  const events: EventRecord[] = [];
  for (const d of mergeEvents(drafts)) {
    if (d.confidence < minConfidence || d.confidence === 0) continue;
    const type = resources.lexicon.byId.get(d.type)!;
    const e: EventRecord = {
      id: eventId(input.articleId, d.type, d.trigger.start),
      type: d.type,
      trigger: d.trigger,
      date: d.date,
      participants: d.participants,
      status: d.status,
      evidence: d.evidence,
      confidence: d.confidence,
    };
    if (type.cameo) e.cameo = type.cameo.code;
    if (type.acled) {
      e.acled = type.acled.eventType;
      if (type.acled.subEventType) e.acledSubEvent = type.acled.subEventType;
    }
    if (d.place) e.place = d.place;
    if (d.reportedBy) e.reportedBy = d.reportedBy;
    events.push(e);
  }
  return { events, warnings: [] };
}
