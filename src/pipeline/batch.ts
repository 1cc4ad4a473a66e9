/**
 * `dossier run`: discover → (per article, in worker threads) ingest … validate → write. The main thread
 * owns the lock, the output folder and the incremental index; workers only compute records.
 */
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import lockfile from 'proper-lockfile';
import type { Logger } from 'pino';
import { articleIdFromHash, sha256 } from '../ids.js';
import { DossierError, ExitCode, type ExitCodeValue } from '../errors.js';
import { extractionConfigHash, type PipelineConfig } from '../config.js';
import { pipelineInfo } from '../version.js';
import { discoverFiles } from '../stages/discover.js';
import { writeFailure, writeRecordJson } from '../stages/write.js';
import { OutputStore, StateIndex, removeIfExists, writeJsonAtomic } from '../output/store.js';
import { PART_SIZE, rebuildTables, tablesExist, updateTables } from '../output/tables.js';
import type { ExtractionSettings } from './stage.js';
import type { WorkerData, WorkerResult, WorkerTask } from './worker.js';
import { BATCH_SIZE, type ArticleInput } from './extract.js';
import { readSource } from './source.js';
import type { KnowledgeRecord, SourceFile } from '../types.js';

/** Options of one run beyond the config file. */
export interface RunOptions {
  force: boolean;
  dryRun: boolean;
  log: Logger;
  /** Called after each article (for a progress bar). */
  onProgress?: (done: number, discovered: number) => void;
}

/** A failure as listed in the manifest. */
export interface FailureEntry {
  articleId?: string;
  path: string;
  stage: string;
  code: string;
  reason: string;
}

/** What a run did; also the body of the manifest. */
export interface RunManifest {
  runId: string;
  startedAt: string;
  endedAt: string;
  pipeline: ReturnType<typeof pipelineInfo>;
  configHash: string;
  inputs: string[];
  workers: number;
  counts: {
    discovered: number;
    processed: number;
    skipped: number;
    failed: number;
    duplicates: number;
    entities: number;
    timexes: number;
    events: number;
    tokens: number;
    bytes: number;
  };
  stageMs: Record<string, number>;
  failures: FailureEntry[];
  interrupted: boolean;
  exitCode: number;
}

/** Output errors that mean "stop the run": the disk, quota, file-size limit or folder cannot take more. */
const FATAL_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

/** How long a lock may go without a heartbeat before another run may take it over. */
const LOCK_STALE_MS = 30_000;

/** How often the incremental index is saved during a run, so a killed run loses little bookkeeping. */
const INDEX_CHECKPOINT_MS = 30_000;

