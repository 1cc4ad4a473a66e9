/**
 * Worker recycling (`WORKER_RETIRE_ARTICLES`, src/pipeline/worker.ts): a worker thread that has processed its
 * share ends itself before its next task, piscina starts a fresh one, and the task goes again. The seam CLI
 * (`tests/fixtures/seams/retire-cli.mjs`) lowers the share to a few articles so a small folder recycles threads;
 * the records and tables must equal those of a one-worker run without recycling, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { generateCorpus } from '../../../src/dev/soak/generate.js';
import { digestOutput } from '../../../src/dev/digest.js';
import { REPO, runCli, tempDir } from '../helpers.js';

const RETIRE_CLI = path.join(REPO, 'tests', 'fixtures', 'seams', 'retire-cli.mjs');

describe('worker recycling', () => {
  test('threads retired every few articles give the records and tables of a one-worker run', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    // 60 generated articles, two of them empty files (expected failures).
    generateCorpus(input, 60, 3);
    const recycled = path.join(dir, 'recycled');
    const r = spawnSync(
      process.execPath,
      [RETIRE_CLI, 'run', '-i', input, '-o', recycled, '--workers', '2', '--progress', 'never', '--log-level', 'debug'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '', SEAM_RETIRE_AFTER: '3' },
        timeout: 120_000,
      },
    );
    // Two empty files fail as expected (exit 1); nothing else.
    expect(r.stdout).toMatch(/60 articles found: 58 processed, .* 2 failed/);
    // The run's JSON log lines (stderr is no terminal here) include each thread's retirement.
    expect(r.stderr).toMatch(/worker thread retired/);
    const single = path.join(dir, 'single');
    const s = runCli(['run', '-i', input, '-o', single, '--workers', '1', '--progress', 'never'], dir);
    expect(s.stdout).toMatch(/58 processed/);
    expect(digestOutput(recycled).all).toBe(digestOutput(single).all);
  });
});
