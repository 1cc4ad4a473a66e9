/**
 * Stage 4: people, groups and places, with mentions grouped into entities; places linked to GeoNames
 * (src/geo/link.ts) and every entity given its canonical id (src/entities/canonical.ts).
 */
import { recogniseEntities } from '../ner/index.js';
import { linkPlaces } from '../geo/link.js';
import { assignCanonicalIds } from '../entities/canonical.js';
import type { ArticleStage } from '../pipeline/stage.js';

export const entitiesStage: ArticleStage = {
  name: 'entities',
  requires: ['text', 'tokens', 'sentences', 'lowerForms'],
  provides: ['entities'],
  run(doc, ctx) {
    const out = recogniseEntities(doc, ctx.resources.ner);
    const { geo, aliases } = ctx.resources.entities;
    const links = linkPlaces(out.entities, doc.text, geo, (k) => aliases.places.get(k) ?? k);
    for (const [e, link] of links) e.geo = link;
    doc.entities = assignCanonicalIds(out.entities, aliases);
    doc.warnings.push(...out.warnings);
  },
};
