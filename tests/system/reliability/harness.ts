/**
 * Builders for the reliability tests: temp folders, hostile files, the built CLI run synchronously or
 * in the background, and readers for what a run left in its output folder.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Repo root (tests/system/reliability/ is three levels below it). */
export const REPO = path.resolve(new URL('../../..', import.meta.url).pathname);
/** The built CLI (`npm test` builds before jest runs). */
export const CLI = path.join(REPO, 'dist', 'cli.js');
/** An article file name the pipeline computes ids for. */
export const ARTICLE_FILE = /^a_[0-9a-f]{16}\.json$/;

/**
 * The CLI with the fault seam injected (`tests/fixtures/seams/cli.mjs`): its worker module crashes on
 * paths containing `SEAM_CRASH` and hangs on paths containing `SEAM_HANG` (set those through `env`).
 * The production worker has no such hooks.
 */
export const SEAM_CLI = path.join(REPO, 'tests', 'fixtures', 'seams', 'cli.mjs');

/** A fresh temp folder, readable by every user (permission tests run the CLI as another user). */
export function tempDir(prefix = 'dossier-rel-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** Writes `files` (relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** A short dated news article with people, a group and a place; `label` makes its content unique. */
export function article(label: number | string, extra = ''): string {
  return `Thursday, June 20, 2024\n\nTalks number ${label}\n\nAngela Merkel met officials of the United Nations in Berlin on Monday, article ${label}. ${extra}\nShe said talks would resume next week.\n`;
}

/** `count` distinct articles named `prefix0.txt` … (content unique per prefix and number). */
export function articles(count: number, prefix = 'art'): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) out[`${prefix}${i}.txt`] = article(`${prefix} ${i}`);
  return out;
}

/** Writes a config file and returns its path. */
export function configFile(dir: string, config: Record<string, unknown>): string {
  const file = path.join(dir, 'pipeline.config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/**
 * Environment for child CLIs: no inherited NODE_OPTIONS (jest's VM-modules flag), quiet logs, and glibc's trim
 * threshold already set, so `dossier run` does not start itself again (src/cli/trim.ts): the process a test
 * signals or kills is the one that writes (tests/system/cli/trim.test.ts covers the relay).
 */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_OPTIONS: '', MALLOC_TRIM_THRESHOLD_: '131072', ...extra };
}

/** Runs `node dist/cli.js …args` to completion. */
export function runCli(
  args: string[],
  opts: {
    cwd?: string;
    env?: Record<string, string>;
    uid?: number;
    gid?: number;
    timeoutMs?: number;
    cli?: string;
  } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [opts.cli ?? CLI, ...args], {
    cwd: opts.cwd ?? os.tmpdir(),
    encoding: 'utf8',
    env: cliEnv(opts.env),
    timeout: opts.timeoutMs ?? 120_000,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid ?? opts.uid } : {}),
  });
}

/** Runs a shell command line to completion (for `ulimit`, `mount`, `mkfifo`). */
export function sh(command: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync('/bin/sh', ['-c', command], { encoding: 'utf8', env: cliEnv(env), timeout: 120_000 });
}

/** A CLI run in the background, with its output collected. */
export interface BackgroundRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/cli.js …args` without waiting for it. */
export function startCli(args: string[], env: Record<string, string> = {}, cli = CLI): BackgroundRun {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: os.tmpdir(),
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

/** Resolves once `predicate()` holds, polling every `everyMs`; rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 60_000, everyMs = 20): Promise<void> {
  const t0 = Date.now();
  while (!predicate()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Names of the record files in an output folder. */
export function recordFiles(out: string): string[] {
  const dir = path.join(out, 'records');
  return existsSync(dir) ? readdirSync(dir).filter((n) => ARTICLE_FILE.test(n)) : [];
}

/** Every record in an output folder, parsed. */
export function readRecords(out: string): Array<{
  articleId: string;
  source: { path: string };
  text: string;
  title: string | null;
  warnings: Array<{ code: string }>;
  entities: Array<{ name: string; mentions: Array<{ start: number; end: number; text: string }> }>;
}> {
  return recordFiles(out).map((n) => JSON.parse(readFileSync(path.join(out, 'records', n), 'utf8')));
}

/** The record whose source path is `rel`, or undefined. */
export function recordFor(out: string, rel: string): ReturnType<typeof readRecords>[number] | undefined {
  return readRecords(out).find((r) => r.source.path === rel);
}

/** One manifest failure. */
export interface ManifestFailure {
  path: string;
  stage: string;
  code: string;
  reason: string;
  articleId?: string;
}

/** The newest run manifest in an output folder. */
export function lastManifest(out: string): {
  counts: Record<string, number>;
  failures: ManifestFailure[];
  interrupted: boolean;
  exitCode: number;
} {
  const dir = path.join(out, 'runs');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort((a, b) => statSync(path.join(dir, a)).mtimeMs - statSync(path.join(dir, b)).mtimeMs);
  return JSON.parse(readFileSync(path.join(dir, names[names.length - 1]!), 'utf8'));
}

/** The manifest failure for `rel`, or undefined. */
export function failureFor(out: string, rel: string): ManifestFailure | undefined {
  return lastManifest(out).failures.find((f) => f.path === rel);
}

/** Every file under `dir` (relative paths), recursively. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Problems with any file a reader could see in an output folder: a JSON file that does not parse
 * whole, a table line that does not parse, a file that is neither. Temp space (`.tmp/`) and the lock
 * are not part of what readers read.
 */
export function partialFiles(out: string): string[] {
  const problems: string[] = [];
  for (const sub of ['records', 'failed', 'runs', 'tables', 'state']) {
    const dir = path.join(out, sub);
    let names: string[];
    try {
      // Tables are folders of part files (tables/<table>/*.ndjson), their state a folder too.
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => {
        try {
          return !statSync(path.join(dir, n)).isDirectory();
        } catch {
          return false; // removed between listing and looking: nothing left to check
        }
      });
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      let body: string;
      try {
        body = readFileSync(file, 'utf8');
      } catch {
        continue; // replaced between listing and reading: the new file is checked on the next pass
      }
      if (name.endsWith('.json')) {
        try {
          JSON.parse(body);
        } catch {
          problems.push(`${sub}/${name}: partial JSON`);
        }
      } else if (name.endsWith('.ndjson')) {
        if (body !== '' && !body.endsWith('\n')) problems.push(`${sub}/${name}: partial last line`);
        for (const line of body.split('\n'))
          if (line !== '')
            try {
              JSON.parse(line);
            } catch {
              problems.push(`${sub}/${name}: partial line`);
              break;
            }
      } else if (!(sub === 'state' && (name === 'tables-dirty' || name === path.join('tables', 'updating')))) {
        problems.push(`${sub}/${name}: unexpected file (temp file visible to readers?)`);
      }
    }
  }
  return problems;
}

/** True when this process may mount file systems (root with CAP_SYS_ADMIN, as in the dev sandbox). */
export function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = tempDir('dossier-mnt-probe-');
  const r = sh(`mount -t tmpfs -o size=64k tmpfs '${probe}' && umount '${probe}'`);
  return r.status === 0;
}

/** True when running as root (chmod does not deny root; such tests run the CLI as `nobody`). */
export const IS_ROOT = process.getuid?.() === 0;
/** uid/gid of `nobody`. */
export const NOBODY = 65534;
