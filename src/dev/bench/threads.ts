#!/usr/bin/env node
/**
 * CPU seconds per thread of a command (Linux): `node dist/dev/bench/threads.js -- node dist/cli.js run …`.
 * Runs the command and reads `/proc/<pid>/task/<tid>/stat` (user + system time) of it and its children
 * every 200 ms; prints each thread that used at least 50 ms, in order of appearance, then the wall time
 * and the total. In a `dossier run` the first thread is the main thread, the next four V8's platform
 * threads (concurrent garbage collection and compilation), then libuv's pool, then the worker threads
 * (appearing after start-up). CPU seconds are what other load on a shared machine barely moves, so two
 * designs compare by them when wall time is noisy.
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
        const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS;
        const key = `${pid}/${tid}`;
        const had = seen.get(key);
        if (had) had.cpu = cpu;
        else seen.set(key, { pid, tid: Number(tid), name, cpu, firstSeen: (performance.now() - t0) / 1000 });
      } catch {
        // the thread ended between listing and reading
      }
    }
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--');
  const cmd = at >= 0 ? process.argv.slice(at + 1) : process.argv.slice(2);
  if (cmd.length === 0) {
    process.stderr.write('usage: node dist/dev/bench/threads.js -- COMMAND [ARGS…]\n');
    process.exit(2);
  }
  const t0 = performance.now();
  const child = spawn(cmd[0]!, cmd.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
  const seen = new Map<string, Seen>();
  const timer = setInterval(() => sample(child.pid!, seen, t0), 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const wall = (performance.now() - t0) / 1000;
  let total = 0;
  for (const s of seen.values()) {
    total += s.cpu;
    if (s.cpu >= 0.05)
      process.stdout.write(
        `${String(s.pid).padStart(7)} ${String(s.tid).padStart(7)} ${s.name.padEnd(16)} ${s.cpu.toFixed(2).padStart(7)} s CPU  (from ${s.firstSeen.toFixed(1)} s)\n`,
      );
  }
  process.stdout.write(`wall ${wall.toFixed(2)} s, CPU ${total.toFixed(2)} s (last sample), exit ${code}\n`);
}

void main();
