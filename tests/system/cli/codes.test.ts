/** `dossier codes`, the exit codes in `dossier --help`, and catalogue hints in what a run prints. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODES } from '../../../src/codes.js';
import { article, runCli, tempDir, writeFiles } from '../helpers.js';

describe('dossier codes', () => {
  test('explains one code: message, hint, stage and exit code', () => {
    const r = runCli(['codes', 'e_too_large'], tempDir());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('E_TOO_LARGE (failure; ingest, exit 1)');
    expect(r.stdout).toContain(CODES.E_TOO_LARGE.message);
    expect(r.stdout).toContain(`What to do: ${CODES.E_TOO_LARGE.hint}`);
  });

  test('lists every code without arguments', () => {
    const r = runCli(['codes'], tempDir());
    expect(r.status).toBe(0);
    for (const code of Object.keys(CODES)) expect(r.stdout).toMatch(new RegExp(`^${code} \\(`, 'm'));
  });

  test('an unknown code is a usage error', () => {
    const r = runCli(['codes', 'E_NO_SUCH'], tempDir());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown code E_NO_SUCH.*\[E_USAGE\]/);
  });

  test('dossier --help lists the exit codes', () => {
    const r = runCli(['--help'], tempDir());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:\n +0 {2}every article/);
    expect(r.stdout).toMatch(/^ +4 {2}the output could not be written/m);
    expect(r.stdout).toContain('dossier codes');
  });
});

describe('hints reach the user', () => {
  test('dossier extract prints the failure reason and what to do', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'e.txt'), '\n');
    const r = runCli(['extract', path.join(dir, 'e.txt')], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`e.txt: failed in stage ingest: `);
    expect(r.stderr).toContain(`— ${CODES.E_EMPTY.hint} [E_EMPTY]`);
  });

  test('the end-of-run summary says what to do once per failure code', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    writeFiles(input, {
      'a.txt': article('Talks', 'Officials met in Baghdad on Monday.'),
      'e.txt': ' ',
      'f.txt': '\n',
    });
    const r = runCli(['run', '-i', input, '-o', path.join(dir, 'out'), '--log-level', 'silent'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`\n  E_EMPTY: ${CODES.E_EMPTY.hint}`);
    expect(r.stdout.split(`E_EMPTY: ${CODES.E_EMPTY.hint}`)).toHaveLength(2);
  });
});
