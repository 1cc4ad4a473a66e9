/**
 * Mention-level event scoring (trigger + class, arguments by head match) and event-level counts, shared
 * by `eval wikievents` and usable for any gold set of typed trigger spans with arguments.
 */
import type { EventArgument, EventRecord, KnowledgeRecord, Span } from '../../types.js';
import { addCounts, emptyCounts, prf, type Counts, type Prf } from './metrics.js';
import { matchSpans, overlaps, spanContext } from './spans.js';
import type { EvalError } from './timex-score.js';
import {
  CORE_CLASSES,
  SCORED_ROLES,
  goldRole as goldRoleOf,
  predictedRole,
  type CoreClass,
  type DossierClassifier,
  type ScoredRole,
} from './event-classes.js';

/**
 * A predicted argument. From `event.arguments` (schema 2.1): the head word the text uses (`spans` is that
 * head alone, `sentence` its sentence, `names` empty), scored like the gold: head token against head token.
 * From entity participants only (older records): every mention of the entity and its names.
 */
export interface PredArgument {
  role: ScoredRole;
  entity: string;
  spans: Span[];
  names: string[];
  /** Sentence of the words (arguments from `event.arguments`); a mention is scored with its own sentence's arguments. */
  sentence?: number;
}

/** A predicted event of a core class with its mentions. */
export interface PredEvent {
  id: string;
  type: string;
  cls: CoreClass;
  mentions: Span[];
  /** The record's status and confidence (shown with false alarms, to see which readings they come from). */
  status?: string;
  confidence?: number;
  /** Sentence of each mention (same order), when the record states it. */
  mentionSentences?: Array<number | undefined>;
  args: PredArgument[];
}

/** Gold mention as the scorer needs it. */
export interface GoldMentionLike extends Span {
  cls: CoreClass | null;
  text?: string;
  args: Array<{ role: string; head: Span; start: number; end: number; text: string }>;
}

/** The mentions of an event: `event.mentions` when the record has them, else its trigger. */
export function eventMentionSpans(e: EventRecord): Span[] {
  const ms = (e as EventRecord & { mentions?: Array<Span> }).mentions;
  if (Array.isArray(ms) && ms.length > 0) return ms.map((m) => ({ start: m.start, end: m.end }));
  return [{ start: e.trigger.start, end: e.trigger.end }];
}

/** True when the record's events carry `mentions` (the grouped shape). */
export function hasMentionList(e: EventRecord): boolean {
  const ms = (e as EventRecord & { mentions?: unknown }).mentions;
  return Array.isArray(ms) && ms.length > 0;
}

/**
 * The core-class events of a record, shifted by `shift` into evaluation-text coordinates. An argument the record
 * marks `inherited` (schema 2.8: taken from the event's cause, such as the place of the attack a death was told
 * inside) is not the mention's own and is left out, unless `withInherited` (the second reading eval/README.md
 * reports).
 */
export function predictedEvents(
  record: KnowledgeRecord,
  shift: number,
  classifier: DossierClassifier,
  withInherited = false,
): PredEvent[] {
  const entities = new Map(record.entities.map((e) => [e.id, e]));
  const out: PredEvent[] = [];
  for (const e of record.events) {
    const cls = classifier.classOf(e.type);
    if (!cls) continue;
    const args: PredArgument[] = [];
    const words = (e as EventRecord & { arguments?: EventArgument[] }).arguments;
    if (Array.isArray(words)) {
      for (const a of words) {
        const role = predictedRole(cls, a.role);
        if (!role || (a.inherited === true && !withInherited)) continue;
        args.push({
          role,
          entity: a.entity ?? a.text,
          spans: [{ start: a.head.start + shift, end: a.head.end + shift }],
          names: [],
          sentence: a.sentence,
        });
      }
      const ms = (e as EventRecord & { mentions?: Array<Span & { sentence?: number }> }).mentions;
      out.push({
        id: e.id,
        type: e.type,
        cls,
        mentions: eventMentionSpans(e).map((m) => ({ start: m.start + shift, end: m.end + shift })),
        mentionSentences: Array.isArray(ms) && ms.length > 0 ? ms.map((m) => m.sentence) : [e.trigger.sentence],
        status: e.status,
        confidence: e.confidence,
        args,
      });
      continue;
    }
    const add = (entityId: string, role: ScoredRole): void => {
      if (args.some((a) => a.entity === entityId && a.role === role)) return;
      const ent = entities.get(entityId);
      args.push({
        role,
        entity: entityId,
        spans: (ent?.mentions ?? []).map((m) => ({ start: m.start + shift, end: m.end + shift })),
        names: ent ? [ent.name, ...ent.aliases] : [],
      });
    };
    for (const p of e.participants ?? []) {
      const role = predictedRole(cls, p.role);
      if (role) add(p.entity, role);
    }
    if (e.place) add(e.place, 'place');
    out.push({
      id: e.id,
      type: e.type,
      cls,
      mentions: eventMentionSpans(e).map((m) => ({ start: m.start + shift, end: m.end + shift })),
      args,
    });
  }
  return out;
}

