/**
 * Compiled JSON Schema validators, built once per process from `schemas/`, each when first used. The schemas are the
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

let ajv: Ajv | null = null;
const compiledByFile = new Map<string, ValidateFunction>();

/** The validator of one schema file, compiled on first use (one ajv instance per process). */
function compiled<T = unknown>(rel: string): ValidateFunction<T> {
  let v = compiledByFile.get(rel);
  if (v === undefined) {
    if (ajv === null) {
      ajv = new Ajv({ allErrors: true, strict: true, useDefaults: false });
      addFormats(ajv);
    }
    v = ajv.compile(loadSchema(rel));
    compiledByFile.set(rel, v);
  }
  return v as ValidateFunction<T>;
}

let lazy: Validators | null = null;

/**
 * All validators, each compiled on first use: a worker thread validates records only, and compiling the
 * other eleven schemas cost each worker's start-up about 0.15 s of CPU.
 */
export function validators(): Validators {
  if (lazy) return lazy;
  const tables = {} as Record<TableName, ValidateFunction>;
  for (const t of TABLES)
    Object.defineProperty(tables, t, { enumerable: true, get: () => compiled(`tables/${t}.schema.json`) });
  lazy = {
    get record() {
      return compiled<KnowledgeRecord>('record.schema.json');
    },
    get failure() {
      return compiled('failure.schema.json');
    },
    get manifest() {
      return compiled('manifest.schema.json');
    },
    get config() {
      return compiled('config.schema.json');
    },
    tables,
  };
  return lazy;
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
