/**
 * Worker-thread entry for piscina: one wink instance and one article processor per thread, created at
 * start-up. A task is a batch of articles (one or more), which go through the stages together: each
 * stage runs over the whole batch before the next one starts, so its tables and code stay in the caches
 * (`processBatch`). The worker serialises each record and sends back its JSON text (one string per
 * article: a copy, no object graph to clone) with the counts; the runner writes it atomically through
 * the thread pool of the file system, so the file system's calls (create, write, rename: 15% of a
 * one-worker run's wall time when the worker made them itself) never hold up the stages.
 */
import { performance } from 'node:perf_hooks';
import { workerData } from 'piscina';
import { createArticleProcessor, type ArticleInput, type ArticleProcessor, type ArticleResult } from './extract.js';
import { PACKAGE_VERSION } from '../version.js';
import type { PipelineInfo } from '../types.js';
import { createLogger, type LogOptions } from '../log.js';
import type { ExtractionSettings } from './stage.js';
import type { Failure } from './failure.js';
import { recordVotes, type EntityVote } from '../entities/type-vote.js';
import { afterEarlierResults, finishTask, startTask, type TaskClaim } from './task-claim.js';
import { loadMarkupReader, markupReaderLoaded } from '../ingest/html.js';
import { mayReadMarkup } from '../stages/ingest.js';

/**
 * One task: articles plus slots shared with the main thread (`task-claim.ts`). The worker takes the task
 * and stamps `Date.now()` into them when it starts the batch, so the time budget counts processing time
 * only, not time spent waiting (the worker may hold this task behind another); a task the main thread
 * withdrew first is not run.
 */
export interface WorkerTask extends Partial<TaskClaim> {
  items: ArticleInput[];
  /** What the records name as their pipeline, computed once by the runner (the worker computes it when absent). */
  pipeline?: PipelineInfo;
}

/** What the runner hands every worker at start-up. */
export interface WorkerData {
  settings: ExtractionSettings;
  log: LogOptions;
  /**
   * Articles after which the thread retires: it ends itself at the next task it receives (before starting
   * it; the runner sends that task again) and piscina starts a fresh thread in its place. Absent: never.
   */
  retireAfter?: number;
}

/** What a worker sends back for one article. */
export type WorkerResult =
  | {
      kind: 'record';
      articleId: string;
      /** The record as the file holds it: JSON and a final newline. */
      json: string;
      counts: { entities: number; timexes: number; events: number };
      stageMs: Record<string, number>;
      tokens: number;
      /** The record's local type votes, for the corpus type pass (src/pipeline/type-pass.ts). */
      votes?: EntityVote[];
    }
  | { kind: 'failed'; articleId: string; failure: Failure; stageMs: Record<string, number> };

/** Milliseconds from this thread's start to the end of its warm-up, charged once to its first result. */
let startupMs: number | null = null;
const data = workerData as WorkerData;
const log = createLogger(data.log, { thread: 'worker' });
/**
 * The warm-up's processor names a placeholder pipeline: the real one (a hash of the code and data) comes
 * with the first task, so the thread loads its models while the runner still computes it. Building the
 * processor again is cheap: the resources are loaded once per thread.
 */
const WARM_UP_PIPELINE: PipelineInfo = {
  version: PACKAGE_VERSION,
  fingerprint: '0000000000000000',
  nerModel: 'warm-up',
};
let processor: ArticleProcessor = createArticleProcessor(data.settings, log, WARM_UP_PIPELINE);
let pipelineKnown = false;

/**
 * Worker recycling. Over a long run a thread keeps memory that a fresh one does not hold: V8 pages that
 * stay part-filled, code compiled for what it met, wink's growing lexicon, and malloc memory its isolate
 * took. Ending the thread after {@link WorkerData.retireAfter} articles gives all of it back at once (the
 * isolate is disposed), for one start-up of a fresh thread (models and warm-up, about 0.5 CPU s). Output is
 * unchanged: a record depends on its article and the run's settings only, not on what the thread read before
 * (the same holds when a crash or a timeout replaces a thread).
 */
let processedArticles = 0;
let retiring = false;

function retire(): never {
  log.debug({ articles: processedArticles }, 'worker thread retired; a fresh one takes its place');
  // In a worker thread, process.exit ends this thread only.
  process.exit(0);
}

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
 * Processes a batch of articles stage by stage and serialises their records; results in the order of
 * `task.items`, or `null` when the runner withdrew the task before this thread started it. (Tests that
 * need a crashing or hanging article swap this module for a wrapper: `tests/fixtures/seams/`.)
 */
export default async function processArticles(task: WorkerTask): Promise<WorkerResult[] | null> {
  await readyFor(task);
  await afterEarlierResults();
  // A thread that has done its share ends here: the results of its earlier tasks have gone out (the await
  // above), this task is not started, so the runner sends it again as it would after a crash of the thread.
  if (retiring) retire();
  if (!startTask(task)) return null;
  return runStartedTask(task);
}

/**
 * Loads what the task's articles need that a thread does not load at start-up: the markup reader (linkedom and
 * Readability) for the first article that may be HTML or a feed, so the workers of a plain-text run never load
 * it. Before the task is taken, so its time budget does not count the load. (Test seams that take the task
 * themselves call this first.)
 */
export async function readyFor(task: WorkerTask): Promise<void> {
  if (!markupReaderLoaded() && task.items.some((a) => mayReadMarkup(a.source.path, a.bytes))) await loadMarkupReader();
}

/**
 * The rest of {@link processArticles}, once the task is taken: synchronous from `startTask` to `finishTask`,
 * so no other task this thread holds runs in between. A task started but not finished when its thread dies
 * is failed as a crash of its own; one that yielded here would be failed for the crash of the task after it.
 * (Test seams that take the task themselves call this, not `processArticles`, which would yield again.)
 */
export function runStartedTask(task: WorkerTask): WorkerResult[] {
  if (!pipelineKnown || (task.pipeline !== undefined && task.pipeline.fingerprint !== processor.pipeline.fingerprint)) {
    processor = createArticleProcessor(data.settings, log, task.pipeline);
    pipelineKnown = true;
  }
  const results = processor.processBatch(task.items).map(serialise);
  processedArticles += task.items.length;
  if (data.retireAfter !== undefined && processedArticles >= data.retireAfter) retiring = true;
  // The thread's start-up goes to the run's stage times once (the runner sums `stageMs` over results).
  const first = results[0];
  if (startupMs !== null && first !== undefined) {
    first.stageMs = { ...first.stageMs, 'worker-start': startupMs };
    startupMs = null;
  }
  finishTask(task);
  return results;
}

function serialise(result: ArticleResult): WorkerResult {
  if (!result.ok)
    return { kind: 'failed', articleId: result.articleId, failure: result.failure, stageMs: result.stageMs };
  const { record } = result;
  const t0 = performance.now();
  const json = `${JSON.stringify(record)}\n`;
  return {
    kind: 'record',
    articleId: result.articleId,
    json,
    stageMs: { ...result.stageMs, serialise: performance.now() - t0 },
    tokens: result.tokens,
    counts: { entities: record.entities.length, timexes: record.timexes.length, events: record.events.length },
    votes: recordVotes(record),
  };
}
