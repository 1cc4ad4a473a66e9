/**
 * Worker-thread entry for piscina: one wink instance and one article processor per thread, created at
 * start-up; each task is one article.
 */
import { workerData } from 'piscina';
import { createArticleProcessor, type ArticleInput, type ArticleResult } from './extract.js';
import { createLogger, type LogOptions } from '../log.js';
import type { ExtractionSettings } from './stage.js';

/** What the batch runner hands every worker at start-up. */
export interface WorkerData {
  settings: ExtractionSettings;
  log: LogOptions;
}

const data = workerData as WorkerData;
const processor = createArticleProcessor(data.settings, createLogger(data.log, { thread: 'worker' }));

/** Processes one article. A `crash` marker is honoured only in tests (DOSSIER_TEST_CRASH) to prove recovery. */
export default function processArticle(task: ArticleInput): ArticleResult {
  if (process.env['DOSSIER_TEST_CRASH'] && task.source.relPath.includes(process.env['DOSSIER_TEST_CRASH'])) process.exit(70);
  return processor.process(task);
}
