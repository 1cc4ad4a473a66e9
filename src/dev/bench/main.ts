#!/usr/bin/env node
/**
 * `npm run bench`: throughput of the pipeline against wink alone, in one run on the same documents.
 *   (a) wink `readDoc` alone (tokens, POS, entities) with wink's default pipe — the floor;
 *   (a') the same with only the parts of wink's pipe dossier runs (`WINK_PIPE`), for context;
 *   (b) the full pipeline in one process, one thread, in batches of BATCH_SIZE articles as the workers of
 *       `dossier run` process them;
 *   (c) `dossier run --workers <cores> --force` on the corpus folder.
 * Each phase runs in its own process (peak RSS per phase; wink stays one instance per process); (a) and
 * (b) first process every 5th document untimed so that both are measured with a warm JIT. (a) and (b) are
 * measured interleaved: both processes stay alive and take the same chunks of 32 documents in turn
 * (A B B A …, see `serve.ts`), so the machine's drift (±10–20% within a minute on shared vCPUs) falls on
 * both alike. This runs `--rounds` times (default 3) with fresh processes, and the round with the median
 * (b)/(a) ratio is the one reported, with every round's ratio.
 * Then the whole command (`whole.ts`): the wink floor, `--workers 1` and `--workers N` as whole processes,
 * interleaved (`--whole-rounds`, default 3), with the share of wall time of each phase outside the stages;
 * and adding 5 new articles to the full output against adding them to an empty one (`--add-rounds`,
 * default 3). `--no-whole` (or `--whole-rounds 0`) skips both. Every issue-16 ratio is printed with its target.
 * Options: --min-mb N (default 5), --workers N (default: cores), --rounds N (default 3), --datasets DIR
 * (default ../shared/datasets, read only if present: this is a dev tool), --json, --keep (leave the corpus
 * and output in the temp folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCorpus, writeCorpus } from './corpus.js';
import { formatBench, summarise, type BenchReport } from './report.js';
import type { PhaseResult } from './phase.js';
import { interleave } from './serve.js';
import { WINK_PIPE } from '../../nlp/wink.js';
import { addArticles, formatAdd, formatWhole, wholeCommand, wholeRoundCount } from './whole.js';
import { option } from './args.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CLI = resolve(HERE, '..', '..', 'cli.js');

function runPhase(script: string, corpus: string, args: string[] = []): PhaseResult {
  const r = spawnSync(process.execPath, [join(HERE, script), corpus, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`bench: ${script} failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as PhaseResult;
}

/** Phase (c): the real CLI with all workers; peak RSS from GNU time when available. */
function runCli(corpus: string, output: string, workers: number): PhaseResult {
  const args = [CLI, 'run', '--input', corpus, '--output', output, '--workers', String(workers), '--force'];
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const rssFile = join(output, '..', 'rss.txt');
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 28,
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`bench: dossier run exited ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
  const runs = join(output, 'runs');
  const manifestFile = readdirSync(runs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1);
  if (!manifestFile) throw new Error(`bench: dossier run wrote no manifest in ${runs}`);
  const m = JSON.parse(readFileSync(join(runs, manifestFile), 'utf8')) as {
    counts: { processed: number; failed: number; tokens: number; bytes: number };
    stageMs: Record<string, number>;
  };
  // GNU time's last line: peak RSS in KB, user and system CPU seconds (all threads).
  const [rssKb, user, sys] =
    timeBin && existsSync(rssFile)
      ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
      : [NaN, NaN, NaN];
  return {
    cpuMs: (user! + sys!) * 1000,
    maxRssMb: rssKb! / 1024,
    docs: m.counts.processed + m.counts.failed,
    tokens: m.counts.tokens,
    bytes: m.counts.bytes,
    ms,
    failed: m.counts.failed,
    stageMs: m.stageMs,
  };
}

/** The round whose (b)/(a) wall ratio is the median (the lower middle one for an even count). */
function medianRound(rounds: ReadonlyArray<{ a: PhaseResult; b: PhaseResult }>): { a: PhaseResult; b: PhaseResult } {
  const ratio = (r: { a: PhaseResult; b: PhaseResult }): number => r.a.ms / r.b.ms;
  return [...rounds].sort((x, y) => ratio(x) - ratio(y))[(rounds.length - 1) >> 1]!;
}

async function main(): Promise<void> {
  const minMb = Number(option('min-mb') ?? 5);
  const workers = Number(option('workers') ?? os.availableParallelism());
  const roundCount = Number(option('rounds') ?? 3);
  if (!Number.isInteger(roundCount) || roundCount < 1)
    throw new Error(`bench: --rounds must be a positive whole number, got ${option('rounds')}`);
  const datasets = resolve(option('datasets') ?? join('..', 'shared', 'datasets'));
  const tmp = mkdtempSync(join(os.tmpdir(), 'dossier-bench-'));
  const corpusDir = join(tmp, 'corpus');
  try {
    const docs = buildCorpus(resolve('data', 'articles'), datasets, minMb * 1024 * 1024);
    const written = writeCorpus(corpusDir, docs);
    const sources: Record<string, number> = {};
    for (const d of docs) sources[d.source] = (sources[d.source] ?? 0) + 1;
    process.stderr.write(
      `bench: corpus of ${written.files} documents, ${(written.bytes / 1048576).toFixed(1)} MB in ${corpusDir}\n`,
    );
    const rounds: Array<{ a: PhaseResult; b: PhaseResult }> = [];
    for (let r = 0; r < roundCount; r++) {
      process.stderr.write(
        `bench: round ${r + 1}/${roundCount}: (a) wink alone and (b) pipeline, one process each, interleaved…\n`,
      );
      const [a, b] = await interleave(
        { label: '(a) wink alone', script: join(HERE, 'floor.js'), args: [corpusDir] },
        { label: '(b) pipeline', script: join(HERE, 'pipeline-one.js'), args: [corpusDir] },
        written.files,
      );
      rounds.push({ a, b });
    }
    const { a, b } = medianRound(rounds);
    process.stderr.write(`bench: (a') wink alone, pipe ${WINK_PIPE.join(', ')}…\n`);
    const lean = runPhase('floor.js', corpusDir, ['--pipe', WINK_PIPE.join(',')]);
    process.stderr.write(`bench: (c) dossier run --workers ${workers}…\n`);
    const c = runCli(corpusDir, join(tmp, 'out'), workers);
    const report: BenchReport = summarise(
      { a, lean, b, c },
      {
        workers,
        cores: os.availableParallelism(),
        corpusBytes: written.bytes,
        corpusFiles: written.files,
        sources,
        datasetsUsed: existsSync(datasets),
        loadAverage: os.loadavg()[0]!,
      },
      rounds,
    );
    const wholeRounds = wholeRoundCount(option('whole-rounds'), process.argv.includes('--no-whole'));
    const whole =
      wholeRounds === 0
        ? null
        : wholeCommand({
            cli: CLI,
            floorScript: join(HERE, 'floor.js'),
            corpus: corpusDir,
            tmp,
            workers,
            rounds: wholeRounds,
            log: (line) => process.stderr.write(`${line}\n`),
          });
    // Issue 16: adding 5 articles to the full output (the last w1 run's) against adding them to an empty one.
    const add = whole
      ? addArticles({
          cli: CLI,
          corpus: corpusDir,
          fullOutput: join(tmp, 'out-w1'),
          tmp,
          count: 5,
          rounds: Number(option('add-rounds') ?? 3),
          log: (line) => process.stderr.write(`${line}\n`),
        })
      : null;
    process.stdout.write(
      process.argv.includes('--json')
        ? `${JSON.stringify(whole ? { ...report, whole, add } : report, null, 2)}\n`
        : `${formatBench(report)}\n${whole ? `\n${formatWhole(whole, workers)}\n` : ''}${
            add && whole ? `\n${formatAdd(add, 5, whole.median.w1.docs)}\n` : ''
          }`,
    );
  } finally {
    if (process.argv.includes('--keep')) process.stderr.write(`bench: kept ${tmp}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
