/**
 * `dossier eval meantime DIR…`: MEANTIME CAT files, scored on the annotated sentences 0–5 only.
 * Named mentions (NAM of PER/ORG/LOC) by exact span + type and by head match (the name inside
 * MEANTIME's noun-phrase extent, see `nameHead`); TIMEX3 as TempEval-3; our event triggers
 * against EVENT_MENTIONs, and for matched events their participants and dates against the gold
 * HAS_PARTICIPANT targets and TLINK anchors.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { catCreationTime, catText, parseCat } from './cat.js';
import { LAST_ANNOTATED_SENTENCE, compatibleDates, meantimeGold, type MeantimeGold } from './meantime-gold.js';
import { listFiles } from './files.js';
import { EvalRunner, type AlignedRecord } from './pipeline-run.js';
import {
  entityMetrics,
  scoreEntityDoc,
  scoreHeadDoc,
  type ClassCounts,
  type EntityMetrics,
  type TypedSpan,
} from './entity-score.js';
import type { Span } from '../../types.js';
import { ENTITY_CLASSES, predictedMentions } from './conll-eval.js';
import {
  addTimexCounts,
  emptyTimexCounts,
  scoreTimexDoc,
  timexMetrics,
  type EvalError,
  type TimexMetrics,
} from './timex-score.js';
import { predictedTimexes, runnerThroughput, type Throughput } from './timeml-eval.js';
import { matchSpans, overlaps, spanContext } from './spans.js';
import type { Confusion } from './confusion.js';

/** Event figures: trigger precision, and participant and date agreement over matched events. */
export interface EventFigures {
  predicted: number;
  gold: number;
  matched: number;
  /** Matched / predicted: the share of our events whose trigger overlaps a gold EVENT_MENTION. */
  triggerPrecision: number;
  /** Matched / gold mentions: informative only (gold marks every eventive word, we keep notable events). */
  triggerRecall: number;
  /** Matched events whose gold mention has HAS_PARTICIPANT targets. */
  withGoldParticipants: number;
  /**
   * Each gold participant read against the part of our record that carries its kind (MEANTIME's definition:
   * participants are entity mentions of any type): a person, organisation or place (PER, ORG, LOC) against our
   * participant entities and place; a product, financial or mixed one (PRO, FIN, MIX: no entity type of ours)
   * against our arguments' words. An event agrees when one of its gold participants is overlapped so.
   */
  participantsAgree: number;
  participantShare: number;
  /** Our participant entities' or place's mentions overlap a gold participant of any type (the reading before session 18). */
  entityParticipantsAgree: number;
  entityParticipantShare: number;
  /** Our named participants' or place's mentions, or our arguments' words (the place phrase aside), overlap a gold participant. */
  argumentsAgree: number;
  argumentShare: number;
  /** Matched events whose gold mention has a TLINK anchor to a TIMEX3 or the DCT. */
  withGoldDate: number;
  dateExact: number;
  dateExactShare: number;
  /** Same value or one value refines the other (`2010` vs `2010-06-07`). */
  dateCompatible: number;
  dateCompatibleShare: number;
}

/** The report of one MEANTIME evaluation. */
export interface MeantimeReport {
  mode: 'meantime';
  documents: number;
  failures: Array<{ doc: string; reason: string }>;
  entities: EntityMetrics;
  /** Exact predictions on pre-modifier names (PRE.NAM) of PER/ORG/LOC: neither credited nor penalised. */
  neutralPreModifierNames: number;
  /**
   * The same names by head match: a prediction of the same class inside the gold mention's extent that
   * covers its head name, one to one; nested gold mentions sharing a head count once.
   */
  entitiesHead: EntityMetrics;
  /** Gold class × predicted class of the exact-span measure, and of the head-match measure. */
  confusion: Confusion;
  confusionHead: Confusion;
  /** Scored gold names carrying an annotated `head`, and how many the head rule derives identically (a check of the rule). */
  headCheck: { annotated: number; ruleAgrees: number };
  timex: TimexMetrics;
  events: EventFigures;
  errors: EvalError[];
  throughput: Throughput;
}

interface EventCounts {
  predicted: number;
  gold: number;
  matched: number;
  withGoldParticipants: number;
  participantsAgree: number;
  entityParticipantsAgree: number;
  argumentsAgree: number;
  withGoldDate: number;
  dateExact: number;
  dateCompatible: number;
}

