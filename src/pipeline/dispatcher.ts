/**
 * The dispatcher of a run: a pool of worker threads (piscina), batches, retry and the per-item time
 * budget. The worker module's default export takes `{ items, startedAt }` and returns one result per item,
 * in order.
 *
 * - **Batches.** An item that arrives while a worker is free goes at once; those that arrive while every
 *   worker is busy wait and go together (up to `batchSize` per task) when a worker finishes, so a busy run
 *   sends full batches and few messages. Nothing queues inside the pool: a stop abandons all that waits.
 * - **Retry.** A batch has the time budget of one item. A batch that runs over it, or whose worker dies,
 *   is run again one item per task, so only the item at fault fails, with the reason it would have had alone.
 * - **Time budget.** The worker stamps the start time into a one-slot clock shared with this thread (a
 *   Float64Array over a SharedArrayBuffer); a watchdog aborts a task that has run longer than the budget
 *   (piscina then terminates that worker and starts a fresh one). Time spent queued does not count.
 * - **Stop and abandon.** After `stop()` no new item goes to a worker (waiting ones are rejected as
 *   abandoned); `abandon()` also aborts the tasks running.
 * The pool is created on the first item, so a run that has nothing to do starts no thread; a run that knows it
 * has work (`start()`) starts it sooner, so the threads load their models while the caller still gets ready.
 */
import { Piscina } from 'piscina';
import type { Logger } from 'pino';
import { applyWorkerTiering } from './tiering.js';

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
export interface DispatchTask<I> {
  items: I[];
  startedAt: Float64Array;
}

interface Waiting<I, R> {
  item: I;
  resolve: (r: R) => void;
  reject: (f: TaskFailure) => void;
}

interface Running {
  startedAt: Float64Array;
  controller: AbortController;
  timedOut: boolean;
}

export class Dispatcher<I, R> {
  private pool: Piscina<DispatchTask<I>, R[]> | null = null;
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

  /** Tasks in the workers now (each worker runs one at a time). */
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
      if (this.inPool < this.opts.workers) this.flush();
    });
  }

  /** No new item goes to a worker; those waiting are rejected as abandoned. */
  stop(): void {
    this.stopped = true;
    this.flush();
  }

  /** Stops, and aborts every running task (their items reject as abandoned). */
  abandon(): void {
    this.abandoned = true;
    this.stop();
    for (const task of this.running) task.controller.abort();
  }

  /** Ends the watchdog and the worker threads. */
  async close(): Promise<void> {
    clearInterval(this.watchdog);
    if (this.pool !== null) await this.pool.destroy();
  }

  private workerPool(): Piscina<DispatchTask<I>, R[]> {
    if (this.pool === null) applyWorkerTiering(this.opts.workers);
    this.pool ??= new Piscina<DispatchTask<I>, R[]>({
      filename: this.opts.workerFile,
      minThreads: this.opts.workers,
      maxThreads: this.opts.workers,
      idleTimeout: this.opts.idleTimeoutMs ?? 60_000,
      workerData: this.opts.workerData,
    });
    return this.pool;
  }

  private checkBudgets(): void {
    const now = Date.now();
    for (const task of this.running) {
      const t0 = task.startedAt[0]!;
      if (t0 > 0 && now - t0 > this.opts.timeoutMs && !task.timedOut) {
        task.timedOut = true;
        task.controller.abort();
      }
    }
  }

  private flush = (): void => {
    if (this.stopped)
      for (const w of [...this.retries.splice(0), ...this.pending.splice(0)]) w.reject({ abandoned: true });
    // A batch goes only to a free worker: what waits here can still be abandoned by a stop.
    while (this.inPool < this.opts.workers) {
      if (this.retries.length > 0) this.send(this.retries.splice(0, 1));
      else if (this.pending.length > 0) this.send(this.pending.splice(0, this.opts.batchSize));
      else break;
    }
  };

  private send(batch: Array<Waiting<I, R>>): void {
    if (batch.length > 1) this.opts.log.debug({ articles: batch.length }, 'batch sent to a worker');
    this.runTask(batch.map((w) => w.item)).then(
      (results) => batch.forEach((w, k) => w.resolve(results[k]!)),
      (failure: TaskFailure) => {
        // A failed batch of several is run again one item per task, to find the item at fault.
        if (batch.length > 1 && !('abandoned' in failure)) {
          this.retries.push(...batch);
          this.flush();
        } else for (const w of batch) w.reject(failure);
      },
    );
  }

  private async runTask(items: I[]): Promise<R[]> {
    // One plain AbortController per task (no AbortSignal.any: a composite signal is only weakly held by
    // its sources, and a lost one would leave a runaway task running forever).
    const task: Running = {
      startedAt: new Float64Array(new SharedArrayBuffer(8)),
      controller: new AbortController(),
      timedOut: false,
    };
    this.running.add(task);
    this.inPool++;
    this.opts.onWorkingChange?.();
    try {
      return await this.workerPool().run(
        { ...this.opts.taskData, items, startedAt: task.startedAt },
        { signal: task.controller.signal },
      );
    } catch (e) {
      if (this.abandoned && !task.timedOut) throw { abandoned: true } satisfies TaskFailure;
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
