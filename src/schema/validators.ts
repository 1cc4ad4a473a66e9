/**
 * Compiled JSON Schema validators, one per schema of `schemas/`, each made when first used. The schemas are the
 * contract; the validators double as TypeScript type guards.
 *
 * `npm run build` also turns every schema into ajv's standalone code (`dist/schema/compiled/*.cjs`, written by
 * `src/dev/schema-compile.ts` with the same ajv options as here), so a process loads a ready validator instead of
 * loading ajv and compiling the schema at start-up (about 0.1 s of CPU for the record schema in each worker thread,
 * 0.3 s for the config and table schemas on the main thread). Each generated module carries the sha256 of the schema
 * text it was made from; one that is missing or made from another text (a schema edited after the build, or
 * sources run without a build, as the tests do) is ignored and the schema compiled here: `schemas/` stays the one
 * source of truth.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import type { KnowledgeRecord } from '../types.js';

/** Folder holding the JSON Schemas (the repo's `schemas/`, two levels above this file in src/ and dist/). */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

/** Folder of the validators generated at build time (beside this module in dist/; absent under src/). */
export const COMPILED_DIR = new URL('./compiled/', import.meta.url);

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

/** Every schema file a validator is made from, relative to `schemas/`. */
export const SCHEMA_FILES: readonly string[] = [
  'record.schema.json',
  'failure.schema.json',
  'manifest.schema.json',
  'config.schema.json',
  ...TABLES.map((t) => `tables/${t}.schema.json`),
];

/** The ajv options of every validator, compiled here or at build time. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, useDefaults: false };

// ajv and ajv-formats are CommonJS; they are loaded only when a schema has to be compiled in this process.
const require = createRequire(import.meta.url);

/** A fresh ajv instance with the formats; `source` keeps the generated code (for standalone modules). */
export function newAjv(source = false): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
  const ajv = new AjvClass({ ...AJV_OPTIONS, code: { source } });
  addFormats(ajv);
  return ajv;
}

/** sha256 of a schema's text, as the generated module records it. */
export function schemaDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The generated module's file name for a schema file (`tables/articles.schema.json` → `tables__articles.schema.cjs`). */
export function compiledName(rel: string): string {
  return rel.replace(/\//g, '__').replace(/\.json$/, '.cjs');
}

/**
 * The validator generated at build time for `rel`, if its module exists in `dir` and was made from exactly
 * `schemaText`; null otherwise (the caller compiles the schema).
 */
export function standaloneValidator(rel: string, schemaText: string, dir: URL = COMPILED_DIR): ValidateFunction | null {
  let mod: ValidateFunction & { schemaSha256?: string };
  try {
    mod = require(fileURLToPath(new URL(compiledName(rel), dir))) as typeof mod;
  } catch {
    return null;
  }
  return typeof mod === 'function' && mod.schemaSha256 === schemaDigest(schemaText) ? mod : null;
}

interface Validators {
  record: ValidateFunction<KnowledgeRecord>;
  failure: ValidateFunction;
  manifest: ValidateFunction;
  config: ValidateFunction;
  tables: Record<TableName, ValidateFunction>;
}

let ajv: Ajv | null = null;
const compiledByFile = new Map<string, ValidateFunction>();

/** The validator of one schema file, made on first use: the build's standalone module, else compiled here. */
function compiled<T = unknown>(rel: string): ValidateFunction<T> {
  let v = compiledByFile.get(rel);
  if (v === undefined) {
    const text = readFileSync(new URL(rel, SCHEMA_DIR), 'utf8');
    v = standaloneValidator(rel, text) ?? (ajv ??= newAjv()).compile(JSON.parse(text) as Record<string, unknown>);
    compiledByFile.set(rel, v);
  }
  return v as ValidateFunction<T>;
}

let lazy: Validators | null = null;

/**
 * All validators, each made on first use: a worker thread validates records only, and compiling the
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
