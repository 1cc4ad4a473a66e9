#!/usr/bin/env node
/**
 * What a worker thread's start-up costs, piece by piece: `node dist/dev/bench/startup.js [--rounds 5]
 * [--node-arg=--single-threaded]`. Each round starts a fresh process (no module or resource cached), which loads the worker's
 * modules, each resource, wink, the validators, builds the processor and runs the warm-up article, as a
 * worker does; it prints the median wall and CPU milliseconds of each piece (CPU counts every thread of the
 * process, V8's background compilation and GC included; `--node-arg=--single-threaded` keeps those on the one
 * thread). The pieces run in a worker thread of the child, as in `dossier run` (a worker loads some modules on
 * demand that the main thread loads with the module graph, src/ingest/html.ts); `--child pieces` alone runs them
 * in the calling thread.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const SELF = new URL(import.meta.url).pathname;

/** Runs the pieces once in this process; prints one JSON line `{ piece: [wallMs, cpuMs] }`. */
async function child(): Promise<void> {
  const times: Record<string, [number, number]> = {};
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const lap = (name: string): void => {
    const w = performance.now();
    const c = process.cpuUsage(cpu);
    times[name] = [w - wall, (c.user + c.system) / 1000];
    wall = performance.now();
    cpu = process.cpuUsage();
  };
  const extract = await import('../../pipeline/extract.js');
  lap('modules');
  const res = await import('../../resources.js');
  res.recogniser();
  lap('recogniser (NER model, gazetteers, clusters, vocabulary)');
  res.triggerLexicon();
  lap('event taxonomy and lexicon');
  res.geoTable();
  lap('GeoNames table');
  res.aliasTable();
  lap('aliases');
  const wink = await import('../../nlp/wink.js');
  wink.annotate('Warm.');
  lap('wink model and instance');
  const { validators } = await import('../../schema/validators.js');
  void validators().record;
  lap('record schema validator');
  const processor = extract.createArticleProcessor({ fallbackPublicationDate: null, minEventConfidence: 0 } as never);
  lap('processor');
  const WARM_UP =
    'Thursday, June 20, 2024\n\nWarm-up\n\nAngela Merkel met officials of the United Nations in Berlin on Monday and said talks would resume next week.\n';
  processor.process({
    source: { path: 'warm-up.txt', relPath: 'warm-up.txt', size: WARM_UP.length, mtimeMs: 0 },
    bytes: new TextEncoder().encode(WARM_UP),
  });
  lap('warm-up article');
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      child: { type: 'string' },
      'node-arg': { type: 'string', multiple: true, default: [] },
    },
  });
  if (values.child === 'pieces') return child();
  if (values.child === 'worker') {
    new Worker(SELF, { argv: ['--child', 'pieces'] });
    return;
  }
  const runs: Array<Record<string, [number, number]>> = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    const res = spawnSync(process.execPath, [...values['node-arg'], SELF, '--child', 'worker'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    if (res.status !== 0) throw new Error(`startup bench child failed: ${res.stderr}`);
    runs.push(JSON.parse(res.stdout.trim().split('\n').at(-1)!) as Record<string, [number, number]>);
  }
  const names = Object.keys(runs[0]!);
  process.stdout.write(`| piece | wall ms | CPU ms |\n|---|---:|---:|\n`);
  let tw = 0;
  let tc = 0;
  for (const n of names) {
    const w = median(runs.map((r) => r[n]![0]));
    const c = median(runs.map((r) => r[n]![1]));
    tw += w;
    tc += c;
    process.stdout.write(`| ${n} | ${w.toFixed(0)} | ${c.toFixed(0)} |\n`);
  }
  if (names.length > 1) process.stdout.write(`| total (sum of medians) | ${tw.toFixed(0)} | ${tc.toFixed(0)} |\n`);
  process.stdout.write(
    `(median of ${runs.length} fresh processes; load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})\n`,
  );
}

await main();
