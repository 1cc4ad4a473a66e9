/** Stage 6: dated events with participants, place, status and evidence. */
import { extractEvents } from '../events/index.js';
import type { ArticleStage } from '../pipeline/stage.js';

export const eventsStage: ArticleStage = {
  name: 'events',
  requires: ['articleId', 'text', 'tokens', 'sentences', 'lowerForms', 'entities', 'timexes', 'publication'],
  provides: ['events'],
  run(doc, ctx) {
    const { articleId, text, tokens, sentences, lowerForms, entities, timexes, publication } = doc;
    const out = extractEvents(
      {
        articleId,
        text,
        tokens,
        sentences,
        lowerForms,
        entities,
        timexes,
        publication,
        minConfidence: ctx.settings.minEventConfidence,
      },
      ctx.resources.events,
    );
    doc.events = out.events;
    doc.warnings.push(...out.warnings);
  },
};
