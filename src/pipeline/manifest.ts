/**
 * The run manifest (`output/runs/<runId>.json`, schemas/manifest.schema.json): what a run did, its
 * failures and its exit code; also the body of `--json` and of the one info-level summary line.
 */
import { randomBytes } from 'node:crypto';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import type { PipelineInfo } from '../types.js';
import type { Failure } from './failure.js';
import type { Shard } from './shard.js';

export interface RunCounts {
  discovered: number;
  processed: number;
  skipped: number;
  /** New failures (they set exit code 1). */
  failed: number;
  /** Failures already known from the run before (same file, content and code): exit code 0 unless `--strict`. */
  knownFailed: number;
  duplicates: number;
  /** Stored articles whose input was deleted or renamed, removed with their records. */
  removed: number;
  entities: number;
  timexes: number;
  events: number;
  tokens: number;
  bytes: number;
}

/** What a run did; also the body of the manifest. */
export interface RunManifest {
  runId: string;
  startedAt: string;
  endedAt: string;
  pipeline: PipelineInfo;
  configHash: string;
  inputs: string[];
  workers: number;
  shard?: Shard;
  counts: RunCounts;
  stageMs: Record<string, number>;
  failures: Array<Failure & { path: string }>;
  interrupted: boolean;
  exitCode: number;
}

/** A run id: UTC time to the second and 6 random hex digits (sortable, unique). */
export function newRunId(start: Date): string {
  return `${start
    .toISOString()
    .replace(/[:.]/g, '')
    .replace(/\d{3}Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

export function newManifest(
  fields: Pick<RunManifest, 'runId' | 'pipeline' | 'configHash' | 'inputs' | 'workers'> & { shard: Shard | null },
  started: Date,
): RunManifest {
  const { shard, ...rest } = fields;
  return {
    ...rest,
    ...(shard !== null ? { shard } : {}),
    startedAt: started.toISOString(),
    endedAt: started.toISOString(),
    counts: {
      discovered: 0,
      processed: 0,
      skipped: 0,
      failed: 0,
      knownFailed: 0,
      duplicates: 0,
      removed: 0,
      entities: 0,
      timexes: 0,
      events: 0,
      tokens: 0,
      bytes: 0,
    },
    stageMs: {},
    failures: [],
    interrupted: false,
    exitCode: ExitCode.OK,
  };
}

/**
 * The exit code: 4 when the output could not be written, 130 when interrupted, 1 when an article failed
 * anew (or, with `strict`, when any failed, known or not), else 0.
 */
export function exitCodeFor(m: RunManifest, opts: { fatal: boolean; strict: boolean }): ExitCodeValue {
  if (opts.fatal) return ExitCode.OUTPUT_UNWRITABLE;
  if (m.interrupted) return ExitCode.INTERRUPTED;
  if (m.counts.failed > 0 || (opts.strict && m.counts.knownFailed > 0)) return ExitCode.SOME_FAILED;
  return ExitCode.OK;
}

/** Adds one record's figures and its stage times. */
export function addStageMs(m: RunManifest, stageMs: Record<string, number>): void {
  for (const [stage, ms] of Object.entries(stageMs)) m.stageMs[stage] = (m.stageMs[stage] ?? 0) + ms;
}

/** The fields of the one info-level line a run logs when it ends. */
export function summaryFields(m: RunManifest): Record<string, unknown> {
  return {
    runId: m.runId,
    exitCode: m.exitCode,
    seconds: Math.round((Date.parse(m.endedAt) - Date.parse(m.startedAt)) / 100) / 10,
    ...m.counts,
    ...(m.shard ? { shard: `${m.shard.index}/${m.shard.count}` } : {}),
    interrupted: m.interrupted,
  };
}
