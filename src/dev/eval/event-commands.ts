/** The event evaluators' sub-commands of `dossier eval`: `wikievents`, `casualties`, `event-dates`, `participants`. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { GOLD_SPLITS, namedSplits, type GoldSplit } from './gold.js';
import type { EvalError } from './timex-score.js';
import { join, resolve } from 'node:path';
import { evalWikiEvents, formatWikiEvents } from './wikievents-eval.js';
import { evalCasualties, formatCasualties } from './casualty-eval.js';
import { evalEventDates, formatEventDates } from './date-eval.js';
import {
  evalParticipants,
  formatParticipants,
  PARTICIPANTS_SPLITS,
  type ParticipantsSplit,
} from './participants-eval.js';

/** Datasets root for gold items that point into public datasets: `$DOSSIER_DATASETS`, else ../shared/datasets. */
export function datasetsRoot(): string {
  return resolve(process.env['DOSSIER_DATASETS'] ?? join('..', 'shared', 'datasets'));
}

interface Options {
  json?: boolean;
  errors?: number;
  split?: GoldSplit | 'both' | 'all';
}

/**
 * `--split` of our own gold sets: dev (items.jsonl), held-out (held-out.jsonl), fresh (fresh.jsonl, a second
 * held-out part), blind (blind.jsonl, a third, labelled without running the product), fresh2 … fresh10 (fresh2.jsonl … fresh10.jsonl: general news, labelled before running the product; fresh6 every event of each document; fresh7 events outside the violent core; fresh8 every event of business and wire documents; fresh9 every event of wire and broadcast copy; fresh10 written wire copy of conflict, courts, diplomacy, business and disasters), dates1 (dates1.jsonl: event dates chosen for date phenomena), dates2 (dates2.jsonl: every event found in whole documents), both (dev and held-out) or
 * all the folder has except blind (read only by naming it), reported apart.
 */
function withSplit(cmd: Command): Command {
  return cmd.addOption(
    new Option(
      '--split <split>',
      'which part of the gold set: dev (items.jsonl), held-out (held-out.jsonl, never tuned on), fresh (fresh.jsonl, a second held-out part), blind (blind.jsonl, a third, labelled without running the product), fresh2 … fresh10 (fresh2.jsonl … fresh10.jsonl: general news, labelled before running the product; fresh6 every event of each document; fresh7 events outside the violent core; fresh8 every event of business and wire documents; fresh9 every event of wire and broadcast copy; fresh10 written wire copy of conflict, courts, diplomacy, business and disasters), dates1 (dates1.jsonl: event dates chosen for date phenomena), dates2 (dates2.jsonl: every event found in whole documents), both (dev and held-out) or all the folder has except blind (read blind only by naming it), reported apart',
    )
      .choices([...GOLD_SPLITS, 'both', 'all'])
      .default('dev'),
  );
}

/**
 * How many errors of each kind to list: every one unless `--errors` limits it, and none for the blind split,
 * whose errors are never read (its number only, when named: `--split all` leaves it out).
 */
