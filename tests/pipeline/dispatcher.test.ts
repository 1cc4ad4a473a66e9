import pino from 'pino';
import { Dispatcher, type TaskFailure } from '../../src/pipeline/dispatcher.js';

const WORKER = new URL('../fixtures/dispatcher-worker.mjs', import.meta.url).href;
type Echo = { item: string; batch: number; thread: number; tag?: string };

function dispatcher(
  workers = 1,
  timeoutMs = 2000,
  batchSize = 4,
  taskData?: Record<string, unknown>,
): Dispatcher<string, Echo> {
  return new Dispatcher<string, Echo>({
    workers,
    workerFile: WORKER,
    workerData: null,
    timeoutMs,
    batchSize,
    log: pino({ level: 'silent' }),
    taskData,
  });
}

const outcome = (p: Promise<Echo>) =>
  p.then(
    (r) => ({ ok: r.item }),
    (f: TaskFailure) => ('abandoned' in f ? { abandoned: true } : { timedOut: f.timedOut }),
  );

describe('Dispatcher', () => {
  test('starts no thread until the first item, then returns each item its own result', async () => {
    const d = dispatcher();
    expect(d.started).toBe(false);
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const results = await Promise.all(items.map((i) => d.run(i)));
    expect(d.started).toBe(true);
    expect(results.map((r) => r.item)).toEqual(items);
    await d.close();
  });

  test('start() starts the threads before any item; task data filled in after that goes with every task', async () => {
    const taskData: Record<string, unknown> = {};
    const d = dispatcher(1, 2000, 4, taskData);
    d.start();
    expect(d.started).toBe(true);
    taskData['tag'] = 'run-1';
    const results = await Promise.all(['a', 'b', 'c'].map((i) => d.run(i)));
    expect(results.map((r) => r.tag)).toEqual(['run-1', 'run-1', 'run-1']);
    await d.close();
  });

  test('working: the tasks in the workers, reported at each change', async () => {
    const seen: number[] = [];
    const d: Dispatcher<string, Echo> = new Dispatcher<string, Echo>({
      workers: 1,
      workerFile: WORKER,
      workerData: null,
      timeoutMs: 2000,
      batchSize: 4,
      log: pino({ level: 'silent' }),
      onWorkingChange: () => seen.push(d.working),
    });
    expect(d.working).toBe(0);
    await d.run('a');
    expect(d.working).toBe(0);
    expect(seen).toEqual([1, 0]);
    await d.close();
  });

  test('hungry: a worker is free and nothing waits for one (what the run charges to discover)', async () => {
    const d = dispatcher(1, 2000, 4);
    expect(d.hungry).toBe(true);
    const first = d.run('a');
    // The one worker is busy with 'a'; 'b' waits for it.
    expect(d.hungry).toBe(false);
    const second = d.run('b');
    expect(d.hungry).toBe(false);
    await Promise.all([first, second]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(d.hungry).toBe(true);
    d.stop();
    expect(d.hungry).toBe(false);
    await d.close();
  });

  test('items that arrive while the worker is busy go together, in batches of at most batchSize', async () => {
    const d = dispatcher(1, 2000, 4);
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => d.run(`x${i}`)));
    // The first goes alone (a worker was free); the rest wait and go in batches of up to 4.
    expect(results[0]!.batch).toBe(1);
    expect(Math.max(...results.map((r) => r.batch))).toBe(4);
    await d.close();
  });

  test('a busy worker holds the next full batch and starts it without waiting for this thread', async () => {
    const started = new Int32Array(new SharedArrayBuffer(4));
    const d = dispatcher(1, 30_000, 2, { started });
    const results = Promise.all(['slow', 'x', 'y'].map((i) => d.run(i)));
    // This thread stays busy: the worker finishes 'slow' and goes on to 'x' and 'y', which it already holds.
    const deadline = Date.now() + 20_000;
    while (Atomics.load(started, 0) < 3 && Date.now() < deadline) {
      /* busy */
    }
    expect(Atomics.load(started, 0)).toBe(3);
    expect((await results).map((r) => [r.item, r.batch])).toEqual([
      ['slow', 1],
      ['x', 2],
      ['y', 2],
    ]);
    await d.close();
  }, 30_000);

  test('a batch held behind an item that runs over the budget goes again whole, not charged', async () => {
    const d = dispatcher(1, 400, 2);
    const hang = outcome(d.run('hang'));
    const held = await Promise.all(['a', 'b'].map((i) => d.run(i)));
    expect(await hang).toEqual({ timedOut: true });
    // Sent again as the batch it was (a batch that failed is run again one item per task).
    expect(held.map((r) => [r.item, r.batch])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    await d.close();
  }, 30_000);

  test('a crash inside a batch fails only the item that caused it; its batch-mates succeed on retry', async () => {
    const d = dispatcher(1, 5000, 4);
    const first = d.run('warm');
    const rest = ['a', 'crash', 'b', 'c'].map((i) => outcome(d.run(i)));
    await first;
    expect(await Promise.all(rest)).toEqual([{ ok: 'a' }, { timedOut: false }, { ok: 'b' }, { ok: 'c' }]);
    await d.close();
  }, 30_000);

  test('a task finished just before its thread dies of the next one is run again, not failed', async () => {
    // The finished task's results and the thread's death reach this thread on different channels; with this
    // thread busy while both happen, the death is heard first and the pool rejects the finished task too.
    for (let round = 0; round < 3; round++) {
      const d = dispatcher(1, 5000, 1);
      const done = outcome(d.run('a'));
      const crashed = outcome(d.run('crash'));
      const t0 = Date.now();
      while (Date.now() - t0 < 500) {
        /* busy while the thread starts, finishes 'a' and dies of 'crash' */
      }
      expect(await done).toEqual({ ok: 'a' });
      expect(await crashed).toEqual({ timedOut: false });
      await d.close();
    }
  }, 60_000);

  test('the time budget stops a hanging item; items queued behind it are not charged for the wait', async () => {
    const d = dispatcher(1, 400, 1);
    const results = await Promise.all(['hang', 'a', 'b'].map((i) => outcome(d.run(i))));
    expect(results).toEqual([{ timedOut: true }, { ok: 'a' }, { ok: 'b' }]);
    await d.close();
  }, 30_000);

  test('stop(): waiting items are abandoned, those in a worker finish; abandon(): running ones end too', async () => {
    const d = dispatcher(1, 60_000, 1);
    const running = outcome(d.run('a'));
    const waiting = outcome(d.run('b'));
    d.stop();
    expect(await waiting).toEqual({ abandoned: true });
    expect(await running).toEqual({ ok: 'a' });
    expect(await outcome(d.run('c'))).toEqual({ abandoned: true });
    await d.close();

    const d2 = dispatcher(1, 60_000, 1);
    const hung = outcome(d2.run('hang'));
    await new Promise((r) => setTimeout(r, 300));
    d2.abandon();
    expect(await hung).toEqual({ abandoned: true });
    await d2.close();
  }, 30_000);
});
