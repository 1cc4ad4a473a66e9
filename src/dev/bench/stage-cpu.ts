#!/usr/bin/env node
/**
 * `node dist/dev/bench/stage-cpu.js [--runs N] [--every K] CORPUS DIST_A [DIST_B …]`: CPU milliseconds of every
 * article stage, for judging a hot-path change on a machine shared with other load, where wall times
 * (what `bench:ab` compares) swing with the load average.
 *
 * Each run starts one child process per build, in turn (A B, then B A, …), as
 * `node --single-threaded stage-cpu.js --child DIST CORPUS`: the child loads that build's pipeline, processes
 * every K-th document once untimed (warm-up), then processes every document in batches of BATCH_SIZE stage by
 * stage, as `processBatch` does, and adds up `process.cpuUsage()` around each stage's pass over a batch.
 * `--single-threaded` puts V8's garbage collection and compilation on the main thread, so the process's
 * CPU time is the pipeline's own, garbage collection included, and other processes barely move it.
 * The child also hashes every record (the pipeline fingerprint left out, as `npm run digest` does):
 * two builds that should write the same records must print the same `records` digest.
 * Prints, per build, the median over runs of every stage and of the loop, and B/A against the first build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Extract from '../../pipeline/extract.js';
import { listFiles } from '../eval/files.js';
import { median } from './stages-ab.js';
import { option, cpuMs } from './args.js';

/** What one child prints. */
interface StageCpu {
  dist: string;
  docs: number;
  /** CPU ms per stage, summed over the corpus. */
  stageCpuMs: Record<string, number>;
  /** CPU ms of the whole measured loop (stages plus the loop's own bookkeeping). */
  loopCpuMs: number;
  wallMs: number;
  /** sha256 over every record (fingerprint dropped), in corpus order; failures count as their reason. */
  records: string;
}

/** The child: measures one build on the corpus and prints one JSON line. */
async function child(dist: string, corpus: string, every: number): Promise<void> {
  const extract = (await import(pathToFileURL(join(dist, 'pipeline', 'extract.js')).href)) as typeof Extract;
  const files = listFiles([corpus], /\.txt$/);
  const inputs = files.map((path): Extract.ArticleInput => ({
    source: { path, relPath: relative(corpus, path), size: statSync(path).size, mtimeMs: statSync(path).mtimeMs },
    bytes: new Uint8Array(readFileSync(path)),
  }));
  const processor = extract.createArticleProcessor(extract.DEFAULT_SETTINGS);
  for (let i = 0; i < inputs.length; i += every) processor.process(inputs[i]!);
  // Each stage's `run` is wrapped to add up the CPU time it takes (`processBatch` calls the same objects).
  const stageCpuMs: Record<string, number> = {};
  for (const stage of processor.stages) {
    const run = stage.run.bind(stage);
    const name = stage.name;
    stageCpuMs[name] = 0;
    (stage as { run: typeof stage.run }).run = (doc, context) => {
      const c0 = cpuMs();
      try {
        run(doc, context);
      } finally {
        stageCpuMs[name]! += cpuMs() - c0;
      }
    };
  }
  const hash = createHash('sha256');
  const wall0 = performance.now();
  const loop0 = cpuMs();
  for (let at = 0; at < inputs.length; at += extract.BATCH_SIZE) {
    const results = processor.processBatch(inputs.slice(at, at + extract.BATCH_SIZE));
    for (const r of results) {
      if (r.ok) {
        const record = r.record as unknown as { pipeline?: { fingerprint?: string } };
        const fingerprint = record.pipeline?.fingerprint;
        if (record.pipeline) delete record.pipeline.fingerprint;
        hash.update(JSON.stringify(record));
        if (record.pipeline && fingerprint !== undefined) record.pipeline.fingerprint = fingerprint;
      } else hash.update(`failed ${r.failure.reason}`);
      hash.update('\n');
    }
  }
  const out: StageCpu = {
    dist,
    docs: inputs.length,
    stageCpuMs,
    loopCpuMs: cpuMs() - loop0,
    wallMs: performance.now() - wall0,
    records: hash.digest('hex'),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function main(): void {
  const runs = Number(option('runs') ?? 3);
  const every = Number(option('every') ?? 5);
  const positional = process.argv
    .slice(2)
    .filter((x, i, all) => !x.startsWith('--') && !['--runs', '--every'].includes(all[i - 1] ?? ''));
  const [corpus, ...dists] = positional;
  if (corpus === undefined || dists.length === 0 || !Number.isInteger(runs) || runs < 1) {
    throw new Error(
      'stage-cpu: usage: node dist/dev/bench/stage-cpu.js [--runs N] [--every K] CORPUS DIST_A [DIST_B …]',
    );
  }
  const script = fileURLToPath(import.meta.url);
  const results = new Map<string, StageCpu[]>(dists.map((d) => [resolve(d), []]));
  const order = [...results.keys()];
  for (let run = 0; run < runs; run++) {
    const turn = run % 2 === 0 ? order : [...order].reverse();
    for (const dist of turn) {
      const r = spawnSync(
        process.execPath,
        ['--single-threaded', script, '--child', dist, '--every', String(every), corpus],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      if (r.status !== 0) throw new Error(`stage-cpu: the child for ${dist} failed: ${r.stderr}`);
      const line = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as StageCpu;
      results.get(dist)!.push(line);
      const show = Object.entries(line.stageCpuMs)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ');
      process.stderr.write(
        `stage-cpu: run ${run + 1}/${runs} ${dist}: loop ${line.loopCpuMs.toFixed(0)} CPU ms (${show}); records ${line.records.slice(0, 12)}\n`,
      );
    }
  }
  const first = results.get(order[0]!)!;
  const stages = Object.keys(first[0]!.stageCpuMs);
  const rows: Array<[string, (r: StageCpu) => number]> = [
    ...stages.map((s): [string, (r: StageCpu) => number] => [s, (r) => r.stageCpuMs[s] ?? 0]),
    ['loop (CPU)', (r) => r.loopCpuMs],
  ];
  const lines = [
    `median CPU ms of ${runs} runs per build, ${first[0]!.docs} documents, load average ${readFileSync(
      '/proc/loadavg',
      'utf8',
    )
      .split(' ')
      .slice(0, 3)
      .join(' ')} at the end`,
    '',
    `| stage | ${order.map((_d, i) => String.fromCharCode(65 + i)).join(' | ')} | ${order
      .slice(1)
      .map((_d, i) => `${String.fromCharCode(66 + i)}/A`)
      .join(' | ')} |`,
    `|---|${order.map(() => '---:').join('|')}|${order
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  ];
  for (const [name, get] of rows) {
    const m = order.map((d) => median(results.get(d)!.map(get)));
    lines.push(
      `| ${name} | ${m.map((x) => x.toFixed(0)).join(' | ')} | ${m
        .slice(1)
        .map((x) => (x / m[0]!).toFixed(3))
        .join(' | ')} |`,
    );
  }
  const digests = order.map((d) => [...new Set(results.get(d)!.map((r) => r.records))].join(','));
  lines.push('', ...order.map((d, i) => `${String.fromCharCode(65 + i)} = ${d}: records ${digests[i]}`));
  lines.push(digests.every((x) => x === digests[0]) ? 'records: identical' : 'records: DIFFER');
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv.includes('--child')) {
  const dist = option('child')!;
  const positional = process.argv.slice(2).filter((x, i, all) => !x.startsWith('--') && !all[i - 1]?.startsWith('--'));
  await child(resolve(dist), positional.at(-1)!, Number(option('every') ?? 5));
} else main();
