#!/usr/bin/env node
/**
 * `node dist/dev/bench/passes.js CORPUS [--passes N] [--warm-stride N]`: the in-process pipeline as bench phase
 * (b) runs it (warm-up on every N-th document, then every document in batches), for several passes in ONE
 * process, printing each stage's share of the stage total per pass. Phase (b) measures the first pass after the
 * warm-up; the later passes show the steady state, so the difference is what the JIT's first meeting with rare
 * branches (deoptimisation and recompilation) costs each stage. Compare builds by running them alternately.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BATCH_SIZE, createArticleProcessor, DEFAULT_SETTINGS } from '../../pipeline/extract.js';
import { listFiles } from '../eval/files.js';
import { option } from './args.js';
import { WARMUP_STRIDE } from './phase.js';

const root = process.argv[2];
if (root === undefined || root.startsWith('--'))
  throw new Error('passes: usage: node dist/dev/bench/passes.js CORPUS [--passes N] [--warm-stride N]');
const passes = Number(option('passes') ?? 3);
const stride = Number(option('warm-stride') ?? WARMUP_STRIDE);
const inputs = listFiles([root], /\.txt$/).map((path) => ({
  path,
  bytes: new Uint8Array(readFileSync(path)),
  mtimeMs: statSync(path).mtimeMs,
}));
const articleOf = (f: (typeof inputs)[number]) => ({
  source: { path: f.path, relPath: relative(root, f.path), size: f.bytes.length, mtimeMs: f.mtimeMs },
  bytes: f.bytes,
});
const processor = createArticleProcessor(DEFAULT_SETTINGS);
for (let i = 0; i < inputs.length; i += stride) processor.process(articleOf(inputs[i]!));
// A marker between the warm-up and pass 1, for reading `--trace-opt --trace-deopt` output by pass.
console.log(`warm-up: ${Math.ceil(inputs.length / stride)} documents`);
for (let pass = 1; pass <= passes; pass++) {
  const ms: Record<string, number> = {};
  for (let at = 0; at < inputs.length; at += BATCH_SIZE)
    for (const r of processor.processBatch(inputs.slice(at, at + BATCH_SIZE).map(articleOf)))
      for (const [k, v] of Object.entries(r.stageMs)) ms[k] = (ms[k] ?? 0) + v;
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  const shares = Object.entries(ms).map(([k, v]) => `${k} ${((100 * v) / total).toFixed(1)} %`);
  const ratio = ms['annotate'] ? ` events/annotate ${((ms['events'] ?? 0) / ms['annotate']).toFixed(3)};` : '';
  console.log(`pass ${pass}: ${shares.join(', ')};${ratio} stages ${(total / 1000).toFixed(1)} s`);
}
