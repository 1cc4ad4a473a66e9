#!/usr/bin/env node
/**
 * Build step (`npm run build` runs it after `tsc`): every schema of `schemas/` as ajv standalone code, one
 * CommonJS module per schema in `dist/schema/compiled/`, made with the same ajv options as
 * `src/schema/validators.ts`, which loads them instead of compiling the schemas at start-up. Each module records
 * the sha256 of the schema text it was made from, so one left over from an older schema is never used.
 * `node dist/dev/schema-compile.js [outDir]`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AnyValidateFunction } from 'ajv/dist/core.js';
import { COMPILED_DIR, SCHEMA_DIR, SCHEMA_FILES, compiledName, newAjv, schemaDigest } from '../schema/validators.js';

const require = createRequire(import.meta.url);
const standaloneCode = (
  require('ajv/dist/standalone') as { default: (ajv: ReturnType<typeof newAjv>, v: AnyValidateFunction) => string }
).default;

/** Writes one standalone module per schema file into `outDir`; returns the files written. */
export function compileSchemas(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const rel of SCHEMA_FILES) {
    const text = readFileSync(new URL(rel, SCHEMA_DIR), 'utf8');
    // One ajv instance per schema: a module holds its own schema's code only.
    const ajv = newAjv(true);
    const validate = ajv.compile(JSON.parse(text) as Record<string, unknown>);
    const file = path.join(outDir, compiledName(rel));
    writeFileSync(
      file,
      `// Generated at build time by src/dev/schema-compile.ts from schemas/${rel} (ajv standalone code): do not edit.\n` +
        `${standaloneCode(ajv, validate)}\nmodule.exports.schemaSha256 = ${JSON.stringify(schemaDigest(text))};\n`,
    );
    written.push(file);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(COMPILED_DIR);
  compileSchemas(out);
}
