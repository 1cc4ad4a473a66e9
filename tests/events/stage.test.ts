/** The events stage passes the configured confidence threshold to the extractor. */
import { eventsStage } from '../../src/stages/events.js';
import type { StageContext } from '../../src/pipeline/stage.js';
import type { ArticleDoc } from '../../src/types.js';
import { eventInput } from './builders.js';
import pino from 'pino';
import { loadResources } from '../../src/resources.js';

function run(minEventConfidence: number): ArticleDoc {
  const input = eventInput('A meeting took place. Airbus signed a deal with Qatar Airways.', {
    entities: [
      { name: 'Airbus', type: 'group' },
      { name: 'Qatar Airways', type: 'group' },
    ],
  });
  const doc = { ...input, events: [], warnings: [] } as unknown as ArticleDoc;
  const ctx: StageContext = {
    log: pino({ level: 'silent' }),
    settings: { fallbackPublicationDate: null, minEventConfidence },
    resources: loadResources(),
  };
  eventsStage.run(doc, ctx);
  return doc;
}

describe('events stage', () => {
  it('keeps weak events only when settings.minEventConfidence allows them', () => {
    expect(run(0.5).events.map((e) => e.type)).toEqual(['agreement']);
    expect(run(0.1).events.map((e) => e.type)).toEqual(['meeting', 'agreement']);
    expect(run(0.99).events).toEqual([]);
  });
});