function scoreEvents(
  docId: string,
  text: string,
  gold: MeantimeGold,
  aligned: AlignedRecord | null,
  scopeEnd: number,
  c: EventCounts,
  errors?: EvalError[],
): void {
  c.gold += gold.events.length;
  if (!aligned) return;
  const { record, shift } = aligned;
  const events = record.events.filter((e) => e.trigger.start + shift < scopeEnd);
  const triggers = events.map((e) => ({ start: e.trigger.start + shift, end: e.trigger.end + shift }));
  c.predicted += events.length;
  const mentionSpans = new Map(
    record.entities.map((e) => [e.id, e.mentions.map((m) => ({ start: m.start + shift, end: m.end + shift }))]),
  );
  const matched = new Set<number>();
  for (const [gi, pj] of matchSpans(gold.events, triggers, false)) {
    matched.add(pj);
    c.matched++;
    const g = gold.events[gi]!;
    const e = events[pj]!;
    const goldParts = gold.participants.get(g.id) ?? [];
    if (goldParts.length > 0) {
      c.withGoldParticipants++;
      // MEANTIME's participants include the event's location (HAS_PARTICIPANT links to LOC mentions: "ceremonies
      // in Long Beach"), so our place counts beside our participants.
      const ours = [...e.participants.map((p) => p.entity), ...(e.place ? [e.place] : [])].flatMap(
        (id) => mentionSpans.get(id) ?? [],
      );
      const words = (e.arguments ?? [])
        .filter((a) => a.role !== 'place')
        .map((a) => ({ start: a.start + shift, end: a.end + shift }));
      const agree = participantAgreement(goldParts, ours, words);
      if (agree.participants) c.participantsAgree++;
      if (agree.entities) c.entityParticipantsAgree++;
      if (agree.arguments) c.argumentsAgree++;
      else
        errors?.push({
          doc: docId,
          kind: 'participants',
          text: text.slice(g.start, g.end),
          detail: `gold ${goldParts.map((s) => text.slice(s.start, s.end)).join(' | ')}; ours ${ours.map((s) => text.slice(s.start, s.end)).join(' | ') || 'none'}`,
          context: spanContext(text, g),
        });
    }
    const anchor = gold.anchors.get(g.id);
    if (anchor !== undefined) {
      c.withGoldDate++;
      const ours = e.date.value;
      if (ours === anchor) c.dateExact++;
      if (ours !== null && compatibleDates(ours, anchor)) c.dateCompatible++;
      if (ours !== anchor)
        errors?.push({
          doc: docId,
          kind: 'event date',
          text: text.slice(g.start, g.end),
          detail: `gold ${anchor} ours ${ours}`,
          context: spanContext(text, g),
        });
    }
  }
  if (errors) {
    triggers.forEach((t, j) => {
      if (!matched.has(j))
        errors.push({
          doc: docId,
          kind: 'false event',
          text: text.slice(t.start, t.end),
          detail: events[j]!.type,
          context: spanContext(text, t),
        });
    });
  }
}

/** MEANTIME entity types that our entities carry (person, group, place); the others (PRO, FIN, MIX) only our arguments. */
const ENTITY_KINDS = new Set(['PER', 'ORG', 'LOC']);

/**
 * How one matched event's participants agree with its gold participants, in the three readings of the report.
 * `ours`: mentions of our participant entities and place; `words`: our arguments' words (the place phrase aside).
 * - `participants`: each gold participant against the part of the record that carries its kind. A product ("The
 *   first jets will be delivered"), a sum or a mixed group is no entity type of ours, so the record carries it in
 *   `arguments` only, and that is where it is looked for; a person, organisation or place in our entities.
 * - `entities`: our entities against any gold participant (the reading before session 18).
 * - `arguments`: our entities or words against any gold participant (MEANTIME's participants are entity mentions
 *   of any kind: names, "the company", "it").
 */
