/**
 * `dossier eval participants [DIR]`: the participants gold (eval/gold/participants, see its PROVENANCE.md).
 * Runs the real pipeline on the TimeBank/AQUAINT documents of `timebank.jsonl` and on each sentence of
 * `written.jsonl`, finds the event at each gold trigger and compares its arguments in the trigger's sentence
 * with the hand-labelled heads: events fully right (every role right, none missing, none extra), P/R/F1 per
 * role, and the confusions (a gold place output as agent, a victim as agent, …).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetArticles } from '../bench/corpus.js';
import type { EventRecord, KnowledgeRecord } from '../../types.js';
import { readJsonLines } from './gold.js';
import { addCounts, emptyCounts, prf, type Counts, type Prf } from './metrics.js';
import { EvalRunner } from './pipeline-run.js';
import { markdownTable, pct, prfCells, PRF_HEADER } from './table.js';
import type { EvalError } from './timex-score.js';

/** The roles scored; the product's role names fold onto them (PROVENANCE.md). */
export const PARTICIPANT_ROLES = ['agent', 'patient', 'participant', 'recipient', 'place', 'instrument'] as const;
export type GoldRole = (typeof PARTICIPANT_ROLES)[number];

/** Collective events: who is "agent" and who "participant" is arbitrary, so agent folds into participant. */
const COLLECTIVE: ReadonlySet<string> = new Set([
  'meeting',
  'negotiation',
  'agreement',
  'ceasefire',
  'protest',
  'riot',
  'ceremony',
]);

/** A gold event of either part. */
export interface ParticipantItem {
  /** TimeBank part: document id and trigger offset in the rebuilt article text. */
  doc?: string;
  start?: number;
  /** Written part: the id and the sentence itself. */
  id?: string;
  text?: string;
  trigger: string;
  type: string;
  /** False when the output is no event of its type: left out of the participant figures. */
  event: boolean;
  roles: Partial<Record<GoldRole, string[]>>;
  sentence?: string;
  note?: string;
}

/** One argument as the product gives it, folded to a scored role. */
export interface PredictedArg {
  role: GoldRole;
  /** The words that can match a gold head: the head word and the entity's names. */
  words: string[];
  /** Shown in errors. */
  text: string;
}

/** The scored role of a product role for an event of `type` (null: not scored). */
export function foldRole(role: string, type: string): GoldRole | null {
  let r: GoldRole | null;
  if (role === 'agent' || role === 'attacker' || role === 'source') r = 'agent';
  else if (role === 'patient' || role === 'target' || role === 'victim') r = 'patient';
  else if (role === 'participant' || role === 'recipient' || role === 'place' || role === 'instrument') r = role;
  else r = null;
  return r === 'agent' && COLLECTIVE.has(type) ? 'participant' : r;
}

const norm = (w: string): string => w.toLowerCase().replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
const wordsOf = (s: string): string[] => s.split(/\s+/).map(norm).filter(Boolean);

/** A gold argument: its alternatives and whether it is optional. */
interface GoldArg {
  role: GoldRole;
  alternatives: string[];
  optional: boolean;
  label: string;
}

function goldArgs(item: ParticipantItem): GoldArg[] {
  const out: GoldArg[] = [];
  for (const [r, list] of Object.entries(item.roles)) {
    const role = (r === 'agent' && COLLECTIVE.has(item.type) ? 'participant' : r) as GoldRole;
    for (const a of list ?? []) {
      const optional = a.startsWith('?');
      const label = optional ? a.slice(1) : a;
      out.push({ role, optional, label, alternatives: label.split('|').map(norm).filter(Boolean) });
    }
  }
  return out;
}

const matches = (g: GoldArg, p: PredictedArg): boolean => g.alternatives.some((a) => p.words.includes(a));

/** The product's arguments of `e` in sentence `sentence`, folded; an instrument inside the trigger word is left out. */
export function predictedArgs(
  e: EventRecord,
  record: KnowledgeRecord,
  sentence: number,
  trigger: { start: number; end: number },
  type: string,
): PredictedArg[] {
  const entities = new Map(record.entities.map((x) => [x.id, x]));
  const names = (id: string | undefined): string[] => {
    const ent = id ? entities.get(id) : undefined;
    return ent ? [ent.name, ...ent.aliases].flatMap(wordsOf) : [];
  };
  const out: PredictedArg[] = [];
  const inTrigger = (s: { start: number; end: number }): boolean => s.start >= trigger.start && s.end <= trigger.end;
  for (const a of e.arguments ?? []) {
    if (a.sentence !== sentence) continue;
    const role = foldRole(a.role, type);
    if (!role || (role === 'instrument' && inTrigger(a))) continue;
    out.push({ role, words: [...wordsOf(a.head.text), ...names(a.entity)], text: a.text });
  }
  const ins = e.instrument;
  if (ins && ins.sentence === sentence && !inTrigger(ins) && !out.some((p) => p.role === 'instrument'))
    out.push({ role: 'instrument', words: wordsOf(ins.text), text: ins.text });
  if (!e.arguments) {
    // Records without `arguments` (before schema 2.1): the entities of `participants` and `place`.
    for (const p of e.participants) {
      const role = foldRole(p.role, type);
      if (role) out.push({ role, words: names(p.entity), text: entities.get(p.entity)?.name ?? p.entity });
    }
    if (e.place) out.push({ role: 'place', words: names(e.place), text: entities.get(e.place)?.name ?? e.place });
  }
  return out;
}

