/**
 * The gate that every document of the bench corpus processes: the corpus of `npm run bench`
 * (src/dev/bench/corpus.ts: the bundled articles, the dev datasets' documents, mixed articles up to 5 MB) runs
 * through the article pipeline in-process, in batches of BATCH_SIZE as `dossier run`'s workers take them, and
 * every article that fails (`E_STAGE_*` or any other failure code) is listed. A stage that throws on one
 * document of thousands reached main once unnoticed, because nothing ran the whole corpus; `npm run eval:gates`
 * gates `clean.share` (articles without a failure / articles) at 1.
 */
import { BATCH_SIZE, createArticleProcessor, DEFAULT_SETTINGS, type ArticleProcessor } from '../../pipeline/extract.js';
import type { CorpusDoc } from '../bench/corpus.js';

/** One article of the corpus the pipeline failed on. */
export interface BenchFailure {
  /** `<source>/<name>.txt`, as `writeCorpus` names the file. */
  doc: string;
  code: string;
  stage: string;
  reason: string;
}

/** The outcome of the corpus run. */
export interface BenchCorpusRun {
  docs: number;
  failures: BenchFailure[];
}

/** Runs `docs` through `processor` in batches of `batchSize`, collecting the failures. */
export function benchCorpusFailures(
  docs: readonly CorpusDoc[],
  processor: Pick<ArticleProcessor, 'processBatch'> = createArticleProcessor(DEFAULT_SETTINGS),
  batchSize = BATCH_SIZE,
): BenchCorpusRun {
  const failures: BenchFailure[] = [];
  const encoder = new TextEncoder();
  for (let at = 0; at < docs.length; at += batchSize) {
    const batch = docs.slice(at, at + batchSize).map((d) => {
      const relPath = `${d.source}/${d.name}.txt`;
      const bytes = encoder.encode(d.text);
      return { source: { path: relPath, relPath, size: bytes.length, mtimeMs: 0 }, bytes };
    });
    processor.processBatch(batch).forEach((result, i) => {
      if (!result.ok) {
        const { stage, code, reason } = result.failure;
        failures.push({ doc: batch[i]!.source.relPath, code, stage, reason });
      }
    });
  }
  return { docs: docs.length, failures };
}

/** The gated figure: `clean.share`, the share of articles processed without a failure (1 when none). */
export function benchCorpusFigures(run: BenchCorpusRun): Record<string, number> {
  return { 'clean.share': run.docs === 0 ? 1 : (run.docs - run.failures.length) / run.docs };
}

/** One line per failure, for the gate's log: the document, its code and the reason. */
export function formatBenchFailures(run: BenchCorpusRun): string[] {
  return run.failures.map((f) => `bench corpus: ${f.doc}: ${f.code} (${f.stage}) ${f.reason}`);
}
