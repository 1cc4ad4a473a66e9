import path from 'node:path';
import { discoverFiles, type Discovered } from '../../src/stages/discover.js';
import { tempDir, writeFiles } from '../helpers.js';

async function collect(
  opts: Partial<Parameters<typeof discoverFiles>[0]> & { inputs: string[] },
): Promise<Discovered[]> {
  const out: Discovered[] = [];
  for await (const d of discoverFiles({
    include: ['**/*.txt', '**/*.md', '**/*.html'],
    exclude: ['**/ATTRIBUTION.md', '**/.*'],
    followSymlinks: false,
    ...opts,
  }))
    out.push(d);
  return out;
}

describe('discover stage', () => {
  test('walks folders recursively, applies include and exclude globs, reports relative paths and sizes', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'a.txt': 'x',
      'deep/er/b.md': 'yy',
      'c.html': 'zzz',
      'd.pdf': 'no',
      'ATTRIBUTION.md': 'no',
      '.hidden.txt': 'no',
      'sub/.git/e.txt': 'no',
    });
    const found = await collect({ inputs: [dir] });
    const files = found
      .filter((d) => d.kind === 'file')
      .map((d) => (d.kind === 'file' ? [d.source.relPath, d.source.size] : null));
    expect(files.sort()).toEqual([
      ['a.txt', 1],
      ['c.html', 3],
      ['deep/er/b.md', 2],
    ]);
    expect(found.every((d) => d.kind === 'file')).toBe(true);
  });

  test('several input folders are all read; each path is relative to its own folder', async () => {
    const a = tempDir();
    const b = tempDir();
    writeFiles(a, { 'one.txt': '1' });
    writeFiles(b, { 'two/two.txt': '2' });
    const found = await collect({ inputs: [a, b] });
    expect(found.map((d) => (d.kind === 'file' ? path.join(d.root, d.source.relPath) : d.path))).toEqual([
      path.join(a, 'one.txt'),
      path.join(b, 'two/two.txt'),
    ]);
  });
});
