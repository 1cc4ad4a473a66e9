/** Stage 4: people, groups and places, with mentions grouped into entities. */
import { recogniseEntities } from '../ner/index.js';
import type { ArticleStage } from '../pipeline/stage.js';

export const entitiesStage: ArticleStage = {
  name: 'entities',
  requires: ['text', 'tokens', 'sentences'],
  provides: ['entities'],
  run(doc, ctx) {
    const out = recogniseEntities(doc, ctx.resources.ner);
    doc.entities = out.entities;
    doc.warnings.push(...out.warnings);
  },
};
