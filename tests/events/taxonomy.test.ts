/** The taxonomy file: complete, joinable to CAMEO and ACLED, unambiguous, and in step with the record schema. */
import { readFileSync } from 'node:fs';
import { buildLexicon, type Taxonomy } from '../../src/events/taxonomy.js';
import { eventTaxonomy } from '../../src/resources.js';

const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

describe('event taxonomy', () => {
  const taxonomy = eventTaxonomy();

  it('covers the political, conflict and business types the product promises', () => {
    const ids = taxonomy.types.map((t) => t.id);
    for (const id of [
      'meeting',
      'statement',
      'negotiation',
      'agreement',
      'ceasefire',
      'attack',
      'killing',
      'arrest',
      'protest',
      'deployment',
      'withdrawal',
      'appointment',
      'election',
      'threat',
      'demand',
      'sanction',
      'aid',
      'lawsuit',
      'ruling',
      'acquisition',
      'contract',
      'product-launch',
      'layoffs',
      'bankruptcy',
      'financial-result',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gives every type a description, a CAMEO root code or null, an ACLED event type or null, and triggers', () => {
    for (const t of taxonomy.types) {
      expect(t.description.length).toBeGreaterThan(10);
      if (t.cameo) expect(t.cameo.code).toMatch(/^(0[1-9]|1[0-9]|20)$/);
      if (t.acled) expect(ACLED_EVENT_TYPES).toContain(t.acled.eventType);
      expect(
        t.triggers.verbs.length + t.triggers.nouns.length + Object.keys(t.triggers.contextNouns).length,
      ).toBeGreaterThan(0);
    }
  });

  it('is the enum of the record schema event type', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/record.schema.json', import.meta.url), 'utf8')) as {
      definitions: { event: { properties: { type: { enum: string[] } } } };
    };
    expect(schema.definitions.event.properties.type.enum).toEqual(taxonomy.types.map((t) => t.id));
  });

  it('refuses a trigger claimed by two types', () => {
    const clash: Taxonomy = {
      version: 1,
      types: ['a', 'b'].map((id) => ({
        id,
        label: id,
        category: 'x',
        description: 'a test type here',
        cameo: null,
        acled: null,
        triggers: { verbs: ['meet'], nouns: [], contextNouns: {} },
      })),
    };
    expect(() => buildLexicon(clash)).toThrow(/"meet" of type "b" is already claimed/);
  });
});
