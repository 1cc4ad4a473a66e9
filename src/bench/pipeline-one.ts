/**
 * Bench phase (b), run in its own process: the full dossier pipeline (`createArticleProcessor`) on each
 * file of the corpus, one article after another in one thread. Prints one JSON line: {@link PhaseResult}.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createArticleProcessor, DEFAULT_SETTINGS } from '../pipeline/extract.js';
import { listFiles } from '../eval/files.js';
import { WARMUP_STRIDE, type PhaseResult } from './phase.js';

const root = process.argv[2]!;
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
for (const f of inputs) {
  const r = processor.process({ source: { path: f.path, relPath: relative(root, f.path), size: f.bytes.length, mtimeMs: f.mtimeMs }, bytes: f.bytes });
  for (const [k, v] of Object.entries(r.stageMs)) stageMs[k] = (stageMs[k] ?? 0) + v;
  if (r.ok) tokens += r.tokens;
  else failed++;
  bytes += f.bytes.length;
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const result: PhaseResult = { cpuMs: (cpu.user + cpu.system) / 1000, docs: inputs.length, tokens, bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, failed, stageMs };
process.stdout.write(`${JSON.stringify(result)}\n`);
