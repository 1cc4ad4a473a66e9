import { formatBench, stageShares, summarise } from '../../src/bench/report.js';
import type { PhaseResult } from '../../src/bench/phase.js';

const MB = 1048576;
const phase = (ms: number, cpuMs: number, stageMs: Record<string, number> = {}): PhaseResult => ({ docs: 10, tokens: 2000, bytes: 2 * MB, ms, cpuMs, maxRssMb: 100, failed: 0, stageMs });

describe('bench report', () => {
  it('computes shares of stage time', () => {
    expect(stageShares({ annotate: 30, timex: 10 })).toEqual({ annotate: 0.75, timex: 0.25 });
    expect(stageShares({})).toEqual({});
  });

  it('derives throughput and ratios from the same documents', () => {
    // (a) 1 s, (b) 4 s, (c) 2.5 s wall on 2 MB: 2, 0.5 and 0.8 MB/s
    const r = summarise({ a: phase(1000, 1000), b: phase(4000, 2000), c: phase(2500, 6000) }, { workers: 2, cores: 2, corpusBytes: 2 * MB, corpusFiles: 10, sources: { mixed: 10 }, datasetsUsed: false, loadAverage: 0 });
    expect(r.phases.a.mbPerSecond).toBeCloseTo(2);
    expect(r.phases.b.tokensPerSecond).toBeCloseTo(500);
    expect(r.phases.b.articlesPerSecond).toBeCloseTo(2.5);
    expect(r.ratios.pipelineVsWink).toBeCloseTo(0.25);
    expect(r.ratios.pipelineVsWinkCpu).toBeCloseTo(0.5);
    expect(r.ratios.runVsPipeline).toBeCloseTo(1.6);
    expect(formatBench(r)).toContain('ratio (b)/(a) = 0.25 wall, 0.50 CPU');
  });
});
