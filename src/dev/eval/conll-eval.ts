/** `dossier eval conll FILE`: named entities on CoNLL-2003, exact character span and type. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseConll } from './conll.js';
import { EvalRunner, type AlignedRecord } from './pipeline-run.js';
import { entityMetrics, scoreEntityDoc, type ClassCounts, type EntityMetrics, type TypedSpan } from './entity-score.js';
import { runnerThroughput, type Throughput } from './timeml-eval.js';
import type { EvalError } from './timex-score.js';
import type { EntityType } from '../../types.js';
import type { Confusion } from './confusion.js';

/** Our entity types in the CoNLL / MEANTIME class names. */
export const GOLD_CLASS: Record<EntityType, string> = { person: 'PER', group: 'ORG', place: 'LOC' };

/** The scored classes. */
export const ENTITY_CLASSES = ['PER', 'ORG', 'LOC'] as const;

/** The report of one CoNLL evaluation. */
export interface ConllReport {
  mode: 'conll';
  file: string;
  documents: number;
  failures: Array<{ doc: string; reason: string }>;
  metrics: EntityMetrics;
  /** Gold class (or MISC, or none) × predicted class (or missed), exact span. */
  confusion: Confusion;
  errors: EvalError[];
  throughput: Throughput;
}

/** Every mention of a record as a typed span in evaluation-text coordinates. */
export function predictedMentions(aligned: AlignedRecord | null): TypedSpan[] {
  if (!aligned) return [];
  const out: TypedSpan[] = [];
  for (const e of aligned.record.entities) {
    for (const m of e.mentions)
      out.push({ start: m.start + aligned.shift, end: m.end + aligned.shift, type: GOLD_CLASS[m.type] });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Evaluates a CoNLL-2003 file. There is no document date in CoNLL, so none is imposed. */
export function evalConll(file: string, keepErrors = false): ConllReport {
  const docs = parseConll(readFileSync(file, 'utf8'), basename(file));
  if (docs.length === 0) throw new Error(`eval conll: no tokens in ${file}`);
  const runner = new EvalRunner();
  const counts: ClassCounts = {};
  const confusion: Confusion = {};
  const errors: EvalError[] = [];
  for (const doc of docs) {
    const aligned = runner.run(doc.id, doc.text, null);
    scoreEntityDoc(
      doc.id,
      doc.text,
      doc.entities,
      predictedMentions(aligned),
      ENTITY_CLASSES,
      counts,
      keepErrors ? errors : undefined,
      [],
      confusion,
    );
  }
  return {
    mode: 'conll',
    file,
    documents: docs.length,
    failures: runner.failures,
    metrics: entityMetrics(counts, ENTITY_CLASSES),
    confusion,
    errors,
    throughput: runnerThroughput(runner),
  };
}
