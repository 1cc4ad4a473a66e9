import { analyseMemory, memoryFromStatus, recordsAt, trend } from '../../../src/dev/soak/memory.js';
import type { MemorySample } from '../../../src/dev/soak/probe.js';

const MIB = 1024 * 1024;

function sample(t: number, thread: number, rssMiB: number, heapMiB: number): MemorySample {
  return {
    t,
    thread,
    rss: rssMiB * MIB,
    heapUsed: heapMiB * MIB,
    heapTotal: heapMiB * MIB,
    external: 0,
    arrayBuffers: 0,
  };
}

describe('soak memory report', () => {
  it('reads resident memory from /proc status, and nothing from a process that has exited', () => {
    const running = 'Name:\tnode\nState:\tR (running)\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t18\n';
    expect(memoryFromStatus(running)).toEqual({ rss: 100, hwm: 200 });
    // An exited process not yet reaped (a zombie) has no memory lines.
    const zombie = 'Name:\tnode\nState:\tZ (zombie)\nThreads:\t1\n';
    expect(memoryFromStatus(zombie)).toBeNull();
  });

  it('interpolates the record count between the counts taken', () => {
    const counts = [
      { t: 0, records: 0 },
      { t: 10, records: 100 },
      { t: 20, records: 100 },
    ];
    expect(recordsAt(counts, -5)).toBe(0);
    expect(recordsAt(counts, 5)).toBe(50);
    expect(recordsAt(counts, 15)).toBe(100);
    expect(recordsAt(counts, 99)).toBe(100);
  });

  it('gives the least-squares slope per 10,000 articles', () => {
    const t = trend([0, 1, 2, 3, 4].map((i) => ({ x: i * 1000, y: 100 + i * 5 })))!;
    expect(t.slopeMiBPer10k).toBe(50);
    expect(t.fromMiB).toBe(100);
    expect(t.toMiB).toBe(120);
    expect(t.peakMiB).toBe(120);
    expect(trend([{ x: 1, y: 1 }])).toBeNull();
  });

  it('cuts the run into phases and measures each thread after warm-up only', () => {
    // 100 s of processing at 100 articles/s; the main thread grows 1 MiB per second, the worker stays flat,
    // and the worker warms up (200 -> 100 MiB) within the first 20 % of the articles.
    const samples: MemorySample[] = [];
    const counts = [];
    for (let s = 0; s <= 110; s++) {
      const t = 1000 * s;
      samples.push(sample(t, 0, 500 + s, 50 + s));
      if (s >= 5 && s <= 105) samples.push(sample(t, 1, 500 + s, s < 15 ? 200 : 100));
      counts.push({ t, records: Math.max(0, Math.min(10_000, (s - 5) * 100)) });
    }
    const r = analyseMemory(samples, counts, 10_000);
    expect(r.phases).toEqual({ startUpEnd: 6, processingEnd: 105, end: 110 });
    expect(r.rssAfterWarmUp!.slopeMiBPer10k).toBeCloseTo(100, 0);
    expect(r.mainHeapAfterWarmUp!.slopeMiBPer10k).toBeCloseTo(100, 0);
    expect(r.workerHeapsAfterWarmUp).toHaveLength(1);
    expect(r.workerHeapsAfterWarmUp[0]!.slopeMiBPer10k).toBe(0);
    expect(r.workerHeapsAfterWarmUp[0]!.peakMiB).toBe(100);
    expect(r.rssPeakMiB.afterWorkers).toBe(610);
    expect(r.heapUsedAtEndMiB).toEqual({ '0': 155, '1': 100 });
  });

  it('calls the RSS flat when it stays within the tolerance after warm-up and over the last half', () => {
    // 100 articles/s over 100 s. Warm-up (first 20 %) climbs 300 -> 500 MiB, which does not count; `late`
    // then rises 8 MiB per 10k over the last half only, more than the tolerance.
    const run = (late: number): ReturnType<typeof analyseMemory> => {
      const samples: MemorySample[] = [];
      const counts = [];
      for (let s = 0; s <= 100; s++) {
        const records = s * 100;
        const rss =
          records < 2000 ? 300 + records / 10 : 500 + (records > 5000 ? (late * (records - 5000)) / 10_000 : 0);
        samples.push(sample(1000 * s, 0, rss, 50));
        counts.push({ t: 1000 * s, records });
      }
      return analyseMemory(samples, counts, 10_000);
    };
    const flat = run(0);
    expect(flat.flat).toEqual({ toleranceMiBPer10k: 5, afterWarmUp: 0, lastHalf: 0, flat: true });
    const rising = run(8);
    expect(rising.flat.lastHalf).toBeCloseTo(8, 0);
    expect(rising.flat.flat).toBe(false);
  });

  it('sums the V8 of every thread and splits the RSS by kind after warm-up', () => {
    // Two threads whose resident heap pages grow 0.5 MiB per second each, code flat; smaps readings every
    // 4 s in which only the other anonymous memory grows (1 MiB per second) and the arenas stay put.
    const samples: MemorySample[] = [];
    const counts = [];
    const native = [];
    for (let s = 0; s <= 110; s++) {
      const t = 1000 * s;
      for (const thread of s <= 105 ? [0, 1] : [0])
        samples.push({
          ...sample(t + thread, thread, 500 + s, 50),
          heapPhysical: (100 + s / 2) * MIB,
          v8Malloced: MIB,
          code: 10 * MIB,
          bytecode: 2 * MIB,
          // Old space keeps the pages that grow while its bytes in use stay put; new space is flat.
          spaces: { old_space: [(60 + s / 2) * MIB, 40 * MIB], new_space: [32 * MIB, 8 * MIB] },
        });
      counts.push({ t, records: Math.max(0, Math.min(10_000, (s - 5) * 100)) });
      if (s % 4 === 0)
        native.push({
          t,
          mainArena: 10_240,
          threadArenas: 102_400,
          arenaHeaps: 3,
          otherAnon: 1024 * (300 + s),
          file: 51_200,
          total: 0,
        });
    }
    const r = analyseMemory(samples, counts, 10_000, 0.2, native);
    // Each thread +0.5 MiB/s at 100 articles/s: +50 MiB per 10k each, +100 summed.
    expect(r.physicalAfterWarmUp.map((p) => [p.thread, p.slopeMiBPer10k])).toEqual([
      [0, 50],
      [1, 50],
    ]);
    expect(r.allThreadsAfterWarmUp.physical!.slopeMiBPer10k).toBeCloseTo(100, 0);
    expect(r.allThreadsAfterWarmUp.malloced!.slopeMiBPer10k).toBe(0);
    expect(r.allThreadsAfterWarmUp.code!.fromMiB).toBe(24);
    const old = r.spacesAfterWarmUp['old_space']!;
    expect(old.resident!.slopeMiBPer10k).toBeCloseTo(100, 0);
    expect(old.used!.slopeMiBPer10k).toBe(0);
    expect(old.residentByThread).toEqual({ '0': 50, '1': 50 });
    expect(r.spacesAfterWarmUp['new_space']!.resident!.slopeMiBPer10k).toBe(0);
    expect(r.spacesAfterWarmUp['new_space']!.used!.fromMiB).toBe(16);
    expect(r.nativeAfterWarmUp!.otherAnon!.slopeMiBPer10k).toBeCloseTo(100, 0);
    expect(r.nativeAfterWarmUp!.threadArenas!.slopeMiBPer10k).toBe(0);
    expect(r.nativeAfterWarmUp!.arenaHeaps).toEqual({ first: 3, last: 3 });
  });

  it('leaves the sums and the split out when the probe or smaps did not record them', () => {
    const samples = [0, 1, 2, 3, 4, 5].map((s) => sample(1000 * s, 0, 500, 50));
    const counts = [0, 1, 2, 3, 4, 5].map((s) => ({ t: 1000 * s, records: s * 100 }));
    const r = analyseMemory(samples, counts, 500);
    expect(r.allThreadsAfterWarmUp).toEqual({ physical: null, malloced: null, code: null });
    expect(r.nativeAfterWarmUp).toBeNull();
    expect(r.spacesAfterWarmUp).toEqual({});
  });
  it('sums only the worker threads alive at each moment when threads are replaced during the run', () => {
    // 100 articles/s over 100 s. Worker 1 grows 1 MiB/s until it retires at 50 s; worker 2 takes its place at
    // 51 s and grows the same way from the same start: a sawtooth. The ended thread's last sample must not be
    // counted beside its successor, or the sum would double after 50 s.
    const samples: MemorySample[] = [];
    const counts = [];
    for (let s = 0; s <= 100; s++) {
      const t = 1000 * s;
      samples.push({ ...sample(t, 0, 500, 50), heapPhysical: 60 * MIB });
      if (s <= 50) samples.push({ ...sample(t, 1, 500, 100), heapPhysical: (100 + s) * MIB });
      if (s >= 51) samples.push({ ...sample(t, 2, 500, 100), heapPhysical: (100 + (s - 51)) * MIB });
      counts.push({ t, records: s * 100 });
    }
    const r = analyseMemory(samples, counts, 10_000);
    const physical = r.allThreadsAfterWarmUp.physical!;
    expect(physical.peakMiB).toBe(210);
    // Without the rule the sum would reach 60 + 150 + 149 MiB.
    expect(Math.max(physical.fromMiB, physical.toMiB)).toBeLessThan(260);
  });
});
