/**
 * Worker-thread entry for piscina: one wink instance and one article processor per thread, created at
 * start-up. A task is a batch of articles (one or more), which go through the stages together: each
 * stage runs over the whole batch before the next one starts, so its tables and code stay in the caches
 * (`processBatch`). The worker writes each record itself (atomically, into the output folder the runner
 * holds the lock of) and sends back only the counts: no record crosses the thread boundary, and the main
 * thread does no record I/O.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { workerData } from 'piscina';
import { createArticleProcessor, type ArticleInput, type ArticleResult } from './extract.js';
import { createLogger, type LogOptions } from '../log.js';
import { OutputStore, writeFileAtomicallySync } from '../output/store.js';
import type { ExtractionSettings } from './stage.js';
import type { Failure } from './failure.js';

/**
 * One task: articles plus a one-slot clock shared with the main thread (a Float64Array over a
 * SharedArrayBuffer). The worker stamps `Date.now()` into it when it starts the batch, so the time
 * budget counts processing time only, not time spent waiting for a free worker.
 */
export interface WorkerTask {
  items: ArticleInput[];
  startedAt?: Float64Array;
}

/** What the runner hands every worker at start-up. */
export interface WorkerData {
  settings: ExtractionSettings;
  log: LogOptions;
  /** The output folder records are written to. */
  output: string;
}

/** What a worker sends back for one article. */
export type WorkerResult =
  | {
      kind: 'record';
      articleId: string;
      counts: { entities: number; timexes: number; events: number };
      stageMs: Record<string, number>;
      tokens: number;
    }
  | { kind: 'failed'; articleId: string; failure: Failure; stageMs: Record<string, number> }
  /** The record could not be written (disk full, read-only…): the runner decides whether to stop. */
  | { kind: 'write-error'; articleId: string; code: string; message: string };

/** Milliseconds from this thread's start to the end of its warm-up, charged once to its first result. */
let startupMs: number | null = null;
const data = workerData as WorkerData;
const processor = createArticleProcessor(data.settings, createLogger(data.log, { thread: 'worker' }));
const store = new OutputStore(data.output);

// Warm-up while the module loads, before any task's clock starts: models and lexicons that load on
// first use would otherwise be charged to the first article of every fresh worker, and after one
// timeout (which replaces the worker) each next article would time out too.
const WARM_UP =
  'Thursday, June 20, 2024\n\nWarm-up\n\nAngela Merkel met officials of the United Nations in Berlin on Monday and said talks would resume next week.\n';
processor.process({
  source: { path: 'warm-up.txt', relPath: 'warm-up.txt', size: WARM_UP.length, mtimeMs: 0 },
  bytes: new TextEncoder().encode(WARM_UP),
});
// `performance.now()` counts from this thread's start: module loading, resources, warm-up.
startupMs = performance.now();

/**
 * Processes a batch of articles stage by stage and writes their records; results in the order of
 * `task.items`. (Tests that need a crashing or hanging article swap this module for a wrapper:
 * `tests/fixtures/seams/`.)
 */
export default function processArticles(task: WorkerTask): WorkerResult[] {
  if (task.startedAt) task.startedAt[0] = Date.now();
  const results = processor.processBatch(task.items).map(writeResult);
  // The thread's start-up goes to the run's stage times once (the runner sums `stageMs` over results).
  const first = results.find((r) => r.kind !== 'write-error');
  if (startupMs !== null && first !== undefined && 'stageMs' in first) {
    first.stageMs = { ...first.stageMs, 'worker-start': startupMs };
    startupMs = null;
  }
  return results;
}

function writeResult(result: ArticleResult): WorkerResult {
  if (!result.ok)
    return { kind: 'failed', articleId: result.articleId, failure: result.failure, stageMs: result.stageMs };
  const { record } = result;
  const t0 = performance.now();
  try {
    writeFileAtomicallySync(store.recordPath(result.articleId), `${JSON.stringify(record)}\n`);
    // A record that succeeds clears an earlier failure of the same content.
    rmSync(store.failurePath(result.articleId), { force: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { kind: 'write-error', articleId: result.articleId, code: err.code ?? '', message: err.message };
  }
  return {
    kind: 'record',
    articleId: result.articleId,
    stageMs: { ...result.stageMs, write: performance.now() - t0 },
    tokens: result.tokens,
    counts: { entities: record.entities.length, timexes: record.timexes.length, events: record.events.length },
  };
}
