#!/usr/bin/env node
/**
 * Sums a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per source file, largest
 * first, as shares of the profile's sampled time. `node dist/dev/bench/profile.js <file.cpuprofile>
 * [--top N] [--by function|file|both]`. A `--cpu-prof` run writes one profile per thread (`*.0.*` is
 * the main thread, `*.1.*`, `*.2.*` the workers), so each thread is read on its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Self microseconds per profile node id. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    // timeDeltas[i] is the time before sample i; the sample's own span is the next delta.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + dt);
  }
  return self;
}

function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const at = url.lastIndexOf('node_modules/');
  if (at >= 0) return url.slice(at + 'node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : path.basename(url);
}

function print(title: string, totals: Map<string, number>, all: number, top: number): void {
  process.stdout.write(`\n${title}\n`);
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, us] of rows)
    process.stdout.write(
      `${((100 * us) / all).toFixed(1).padStart(6)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}\n`,
    );
}

function main(): void {
  const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const top = Number(option('top') ?? 25);
  const by = option('by') ?? 'both';
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const self = selfTimes(profile);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const fns = new Map<string, number>();
    const urls = new Map<string, number>();
    let all = 0;
    for (const [id, us] of self) {
      const f = byId.get(id)!.callFrame;
      const fn = `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
      fns.set(fn, (fns.get(fn) ?? 0) + us);
      const u = f.url === '' ? f.functionName || '(native)' : shortUrl(f.url);
      urls.set(u, (urls.get(u) ?? 0) + us);
      all += us;
    }
    const idle = [...fns.entries()].filter(([k]) => k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0);
    process.stdout.write(
      `${file}: ${(all / 1e6).toFixed(2)} s sampled, ${(idle / 1e6).toFixed(2)} s idle, ${((all - idle) / 1e6).toFixed(2)} s busy\n`,
    );
    if (by !== 'function') print('self time by file', urls, all, top);
    if (by !== 'file') print('self time by function', fns, all, top);
  }
}

main();
