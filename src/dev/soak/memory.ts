/**
 * What the soak says about memory: the probe's samples (`probe.ts`) cut into the run's phases, and whether
 * memory is flat once warmed up, measured as the slope of a least-squares line through the samples of the
 * last 80 % of the articles (MiB per 10,000 articles), for the process's RSS and for each thread's heap.
 */
import type { MemorySample } from './probe.js';
import type { SmapsSummary } from './smaps.js';

const MIB = 1024 * 1024;

/** Records on disk at a moment of the run (the soak counts them as they land). */
export interface RecordCount {
  t: number;
  records: number;
}

/** A least-squares line through (articles, MiB). */
export interface Trend {
  /** MiB per 10,000 articles. */
  slopeMiBPer10k: number;
  /** The line's values at the first and last article of the window, MiB. */
  fromMiB: number;
  toMiB: number;
  /** Highest sample in the window, MiB. */
  peakMiB: number;
  samples: number;
}

/**
 * What "peak RSS flat after warm-up" (issue 16) is measured as: the least-squares slope of the process's RSS
 * against the articles written, over the articles after warm-up (the first 20 %) and again over the last
 * half of them, each at most this many MiB per 10,000 articles. TOLERANCE_PLACEHOLDER
 */
export const FLAT_TOLERANCE_MIB_PER_10K = 5;

/** The verdict on flatness ({@link FLAT_TOLERANCE_MIB_PER_10K}). */
export interface Flatness {
  toleranceMiBPer10k: number;
  /** RSS slope over the articles after warm-up, MiB per 10,000 articles. */
  afterWarmUp: number | null;
  /** RSS slope over the last half of the articles. */
  lastHalf: number | null;
  flat: boolean;
}

/** The memory figures of one soak run. */
export interface MemoryReport {
  /** Whether the RSS is flat after warm-up, by the definition of {@link FLAT_TOLERANCE_MIB_PER_10K}. */
  flat: Flatness;
  /** Seconds from the first sample: start-up ends at the first record, processing when the workers stop. */
  phases: { startUpEnd: number; processingEnd: number; end: number };
  /** Peak RSS in each phase, MiB. */
  rssPeakMiB: { startUp: number; processing: number; afterWorkers: number };
  /** RSS over the last 80 % of the articles (after warm-up). */
  rssAfterWarmUp: Trend | null;
  /** The main thread's heap in use over the last 80 % of the articles. */
  mainHeapAfterWarmUp: Trend | null;
  /** Each worker thread's heap in use over the last 80 % of the articles (threads seen in that window). */
  workerHeapsAfterWarmUp: Array<{ thread: number } & Trend>;
  /** Each thread's V8 heap pages resident (`heapPhysical`) after warm-up, the main thread (0) first. */
  physicalAfterWarmUp: Array<{ thread: number } & Trend>;
  /** Heap in use at the end of processing, MiB, per thread (0 is the main thread). */
  heapUsedAtEndMiB: Record<string, number>;
  /**
   * Every thread's V8 summed (each thread's latest sample at each main-thread sample), after warm-up: heap
   * pages resident (`physical`), V8's own malloc (`malloced`: compiler and parser zones), code and bytecode.
   * Null fields when the probe did not record them.
   */
  allThreadsAfterWarmUp: { physical: Trend | null; malloced: Trend | null; code: Trend | null };
  /**
   * Each V8 heap space after warm-up (probes that record `spaces`): its pages resident and its bytes in use,
   * summed over the threads, and each thread's resident slope (MiB/10k; 0 is the main thread), to tell which
   * space of which thread keeps the pages that `physicalAfterWarmUp` sees grow.
   */
  spacesAfterWarmUp: Record<
    string,
    { resident: Trend | null; used: Trend | null; residentByThread: Record<string, number> }
  >;
  /**
   * The process's resident memory by kind (`smaps.ts`), after warm-up: RSS growth that is not V8 heap
   * shows here as arena growth. Null when smaps was not read.
   */
  nativeAfterWarmUp: {
    mainArena: Trend | null;
    threadArenas: Trend | null;
    otherAnon: Trend | null;
    file: Trend | null;
    /** Arena heaps mapped at the first and last smaps reading of the window. */
    arenaHeaps: { first: number; last: number } | null;
  } | null;
}

/** One reading of `/proc/<pid>/smaps` (KiB) at time `t`. */
export type NativeSample = SmapsSummary & { t: number };

/**
 * Resident and peak memory (MiB) from the text of `/proc/<pid>/status`; null when it has no `VmRSS` line,
 * as for a process that has exited but not been reaped yet (a sample from then once made a report's peak
 * NaN, written as null).
 */
export function memoryFromStatus(status: string): { rss: number; hwm: number } | null {
  const kib = (key: string): number | null => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) : null;
  };
  const rss = kib('VmRSS');
  if (rss === null) return null;
  return { rss: rss / 1024, hwm: (kib('VmHWM') ?? rss) / 1024 };
}

