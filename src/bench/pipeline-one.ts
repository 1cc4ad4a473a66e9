/**
 * Bench phase (b), run in its own process: the full dossier pipeline (`createArticleProcessor`) on each
 * file of the corpus in one thread, in batches of BATCH_SIZE articles as `dossier run`'s workers process
 * them (`processBatch`: each stage runs over the batch before the next stage). `pipeline-one.js CORPUS
 * --batch N` sets another batch size (1: one article at a time), for `bench:ab --batch-a/-b`.
 * Prints one JSON line: {@link PhaseResult}.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BATCH_SIZE, createArticleProcessor, DEFAULT_SETTINGS } from '../pipeline/extract.js';
import { listFiles } from '../eval/files.js';
import { WARMUP_STRIDE, type PhaseResult } from './phase.js';

const root = process.argv[2]!;
const batchAt = process.argv.indexOf('--batch');
const batchSize = batchAt >= 0 ? Number(process.argv[batchAt + 1]) : BATCH_SIZE;
if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`pipeline-one: --batch must be a positive whole number, got ${process.argv[batchAt + 1]}`);
const files = listFiles([root], /\.txt$/);
const inputs = files.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)), mtimeMs: statSync(path).mtimeMs }));
const processor = createArticleProcessor(DEFAULT_SETTINGS);
// Untimed warm-up on the same documents as phase (a)'s, so both phases are measured with a warm JIT.
for (let i = 0; i < inputs.length; i += WARMUP_STRIDE) {
  const f = inputs[i]!;
  processor.process({ source: { path: f.path, relPath: relative(root, f.path), size: f.bytes.length, mtimeMs: f.mtimeMs }, bytes: f.bytes });
}
const stageMs: Record<string, number> = {};
let tokens = 0;
let bytes = 0;
let failed = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let at = 0; at < inputs.length; at += batchSize) {
  const batch = inputs.slice(at, at + batchSize);
  const articles = batch.map((f) => ({ source: { path: f.path, relPath: relative(root, f.path), size: f.bytes.length, mtimeMs: f.mtimeMs }, bytes: f.bytes }));
  const results = processor.processBatch(articles);
  for (const r of results) {
    for (const [k, v] of Object.entries(r.stageMs)) stageMs[k] = (stageMs[k] ?? 0) + v;
    if (r.ok) tokens += r.tokens;
    else failed++;
  }
  for (const f of batch) bytes += f.bytes.length;
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const result: PhaseResult = { cpuMs: (cpu.user + cpu.system) / 1000, docs: inputs.length, tokens, bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, failed, stageMs };
process.stdout.write(`${JSON.stringify(result)}\n`);
