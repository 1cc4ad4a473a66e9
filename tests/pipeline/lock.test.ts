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

  test('a folder that does not exist cannot be locked: E_OUTPUT_UNWRITABLE', async () => {
    await expect(lockOutput(path.join(tempDir(), 'nope', 'deeper'), () => undefined)).rejects.toMatchObject({
      exitCode: 4,
    });
  });
});
