/**
 * Security (issue 7): output paths come only from computed ids, the config cannot load code and its
 * values are validated before use, and reading a source never blocks or over-reads.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { DossierError } from '../../../src/errors.js';
import { OutputStore } from '../../../src/output/store.js';
import { readSource } from '../../../src/pipeline/source.js';
import { discoverFiles } from '../../../src/stages/discover.js';
import { ARTICLE_FILE, article, listTree, readRecords, runCli, sh, tempDir, writeFiles } from './harness.js';

describe('output paths come only from computed ids', () => {
  it('no file name, title or front matter can make a run write outside output/', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    const evil = [
      '---',
      'title: ../../../../escaped-title',
      'id: ../../escaped-id',
      'articleId: /tmp/escaped-abs',
      'path: ../../x.json',
      '---',
      article('evil'),
    ].join('\n');
    writeFiles(input, {
      '..txt': article('dots'),
      '.. ..txt': article('dots2'),
      '..\\..\\windows.txt': article('backslash'),
      '%2e%2e%2fencoded.txt': article('encoded'),
      'front.md': evil,
      'abs.html':
        '<html><head><title>/etc/passwd</title><meta property="og:title" content="../../../tmp/og"></head><body><p>Angela Merkel met officials in Berlin.</p></body></html>',
    });
    const before = listTree(dir);
    const r = runCli(['run', '-i', input, '-o', out, '-w', '1', '--progress', 'never']);
    expect(r.status).toBe(0);
    const created = listTree(dir).filter((f) => !before.includes(f));
    for (const f of created) {
      expect(f.startsWith(`out${path.sep}`)).toBe(true);
      const [, sub, name] = f.split(path.sep);
      if (sub === 'records' || sub === 'failed') expect(name).toMatch(ARTICLE_FILE);
    }
    expect(readRecords(out).map((x) => x.title)).toEqual(
      expect.arrayContaining(['../../../../escaped-title', '../../../tmp/og']),
    );
  }, 120_000);

  it.each(['../escape', '/etc/passwd', 'a_0123456789abcdef/../../x', 'a_0123456789ABCDEF', ''])(
    'refuses to build a path from id %j',
    (id) => {
      const store = new OutputStore('/tmp/out');
      expect(() => store.recordPath(id)).toThrow(/refusing/);
      expect(() => store.failurePath(id)).toThrow(/refusing/);
    },
  );
});

describe('the config cannot load code and is validated before use', () => {
  const dir = tempDir();
  const write = (name: string, body: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, body);
    return f;
  };

  it('a JavaScript config file is refused as JSON, never executed', () => {
    const marker = path.join(dir, 'executed');
    const file = write(
      'evil.config.js',
      `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { workers: 1 };`,
    );
    const r = runCli(['run', '-c', file, '--dry-run']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[E_CONFIG_JSON]');
    expect(existsSync(marker)).toBe(false);
  });

  it('a __proto__ key is refused and pollutes nothing', () => {
    const file = write('proto.json', '{"__proto__": {"polluted": true}, "workers": 1}');
    expect(() => loadConfig(file, {}, dir)).toThrow(/unknown key "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['an absolute include glob', { include: ['/etc/**'] }, /include/],
    ['a .. segment in a glob', { include: ['../**/*.txt'] }, /include/],
    ['a .. segment in an exclude glob', { exclude: ['a/../../b'] }, /exclude/],
    ['a drive-letter glob', { include: ['C:/x/*.txt'] }, /include/],
    ['a negative size cap', { maxFileBytes: -1 }, /maxFileBytes/],
    ['a size cap over 1 GiB', { maxFileBytes: 2 ** 40 }, /maxFileBytes/],
    ['a time budget of a day', { articleTimeoutMs: 86_400_000 }, /articleTimeoutMs/],
    ['a fractional worker count', { workers: 1.5 }, /workers/],
    ['a non-date fallback date', { fallbackPublicationDate: 'yesterday' }, /fallbackPublicationDate/],
    ['a number as path', { output: 42 }, /output/],
    ['an unknown key', { plugins: ['./evil.js'] }, /unknown key "plugins"/],
  ])('refuses %s', (_label, config, message) => {
    const file = write('bad.json', JSON.stringify(config));
    let err: unknown;
    try {
      loadConfig(file, {}, dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).code).toBe('E_CONFIG_INVALID');
    expect((err as Error).message).toMatch(message);
  });

  it.each([
    ['output inside an input folder', { inputs: ['articles'], output: 'articles/out' }],
    ['an input folder inside output', { inputs: ['out/articles'], output: 'out' }],
    ['output equal to an input folder', { inputs: ['same'], output: 'same' }],
  ])('refuses %s', (_label, config) => {
    const file = write('overlap.json', JSON.stringify(config));
    expect(() => loadConfig(file, {}, dir)).toThrow(/overlap/);
  });

  it('accepts sibling folders whose names share a prefix', () => {
    const file = write('ok.json', JSON.stringify({ inputs: ['data'], output: 'data-out' }));
    expect(loadConfig(file, {}, dir).output).toBe(path.join(dir, 'data-out'));
  });
});

