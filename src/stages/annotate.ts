/** Stage 3: tokens, sentences, POS and lemmas, all with character offsets. */
import { annotate } from '../nlp/wink.js';
import type { ArticleStage } from '../pipeline/stage.js';

export const annotateStage: ArticleStage = {
  name: 'annotate',
  requires: ['text'],
  provides: ['tokens', 'sentences', 'lowerForms'],
  run(doc) {
    const a = annotate(doc.text);
    doc.tokens = a.tokens;
    doc.sentences = a.sentences;
    doc.lowerForms = a.lowerForms;
  },
};