/** Outcome of one gold event. */
export interface EventOutcome {
  tp: Record<GoldRole, number>;
  fp: Record<GoldRole, number>;
  fn: Record<GoldRole, number>;
  /** "gold place as agent": a gold argument the product gave under another role. */
  confusions: string[];
  errors: string[];
}

const zero = (): Record<GoldRole, number> =>
  Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, 0])) as Record<GoldRole, number>;

/** Scores the product's arguments against one event's gold. */
export function scoreEvent(item: ParticipantItem, pred: readonly PredictedArg[]): EventOutcome {
  const gold = goldArgs(item);
  const o: EventOutcome = { tp: zero(), fp: zero(), fn: zero(), confusions: [], errors: [] };
  const found = new Set<GoldArg>();
  for (const p of pred) {
    const same = gold.filter((g) => g.role === p.role && matches(g, p));
    if (same.length > 0) {
      const g = same.find((x) => !found.has(x) && !x.optional) ?? same[0]!;
      if (!g.optional && !found.has(g)) o.tp[p.role]++;
      found.add(g); // a second argument with the same head (the entity and its words) is no false alarm
      continue;
    }
    o.fp[p.role]++;
    const other = gold.find((g) => g.role !== p.role && matches(g, p));
    if (other) o.confusions.push(`${other.role} as ${p.role}`);
    o.errors.push(`extra ${p.role} "${p.text}"${other ? ` (gold ${other.role})` : ''}`);
  }
  for (const g of gold)
    if (!g.optional && !found.has(g)) {
      o.fn[g.role]++;
      o.errors.push(`missing ${g.role} ${g.label}`);
    }
  return o;
}

/** Figures of one part of the gold. */
export interface ParticipantFigures {
  /** Gold events that are real events of their type (scored). */
  events: number;
  /** Outputs judged no event of their type (left out). */
  notEvents: number;
  /** Scored gold events with no product event at the trigger (counted wrong, their arguments missed). */
  lost: number;
  fullyRight: number;
  roles: Record<GoldRole, Prf>;
  all: Prf;
  confusions: Record<string, number>;
}

export interface ParticipantsReport {
  parts: Array<{ name: string; figures: ParticipantFigures }>;
  errors: EvalError[];
}

/** The event of `record` with a mention (or trigger) starting at `at`, or over the span `[at, end)`. */
function eventAt(
  record: KnowledgeRecord,
  at: number,
  end: number,
): { e: EventRecord; sentence: number; span: { start: number; end: number } } | null {
  for (const exact of [true, false])
    for (const e of record.events) {
      // The trigger first: a mention list may start at another word of the same phrase ("filed a lawsuit").
      for (const m of [e.trigger, ...(e.mentions ?? [])]) {
        const hit = exact ? m.start === at : m.start < end && at < m.end;
        if (hit) return { e, sentence: m.sentence, span: { start: m.start, end: m.end } };
      }
    }
  return null;
}

class Tally {
  readonly c = Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, emptyCounts()])) as Record<GoldRole, Counts>;
  events = 0;
  notEvents = 0;
  lost = 0;
  fullyRight = 0;
  readonly confusions: Record<string, number> = {};

  add(o: EventOutcome): void {
    for (const r of PARTICIPANT_ROLES) addCounts(this.c[r], { tp: o.tp[r], fp: o.fp[r], fn: o.fn[r] });
    for (const x of o.confusions) this.confusions[x] = (this.confusions[x] ?? 0) + 1;
  }

  figures(): ParticipantFigures {
    const all = emptyCounts();
    for (const r of PARTICIPANT_ROLES) addCounts(all, this.c[r]);
    return {
      events: this.events,
      notEvents: this.notEvents,
      lost: this.lost,
      fullyRight: this.fullyRight,
      roles: Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, prf(this.c[r])])) as Record<GoldRole, Prf>,
      all: prf(all),
      confusions: this.confusions,
    };
  }
}

function scoreOne(
  t: Tally,
  errors: EvalError[],
  item: ParticipantItem,
  doc: string,
  found: ReturnType<typeof eventAt>,
  record: KnowledgeRecord | null,
  context: string,
): void {
  if (!item.event) {
    t.notEvents++;
    return;
  }
  t.events++;
  const pred = found && record ? predictedArgs(found.e, record, found.sentence, found.span, item.type) : [];
  const o = scoreEvent(item, pred);
  if (!found) {
    t.lost++;
    o.errors.unshift('no event output at the trigger');
  }
  t.add(o);
  if (found && o.errors.length === 0) {
    t.fullyRight++;
    return;
  }
  errors.push({
    doc,
    kind: found ? 'wrong' : 'lost',
    text: item.trigger,
    detail: `${item.type}: ${o.errors.join('; ')}`,
    context,
  });
}

