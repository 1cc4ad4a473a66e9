/**
 * The `dossier` command line: `run` (batch), `extract` (one article to stdout), `validate` (re-check an
 * output folder). Exit codes and every error, failure and warning code are listed in `src/codes.ts`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DossierError, ExitCode } from '../errors.js';
import { CODES, withHint } from '../codes.js';
import { loadConfig, type ConfigOverrides, type PipelineConfig } from '../config.js';
import { createLogger } from '../log.js';
import { PACKAGE_VERSION } from '../version.js';
import { runBatch, type RunManifest, type RunPlan } from '../pipeline/batch.js';
import { parseShard, shardFromEnv } from '../pipeline/shard.js';
import { checkOutputDir } from '../output/check.js';
import { addReportCommand } from './report.js';
import { addSchemaCommand } from './schema.js';
import { addMergeCommand } from './merge.js';
import { addCodesCommand } from './codes.js';
import { progressBar, terminalLogger } from './terminal.js';
import { userDateProblem } from '../ingest/dates.js';

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new InvalidArgumentError('must be a whole number from 0 (one per core) to 256');
  return n;
}

function parsePublicationDate(value: string): string {
  const problem = userDateProblem(value);
  if (problem !== null) throw new InvalidArgumentError(problem);
  return value;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** One-line human summary for the end of a run. */
export function summarize(m: RunManifest & { plan?: RunPlan }, output: string): string {
  const secs = (Date.parse(m.endedAt) - Date.parse(m.startedAt)) / 1000;
  const c = m.counts;
  if (m.plan)
    return `(dry run) dossier: ${c.discovered} articles found: ${m.plan.process.length} to process, ${m.plan.skip.length} unchanged (to skip), ${m.plan.remove.length} to remove (input gone), ${c.duplicates} duplicates, ${c.failed} failed on reading · ${secs.toFixed(1)} s; nothing written`;
  const parts = [
    `${c.discovered} articles found: ${c.processed} processed, ${c.skipped} unchanged (skipped), ${c.duplicates} duplicates, ${c.failed} failed${c.knownFailed > 0 ? ` (+${c.knownFailed} known)` : ''}${c.removed > 0 ? `, ${c.removed} removed (input gone)` : ''}`,
    `${c.entities} entities, ${c.timexes} time expressions, ${c.events} events`,
    `${secs.toFixed(1)} s`,
  ];
  let out = `dossier: ${parts.join(' · ')} → ${path.relative(process.cwd(), output) || '.'}/`;
  const fresh = m.failures.filter((f) => !f.known);
  if (fresh.length > 0)
    out += `\n  failed: ${fresh
      .slice(0, 5)
      .map((f) => `${f.path} (${f.code})`)
      .join(', ')}${fresh.length > 5 ? ` and ${fresh.length - 5} more (see output/failed/)` : ''}`;
  // What to do, once per code (`dossier codes CODE` says more).
  for (const code of new Set(fresh.map((f) => f.code))) out += `\n  ${code}: ${CODES[code].hint}`;
  if (m.counts.knownFailed > 0)
    out += `\n  known failures (same file, content and failure as before; exit code unaffected without --strict): ${m.counts.knownFailed}`;
  if (m.interrupted) out += '\n  interrupted: run again to finish the remaining articles';
  return out;
}

/** What a dry run would do, one path a line under three headings. */
export function formatPlan(plan: RunPlan): string {
  const section = (title: string, paths: string[]) =>
    `${title} (${paths.length}):\n${paths
      .slice()
      .sort()
      .map((p) => `  ${p}\n`)
      .join('')}`;
  return (
    section('would process', plan.process) +
    section('would skip (unchanged)', plan.skip) +
    section('would remove (input gone)', plan.remove)
  );
}

/** The `--json` summary: one JSON object on stdout. */
export function jsonSummary(m: RunManifest & { plan?: RunPlan }, output: string, dryRun: boolean): string {
  return `${JSON.stringify({
    runId: m.runId,
    dryRun,
    output,
    exitCode: m.exitCode,
    interrupted: m.interrupted,
    seconds: (Date.parse(m.endedAt) - Date.parse(m.startedAt)) / 1000,
    ...(m.shard ? { shard: m.shard } : {}),
    counts: m.counts,
    failures: m.failures,
    ...(m.plan ? { plan: m.plan } : {}),
  })}\n`;
}

