#!/usr/bin/env node
/**
 * `npm run bench:ab -- --a DIST_A [--b DIST_B] [--runs N] [--batch-a N] [--batch-b N] CORPUS`: per-stage
 * milliseconds of two builds of the pipeline on the same corpus (or of one build fed in two ways:
 * `--batch-b 16` runs side B's pipeline-one with `--batch 16`), for judging an optimisation on a noisy
 * machine. It runs each
 * build's `bench/pipeline-one.js` N times (default 5), interleaved A B B A A B …, so drift in the
 * machine's load falls on both sides alike, and prints the median of every stage for each side with
 * B/A. `--b` defaults to this build's dist/. A is typically a build of the commit before the change:
 * `git clone -q . /tmp/base && cd /tmp/base && git checkout -q HEAD~1 && ln -s "$OLDPWD/node_modules" . && npm run build`.
 * Stage milliseconds are wall time summed over articles; compare medians, never single runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhaseResult } from './phase.js';

const HERE_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Side of run `i` in the order A B B A A B B A …: each pair of runs holds one of each side. */
export function sideOfRun(i: number): 'a' | 'b' {
  return ((i + 1) >> 1) % 2 === 0 ? 'a' : 'b';
}

function runOnce(dist: string, corpus: string, batch: string | undefined): PhaseResult {
  const script = join(dist, 'bench', 'pipeline-one.js');
  const r = spawnSync(process.execPath, [script, corpus, ...(batch === undefined ? [] : ['--batch', batch])], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench:ab: ${script} failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as PhaseResult;
}

function main(): void {
  const a = option('a');
  const b = resolve(option('b') ?? HERE_DIST);
  const runs = Number(option('runs') ?? 5);
  const corpus = process.argv.slice(2).filter((x, i, all) => !x.startsWith('--') && !all[i - 1]?.startsWith('--')).at(-1);
  if (!a || !corpus || !existsSync(join(resolve(a), 'bench', 'pipeline-one.js')) || !Number.isInteger(runs) || runs < 1) {
    throw new Error('bench:ab: usage: npm run bench:ab -- --a DIST_A [--b DIST_B] [--runs N] CORPUS (DIST_A must hold bench/pipeline-one.js)');
  }
  const results: Record<'a' | 'b', PhaseResult[]> = { a: [], b: [] };
  for (let i = 0; i < 2 * runs; i++) {
    const side = sideOfRun(i);
    const r = runOnce(side === 'a' ? resolve(a) : b, corpus, option(side === 'a' ? 'batch-a' : 'batch-b'));
    results[side].push(r);
    process.stderr.write(`bench:ab: run ${i + 1}/${2 * runs} (${side}) ${JSON.stringify(r.stageMs, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}\n`);
  }
  const stages = [...new Set([...results.a, ...results.b].flatMap((r) => Object.keys(r.stageMs)))];
  const rows = [...stages.map((s) => [s, (r: PhaseResult) => r.stageMs[s] ?? 0] as const), ['loop (wall)', (r: PhaseResult) => r.ms] as const, ['loop (cpu)', (r: PhaseResult) => r.cpuMs] as const];
  const batches = ['a', 'b'].map((side) => (option(`batch-${side}`) === undefined ? '' : `, batches of ${option(`batch-${side}`)}`));
  const lines = [`median of ${runs} runs per side, ms (A = ${resolve(a)}${batches[0]}, B = ${b}${batches[1]})`, '', '| stage | A | B | B/A |', '|---|---|---|---|'];
  for (const [name, get] of rows) {
    const ma = median(results.a.map(get));
    const mb = median(results.b.map(get));
    lines.push(`| ${name} | ${ma.toFixed(0)} | ${mb.toFixed(0)} | ${(mb / ma).toFixed(3)} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
