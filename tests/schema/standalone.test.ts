/**
 * The validators generated at build time (ajv standalone code, `src/dev/schema-compile.ts`) must judge every
 * document exactly as the schema compiled at run time does, and one made from another schema text must never
 * be used.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileSchemas } from '../../src/dev/schema-compile.js';
import {
  SCHEMA_DIR,
  SCHEMA_FILES,
  TABLES,
  compiledName,
  newAjv,
  standaloneValidator,
} from '../../src/schema/validators.js';
import { articleTableRows } from '../../src/output/rows.js';
import { createArticleProcessor, extractText } from '../../src/pipeline/extract.js';
import type { KnowledgeRecord } from '../../src/types.js';
import { REPO, article } from '../helpers.js';

// Inside the repo, so the generated modules resolve ajv's runtime helpers from its node_modules as dist/ does.
const dir = mkdtempSync(path.join(REPO, '.standalone-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dirUrl = pathToFileURL(`${dir}${path.sep}`);
compileSchemas(dir);
const schemaText = (rel: string) => readFileSync(new URL(rel, SCHEMA_DIR), 'utf8');

/** Documents for every schema: valid ones from a real extraction and broken copies of them. */
function samples(): Record<string, unknown[]> {
  const result = extractText(
    createArticleProcessor({ fallbackPublicationDate: null, minEventConfidence: 0 }),
    article(
      'Talks in Geneva',
      'Angela Merkel met officials of the United Nations in Geneva on Monday. Two people were killed.',
    ),
  );
  if (!result.ok) throw new Error('sample article failed');
  const record = JSON.parse(JSON.stringify(result.record)) as KnowledgeRecord;
  const broken = (value: object, edit: (copy: Record<string, unknown>) => void): unknown => {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    edit(copy);
    return copy;
  };
  const variants = (value: object): unknown[] => [
    value,
    broken(value, (c) => (c['unknownKey'] = 1)),
    broken(value, (c) => delete c[Object.keys(c)[0]!]),
    broken(value, (c) => (c[Object.keys(c)[0]!] = { nested: [1, 2] })),
  ];
  const generic = [null, 1, 'text', [], {}];
  const out: Record<string, unknown[]> = {
    'record.schema.json': [...generic, ...variants(record)],
    'failure.schema.json': [
      ...generic,
      ...variants({
        articleId: 'a_0123456789abcdef',
        path: 'x.txt',
        stage: 'ingest',
        code: 'E_EMPTY',
        reason: 'empty',
        pipelineVersion: '0.1.0',
      }),
    ],
    'manifest.schema.json': [...generic, { startedAt: 'not a date' }],
    'config.schema.json': [
      ...generic,
      { workers: 2 },
      { workers: -1 },
      { inputs: ['a'], output: 'b' },
      { plugins: [] },
    ],
  };
  const rows = articleTableRows(record, '2026-12-06T000000Z-abcdef', '2026-12-06T00:00:00.000Z');
  for (const t of TABLES) {
    const tableRows = (rows as Record<string, object[]>)[t] ?? [];
    out[`tables/${t}.schema.json`] = [...generic, ...tableRows.flatMap((r) => variants(r))];
  }
  return out;
}

describe('validators generated at build time', () => {
  const docs = samples();

  test.each(SCHEMA_FILES.map((f) => [f]))('%s judges every sample as the run-time compiled schema', (rel) => {
    const standalone = standaloneValidator(rel, schemaText(rel), dirUrl);
    expect(standalone).not.toBeNull();
    const compiled = newAjv().compile(JSON.parse(schemaText(rel)) as object);
    const sampled = docs[rel]!;
    expect(sampled.length).toBeGreaterThan(4);
    for (const doc of sampled) {
      const a = compiled(doc);
      const b = standalone!(doc);
      expect(b).toBe(a);
      expect(standalone!.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });

  test('the valid samples pass (the comparison is not only of failures)', () => {
    const record = docs['record.schema.json']![5];
    expect(standaloneValidator('record.schema.json', schemaText('record.schema.json'), dirUrl)!(record)).toBe(true);
  });

  test('a module made from another schema text is not used', () => {
    expect(standaloneValidator('record.schema.json', `${schemaText('record.schema.json')} `, dirUrl)).toBeNull();
  });

  test('a missing module is not used', () => {
    expect(
      standaloneValidator('record.schema.json', schemaText('record.schema.json'), pathToFileURL('/nonexistent/')),
    ).toBeNull();
    expect(compiledName('tables/articles.schema.json')).toBe('tables__articles.schema.cjs');
  });
});