/** Builds the command tree (exported for tests). */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('dossier')
    .description(
      'Turn folders of English news articles into validated knowledge records: people, groups, places and dated events.',
    )
    .version(PACKAGE_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      "\nExamples:\n  dossier run -i ~/articles -o ~/dossier-out\n  dossier extract article.html\n  dossier validate ~/dossier-out\n\nRun `dossier <command> --help` for a command's options and examples.",
    )
    .exitOverride();

  program
    .command('run')
    .description('Process every article under the input folders and write records, tables and a run manifest.')
    .option('-c, --config <file>', 'config file (default: ./pipeline.config.json when present)')
    .option('-i, --input <dir>', 'input folder, repeatable (overrides "inputs")', collect)
    .option('-o, --output <dir>', 'output folder (overrides "output")')
    .option('-w, --workers <n>', 'worker threads, 0 = one per core (overrides "workers")', parseWorkers)
    .option('-f, --force', 'reprocess articles even when unchanged', false)
    .option('-n, --dry-run', 'list what would be processed, skipped and removed; write nothing', false)
    .option('--json', 'print a machine-readable summary (one JSON object) on stdout', false)
    .addOption(
      new Option('--log-level <level>', 'log level (overrides "log.level")').choices([
        'fatal',
        'error',
        'warn',
        'info',
        'debug',
        'trace',
        'silent',
      ]),
    )
    .option('--strict', 'known failures (same file, content and failure as the run before) also exit 1', false)
    .option('--keep-missing', 'keep the records of inputs that were deleted or renamed', false)
    .option(
      '--shard <i/n>',
      'process only shard i of n (by content); default from JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX',
    )
    .addOption(new Option('--progress <when>', 'progress bar on stderr').choices(['auto', 'always', 'never']))
    .addHelpText(
      'after',
      '\nExamples:\n  dossier run                                   # ./pipeline.config.json, or the defaults\n  dossier run -i ~/articles -o ~/dossier-out    # one folder in, records and tables out\n  dossier run -c nightly.config.json --force    # reprocess everything (after an upgrade)',
    )
    .action(
      async (opts: {
        config?: string;
        input?: string[];
        output?: string;
        workers?: number;
        force: boolean;
        dryRun: boolean;
        json: boolean;
        logLevel?: PipelineConfig['log']['level'];
        strict: boolean;
        keepMissing: boolean;
        shard?: string;
        progress?: 'auto' | 'always' | 'never';
      }) => {
        const overrides: ConfigOverrides = {};
        if (opts.input) overrides.inputs = opts.input;
        if (opts.output !== undefined) overrides.output = opts.output;
        if (opts.workers !== undefined) overrides.workers = opts.workers;
        const config = loadConfig(opts.config, overrides);
        if (opts.logLevel !== undefined) config.log.level = opts.logLevel;
        const shard = opts.shard !== undefined ? parseShard(opts.shard) : shardFromEnv();
        const when = opts.progress ?? config.progress;
        const showProgress = when === 'always' || (when === 'auto' && process.stderr.isTTY === true);
        // With a progress bar on the terminal, info logs would tear it: only warnings and worse go to stderr then.
        const level = showProgress && !config.log.file && config.log.level === 'info' ? 'warn' : config.log.level;
        // A person at a terminal reads sentences (Ctrl-C included); pipes and log files get JSON lines.
        const log =
          process.stderr.isTTY === true && !config.log.file
            ? terminalLogger(level)
            : createLogger({ level, file: config.log.file });
        const bar = showProgress ? progressBar() : null;
        const manifest = await runBatch(config, {
          force: opts.force,
          dryRun: opts.dryRun,
          strict: opts.strict,
          keepMissing: opts.keepMissing,
          shard,
          log,
          ...(bar ? { onProgress: bar.update } : {}),
        });
        bar?.stop();
        if (opts.json) process.stdout.write(jsonSummary(manifest, config.output, opts.dryRun));
        else {
          if (manifest.plan) process.stdout.write(formatPlan(manifest.plan));
          process.stdout.write(`${summarize(manifest, config.output)}\n`);
        }
        process.exitCode = manifest.exitCode;
      },
    );

  program
    .command('extract')
    .description('Process one article (a file, or - for standard input) and print its record as JSON on stdout.')
    .argument('<file>', 'article file, or - to read standard input')
    .option('-c, --config <file>', 'config file for extraction settings')
    .option('--publication-date <date>', 'publication date to impose (YYYY-MM-DD)', parsePublicationDate)
    .addHelpText(
      'after',
      '\nExamples:\n  dossier extract news/2024-06-20-talks.html\n  cat wire.txt | dossier extract - --publication-date 2024-06-20',
    )
    .action(async (file: string, opts: { config?: string; publicationDate?: string }) => {
      const config = loadConfig(opts.config);
      let bytes: Buffer;
      try {
        bytes = file === '-' ? await readStdin() : await readFile(file);
      } catch (e) {
        throw new DossierError(
          'E_FILE_MISSING',
          `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        );
      }
      // Loaded here, not at the top: `run` keeps NLP models out of the main thread (workers load them).
      const { createArticleProcessor } = await import('../pipeline/extract.js');
      const processor = createArticleProcessor({
        fallbackPublicationDate: config.fallbackPublicationDate,
        minEventConfidence: config.minEventConfidence,
        forcedPublicationDate: opts.publicationDate ?? null,
      });
      const rel = file === '-' ? 'stdin' : path.basename(file);
      const result = processor.process({ source: { path: file, relPath: rel, size: bytes.length, mtimeMs: 0 }, bytes });
      if (!result.ok) {
        process.stderr.write(
          `dossier: ${file}: failed in stage ${result.failure.stage}: ${withHint(result.failure.code, result.failure.reason)} [${result.failure.code}]\n`,
        );
        process.exitCode = ExitCode.SOME_FAILED;
        return;
      }
      process.stdout.write(`${JSON.stringify(result.record, null, 2)}\n`);
    });

  program
    .command('validate')
    .description('Re-check every record, table, failure and manifest in an output folder against schemas/.')
    .argument('<dir>', 'output folder written by `dossier run`')
    .addHelpText('after', '\nExample:\n  dossier validate output/')
    .action(async (dir: string) => {
      const report = await checkOutputDir(dir);
      for (const p of report.problems) process.stderr.write(`${p}\n`);
      process.stdout.write(
        `dossier validate: ${report.files} files, ${report.rows} table rows, ${report.problems.length} problems\n`,
      );
      process.exitCode = report.problems.length === 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    });

  addReportCommand(program);
  addSchemaCommand(program);
  addMergeCommand(program);
  addCodesCommand(program);

  program
    .command('eval')
    .description(
      'Score the real pipeline against public benchmarks (CoNLL-2003, TimeML, MEANTIME, WikiEvents); `dossier eval --help` lists the modes.',
    )
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[args...]', 'mode and its arguments')
    .action(async (args: string[]) => {
      // The evaluator pulls in the NLP pipeline; load it only for this command.
      const { evalCommand } = await import('../dev/eval/command.js');
      try {
        await evalCommand().exitOverride().parseAsync(args, { from: 'user' });
      } catch (e) {
        // A data set path that is missing or unreadable is bad input, not a bug: name the path and what to do.
        const err = e as NodeJS.ErrnoException;
        if (READ_ERRORS.has(err.code ?? '')) {
          // Node names the path of most such errors; reading a folder as a file (EISDIR) names none.
          const where =
            typeof err.path === 'string'
              ? err.path
              : args
                  .slice(1)
                  .filter((a) => !a.startsWith('-'))
                  .join(', ');
          throw new DossierError('E_EVAL_DATA', `cannot read ${where} (${err.code})`);
        }
        throw e;
      }
    });

  return program;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** File-system errors that mean a path given on the command line cannot be read. */
const READ_ERRORS: ReadonlySet<string> = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EPERM']);

/** Runs the CLI and maps errors to exit codes. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; any usage error exits with the usage code.
      return e.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    if (e instanceof DossierError) {
      process.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`dossier: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return ExitCode.INTERNAL;
  }
}

// A reader that closes the pipe early (`dossier eval … | head`) is no error: stop quietly, as Unix tools do,
// instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : ExitCode.OK);
});