/** Records at time `t`, interpolated linearly between counts (the count is taken every few seconds). */
export function recordsAt(counts: RecordCount[], t: number): number {
  if (counts.length === 0) return 0;
  if (t <= counts[0]!.t) return counts[0]!.records;
  for (let i = 1; i < counts.length; i++) {
    const b = counts[i]!;
    if (t <= b.t) {
      const a = counts[i - 1]!;
      return b.t === a.t ? b.records : a.records + ((b.records - a.records) * (t - a.t)) / (b.t - a.t);
    }
  }
  return counts[counts.length - 1]!.records;
}

/** Least-squares slope of `ys` over `xs` with the window's ends; null under 3 points or no spread in x. */
export function trend(points: Array<{ x: number; y: number }>): Trend | null {
  if (points.length < 3) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const x0 = Math.min(...points.map((p) => p.x));
  const x1 = Math.max(...points.map((p) => p.x));
  const round = (v: number): number => Math.round(v * 10) / 10;
  return {
    slopeMiBPer10k: round(slope * 10_000),
    fromMiB: round(my + slope * (x0 - mx)),
    toMiB: round(my + slope * (x1 - mx)),
    peakMiB: round(Math.max(...points.map((p) => p.y))),
    samples: n,
  };
}

/**
 * A worker thread whose last sample is this much older than a main-thread sample has ended (a worker samples
 * after each task, at most every 500 ms; a soak's tasks take well under a second).
 */
const ENDED_AFTER_MS = 2_000;

/**
 * Cuts the samples into phases and measures each thread after warm-up. `total` is the number of records the
 * run writes; warm-up is its first `warmUpShare` (default 20 %).
 */