const lastWord = (s: string): string =>
  (s.trim().split(/\s+/).at(-1) ?? '').replace(/^[\p{P}]+|[\p{P}]+$/gu, '').toLowerCase();

/**
 * Head match: one of the entity's mentions overlaps the gold argument's head token or lies inside the
 * gold extent, or (the gold mention sits where our mention list has no entry) the last word of one of
 * the entity's names equals the gold head word.
 */
export function headMatches(
  arg: PredArgument,
  gold: { head: Span; start: number; end: number },
  text: string,
): boolean {
  // Words from `event.arguments`: their head against the gold head, nothing else.
  if (arg.sentence !== undefined) return arg.spans.some((s) => overlaps(s, gold.head));
  if (arg.spans.some((s) => overlaps(s, gold.head) || (s.start >= gold.start && s.end <= gold.end))) return true;
  const head = text.slice(gold.head.start, gold.head.end).toLowerCase();
  return head.length > 1 && arg.names.some((n) => lastWord(n) === head);
}

/** Accumulated counts of one evaluation. */
export interface EventCounts {
  classes: Record<CoreClass, Counts>;
  /** Any core class on either side, class ignored (trigger identification). */
  identification: Counts;
  roles: Record<ScoredRole, Counts>;
  /**
   * Per class: predicted events, their mentions, events with a mention matching gold of the class, and
   * false alarms that are retellings: unmatched mentions of an event another mention of which matched gold
   * of the class (the gold leaves that mention out, or our grouping of mentions is wrong).
   */
  events: Record<CoreClass, { events: number; mentions: number; eventsMatched: number; retellingFalseAlarms: number }>;
}

export function emptyEventCounts(): EventCounts {
  const per = <T>(f: () => T): Record<CoreClass, T> =>
    Object.fromEntries(CORE_CLASSES.map((c) => [c, f()])) as Record<CoreClass, T>;
  return {
    classes: per(emptyCounts),
    identification: emptyCounts(),
    roles: Object.fromEntries(SCORED_ROLES.map((r) => [r, emptyCounts()])) as Record<ScoredRole, Counts>,
    events: per(() => ({ events: 0, mentions: 0, eventsMatched: 0, retellingFalseAlarms: 0 })),
  };
}

/** Scores one document's core-class mentions and arguments into `c`. */
export function scoreEventDoc(
  docId: string,
  text: string,
  gold: readonly GoldMentionLike[],
  pred: readonly PredEvent[],
  c: EventCounts,
  errors?: EvalError[],
): void {
  const flat = pred.flatMap((e, ei) =>
    e.mentions.map((m, mi) => ({ ...m, ei, cls: e.cls, sentence: e.mentionSentences?.[mi] })),
  );
  const coreGold = gold.filter((g) => g.cls !== null);
  const idPairs = matchSpans(coreGold, flat, false);
  c.identification.tp += idPairs.length;
  c.identification.fp += flat.length - idPairs.length;
  c.identification.fn += coreGold.length - idPairs.length;
  const eventMatched = new Set<number>();
  for (const cls of CORE_CLASSES) {
    const g = coreGold.filter((x) => x.cls === cls);
    const pIdx = flat.map((m, j) => (m.cls === cls ? j : -1)).filter((j) => j >= 0);
    const p = pIdx.map((j) => flat[j]!);
    const pairs = matchSpans(g, p, false);
    const counts = c.classes[cls];
    counts.tp += pairs.length;
    counts.fp += p.length - pairs.length;
    counts.fn += g.length - pairs.length;
    const matchedG = new Set(pairs.map(([gi]) => gi));
    const matchedP = new Map(pairs.map(([gi, pj]) => [pj, gi]));
    const classMatched = new Set(pairs.map(([, pj]) => p[pj]!.ei));
    p.forEach((m, pj) => {
      const gi = matchedP.get(pj);
      const ev = mentionView(pred[m.ei]!, m.sentence);
      if (gi !== undefined) eventMatched.add(m.ei);
      scoreArgs(docId, text, gi === undefined ? null : g[gi]!, ev, c, errors);
      if (gi !== undefined) return;
      const retelling = classMatched.has(m.ei);
      if (retelling) c.events[cls].retellingFalseAlarms++;
      errors?.push({
        doc: docId,
        kind: 'false event',
        text: text.slice(m.start, m.end),
        detail: `${cls} (${ev.type}${ev.status ? `, ${ev.status}` : ''}${ev.confidence !== undefined ? `, ${ev.confidence}` : ''}${retelling ? ', retelling' : ''})`,
        context: spanContext(text, m),
      });
    });
    g.forEach((gm, gi) => {
      if (matchedG.has(gi)) return;
      scoreArgs(docId, text, gm, null, c, errors);
      errors?.push({
        doc: docId,
        kind: 'event miss',
        text: text.slice(gm.start, gm.end),
        detail: cls,
        context: spanContext(text, gm),
      });
    });
  }
  pred.forEach((e, ei) => {
    const ec = c.events[e.cls];
    ec.events++;
    ec.mentions += e.mentions.length;
    if (eventMatched.has(ei)) ec.eventsMatched++;
  });
}

