/**
 * `dossier eval casualties [DIR]`: runs the real pipeline on every casualty statement of our gold set
 * (eval/gold/casualties/items.jsonl) and compares the dead and injured counts the record's events carry
 * (`event.casualties.killed|injured`, the agreed CasualtyCount shape) with the expected ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvalRunner } from './pipeline-run.js';
import { markdownTable, pct } from './table.js';
import type { EvalError } from './timex-score.js';
import type { KnowledgeRecord } from '../../types.js';
import {
  DatasetResolver,
  findOccurrence,
  readJsonLines,
  splitFile,
  type CasualtyItem,
  type GoldCount,
  type GoldSplit,
} from './gold.js';

export const CASUALTY_KINDS = ['killed', 'injured'] as const;
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];

/** A predicted count as read from a record (offsets in the record's text). */
export interface PredictedCount {
  value: number | null;
  min?: number | null;
  max?: number | null;
  precision?: string;
  text?: string;
  start?: number;
  end?: number;
}

/** Every distinct count of one kind on the record's events (one count told by two events counts once). */
export function predictedCounts(record: Pick<KnowledgeRecord, 'events'>, kind: CasualtyKind): PredictedCount[] {
  const seen = new Set<string>();
  const out: PredictedCount[] = [];
  for (const e of record.events) {
    const c = (e as { casualties?: Partial<Record<CasualtyKind, PredictedCount>> }).casualties?.[kind];
    if (!c || typeof c !== 'object') continue;
    const key = `${c.start ?? ''}:${c.end ?? ''}:${c.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/**
 * The events an item's counts are scored on: every event, or with `item.event` (a text telling several events
 * with tolls of their own) only those with a mention (or trigger) over that word. Null when the word is not in
 * the text (a gold error, reported as skipped). `shift` maps record offsets onto `text` (`AlignedRecord.shift`).
 */
export function anchoredEvents(
  item: Pick<CasualtyItem, 'event'>,
  text: string,
  record: Pick<KnowledgeRecord, 'events'>,
  shift = 0,
): Pick<KnowledgeRecord, 'events'> | null {
  if (!item.event) return record;
  const at = findOccurrence(text, item.event.text, item.event.occurrence ?? 1);
  if (at < 0) return null;
  type Span = { start: number; end: number };
  const over = (s: Span | undefined): boolean => !!s && s.start + shift <= at && at < s.end + shift;
  return {
    events: record.events.filter((e) => {
      const ev = e as { trigger?: Span; mentions?: Span[] };
      return over(ev.trigger) || (ev.mentions ?? []).some(over);
    }),
  };
}

/** Outcome of one expected slot (an item's killed or injured). */
export type SlotOutcome =
  | 'right' // one figure, equal to the expected best figure
  | 'wrong value'
  | 'missed' // a figure was expected, none given
  | 'several figures' // the record gives more than one distinct figure for one statement
  | 'invented' // no toll stated, a figure given
  | 'quiet'; // no toll stated, none given

/** Judges one slot. `precisionRight` is meaningful only for `right`. */
export function judgeSlot(
  expected: GoldCount | null,
  predicted: readonly PredictedCount[],
): { outcome: SlotOutcome; precisionRight: boolean } {
  const values = [...new Set(predicted.map((p) => p.value))];
  if (expected === null) return { outcome: values.length === 0 ? 'quiet' : 'invented', precisionRight: false };
  if (expected.value === null) {
    // A toll without a figure ("several"): right when no figure is made up (none, or a vague one).
    const ok = predicted.every((p) => p.value === null || p.precision === 'vague');
    return { outcome: ok ? 'right' : 'wrong value', precisionRight: ok };
  }
  if (values.length === 0) return { outcome: 'missed', precisionRight: false };
  if (values.length > 1) return { outcome: 'several figures', precisionRight: false };
  if (values[0] !== expected.value) return { outcome: 'wrong value', precisionRight: false };
  return { outcome: 'right', precisionRight: predicted[0]!.precision === expected.precision };
}

export interface CasualtyFigures {
  /** Expected counts with a figure (killed and injured slots together). */
  stated: number;
  right: number;
  /** Right figure and right precision (exact / lower-bound / vague). */
  rightWithPrecision: number;
  missed: number;
  wrongValue: number;
  severalFigures: number;
  /** Statements of a toll without a figure ("several hurt"): no figure made up. */
  unquantified: number;
  unquantifiedRight: number;
  /** Slots where the text states no toll, and how many got a figure anyway. */
  unstated: number;
  invented: number;
  byKind: Record<CasualtyKind, { stated: number; right: number }>;
  /** Items whose text exists and were run. */
  items: number;
  /** Share of stated tolls exactly right. */
  share: number;
}

export interface CasualtyReport {
  mode: 'casualties';
  dir: string;
  split: GoldSplit;
  figures: CasualtyFigures;
  skipped: Array<{ id: string; reason: string }>;
  failures: Array<{ doc: string; reason: string }>;
  errors: EvalError[];
}

const fmt = (c: GoldCount | PredictedCount | null | undefined): string =>
  !c ? 'none' : `${c.value ?? 'no figure'}${c.precision ? ` (${c.precision})` : ''}`;

function emptyFigures(): CasualtyFigures {
  return {
    stated: 0,
    right: 0,
    rightWithPrecision: 0,
    missed: 0,
    wrongValue: 0,
    severalFigures: 0,
    unquantified: 0,
    unquantifiedRight: 0,
    unstated: 0,
    invented: 0,
    byKind: { killed: { stated: 0, right: 0 }, injured: { stated: 0, right: 0 } },
    items: 0,
    share: 0,
  };
}

/** Scores items against records; `run` maps an item's text and date to a record (null when the pipeline failed). */
export function scoreCasualties(
  items: ReadonlyArray<{ item: CasualtyItem; text: string; record: Pick<KnowledgeRecord, 'events'> | null }>,
  errors?: EvalError[],
): CasualtyFigures {
  const f = emptyFigures();
  for (const { item, text, record } of items) {
    f.items++;
    for (const kind of CASUALTY_KINDS) {
      const expected = item[kind];
      const predicted = record ? predictedCounts(record, kind) : [];
      const { outcome, precisionRight } = judgeSlot(expected, predicted);
      if (expected === null) {
        f.unstated++;
        if (outcome === 'invented') f.invented++;
      } else if (expected.value === null) {
        f.unquantified++;
        if (outcome === 'right') f.unquantifiedRight++;
      } else {
        f.stated++;
        f.byKind[kind].stated++;
        if (outcome === 'right') {
          f.right++;
          f.byKind[kind].right++;
          if (precisionRight) f.rightWithPrecision++;
        } else if (outcome === 'missed') f.missed++;
        else if (outcome === 'wrong value') f.wrongValue++;
        else if (outcome === 'several figures') f.severalFigures++;
      }
      const listed = outcome !== 'right' && outcome !== 'quiet';
      if (listed || (outcome === 'right' && expected?.value !== null && !precisionRight))
        errors?.push({
          doc: item.id,
          kind: listed ? `${kind} ${outcome}` : `${kind} precision`,
          text: predicted.map((p) => p.text ?? String(p.value)).join(' | ') || '-',
          detail: `expected ${fmt(expected)}; got ${predicted.map(fmt).join(', ') || 'none'}${item.note ? `; ${item.note}` : ''}`,
          context: text.replace(/\s+/g, ' ').slice(0, 200),
        });
    }
  }
  f.share = f.stated === 0 ? 0 : f.right / f.stated;
  return f;
}

/** Runs the pipeline on every item of one split of `dir` (items.jsonl: dev; held-out.jsonl: held out) and scores it. */
export function evalCasualties(
  dir: string,
  datasetsRoot: string,
  keepErrors = false,
  split: GoldSplit = 'dev',
): CasualtyReport {
  const file = join(dir, splitFile(split));
  const items = readJsonLines<CasualtyItem>(readFileSync(file, 'utf8'), file);
  const resolver = new DatasetResolver(datasetsRoot);
  const runner = new EvalRunner();
  const skipped: Array<{ id: string; reason: string }> = [];
  const runs: Array<{ item: CasualtyItem; text: string; record: Pick<KnowledgeRecord, 'events'> | null }> = [];
  for (const item of items) {
    let text = item.text;
    let dct = item.pubDate;
    if (text === undefined && item.ref) {
      const r = resolver.slice(item.ref);
      if ('missing' in r) {
        skipped.push({ id: item.id, reason: r.missing });
        continue;
      }
      text = r.text;
      dct = item.pubDate ?? r.dct;
    }
    if (text === undefined) {
      skipped.push({ id: item.id, reason: 'no text and no reference' });
      continue;
    }
    if (item.event && findOccurrence(text, item.event.text, item.event.occurrence ?? 1) < 0) {
      skipped.push({ id: item.id, reason: `the event word "${item.event.text}" is not in the text` });
      continue;
    }
    const run = runner.run(item.id, text, dct);
    runs.push({ item, text, record: run && anchoredEvents(item, text, run.record, run.shift) });
  }
  const errors: EvalError[] = [];
  const figures = scoreCasualties(runs, keepErrors ? errors : undefined);
  return { mode: 'casualties', dir, split, figures, skipped, failures: runner.failures, errors };
}

/** The table of a report. */
export function formatCasualties(r: CasualtyReport): string {
  const f = r.figures;
  const share = (a: number, b: number): string => (b === 0 ? '-' : pct(a / b));
  const rows = [
    ['stated tolls exactly right', share(f.right, f.stated), `${f.right}/${f.stated}`],
    [
      '  killed',
      share(f.byKind.killed.right, f.byKind.killed.stated),
      `${f.byKind.killed.right}/${f.byKind.killed.stated}`,
    ],
    [
      '  injured',
      share(f.byKind.injured.right, f.byKind.injured.stated),
      `${f.byKind.injured.right}/${f.byKind.injured.stated}`,
    ],
    ['right figure and precision', share(f.rightWithPrecision, f.stated), `${f.rightWithPrecision}/${f.stated}`],
    ['missed (no figure)', share(f.missed, f.stated), `${f.missed}/${f.stated}`],
    ['wrong figure', share(f.wrongValue, f.stated), `${f.wrongValue}/${f.stated}`],
    ['several figures for one toll', share(f.severalFigures, f.stated), `${f.severalFigures}/${f.stated}`],
    [
      'tolls without a figure left vague',
      share(f.unquantifiedRight, f.unquantified),
      `${f.unquantifiedRight}/${f.unquantified}`,
    ],
    ['no toll stated, figure invented', share(f.invented, f.unstated), `${f.invented}/${f.unstated}`],
  ];
  const lines = [
    `Casualty gold ${r.dir}, ${r.split} split: ${f.items} statements run`,
    markdownTable(['casualty counts', '%', 'of'], rows),
  ];
  if (r.skipped.length > 0)
    lines.push(`${r.skipped.length} items skipped (their text lives in ../shared): ${r.skipped[0]!.reason}`);
  if (r.failures.length > 0) lines.push(`${r.failures.length} items failed in the pipeline (scored as missed)`);
  return lines.join('\n\n');
}
