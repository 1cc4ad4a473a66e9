#!/usr/bin/env node
/**
 * The `dossier` command line: `run` (batch), `extract` (one article to stdout), `validate` (re-check an
 * output folder). Exit codes are listed in `src/errors.ts` and the README.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DossierError, ExitCode } from './errors.js';
import { loadConfig, type ConfigOverrides } from './config.js';
import { createLogger } from './log.js';
import { PACKAGE_VERSION } from './version.js';
import { runBatch, type RunManifest } from './pipeline/batch.js';
import { checkOutputDir } from './output/check.js';
import { addReportCommand } from './cli/report.js';
import { addSchemaCommand } from './cli/schema.js';

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new InvalidArgumentError('must be a whole number from 0 (one per core) to 256');
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** One-line human summary for the end of a run. */
export function summarize(m: RunManifest, output: string): string {
  const secs = (Date.parse(m.endedAt) - Date.parse(m.startedAt)) / 1000;
  const c = m.counts;
  const parts = [
    `${c.discovered} articles found: ${c.processed} processed, ${c.skipped} unchanged (skipped), ${c.duplicates} duplicates, ${c.failed} failed`,
    `${c.entities} entities, ${c.timexes} time expressions, ${c.events} events`,
    `${secs.toFixed(1)} s`,
  ];
  let out = `dossier: ${parts.join(' · ')} → ${path.relative(process.cwd(), output) || '.'}/`;
  if (m.failures.length > 0)
    out += `\n  failed: ${m.failures
      .slice(0, 5)
      .map((f) => `${f.path} (${f.code})`)
      .join(', ')}${m.failures.length > 5 ? ` and ${m.failures.length - 5} more (see output/failed/)` : ''}`;
  if (m.interrupted) out += '\n  interrupted: run again to finish the remaining articles';
  return out;
}

function progressBar(enabled: boolean): ((done: number, total: number) => void) | undefined {
  if (!enabled) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    process.stderr.write(`\r\x1b[Kdossier: ${done}/${total} articles`);
  };
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
    .exitOverride();

  program
    .command('run')
    .description('Process every article under the input folders and write records, tables and a run manifest.')
    .option('-c, --config <file>', 'config file (default: ./pipeline.config.json when present)')
    .option('-i, --input <dir>', 'input folder, repeatable (overrides "inputs")', collect)
    .option('-o, --output <dir>', 'output folder (overrides "output")')
    .option('-w, --workers <n>', 'worker threads, 0 = one per core (overrides "workers")', parseWorkers)
    .option('-f, --force', 'reprocess articles even when unchanged', false)
    .option('-n, --dry-run', 'list what would be processed; write nothing', false)
    .addOption(new Option('--progress <when>', 'progress bar on stderr').choices(['auto', 'always', 'never']))
    .action(
      async (opts: {
        config?: string;
        input?: string[];
        output?: string;
        workers?: number;
        force: boolean;
        dryRun: boolean;
        progress?: 'auto' | 'always' | 'never';
      }) => {
        const overrides: ConfigOverrides = {};
        if (opts.input) overrides.inputs = opts.input;
        if (opts.output !== undefined) overrides.output = opts.output;
        if (opts.workers !== undefined) overrides.workers = opts.workers;
        const config = loadConfig(opts.config, overrides);
        const when = opts.progress ?? config.progress;
        const showProgress = when === 'always' || (when === 'auto' && process.stderr.isTTY === true);
        // With a progress bar on the terminal, info logs would tear it: only warnings and worse go to stderr then.
        const level = showProgress && !config.log.file && config.log.level === 'info' ? 'warn' : config.log.level;
        const log = createLogger({ level, file: config.log.file });
        const manifest = await runBatch(config, {
          force: opts.force,
          dryRun: opts.dryRun,
          log,
          onProgress: progressBar(showProgress),
        });
        if (showProgress) process.stderr.write('\r\x1b[K');
        process.stdout.write(`${opts.dryRun ? '(dry run) ' : ''}${summarize(manifest, config.output)}\n`);
        process.exitCode = manifest.exitCode;
      },
    );

  program
    .command('extract')
    .description('Process one article (a file, or - for standard input) and print its record as JSON on stdout.')
    .argument('<file>', 'article file, or - to read standard input')
    .option('-c, --config <file>', 'config file for extraction settings')
    .option('--publication-date <date>', 'publication date to impose (YYYY-MM-DD)')
    .action(async (file: string, opts: { config?: string; publicationDate?: string }) => {
      const config = loadConfig(opts.config);
      if (opts.publicationDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.publicationDate)) {
        throw new DossierError(
          'E_USAGE',
          `--publication-date must be YYYY-MM-DD, got ${JSON.stringify(opts.publicationDate)}`,
        );
      }
      let bytes: Buffer;
      try {
        bytes = file === '-' ? await readStdin() : await readFile(file);
      } catch (e) {
        throw new DossierError(
          'E_INPUT_MISSING',
          `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        );
      }
      // Loaded here, not at the top: `run` keeps NLP models out of the main thread (workers load them).
      const { createArticleProcessor } = await import('./pipeline/extract.js');
      const processor = createArticleProcessor({
        fallbackPublicationDate: config.fallbackPublicationDate,
        minEventConfidence: config.minEventConfidence,
        forcedPublicationDate: opts.publicationDate ?? null,
      });
      const rel = file === '-' ? 'stdin' : path.basename(file);
      const result = processor.process({ source: { path: file, relPath: rel, size: bytes.length, mtimeMs: 0 }, bytes });
      if (!result.ok) {
        process.stderr.write(
          `dossier: ${file}: failed in stage ${result.failure.stage}: ${result.failure.reason} [${result.failure.code}]\n`,
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
      const { evalCommand } = await import('./dev/eval/command.js');
      await evalCommand().exitOverride().parseAsync(args, { from: 'user' });
    });

  return program;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

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

const code = await main(process.argv);
process.exitCode = code;