export function participantAgreement(
  gold: readonly TypedSpan[],
  ours: readonly Span[],
  words: readonly Span[],
): { participants: boolean; entities: boolean; arguments: boolean } {
  const hit = (spans: readonly Span[], within: readonly Span[]): boolean =>
    spans.some((o) => within.some((gp) => overlaps(o, gp)));
  const entities = hit(ours, gold);
  const unnamedKinds = gold.filter((gp) => !ENTITY_KINDS.has(gp.type));
  return { participants: entities || hit(words, unnamedKinds), entities, arguments: entities || hit(words, gold) };
}

function eventFigures(c: EventCounts): EventFigures {
  const share = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    ...c,
    triggerPrecision: share(c.matched, c.predicted),
    triggerRecall: share(c.matched, c.gold),
    participantShare: share(c.participantsAgree, c.withGoldParticipants),
    entityParticipantShare: share(c.entityParticipantsAgree, c.withGoldParticipants),
    argumentShare: share(c.argumentsAgree, c.withGoldParticipants),
    dateExactShare: share(c.dateExact, c.withGoldDate),
    dateCompatibleShare: share(c.dateCompatible, c.withGoldDate),
  };
}

/** Evaluates every CAT `.xml` file under `roots`. */
export function evalMeantime(roots: readonly string[], keepErrors = false): MeantimeReport {
  const files = listFiles(roots, /\.xml$/i);
  if (files.length === 0) throw new Error(`eval meantime: no .xml files under ${roots.join(', ')}`);
  const runner = new EvalRunner();
  const entityCounts: ClassCounts = {};
  const headCounts: ClassCounts = {};
  const confusion: Confusion = {};
  const confusionHead: Confusion = {};
  const headCheck = { annotated: 0, ruleAgrees: 0 };
  const timex = emptyTimexCounts();
  const ev: EventCounts = {
    predicted: 0,
    gold: 0,
    matched: 0,
    withGoldParticipants: 0,
    participantsAgree: 0,
    entityParticipantsAgree: 0,
    argumentsAgree: 0,
    withGoldDate: 0,
    dateExact: 0,
    dateCompatible: 0,
  };
  const errors: EvalError[] = [];
  const errs = keepErrors ? errors : undefined;
  let neutral = 0;
  for (const file of files) {
    const doc = parseCat(readFileSync(file, 'utf8'));
    const docId = doc.docName || basename(file, '.xml');
    const { text, tokenSpans, sentenceSpans } = catText(doc);
    const scopeEnd = (
      sentenceSpans
        .slice(0, LAST_ANNOTATED_SENTENCE + 1)
        .filter(Boolean)
        .at(-1) ?? { end: 0 }
    ).end;
    const gold = meantimeGold(doc, tokenSpans);
    const aligned = runner.run(docId, text, catCreationTime(doc));
    const mentions = predictedMentions(aligned).filter((m) => m.start < scopeEnd);
    neutral += scoreEntityDoc(
      docId,
      text,
      gold.names,
      mentions,
      ENTITY_CLASSES,
      entityCounts,
      errs,
      gold.preModifierNames,
      confusion,
    );
    scoreHeadDoc(
      docId,
      text,
      gold.names,
      mentions,
      ENTITY_CLASSES,
      headCounts,
      errs,
      gold.preModifierNames,
      confusionHead,
    );
    headCheck.annotated += gold.headCheck.annotated;
    headCheck.ruleAgrees += gold.headCheck.ruleAgrees;
    // The DCT is not scored: neither the gold creation time nor a prediction on the date line that writes it.
    const onDct = (t: { start: number; end: number }): boolean =>
      gold.dct.some((d) => t.start < d.end && d.start < t.end);
    addTimexCounts(
      timex,
      scoreTimexDoc(
        docId,
        text,
        gold.timexes,
        predictedTimexes(aligned).filter((t) => t.start < scopeEnd && !onDct(t)),
        errs,
      ),
    );
    scoreEvents(docId, text, gold, aligned, scopeEnd, ev, errs);
  }
  return {
    mode: 'meantime',
    documents: files.length,
    failures: runner.failures,
    entities: entityMetrics(entityCounts, ENTITY_CLASSES),
    neutralPreModifierNames: neutral,
    entitiesHead: entityMetrics(headCounts, ENTITY_CLASSES),
    confusion,
    confusionHead,
    headCheck,
    timex: timexMetrics(timex),
    events: eventFigures(ev),
    errors,
    throughput: runnerThroughput(runner),
  };
}
