import { readFileSync } from 'node:fs';
import { REPO } from '../helpers.js';
import { annotate } from '../../src/nlp/wink.js';
import { recogniseEntities } from '../../src/ner/index.js';
import { recogniser } from '../../src/resources.js';
import type { EntityRecord } from '../../src/types.js';

interface Expected {
  article: string;
  entities: Array<[string, string]>;
  containing: Array<[string, string]>;
  sameEntity: Array<[string, string]>;
  notEntities: string[];
}

const expected = JSON.parse(
  readFileSync(`${REPO}/tests/fixtures/ner/2024-06-20-iraq-factions-us-presence.expected.json`, 'utf8'),
) as Expected;
const text = readFileSync(`${REPO}/${expected.article}`, 'utf8');
const { tokens, sentences } = annotate(text);
const entities = recogniseEntities({ text, tokens, sentences }, recogniser()).entities;
const named = (name: string): EntityRecord | undefined =>
  entities.find((e) => e.name === name || e.aliases.includes(name));

describe('sample article: Iraqi factions and the US presence', () => {
  test.each(expected.entities)('%s is a %s', (name, type) => {
    expect(named(name)?.type).toBe(type);
  });

  test.each(expected.containing)('an entity containing %s is a %s', (part, type) => {
    expect(entities.find((e) => e.name.includes(part))?.type).toBe(type);
  });

  test.each(expected.sameEntity)('%s and %s are one entity', (a, b) => {
    expect(named(a)).toBeDefined();
    expect(named(a)).toBe(named(b));
  });

  test('headings, weekdays, months, nationality words and boilerplate are not entities', () => {
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const not of expected.notEntities) expect(names).not.toContain(not);
  });

  test('every mention is the exact text at its offsets', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
