/**
 * Runs the real article pipeline on an evaluation text and brings its record back onto that text.
 * The ingest stage may drop leading whitespace or a boilerplate footer, so record offsets are shifted
 * by where the record text sits in the input.
 */
import { performance } from 'node:perf_hooks';
import {
  createArticleProcessor,
  extractText,
  DEFAULT_SETTINGS,
  type ArticleProcessor,
} from '../../pipeline/extract.js';
import type { KnowledgeRecord } from '../../types.js';

/** A record plus the offset to add to its spans to land in the evaluation text. */
export interface AlignedRecord {
  record: KnowledgeRecord;
  shift: number;
}

/** Runs documents through one processor and keeps failures and timing for the report. */
export class EvalRunner {
  private readonly processors = new Map<string, ArticleProcessor>();
  /** Documents the pipeline failed on (they score as all misses), with the reason. */
  readonly failures: Array<{ doc: string; reason: string }> = [];
  readonly stageMs: Record<string, number> = {};
  docs = 0;
  tokens = 0;
  chars = 0;
  ms = 0;

  /** Runs `text` as file `docId`, imposing `dct` as the publication date when given. Null when the article failed. */
  run(docId: string, text: string, dct: string | null): AlignedRecord | null {
    const key = dct ?? '';
    let processor = this.processors.get(key);
    if (!processor) {
      // The settings are part of the processor; one per DCT keeps stage set-up out of the per-document loop.
      processor = createArticleProcessor({ ...DEFAULT_SETTINGS, forcedPublicationDate: dct });
      this.processors.set(key, processor);
    }
    const t0 = performance.now();
    const result = extractText(processor, text, `${docId}.txt`);
    this.ms += performance.now() - t0;
    this.docs++;
    this.chars += text.length;
    for (const [stage, ms] of Object.entries(result.stageMs)) this.stageMs[stage] = (this.stageMs[stage] ?? 0) + ms;
    if (!result.ok) {
      this.failures.push({ doc: docId, reason: `${result.failure.stage}: ${result.failure.reason}` });
      return null;
    }
    this.tokens += result.tokens;
    const shift = locateRecordText(text, result.record.text);
    if (shift < 0) {
      this.failures.push({
        doc: docId,
        reason: 'the record text is not a slice of the input text; cannot map offsets',
      });
      return null;
    }
    return { record: result.record, shift };
  }
}

/** Where `recordText` starts in `input` (ingest only trims), or -1. */
export function locateRecordText(input: string, recordText: string): number {
  if (input.startsWith(recordText)) return 0;
  const lead = input.length - input.trimStart().length;
  if (input.startsWith(recordText, lead)) return lead;
  return input.indexOf(recordText);
}
