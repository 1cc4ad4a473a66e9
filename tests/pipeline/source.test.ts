/** Reading one listed file: never more than the cap + 1 bytes, whatever the file does meanwhile. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSource, type SourceHandle } from '../../src/pipeline/source.js';
import { tempDir } from '../helpers.js';

/** A file that reports `size` at open and then yields bytes for as long as it is read (it keeps growing). */
function growingFile(size: number): { handle: SourceHandle; bytesRead: () => number; closed: () => boolean } {
  let total = 0;
  let closed = false;
  const handle: SourceHandle = {
    stat: async () => ({ isFile: () => true, size, mtimeMs: 0 }),
    read: async (buffer, offset, length) => {
      buffer.fill(0x61, offset, offset + length);
      total += length;
      return { bytesRead: length };
    },
    close: async () => {
      closed = true;
    },
  };
  return { handle, bytesRead: () => total, closed: () => closed };
}

describe('readSource', () => {
  test('a file that grows while it is read is refused after reading at most cap + 1 bytes', async () => {
    const file = growingFile(10);
    const r = await readSource({ path: 'grows.txt' }, 1000, async () => file.handle);
    expect(r).toMatchObject({ ok: false, code: 'E_TOO_LARGE' });
    expect(file.bytesRead()).toBeGreaterThan(1000);
    expect(file.bytesRead()).toBeLessThanOrEqual(1001);
    expect(file.closed()).toBe(true);
  });

  test('a file already over the cap when opened is not read at all', async () => {
    const file = growingFile(3 * 1024 ** 3);
    const r = await readSource({ path: 'big.txt' }, 1000, async () => file.handle);
    expect(r).toMatchObject({ ok: false, code: 'E_TOO_LARGE' });
    expect(file.bytesRead()).toBe(0);
  });

  test('reads a file within the cap whole', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'hello world');
    const r = await readSource({ path: path.join(dir, 'a.txt') }, 1000);
    expect(r.ok && r.bytes.toString()).toBe('hello world');
  });
});