function errorsToList(opts: Options, split: GoldSplit): number {
  return split === 'blind' ? 0 : (opts.errors ?? Number.MAX_SAFE_INTEGER);
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, got "${v}"`);
  return n;
}

/** Up to `n` errors of each kind, spread evenly over the list. */
function sample(errors: readonly EvalError[], n: number): EvalError[] {
  const byKind = new Map<string, EvalError[]>();
  for (const e of errors) (byKind.get(e.kind) ?? byKind.set(e.kind, []).get(e.kind)!).push(e);
  const out: EvalError[] = [];
  for (const list of byKind.values()) {
    const take = Math.min(n, list.length);
    for (let i = 0; i < take; i++) out.push(list[Math.floor((i * list.length) / take)]!);
  }
  return out;
}

/** Prints a report (table or JSON) and up to `--errors N` errors of each kind. */
export function emitReport(
  report: { errors: EvalError[] },
  table: string,
  opts: Options,
  out: (s: string) => void = (s) => process.stdout.write(s),
): void {
  const errors = opts.errors ? sample(report.errors, opts.errors) : [];
  if (opts.json) {
    out(`${JSON.stringify({ ...report, errors }, null, 2)}\n`);
    return;
  }
  out(`${table}\n`);
  if (errors.length === 0) return;
  const kinds = new Map<string, number>();
  for (const e of report.errors) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  out(
    `\nerrors (${(opts.errors ?? 0) >= Number.MAX_SAFE_INTEGER ? 'all' : `up to ${opts.errors}`} of each kind; all: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}):\n`,
  );
  for (const e of errors) out(`  ${e.kind.padEnd(16)} ${e.doc}  "${e.text}"  (${e.detail})\n      ${e.context}\n`);
}

function common(cmd: Command): Command {
  return cmd
    .option('--json', 'print the JSON report instead of the table')
    .option('--errors <n>', 'list up to N errors of each kind, with context', nonNegativeInt);
}

/** Adds the event evaluators to the `eval` command. */
export function addEventEvalCommands(cmd: Command): void {
  common(
    cmd
      .command('wikievents')
      .description(
        'WikiEvents JSON lines: core event mentions (attack, death, injury, arrest, meeting, protest) P/R/F1 per class, attacker/target/victim/place arguments by head match, distinct events',
      )
      .argument('<file>', 'a WikiEvents file such as ../shared/datasets/wikievents/dev.jsonl'),
  ).action((file: string, opts: Options) => {
    const r = evalWikiEvents(file, opts.errors !== undefined);
    emitReport(r, formatWikiEvents(r), opts);
  });
  withSplit(
    common(
      cmd
        .command('casualties')
        .description(
          'our casualty gold (eval/gold/casualties): dead and injured counts of each statement exactly right, then every error (--errors N: up to N of each kind)',
        )
        .argument('[dir]', 'gold folder holding items.jsonl', join('eval', 'gold', 'casualties')),
    ),
  ).action((dir: string, opts: Options) => {
    for (const split of namedSplits(opts.split, dir)) {
      const r = evalCasualties(dir, datasetsRoot(), true, split);
      // The gold sets are small: list every error unless --errors limits the list.
      emitReport(r, formatCasualties(r), { ...opts, errors: errorsToList(opts, split) });
    }
  });
  withSplit(
    common(
      cmd
        .command('event-dates')
        .description(
          'our event-date gold (eval/gold/event-dates): the date of the event at each trigger right, then every error (--errors N: up to N of each kind)',
        )
        .argument('[dir]', 'gold folder holding items.jsonl', join('eval', 'gold', 'event-dates')),
    ),
  ).action((dir: string, opts: Options) => {
    for (const split of namedSplits(opts.split, dir)) {
      const r = evalEventDates(dir, datasetsRoot(), true, split);
      emitReport(r, formatEventDates(r), { ...opts, errors: errorsToList(opts, split) });
    }
  });
  common(
    cmd
      .command('participants')
      .description(
        'our participants gold (eval/gold/participants): events whose participants are fully right, P/R/F1 per role (agent, patient, participant, recipient, place, instrument) and the confusions, then every error (--errors N: up to N of each kind)',
      )
      .argument(
        '[dir]',
        'gold folder holding timebank.jsonl, written.jsonl and participants2.jsonl',
        join('eval', 'gold', 'participants'),
      )
      .addOption(
        new Option(
          '--split <split>',
          'which split: participants (timebank.jsonl and written.jsonl, session 13), participants2 (participants2.jsonl, session 14) or all, reported apart',
        )
          .choices([...PARTICIPANTS_SPLITS])
          .default('all'),
      ),
  ).action((dir: string, opts: Omit<Options, 'split'> & { split?: ParticipantsSplit }) => {
    const r = evalParticipants(dir, datasetsRoot(), opts.split ?? 'all');
    emitReport(r, formatParticipants(r), { json: opts.json, errors: opts.errors ?? Number.MAX_SAFE_INTEGER });
  });
}
