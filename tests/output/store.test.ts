import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeDirs, OutputStore } from '../../src/output/store.js';
import { tempDir } from '../helpers.js';

const onLinuxProc = existsSync('/proc/self') ? test : test.skip;

describe('makeDirs (mkdir -p that gives up)', () => {
  test('creates every missing level and accepts folders that exist', async () => {
    const root = tempDir();
    await makeDirs(path.join(root, 'a', 'b', 'c'));
    await makeDirs(path.join(root, 'a', 'b', 'c'));
    expect(existsSync(path.join(root, 'a', 'b', 'c'))).toBe(true);
  });

  test('refuses a path under a file with ENOTDIR', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'f'), '');
    await expect(makeDirs(path.join(root, 'f', 'x'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  // Node's recursive mkdir retries ENOENT from /proc for minutes at 100% CPU; this must fail at once.
  onLinuxProc(
    'fails at once under /proc, where the kernel answers ENOENT for a folder whose parent exists',
    async () => {
      const t0 = process.hrtime.bigint();
      await expect(new OutputStore('/proc/x').ensure()).rejects.toMatchObject({ code: 'ENOENT' });
      expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(5000);
    },
    10_000,
  );

  test('a folder created meanwhile by someone else is fine (EEXIST)', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'x'));
    await makeDirs(path.join(root, 'x', 'y'));
    expect(existsSync(path.join(root, 'x', 'y'))).toBe(true);
  });
});
