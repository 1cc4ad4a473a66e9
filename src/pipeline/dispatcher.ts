/**
 * The dispatcher of a run: a pool of worker threads (piscina), batches, retry and the per-item time
 * budget. The worker module's default export takes `{ items, startedAt, claim }`, calls `startTask` on it
 * (`task-claim.ts`) and returns one result per item, in order, or `null` when `startTask` says the task was
 * withdrawn.
 *
 * - **Batches.** An item that arrives while a worker is free goes at once; those that arrive while every
 *   worker is busy wait and go together (up to `batchSize` per task), so a busy run sends full batches and
 *   few messages.
 * - **The next batch waits in the worker.** Each worker holds up to {@link TASKS_PER_WORKER} tasks: the one
 *   it runs and a full batch behind it, which it starts as soon as it finishes the first, without waiting
 *   for this thread to receive the result and send more (this thread may be busy writing records and
 *   deriving table rows, or not scheduled at all on a loaded machine: a worker used to sit idle between
 *   every two batches for that long). Only a full batch is sent ahead; a partial one waits for a free worker.
 * - **Retry.** A batch has the time budget of one item. A batch that runs over it, or whose worker dies,
 *   is run again one item per task, so only the item at fault fails, with the reason it would have had alone.
 *   A task the dying worker held but had not started is sent again as it was: it did not fail.
 * - **Time budget.** The worker stamps the start time into a slot shared with this thread (`task-claim.ts`);
 *   a watchdog terminates the thread of a task that has run longer than the budget (piscina then starts a
 *   fresh one). Time spent queued, here or in the worker, does not count.
 * - **Stop and abandon.** After `stop()` no new item goes to a worker: waiting ones, and tasks sent ahead
 *   that no worker has started, are rejected as abandoned; `abandon()` also ends the tasks running.
 * The pool is created on the first item, so a run that has nothing to do starts no thread; a run that knows it
 * has work (`start()`) starts it sooner, so the threads load their models while the caller still gets ready.
 */
import { Piscina } from 'piscina';
import type { Logger } from 'pino';
import { applyWorkerTiering } from './tiering.js';
import { newTaskClaim, taskFinished, taskStarted, withdrawTask, type TaskClaim } from './task-claim.js';

/** Tasks a worker thread holds at once: the one it runs and the next batch. */
export const TASKS_PER_WORKER = 2;
/** Times a task may end unstarted (its worker died first) and be sent again. */
const MAX_UNSTARTED = 3;

export interface DispatcherOptions {
  /** Worker threads (≥ 1). */
  workers: number;
  /** URL of the worker module. */
  workerFile: string;
  /** Handed to every worker at start-up (`workerData`). */
  workerData: unknown;
  /** Budget of one task, in ms. */
  timeoutMs: number;
  /** Items per task at most. */
  batchSize: number;
  log: Logger;
  /** Idle worker threads exit after this long. */
  idleTimeoutMs?: number;
  /**
   * Fields sent with every task beside its items, read when the task is sent (so they may be filled in
   * after the pool started, before the first item).
   */
  taskData?: Record<string, unknown>;
  /** Called each time the number of tasks in the workers changes (see `working`). */
  onWorkingChange?: () => void;
}

/** Why an item produced no result: it timed out or killed its worker, or the run abandoned it. */
export type TaskFailure = { timedOut: boolean; error: Error } | { abandoned: true };

/** One task as a worker receives it (and the fields of `taskData`). */
export interface DispatchTask<I> extends TaskClaim {
  items: I[];
}

interface Waiting<I, R> {
  item: I;
  /** Times a task holding it ended before it started (its worker died of another task). */
  unstarted?: number;
  resolve: (r: R) => void;
  reject: (f: TaskFailure) => void;
}

interface Running {
  slots: TaskClaim;
  /** Sent while every worker had a task: the worker holds it behind another, and a stop withdraws it. */
  ahead: boolean;
  timedOut: boolean;
}

