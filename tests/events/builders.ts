/**
 * Small builders for event tests: a real wink annotation of a text, plus entities and time expressions
 * placed by hand, so event tests do not depend on the recogniser's or the date resolver's quality.
 */
import { entityId, timexId } from '../../src/ids.js';
import { annotate } from '../../src/nlp/wink.js';
import { extractEvents, type EventInput } from '../../src/events/index.js';
import { triggerLexicon } from '../../src/resources.js';
import type {
  DatePrecision,
  EntityRecord,
  EntityType,
  EventRecord,
  Mention,
  TimexRecord,
  TimexType,
} from '../../src/types.js';

/** An entity to place: every occurrence of each surface form becomes a mention. */
export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surface forms to find in the text (default: the name). */
  forms?: string[];
}

/** A time expression to place at the first occurrence of `text` (or the `nth`, from 0). */
export interface TimexSpec {
  text: string;
  value: string | null;
  precision: DatePrecision;
  type?: TimexType;
  mod?: string;
  nth?: number;
}

/** Every start offset of `needle` in `text` at word boundaries. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
  }
  return out;
}

/** Builds the event extractor's input for `text`. */
export function eventInput(
  text: string,
  opts: { entities?: EntitySpec[]; timexes?: TimexSpec[]; published?: string | null; minConfidence?: number } = {},
): EventInput {
  const { tokens, sentences, lowerForms } = annotate(text);
  const sentenceAt = (offset: number): number =>
    tokens.find((t) => t.start <= offset && offset < t.end)?.sentence ??
    tokens.find((t) => t.start >= offset)!.sentence;
  const entities: EntityRecord[] = (opts.entities ?? []).map((spec) => {
    const forms = spec.forms ?? [spec.name];
    const mentions: Mention[] = [];
    for (const form of forms) {
      for (const start of occurrences(text, form)) {
        // A longer form already covers this occurrence ("Washington" inside "Washington Post" is left alone by the caller).
        if (mentions.some((m) => m.start <= start && start < m.end)) continue;
        mentions.push({ start, end: start + form.length, text: form, sentence: sentenceAt(start), type: spec.type });
      }
    }
    if (mentions.length === 0) throw new Error(`eventInput: entity "${spec.name}" has no occurrence in the text`);
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: entityId(spec.type, spec.name),
      type: spec.type,
      name: spec.name,
      aliases: forms.filter((f) => f !== spec.name).sort(),
      mentions,
    };
  });
  const timexes: TimexRecord[] = (opts.timexes ?? [])
    .map((spec, i) => {
      const at = occurrences(text, spec.text)[spec.nth ?? 0];
      if (at === undefined) throw new Error(`eventInput: time expression "${spec.text}" is not in the text`);
      const x: TimexRecord = {
        id: timexId(i),
        start: at,
        end: at + spec.text.length,
        text: spec.text,
        type: spec.type ?? 'DATE',
        value: spec.value,
        precision: spec.precision,
        sentence: sentenceAt(at),
        anchor: 'publication-date',
      };
      if (spec.mod) x.mod = spec.mod;
      return x;
    })
    .sort((a, b) => a.start - b.start);
  const published = opts.published === undefined ? '2024-06-20' : opts.published;
  const input: EventInput = {
    articleId: 'a_00000000000000aa',
    text,
    tokens,
    sentences,
    lowerForms,
    entities,
    timexes,
    publication: published
      ? { date: published, source: 'config', confidence: 1 }
      : { date: null, source: 'none', confidence: 0 },
  };
  if (opts.minConfidence !== undefined) input.minConfidence = opts.minConfidence;
  return input;
}

/** Runs the extractor on a built input. */
export function events(
  text: string,
  opts: Parameters<typeof eventInput>[1] = {},
): { events: EventRecord[]; names: Map<string, string> } {
  const input = eventInput(text, opts);
  return {
    events: extractEvents(input, { lexicon: triggerLexicon() }).events,
    names: new Map(input.entities.map((e) => [e.id, e.name])),
  };
}

/**
 * Every event the extractor finds in `text`, below the confidence threshold too (rule tests check what a rule
 * makes, not what the threshold keeps), with the publication date and the entities and time expressions the
 * sentence needs.
 */
export function allEvents(
  text: string,
  published: string,
  opts: { timexes?: TimexSpec[]; entities?: EntitySpec[] } = {},
): EventRecord[] {
  return events(text, { published, timexes: opts.timexes ?? [], entities: opts.entities ?? [], minConfidence: 0 })
    .events;
}

/**
 * Views of every event of `text` (no confidence threshold), with its time expressions and entities, published on
 * `published`: the dating tests' one way of running the extractor.
 */
export function datedViews(
  text: string,
  timexes: TimexSpec[],
  published: string | null = '2025-10-17',
  entities: EntitySpec[] = [],
): EventView[] {
  const { events: evs, names } = events(text, { timexes, entities, published, minConfidence: 0 });
  return view(evs, names);
}

/** The view of the event whose trigger is `trigger`. */
export const viewOn = (views: readonly EventView[], trigger: string): EventView | undefined =>
  views.find((e) => e.trigger === trigger);

/** A compact, comparable view of an event: names instead of ids. */
export interface EventView {
  type: string;
  trigger: string;
  status: string;
  date: string | null;
  dateSource: string;
  place: string | null;
  participants: Record<string, string[]>;
  reportedBy?: string;
  evidence: number;
}

/** Turns events into views with entity names, for readable assertions. */
export function view(evs: readonly EventRecord[], names: ReadonlyMap<string, string>): EventView[] {
  return evs.map((e) => {
    const participants: Record<string, string[]> = {};
    for (const p of e.participants) (participants[p.role] ??= []).push(names.get(p.entity) ?? p.entity);
    for (const list of Object.values(participants)) list.sort();
    const v: EventView = {
      type: e.type,
      trigger: e.trigger.text,
      status: e.status,
      date: e.date.value,
      dateSource: e.date.source,
      place: e.place ? (names.get(e.place) ?? e.place) : null,
      participants,
      evidence: e.evidence.length,
    };
    if (e.reportedBy) v.reportedBy = names.get(e.reportedBy) ?? e.reportedBy;
    return v;
  });
}
