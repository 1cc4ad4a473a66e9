/** Small builders shared by tests: temp folders, article files, and running the built CLI. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Repo root (tests/ is one level below it). */
export const REPO = path.resolve(new URL('..', import.meta.url).pathname);
/** The built CLI (`npm test` builds before jest runs). */
export const CLI = path.join(REPO, 'dist', 'cli.js');

/** A fresh temp folder. */
export function tempDir(prefix = 'dossier-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `files` (relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Runs `node dist/cli.js …args` synchronously in `cwd`. */
export function runCli(args: string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  // One worker thread unless a test asks for more: each thread loads the NLP model.
  const withWorkers =
    args[0] === 'run' && !args.some((a) => a === '-w' || a === '--workers') ? [...args, '--workers', '1'] : args;
  return spawnSync(process.execPath, [CLI, ...withWorkers], {
    cwd,
    encoding: 'utf8',
    input,
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 120_000,
  });
}

/** A short article with a date line, in the shape articles arrive in. */
export function article(title: string, body: string, date = 'Thursday, June 20, 2024'): string {
  return `${date}\n\n${title}\n\n${body}\n`;
}
