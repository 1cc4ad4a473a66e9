/**
 * The fault seam (tests/fixtures/seams/fault-worker.mjs) must crash only the task it is asked to crash. A
 * worker holds two tasks at once (the next one waits behind the current one); the seam used to take its
 * task and then yield once more before running it, so a crash in the task held behind it, run in that gap,
 * took the started task with it and the run reported two crashed articles for one (the flaky "a crash
 * inside a batch fails only the article that caused it").
 */
import path from 'node:path';
import pino from 'pino';
import { Dispatcher, type TaskFailure } from '../../../src/pipeline/dispatcher.js';
import type { ArticleInput } from '../../../src/pipeline/extract.js';
import type { WorkerData, WorkerResult } from '../../../src/pipeline/worker.js';
import { REPO, article } from './harness.js';

const SEAM_WORKER = path.join(REPO, 'tests', 'fixtures', 'seams', 'fault-worker.mjs');

function input(relPath: string, label: number): ArticleInput {
  const bytes = new TextEncoder().encode(article(label));
  return { source: { path: relPath, relPath, size: bytes.length, mtimeMs: 0 }, bytes };
}

describe('the fault seam', () => {
  it('a task taken just before a crashing one it holds is not failed with it', async () => {
    const d = new Dispatcher<ArticleInput, WorkerResult>({
      workers: 1,
      workerFile: SEAM_WORKER,
      workerData: {
        settings: { fallbackPublicationDate: null, minEventConfidence: 0.5 },
        log: { level: 'silent', file: null },
        seam: { crash: 'crashme' },
      } as unknown as WorkerData,
      timeoutMs: 60_000,
      // Batches of one: the second item goes at once to the busy worker, which holds both.
      batchSize: 1,
      log: pino({ level: 'silent' }),
    });
    try {
      const first = d.run(input('first.txt', 1));
      const crashing = d.run(input('crashme.txt', 2));
      const [a, b] = await Promise.allSettled([first, crashing]);
      expect(a.status).toBe('fulfilled');
      expect((a as PromiseFulfilledResult<WorkerResult>).value.kind).toBe('record');
      expect(b.status).toBe('rejected');
      expect((b as PromiseRejectedResult).reason as TaskFailure).toMatchObject({ timedOut: false });
    } finally {
      await d.close();
    }
  }, 60_000);
});
