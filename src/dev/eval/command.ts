/**
 * `dossier eval`: scores the real pipeline against public benchmarks. Each mode prints a table, or the
 * JSON report with `--json`; `--errors N` lists up to N errors of each kind with their context.
 */
import { Command, InvalidArgumentError } from 'commander';
import { evalTimeMl } from './timeml-eval.js';
import { evalConll } from './conll-eval.js';
import { evalMeantime } from './meantime-eval.js';
import { formatReport, type EvalReport } from './report.js';
import type { EvalError } from './timex-score.js';
import { addIngestEvalCommand } from './ingest-eval.js';
import { addEventEvalCommands } from './event-commands.js';
import { addGeoEvalCommands } from './geo-commands.js';
import { addWikiEventsNerCommand } from './wikievents-ner.js';
import { addBusinessNerCommand } from './business-ner.js';

interface EvalOptions {
  json?: boolean;
  errors?: number;
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, got "${v}"`);
  return n;
}

/** Up to `n` errors of each kind, spread evenly over the documents rather than the first `n`. */
export function sampleErrors(errors: readonly EvalError[], n: number): EvalError[] {
  const byKind = new Map<string, EvalError[]>();
  for (const e of errors) (byKind.get(e.kind) ?? byKind.set(e.kind, []).get(e.kind)!).push(e);
  const out: EvalError[] = [];
  for (const list of byKind.values()) {
    const take = Math.min(n, list.length);
    for (let i = 0; i < take; i++) out.push(list[Math.floor((i * list.length) / take)]!);
  }
  return out;
}

function emit(report: EvalReport, opts: EvalOptions): void {
  const errors = opts.errors ? sampleErrors(report.errors, opts.errors) : [];
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ...report, errors }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${formatReport(report)}\n`);
  if (errors.length > 0) {
    const kinds = new Map<string, number>();
    for (const e of report.errors) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    const summary = [...kinds].map(([k, n]) => `${k} ${n}`).join(', ');
    process.stdout.write(`\nerrors (up to ${opts.errors} of each kind; all: ${summary}):\n`);
    for (const e of errors)
      process.stdout.write(`  ${e.kind.padEnd(11)} ${e.doc}  "${e.text}"  (${e.detail})\n      ${e.context}\n`);
  }
}

function withCommonOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print the JSON report instead of the table')
    .option('--errors <n>', 'list up to N misses and false alarms of each kind, with context', nonNegativeInt);
}

/** The `eval` command with its `timeml`, `conll` and `meantime` modes. */
export function evalCommand(): Command {
  const cmd = new Command('eval').description(
    'score the pipeline against public benchmark datasets (development tool; needs the datasets)',
  );
  withCommonOptions(
    cmd
      .command('timeml')
      .description(
        'time expressions on TimeML files (TimeBank, AQUAINT): TempEval-3 strict/relaxed span, type and value F1',
      )
      .argument('<dir...>', 'folders of .tml files'),
  ).action((dirs: string[], opts: EvalOptions) => emit(evalTimeMl(dirs, opts.errors !== undefined), opts));
  withCommonOptions(
    cmd
      .command('conll')
      .description('named entities on a CoNLL-2003 file: exact span + type P/R/F1 for PER, ORG, LOC and micro')
      .argument('<file>', 'a CoNLL-2003 file such as eng.testa'),
  ).action((file: string, opts: EvalOptions) => emit(evalConll(file, opts.errors !== undefined), opts));
  withCommonOptions(
    cmd
      .command('meantime')
      .description(
        'MEANTIME CAT files, sentences 0-5: named mentions, TIMEX3 values, event triggers, participants and dates',
      )
      .argument('<dir...>', 'folders of CAT .xml files (corpus_airbus, corpus_apple)'),
  ).action((dirs: string[], opts: EvalOptions) => emit(evalMeantime(dirs, opts.errors !== undefined), opts));
  addEventEvalCommands(cmd);
  addWikiEventsNerCommand(cmd);
  addBusinessNerCommand(cmd);
  addGeoEvalCommands(cmd);
  addIngestEvalCommand(cmd);
  cmd.addHelpText(
    'after',
    "\nExamples:\n  dossier eval ingest --split both\n  dossier eval conll ../shared/datasets/conll2003/eng.testa\n  dossier eval timeml ../shared/datasets/timebank/AQUAINT\n  dossier eval meantime ../shared/datasets/meantime/corpus_airbus\n\nRun `dossier eval <mode> --help` for a mode's options.",
  );
  return cmd;
}
