#!/usr/bin/env node
/**
 * `npm run bench:ab -- --a DIST_A [--b DIST_B] [--runs N] [--batch-a N] [--batch-b N] CORPUS`: per-stage
 * milliseconds of two builds of the pipeline on the same corpus (or of one build fed in two ways:
 * `--batch-b 16` runs side B's pipeline-one with `--batch 16`), for judging an optimisation on a noisy
 * machine. It runs each
 * build's `dev/bench/pipeline-one.js` over the corpus N times (default 5); in each run both builds stay
 * alive and take the same chunks of documents in turn, A B B A … (see `serve.ts`), so drift in the
 * machine's load falls on both sides alike. Prints the median of every stage for each side with B/A. `--b` defaults to this build's dist/. A is typically a build of the commit before the change:
 * `git clone -q . /tmp/base && cd /tmp/base && git checkout -q HEAD~1 && ln -s "$OLDPWD/node_modules" . && npm run build`.
 * Stage milliseconds are wall time summed over articles; compare medians, never single runs.
 * `--node-a "FLAGS"` / `--node-b "FLAGS"` start a side's process with Node or V8 options (space-separated), so
 * one build can be compared with itself under other flags: `--a dist --node-a --single-threaded --node-b
 * "--single-threaded --max-semi-space-size=32"` (under `--single-threaded` garbage collection runs on the
 * measured thread, so `loop (cpu)` counts it).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhaseResult } from './phase.js';
import { interleave, type Side } from './serve.js';
import { listFiles } from '../eval/files.js';
import { option } from './args.js';

const HERE_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The bench script of a build: `dev/bench/` today, `bench/` in builds from before the tooling moved. */
function pipelineOne(dist: string): string | undefined {
  return [join(dist, 'dev', 'bench', 'pipeline-one.js'), join(dist, 'bench', 'pipeline-one.js')].find((f) =>
    existsSync(f),
  );
}

async function main(): Promise<void> {
  const a = option('a');
  const b = resolve(option('b') ?? HERE_DIST);
  const runs = Number(option('runs') ?? 5);
  const corpus = process.argv
    .slice(2)
    .filter((x, i, all) => !x.startsWith('--') && !all[i - 1]?.startsWith('--'))
    .at(-1);
  if (!a || !corpus || pipelineOne(resolve(a)) === undefined || !Number.isInteger(runs) || runs < 1) {
    throw new Error(
      'bench:ab: usage: npm run bench:ab -- --a DIST_A [--b DIST_B] [--runs N] CORPUS (DIST_A must hold dev/bench/pipeline-one.js or, in builds before the tooling moved to src/dev, bench/pipeline-one.js)',
    );
  }
  const results: Record<'a' | 'b', PhaseResult[]> = { a: [], b: [] };
  const docs = listFiles([corpus], /\.txt$/).length;
  const side = (dist: string, label: string, batch: string | undefined): Side => ({
    label,
    script: pipelineOne(dist) ?? join(dist, 'dev', 'bench', 'pipeline-one.js'),
    args: [corpus, ...(batch === undefined ? [] : ['--batch', batch])],
    nodeArgs: (option(`node-${label.toLowerCase()}`) ?? '').split(' ').filter((x) => x !== ''),
  });
  for (let i = 0; i < runs; i++) {
    const [ra, rb] = await interleave(side(resolve(a), 'A', option('batch-a')), side(b, 'B', option('batch-b')), docs);
    results.a.push(ra);
    results.b.push(rb);
    const show = (r: PhaseResult): string =>
      JSON.stringify(r.stageMs, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v));
    process.stderr.write(`bench:ab: run ${i + 1}/${runs}: A ${show(ra)} B ${show(rb)}\n`);
  }
  const stages = [...new Set([...results.a, ...results.b].flatMap((r) => Object.keys(r.stageMs)))];
  const rows = [
    ...stages.map((s) => [s, (r: PhaseResult) => r.stageMs[s] ?? 0] as const),
    ['loop (wall)', (r: PhaseResult) => r.ms] as const,
    ['loop (cpu)', (r: PhaseResult) => r.cpuMs] as const,
  ];
  const batches = ['a', 'b'].map(
    (side) =>
      (option(`batch-${side}`) === undefined ? '' : `, batches of ${option(`batch-${side}`)}`) +
      (option(`node-${side}`) === undefined ? '' : `, node ${option(`node-${side}`)}`),
  );
  const lines = [
    `median of ${runs} runs per side, ms (A = ${resolve(a)}${batches[0]}, B = ${b}${batches[1]})`,
    '',
    '| stage | A | B | B/A |',
    '|---|---|---|---|',
  ];
  for (const [name, get] of rows) {
    const ma = median(results.a.map(get));
    const mb = median(results.b.map(get));
    lines.push(`| ${name} | ${ma.toFixed(0)} | ${mb.toFixed(0)} | ${(mb / ma).toFixed(3)} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
