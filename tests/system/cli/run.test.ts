/**
 * End to end: the built CLI on temp folders. Every output file is re-validated against the schemas.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { validators } from '../../../src/schema/validators.js';
import { checkOutputDir } from '../../../src/output/check.js';
import { article, runCli, tempDir, writeFiles } from '../helpers.js';

const GOOD = {
  'a.txt': article(
    'Talks in Baghdad',
    'The Iraqi government held talks with the American side in Baghdad on Monday. Officials said the talks would continue.',
  ),
  'nested/b.md':
    '---\ntitle: Storm\ndate: 2023-09-01\n---\nA storm hit Manila yesterday, officials in the Philippines said.\n',
  'c.html':
    '<html><head><meta property="article:published_time" content="2022-01-05"></head><body><article><p>Apple announced a new phone in Cupertino.</p></article></body></html>',
};

function setup(files: Record<string, string | Uint8Array> = GOOD): { dir: string; input: string; output: string } {
  const dir = tempDir();
  const input = path.join(dir, 'in');
  writeFiles(input, files);
  return { dir, input, output: path.join(dir, 'out') };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const folder = path.join(dir, rel);
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) walk(`${rel}/${entry.name}`);
      else out[`${rel}/${entry.name}`] = readFileSync(path.join(folder, entry.name), 'utf8');
    }
  };
  for (const sub of ['records', 'tables', 'failed']) walk(sub);
  return out;
}

/** The lines of a table over all its part files (what a glob `tables/<table>/*.ndjson` reads). */
function tableLines(output: string, table: string): string[] {
  const dir = path.join(output, 'tables', table);
  return readdirSync(dir)
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((l) => l !== '');
}

function manifests(output: string): Array<Record<string, any>> {
  const runs = path.join(output, 'runs');
  return readdirSync(runs)
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(runs, f), 'utf8')));
}

