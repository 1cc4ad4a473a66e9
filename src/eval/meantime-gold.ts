/**
 * Gold annotation of MEANTIME CAT documents as the MEANTIME evaluation scores it: sentences 0–5 only,
 * in the character coordinates of the rebuilt text.
 */
import { markableSpan, type CatDocument, type CatMarkable } from './cat.js';
import type { TypedSpan } from './entity-score.js';
import type { ScoredTimex } from './timex-score.js';
import type { Span } from '../types.js';

/** Last annotated sentence number in MEANTIME. */
export const LAST_ANNOTATED_SENTENCE = 5;

/** TLINK types that put an event inside (or at) a time, read from the event's side. */
const ANCHOR_FROM_EVENT = new Set(['SIMULTANEOUS', 'IS_INCLUDED', 'DURING', 'IDENTITY', 'BEGINS', 'ENDS']);
/** The same relations read from the time's side. */
const ANCHOR_FROM_TIME = new Set(['SIMULTANEOUS', 'INCLUDES', 'DURING', 'IDENTITY', 'BEGUN_BY', 'ENDED_BY']);

/** Gold annotation of one CAT document, in text coordinates, restricted to sentences 0–5. */
export interface MeantimeGold {
  names: TypedSpan[];
  preModifierNames: TypedSpan[];
  timexes: ScoredTimex[];
  events: Array<Span & { id: string }>;
  /** Per gold event mention id: spans of its participants (every mention of each participant instance). */
  participants: Map<string, Span[]>;
  /** Per gold event mention id: the value of its anchoring time. */
  anchors: Map<string, string>;
}

/** Extracts the scored gold annotation of a CAT document. */
export function meantimeGold(doc: CatDocument, tokenSpans: Map<string, Span>): MeantimeGold {
  const sentenceOf = new Map(doc.tokens.map((t) => [t.id, t.sentence]));
  const inScope = (m: CatMarkable): boolean => m.tokens.length > 0 && m.tokens.every((t) => (sentenceOf.get(t) ?? Infinity) <= LAST_ANNOTATED_SENTENCE);
  const instanceOf = new Map<string, string>();
  const mentionsOf = new Map<string, string[]>();
  for (const r of doc.relations) {
    if (r.tag !== 'REFERS_TO') continue;
    for (const s of r.sources) {
      for (const t of r.targets) {
        instanceOf.set(s, t);
        (mentionsOf.get(t) ?? mentionsOf.set(t, []).get(t)!).push(s);
      }
    }
  }
  const gold: MeantimeGold = { names: [], preModifierNames: [], timexes: [], events: [], participants: new Map(), anchors: new Map() };
  const spanOf = (id: string): Span | null => {
    const m = doc.markables.get(id);
    return m ? markableSpan(m, tokenSpans) : null;
  };
  for (const m of doc.markables.values()) {
    if (!inScope(m)) continue;
    const span = markableSpan(m, tokenSpans)!;
    if (m.tag === 'ENTITY_MENTION') {
      const instance = doc.markables.get(instanceOf.get(m.id) ?? '');
      const type = instance?.attrs['ent_type'] ?? 'UNKNOWN';
      const syn = m.attrs['syntactic_type'];
      if (syn === 'NAM') gold.names.push({ ...span, type });
      else if (syn === 'PRE.NAM') gold.preModifierNames.push({ ...span, type });
    } else if (m.tag === 'TIMEX3' && m.attrs['functionInDocument'] !== 'CREATION_TIME') {
      gold.timexes.push({ ...span, type: m.attrs['type'] ?? '', value: m.attrs['value'] || null });
    } else if (m.tag === 'EVENT_MENTION') {
      gold.events.push({ ...span, id: m.id });
    }
  }
  const eventIds = new Set(gold.events.map((e) => e.id));
  const anchorCandidates = new Map<string, Array<{ value: string; dct: boolean }>>();
  for (const r of doc.relations) {
    if (r.tag === 'HAS_PARTICIPANT') {
      for (const s of r.sources) {
        if (!eventIds.has(s)) continue;
        const spans = gold.participants.get(s) ?? gold.participants.set(s, []).get(s)!;
        for (const t of r.targets) {
          const instance = instanceOf.get(t);
          for (const id of instance ? (mentionsOf.get(instance) ?? [t]) : [t]) {
            const sp = spanOf(id);
            if (sp) spans.push(sp);
          }
        }
      }
    } else if (r.tag === 'TLINK') {
      const rel = r.attrs['reltype'] ?? '';
      const pairs: Array<[string, string]> = [];
      for (const s of r.sources) for (const t of r.targets) {
        if (eventIds.has(s) && ANCHOR_FROM_EVENT.has(rel)) pairs.push([s, t]);
        if (eventIds.has(t) && ANCHOR_FROM_TIME.has(rel)) pairs.push([t, s]);
      }
      for (const [event, time] of pairs) {
        const tm = doc.markables.get(time);
        if (tm?.tag !== 'TIMEX3' || !tm.attrs['value']) continue;
        (anchorCandidates.get(event) ?? anchorCandidates.set(event, []).get(event)!).push({ value: tm.attrs['value'], dct: tm.attrs['functionInDocument'] === 'CREATION_TIME' });
      }
    }
  }
  // A link to a time expression in the text is more specific than the default link to the DCT.
  for (const [event, list] of anchorCandidates) gold.anchors.set(event, (list.find((a) => !a.dct) ?? list[0]!).value);
  for (const list of [gold.names, gold.timexes, gold.events]) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return gold;
}

/** True when one date value equals or refines the other (`2010` / `2010-06` / `2010-06-07` / `2010-06-07T10:00`). */
export function compatibleDates(a: string, b: string): boolean {
  const refines = (fine: string, coarse: string): boolean => /^\d/.test(coarse) && fine.startsWith(coarse) && (fine[coarse.length] === '-' || fine[coarse.length] === 'T');
  return a === b || refines(a, b) || refines(b, a);
}

