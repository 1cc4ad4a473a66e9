/**
 * Bench phase (b), run in its own process: the full dossier pipeline (`createArticleProcessor`) on each
 * file of the corpus in one thread, in batches of BATCH_SIZE articles as `dossier run`'s workers process
 * them (`processBatch`: each stage runs over the batch before the next stage). `pipeline-one.js CORPUS
 * --batch N` sets another batch size (1: one article at a time), for `bench:ab --batch-a/-b`; `--warm-stride N`
 * warms up on every N-th document (default WARMUP_STRIDE).
 * Prints one JSON line: {@link PhaseResult}. With `--serve` it measures the chunks a parent asks for
 * (see `serve.ts`).
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BATCH_SIZE, createArticleProcessor, DEFAULT_SETTINGS } from '../../pipeline/extract.js';
import { listFiles } from '../eval/files.js';
import { WARMUP_STRIDE, type PhaseResult } from './phase.js';
import { serveChunks, timeChunk, type ChunkResult } from './serve.js';

const root = process.argv[2]!;
const batchAt = process.argv.indexOf('--batch');
const batchSize = batchAt >= 0 ? Number(process.argv[batchAt + 1]) : BATCH_SIZE;
if (!Number.isInteger(batchSize) || batchSize < 1)
  throw new Error(`pipeline-one: --batch must be a positive whole number, got ${process.argv[batchAt + 1]}`);
const files = listFiles([root], /\.txt$/);
const inputs = files.map((path) => ({
  path,
  bytes: new Uint8Array(readFileSync(path)),
  mtimeMs: statSync(path).mtimeMs,
}));
const processor = createArticleProcessor(DEFAULT_SETTINGS);
// Untimed warm-up on the same documents as phase (a)'s, so both phases are measured with a warm JIT.
const articleOf = (f: (typeof inputs)[number]) => ({
  source: { path: f.path, relPath: relative(root, f.path), size: f.bytes.length, mtimeMs: f.mtimeMs },
  bytes: f.bytes,
});
// `--warm-stride N` warms on every N-th document instead (1: all of them, so the JIT has met every rare branch).
const strideAt = process.argv.indexOf('--warm-stride');
const warmStride = strideAt >= 0 ? Number(process.argv[strideAt + 1]) : WARMUP_STRIDE;
if (!Number.isInteger(warmStride) || warmStride < 1)
  throw new Error(`pipeline-one: --warm-stride must be a positive whole number, got ${process.argv[strideAt + 1]}`);
for (let i = 0; i < inputs.length; i += warmStride) processor.process(articleOf(inputs[i]!));
/** Runs documents from..to-1 through the pipeline in batches, timed. */
function measure(from: number, to: number): ChunkResult {
  return timeChunk(() => {
    const stageMs: Record<string, number> = {};
    let tokens = 0;
    let bytes = 0;
    let failed = 0;
    for (let at = from; at < to; at += batchSize) {
      const batch = inputs.slice(at, Math.min(to, at + batchSize));
      const results = processor.processBatch(batch.map(articleOf));
      for (const r of results) {
        for (const [k, v] of Object.entries(r.stageMs)) stageMs[k] = (stageMs[k] ?? 0) + v;
        if (r.ok) tokens += r.tokens;
        else failed++;
      }
      for (const f of batch) bytes += f.bytes.length;
    }
    return { docs: to - from, tokens, bytes, failed, stageMs };
  });
}

const finish = (total: ChunkResult): PhaseResult => ({ ...total, maxRssMb: process.resourceUsage().maxRSS / 1024 });
if (process.argv.includes('--serve')) await serveChunks(measure, finish);
else
  process.stdout.write(`${JSON.stringify(finish(measure(0, inputs.length)))}
`);
