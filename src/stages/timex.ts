/** Stage 5: time expressions, normalised to TIMEX3 values against the publication date. */
import { extractTimexes } from '../timex/index.js';
import type { ArticleStage } from '../pipeline/stage.js';

export const timexStage: ArticleStage = {
  name: 'timex',
  requires: ['text', 'tokens', 'sentences', 'lowerForms', 'publication'],
  provides: ['timexes'],
  run(doc) {
    const out = extractTimexes(doc);
    doc.timexes = out.timexes;
    doc.warnings.push(...out.warnings);
  },
};
