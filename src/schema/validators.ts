/**
 * Compiled JSON Schema validators, built once per process from `schemas/`. The schemas are the
 * contract; the validators double as TypeScript type guards.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { KnowledgeRecord } from '../types.js';

/** Folder holding the JSON Schemas (the repo's `schemas/`, two levels above this file in src/ and dist/). */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

/** Table names and their row schemas, in the order tables are written. */
export const TABLES = [
  'articles',
  'entities',
  'entity_dim',
  'mentions',
  'events',
  'event_participants',
  'timexes',
  'warnings',
] as const;
export type TableName = (typeof TABLES)[number];

function loadSchema(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(rel, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

// ajv-formats is CommonJS with a default export; under NodeNext its namespace wraps it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

interface Validators {
  record: ValidateFunction<KnowledgeRecord>;
  failure: ValidateFunction;
  manifest: ValidateFunction;
  config: ValidateFunction;
  tables: Record<TableName, ValidateFunction>;
}

let compiled: Validators | null = null;

/** All validators, compiled on first use. */
export function validators(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: true, useDefaults: false });
  addFormats(ajv);
  const tables = {} as Record<TableName, ValidateFunction>;
  for (const t of TABLES) tables[t] = ajv.compile(loadSchema(`tables/${t}.schema.json`));
  compiled = {
    record: ajv.compile<KnowledgeRecord>(loadSchema('record.schema.json')),
    failure: ajv.compile(loadSchema('failure.schema.json')),
    manifest: ajv.compile(loadSchema('manifest.schema.json')),
    config: ajv.compile(loadSchema('config.schema.json')),
    tables,
  };
  return compiled;
}

/** One line per ajv error: `/entities/0/id must match pattern …`. */
export function formatAjvErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const where = e.instancePath || '(root)';
      if (e.keyword === 'additionalProperties')
        return `${where}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`;
      if (e.keyword === 'enum')
        return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      return `${where} ${e.message ?? 'is invalid'}`;
    })
    .join('; ');
}