describe('dossier run', () => {
  test('processes a folder recursively, writes schema-valid records, tables and manifest, and prints a summary', async () => {
    const { dir, input, output } = setup();
    const r = runCli(['run', '--input', input, '--output', output, '--workers', '2'], dir);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3 articles found: 3 processed, 0 unchanged \(skipped\), 0 duplicates, 0 failed/);
    const records = readdirSync(path.join(output, 'records'));
    expect(records).toHaveLength(3);
    for (const f of records) {
      const rec = JSON.parse(readFileSync(path.join(output, 'records', f), 'utf8'));
      expect(validators().record(rec)).toBe(true);
    }
    const paths = records
      .map((f) => JSON.parse(readFileSync(path.join(output, 'records', f), 'utf8')).source.path)
      .sort();
    expect(paths).toEqual(['a.txt', 'c.html', 'nested/b.md']);
    const report = await checkOutputDir(output);
    expect(report.problems).toEqual([]);
    const [m] = manifests(output);
    expect(validators().manifest(m)).toBe(true);
    expect(m!.counts).toMatchObject({ discovered: 3, processed: 3, failed: 0 });
    // The workers warm up under a placeholder pipeline; every record names the run's own (handed over with each task).
    expect(m!.pipeline.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(m!.pipeline.fingerprint).not.toBe('0000000000000000');
    for (const f of records)
      expect(JSON.parse(readFileSync(path.join(output, 'records', f), 'utf8')).pipeline).toEqual(m!.pipeline);
    expect(Object.keys(m!.stageMs)).toEqual(
      expect.arrayContaining(['discover', 'ingest', 'annotate', 'entities', 'timex', 'events', 'validate', 'write']),
    );
    expect(tableLines(output, 'articles')).toHaveLength(3);
    // The table-row spill file is gone once the tables are built.
    expect(readdirSync(path.join(output, '.tmp'))).toEqual([]);
    expect(runCli(['validate', output], dir).status).toBe(0);
  });

  test('a rerun skips unchanged articles and leaves output byte-identical; --force redoes all, still identical', () => {
    const { dir, input, output } = setup();
    expect(runCli(['run', '-i', input, '-o', output], dir).status).toBe(0);
    const before = snapshot(output);
    const again = runCli(['run', '-i', input, '-o', output], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 processed, 3 unchanged/);
    expect(snapshot(output)).toEqual(before);
    const forced = runCli(['run', '-i', input, '-o', output, '--force'], dir);
    expect(forced.stdout).toMatch(/3 processed, 0 unchanged/);
    // Records are byte-identical; table rows too, except the columns that name the run that wrote them.
    const records = (snap: Record<string, string>) =>
      Object.fromEntries(Object.entries(snap).filter(([k]) => !k.startsWith('tables/')));
    expect(records(snapshot(output))).toEqual(records(before));
    const rows = (t: string) =>
      tableLines(output, t)
        .map((l) => l.replace(/,"processed_at":"[^"]*"/, '').replace(/,"run_id":"[^"]*"/, ''))
        .sort();
    const beforeRows = (t: string) =>
      Object.entries(before)
        .filter(([k]) => k.startsWith(`tables/${t}/`))
        .flatMap(([, v]) => v.split('\n'))
        .filter((l) => l !== '')
        .map((l) => l.replace(/,"processed_at":"[^"]*"/, '').replace(/,"run_id":"[^"]*"/, ''))
        .sort();
    for (const t of ['articles', 'entities', 'entity_dim', 'mentions', 'events', 'event_participants', 'timexes'])
      expect(rows(t)).toEqual(beforeRows(t));
  });

  test('a record left empty (power loss before the OS flushed it) is reprocessed, not trusted', () => {
    const { dir, input, output } = setup();
    runCli(['run', '-i', input, '-o', output], dir);
    const [first] = readdirSync(path.join(output, 'records'));
    writeFileSync(path.join(output, 'records', first!), '');
    const r = runCli(['run', '-i', input, '-o', output], dir);
    expect(r.stdout).toMatch(/1 processed, 2 unchanged/);
    expect(readFileSync(path.join(output, 'records', first!), 'utf8').length).toBeGreaterThan(0);
  });

  test('an edited article replaces its old record instead of adding a second one', () => {
    const { dir, input, output } = setup();
    runCli(['run', '-i', input, '-o', output], dir);
    writeFileSync(path.join(input, 'a.txt'), article('Talks in Baghdad', 'The talks were postponed until Tuesday.'));
    const r = runCli(['run', '-i', input, '-o', output], dir);
    expect(r.stdout).toMatch(/1 processed, 2 unchanged/);
    expect(readdirSync(path.join(output, 'records'))).toHaveLength(3);
    expect(tableLines(output, 'articles')).toHaveLength(3);
    expect(runCli(['validate', output], dir).status).toBe(0);
  });

  test('the same content under two names is processed once', () => {
    const { dir, input, output } = setup({ 'x.txt': GOOD['a.txt'], 'copy/x.txt': GOOD['a.txt'] });
    const r = runCli(['run', '-i', input, '-o', output, '--workers', '1'], dir);
    expect(r.stdout).toMatch(/1 processed, 0 unchanged \(skipped\), 1 duplicates/);
    expect(readdirSync(path.join(output, 'records'))).toHaveLength(1);
  });

  test('a broken article among good ones fails alone: failed/ entry, exit code 1, the rest written', async () => {
    const { dir, input, output } = setup({
      ...GOOD,
      'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
      'empty.txt': '',
    });
    const r = runCli(['run', '-i', input, '-o', output], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/3 processed, 0 unchanged \(skipped\), 0 duplicates, 2 failed/);
    expect(r.stdout).toMatch(/photo\.txt \(E_BINARY\)/);
    expect(r.stdout).toMatch(/empty\.txt \(E_EMPTY\)/);
    const failed = readdirSync(path.join(output, 'failed')).map((f) =>
      JSON.parse(readFileSync(path.join(output, 'failed', f), 'utf8')),
    );
    expect(failed.map((f) => [f.path, f.stage, f.code]).sort()).toEqual([
      ['empty.txt', 'ingest', 'E_EMPTY'],
      ['photo.txt', 'ingest', 'E_BINARY'],
    ]);
    for (const f of failed) expect(validators().failure(f)).toBe(true);
    expect(readdirSync(path.join(output, 'records'))).toHaveLength(3);
    expect((await checkOutputDir(output)).problems).toEqual([]);
    // A file fixed in place loses its failure on the next run; a removed file's failure is kept as history.
    writeFileSync(path.join(input, 'empty.txt'), article('Fixed', 'Now it has text about Paris.'));
    rmSync(path.join(input, 'photo.txt'));
    expect(runCli(['run', '-i', input, '-o', output], dir).status).toBe(0);
    const left = readdirSync(path.join(output, 'failed')).map(
      (f) => JSON.parse(readFileSync(path.join(output, 'failed', f), 'utf8')).path,
    );
    expect(left).toEqual(['photo.txt']);
    expect(readdirSync(path.join(output, 'records'))).toHaveLength(4);
  });

  test('a second run while the output is locked exits at once with code 3 and a clear message', async () => {
    const { dir, input, output } = setup();
    runCli(['run', '-i', input, '-o', output], dir);
    const release = await lockfile.lock(output, {
      lockfilePath: path.join(output, '.lock'),
      realpath: false,
      stale: 30_000,
    });
    try {
      // That the refusal waits on no timer is shown in tests/pipeline/lock.test.ts (frozen clock).
      const r = runCli(['run', '-i', input, '-o', output], dir);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/is locked by another run.*\[E_LOCKED\]/);
    } finally {
      await release();
    }
    expect(runCli(['run', '-i', input, '-o', output], dir).status).toBe(0);
  });

  test('--dry-run lists what would be processed, skipped and removed, and writes nothing', () => {
    const { dir, input, output } = setup();
    const r = runCli(['run', '-i', input, '-o', output, '--dry-run'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^would process \(3\):\n {2}a\.txt\n {2}c\.html\n {2}nested\/b\.md\n/);
    expect(r.stdout).toMatch(
      /\(dry run\) dossier: 3 articles found: 3 to process, 0 unchanged \(to skip\), 0 to remove/,
    );
    expect(existsSync(output)).toBe(false);
    // After a run: one file edited, one deleted, one untouched.
    expect(runCli(['run', '-i', input, '-o', output], dir).status).toBe(0);
    writeFileSync(path.join(input, 'a.txt'), article('Edited', 'Talks in Geneva went on.'));
    rmSync(path.join(input, 'c.html'));
    const before = readdirSync(path.join(output, 'records')).sort();
    const j = runCli(['run', '-i', input, '-o', output, '--dry-run', '--json'], dir);
    expect(j.status).toBe(0);
    expect(JSON.parse(j.stdout).plan).toEqual({ process: ['a.txt'], skip: ['nested/b.md'], remove: ['c.html'] });
    expect(readdirSync(path.join(output, 'records')).sort()).toEqual(before);
  });

  test('bad config and bad usage exit 2 naming the problem; a missing input folder too', () => {
    const { dir, input, output } = setup();
    writeFileSync(path.join(dir, 'bad.json'), '{"workers": -1}');
    const bad = runCli(['run', '--config', path.join(dir, 'bad.json')], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\/workers must be >= 0/);
    expect(runCli(['run', '-i', input, '-o', output, '--workers', 'many'], dir).status).toBe(2);
    expect(runCli(['frobnicate'], dir).status).toBe(2);
    const missing = runCli(['run', '-i', path.join(dir, 'nope'), '-o', output], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/input folder .*nope does not exist/);
  });

  test('--help and --version', () => {
    const dir = tempDir();
    const help = runCli(['run', '--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--dry-run/);
    const version = runCli(['--version'], dir);
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version,
    );
  });
});

describe('dossier extract', () => {
  test('prints one valid record for a file and for stdin', () => {
    const { dir, input } = setup();
    const r = runCli(['extract', path.join(input, 'a.txt')], dir);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(validators().record(rec)).toBe(true);
    expect(rec.publication.date).toBe('2024-06-20');
    const s = runCli(['extract', '-', '--publication-date', '2020-02-02'], dir, 'Rain in Oslo yesterday.');
    expect(JSON.parse(s.stdout).publication).toMatchObject({ date: '2020-02-02', source: 'config' });
  });

  test.each(['2024-13-45', '2023-02-29', '20 June'])('--publication-date %s exits 2 naming the flag', (value) => {
    const r = runCli(['extract', '-', '--publication-date', value], tempDir(), 'Rain in Oslo.');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--publication-date/);
    expect(r.stderr).toContain(value);
    expect(r.stdout).toBe('');
  });

  test('a missing file names the file, not --input', () => {
    const r = runCli(['extract', '/nope/missing.txt'], tempDir());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read \/nope\/missing\.txt .*dossier extract.*\[E_FILE_MISSING\]/);
    expect(r.stderr).not.toMatch(/--input|"inputs"/);
  });

  // A data set path that is not there is bad input: exit 2 naming the path, not an internal error with a stack.
  test.each([
    [['eval', 'wikievents', '/nope/dev.jsonl'], '/nope/dev.jsonl'],
    [['eval', 'timeml', '/nope/TimeBank'], '/nope/TimeBank'],
    [['eval', 'conll', '.'], '.'],
  ])('dossier %j names the unreadable data set path', (args, shown) => {
    const r = runCli(args, tempDir());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read ${shown} (`);
    expect(r.stderr).toMatch(/eval\/README\.md.*\[E_EVAL_DATA\]/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  test.each([['run'], ['extract'], ['validate'], ['eval'], ['report'], ['merge'], ['schema']])(
    'dossier %s --help shows an example',
    (cmd) => {
      const r = runCli([cmd, '--help'], tempDir());
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Examples?:\\n  dossier ${cmd}`));
    },
  );

  test('a failing article exits 1 with the reason on stderr', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'e.txt'), '   ');
    const r = runCli(['extract', path.join(dir, 'e.txt')], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/e\.txt: failed in stage ingest: .*empty.*\[E_EMPTY\]/);
  });
});

describe('dossier validate', () => {
  test('reports a corrupted record and stale tables with exit 1', () => {
    const { dir, input, output } = setup();
    runCli(['run', '-i', input, '-o', output], dir);
    const [first] = readdirSync(path.join(output, 'records'));
    const file = path.join(output, 'records', first!);
    const rec = JSON.parse(readFileSync(file, 'utf8'));
    rec.entities.push({
      id: 'per_0000000000000000',
      type: 'person',
      name: 'X',
      aliases: [],
      mentions: [{ start: 0, end: 3, text: 'zzz', sentence: 0, type: 'person' }],
    });
    writeFileSync(file, JSON.stringify(rec));
    const r = runCli(['validate', output], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not match the record text/);
    expect(r.stderr).toMatch(
      /table entities: \d+ rows not implied by the records, \d+ missing; rebuild the tables: `dossier run --force`/,
    );
    // The advice repairs it: --force reprocesses every article from its input and rebuilds the tables.
    expect(runCli(['run', '-i', input, '-o', output, '--force'], dir).status).toBe(0);
    expect(runCli(['validate', output], dir).status).toBe(0);
    expect(runCli(['validate', path.join(dir, 'nothing')], dir).status).toBe(2);
  });
});
