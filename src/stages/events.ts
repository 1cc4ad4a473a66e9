/** Stage 6: dated events with participants, place, status and evidence. */
import { extractEvents } from '../events/index.js';
import type { ArticleStage } from '../pipeline/stage.js';

export const eventsStage: ArticleStage = {
  name: 'events',
  requires: ['articleId', 'text', 'tokens', 'sentences', 'entities', 'timexes', 'publication'],
  provides: ['events'],
  run(doc) {
    const out = extractEvents(doc);
    doc.events = out.events;
    doc.warnings.push(...out.warnings);
  },
};
