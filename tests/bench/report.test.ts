import { formatBench, stageShares, summarise } from '../../src/dev/bench/report.js';
import type { PhaseResult } from '../../src/dev/bench/phase.js';

const MB = 1048576;
const phase = (ms: number, cpuMs: number, stageMs: Record<string, number> = {}): PhaseResult => ({
  docs: 10,
  tokens: 2000,
  bytes: 2 * MB,
  ms,
  cpuMs,
  maxRssMb: 100,
  failed: 0,
  stageMs,
});

const setup = {
  workers: 2,
  cores: 2,
  corpusBytes: 2 * MB,
  corpusFiles: 10,
  sources: { mixed: 10 },
  datasetsUsed: false,
  loadAverage: 0,
};

describe('bench report', () => {
  it('computes shares of stage time', () => {
    expect(stageShares({ annotate: 30, timex: 10 })).toEqual({ annotate: 0.75, timex: 0.25 });
    expect(stageShares({})).toEqual({});
  });

  it('derives throughput and ratios from the same documents', () => {
    // (a) 1 s, (b) 4 s, (c) 2.5 s wall on 2 MB: 2, 0.5 and 0.8 MB/s
    // (a') 0.5 s: wink with dossier's lean pipe, reading the same (same digest).
    const r = summarise(
      {
        a: { ...phase(1000, 1000), digest: 'd1' },
        lean: { ...phase(500, 500), digest: 'd1' },
        b: phase(4000, 2000),
        c: phase(2500, 6000),
      },
      setup,
    );
    expect(r.phases.a.mbPerSecond).toBeCloseTo(2);
    expect(r.phases.b.tokensPerSecond).toBeCloseTo(500);
    expect(r.phases.b.articlesPerSecond).toBeCloseTo(2.5);
    expect(r.ratios.pipelineVsWink).toBeCloseTo(0.25);
    expect(r.ratios.pipelineVsWinkCpu).toBeCloseTo(0.5);
    expect(r.ratios.runVsPipeline).toBeCloseTo(1.6);
    expect(r.ratios.pipelineVsLeanWink).toBeCloseTo(0.125);
    expect(r.ratios.pipelineVsLeanWinkCpu).toBeCloseTo(0.25);
    expect(formatBench(r)).toContain("ratio (b)/(a) = 0.25 wall, 0.50 CPU   ratio (b)/(a') = 0.13 wall, 0.25 CPU");
    expect(formatBench(r)).toContain('read every document the same: yes');
  });

  it('says so when the two wink pipes read the documents differently', () => {
    const r = summarise(
      {
        a: { ...phase(1000, 1000), digest: 'd1' },
        lean: { ...phase(500, 500), digest: 'd2' },
        b: phase(4000, 2000),
        c: phase(2500, 6000),
      },
      setup,
    );
    expect(r.samePipeOutput).toBe(false);
    expect(formatBench(r)).toContain('read every document the same: NO');
  });

  it('reports every round of (a) and (b), the median round in the table', () => {
    // Rounds of (a) and (b) wall times on 2 MB: ratios 0.25, 0.4 (CPU 0.5) and 0.3; the caller passes the median round.
    const rounds = [
      { a: phase(1000, 1000), b: phase(4000, 4000) },
      { a: phase(1000, 1000), b: phase(2500, 2000) },
      { a: phase(1200, 1200), b: phase(4000, 4000) },
    ];
    const r = summarise(
      { a: rounds[2]!.a, lean: phase(600, 600), b: rounds[2]!.b, c: phase(5000, 5000) },
      setup,
      rounds,
    );
    expect(r.ratios.pipelineVsWink).toBeCloseTo(0.3);
    expect(r.rounds.map((x) => x.wall)).toEqual([0.25, 0.4, 0.3]);
    expect(r.rounds[1]!.cpu).toBeCloseTo(0.5);
    expect(formatBench(r)).toContain(
      'measured interleaved, 32 documents at a time), wall / CPU: 0.25 / 0.25, 0.40 / 0.50, 0.30 / 0.30',
    );
  });
});
