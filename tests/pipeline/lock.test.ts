import { jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lockOutput } from '../../src/pipeline/lock.js';
import { tempDir } from '../helpers.js';

describe('output lock', () => {
  test('a second run is refused with E_LOCKED while the first holds the lock; free again after release', async () => {
    const root = tempDir();
    const release = await lockOutput(root, () => undefined);
    expect(existsSync(path.join(root, '.lock'))).toBe(true);
    await expect(lockOutput(root, () => undefined)).rejects.toMatchObject({ code: 'E_LOCKED', exitCode: 3 });
    await release();
    const again = await lockOutput(root, () => undefined);
    await again();
  });

  // "At once" without a stopwatch: with the clock frozen, the refusal still arrives, so it waits on no
  // timer (no retry loop, no back-off); a retrying lock would never settle and the test would time out.
  test('the refusal waits on no timer: it arrives with the clock frozen', async () => {
    const root = tempDir();
    const release = await lockOutput(root, () => undefined);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      await expect(lockOutput(root, () => undefined)).rejects.toMatchObject({ code: 'E_LOCKED' });
    } finally {
      jest.useRealTimers();
    }
    await release();
  });

  test('a folder that does not exist cannot be locked: E_OUTPUT_UNWRITABLE', async () => {
    await expect(lockOutput(path.join(tempDir(), 'nope', 'deeper'), () => undefined)).rejects.toMatchObject({
      exitCode: 4,
    });
  });
});
