/**
 * The one failure type of a run: why an article (or a path) produced no record. The article processor
 * fills `stage`, `code` and `reason`; the runner adds the path, the article id and whether the failure
 * was already known. The same shape goes to the manifest and, with the pipeline version, to
 * `output/failed/<articleId>.json`.
 */
import { validators, formatAjvErrors } from '../schema/validators.js';
import { writeJsonAtomic, type OutputStore } from '../output/store.js';
import type { Logger } from 'pino';
import type { FailureCode } from '../codes.js';

export interface Failure {
  /** Stage that failed: `discover`, `ingest`, …, `worker`. */
  stage: string;
  /** Failure code from the catalogue (src/codes.ts). */
  code: FailureCode;
  /** A sentence saying what happened and what to do. */
  reason: string;
  /** Source path relative to its input folder (set by the runner). */
  path?: string;
  /** Content id (or, for a file that could not be read, an id of its path). */
  articleId?: string;
  /** Same file, same content, same failure as the run before: reported, but not counted against the exit code. */
  known?: boolean;
}

/** A failure as it is written to `output/failed/<articleId>.json` (schemas/failure.schema.json). */
export function failureFile(f: Failure & { path: string; articleId: string }, pipelineVersion: string) {
  return {
    articleId: f.articleId,
    path: f.path,
    stage: f.stage,
    code: f.code,
    reason: f.reason,
    pipelineVersion,
  };
}

/** Collects a run's failures, logs each, and writes the failure files. */
export class FailureStore {
  readonly list: Array<Failure & { path: string }> = [];

  constructor(
    private readonly store: OutputStore | null,
    private readonly pipelineVersion: string,
    private readonly log: Logger,
  ) {}

  /** Failures that count against the exit code (new ones, not known ones). */
  get newCount(): number {
    return this.list.filter((f) => !f.known).length;
  }

  get knownCount(): number {
    return this.list.filter((f) => f.known).length;
  }

  /** Records a failure; writes its file when it has an article id and the store is writable (not a dry run). */
  async add(f: Failure & { path: string }): Promise<void> {
    this.list.push(f);
    if (f.known) this.log.info({ path: f.path, stage: f.stage, code: f.code, known: true }, f.reason);
    else this.log.warn({ path: f.path, stage: f.stage, code: f.code }, f.reason);
    if (this.store === null || f.articleId === undefined) return;
    const body = failureFile({ ...f, articleId: f.articleId }, this.pipelineVersion);
    const v = validators().failure;
    if (!v(body)) throw new Error(`failure record invalid: ${formatAjvErrors(v.errors)}`);
    await writeJsonAtomic(this.store.failurePath(f.articleId), body, true, false);
  }
}
