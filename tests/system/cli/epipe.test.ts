/** `dossier … | head`: a reader that closes stdout early must not make the CLI die with a stack trace. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const ARTICLE = path.join(REPO, 'data', 'articles', '2024-06-20-iraq-factions-us-presence.txt');

test('a closed stdout pipe ends the command quietly (EPIPE is not an internal error)', async () => {
  const child = spawn(process.execPath, [CLI, 'extract', ARTICLE], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  // close the reading end before the record is written, as `head` does once it has its lines
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).not.toMatch(/EPIPE|internal error|at .*\.js:\d+/);
  expect(code).toBe(0);
}, 60_000);
