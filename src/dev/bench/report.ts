/** Figures and tables of the throughput benchmark. */
import { markdownTable } from '../eval/table.js';
import type { PhaseResult } from './phase.js';
import { CHUNK_DOCS } from './serve.js';

/** Throughput of one phase. */
export interface PhaseFigures extends PhaseResult {
  seconds: number;
  tokensPerSecond: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  /** MB per CPU-second: what the phase would do on an otherwise idle core. */
  mbPerCpuSecond: number;
  /** Share of each stage in the summed stage time. */
  stageShares: Record<string, number>;
}

/** The whole benchmark report. */
export interface BenchReport {
  setup: {
    workers: number;
    cores: number;
    corpusBytes: number;
    corpusFiles: number;
    sources: Record<string, number>;
    datasetsUsed: boolean;
    loadAverage: number;
  };
  phases: { a: PhaseFigures; lean: PhaseFigures; b: PhaseFigures; c: PhaseFigures };
  /**
   * Throughput ratios on the same documents (MB/s, so token-count differences do not matter).
   * `pipelineVsWinkCpu` uses CPU time, which other load on a shared machine barely moves.
   */
  ratios: {
    pipelineVsWink: number;
    pipelineVsWinkCpu: number;
    runVsPipeline: number;
    pipelineVsLeanWink: number;
    pipelineVsLeanWinkCpu: number;
  };
  /** Whether wink read every document the same (tokens, POS, lemmas, spacing, sentences) with both pipes. */
  samePipeOutput: boolean;
  /** (b)/(a) of every round of (a) and (b), wall and CPU; `phases.a` and `phases.b` are the median round. */
  rounds: Array<{ wall: number; cpu: number }>;
}

/** Stage shares of a stage-time map. */
export function stageShares(stageMs: Record<string, number>): Record<string, number> {
  const total = Object.values(stageMs).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, total === 0 ? 0 : v / total]));
}

function figures(p: PhaseResult): PhaseFigures {
  const s = p.ms / 1000;
  return {
    ...p,
    seconds: s,
    tokensPerSecond: p.tokens / s,
    articlesPerSecond: p.docs / s,
    mbPerSecond: p.bytes / 1048576 / s,
    mbPerCpuSecond: p.bytes / 1048576 / (p.cpuMs / 1000),
    stageShares: stageShares(p.stageMs),
  };
}

/** Derives throughputs and ratios. */
export function summarise(
  phases: { a: PhaseResult; lean: PhaseResult; b: PhaseResult; c: PhaseResult },
  setup: BenchReport['setup'],
  rounds: ReadonlyArray<{ a: PhaseResult; b: PhaseResult }> = [phases],
): BenchReport {
  const a = figures(phases.a);
  const lean = figures(phases.lean);
  const b = figures(phases.b);
  const c = figures(phases.c);
  return {
    setup,
    phases: { a, lean, b, c },
    ratios: {
      pipelineVsWink: b.mbPerSecond / a.mbPerSecond,
      pipelineVsWinkCpu: b.mbPerCpuSecond / a.mbPerCpuSecond,
      runVsPipeline: c.mbPerSecond / b.mbPerSecond,
      pipelineVsLeanWink: b.mbPerSecond / lean.mbPerSecond,
      pipelineVsLeanWinkCpu: b.mbPerCpuSecond / lean.mbPerCpuSecond,
    },
    samePipeOutput: phases.a.digest !== undefined && phases.a.digest === phases.lean.digest,
    rounds: rounds.map((r) => {
      const ra = figures(r.a);
      const rb = figures(r.b);
      return { wall: rb.mbPerSecond / ra.mbPerSecond, cpu: rb.mbPerCpuSecond / ra.mbPerCpuSecond };
    }),
  };
}

const n0 = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');
const n2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

/** Tables: throughput per phase, ratios, stage shares. */
export function formatBench(r: BenchReport): string {
  const { a, lean, b, c } = r.phases;
  const row = (label: string, p: PhaseFigures): string[] => [
    label,
    n0(p.docs),
    n0(p.tokens),
    n2(p.seconds),
    n0(p.tokensPerSecond),
    n2(p.articlesPerSecond),
    n2(p.mbPerSecond),
    n2(p.cpuMs / 1000),
    n2(p.mbPerCpuSecond),
    n0(p.maxRssMb),
    n0(p.failed),
  ];
  const stages = [...new Set([...Object.keys(b.stageMs), ...Object.keys(c.stageMs)])];
  const pct = (x: number | undefined): string => (x === undefined ? '' : `${(100 * x).toFixed(1)}%`);
  return [
    `corpus: ${r.setup.corpusFiles} documents, ${(r.setup.corpusBytes / 1048576).toFixed(2)} MB (${Object.entries(
      r.setup.sources,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}); ${r.setup.cores} cores, ${r.setup.workers} workers; load average ${r.setup.loadAverage.toFixed(1)} at the end`,
    markdownTable(
      [
        'phase',
        'articles',
        'tokens',
        'seconds',
        'tokens/s',
        'articles/s',
        'MB/s',
        'CPU s',
        'MB/CPU-s',
        'peak RSS MB',
        'failed',
      ],
      [
        row('(a) wink readDoc alone', a),
        row("(a') wink, dossier's pipe", lean),
        row('(b) pipeline, 1 process', b),
        row(`(c) dossier run, ${r.setup.workers} workers`, c),
      ],
    ),
    `ratio (b)/(a) per round ((a) and (b) measured interleaved, ${CHUNK_DOCS} documents at a time), wall / CPU: ${(r.rounds ?? []).map((x) => `${n2(x.wall)} / ${n2(x.cpu)}`).join(', ')} (the table shows the median round)`,
    `ratio (b)/(a) = ${n2(r.ratios.pipelineVsWink)} wall, ${n2(r.ratios.pipelineVsWinkCpu)} CPU   ratio (b)/(a') = ${n2(r.ratios.pipelineVsLeanWink)} wall, ${n2(r.ratios.pipelineVsLeanWinkCpu)} CPU   ratio (c)/(b) = ${n2(r.ratios.runVsPipeline)} wall`,
    `(throughput in MB/s on the same documents; (a) is wink's default pipe, (a') only the parts dossier runs (sentences, POS), which read every document the same: ${r.samePipeOutput ? 'yes' : 'NO'}; (c) is the wall time of the whole command: start-up, model loading and writes included)`,
    markdownTable(
      ['stage', '(b) share', '(c) share (run manifest)'],
      stages.map((s) => [s, pct(b.stageShares[s]), pct(c.stageShares[s])]),
    ),
  ].join('\n\n');
}
