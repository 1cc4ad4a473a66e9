/**
 * `dossier run` sets glibc's malloc trim threshold for itself (src/cli/trim.ts): on glibc, with no
 * MALLOC_TRIM_THRESHOLD_ of the user's, it starts itself again with the setting and relays to that child.
 * These tests check that the child gets the setting, that a user's own value stands, and that the relay keeps
 * what a caller sees: stdout, exit codes, a signal counted once, and no child left holding the output's lock
 * after the parent is killed with SIGKILL.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../../../src/dev/soak/generate.js';
import { CLI, REPO, tempDir } from '../helpers.js';

const ENV_PROBE = path.join(REPO, 'tests', 'fixtures', 'seams', 'env-probe.cjs');
const GLIBC = process.platform === 'linux' && /\/libc\.so\.6$/m.test(readFileSync('/proc/self/maps', 'utf8'));
const onGlibc = GLIBC ? describe : describe.skip;

/** The environment of a `dossier` started by a user who set nothing: no trim threshold, no test flags. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', ...extra };
  if (extra['MALLOC_TRIM_THRESHOLD_'] === undefined) delete env['MALLOC_TRIM_THRESHOLD_'];
  delete env['GLIBC_TUNABLES'];
  return env;
}

/** `<pid> <ppid> <setting>` lines the env probe wrote, one per process. */
function processes(log: string): Array<{ pid: number; ppid: number; trim: string }> {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [pid, ppid, trim] = l.split(' ');
      return { pid: Number(pid), ppid: Number(ppid), trim: trim! };
    });
}

/** The child processes of `pid` (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Whether `pid` still runs (an exited process that nobody has reaped yet, a zombie, does not). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function until(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!predicate()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function records(out: string): number {
  return existsSync(path.join(out, 'records')) ? readdirSync(path.join(out, 'records')).length : 0;
}

function lastManifest(out: string): { interrupted: boolean; exitCode: number } {
  const runs = readdirSync(path.join(out, 'runs')).sort();
  return JSON.parse(readFileSync(path.join(out, 'runs', runs.at(-1)!), 'utf8')) as {
    interrupted: boolean;
    exitCode: number;
  };
}

onGlibc('dossier run sets the trim threshold for itself', () => {
  test('the run goes on in a child with MALLOC_TRIM_THRESHOLD_=131072; stdout and the exit code come through', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    generateCorpus(input, 30, 5);
    const log = path.join(dir, 'env.log');
    const r = spawnSync(
      process.execPath,
      ['--require', ENV_PROBE, CLI, 'run', '-i', input, '-o', path.join(dir, 'out'), '-w', '1', '--json'],
      { cwd: dir, encoding: 'utf8', env: userEnv({ SEAM_ENV_LOG: log }), timeout: 120_000 },
    );
    const [parent, child, ...more] = processes(log);
    expect(more).toEqual([]);
    expect(parent!.trim).toBe('-');
    expect(child).toEqual({ pid: expect.any(Number), ppid: parent!.pid, trim: '131072' });
    // The corpus holds one empty file: exit 1, from the child, with its JSON summary on stdout.
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ exitCode: 1, counts: { processed: 29, failed: 1 } });
  });

  test("a user's own setting stands, and other commands run as they are", () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    generateCorpus(input, 3, 5);
    const log = path.join(dir, 'env.log');
    const out = path.join(dir, 'out');
    const run = spawnSync(process.execPath, ['--require', ENV_PROBE, CLI, 'run', '-i', input, '-o', out, '-w', '1'], {
      cwd: dir,
      encoding: 'utf8',
      env: userEnv({ SEAM_ENV_LOG: log, MALLOC_TRIM_THRESHOLD_: '65536' }),
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    expect(processes(log).map((p) => p.trim)).toEqual(['65536']);
    const check = spawnSync(process.execPath, ['--require', ENV_PROBE, CLI, 'validate', out], {
      cwd: dir,
      encoding: 'utf8',
      env: userEnv({ SEAM_ENV_LOG: log }),
      timeout: 120_000,
    });
    expect(check.status).toBe(0);
    expect(processes(log).map((p) => p.trim)).toEqual(['65536', '-']);
  });

  test('a signal to the whole process group stops the run once: the in-flight articles finish, exit 130', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    generateCorpus(input, 2000, 5);
    // Its own process group, as a shell gives a job: Ctrl-C reaches every process of the group.
    const run = spawn(process.execPath, [CLI, 'run', '-i', input, '-o', out, '-w', '1', '--progress', 'never'], {
      cwd: dir,
      env: userEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stderr = '';
    run.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    run.stdout!.resume();
    const exit = new Promise<number | null>((resolve) => run.on('close', (code) => resolve(code)));
    await until(() => records(out) >= 2, 90_000);
    expect(childrenOf(run.pid!)).toHaveLength(1);
    process.kill(-run.pid!, 'SIGINT');
    expect(await exit).toBe(130);
    expect(stderr).toContain('stopping: no new articles');
    expect(stderr).not.toContain('second signal');
    expect(lastManifest(out)).toMatchObject({ interrupted: true, exitCode: 130 });
    expect(existsSync(path.join(out, '.lock'))).toBe(false);
  }, 180_000);

  test('SIGKILL of the parent: the child stops its run and releases the lock', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    generateCorpus(input, 2000, 5);
    const run = spawn(process.execPath, [CLI, 'run', '-i', input, '-o', out, '-w', '1', '--progress', 'never'], {
      cwd: dir,
      env: userEnv(),
      stdio: 'ignore',
    });
    await until(() => records(out) >= 2, 90_000);
    const [child] = childrenOf(run.pid!);
    expect(child).toBeDefined();
    run.kill('SIGKILL');
    // The child sees its pipe from the parent close and stops as on SIGTERM.
    await until(() => !alive(child!), 60_000);
    expect(existsSync(path.join(out, '.lock'))).toBe(false);
    expect(lastManifest(out)).toMatchObject({ interrupted: true });
    expect(records(out)).toBeLessThan(2000);
  }, 180_000);
});
