/**
 * glibc's malloc trim threshold for `dossier run`, set by the CLI for itself.
 *
 * glibc adjusts its malloc thresholds as a program runs: once a block above the mapping threshold (128 KiB)
 * is freed, the threshold rises to that block's size (up to 32 MiB) and the trim threshold to twice that, so
 * an arena gives free memory at its top back to the system only when more than up to 64 MiB is free there.
 * A run's worker threads free such blocks while they load their models, so from start-up on their arenas,
 * and those of V8's threads, only grow (docs/reliability.md, "Where the rest of the slope lives"). A fixed
 * `MALLOC_TRIM_THRESHOLD_` turns the adjustment off; glibc reads it when the process starts, and Node cannot
 * call `mallopt` without a native addon, so `dossier run` starts itself again with the setting in its
 * environment, on Linux with glibc and only when the user has not set it (any value of their own stands,
 * also one given through `GLIBC_TUNABLES`).
 *
 * The first process only relays: the child inherits stdin, stdout and stderr; SIGINT, SIGTERM and SIGHUP
 * sent to the parent go on to the child; the parent exits with the child's exit code, or by the child's
 * signal. A signal sent to the whole process group (Ctrl-C at a terminal, `timeout`, a cgroup kill) reaches
 * the child twice, directly and relayed: within {@link ECHO_WINDOW_MS} the child counts it once (the first
 * stops the run, only a second one abandons the articles in flight). A parent killed with SIGKILL cannot
 * relay anything: the child holds the read end of a pipe whose write end only the parent has, sees it close,
 * and stops its run as on SIGTERM (finishes the articles in flight, writes its manifest, releases the
 * output's lock), so no orphan keeps the lock.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { constants } from 'node:os';
import { signalSettings } from '../pipeline/signals.js';

/** The trim threshold the run sets (glibc's default before its adjustment, 128 KiB). */
export const TRIM_THRESHOLD_BYTES = 131_072;
/** The environment variable that tells the child which descriptor is its pipe from the parent. */
export const PARENT_PIPE_ENV = 'DOSSIER_PARENT_PIPE';
/** The same signal twice within this many ms is one signal (delivered directly and relayed). */
export const ECHO_WINDOW_MS = 250;
/** Signals the parent passes on to the child. */
const RELAYED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** True when this Node process runs on glibc (whose malloc reads `MALLOC_TRIM_THRESHOLD_`). */
function onGlibc(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return /\/libc\.so\.6$/m.test(readFileSync('/proc/self/maps', 'utf8'));
  } catch {
    return false;
  }
}

/** Whether `dossier …argv` should start itself again with the trim threshold set (`argv` as `process.argv`). */
export function wantsTrimThreshold(argv: readonly string[], env: NodeJS.ProcessEnv, glibc = onGlibc): boolean {
  return (
    argv[2] === 'run' &&
    // Help and dry runs are over in a moment: not worth a second process.
    !argv.slice(3).some((a) => a === '-h' || a === '--help' || a === '-n' || a === '--dry-run') &&
    env['MALLOC_TRIM_THRESHOLD_'] === undefined &&
    !(env['GLIBC_TUNABLES'] ?? '').includes('malloc.trim_threshold') &&
    env[PARENT_PIPE_ENV] === undefined &&
    glibc()
  );
}

/**
 * Runs this command again in a child process with the trim threshold set, relays signals to it, and resolves
 * with the exit code to leave with; `null` when the child could not be started (the caller then runs the
 * command itself). A child ended by a signal ends this process by the same signal.
 */
export function runWithTrimThreshold(): Promise<number | null> {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    env: { ...process.env, MALLOC_TRIM_THRESHOLD_: String(TRIM_THRESHOLD_BYTES), [PARENT_PIPE_ENV]: '3' },
  });
  const relay = (signal: NodeJS.Signals): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const s of RELAYED) process.on(s, relay);
  return new Promise((resolve) => {
    const done = (): void => {
      for (const s of RELAYED) process.off(s, relay);
    };
    child.once('error', () => {
      done();
      resolve(null);
    });
    child.once('exit', (code, signal) => {
      done();
      if (signal === null) {
        resolve(code ?? 1);
        return;
      }
      // Leave as the child did, so the shell or supervisor sees the same signal; 128 + its number if this
      // process outlives the signal (one it ignores).
      process.kill(process.pid, signal);
      resolve(128 + (constants.signals[signal] ?? 0));
    });
  });
}

/**
 * In a child started by {@link runWithTrimThreshold}: counts a signal delivered twice (directly and relayed)
 * once, and stops the run when the parent dies (its pipe closes). No-op in any other process.
 */
export function watchParent(env: NodeJS.ProcessEnv = process.env): void {
  const fd = env[PARENT_PIPE_ENV];
  if (fd === undefined) return;
  delete env[PARENT_PIPE_ENV];
  signalSettings.echoWindowMs = ECHO_WINDOW_MS;
  let pipe: net.Socket;
  try {
    pipe = new net.Socket({ fd: Number(fd), readable: true, writable: false });
  } catch {
    return;
  }
  pipe.on('error', () => undefined);
  // The parent never writes: the pipe closes when the parent has ended, however it ended.
  pipe.once('close', () => process.kill(process.pid, 'SIGTERM'));
  pipe.resume();
  pipe.unref();
}
