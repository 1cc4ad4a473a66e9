/**
 * How a worker thread takes a task it was sent, and how the main thread withdraws one the worker has not
 * started: one small `SharedArrayBuffer` per task, read and written by both threads without a message.
 *
 * A worker holds its next task while it runs the current one (see `dispatcher.ts`), so it goes on from one
 * batch to the next without waiting for the main thread to hear of the first and send the second (that wait
 * was the worker's idle time between tasks: the main thread was writing records, deriving table rows or
 * simply not scheduled). A task held that way is not yet under way: a stop withdraws it, and a worker that
 * dies while holding it (its other task crashed or ran over the time budget) leaves it to be sent again, not
 * failed. Both threads settle who has a task with one compare-and-swap on `state`, so a task is either run or
 * withdrawn, never both.
 *
 * Layout: bytes 0–7 the time the worker started the task (`Date.now()`, 0 until then: the time budget counts
 * from it, not from when the task was sent); bytes 8–11 the state ({@link QUEUED}, {@link STARTED},
 * {@link WITHDRAWN}); bytes 12–15 the id of the worker thread that started it (so the main thread knows
 * which thread to stop when the task runs over its budget).
 */
import { threadId } from 'node:worker_threads';

/** Sent, not started. */
export const QUEUED = 0;
/** Taken by a worker thread. */
export const STARTED = 1;
/** Withdrawn by the main thread before any worker took it. */
export const WITHDRAWN = 2;
/**
 * Run to the end by the worker, which is about to return its results. The results travel on a message
 * port of their own, and when the worker dies right after (of the next task it holds), the main thread may
 * hear of the death first: the pool then rejects this task too, and its results are lost. A finished task
 * rejected that way is sent again, not failed: it did not crash anything, and nothing of it was written.
 */
export const FINISHED = 3;

/** The shared slots of one task, as the main thread creates them and a worker receives them. */
export interface TaskClaim {
  /** `[0]`: when the worker started the task (ms since the epoch), 0 before. */
  startedAt: Float64Array;
  /** `[0]`: the state; `[1]`: the id of the thread that started the task. */
  claim: Int32Array;
}

/** Fresh slots for one task: queued, not started. */
export function newTaskClaim(): TaskClaim {
  const buffer = new SharedArrayBuffer(16);
  return { startedAt: new Float64Array(buffer, 0, 1), claim: new Int32Array(buffer, 8, 2) };
}

/**
 * Called by the worker thread before it runs a task: takes it and starts its clock, or returns false when
 * the main thread withdrew it first (the worker then returns without running it). Taking a task twice on
 * the same thread (a wrapper around the worker takes it, then the worker) is allowed. A task without slots
 * (a caller that runs the worker function directly) is always taken.
 */
export function startTask(task: Partial<TaskClaim>): boolean {
  const { claim, startedAt } = task;
  if (claim !== undefined) {
    const was = Atomics.compareExchange(claim, 0, QUEUED, STARTED);
    if (was === WITHDRAWN) return false;
    if (was === STARTED) return Atomics.load(claim, 1) === threadId;
    // The thread's id before the clock: once the clock runs, the main thread may need to stop this thread.
    Atomics.store(claim, 1, threadId);
  }
  if (startedAt !== undefined && startedAt[0] === 0) startedAt[0] = Date.now();
  return true;
}

/**
 * Resolves on the worker's next turn of its event loop. A worker thread that holds two tasks receives both
 * at once, and piscina starts the second as soon as the first one's function returns, before it has posted
 * the first one's results; a task function that first awaits this lets the earlier results go out (and
 * count as done: a crash of the second task must not take them with it) before it starts.
 */
export function afterEarlierResults(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Called by the main thread: withdraws a task no worker has started; false when one has. */
export function withdrawTask(slots: TaskClaim): boolean {
  const was = Atomics.compareExchange(slots.claim, 0, QUEUED, WITHDRAWN);
  return was === QUEUED || was === WITHDRAWN;
}

/** True once a worker thread started the task (finished or not). */
export function taskStarted(slots: TaskClaim): boolean {
  const state = Atomics.load(slots.claim, 0);
  return state === STARTED || state === FINISHED;
}

/** Called by the worker thread when a task it started has its results, just before it returns them. */
export function finishTask(task: Partial<TaskClaim>): void {
  if (task.claim !== undefined) Atomics.store(task.claim, 0, FINISHED);
}

/** True when the worker ran the task to the end (its results may still have been lost with the thread). */
export function taskFinished(slots: TaskClaim): boolean {
  return Atomics.load(slots.claim, 0) === FINISHED;
}