/**
 * The event as one of its mentions states it: gold arguments belong to one mention, so a mention is scored
 * with the arguments of its own sentence (arguments read from other mentions of the merged event are not
 * its arguments). Arguments with no sentence (entity participants of older records) are all kept.
 */
function mentionView(e: PredEvent, sentence: number | undefined): PredEvent {
  if (sentence === undefined) return e;
  return { ...e, args: e.args.filter((a) => a.sentence === undefined || a.sentence === sentence) };
}

/** Arguments of one (gold, predicted) pair; either side may be absent (all its arguments are errors). */
function scoreArgs(
  docId: string,
  text: string,
  g: GoldMentionLike | null,
  e: PredEvent | null,
  c: EventCounts,
  errors?: EvalError[],
): void {
  const cls = (g?.cls ?? e?.cls)!;
  const goldArgs = (g?.args ?? [])
    .map((a) => ({ a, role: goldRoleOf(cls, a.role) }))
    .filter((x): x is { a: GoldMentionLike['args'][number]; role: ScoredRole } => x.role !== null);
  const predArgs = e?.args ?? [];
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  predArgs.forEach((pa, j) => {
    const i = goldArgs.findIndex((ga, k) => !usedGold.has(k) && ga.role === pa.role && headMatches(pa, ga.a, text));
    if (i < 0) return;
    usedGold.add(i);
    usedPred.add(j);
    c.roles[pa.role].tp++;
  });
  predArgs.forEach((pa, j) => {
    if (usedPred.has(j)) return;
    c.roles[pa.role].fp++;
    if (g)
      errors?.push({
        doc: docId,
        kind: 'arg false alarm',
        text: pa.names[0] ?? (pa.sentence !== undefined ? text.slice(pa.spans[0]!.start, pa.spans[0]!.end) : pa.entity),
        detail: `${pa.role} of ${cls} "${text.slice(g.start, g.end)}"; gold ${goldArgs.map((x) => `${x.role}: ${x.a.text}`).join(', ') || 'none'}`,
        context: spanContext(text, g),
      });
  });
  goldArgs.forEach((ga, i) => {
    if (usedGold.has(i)) return;
    c.roles[ga.role].fn++;
    if (e)
      errors?.push({
        doc: docId,
        kind: 'arg miss',
        text: ga.a.text,
        detail: `${ga.role} of ${cls}; ours ${predArgs.map((p) => `${p.role}: ${p.names[0] ?? (p.sentence !== undefined ? text.slice(p.spans[0]!.start, p.spans[0]!.end) : p.entity)}`).join(', ') || 'none'}`,
        context: spanContext(text, ga.a),
      });
  });
}

/** P/R/F1 per class, micro over the core, identification, per role and over all scored roles. */
export interface EventMetrics {
  classes: Record<CoreClass, Prf>;
  micro: Prf;
  identification: Prf;
  roles: Record<ScoredRole, Prf>;
  args: Prf;
  events: EventCounts['events'];
}

export function eventMetrics(c: EventCounts): EventMetrics {
  const micro = emptyCounts();
  for (const cls of CORE_CLASSES) addCounts(micro, c.classes[cls]);
  const args = emptyCounts();
  for (const r of SCORED_ROLES) addCounts(args, c.roles[r]);
  return {
    classes: Object.fromEntries(CORE_CLASSES.map((k) => [k, prf(c.classes[k])])) as Record<CoreClass, Prf>,
    micro: prf(micro),
    identification: prf(c.identification),
    roles: Object.fromEntries(SCORED_ROLES.map((r) => [r, prf(c.roles[r])])) as Record<ScoredRole, Prf>,
    args: prf(args),
    events: c.events,
  };
}
