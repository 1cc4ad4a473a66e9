/**
 * Worker-thread entry for piscina: one wink instance and one article processor per thread, created at
 * start-up. A task is a batch of articles (one or more), which go through the stages together: each
 * stage runs over the whole batch before the next one starts, so its tables and code stay in the caches
 * (`processBatch`).
 */
import { workerData } from 'piscina';
import { createArticleProcessor, type ArticleInput, type ArticleResult } from './extract.js';
import { createLogger, type LogOptions } from '../log.js';
import type { ExtractionSettings } from './stage.js';

/**
 * One task: articles plus a one-slot clock shared with the main thread (a Float64Array over a
 * SharedArrayBuffer). The worker stamps `Date.now()` into it when it starts the batch, so the time
 * budget counts processing time only, not time spent waiting for a free worker.
 */
export interface WorkerTask {
  articles: ArticleInput[];
  startedAt?: Float64Array;
}

/** What the batch runner hands every worker at start-up. */
export interface WorkerData {
  settings: ExtractionSettings;
  log: LogOptions;
}

const data = workerData as WorkerData;
const processor = createArticleProcessor(data.settings, createLogger(data.log, { thread: 'worker' }));

// Warm-up while the module loads, before any task's clock starts: models and lexicons that load on
// first use would otherwise be charged to the first article of every fresh worker, and after one
// timeout (which replaces the worker) each next article would time out too.
const WARM_UP =
  'Thursday, June 20, 2024\n\nWarm-up\n\nAngela Merkel met officials of the United Nations in Berlin on Monday and said talks would resume next week.\n';
processor.process({
  source: { path: 'warm-up.txt', relPath: 'warm-up.txt', size: WARM_UP.length, mtimeMs: 0 },
  bytes: new TextEncoder().encode(WARM_UP),
});

/**
 * What a worker sends back: the record already serialised (one string crosses the thread boundary far
 * cheaper than a structured clone of the record's object graph, and the main thread need not stringify
 * it), plus the counts the manifest needs.
 */
export type WorkerResult =
  | {
      ok: true;
      articleId: string;
      json: string;
      counts: { entities: number; timexes: number; events: number };
      stageMs: Record<string, number>;
      tokens: number;
    }
  | Extract<ArticleResult, { ok: false }>;

/**
 * Processes a batch of articles stage by stage; results in the order of `task.articles`. (Tests that
 * need a crashing or hanging article swap this module for a wrapper: `tests/fixtures/seams/`.)
 */
export default function processArticles(task: WorkerTask): WorkerResult[] {
  if (task.startedAt) task.startedAt[0] = Date.now();
  return processor.processBatch(task.articles).map(workerResult);
}

function workerResult(result: ArticleResult): WorkerResult {
  if (!result.ok) return result;
  const { record } = result;
  return {
    ok: true,
    articleId: result.articleId,
    json: `${JSON.stringify(record)}\n`,
    stageMs: result.stageMs,
    tokens: result.tokens,
    counts: { entities: record.entities.length, timexes: record.timexes.length, events: record.events.length },
  };
}
