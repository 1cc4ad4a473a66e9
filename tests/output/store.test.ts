import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  makeDirs,
  OutputStore,
  StateIndex,
  writeFileAtomically,
  writePiecesAtomically,
  type DirFs,
} from '../../src/output/store.js';
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

  // Node's recursive mkdir retries ENOENT from /proc for minutes at 100% CPU; this must give up at once.
  // "At once" is counted, not timed: each missing level gets one mkdir, and the first refusal ends it.
  test('a kernel that answers ENOENT for a folder whose parent exists (/proc) gets one mkdir, then the error', async () => {
    const calls: string[] = [];
    const enoent = (p: string) => Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });
    const procLike: DirFs = {
      stat: async (p) => {
        calls.push(`stat ${p}`);
        if (p === '/proc' || p === '/') return { isDirectory: () => true };
        throw enoent(p);
      },
      mkdir: async (p) => {
        calls.push(`mkdir ${p}`);
        throw enoent(p);
      },
    };
    await expect(makeDirs('/proc/x/a/b', procLike)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(calls).toEqual(['stat /proc/x/a/b', 'stat /proc/x/a', 'stat /proc/x', 'stat /proc', 'mkdir /proc/x']);
  });

  test('creates each missing level with one mkdir, outermost first', async () => {
    const made = new Set(['/', '/srv']);
    const mkdirs: string[] = [];
    const fs: DirFs = {
      stat: async (p) => {
        if (made.has(p)) return { isDirectory: () => true };
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
      mkdir: async (p) => {
        mkdirs.push(p);
        made.add(p);
      },
    };
    await makeDirs('/srv/out/records/ab', fs);
    expect(mkdirs).toEqual(['/srv/out', '/srv/out/records', '/srv/out/records/ab']);
  });

  onLinuxProc('the real /proc refuses /proc/x with ENOENT', async () => {
    await expect(new OutputStore('/proc/x').ensure()).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('a folder created meanwhile by someone else is fine (EEXIST)', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'x'));
    await makeDirs(path.join(root, 'x', 'y'));
    expect(existsSync(path.join(root, 'x', 'y'))).toBe(true);
  });
});

describe('where an atomic write puts its temp file', () => {
  test('in the folder it is given: a file deeper than <root>/<folder>/ need not try a .tmp/ that is not there', async () => {
    const store = new OutputStore(tempDir());
    await store.ensure();
    const deep = path.join(store.state, 'shards');
    mkdirSync(deep);
    await writeFileAtomically(path.join(deep, 'b.json'), 'b', false, store.tmp);
    expect(readFileSync(path.join(deep, 'b.json'), 'utf8')).toBe('b');
    // The temp file really goes there: a "folder" that is a file cannot hold it (ENOTDIR, not the sibling).
    const notAFolder = path.join(store.root, 'plain-file');
    writeFileSync(notAFolder, '');
    await expect(writeFileAtomically(path.join(deep, 'c.json'), 'c', false, notAFolder)).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
    expect(existsSync(path.join(deep, 'c.json'))).toBe(false);
    // Without one, a file with no .tmp/ two levels up is written through a hidden sibling; nothing is left.
    await writeFileAtomically(path.join(deep, 'd.json'), 'd', false);
    expect(readdirSync(deep).sort()).toEqual(['b.json', 'd.json']);
    expect(readdirSync(store.tmp)).toEqual([]);
  });
});

describe('writing a large file a piece at a time', () => {
  test('the file holds every piece in order (multi-byte text across chunk edges), and no temp file is left', async () => {
    const store = new OutputStore(tempDir());
    await store.ensure();
    const pieces = Array.from({ length: 500 }, (_, i) => `«${i}» Zürich–Kraków ${'x'.repeat(i % 13)}\n`);
    const file = path.join(store.state, 'big.txt');
    await writePiecesAtomically(file, pieces, true, 100);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(store.tmp)).toEqual([]);
    // A failing piece source leaves the old file as it was.
    function* failing(): Generator<string> {
      yield 'partial';
      throw new Error('boom');
    }
    await expect(writePiecesAtomically(file, failing(), true, 1)).rejects.toThrow('boom');
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(store.tmp)).toEqual([]);
  });

  test('the index saved in pieces is the JSON text of the whole index, sorted by path', async () => {
    const store = new OutputStore(tempDir());
    await store.ensure();
    const index = await StateIndex.load(store);
    const sources: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++) {
      const p = `/in/dir "${i % 7}"/ä-${(i * 7919) % 300}.txt`;
      const entry =
        i % 5 === 0
          ? {
              articleId: `a_${i.toString(16).padStart(16, '0')}`,
              size: 0,
              mtimeMs: i + 0.5,
              ok: false,
              failure: 'E_EMPTY',
              fingerprint: 'f',
            }
          : {
              articleId: `a_${i.toString(16).padStart(16, '0')}`,
              size: i,
              mtimeMs: i * 1000,
              ok: true,
              fingerprint: 'f',
            };
      index.set(p, entry);
      sources[p] = entry;
    }
    await index.save(store);
    const sorted: Record<string, unknown> = {};
    for (const p of Object.keys(sources).sort()) sorted[p] = sources[p];
    expect(readFileSync(store.indexPath, 'utf8')).toBe(`${JSON.stringify({ version: 1, sources: sorted })}\n`);
  });
});
