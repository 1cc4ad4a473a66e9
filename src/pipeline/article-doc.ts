/**
 * The document an article starts as, before any stage has run: its source, bytes and ids, every field a
 * stage fills still empty. The runner (src/pipeline/extract.ts) and the tools that run stages on their own
 * (stage benchmarks, the ingest scorer) start from the same shape. Imports types only, so a tool can load
 * it without loading a build's stages.
 */
import type { ArticleDoc } from '../types.js';

export function newArticleDoc(
  source: ArticleDoc['source'],
  bytes: Uint8Array,
  contentHash: string,
  articleId: string,
): ArticleDoc {
  return {
    source,
    contentHash,
    articleId,
    bytes,
    text: '',
    offsetMap: [],
    title: null,
    publication: { date: null, source: 'none', confidence: 0 },
    meta: {},
    tokens: [],
    sentences: [],
    lowerForms: [],
    entities: [],
    timexes: [],
    events: [],
    warnings: [],
  };
}
