#!/usr/bin/env node
/**
 * `node dist/dev/bench/stage-prof.js --stage NAME [--rounds N] [--warm N] [--warm-stride N] [--heap] [--out FILE] CORPUS`: a CPU profile of
 * one article stage at steady state, the state `npm run bench`'s phase (b) measures (it warms the JIT first).
 *
 * Every document goes once through the stages before NAME (untimed). Then NAME runs over all of them
 * `--warm` times (default 1) unprofiled, so that V8 has compiled and optimised the stage, and `--rounds`
 * times (default 3) under the inspector's sampling profiler, each on a fresh shallow copy of every document.
 * Prints the stage's CPU milliseconds per round and writes the profile (default `stage.cpuprofile`), which
 * `dist/dev/bench/profile.js` sums by function; a `--cpu-prof` profile of a whole run would mix in the
 * other stages and the JIT's first pass over every function. `--heap` samples allocations instead (every
 * 4 kB allocated, collected objects kept): a `.heapprofile` of what the stage allocates, by function.
 * `--warm-stride N` warms up on every N-th document only, as bench phase (b) does, so the profiled first round is
 * the pass (b) measures (V8 still meeting rare branches and shapes; run under `--single-threaded` so that its
 * compilations land in the profile as the stage's own time).
 * `--families` also prints the stage's CPU by source file and (for the events stage) by step, in milliseconds
 * per pass (see `families.ts`): `npm run bench:events -- CORPUS` is this for the events stage.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { relative, resolve } from 'node:path';
import pino from 'pino';
import { createArticleProcessor, DEFAULT_SETTINGS } from '../../pipeline/extract.js';
import { loadResources } from '../../resources.js';
import type { ArticleDoc } from '../../types.js';
import { newArticleDoc } from '../../pipeline/article-doc.js';
import { listFiles } from '../eval/files.js';
import { option, cpuMs } from './args.js';
import { byFile, bySteps, EVENT_STEPS, formatRows, type CpuProfileLike } from './families.js';

async function main(): Promise<void> {
  const stageName = option('stage');
  const rounds = Number(option('rounds') ?? 3);
  const warm = Number(option('warm') ?? 1);
  const warmStride = Number(option('warm-stride') ?? 1);
  const heap = process.argv.includes('--heap');
  const families = process.argv.includes('--families');
  const out = resolve(option('out') ?? (heap ? 'stage.heapprofile' : 'stage.cpuprofile'));
  const corpus = process.argv.slice(2).filter((x, i, all) => !x.startsWith('--') && !all[i - 1]?.startsWith('--'))[0];
  if (stageName === undefined || corpus === undefined || !(rounds >= 1) || !(warm >= 0))
    throw new Error(
      'stage-prof: usage: stage-prof.js --stage NAME [--rounds N] [--warm N] [--warm-stride N] [--out FILE] CORPUS',
    );
  const stages = createArticleProcessor(DEFAULT_SETTINGS).stages;
  const at = stages.findIndex((s) => s.name === stageName);
  if (at < 0) throw new Error(`stage-prof: no stage ${stageName}; stages: ${stages.map((s) => s.name).join(', ')}`);
  const ctx = {
    log: pino({ level: 'silent' }),
    settings: { fallbackPublicationDate: null, minEventConfidence: 0.5 },
    resources: loadResources(),
  };
  const docs: ArticleDoc[] = [];
  for (const path of listFiles([corpus], /\.txt$/)) {
    const bytes = new Uint8Array(readFileSync(path));
    const doc = newArticleDoc(
      { path, relPath: relative(corpus, path), size: bytes.length, mtimeMs: statSync(path).mtimeMs },
      bytes,
      '0'.repeat(64),
      `a_${docs.length.toString(16).padStart(16, '0')}`,
    );
    try {
      for (const s of stages.slice(0, at)) s.run(doc, ctx);
      docs.push(doc);
    } catch {
      // A document an earlier stage rejects (not text) is left out.
    }
  }
  const stage = stages[at]!;
  const pass = (stride = 1): number => {
    const copies = docs
      .filter((_, i) => i % stride === 0)
      .map((d) => ({ ...d, warnings: [...d.warnings] }) as ArticleDoc);
    const c0 = cpuMs();
    for (const d of copies) stage.run(d, ctx);
    return cpuMs() - c0;
  };
  for (let r = 0; r < warm; r++)
    process.stderr.write(`stage-prof: warm-up ${r + 1}: ${pass(warmStride).toFixed(0)} ms CPU\n`);
  const session = new Session();
  session.connect();
  const ms: number[] = [];
  if (heap) {
    // Allocation sampling instead: every allocation, collected or not, by the function that made it.
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as never);
    for (let r = 0; r < rounds; r++) ms.push(pass());
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(out, JSON.stringify(profile));
  } else {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let r = 0; r < rounds; r++) ms.push(pass());
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(out, JSON.stringify(profile));
    if (families) {
      // The profile covers the rounds (plus each round's document copies, under "other"): shares of it, as ms per round.
      const passMs = ms.reduce((a, b) => a + b, 0) / ms.length;
      const p = profile as unknown as CpuProfileLike;
      process.stdout.write(
        `${formatRows(`${stageName}: self time by file (of dist/)`, byFile(p, '/dist/'), passMs)}\n`,
      );
      if (stageName === 'events')
        process.stdout.write(`${formatRows('events: inclusive time by step', bySteps(p, EVENT_STEPS), passMs)}\n`);
    }
  }
  process.stdout.write(
    `stage ${stageName}, ${docs.length} documents: CPU ms per profiled round ${ms.map((x) => x.toFixed(0)).join(', ')}; profile in ${out}\n`,
  );
}

await main();
