/**
 * `dossier run`: discover → (per article, in worker threads) ingest … validate → write. This module only
 * wires the runner's parts together; each lives, and is tested, on its own:
 * - `lock.ts`: one run per output folder;
 * - `signals.ts`: first signal stops taking articles, a second abandons those in flight;
 * - `dispatcher.ts`: worker pool, batches, retry of a failed batch one article at a time, time budget;
 * - `incremental.ts`: what a rerun may skip, known failures, inputs that disappeared;
 * - `failure.ts`: the one failure type and the failure files;
 * - `manifest.ts`: counts, exit code, the summary;
 * - `shard.ts`: which articles a shard of an array job takes.
 * The main thread lists files, reads and hashes each one it cannot skip (content decides skips,
 * duplicates and shards), and hands the bytes to a worker, which extracts the record and sends back its
 * JSON text; the main thread writes it (atomically, through the file system's thread pool, so no thread
 * running JavaScript waits on the disk) and derives its table rows from the same text.
 */
import { readFile, readdir, realpath, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { articleIdFromHash, sha256 } from '../ids.js';
import { DossierError } from '../errors.js';
import type { FailureCode } from '../codes.js';
import { extractionConfigHash, type PipelineConfig } from '../config.js';
import { pipelineInfo } from '../version.js';
import { discoverFiles } from '../stages/discover.js';
import {
  OutputStore,
  StateIndex,
  removeIfExists,
  writeFileAtomically,
  writeJsonAtomic,
  type IndexEntry,
} from '../output/store.js';
import { ArticleIdSet } from '../output/id-map.js';
import {
  articleRowText,
  PART_SIZE,
  PreparedTables,
  rebuildTables,
  tablesExist,
  updateTables,
} from '../output/tables.js';
import type { KnowledgeRecord, PipelineInfo, SourceFile } from '../types.js';
import type { ExtractionSettings } from './stage.js';
import type { WorkerData, WorkerResult, WorkerTask } from './worker.js';
import type { ArticleInput } from './extract.js';
import { BATCH_SIZE } from './batch-size.js';
import { readSource } from './source.js';
import { Dispatcher, TASKS_PER_WORKER, type TaskFailure } from './dispatcher.js';
import { lockOutput } from './lock.js';
import { handleStopSignals } from './signals.js';
import { feedItemKey, feedOfItemKey, Incremental, missingSources } from './incremental.js';
import { feedItemsOfBytes, type FeedItem } from '../ingest/feed-items.js';
import { FailureStore, type Failure } from './failure.js';
import { addStageMs, exitCodeFor, newManifest, newRunId, summaryFields, type RunManifest } from './manifest.js';
import { inShard, type Shard } from './shard.js';
import { TypePass } from './type-pass.js';
import { recordVotes } from '../entities/type-vote.js';

export type { RunManifest } from './manifest.js';

/** Options of one run beyond the config file. */
export interface RunOptions {
  force: boolean;
  dryRun: boolean;
  log: Logger;
  /** Known failures count against the exit code too. */
  strict?: boolean;
  /** Keep the records of inputs that were deleted or renamed (default: remove them). */
  keepMissing?: boolean;
  /** Process only this shard's articles. */
  shard?: Shard | null;
  /** Called after each article (for a progress bar). */
  onProgress?: (done: number, discovered: number, failed: number) => void;
}

/** One article's content to process: a whole file, or one item of a feed file. */
interface ContentUnit {
  /** Its key in the incremental index: the file's path, or a feed item's `feedItemKey`. */
  key: string;
  /** How messages and the dry-run plan name it: the relative path, `#` and the position for a feed item. */
  display: string;
  /** What the worker gets (a feed item's carries `item`, and the item's size). */
  source: SourceFile;
  /** What the index held for `key`. */
  known: IndexEntry | undefined;
  /** The id of its failure file when it cannot have a content id. */
  pathId: string;
  /** Appended to a failure's reason: which item of the feed failed (empty for a whole file). */
  note: string;
  /** Called when its content falls in another shard. */
  elsewhere?: () => void;
}

/** What a dry run would do, as paths relative to their input folder. */
export interface RunPlan {
  process: string[];
  skip: string[];
  remove: string[];
}

/**
 * A worker thread retires after this many articles and a fresh one takes its place, so a long run's memory
 * stays flat (`worker.ts`, "Worker recycling"; docs/reliability.md, session 14). 10,000 articles are about
 * 35 CPU s of a thread's work, against about 0.5 CPU s to start a fresh one.
 */
export const WORKER_RETIRE_ARTICLES = 10_000;

/**
 * Injection points for tests (`tests/fixtures/seams/`): the worker module a run's threads load, by default
 * the production worker next to this module (dist/pipeline/worker.js).
 */
export const runnerSeams = {
  workerFile: new URL('./worker.js', import.meta.url).href,
  /** Articles after which a worker thread retires and a fresh one takes its place (`WorkerData.retireAfter`). */
  workerRetireAfter: WORKER_RETIRE_ARTICLES,
};

/** Output errors that mean "stop the run": the disk, quota, file-size limit or folder cannot take more. */
const FATAL_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

/** How often the incremental index is saved during a run, so a killed run loses little bookkeeping. */
const INDEX_CHECKPOINT_MS = 30_000;

/**
 * Wall time during which at least one operation of a kind was under way, overlaps counted once: what
 * the run's wall time holds of concurrent asynchronous work (summing each operation's own time would
 * count the same second as many times as there were operations in flight).
 */
export class BusyClock {
  private active = 0;
  private since = 0;
  private total = 0;

  /** `onChange` is called each time the clock goes from idle to busy or back. */
  constructor(private readonly onChange: () => void = () => undefined) {}

  start(): void {
    if (this.active++ === 0) {
      this.since = performance.now();
      this.onChange();
    }
  }

  end(): void {
    if (--this.active === 0) {
      this.total += performance.now() - this.since;
      this.onChange();
    }
  }

  /** True while at least one operation is under way. */
  get busy(): boolean {
    return this.active > 0;
  }

  /** Milliseconds busy so far (an operation still under way counts up to now). */
  get ms(): number {
    return this.total + (this.active > 0 ? performance.now() - this.since : 0);
  }
}

/** Wall time during which a condition held, from the calls that report each change of it. */
export class ConditionClock {
  private on = false;
  private since = 0;
  private total = 0;

  set(on: boolean): void {
    if (on === this.on) return;
    const now = performance.now();
    if (on) this.since = now;
    else this.total += now - this.since;
    this.on = on;
  }

  /** Milliseconds the condition held so far (up to now if it still holds). */
  get ms(): number {
    return this.total + (this.on ? performance.now() - this.since : 0);
  }
}

/**
 * Runs a batch. Resolves with the manifest (already written unless dry-run; a dry run's carries the
 * plan). Throws `DossierError` for usage problems, a held lock, or an unwritable output.
 */
export async function runBatch(config: PipelineConfig, opts: RunOptions): Promise<RunManifest & { plan?: RunPlan }> {
  const started = new Date();
  const runId = newRunId(started);
  const log = opts.log.child({ run: runId });
  const settings: ExtractionSettings = {
    fallbackPublicationDate: config.fallbackPublicationDate,
    minEventConfidence: config.minEventConfidence,
  };
  const workers = config.workers > 0 ? config.workers : Math.max(1, os.availableParallelism());
  const store = new OutputStore(config.output);
  const shard = opts.shard ?? null;

  for (const input of config.inputs) {
    const st = await stat(input).catch(() => null);
    if (!st?.isDirectory())
      throw new DossierError('E_INPUT_MISSING', `input folder ${input} does not exist or is not a folder`);
  }
  const roots = await Promise.all(config.inputs.map((i) => realpath(i)));

  const plan: RunPlan | undefined = opts.dryRun ? { process: [], skip: [], remove: [] } : undefined;

  let stopping = false;
  let fatal: DossierError | null = null;
  let release: (() => Promise<void>) | null = null;
  let dispatcher: Dispatcher<ArticleInput, WorkerResult> | null = null;
  const setFatal = (err: DossierError): void => {
    fatal ??= err;
    stopping = true;
    dispatcher?.abandon();
  };

  if (!opts.dryRun) {
    try {
      await store.ensure();
    } catch (e) {
      throw new DossierError(
        'E_OUTPUT_UNWRITABLE',
        `cannot create output folder ${config.output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    // Another run took the lock over (ours went stale): stop writing at once rather than interleave.
    release = await lockOutput(store.root, (err) => {
      log.error({ err }, 'output lock compromised');
      setFatal(new DossierError('E_LOCKED', `lost the lock on output folder ${config.output} to another run; stopped`));
    });
    // Only now, holding the lock, is it safe to clear what a killed run left behind.
    const swept = await store.sweepTemps();
    if (swept > 0) log.warn({ files: swept }, 'removed temp files left by an interrupted run');
  }

  // A run that rebuilds its tables (the first of a folder, --force, after a killed run) derives each new
  // record's table rows on this thread while the workers go on with the next articles (records are read
  // back from the page cache as they land), spills them to `.tmp/`, and the rebuild at the end only copies
  // them into their parts. With fewer workers than cores this thread has a core to itself.
  const dirtyAtStart = !opts.dryRun && (await store.isDirty());
  const rebuildAllTables = !opts.dryRun && (opts.force || dirtyAtStart || !(await tablesExist(store.root)));
  const prepared = rebuildAllTables ? new PreparedTables(runId, path.join(store.tmp, `rows-${runId}.ndjson`)) : null;
  /** Derives and spills the rows of a record just written; a record the table schema refuses is left to the rebuild, which reports it. */
  const prepareRows = (articleId: string, text: string): void => {
    if (!prepared || prepared.abandoned) return;
    const t0 = performance.now();
    let rows: ReturnType<typeof articleRowText>;
    try {
      rows = articleRowText(JSON.parse(text) as KnowledgeRecord, runId, manifest.startedAt);
    } catch {
      return;
    }
    prepared.add(articleId, rows);
    rowsMs += performance.now() - t0;
  };
  let rowsMs = 0;
  // Two measures of the record writes (the main thread writes what the workers serialise, through the file
  // system's thread pool, while the workers go on): `write` is the wall time with a write in flight, which
  // overlaps the stages; `write-wait` the wall time with a write in flight while no worker had a task, the
  // time the run waited on its writes (at the end, or when writes held up what feeds the workers).
  const waitingOnWrites = new ConditionClock();
  const judgeWriteWait = (): void => waitingOnWrites.set(writing.busy && (dispatcher?.working ?? 0) === 0);
  const writing = new BusyClock(judgeWriteWait);
  // Failure files of earlier runs: a record that succeeds removes its content's one. (This run writes none
  // for content it goes on to write a record of: each content is processed once per run.) Listing them once
  // spares an unlink that fails with ENOENT for nearly every record.
  const failedBefore = opts.dryRun ? new Set<string>() : new Set(await readdir(store.failed).catch(() => []));
  /** Writes a record the worker serialised; a record that succeeds clears an earlier failure of the same content. */
  const writeRecord = async (articleId: string, json: string): Promise<void> => {
    writing.start();
    try {
      await writeFileAtomically(store.recordPath(articleId), json, false);
      const failure = store.failurePath(articleId);
      if (failedBefore.has(path.basename(failure)))
        await unlink(failure).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        });
    } finally {
      writing.end();
    }
  };

  const index = await StateIndex.load(store);
  // The corpus type pass's votes (rebuilt from the records after a killed run or for --force).
  const typePass = opts.dryRun ? null : await TypePass.load(store, dirtyAtStart || opts.force);
  /** Sent with every task: the pipeline the records name, filled in below once computed. */
  const taskData: Pick<WorkerTask, 'pipeline'> = {};
  dispatcher = new Dispatcher<ArticleInput, WorkerResult>({
    workers,
    workerFile: runnerSeams.workerFile,
    workerData: {
      settings,
      log: { level: config.log.level, file: config.log.file },
      retireAfter: runnerSeams.workerRetireAfter,
    } satisfies WorkerData,
    timeoutMs: config.articleTimeoutMs,
    batchSize: BATCH_SIZE,
    log,
    taskData,
    onWorkingChange: judgeWriteWait,
  });
  const pool = dispatcher;
  // A run that will process every file it lists (--force, or no index: a first run) starts its workers now,
  // so they load their models while this thread hashes the code and data for the fingerprint and lists the
  // input (a worker's start-up, about 1 s of CPU, was otherwise all on the critical path). A rerun starts
  // them at its first changed file, and one with nothing to do starts none.
  if (!opts.dryRun && (opts.force || index.size === 0)) pool.start();
  let pipeline: PipelineInfo;
  try {
    pipeline = pipelineInfo(extractionConfigHash(config));
  } catch (e) {
    await pool.close();
    throw e;
  }
  taskData.pipeline = pipeline;
  const fingerprint = pipeline.fingerprint;
  const manifest = newManifest(
    {
      runId,
      pipeline,
      configHash: sha256(JSON.stringify(config)).slice(0, 16),
      inputs: config.inputs,
      workers,
      shard,
    },
    started,
  );
  const incremental = new Incremental(store, index, fingerprint, opts.force);
  const failures = new FailureStore(opts.dryRun ? null : store, pipeline.version, log);

  const uninstallSignals = handleStopSignals({
    stop: (signal) => {
      stopping = true;
      manifest.interrupted = true;
      pool.stop();
      log.warn({ signal }, 'stopping: no new articles; finishing those in flight (signal again to abandon them)');
    },
    abandon: (signal) => {
      log.warn({ signal }, 'second signal: abandoning in-flight articles');
      pool.abandon();
    },
  });

  // A run killed after writing records but before updating tables leaves the marker: rebuild them then.
  let changed = dirtyAtStart;
  let dirtyMarked = changed;
  // Per-article sets of the run, compact (src/output/id-map.ts): the main thread's memory per article.
  const upsertedIds = new ArticleIdSet();
  const removedIds = new ArticleIdSet();
  let lastCheckpoint = performance.now();
  let checkpointing = false;
  const checkpoint = async (): Promise<void> => {
    if (opts.dryRun || checkpointing || performance.now() - lastCheckpoint < INDEX_CHECKPOINT_MS) return;
    checkpointing = true;
    try {
      await index.save(store);
      lastCheckpoint = performance.now();
    } finally {
      checkpointing = false;
    }
  };

  const onWriteError = (e: unknown): void => {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (FATAL_WRITE.has(code))
      setFatal(new DossierError('E_OUTPUT_UNWRITABLE', `cannot write to output folder ${config.output} (${code})`));
    else if (fatal === null) throw e;
  };

  /** Records a failure; `known` when the index saw the same failure on the same content last time. */
  const fail = async (f: Failure & { path: string }, known = false): Promise<void> => {
    if (known) manifest.counts.knownFailed++;
    else manifest.counts.failed++;
    await failures.add(known ? { ...f, known } : f);
  };

  const remember = (sourcePath: string, entry: Omit<IndexEntry, 'fingerprint'>): void => {
    if (opts.dryRun) return;
    index.set(sourcePath, { ...entry, fingerprint });
    index.markSeen(sourcePath);
  };

  /** The file's content changed: its earlier record or failure describes text that no longer exists. */
  const retire = async (previous: IndexEntry | undefined, sourcePath: string, now: string): Promise<void> => {
    if (opts.dryRun || !previous || previous.articleId === now) return;
    if (index.isReferenced(previous.articleId, sourcePath) || seenIds.has(previous.articleId)) return;
    await typePass?.remove(store, previous.articleId);
    await removeIfExists(store.recordPath(previous.articleId));
    await removeIfExists(store.failurePath(previous.articleId));
    removedIds.add(previous.articleId);
    upsertedIds.delete(previous.articleId);
    changed = true;
  };

  // Content met, content in flight, content that failed this run. Paths met (in this shard) are marked in
  // the index (`index.markSeen`, and `remember` for paths it did not hold yet): no set of every path.
  const seenIds = new ArticleIdSet();
  const inFlight = new Map<string, Promise<void>>();
  const failedContent = new Map<string, Failure & { path: string }>();
  /** Folders (and paths) discover could not list: what the index holds under them is not "missing". */
  const unlisted: string[] = [];

  // Enough articles in hand for the batch every worker runs, the one it holds behind it and one more
  // filling up here, but never more files read at once than `maxInFlight` (it bounds memory).
  const articlesInHand = Math.max(1, Math.min(workers * (TASKS_PER_WORKER + 1) * BATCH_SIZE, config.maxInFlight));
  /** Files listed and not yet handed to a worker nor settled: what may still feed a hungry worker. */
  let feeding = 0;
  /** Feed files met this run, read or not (only these paths are ever asked about: `keptFromFeed`). */
  const filesMet = new Set<string>();
  /** Index keys of feed items met this run whose content falls in another shard. */
  const itemsElsewhere = new Set<string>();
  /**
   * An item that dropped out of a feed file still present keeps its record: a feed is a window on the
   * latest stories, and a story that left the window did not stop happening (docs/ingest.md, "Feeds").
   * The items of a feed file that was deleted or renamed go with it, as any missing input's record does.
   */
  const keptFromFeed = (key: string): boolean => {
    const feed = feedOfItemKey(key);
    return feed !== null && filesMet.has(feed) && !itemsElsewhere.has(key);
  };
  const handle = async (source: SourceFile, dispatched: () => void): Promise<void> => {
    // After a signal (or a fatal write error) queued articles are not started: they stay for the next run.
    if (stopping) return;
    const display = source.relPath;
    const pathId = articleIdFromHash(sha256(`path\u0000${source.path}`));
    const known = index.get(source.path);
    const pathFailure = async (code: FailureCode, stage: string, reason: string): Promise<void> => {
      // A feed that could not be read this time keeps the records of its items (`keptFromFeed`).
      filesMet.add(source.path);
      if (!inShard(pathId, shard)) return;
      index.markSeen(source.path);
      await fail(
        { articleId: pathId, path: display, stage, code, reason },
        incremental.knownFailure(known, pathId, code),
      );
      remember(source.path, {
        articleId: pathId,
        size: source.size,
        mtimeMs: source.mtimeMs,
        ok: false,
        failure: code,
      });
    };
    if (source.size > config.maxFileBytes) {
      manifest.counts.discovered++;
      await pathFailure(
        'E_TOO_LARGE',
        'ingest',
        `file is ${source.size} bytes, over the ${config.maxFileBytes}-byte limit ("maxFileBytes"); not read`,
      );
      return;
    }
    const before = await incremental.beforeRead(source);
    if (before.kind === 'skip') {
      manifest.counts.discovered++;
      manifest.counts.skipped++;
      index.markSeen(source.path);
      seenIds.add(known!.articleId);
      plan?.skip.push(display);
      return;
    }
    const read = await readSource(source, config.maxFileBytes);
    if (!read.ok) {
      manifest.counts.discovered++;
      await pathFailure(read.code, 'ingest', read.reason);
      return;
    }
    const items = await feedItemsOfBytes(read.bytes);
    if (items !== null) {
      await handleFeed(source, known, items, dispatched);
      return;
    }
    await handleContent(
      { key: source.path, display, source: { ...source, size: read.bytes.length }, known, pathId, note: '' },
      { size: source.size, mtimeMs: source.mtimeMs },
      read.bytes,
      dispatched,
    );
  };

  /**
   * A feed file: each item is an article of its own (docs/ingest.md, "Feeds"), under an index key of its
   * own (`feedItemKey`: the file's path and the item's id), so a feed saved again processes only the items
   * that are new or changed, and an item that dropped out of the feed keeps its record.
   */
  const handleFeed = async (
    source: SourceFile,
    known: IndexEntry | undefined,
    items: FeedItem[],
    dispatched: () => void,
  ): Promise<void> => {
    filesMet.add(source.path);
    // The file was one article before (read by a version that took a feed's first item only, or not a feed
    // then): its items replace that record.
    if (known !== undefined && !opts.dryRun) {
      await retire(known, source.path, '');
      index.delete(source.path);
    }
    if (items.length === 0) {
      log.warn({ path: source.relPath }, 'the feed holds no items: no article');
      return;
    }
    const occurrences = new Map<string, number>();
    const itemQueue = new PQueue({ concurrency: articlesInHand });
    await Promise.all(
      items.map((item) => {
        const occurrence = (occurrences.get(item.ref.id) ?? 0) + 1;
        occurrences.set(item.ref.id, occurrence);
        const key = feedItemKey(source.path, item.ref.id, occurrence);
        const bytes = Buffer.from(item.xml, 'utf8');
        const unit: ContentUnit = {
          key,
          display: `${source.relPath}#${item.position}`,
          source: { ...source, size: bytes.length, item: item.ref },
          known: index.get(key),
          pathId: articleIdFromHash(sha256(`path\u0000${key}`)),
          note: ` (feed item ${item.position} of ${items.length}, id ${JSON.stringify(item.ref.id)})`,
          elsewhere: () => itemsElsewhere.add(key),
        };
        return itemQueue.add(() =>
          handleContent(unit, { size: bytes.length, mtimeMs: source.mtimeMs }, bytes, dispatched),
        );
      }),
    );
  };

  /** One article's content once read: a whole file, or one item of a feed file. */
  const handleContent = async (
    unit: ContentUnit,
    stamp: Pick<IndexEntry, 'size' | 'mtimeMs'>,
    bytes: Buffer,
    dispatched: () => void,
  ): Promise<void> => {
    const { key, display, known, pathId, note } = unit;
    const sourceNow = unit.source;
    const articleId = articleIdFromHash(sha256(bytes));
    // Content of another shard: not this run's (and if this path held content of ours before, its
    // record goes with the missing inputs).
    if (!inShard(articleId, shard)) {
      unit.elsewhere?.();
      return;
    }
    manifest.counts.discovered++;
    index.markSeen(key);
    if (seenIds.has(articleId)) {
      await inFlight.get(articleId);
      const first = failedContent.get(articleId);
      if (first) {
        // Each path of failing content is reported, not folded into "duplicates" where nobody looks.
        await fail(
          {
            ...first,
            articleId: pathId,
            path: sourceNow.relPath,
            reason: `${first.reason}${note} (same content as ${first.path})`,
          },
          incremental.knownFailure(known, pathId, first.code),
        );
        remember(key, {
          articleId: pathId,
          size: stamp.size,
          mtimeMs: stamp.mtimeMs,
          ok: false,
          failure: first.code,
        });
        return;
      }
      manifest.counts.duplicates++;
      remember(key, { articleId, size: stamp.size, mtimeMs: stamp.mtimeMs, ok: true });
      return;
    }
    seenIds.add(articleId);
    // Identical content met again this run shares the first copy's outcome once that is known.
    let settle!: () => void;
    inFlight.set(
      articleId,
      new Promise<void>((resolve) => {
        settle = resolve;
      }),
    );
    const failContent = async (f: Failure & { path: string; articleId: string }): Promise<void> => {
      failedContent.set(articleId, f);
      await fail({ ...f, reason: `${f.reason}${note}` }, incremental.knownFailure(known, articleId, f.code));
      await retire(known, key, articleId);
      remember(key, { articleId, size: stamp.size, mtimeMs: stamp.mtimeMs, ok: false, failure: f.code });
    };
    const processContent = async (): Promise<void> => {
      if (await incremental.unchangedContent(known, articleId, sourceNow.relPath)) {
        manifest.counts.skipped++;
        plan?.skip.push(display);
        await retire(known, key, articleId);
        remember(key, { articleId, size: stamp.size, mtimeMs: stamp.mtimeMs, ok: true });
        return;
      }
      if (plan) {
        manifest.counts.processed++;
        plan.process.push(display);
        return;
      }
      if (stopping) return;
      if (!dirtyMarked) {
        dirtyMarked = true;
        await store.markDirty();
      }
      let result: WorkerResult;
      try {
        dispatched();
        result = await pool.run({ source: sourceNow, bytes });
      } catch (f) {
        const failure = f as TaskFailure;
        if ('abandoned' in failure) return;
        await failContent({
          articleId,
          path: sourceNow.relPath,
          stage: 'worker',
          code: failure.timedOut ? 'E_TIMEOUT' : 'E_WORKER_CRASH',
          reason: failure.timedOut
            ? `article took longer than ${config.articleTimeoutMs} ms ("articleTimeoutMs"); stopped`
            : `the worker thread died while processing this article (${failure.error.message}); the worker was replaced`,
        });
        return;
      }
      addStageMs(manifest, result.stageMs);
      if (result.kind === 'failed') {
        await failContent({ ...result.failure, articleId, path: sourceNow.relPath });
        return;
      }
      // After a fatal error (the lock lost to another run, the disk full) nothing more is written.
      if (fatal !== null) return;
      // An error here (disk full, read-only…) goes to `onWriteError`, which decides whether the run stops.
      await typePass?.set(store, articleId, result.votes ?? recordVotes(JSON.parse(result.json) as KnowledgeRecord));
      await writeRecord(articleId, result.json);
      changed = true;
      upsertedIds.add(articleId);
      removedIds.delete(articleId);
      await retire(known, key, articleId);
      remember(key, { articleId, size: stamp.size, mtimeMs: stamp.mtimeMs, ok: true });
      manifest.counts.processed++;
      manifest.counts.entities += result.counts.entities;
      manifest.counts.timexes += result.counts.timexes;
      manifest.counts.events += result.counts.events;
      manifest.counts.tokens += result.tokens;
      manifest.counts.bytes += bytes.length;
      prepareRows(articleId, result.json);
      log.debug({ article: articleId, path: display, ...result.counts }, 'article done');
      await checkpoint();
    };
    try {
      await processContent();
    } finally {
      settle();
      inFlight.delete(articleId);
    }
  };

  const queue = new PQueue({ concurrency: articlesInHand });
  let done = 0;
  let listedAll = false;
  // The discover stage is charged the time the run waited for the listing: awaiting the next file while
  // no file was being read and a worker had nothing to do. (All the time spent awaiting the iterator
  // overstated it: on a busy main thread that await also holds every other callback that ran meanwhile.)
  let discoverMs = 0;
  const discovered = discoverFiles(config);
  try {
    for (;;) {
      const starved = feeding === 0 && pool.hungry;
      const t0 = performance.now();
      const next = await discovered.next();
      if (starved) discoverMs += performance.now() - t0;
      if (next.done) {
        listedAll = true;
        break;
      }
      const item = next.value;
      if (stopping) break;
      if (item.kind === 'skip') {
        unlisted.push(item.path);
        const articleId = articleIdFromHash(sha256(`path\u0000${item.path}`));
        if (!inShard(articleId, shard)) continue;
        manifest.counts.discovered++;
        await fail({
          ...(item.code === 'E_UNREADABLE' ? { articleId } : {}),
          path: item.relPath,
          stage: 'discover',
          code: item.code,
          reason: item.reason,
        }).catch(onWriteError);
        continue;
      }
      await queue.onSizeLessThan(config.maxInFlight);
      if (stopping) break;
      feeding++;
      void queue.add(async () => {
        let fed = false;
        const dispatched = (): void => {
          if (!fed) feeding--;
          fed = true;
        };
        try {
          await handle(item.source, dispatched);
        } catch (e) {
          onWriteError(e);
        } finally {
          dispatched();
          done++;
          opts.onProgress?.(done, manifest.counts.discovered, manifest.counts.failed);
        }
      });
    }
  } catch (e) {
    onWriteError(e);
  }
  await discovered.return(undefined);
  await queue.onIdle();
  manifest.stageMs['discover'] = discoverMs;
  manifest.stageMs['write'] = writing.ms;
  manifest.stageMs['write-wait'] = waitingOnWrites.ms;
  await pool.close();

  // Inputs deleted or renamed since the last run: only judged after a complete listing.
  if (listedAll && !stopping && fatal === null && !opts.keepMissing) {
    try {
      for (const p of missingSources(index, roots, { has: (p) => index.wasSeen(p) || keptFromFeed(p) }, unlisted)) {
        const entry = index.get(p)!;
        manifest.counts.removed++;
        if (plan) {
          const root = roots.find((r) => p.startsWith(r + path.sep)) ?? '';
          plan.remove.push(path.relative(root, p));
          continue;
        }
        index.delete(p);
        if (index.has(entry.articleId) || seenIds.has(entry.articleId)) continue;
        if (!dirtyMarked) {
          dirtyMarked = true;
          await store.markDirty();
        }
        // Its record goes; a failure file stays as history (the manifest of this run names the removal).
        await typePass?.remove(store, entry.articleId);
        await removeIfExists(store.recordPath(entry.articleId));
        removedIds.add(entry.articleId);
        upsertedIds.delete(entry.articleId);
        changed = true;
      }
    } catch (e) {
      onWriteError(e);
    }
  }

  if (!opts.dryRun && fatal === null) {
    try {
      // One type per name across the folder: records whose weakly typed names the corpus now types
      // otherwise (or no longer does) are rewritten before the tables are brought up to date.
      if (typePass !== null) {
        const t0 = performance.now();
        await typePass.apply(store, async (articleId) => {
          if (!dirtyMarked) {
            dirtyMarked = true;
            await store.markDirty();
          }
          changed = true;
          upsertedIds.add(articleId);
          if (prepared?.has(articleId)) prepared.drop(articleId);
        });
        if (typePass.changed) await typePass.save(store);
        manifest.stageMs['types'] = performance.now() - t0;
      }
      const t0 = performance.now();
      if (rebuildAllTables) {
        await rebuildTables(store.root, runId, manifest.startedAt, prepared ?? undefined);
        manifest.stageMs['tables'] = performance.now() - t0;
        manifest.stageMs['tables-rows'] = rowsMs;
      } else if (changed) {
        // Records are read back PART_SIZE at a time, so memory stays bounded on a run that changed many.
        const ids = [...upsertedIds].sort();
        const chunks = Math.max(1, Math.ceil(ids.length / PART_SIZE));
        for (let c = 0; c < chunks; c++) {
          const upserted: KnowledgeRecord[] = [];
          for (const id of ids.slice(c * PART_SIZE, (c + 1) * PART_SIZE)) {
            const text = await readFile(store.recordPath(id), 'utf8').catch(() => null);
            if (text !== null) upserted.push(JSON.parse(text) as KnowledgeRecord);
            else removedIds.add(id);
          }
          const removed = c === chunks - 1 ? [...removedIds].sort() : [];
          await updateTables(store.root, { upserted, removed, runId, processedAt: manifest.startedAt });
        }
        manifest.stageMs['tables'] = performance.now() - t0;
      }
      await store.clearDirty();
      await index.save(store);
    } catch (e) {
      try {
        onWriteError(e);
      } catch (inner) {
        fatal ??= new DossierError('E_OUTPUT_UNWRITABLE', `writing tables failed: ${(inner as Error).message}`);
      }
    }
  }

  if (prepared) {
    // The row spill file goes once the tables are built (or could not be).
    prepared.close();
    for (const name of await readdir(store.tmp).catch(() => [] as string[]))
      if (name.startsWith(`rows-${runId}.`))
        await rm(path.join(store.tmp, name), { force: true }).catch(() => undefined);
  }
  manifest.failures = failures.list;
  manifest.endedAt = new Date().toISOString();
  // A fatal error names its own code (4 unwritable, 3 lock lost to another run).
  manifest.exitCode =
    (fatal as DossierError | null)?.exitCode ?? exitCodeFor(manifest, { fatal: false, strict: opts.strict === true });
  if (!opts.dryRun) {
    await writeJsonAtomic(store.manifestPath(runId), manifest, true).catch((e) =>
      log.error({ err: e }, 'could not write the run manifest'),
    );
    if (release) await release().catch(() => undefined);
  }
  // Signals stay handled until the manifest is written: a late Ctrl-C must not cut the tables short.
  uninstallSignals();
  log.info(summaryFields(manifest), opts.dryRun ? 'dry run finished' : 'run finished');
  if (fatal !== null) throw fatal;
  if (plan) for (const list of [plan.process, plan.skip, plan.remove]) list.sort();
  return plan ? { ...manifest, plan } : manifest;
}
