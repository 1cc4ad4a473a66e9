/**
 * The stage contract (after spaCy's components): each stage names the `ArticleDoc` fields it
 * `requires` and the ones it `provides`; `checkStageOrder` refuses a list whose order is wrong.
 */
import type { ArticleDoc } from '../types.js';
import type { Resources } from '../resources.js';
import type { Logger } from 'pino';

/** Names of the fields on `ArticleDoc` a stage can read or fill. */
export type DocField = keyof ArticleDoc;

/** Shared, read-only things a stage may use: config, logger, resources. */
export interface StageContext {
  /** Child logger carrying `{ article, stage }`. */
  log: Logger;
  /** Settings from `pipeline.config.json` that stages read. */
  settings: ExtractionSettings;
  /** The model, gazetteers and taxonomy, loaded once per process (`src/resources.ts`). */
  resources: Resources;
}

/** Extraction settings (a subset of the config; part of the pipeline fingerprint). */
export interface ExtractionSettings {
  /** Publication date to assume when an article carries none (`YYYY-MM-DD`), or null. */
  fallbackPublicationDate: string | null;
  /** Publication date imposed on every article, overriding detection (evaluation with known DCTs). */
  forcedPublicationDate?: string | null;
  /** Minimum event confidence kept in records. */
  minEventConfidence: number;
}

/** One article stage. `run` mutates only the fields named in `provides` (and appends warnings). */
export interface ArticleStage {
  name: string;
  requires: readonly DocField[];
  provides: readonly DocField[];
  run(doc: ArticleDoc, ctx: StageContext): void;
}

/** Error thrown by the runner around a stage failure; names the stage. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    readonly cause: unknown,
  ) {
    super(`stage "${stage}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StageError';
  }
}

/**
 * Checks that every stage's `requires` is provided by an earlier stage or by `initial`.
 * Throws naming the first stage whose input is missing.
 */
export function checkStageOrder(stages: readonly ArticleStage[], initial: readonly DocField[]): void {
  const available = new Set<DocField>(initial);
  for (const stage of stages) {
    const missing = stage.requires.filter((f) => !available.has(f));
    if (missing.length > 0) {
      throw new Error(
        `pipeline order: stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides; move it after the stage that provides them`,
      );
    }
    for (const f of stage.provides) available.add(f);
  }
}
