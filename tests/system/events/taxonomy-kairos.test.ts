/**
 * The taxonomy's KAIROS names against the ontology that ships with the WikiEvents data set
 * (../shared/datasets/wikievents/event_role_KAIROS.json). Without the data set the test says so and passes;
 * the unit test tests/events/taxonomy.test.ts checks the names' shape either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { eventTaxonomy } from '../../../src/resources.js';

const ONTOLOGY = new URL('../../../../shared/datasets/wikievents/event_role_KAIROS.json', import.meta.url);

describe('event taxonomy against the KAIROS ontology', () => {
  it('names only KAIROS types that are in the ontology', () => {
    if (!existsSync(ONTOLOGY)) {
      console.warn(`KAIROS ontology not found at ${ONTOLOGY.pathname}: names checked for shape only`);
      return;
    }
    const ontology = new Set(Object.keys(JSON.parse(readFileSync(ONTOLOGY, 'utf8')) as Record<string, unknown>));
    const named = eventTaxonomy().types.flatMap((t) => [t.kairos, ...(t.subtypes ?? []).map((s) => s.kairos)]);
    const missing = named.filter((k): k is string => typeof k === 'string' && !ontology.has(k));
    expect(missing).toEqual([]);
  });
});
