/** Builders for system tests: the built CLI run as a child process, plus the in-process builders of tests/helpers.ts. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../helpers.js';

export { REPO, article, tempDir, writeFiles } from '../helpers.js';

/** The built CLI (`npm run test:system` builds before jest runs). */
export const CLI = path.join(REPO, 'dist', 'cli.js');

/** Runs `node dist/cli.js …args` synchronously in `cwd`. */
export function runCli(args: string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  // One worker thread unless a test asks for more: each thread loads the NLP model.
  const withWorkers =
    args[0] === 'run' && !args.some((a) => a === '-w' || a === '--workers') ? [...args, '--workers', '1'] : args;
  return spawnSync(process.execPath, [CLI, ...withWorkers], {
    cwd,
    encoding: 'utf8',
    input,
    // The trim threshold set as `dossier run` would set it, so the run does not start itself again
    // (src/cli/trim.ts; tests/system/cli/trim.test.ts covers that).
    env: { ...process.env, NODE_OPTIONS: '', MALLOC_TRIM_THRESHOLD_: '131072' },
    timeout: 120_000,
  });
}
