/**
 * `dossier eval event-dates [DIR]`: runs the real pipeline on every item of our event-date gold set
 * (eval/gold/event-dates/items.jsonl), finds the event whose mention covers the item's trigger and compares
 * its `date.value` with the expected value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvalRunner } from './pipeline-run.js';
import { overlaps } from './spans.js';
import { markdownTable, pct } from './table.js';
import type { EvalError } from './timex-score.js';
import type { EventRecord, Span } from '../../types.js';
import { eventMentionSpans } from './event-score.js';
import {
  DatasetResolver,
  findOccurrence,
  readJsonLines,
  shortHash,
  splitFile,
  type DateItem,
  type GoldSplit,
} from './gold.js';

/** A date value as compared: the calendar part only (a time of day such as `T20:00` or `TNI` is dropped). */
export function dateKey(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return v.replace(/T.*$/, '');
}

/** True when one value refines the other (`2010` vs `2010-06-07`, `2010-06` vs `2010-06-07`). */
export function compatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/**
 * The event with a mention overlapping `trigger` (largest overlap first), with `shift` applied to its spans.
 * The event's reported trigger counts as one of its mentions: a support verb shown as the trigger ("signed" of
 * "signed a fisheries agreement", whose mention is the noun) names the same event.
 */
export function eventAt(events: readonly EventRecord[], trigger: Span, shift: number): EventRecord | null {
  let best: EventRecord | null = null;
  let bestLen = 0;
  for (const e of events) {
    for (const m of [...eventMentionSpans(e), e.trigger]) {
      const s = { start: m.start + shift, end: m.end + shift };
      if (!overlaps(s, trigger)) continue;
      const len = Math.min(s.end, trigger.end) - Math.max(s.start, trigger.start);
      if (len > bestLen) {
        best = e;
        bestLen = len;
      }
    }
  }
  return best;
}

export interface DateFigures {
  items: number;
  /** Items whose trigger lies in an event mention. */
  found: number;
  right: number;
  compatible: number;
  share: number;
  shareOfFound: number;
  byDerivation: Record<string, { items: number; right: number }>;
}

export interface DateReport {
  mode: 'event-dates';
  dir: string;
  split: GoldSplit;
  figures: DateFigures;
  skipped: Array<{ id: string; reason: string }>;
  failures: Array<{ doc: string; reason: string }>;
  errors: EvalError[];
}

/** One item judged: the expected value, the event found (if any) and its date. */
export interface DateJudgement {
  item: DateItem;
  text: string;
  trigger: Span;
  event: EventRecord | null;
}

export function scoreDates(judged: readonly DateJudgement[], errors?: EvalError[]): DateFigures {
  const f: DateFigures = { items: 0, found: 0, right: 0, compatible: 0, share: 0, shareOfFound: 0, byDerivation: {} };
  for (const { item, text, trigger, event } of judged) {
    f.items++;
    const d = (f.byDerivation[item.derivation] ??= { items: 0, right: 0 });
    d.items++;
    const got = event ? dateKey(event.date?.value) : null;
    const want = dateKey(item.expected);
    if (event) f.found++;
    const right = event !== null && got === want;
    if (right) {
      f.right++;
      d.right++;
    }
    if (event && compatible(got, want)) f.compatible++;
    if (!right)
      errors?.push({
        doc: item.id,
        kind: event ? 'wrong date' : 'no event',
        text: text.slice(trigger.start, trigger.end),
        detail: `expected ${item.expected ?? 'no date'} (${item.derivation}); got ${
          event
            ? `${event.date?.value ?? 'no date'} from ${event.date?.source ?? '?'} (${event.type})`
            : 'no event here'
        }`,
        context:
          `${text.slice(Math.max(0, trigger.start - 80), trigger.start)}[${text.slice(trigger.start, trigger.end)}]${text.slice(trigger.end, trigger.end + 80)}`.replace(
            /\s+/g,
            ' ',
          ),
      });
  }
  f.share = f.items === 0 ? 0 : f.right / f.items;
  f.shareOfFound = f.found === 0 ? 0 : f.right / f.found;
  return f;
}

