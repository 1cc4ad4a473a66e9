/** `dossier eval timeml DIR…`: time expressions on TimeML files, scored as TempEval-3 does. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { listFiles } from './files.js';
import { parseTimeMl } from './timeml.js';
import { EvalRunner } from './pipeline-run.js';
import {
  addTimexCounts,
  emptyTimexCounts,
  scoreTimexDoc,
  timexMetrics,
  type EvalError,
  type ScoredTimex,
  type TimexMetrics,
} from './timex-score.js';
import type { AlignedRecord } from './pipeline-run.js';

/** The report of one TimeML evaluation. */
export interface TimeMlReport {
  mode: 'timeml';
  documents: number;
  failures: Array<{ doc: string; reason: string }>;
  metrics: TimexMetrics;
  /** The same metrics per sub-folder (e.g. TimeBank, AQUAINT). */
  byCorpus: Record<string, TimexMetrics>;
  errors: EvalError[];
  throughput: Throughput;
}

/** Pipeline speed during an evaluation (single process). */
export interface Throughput {
  seconds: number;
  tokensPerSecond: number;
  stageMs: Record<string, number>;
}

/** Predicted time expressions of a record, in the coordinates of the evaluation text. */
export function predictedTimexes(aligned: AlignedRecord | null): ScoredTimex[] {
  if (!aligned) return [];
  return aligned.record.timexes.map((t) => ({
    start: t.start + aligned.shift,
    end: t.end + aligned.shift,
    type: t.type,
    value: t.value,
  }));
}

/** Throughput figures of a runner. */
export function runnerThroughput(runner: EvalRunner): Throughput {
  return {
    seconds: runner.ms / 1000,
    tokensPerSecond: runner.ms === 0 ? 0 : runner.tokens / (runner.ms / 1000),
    stageMs: runner.stageMs,
  };
}

/** Evaluates every `.tml`/`.xml` file under `roots`; the parent folder name labels the corpus. */
export function evalTimeMl(roots: readonly string[], keepErrors = false): TimeMlReport {
  const files = listFiles(roots, /\.(tml|xml)$/i);
  if (files.length === 0) throw new Error(`eval timeml: no .tml or .xml files under ${roots.join(', ')}`);
  const runner = new EvalRunner();
  const total = emptyTimexCounts();
  const byCorpus = new Map<string, ReturnType<typeof emptyTimexCounts>>();
  const errors: EvalError[] = [];
  for (const file of files) {
    const doc = parseTimeMl(readFileSync(file, 'utf8'), basename(file).replace(/\.(tml|xml)$/i, ''));
    const aligned = runner.run(doc.docId, doc.text, doc.dct);
    const counts = scoreTimexDoc(
      doc.docId,
      doc.text,
      doc.timexes,
      predictedTimexes(aligned),
      keepErrors ? errors : undefined,
    );
    addTimexCounts(total, counts);
    const corpus = basename(file.slice(0, file.length - basename(file).length - 1));
    addTimexCounts(byCorpus.get(corpus) ?? byCorpus.set(corpus, emptyTimexCounts()).get(corpus)!, counts);
  }
  return {
    mode: 'timeml',
    documents: files.length,
    failures: runner.failures,
    metrics: timexMetrics(total),
    byCorpus: Object.fromEntries([...byCorpus].map(([k, v]) => [k, timexMetrics(v)])),
    errors,
    throughput: runnerThroughput(runner),
  };
}
