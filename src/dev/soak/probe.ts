/**
 * Memory probe for the soak (`npm run soak`): loaded into every thread of the `dossier run` it watches,
 * it appends one line per thread every `DOSSIER_PROBE_MS` (default 500 ms) to
 * `$DOSSIER_PROBE_DIR/mem-<pid>-<threadId>.ndjson`: `{ t, thread, pid, rss, heapUsed, heapTotal, external, arrayBuffers,
 * heapPhysical, v8Malloced, code, bytecode, spaces }` in bytes (`rss` is the process's, the rest this thread's V8 heap). When a file `snap-<n>` appears in the
 * folder (the soak creates it once n records are written) each thread writes a V8 heap snapshot at its next
 * sample (`heap-<pid>-<threadId>-<n>.heapsnapshot`), for `node dist/dev/soak/heapdiff.js A B` to compare. With
 * `DOSSIER_PROBE_GC=1` (and `node --expose-gc`) each sample follows a full garbage collection, so the heap
 * figures are live data only (the soak's `--live`).
 *
 * Node runs `--import` modules in the main thread only, but `--require` modules in every worker thread too
 * (a dynamic `import()` from such a preload never settles in a piscina worker), so the soak writes
 * `startProbe` itself, with the built-in modules it needs, into a CommonJS preload (`preloadProbe`).
 * The runtime never imports this module.
 *
 * A piscina worker never returns to its event loop between tasks: it blocks in `Atomics.wait` until the next
 * one (piscina's default `atomics: 'sync'`), so no timer of its own ever fires. In a worker the probe
 * therefore samples when piscina calls `Atomics.wait`, that is after each task, at most once per period.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** One sample of one thread, as the probe writes it. */
export interface MemorySample {
  /** Milliseconds since the epoch. */
  t: number;
  /** 0 for the main thread, else the worker's thread id. */
  thread: number;
  /**
   * The process (older probes left it out). `dossier run` may start itself again (src/cli/trim.ts): the
   * first process then only relays, and its main thread's samples are not the run's.
   */
  pid?: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** This thread's V8 heap pages resident in memory (`total_physical_size`; older probes left it out). */
  heapPhysical?: number;
  /** What this thread's V8 holds through malloc (its zones: parser, compilers; `malloced_memory`). */
  v8Malloced?: number;
  /** Machine code and bytecode with their metadata (`getHeapCodeStatistics`). */
  code?: number;
  bytecode?: number;
  /**
   * This thread's V8 heap by space (`getHeapSpaceStatistics`): `[resident, used]` bytes per space name
   * (`new_space`, `old_space`, `code_space`, `large_object_space`, …), to tell which space keeps what it grew.
   */
  spaces?: Record<string, [number, number]>;
}

/** The built-in modules the probe uses, handed in by the preload (which is CommonJS). */
interface ProbeDeps {
  fs: typeof import('node:fs');
  path: typeof import('node:path');
  v8: typeof import('node:v8');
  wt: typeof import('node:worker_threads');
  perf: typeof import('node:perf_hooks');
}

/** Writes the CommonJS preload that starts the probe in every thread; returns the `--require` argument. */
export function preloadProbe(dir: string): string {
  const file = path.join(dir, 'probe-preload.cjs');
  const deps = `{ fs: require('node:fs'), path: require('node:path'), v8: require('node:v8'), wt: require('node:worker_threads'), perf: require('node:perf_hooks') }`;
  writeFileSync(
    file,
    `'use strict';\nconst dir = process.env.DOSSIER_PROBE_DIR;\nif (dir) (${startProbe.toString()})(dir, ${deps});\n`,
  );
  return file;
}

/** Samples this thread into `dir` (self-contained: its source is copied into the preload). */
function startProbe(dir: string, { fs, path, v8, wt, perf }: ProbeDeps): void {
  const every = Number(process.env['DOSSIER_PROBE_MS'] ?? 500);
  const file = path.join(dir, `mem-${process.pid}-${wt.threadId}.ndjson`);
  // With `--expose-gc` and DOSSIER_PROBE_GC=1 every sample follows a full collection: the heap is then what
  // is alive, not what is alive plus garbage not yet collected (costs a full GC per sample).
  const collect = process.env['DOSSIER_PROBE_GC'] === '1' ? (globalThis as { gc?: () => void }).gc : undefined;
  const sample = (): void => {
    collect?.();
    const m = process.memoryUsage();
    const h = v8.getHeapStatistics();
    const c = v8.getHeapCodeStatistics();
    const line = {
      t: Date.now(),
      thread: wt.isMainThread ? 0 : wt.threadId,
      pid: process.pid,
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      heapPhysical: h.total_physical_size,
      v8Malloced: h.malloced_memory,
      code: c.code_and_metadata_size,
      bytecode: c.bytecode_and_metadata_size,
      spaces: Object.fromEntries(
        v8.getHeapSpaceStatistics().map((x) => [x.space_name, [x.physical_space_size, x.space_used_size]]),
      ),
    };
    try {
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // the soak removed its folder: nothing left to record
    }
  };
  const taken = new Set<string>();
  const snapshots = (): void => {
    for (const name of fs.readdirSync(dir))
      if (name.startsWith('snap-') && !taken.has(name)) {
        taken.add(name);
        v8.writeHeapSnapshot(path.join(dir, `heap-${process.pid}-${wt.threadId}-${name.slice(5)}.heapsnapshot`));
      }
  };
  sample();
  if (wt.isMainThread) {
    setInterval(() => {
      sample();
      snapshots();
    }, every).unref();
    return;
  }
  let last = perf.performance.now();
  const wait = Atomics.wait.bind(Atomics) as (...args: unknown[]) => ReturnType<typeof Atomics.wait>;
  Atomics.wait = ((...args: unknown[]) => {
    const now = perf.performance.now();
    if (now - last >= every) {
      last = now;
      sample();
      snapshots();
    }
    return wait(...args);
  }) as typeof Atomics.wait;
}