export class Dispatcher<I, R> {
  private pool: Piscina<DispatchTask<I>, R[] | null> | null = null;
  private readonly pending: Array<Waiting<I, R>> = [];
  /** Items of a failed batch, each to run alone; they go before new items. */
  private readonly retries: Array<Waiting<I, R>> = [];
  private readonly running = new Set<Running>();
  private inPool = 0;
  private stopped = false;
  private abandoned = false;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly opts: DispatcherOptions) {
    this.watchdog = setInterval(() => this.checkBudgets(), Math.max(50, Math.min(500, Math.floor(opts.timeoutMs / 4))));
    this.watchdog.unref();
  }

  /** True when a worker could take an item now and none waits: the run is held up by what feeds it. */
  get hungry(): boolean {
    return !this.stopped && this.inPool < this.opts.workers && this.pending.length + this.retries.length === 0;
  }

  /** Tasks in the workers now (each worker runs one at a time and may hold the next). */
  get working(): number {
    return this.inPool;
  }

  /** True once a worker thread was started. */
  get started(): boolean {
    return this.pool !== null;
  }

  /** Starts the worker threads now rather than on the first item. */
  start(): void {
    if (!this.stopped) this.workerPool();
  }

  /** Runs one item in a worker (batched with others); rejects with a {@link TaskFailure}. */
  run(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.stopped) {
        reject({ abandoned: true } satisfies TaskFailure);
        return;
      }
      this.pending.push({ item, resolve, reject });
      if (this.inPool < this.opts.workers * TASKS_PER_WORKER) this.flush();
    });
  }

  /** No new item goes to a worker; those waiting, and tasks sent ahead that no worker started, are rejected as abandoned. */
  stop(): void {
    this.stopped = true;
    for (const task of this.running) if (task.ahead) withdrawTask(task.slots);
    this.flush();
  }

  /** Stops, and ends every task in the workers (their items reject as abandoned). */
  abandon(): void {
    this.abandoned = true;
    this.stop();
    for (const task of this.running) if (!withdrawTask(task.slots)) this.terminate(task);
  }

  /** Ends the watchdog and the worker threads. */
  async close(): Promise<void> {
    clearInterval(this.watchdog);
    if (this.pool !== null) await this.pool.destroy();
  }

  private workerPool(): Piscina<DispatchTask<I>, R[] | null> {
    if (this.pool === null) applyWorkerTiering(this.opts.workers);
    this.pool ??= new Piscina<DispatchTask<I>, R[] | null>({
      filename: this.opts.workerFile,
      minThreads: this.opts.workers,
      maxThreads: this.opts.workers,
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      idleTimeout: this.opts.idleTimeoutMs ?? 60_000,
      workerData: this.opts.workerData,
    });
    return this.pool;
  }

  private checkBudgets(): void {
    const now = Date.now();
    for (const task of this.running) {
      const t0 = task.slots.startedAt[0]!;
      if (t0 > 0 && now - t0 > this.opts.timeoutMs && !task.timedOut) {
        task.timedOut = true;
        this.terminate(task);
      }
    }
  }

  /** Ends the thread that runs `task` (piscina rejects the tasks it held and starts another thread). */
  private terminate(task: Running): void {
    const id = Atomics.load(task.slots.claim, 1);
    const thread = this.pool?.threads.find((t) => t.threadId === id);
    if (thread !== undefined) void thread.terminate();
  }

  private flush = (): void => {
    if (this.stopped)
      for (const w of [...this.retries.splice(0), ...this.pending.splice(0)]) w.reject({ abandoned: true });
    // A free worker takes what waits; a busy one a full batch to hold behind its current task (what waits
    // here can still be abandoned by a stop, and a partial batch may yet fill up).
    for (;;) {
      const free = this.inPool < this.opts.workers;
      if (!free && this.inPool >= this.opts.workers * TASKS_PER_WORKER) break;
      if (this.retries.length > 0) this.send(this.retries.splice(0, 1), !free);
      else if (this.pending.length >= (free ? 1 : this.opts.batchSize))
        this.send(this.pending.splice(0, this.opts.batchSize), !free);
      else break;
    }
  };

  private send(batch: Array<Waiting<I, R>>, ahead: boolean): void {
    if (batch.length > 1) this.opts.log.debug({ articles: batch.length, ahead }, 'batch sent to a worker');
    // A batch that was held by dying workers again and again fails like any other (a worker that cannot start).
    const resend = batch.every((w) => (w.unstarted ?? 0) < MAX_UNSTARTED);
    this.runTask(
      batch.map((w) => w.item),
      ahead,
      resend,
    ).then(
      (results) => {
        // Not started when its worker died (of the task it ran before), or run to the end with its results
        // lost with the thread (of the task after it): sent again, first.
        if (results === null) {
          for (const w of batch) w.unstarted = (w.unstarted ?? 0) + 1;
          this.pending.unshift(...batch);
          this.flush();
        } else batch.forEach((w, k) => w.resolve(results[k]!));
      },
      (failure: TaskFailure) => {
        // A failed batch of several is run again one item per task, to find the item at fault.
        if (batch.length > 1 && !('abandoned' in failure)) {
          this.retries.push(...batch);
          this.flush();
        } else for (const w of batch) w.reject(failure);
      },
    );
  }

  /** Runs one task; `null` when its worker ended before starting it (it is to be sent again). */
  private async runTask(items: I[], ahead: boolean, resend: boolean): Promise<R[] | null> {
    const task: Running = { slots: newTaskClaim(), ahead, timedOut: false };
    this.running.add(task);
    this.inPool++;
    this.opts.onWorkingChange?.();
    try {
      const results = await this.workerPool().run({ ...this.opts.taskData, items, ...task.slots });
      // Withdrawn by a stop before any worker took it.
      if (results === null) throw new Error('withdrawn');
      return results;
    } catch (e) {
      if (this.stopped && !taskStarted(task.slots)) throw { abandoned: true } satisfies TaskFailure;
      if (this.abandoned && !task.timedOut) throw { abandoned: true } satisfies TaskFailure;
      if (resend && !taskStarted(task.slots) && withdrawTask(task.slots)) return null;
      // Run to the end, its results lost with a thread that died of the task after it: run it again.
      if (resend && taskFinished(task.slots) && !task.timedOut) return null;
      throw { timedOut: task.timedOut, error: e as Error } satisfies TaskFailure;
    } finally {
      this.running.delete(task);
      this.inPool--;
      this.opts.onWorkingChange?.();
      // A worker is free: whatever waited while all were busy goes now.
      if (this.pending.length + this.retries.length > 0) setImmediate(this.flush);
    }
  }
}