describe('reading a listed file that changed under us', () => {
  const dir = tempDir();

  it('reports a file that vanished after listing', async () => {
    const r = await readSource({ path: path.join(dir, 'gone.txt') }, 1000);
    expect(r).toMatchObject({ ok: false, code: 'E_VANISHED' });
  });

  it('catches a file that grew past the cap after listing, reading at most cap + 1 bytes', async () => {
    const file = path.join(dir, 'grew.txt');
    writeFileSync(file, '');
    truncateSync(file, 3 * 1024 ** 3); // sparse 3 GiB: reading it all would take seconds and 3 GiB
    // How many bytes it reads is counted in tests/pipeline/source.test.ts (a file that keeps growing).
    const r = await readSource({ path: file }, 1000);
    expect(r).toMatchObject({ ok: false, code: 'E_TOO_LARGE' });
    rmSync(file);
  });

  it('reads a file that changed size since listing as it is now', async () => {
    const file = path.join(dir, 'changed.txt');
    writeFileSync(file, 'short');
    writeFileSync(file, 'a much longer body than was listed');
    const r = await readSource({ path: file }, 1000);
    expect(r.ok && r.bytes.toString()).toBe('a much longer body than was listed');
  });

  it('reports a folder that replaced the file', async () => {
    mkdirSync(path.join(dir, 'now-a-dir.txt'));
    expect(await readSource({ path: path.join(dir, 'now-a-dir.txt') }, 1000)).toMatchObject({
      ok: false,
      code: 'E_NOT_REGULAR',
    });
  });

  it('does not block on a FIFO swapped in after listing', async () => {
    const fifo = path.join(dir, 'fifo.txt');
    expect(sh(`mkfifo '${fifo}'`).status).toBe(0);
    expect(await readSource({ path: fifo }, 1000)).toMatchObject({ ok: false, code: 'E_NOT_REGULAR' });
  });

  it('reports files deleted while the folder is being listed', async () => {
    const input = tempDir();
    for (let i = 0; i < 6; i++) writeFileSync(path.join(input, `f${i}.txt`), 'x');
    const seen: Array<{ kind: string; code?: string }> = [];
    let first = true;
    for await (const item of discoverFiles({
      inputs: [input],
      include: ['**/*.txt'],
      exclude: [],
      followSymlinks: false,
    })) {
      seen.push(item.kind === 'skip' ? { kind: item.kind, code: item.code } : { kind: item.kind });
      if (first) {
        first = false;
        for (let i = 0; i < 6; i++) rmSync(path.join(input, `f${i}.txt`), { force: true });
      }
    }
    expect(seen[0]).toEqual({ kind: 'file' });
    expect(seen.slice(1).length).toBeGreaterThan(0);
    for (const s of seen.slice(1)) expect(s).toEqual({ kind: 'skip', code: 'E_VANISHED' });
  });
});

/**
 * Permission denied. Root reads any file whatever its mode, so as root the CLI runs as `nobody`
 * (uid 65534) over a chmod-000 file and folder; as any other user chmod alone does it.
 */
describe('permission denied', () => {
  it('fails the unreadable file and folder with a clear reason and processes the rest', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    writeFiles(input, {
      'ok.txt': article('readable'),
      'secret.txt': article('secret'),
      'locked/inner.txt': article('inner'),
    });
    sh(`chmod 000 '${path.join(input, 'secret.txt')}' '${path.join(input, 'locked')}'`);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      mkdirSync(out);
      sh(`chown 65534:65534 '${out}'`);
    }
    const r = runCli(['run', '-i', input, '-o', out, '-w', '1', '--progress', 'never'], asRoot ? { uid: 65534 } : {});
    sh(`chmod 755 '${path.join(input, 'locked')}'; chmod 644 '${path.join(input, 'secret.txt')}'`);
    expect(r.status).toBe(1);
    const manifest = JSON.parse(readFileSync(path.join(out, 'runs', listTree(path.join(out, 'runs'))[0]!), 'utf8')) as {
      failures: Array<{ path: string; code: string; reason: string }>;
    };
    const byPath = Object.fromEntries(manifest.failures.map((f) => [f.path, f]));
    expect(byPath['secret.txt']).toMatchObject({ code: 'E_PERMISSION' });
    expect(byPath['secret.txt']!.reason).toContain('permission denied');
    expect(byPath['locked']).toMatchObject({ code: 'E_UNREADABLE' });
    expect(byPath['locked']!.reason).toContain('EACCES');
    expect(readRecords(out).map((x) => x.source.path)).toEqual(['ok.txt']);
  }, 120_000);
});
