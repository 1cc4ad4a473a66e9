#!/usr/bin/env node
/**
 * CPU seconds per thread of a command (Linux): `node dist/dev/bench/threads.js -- node dist/cli.js run …`.
 * Runs the command and reads `/proc/<pid>/task/<tid>/stat` (user + system time) of it and its children
 * every 200 ms; prints each thread that used at least 50 ms, in order of appearance, then the wall time
 * and the total. In a `dossier run` the first thread is the main thread, the next four V8's platform
 * threads (concurrent garbage collection and compilation), then libuv's pool, then the worker threads
 * (appearing after start-up). CPU seconds are what other load on a shared machine barely moves, so two
 * designs compare by them when wall time is noisy.
 *
 * `--sched` adds, per thread, where its lifetime went (from `/proc/<pid>/task/<tid>/schedstat`, which counts
 * nanoseconds on a CPU and nanoseconds runnable but waiting for one): `run` on a CPU, `wait` runnable but
 * not scheduled (the cores were busy: with other threads of the run, or other processes), `sleep` neither
 * (blocked: waiting for a message, a lock, a file). That answers whether a thread's wall time beyond its CPU
 * time is the machine's (wait) or the program's (sleep). On a shared machine `wait` also counts other
 * processes (`nice` does not help where the kernel groups each session's processes: autogroup).
 * `vol`/`invol` are the voluntary and involuntary context switches (`status`).
 * `to last CPU` repeats wait and sleep up to the last sample at which the thread's CPU time grew: for a worker
 * thread, its sleep before the run's serial tail (type pass, tables), i.e. the time it waited for tasks.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Clock ticks per second of `/proc` times (USER_HZ, 100 on Linux). */
const TICKS = 100;

function children(pid: number): number[] {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return kids === '' ? [] : kids.split(/\s+/).map(Number);
  } catch {
    return [];
  }
}

function tree(pid: number): number[] {
  return [pid, ...children(pid).flatMap(tree)];
}

interface Seen {
  pid: number;
  tid: number;
  name: string;
  cpu: number;
  firstSeen: number;
  /** User and system CPU seconds. */
  user: number;
  sys: number;
  /** Seconds since boot at the thread's start, and when it was last sampled alive. */
  start: number;
  last: number;
  /** Seconds on a CPU and runnable without one (schedstat), and context switches. */
  run: number;
  wait: number;
  vol: number;
  invol: number;
  /** The same at the last sample that saw its CPU time grow: the end of its work, before any idle tail. */
  busy: { at: number; run: number; wait: number };
}

/** Seconds since boot. */
function uptime(): number {
  return Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
}

/** Run and wait seconds of a thread (`schedstat`), 0 where the kernel does not keep them. */
function schedstat(pid: number, tid: string): { run: number; wait: number } {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').trim().split(' ');
    return { run: Number(run) / 1e9, wait: Number(wait) / 1e9 };
  } catch {
    return { run: 0, wait: 0 };
  }
}

/** Voluntary and involuntary context switches of a thread. */
function switches(pid: number, tid: string): { vol: number; invol: number } {
  try {
    const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { vol: field('voluntary_ctxt_switches'), invol: field('nonvoluntary_ctxt_switches') };
  } catch {
    return { vol: 0, invol: 0 };
  }
}

function sample(root: number, seen: Map<string, Seen>, t0: number): void {
  for (const pid of tree(root)) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const user = Number(fields[11]) / TICKS;
        const sys = Number(fields[12]) / TICKS;
        const cpu = user + sys;
        const now = uptime();
        const more = { user, sys, last: now, ...schedstat(pid, tid), ...switches(pid, tid) };
        const key = `${pid}/${tid}`;
        const had = seen.get(key);
        if (had) {
          if (cpu > had.cpu) had.busy = { at: now, run: more.run, wait: more.wait };
          Object.assign(had, { cpu, ...more });
        } else
          seen.set(key, {
            pid,
            tid: Number(tid),
            name,
            cpu,
            firstSeen: (performance.now() - t0) / 1000,
            start: Number(fields[19]) / TICKS,
            ...more,
            busy: { at: now, run: more.run, wait: more.wait },
          });
      } catch {
        // the thread ended between listing and reading
      }
    }
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--');
  const cmd = at >= 0 ? process.argv.slice(at + 1) : process.argv.slice(2);
  const sched = at >= 0 && process.argv.slice(2, at).includes('--sched');
  if (cmd.length === 0) {
    process.stderr.write('usage: node dist/dev/bench/threads.js [--sched] -- COMMAND [ARGS…]\n');
    process.exit(2);
  }
  const t0 = performance.now();
  const child = spawn(cmd[0]!, cmd.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
  const seen = new Map<string, Seen>();
  const timer = setInterval(() => sample(child.pid!, seen, t0), sched ? 50 : 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const wall = (performance.now() - t0) / 1000;
  let total = 0;
  for (const s of seen.values()) {
    total += s.cpu;
    if (s.cpu < 0.05) continue;
    let line = `${String(s.pid).padStart(7)} ${String(s.tid).padStart(7)} ${s.name.padEnd(16)} ${s.cpu.toFixed(2).padStart(7)} s CPU  (from ${s.firstSeen.toFixed(1)} s)`;
    if (sched) {
      // lifetime is measured to the last sample that saw the thread alive (every 50 ms)
      const life = Math.max(0, s.last - s.start);
      const sleep = Math.max(0, life - s.run - s.wait);
      // until its last CPU: how long it slept while it still had work to come (a worker: waiting for tasks)
      const busy = Math.max(0, s.busy.at - s.start);
      const busySleep = Math.max(0, busy - s.busy.run - s.busy.wait);
      const f = (x: number) => x.toFixed(2).padStart(6);
      line += `  user ${f(s.user)} sys ${f(s.sys)} | life ${f(life)} run ${f(s.run)} wait ${f(s.wait)} sleep ${f(sleep)} | to last CPU ${f(busy)}: wait ${f(s.busy.wait)} sleep ${f(busySleep)} | vol ${s.vol} invol ${s.invol}`;
    }
    process.stdout.write(`${line}\n`);
  }
  process.stdout.write(`wall ${wall.toFixed(2)} s, CPU ${total.toFixed(2)} s (last sample), exit ${code}\n`);
}

void main();