export function analyseMemory(
  samples: MemorySample[],
  counts: RecordCount[],
  total: number,
  warmUpShare = 0.2,
  native: NativeSample[] = [],
): MemoryReport {
  const sorted = [...samples].sort((a, b) => a.t - b.t);
  const t0 = sorted[0]?.t ?? 0;
  const firstRecord = counts.find((c) => c.records > 0)?.t ?? t0;
  const workerTimes = sorted.filter((s) => s.thread !== 0).map((s) => s.t);
  const processingEnd = workerTimes.length > 0 ? Math.max(...workerTimes) : (sorted.at(-1)?.t ?? t0);
  const end = sorted.at(-1)?.t ?? t0;
  const mib = (b: number): number => Math.round((b / MIB) * 10) / 10;
  const peak = (list: MemorySample[]): number => (list.length === 0 ? 0 : mib(Math.max(...list.map((s) => s.rss))));

  const main = sorted.filter((s) => s.thread === 0);
  const startUp = main.filter((s) => s.t < firstRecord);
  const processing = main.filter((s) => s.t >= firstRecord && s.t <= processingEnd);
  const afterWorkers = main.filter((s) => s.t > processingEnd);

  const from = total * warmUpShare;
  const inWindow = (s: MemorySample): boolean =>
    s.t >= firstRecord && s.t <= processingEnd && recordsAt(counts, s.t) >= from;
  const line = (list: MemorySample[], pick: (s: MemorySample) => number): Trend | null =>
    trend(list.filter(inWindow).map((s) => ({ x: recordsAt(counts, s.t), y: pick(s) / MIB })));

  const threads = [...new Set(sorted.filter((s) => s.thread !== 0).map((s) => s.thread))].sort((a, b) => a - b);
  const workerHeaps: Array<{ thread: number } & Trend> = [];
  for (const thread of threads) {
    const t = line(
      sorted.filter((s) => s.thread === thread),
      (s) => s.heapUsed,
    );
    if (t !== null) workerHeaps.push({ thread, ...t });
  }
  const physical: Array<{ thread: number } & Trend> = [];
  for (const thread of [0, ...threads]) {
    const list = sorted.filter((s) => s.thread === thread && s.heapPhysical !== undefined);
    const t = line(list, (s) => s.heapPhysical!);
    if (t !== null) physical.push({ thread, ...t });
  }
  const heapUsedAtEnd: Record<string, number> = {};
  for (const thread of [0, ...threads]) {
    const last = sorted.filter((s) => s.thread === thread && s.t <= processingEnd).at(-1);
    if (last) heapUsedAtEnd[String(thread)] = mib(last.heapUsed);
  }
  // Each thread's latest sample at each main-thread sample (a worker samples after its tasks, so at
  // slightly different moments), summed over the threads.
  const byThread = new Map<number, MemorySample[]>();
  for (const s of sorted) byThread.set(s.thread, [...(byThread.get(s.thread) ?? []), s]);
  // A worker thread counts from its first sample to its last (plus a grace for the task it ran after it, cut
  // short by a thread started after that sample): a run replaces threads (worker recycling, a crash or a
  // timeout), and an ended thread holds nothing.
  // A thread that another one started after its last sample has ended by then (its replacement).
  const births = [...byThread.values()].filter((l) => l[0]!.thread !== 0).map((l) => l[0]!.t);
  const endOf = new Map<number, number>();
  for (const [thread, list] of byThread) {
    const last = list.at(-1)!.t;
    endOf.set(thread, Math.min(last + ENDED_AFTER_MS, ...births.filter((b) => b > last)));
  }
  const alive = (list: MemorySample[], t: number): boolean =>
    list[0]!.thread === 0 || (list[0]!.t <= t && t < endOf.get(list[0]!.thread)!);
  const summed = (pick: (s: MemorySample) => number | undefined): Trend | null => {
    const points: Array<{ x: number; y: number }> = [];
    const cursor = new Map<number, number>();
    for (const m of main.filter(inWindow)) {
      let sum = 0;
      let missing = false;
      for (const [thread, list] of byThread) {
        if (!alive(list, m.t)) continue;
        let i = cursor.get(thread) ?? -1;
        while (i + 1 < list.length && list[i + 1]!.t <= m.t) i++;
        cursor.set(thread, i);
        const v = i >= 0 ? pick(list[i]!) : undefined;
        if (v === undefined) missing = true;
        else sum += v;
      }
      if (!missing) points.push({ x: recordsAt(counts, m.t), y: sum / MIB });
    }
    return trend(points);
  };
  const spaceNames = [...new Set(sorted.flatMap((s) => Object.keys(s.spaces ?? {})))].sort();
  const spaces: MemoryReport['spacesAfterWarmUp'] = {};
  for (const name of spaceNames) {
    const residentByThread: Record<string, number> = {};
    for (const thread of [0, ...threads]) {
      const list = sorted.filter((s) => s.thread === thread && s.spaces?.[name] !== undefined);
      const t = line(list, (s) => s.spaces![name]![0]);
      if (t !== null) residentByThread[String(thread)] = t.slopeMiBPer10k;
    }
    spaces[name] = {
      resident: summed((s) => s.spaces?.[name]?.[0]),
      used: summed((s) => s.spaces?.[name]?.[1]),
      residentByThread,
    };
  }
  const nativeIn = native.filter((n) => n.t >= firstRecord && n.t <= processingEnd && recordsAt(counts, n.t) >= from);
  const kind = (pick: (n: NativeSample) => number): Trend | null =>
    trend(nativeIn.map((n) => ({ x: recordsAt(counts, n.t), y: pick(n) / 1024 })));
  const rssAfterWarmUp = line(main, (s) => s.rss);
  const lastHalf = trend(
    main
      .filter((s) => inWindow(s) && recordsAt(counts, s.t) >= total / 2)
      .map((s) => ({ x: recordsAt(counts, s.t), y: s.rss / MIB })),
  );
  const within = (t: Trend | null): boolean => t !== null && t.slopeMiBPer10k <= FLAT_TOLERANCE_MIB_PER_10K;
  const secs = (t: number): number => Math.round((t - t0) / 100) / 10;
  return {
    flat: {
      toleranceMiBPer10k: FLAT_TOLERANCE_MIB_PER_10K,
      afterWarmUp: rssAfterWarmUp?.slopeMiBPer10k ?? null,
      lastHalf: lastHalf?.slopeMiBPer10k ?? null,
      flat: within(rssAfterWarmUp) && within(lastHalf),
    },
    phases: { startUpEnd: secs(firstRecord), processingEnd: secs(processingEnd), end: secs(end) },
    rssPeakMiB: { startUp: peak(startUp), processing: peak(processing), afterWorkers: peak(afterWorkers) },
    rssAfterWarmUp,
    mainHeapAfterWarmUp: line(main, (s) => s.heapUsed),
    workerHeapsAfterWarmUp: workerHeaps,
    physicalAfterWarmUp: physical,
    heapUsedAtEndMiB: heapUsedAtEnd,
    allThreadsAfterWarmUp: {
      physical: summed((s) => s.heapPhysical),
      malloced: summed((s) => s.v8Malloced),
      code: summed((s) => (s.code === undefined ? undefined : s.code + (s.bytecode ?? 0))),
    },
    spacesAfterWarmUp: spaces,
    nativeAfterWarmUp:
      nativeIn.length === 0
        ? null
        : {
            mainArena: kind((n) => n.mainArena),
            threadArenas: kind((n) => n.threadArenas),
            otherAnon: kind((n) => n.otherAnon),
            file: kind((n) => n.file),
            arenaHeaps: { first: nativeIn[0]!.arenaHeaps, last: nativeIn.at(-1)!.arenaHeaps },
          },
  };
}