/**
 * Runs the pipeline on every item of one split of `dir` (items.jsonl: dev; held-out.jsonl: held out), a document
 * once per publication date, and scores it.
 */
export function evalEventDates(
  dir: string,
  datasetsRoot: string,
  keepErrors = false,
  split: GoldSplit = 'dev',
): DateReport {
  const file = join(dir, splitFile(split));
  const items = readJsonLines<DateItem>(readFileSync(file, 'utf8'), file);
  const resolver = new DatasetResolver(datasetsRoot);
  const runner = new EvalRunner();
  const skipped: Array<{ id: string; reason: string }> = [];
  const judged: DateJudgement[] = [];
  const runs = new Map<string, ReturnType<EvalRunner['run']>>();
  for (const item of items) {
    let text = item.text;
    let dct = item.pubDate;
    if (text === undefined && item.ref) {
      const r = resolver.document(item.ref);
      if ('missing' in r) {
        skipped.push({ id: item.id, reason: r.missing });
        continue;
      }
      if (item.ref.length !== undefined && r.text.length !== item.ref.length) {
        skipped.push({ id: item.id, reason: `${item.ref.doc}: the text differs from the one labelled (length)` });
        continue;
      }
      text = r.text;
      dct = item.pubDate ?? r.dct;
    }
    if (text === undefined) {
      skipped.push({ id: item.id, reason: 'no text and no reference' });
      continue;
    }
    let trigger: Span;
    const t = item.trigger;
    if (t.start !== undefined && t.end !== undefined) {
      trigger = { start: t.start, end: t.end };
      if (t.sha256 && shortHash(text.slice(t.start, t.end)) !== t.sha256) {
        skipped.push({ id: item.id, reason: 'the trigger offsets do not point at the labelled word (hash mismatch)' });
        continue;
      }
    } else {
      const at = t.text ? findOccurrence(text, t.text, t.occurrence ?? 1) : -1;
      if (at < 0) {
        skipped.push({ id: item.id, reason: `trigger "${t.text}" not found in the text` });
        continue;
      }
      trigger = { start: at, end: at + t.text!.length };
    }
    const key = `${dct ?? ''}\u0000${text}`;
    if (!runs.has(key)) runs.set(key, runner.run(item.id, text, dct));
    const aligned = runs.get(key)!;
    judged.push({
      item,
      text,
      trigger,
      event: aligned ? eventAt(aligned.record.events, trigger, aligned.shift) : null,
    });
  }
  const errors: EvalError[] = [];
  const figures = scoreDates(judged, keepErrors ? errors : undefined);
  return { mode: 'event-dates', dir, split, figures, skipped, failures: runner.failures, errors };
}

export function formatEventDates(r: DateReport): string {
  const f = r.figures;
  const share = (a: number, b: number): string => (b === 0 ? '-' : pct(a / b));
  const rows = [
    ['event dates right', share(f.right, f.items), `${f.right}/${f.items}`],
    ['event found at the trigger', share(f.found, f.items), `${f.found}/${f.items}`],
    ['date right among found', share(f.right, f.found), `${f.right}/${f.found}`],
    ['date compatible (one refines the other)', share(f.compatible, f.items), `${f.compatible}/${f.items}`],
    ...Object.entries(f.byDerivation)
      .sort((a, b) => b[1].items - a[1].items)
      .map(([k, v]) => [`  derivation: ${k}`, share(v.right, v.items), `${v.right}/${v.items}`]),
  ];
  const lines = [
    `Event-date gold ${r.dir}, ${r.split} split: ${f.items} events`,
    markdownTable(['event dates', '%', 'of'], rows),
  ];
  if (r.skipped.length > 0)
    lines.push(`${r.skipped.length} items skipped (their text lives in ../shared): ${r.skipped[0]!.reason}`);
  if (r.failures.length > 0) lines.push(`${r.failures.length} documents failed in the pipeline (scored as no event)`);
  return lines.join('\n\n');
}
