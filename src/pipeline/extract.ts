/**
 * The article pipeline: the explicit, ordered list of article stages and the function that runs them on
 * one article in this thread. `dossier run` (in worker threads), `dossier extract` and `dossier eval`
 * all go through `createArticleProcessor`, so every mode runs the same stages.
 */
import { performance } from 'node:perf_hooks';
import pino, { type Logger } from 'pino';
import { articleIdFromHash, sha256 } from '../ids.js';
import { ingestStage } from '../stages/ingest.js';
import { annotateStage } from '../stages/annotate.js';
import { entitiesStage } from '../stages/entities.js';
import { timexStage } from '../stages/timex.js';
import { eventsStage } from '../stages/events.js';
import { createValidateStage } from '../stages/validate.js';
import { NotTextError } from '../ingest/decode.js';
import { stageFailureCode } from '../codes.js';
import { pipelineInfo } from '../version.js';
import { loadResources, type Resources } from '../resources.js';
import { extractionConfigHash } from '../config.js';
import {
  checkStageOrder,
  StageError,
  type ArticleStage,
  type DocField,
  type ExtractionSettings,
  type StageContext,
} from './stage.js';
import type { Failure } from './failure.js';
import { newArticleDoc } from './article-doc.js';
import type { ArticleDoc, KnowledgeRecord, PipelineInfo, SourceFile } from '../types.js';
import { CONFIG_DEFAULTS } from '../schema/generated/defaults.js';

/** Fields the runner fills before the first stage. */
const INITIAL_FIELDS: readonly DocField[] = [
  'source',
  'contentHash',
  'articleId',
  'bytes',
  'warnings',
  'offsetMap',
  'meta',
];

/** One article to process. */
export interface ArticleInput {
  source: SourceFile;
  bytes: Uint8Array;
}

/** The outcome of one article: a record, or a failure; with per-stage milliseconds either way. */
export type ArticleResult =
  | { ok: true; articleId: string; record: KnowledgeRecord; stageMs: Record<string, number>; tokens: number }
  | { ok: false; articleId: string; failure: Failure; stageMs: Record<string, number> };

/** A ready-to-use processor: stages checked once, shared by every article of the process. */
export interface ArticleProcessor {
  stages: readonly ArticleStage[];
  pipeline: PipelineInfo;
  process(input: ArticleInput): ArticleResult;
  /**
   * Several articles, stage by stage: each stage runs on every article of the batch before the next
   * stage starts. The results are those `process` gives one article at a time (an article that fails
   * drops out of the later stages; the others go on), and each keeps its own stage milliseconds.
   * Run one article at a time, every stage finds its tables, code and branch history pushed out of the
   * caches by the other stages (the NER stage above all) of the article before. In batches of 16 the
   * whole loop took 0.91 of the time on the bench corpus (ingest 0.38, validate 0.69, timex and events
   * 0.78, annotate 0.93, entities 1.03): `npm run bench:ab -- --a dist --batch-a 1 --batch-b 16 --runs 3
   * <bench corpus>`.
   */
  processBatch(inputs: readonly ArticleInput[]): ArticleResult[];
}

export { BATCH_SIZE } from './batch-size.js';

/** The ordered article stages (discover before and write after run in the batch runner). */
export function articleStages(pipeline: PipelineInfo): ArticleStage[] {
  return [ingestStage, annotateStage, entitiesStage, timexStage, eventsStage, createValidateStage(pipeline)];
}

/**
 * What a stage gets for one article. Its child logger carrying `{ article, stage }` is made on first use:
 * pino's `child()` serialises the bindings each time, and the runner made one per stage per article
 * (inside each stage's timed span) although no stage logs on the usual path.
 */
export class ArticleStageContext implements StageContext {
  #log: Logger | undefined;

  constructor(
    private readonly parent: Logger,
    private readonly article: string,
    private readonly stage: string,
    readonly settings: ExtractionSettings,
    readonly resources: Resources,
  ) {}

  /** The stage's child logger, made on first use. */
  get log(): Logger {
    return (this.#log ??= this.parent.child({ article: this.article, stage: this.stage }));
  }
}

/**
 * Builds the processor for these settings; throws if the stage order is wrong. `pipeline` is what records
 * name as their pipeline: a runner that computed it already hands it over (hashing the code and data again
 * costs every worker thread about 0.05–0.3 s of start-up); otherwise it is computed here.
 */
export function createArticleProcessor(
  settings: ExtractionSettings,
  log: Logger = pino({ level: 'silent' }),
  pipeline: PipelineInfo = pipelineInfo(extractionConfigHash(settings)),
): ArticleProcessor {
  const stages = articleStages(pipeline);
  checkStageOrder(stages, INITIAL_FIELDS);
  const resources = loadResources();
  const processBatch = (inputs: readonly ArticleInput[]): ArticleResult[] => {
    const docs = inputs.map((input): ArticleDoc => {
      const contentHash = sha256(input.bytes);
      return newArticleDoc(input.source, input.bytes, contentHash, articleIdFromHash(contentHash));
    });
    const stageMs = docs.map((): Record<string, number> => ({}));
    const failures = docs.map((): Failure | null => null);
    for (const stage of stages) {
      for (let i = 0; i < docs.length; i++) {
        if (failures[i] !== null) continue;
        const doc = docs[i]!;
        const t0 = performance.now();
        try {
          stage.run(doc, new ArticleStageContext(log, doc.articleId, stage.name, settings, resources));
        } catch (err) {
          const code = err instanceof NotTextError ? err.code : stageFailureCode(stage.name);
          const reason = err instanceof NotTextError ? err.message : new StageError(stage.name, err).message;
          failures[i] = { stage: stage.name, code, reason };
        }
        stageMs[i]![stage.name] = performance.now() - t0;
      }
    }
    return docs.map((doc, i): ArticleResult => {
      const failure = failures[i];
      if (failure) return { ok: false, articleId: doc.articleId, failure, stageMs: stageMs[i]! };
      return {
        ok: true,
        articleId: doc.articleId,
        record: doc.record!,
        stageMs: stageMs[i]!,
        tokens: doc.tokens.length,
      };
    });
  };
  return { stages, pipeline, processBatch, process: (input) => processBatch([input])[0]! };
}

/** Default extraction settings (as in the config schema). */
export const DEFAULT_SETTINGS: ExtractionSettings = {
  fallbackPublicationDate: CONFIG_DEFAULTS.fallbackPublicationDate,
  minEventConfidence: CONFIG_DEFAULTS.minEventConfidence,
};

/**
 * Convenience for evaluation and tests: runs the full pipeline on a string as if it were the file
 * `relPath`, optionally imposing the publication date.
 */
export function extractText(processor: ArticleProcessor, text: string, relPath = 'inline.txt'): ArticleResult {
  const bytes = new TextEncoder().encode(text);
  return processor.process({ source: { path: relPath, relPath, size: bytes.length, mtimeMs: 0 }, bytes });
}
