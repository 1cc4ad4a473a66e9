/**
 * Stage 8 (batch): atomic writes of records and failures (temp file + fsync + rename). Paths come only
 * from ids the pipeline computed. A record that succeeds clears an earlier failure of the same article.
 */
import { OutputStore, removeIfExists, writeFileAtomically, writeJsonAtomic } from '../output/store.js';
import { formatAjvErrors, validators } from '../schema/validators.js';

/** A failed article as written to `output/failed/<articleId>.json`. */
export interface FailureRecord {
  articleId: string;
  path: string;
  stage: string;
  code: string;
  reason: string;
  pipelineVersion: string;
}

export const writeStage = {
  name: 'write',
  requires: ['record'] as const,
  provides: ['output/records', 'output/failed'] as const,
  run: writeRecordJson,
};

/**
 * Writes one record, already serialised by a worker (no fsync: see `writeJsonAtomic`), and removes a
 * stale failure file for the same article.
 */
export async function writeRecordJson(store: OutputStore, articleId: string, json: string): Promise<void> {
  await writeFileAtomically(store.recordPath(articleId), json, false);
  await removeIfExists(store.failurePath(articleId));
}

/** Writes one failure file (checked against `schemas/failure.schema.json`). */
export async function writeFailure(store: OutputStore, failure: FailureRecord): Promise<void> {
  const v = validators().failure;
  if (!v(failure)) throw new Error(`failure record invalid: ${formatAjvErrors(v.errors)}`);
  await writeJsonAtomic(store.failurePath(failure.articleId), failure, true, false);
}