function newRunId(start: Date): string {
  return `${start
    .toISOString()
    .replace(/[:.]/g, '')
    .replace(/\d{3}Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

/**
 * Injection points for tests (`tests/fixtures/seams/`): the worker module a run's threads load, by default
 * the production worker next to this module (dist/pipeline/worker.js).
 */
export const runnerSeams = { workerFile: new URL('./worker.js', import.meta.url).href };

/**
 * Runs a batch. Resolves with the manifest (already written unless dry-run). Throws `DossierError` for
 * usage problems, a held lock, or an unwritable output.
 */
export async function runBatch(config: PipelineConfig, opts: RunOptions): Promise<RunManifest> {
  const started = new Date();
  const runId = newRunId(started);
  const log = opts.log.child({ run: runId });
  const settings: ExtractionSettings = {
    fallbackPublicationDate: config.fallbackPublicationDate,
    minEventConfidence: config.minEventConfidence,
  };
  const pipeline = pipelineInfo(extractionConfigHash(config));
  const workers = config.workers > 0 ? config.workers : Math.max(1, os.availableParallelism());
  const store = new OutputStore(config.output);

  for (const input of config.inputs) {
    const st = await stat(input).catch(() => null);
    if (!st?.isDirectory())
      throw new DossierError('E_INPUT_MISSING', `input folder ${input} does not exist or is not a folder`);
  }

  const manifest: RunManifest = {
    runId,
    startedAt: started.toISOString(),
    endedAt: started.toISOString(),
    pipeline,
    configHash: sha256(JSON.stringify(config)).slice(0, 16),
    inputs: config.inputs,
    workers,
    counts: {
      discovered: 0,
      processed: 0,
      skipped: 0,
      failed: 0,
      duplicates: 0,
      entities: 0,
      timexes: 0,
      events: 0,
      tokens: 0,
      bytes: 0,
    },
    stageMs: {},
    failures: [],
    interrupted: false,
    exitCode: ExitCode.OK,
  };

  let stopping = false;
  let fatal: DossierError | null = null;
  const abortAll = new AbortController();
  let release: (() => Promise<void>) | null = null;
  if (!opts.dryRun) {
    try {
      await store.ensure();
    } catch (e) {
      throw new DossierError(
        'E_OUTPUT_UNWRITABLE',
        `cannot create output folder ${config.output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    try {
      release = await lockfile.lock(store.root, {
        lockfilePath: `${store.root}/.lock`,
        stale: LOCK_STALE_MS,
        update: LOCK_STALE_MS / 3,
        realpath: false,
        // Another run took the lock over (ours went stale): stop writing at once rather than interleave.
        onCompromised: (err) => {
          log.error({ err }, 'output lock compromised');
          if (fatal === null)
            fatal = new DossierError(
              'E_LOCKED',
              `lost the lock on output folder ${config.output} to another run; stopped`,
            );
          stopping = true;
          abortAll.abort();
        },
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOCKED')
        throw new DossierError('E_LOCKED', `output folder ${config.output} is locked by another run`);
      throw new DossierError(
        'E_OUTPUT_UNWRITABLE',
        `cannot lock output folder ${config.output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    // Only now, holding the lock, is it safe to clear what a killed run left behind.
    const swept = await store.sweepTemps();
    if (swept > 0) log.warn({ files: swept }, 'removed temp files left by an interrupted run');
  }

  const index = await StateIndex.load(store);
  const seenThisRun = new Set<string>();
  // A run killed after writing records but before rebuilding tables leaves the marker: rebuild then.
  let changed = !opts.dryRun && (await store.isDirty());
  // Tables are updated for the articles this run wrote or dropped; after a killed run, rebuilt whole.
  const rebuildAllTables = changed;
  const upsertedIds = new Set<string>();
  const removedIds = new Set<string>();
  let dirtyMarked = changed;
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

  // Per-article time budget. The worker stamps the start time into a shared slot; this watchdog aborts
  // an article that has been running longer than the budget (piscina then terminates that worker and
  // starts a fresh one). Time spent queued for a free worker does not count.
  // One plain AbortController per task (no AbortSignal.any: a composite signal is only weakly held by
  // its sources, and a lost one would leave a runaway article running forever).
  const running = new Set<{ startedAt: Float64Array; controller: AbortController; timedOut: boolean }>();
  const watchdog = setInterval(
    () => {
      const now = Date.now();
      for (const task of running) {
        const t0 = task.startedAt[0]!;
        if (t0 > 0 && now - t0 > config.articleTimeoutMs && !task.timedOut) {
          task.timedOut = true;
          task.controller.abort();
        }
      }
    },
    Math.max(50, Math.min(500, Math.floor(config.articleTimeoutMs / 4))),
  );
  watchdog.unref();
  abortAll.signal.addEventListener('abort', () => {
    for (const task of running) task.controller.abort();
  });

  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal: sig }, 'second signal: abandoning in-flight articles');
      abortAll.abort();
      return;
    }
    stopping = true;
    manifest.interrupted = true;
    log.warn({ signal: sig }, 'stopping: no new articles; finishing those in flight (signal again to abandon them)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Over a file-size limit (RLIMIT_FSIZE, `ulimit -f`) the kernel sends SIGXFSZ, whose default action
  // kills the process mid-write. Handled, the write fails with EFBIG instead and the run stops cleanly
  // with the "output unwritable" code.
  const onFileSizeLimit = (): void => undefined;
  process.on('SIGXFSZ', onFileSizeLimit);

  // Created on the first article that needs processing: a rerun that skips everything starts no thread
  // (each worker loads wink's model, about a second of CPU).
  let pool: Piscina<WorkerTask, WorkerResult[]> | null = null;
  const workerPool = (): Piscina<WorkerTask, WorkerResult[]> => {
    pool ??= new Piscina<WorkerTask, WorkerResult[]>({
      filename: runnerSeams.workerFile,
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: 60_000,
      workerData: { settings, log: { level: config.log.level, file: config.log.file } } satisfies WorkerData,
    });
    return pool;
  };
  // The write stage's time is the wall time during which some record write was in flight: a batch's
  // records are written concurrently, and summing each write's latency would count the waits many times.
  let writesInFlight = 0;
  let writingSince = 0;
  const writeStarted = (): void => {
    if (writesInFlight++ === 0) writingSince = performance.now();
  };
  const writeEnded = (): void => {
    if (--writesInFlight === 0)
      manifest.stageMs['write'] = (manifest.stageMs['write'] ?? 0) + (performance.now() - writingSince);
  };

  // Enough articles in hand to fill a batch for every worker and the next one behind it, but never more
  // files read at once than `maxInFlight` (it bounds memory).
  const queue = new PQueue({ concurrency: Math.max(1, Math.min(workers * 2 * BATCH_SIZE, config.maxInFlight)) });

  /**
   * One article's run in a worker, as part of a batch: an article that arrives while a worker is free
   * goes at once, and those that arrive while every worker is busy wait and go together (up to
   * BATCH_SIZE per task) when a worker finishes, so a busy run sends full batches. A batch has the time
   * budget of one article; a batch that runs over it or whose worker dies is run again one article per
   * task, so only the article at fault fails, with the reason it would have had alone. Rejects with
   * `{ timedOut, error }` when the article itself timed out or killed its worker, and with
   * `{ abandoned: true }` when the run was abandoned (second signal).
   */
  type RunFailure = { timedOut: boolean; error: Error } | { abandoned: true };
  const pending: Array<{ article: ArticleInput; resolve: (r: WorkerResult) => void; reject: (f: RunFailure) => void }> =
    [];
  /** Tasks handed to the pool and not finished. */
  let inPool = 0;
  /** Runs articles as one task; rejects with a {@link RunFailure}. */
  const runTask = async (articles: ArticleInput[]): Promise<WorkerResult[]> => {
    const task = {
      startedAt: new Float64Array(new SharedArrayBuffer(8)),
      controller: new AbortController(),
      timedOut: false,
    };
    running.add(task);
    inPool++;
    try {
      return await workerPool().run({ articles, startedAt: task.startedAt }, { signal: task.controller.signal });
    } catch (e) {
      if (abortAll.signal.aborted && !task.timedOut) throw { abandoned: true } satisfies RunFailure;
      throw { timedOut: task.timedOut, error: e as Error } satisfies RunFailure;
    } finally {
      running.delete(task);
      inPool--;
      // A worker is free: whatever waited while all were busy goes now.
      if (pending.length > 0) setImmediate(flush);
    }
  };
  const send = (items: typeof pending): void => {
    if (items.length > 1) log.debug({ articles: items.length }, 'batch sent to a worker');
    runTask(items.map((it) => it.article)).then(
      (results) => items.forEach((it, k) => it.resolve(results[k]!)),
      (failure: RunFailure) => {
        // A failed batch of several is run again one article per task, to find the article at fault.
        if (items.length > 1 && !('abandoned' in failure)) for (const it of items) send([it]);
        else for (const it of items) it.reject(failure);
      },
    );
  };
  const flush = (): void => {
    // After a stop signal no new article goes to a worker: those still waiting here are left for the
    // next run (not failed), as the articles not yet read are.
    if (stopping) for (const it of pending.splice(0)) it.reject({ abandoned: true });
    while (pending.length > 0) send(pending.splice(0, BATCH_SIZE));
  };
  const runArticle = (article: ArticleInput): Promise<WorkerResult> =>
    new Promise((resolve, reject) => {
      pending.push({ article, resolve, reject });
      if (pending.length >= BATCH_SIZE || inPool < workers || stopping) flush();
    });

  const fail = async (entry: FailureEntry) => {
    manifest.counts.failed++;
    manifest.failures.push(entry);
    log.warn({ path: entry.path, stage: entry.stage, code: entry.code }, entry.reason);
    if (opts.dryRun || entry.articleId === undefined) return;
    await writeFailure(store, {
      articleId: entry.articleId,
      path: entry.path,
      stage: entry.stage,
      code: entry.code,
      reason: entry.reason,
      pipelineVersion: pipeline.version,
    });
  };

  const onWriteError = (e: unknown): void => {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (FATAL_WRITE.has(code) && fatal === null) {
      fatal = new DossierError('E_OUTPUT_UNWRITABLE', `cannot write to output folder ${config.output} (${code})`);
      stopping = true;
      abortAll.abort();
    } else if (fatal === null) throw e;
  };

  // Content (article id) being processed right now, and content that failed this run.
  const inFlight = new Map<string, Promise<void>>();
  const failedContent = new Map<string, FailureEntry>();

  let done = 0;
  const handle = async (source: SourceFile): Promise<void> => {
    // After a signal (or a fatal write error) queued articles are not started: they stay for the next run.
    if (stopping) return;
    const display = source.relPath;
    const pathId = articleIdFromHash(sha256(`path\u0000${source.path}`));
    if (source.size > config.maxFileBytes) {
      await fail({
        articleId: pathId,
        path: display,
        stage: 'ingest',
        code: 'E_TOO_LARGE',
        reason: `file is ${source.size} bytes, over the ${config.maxFileBytes}-byte limit ("maxFileBytes"); not read`,
      });
      return;
    }
    const known = index.get(source.path);
    if (
      !opts.force &&
      known &&
      known.ok &&
      known.size === source.size &&
      known.mtimeMs === source.mtimeMs &&
      known.fingerprint === pipeline.fingerprint &&
      (await stat(store.recordPath(known.articleId)).then(
        (st) => st.size > 0,
        () => false,
      ))
    ) {
      manifest.counts.skipped++;
      seenThisRun.add(known.articleId);
      return;
    }
    const read = await readSource(source, config.maxFileBytes);
    if (!read.ok) {
      await fail({ articleId: pathId, path: display, stage: 'ingest', code: read.code, reason: read.reason });
      return;
    }
    const bytes = read.bytes;
    const contentHash = sha256(bytes);
    const articleId = articleIdFromHash(contentHash);
    const sourceNow: SourceFile = { ...source, size: bytes.length };
    if (seenThisRun.has(articleId)) {
      await inFlight.get(articleId);
      const first = failedContent.get(articleId);
      if (first) {
        // Each path of failing content is reported, not folded into "duplicates" where nobody looks.
        await fail({
          articleId: pathId,
          path: display,
          stage: first.stage,
          code: first.code,
          reason: `${first.reason} (same content as ${first.path})`,
        });
        return;
      }
      manifest.counts.duplicates++;
      index.set(source.path, {
        articleId,
        size: source.size,
        mtimeMs: source.mtimeMs,
        fingerprint: pipeline.fingerprint,
        ok: true,
      });
      return;
    }
    seenThisRun.add(articleId);
    // Identical content met again this run shares the first copy's outcome once that is known.
    let settle!: () => void;
    inFlight.set(
      articleId,
      new Promise<void>((resolve) => {
        settle = resolve;
      }),
    );
    const failContent = async (entry: FailureEntry & { articleId: string }): Promise<void> => {
      failedContent.set(articleId, entry);
      await fail(entry);
    };
    const processContent = async (): Promise<void> => {
      if (!opts.force && index.get(source.path)?.articleId !== articleId) {
        // Same content already processed from another path, or the index was lost: trust a current record.
        const existing = await readFile(store.recordPath(articleId), 'utf8').then(
          (s) => JSON.parse(s) as { pipeline?: { fingerprint?: string } },
          () => null,
        );
        if (existing?.pipeline?.fingerprint === pipeline.fingerprint) {
          manifest.counts.skipped++;
          index.set(source.path, {
            articleId,
            size: source.size,
            mtimeMs: source.mtimeMs,
            fingerprint: pipeline.fingerprint,
            ok: true,
          });
          return;
        }
      }
      if (opts.dryRun) {
        manifest.counts.processed++;
        return;
      }
      if (stopping) return;
      let result: WorkerResult;
      try {
        result = await runArticle({ source: sourceNow, bytes });
      } catch (f) {
        const failure = f as RunFailure;
        if ('abandoned' in failure) return;
        const { timedOut, error } = failure;
        await failContent({
          articleId,
          path: display,
          stage: 'worker',
          code: timedOut ? 'E_TIMEOUT' : 'E_WORKER_CRASH',
          reason: timedOut
            ? `article took longer than ${config.articleTimeoutMs} ms ("articleTimeoutMs"); stopped`
            : `the worker thread died while processing this article (${error.message}); the worker was replaced`,
        });
        index.set(source.path, {
          articleId,
          size: source.size,
          mtimeMs: source.mtimeMs,
          fingerprint: pipeline.fingerprint,
          ok: false,
        });
        return;
      }
      for (const [stage, ms] of Object.entries(result.stageMs))
        manifest.stageMs[stage] = (manifest.stageMs[stage] ?? 0) + ms;
      if (!result.ok) {
        await failContent({ articleId, path: display, ...result.failure });
        index.set(source.path, {
          articleId,
          size: source.size,
          mtimeMs: source.mtimeMs,
          fingerprint: pipeline.fingerprint,
          ok: false,
        });
        return;
      }
      writeStarted();
      try {
        if (!dirtyMarked) {
          dirtyMarked = true;
          await store.markDirty();
        }
        await writeRecordJson(store, articleId, result.json);
      } finally {
        writeEnded();
      }
      changed = true;
      upsertedIds.add(articleId);
      removedIds.delete(articleId);
      const previous = index.get(source.path);
      index.set(source.path, {
        articleId,
        size: source.size,
        mtimeMs: source.mtimeMs,
        fingerprint: pipeline.fingerprint,
        ok: true,
      });
      if (
        previous &&
        previous.articleId !== articleId &&
        !index.isReferenced(previous.articleId, source.path) &&
        !seenThisRun.has(previous.articleId)
      ) {
        // The file's content changed: its earlier record or failure describes text that no longer exists.
        await removeIfExists(store.recordPath(previous.articleId));
        await removeIfExists(store.failurePath(previous.articleId));
        removedIds.add(previous.articleId);
        upsertedIds.delete(previous.articleId);
      }
      manifest.counts.processed++;
      manifest.counts.entities += result.counts.entities;
      manifest.counts.timexes += result.counts.timexes;
      manifest.counts.events += result.counts.events;
      manifest.counts.tokens += result.tokens;
      manifest.counts.bytes += bytes.length;
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

  // Time spent inside the discover iterator is the discover stage's share.
  let discoverMs = 0;
  const discovered = discoverFiles(config);
  try {
    for (;;) {
      const t0 = performance.now();
      const next = await discovered.next();
      discoverMs += performance.now() - t0;
      if (next.done) break;
      const item = next.value;
      if (stopping) break;
      manifest.counts.discovered++;
      if (item.kind === 'skip') {
        await fail({
          ...(item.code === 'E_UNREADABLE' ? { articleId: articleIdFromHash(sha256(`path\u0000${item.path}`)) } : {}),
          path: item.relPath,
          stage: 'discover',
          code: item.code,
          reason: item.reason,
        }).catch(onWriteError);
        continue;
      }
      await queue.onSizeLessThan(config.maxInFlight);
      if (stopping) break;
      void queue.add(async () => {
        try {
          await handle(item.source);
        } catch (e) {
          onWriteError(e);
        } finally {
          done++;
          opts.onProgress?.(done, manifest.counts.discovered);
        }
      });
    }
  } catch (e) {
    onWriteError(e);
  }
  await discovered.return(undefined);
  await queue.onIdle();
  manifest.stageMs['discover'] = discoverMs;
  clearInterval(watchdog);
  if (pool !== null) await (pool as Piscina<WorkerTask, WorkerResult[]>).destroy();

  if (!opts.dryRun && fatal === null) {
    try {
      const t0 = performance.now();
      if (opts.force || rebuildAllTables || !(await tablesExist(store.root))) {
        await rebuildTables(store.root, runId, manifest.startedAt);
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
          const removed = c === chunks - 1 ? [...removedIds] : [];
          await updateTables(store.root, { upserted, removed, runId, processedAt: manifest.startedAt });
        }
      }
      manifest.stageMs['tables'] = performance.now() - t0;
      await store.clearDirty();
      await index.save(store);
    } catch (e) {
      try {
        onWriteError(e);
      } catch (inner) {
        fatal = fatal ?? new DossierError('E_OUTPUT_UNWRITABLE', `writing tables failed: ${(inner as Error).message}`);
      }
    }
  }

  manifest.endedAt = new Date().toISOString();
  manifest.exitCode =
    fatal !== null
      ? ExitCode.OUTPUT_UNWRITABLE
      : manifest.interrupted
        ? ExitCode.INTERRUPTED
        : manifest.counts.failed > 0
          ? ExitCode.SOME_FAILED
          : ExitCode.OK;
  if (!opts.dryRun) {
    await writeJsonAtomic(store.manifestPath(runId), manifest, true).catch((e) =>
      log.error({ err: e }, 'could not write the run manifest'),
    );
    if (release) await release().catch(() => undefined);
  }
  // Signals stay handled until the manifest is written: a late Ctrl-C must not cut the tables short.
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.off('SIGXFSZ', onFileSizeLimit);
  if (fatal !== null) throw fatal;
  return manifest;
}

/** The exit code a finished run maps to. */
export function exitCodeOf(manifest: RunManifest): ExitCodeValue {
  return manifest.exitCode as ExitCodeValue;
}
