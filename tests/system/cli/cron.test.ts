/**
 * `dossier run` under cron: a machine-readable summary, one info line per run, known failures that do
 * not keep the exit code at 1 night after night, reruns that skip touched but unchanged files, and
 * inputs that were deleted or renamed.
 */
import { readdirSync, readFileSync, rmSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tableFiles } from '../../../src/output/tables.js';
import { article, runCli, tempDir, writeFiles } from '../helpers.js';

function setup(files: Record<string, string | Uint8Array>) {
  const dir = tempDir();
  const input = path.join(dir, 'in');
  writeFiles(input, files);
  return { dir, input, output: path.join(dir, 'out') };
}

const GOOD = {
  'a.txt': article('Talks in Baghdad', 'The Iraqi government held talks in Baghdad on Monday.'),
  'b.txt': article('Storm', 'A storm hit Manila yesterday, officials in the Philippines said.'),
};

const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>;
const records = (out: string) => readdirSync(path.join(out, 'records')).sort();

describe('dossier run for cron', () => {
  test('--json prints one JSON summary on stdout; at info level one summary line is logged', () => {
    const { dir, input, output } = setup(GOOD);
    const r = runCli(['run', '-i', input, '-o', output, '--json', '--log-level', 'info'], dir);
    expect(r.status).toBe(0);
    const s = json(r.stdout);
    expect(s).toMatchObject({ exitCode: 0, dryRun: false, counts: { discovered: 2, processed: 2, failed: 0 } });
    const lines = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const finished = lines.filter((l) => l.msg === 'run finished');
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ level: 30, processed: 2, exitCode: 0 });
    // --log-level warn: nothing at info.
    const quiet = runCli(['run', '-i', input, '-o', output, '--log-level', 'warn'], dir);
    expect(quiet.stderr).not.toContain('run finished');
    expect(runCli(['run', '-i', input, '-o', output, '--log-level', 'loud'], dir).status).toBe(2);
  });

  test('a known failure (same file, same content, same failure) is reported as known and exits 0 unless --strict', () => {
    const { dir, input, output } = setup({ ...GOOD, 'empty.txt': '' });
    const first = runCli(['run', '-i', input, '-o', output, '--json'], dir);
    expect(first.status).toBe(1);
    expect(json(first.stdout).failures).toEqual([expect.objectContaining({ path: 'empty.txt', code: 'E_EMPTY' })]);
    // Touched, same content: still the same failure, now known.
    utimesSync(path.join(input, 'empty.txt'), new Date(), new Date(Date.now() + 5000));
    const second = runCli(['run', '-i', input, '-o', output, '--json'], dir);
    expect(second.status).toBe(0);
    expect(json(second.stdout).counts).toMatchObject({ failed: 0, knownFailed: 1 });
    expect(json(second.stdout).failures).toEqual([expect.objectContaining({ path: 'empty.txt', known: true })]);
    expect(runCli(['run', '-i', input, '-o', output, '--strict'], dir).status).toBe(1);
    // New content that fails differently is a new failure again.
    writeFileSync(path.join(input, 'empty.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]));
    const third = runCli(['run', '-i', input, '-o', output, '--json'], dir);
    expect(third.status).toBe(1);
    expect(json(third.stdout).failures).toEqual([expect.objectContaining({ code: 'E_BINARY' })]);
    expect(json(third.stdout).failures[0].known).toBeUndefined();
  });

  test('a touched but unchanged file is skipped without extraction and its record stays byte-identical', () => {
    const { dir, input, output } = setup(GOOD);
    expect(runCli(['run', '-i', input, '-o', output], dir).status).toBe(0);
    const before = readFileSync(path.join(output, 'records', records(output)[0]!), 'utf8');
    utimesSync(path.join(input, 'a.txt'), new Date(), new Date(Date.now() + 10_000));
    const r = json(runCli(['run', '-i', input, '-o', output, '--json'], dir).stdout);
    expect(r.counts).toMatchObject({ processed: 0, skipped: 2 });
    expect(readFileSync(path.join(output, 'records', records(output)[0]!), 'utf8')).toBe(before);
    // And the index learnt the new mtime: the next run does not even read it.
    expect(json(runCli(['run', '-i', input, '-o', output, '--json'], dir).stdout).counts).toMatchObject({
      processed: 0,
      skipped: 2,
    });
  });

  test("a deleted input loses its record and table rows; a renamed one's record names its new path; --keep-missing keeps both", async () => {
    const { dir, input, output } = setup({
      ...GOOD,
      'c.txt': article('Quake', 'An earthquake struck Lima on Sunday.'),
    });
    expect(runCli(['run', '-i', input, '-o', output], dir).status).toBe(0);
    expect(records(output)).toHaveLength(3);
    renameSync(path.join(input, 'b.txt'), path.join(input, 'b2.txt'));
    rmSync(path.join(input, 'c.txt'));
    const kept = json(runCli(['run', '-i', input, '-o', output, '--json', '--keep-missing'], dir).stdout);
    expect(kept.counts).toMatchObject({ removed: 0, processed: 1 });
    expect(records(output)).toHaveLength(3);
    const r = json(runCli(['run', '-i', input, '-o', output, '--json'], dir).stdout);
    expect(r.counts).toMatchObject({ processed: 0, removed: 2 });
    expect(records(output)).toHaveLength(2);
    const paths = (await tableFiles(output, 'articles'))
      .flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'))
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l).source_path)
      .sort();
    expect(paths).toEqual(['a.txt', 'b2.txt']);
    expect(runCli(['validate', output], dir).status).toBe(0);
  });
});
