/**
 * `dossier --help` and `--version` answer without loading the NER model: resources are read on first use
 * (`src/resources.ts`), never at import time. A preload reports every read of the model file.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLI, REPO, tempDir, writeFiles } from '../helpers.js';

const WATCH = path.join(REPO, 'tests', 'fixtures', 'startup', 'watch-model-reads.mjs');

function dossier(args: string[], cwd = REPO): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', WATCH, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('start-up', () => {
  test.each([['--help'], ['--version'], ['run', '--help']])('`dossier %s` reads no model', (...args) => {
    const r = dossier(args);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stderr).not.toContain('MODEL-READ');
  });

  test('the watch sees the model being read when a command needs it', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'Angela Merkel met Emmanuel Macron in Paris on Monday.\n' });
    const r = dossier(['extract', 'a.txt'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('MODEL-READ');
  });
});
