/**
 * The types in src/schema/generated/ come from the JSON Schemas (`npm run gen:types`); this regenerates them in
 * memory and fails when a committed file is stale. The checks at the bottom are compile-time (`npm run
 * typecheck`): a record the schema accepts fits the hand-written `KnowledgeRecord`, and the manifest the
 * runner writes fits the schema's. Defaults come from the schema only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateSchemaTypes } from '../../src/dev/schema-types.js';
import { CONFIG_DEFAULTS } from '../../src/schema/generated/defaults.js';
import type { KnowledgeRecord as SchemaRecord } from '../../src/schema/generated/record.js';
import type { RunManifest as SchemaManifest } from '../../src/schema/generated/manifest.js';
import type { KnowledgeRecord } from '../../src/types.js';
import type { RunManifest } from '../../src/pipeline/manifest.js';
import { DEFAULT_SETTINGS } from '../../src/pipeline/extract.js';
import { DEFAULT_MIN_EVENT_CONFIDENCE } from '../../src/events/index.js';
import { SCHEMA_VERSION } from '../../src/version.js';
import { REPO } from '../helpers.js';

describe('types generated from the schemas', () => {
  it('are up to date (run npm run gen:types after changing a schema)', async () => {
    const files = await generateSchemaTypes(REPO);
    expect(files.size).toBe(5);
    for (const [file, content] of files)
      expect([file, readFileSync(path.join(REPO, file), 'utf8')]).toEqual([file, content]);
  }, 60_000);

  it('the defaults the code uses are the schema defaults', () => {
    const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas', 'config.schema.json'), 'utf8')) as {
      properties: Record<string, { default?: unknown }>;
    };
    expect(CONFIG_DEFAULTS.minEventConfidence).toBe(schema.properties['minEventConfidence']!.default);
    expect(DEFAULT_SETTINGS.minEventConfidence).toBe(CONFIG_DEFAULTS.minEventConfidence);
    expect(DEFAULT_MIN_EVENT_CONFIDENCE).toBe(CONFIG_DEFAULTS.minEventConfidence);
    expect(DEFAULT_SETTINGS.fallbackPublicationDate).toBe(CONFIG_DEFAULTS.fallbackPublicationDate);
  });

  it("the record's schema version is the code's", () => {
    const version: SchemaRecord['schemaVersion'] = '2.10';
    expect(SCHEMA_VERSION).toBe(version);
  });
});

// Compile-time: these lines fail `npm run typecheck` when the hand-written types and the schemas drift apart.
// A record the schema accepts is a KnowledgeRecord (the reverse is looser today: the hand-written type has
// `schemaVersion: string` and `event.type: string` where the schema has a constant and an enumeration).
export const recordFromSchema = (r: SchemaRecord): KnowledgeRecord => r;
// A manifest the runner writes is one the schema accepts.
export const manifestToSchema = (m: RunManifest): SchemaManifest => m;