/** The splits of the participants gold: the first (timebank.jsonl, written.jsonl), participants2, or all. */
export type ParticipantsSplit = 'participants' | 'participants2' | 'all';
export const PARTICIPANTS_SPLITS: readonly ParticipantsSplit[] = ['participants', 'participants2', 'all'];

/** Scores dataset items (`doc`/`start`): the pipeline runs once on each TimeBank/AQUAINT document they name. */
function scoreDatasetItems(
  items: readonly ParticipantItem[],
  runner: EvalRunner,
  datasetsRoot: string,
  errors: EvalError[],
): ParticipantFigures {
  const docs = new Set(items.map((i) => i.doc));
  const records = new Map<string, { record: KnowledgeRecord; shift: number } | null>();
  for (const d of datasetArticles(datasetsRoot))
    if (d.source === 'timebank' && docs.has(d.name)) records.set(d.name, runner.run(d.name, d.text, null));
  const t = new Tally();
  for (const item of items) {
    const aligned = records.get(item.doc!) ?? null;
    const at = item.start! - (aligned?.shift ?? 0);
    const found = aligned ? eventAt(aligned.record, at, at + item.trigger.length) : null;
    scoreOne(t, errors, item, `${item.doc}@${item.start}`, found, aligned?.record ?? null, item.sentence ?? '');
  }
  return t.figures();
}

/** Scores written items (`id`/`text`): each sentence is an article of its own. */
function scoreWrittenItems(
  items: readonly ParticipantItem[],
  runner: EvalRunner,
  errors: EvalError[],
): ParticipantFigures {
  const t = new Tally();
  for (const item of items) {
    const text = item.text!;
    const aligned = runner.run(item.id!, `${text}\n`, '2026-12-01');
    const at = text.indexOf(item.trigger) - (aligned?.shift ?? 0);
    const found = aligned ? eventAt(aligned.record, at, at + item.trigger.length) : null;
    scoreOne(t, errors, item, item.id!, found, aligned?.record ?? null, text);
  }
  return t.figures();
}

const readItems = (file: string): ParticipantItem[] =>
  existsSync(file) ? readJsonLines<ParticipantItem>(readFileSync(file, 'utf8'), file) : [];

/**
 * Scores the parts of the gold in `dir` that `split` names (a part whose file is missing is skipped): the first
 * split's `timebank` and `written` parts, and participants2's dataset and written lines as
 * `participants2.timebank` and `participants2.written`.
 */
export function evalParticipants(
  dir: string,
  datasetsRoot: string,
  split: ParticipantsSplit = 'all',
): ParticipantsReport {
  const runner = new EvalRunner();
  const parts: ParticipantsReport['parts'] = [];
  const errors: EvalError[] = [];
  if (split !== 'participants2') {
    const tb = readItems(join(dir, 'timebank.jsonl'));
    if (tb.length > 0)
      parts.push({ name: 'timebank (held-out news)', figures: scoreDatasetItems(tb, runner, datasetsRoot, errors) });
    const w = readItems(join(dir, 'written.jsonl'));
    if (w.length > 0) parts.push({ name: 'written (VOA/AFP style)', figures: scoreWrittenItems(w, runner, errors) });
  }
  if (split !== 'participants') {
    const all = readItems(join(dir, 'participants2.jsonl'));
    const tb = all.filter((i) => i.doc !== undefined);
    const w = all.filter((i) => i.doc === undefined);
    if (tb.length > 0)
      parts.push({
        name: 'participants2.timebank (documents no gold set had named)',
        figures: scoreDatasetItems(tb, runner, datasetsRoot, errors),
      });
    if (w.length > 0)
      parts.push({ name: 'participants2.written (VOA/AFP/AP style)', figures: scoreWrittenItems(w, runner, errors) });
  }
  return { parts, errors };
}

/** The gated figures: `<part>.fully` and `<part>.f1` for `timebank`, `written`, `participants2.timebank`, `participants2.written`. */
export function participantsFigures(r: ParticipantsReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of r.parts) {
    const key = p.name.split(' ')[0]!;
    out[`${key}.fully`] = p.figures.events === 0 ? 0 : p.figures.fullyRight / p.figures.events;
    out[`${key}.f1`] = p.figures.all.f1;
  }
  return out;
}

export function formatParticipants(r: ParticipantsReport): string {
  return r.parts
    .map(({ name, figures: f }) => {
      const rows = PARTICIPANT_ROLES.map((role) => [role, ...prfCells(f.roles[role])]);
      rows.push(['all roles', ...prfCells(f.all)]);
      const conf = Object.entries(f.confusions).sort((a, b) => b[1] - a[1]);
      return (
        `Participants gold, ${name}: ${f.events} events scored (${f.notEvents} outputs that are no event left out, ` +
        `${f.lost} with no event output at the trigger)\n\n` +
        `events fully right: ${pct(f.events === 0 ? 0 : f.fullyRight / f.events)} (${f.fullyRight}/${f.events})\n\n` +
        markdownTable(['role', ...PRF_HEADER], rows) +
        `\n\nconfusions (gold role as output role): ${conf.map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}\n`
      );
    })
    .join('\n');
}
