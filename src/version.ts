/** Versions and the pipeline fingerprint that decides whether a stored record is still current. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { sha256 } from './ids.js';
import { nerModelVersion } from './resources.js';
import type { PipelineInfo } from './types.js';

/** The package version from package.json. */
export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Record schema version (bumped with any change to `schemas/record.schema.json`). */
export const SCHEMA_VERSION = '2.10';

/** Data files outside the code and the NER model that shape what a record says. */
const DATA_FILES = ['schemas/record.schema.json', 'schemas/event-types.json'];

let codeHash: string | null = null;

/**
 * Folders beside this module whose code writes no record: tooling (evaluation, benchmarks, soak, NER
 * training) and the HTML report, which only reads an output folder. Editing them changes no record, so they
 * stay out of the fingerprint and a nightly run after such an edit reprocesses nothing.
 */
const NOT_RECORD_DIRS = new Set(['dev', 'report']);

/** Data folders (under `data/`) that no record depends on: the bundled sample articles and the report's map table. */
const NOT_RECORD_DATA_DIRS = new Set(['articles', 'geo']);

/**
 * Hash of the running code (every .js/.ts file beside this module, recursively, except `dev/` and
 * `report/`) and of the data files that shape records. Any change to extraction code or the event taxonomy makes
 * stored records stale, so an upgraded pipeline reprocesses instead of silently keeping old output. Computed
 * once per process.
 */
function codeAndDataHash(): string {
  if (codeHash !== null) return codeHash;
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string, top: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(top && NOT_RECORD_DIRS.has(entry.name))) walk(full, false);
      } else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(root, true);
  for (const f of files.sort()) hash.update(path.relative(root, f)).update('\u0000').update(readFileSync(f));
  for (const rel of DATA_FILES) hash.update(readFileSync(new URL(rel, new URL('../', import.meta.url))));
  // Every data file the extractors may read (model, gazetteers, alias lists…), not the sample articles or the map table.
  const data = fileURLToPath(new URL('../data/', import.meta.url));
  const dataFiles: string[] = [];
  const walkData = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === data && NOT_RECORD_DATA_DIRS.has(entry.name))) walkData(full);
      } else if (!/\.md$/i.test(entry.name)) dataFiles.push(full);
    }
  };
  walkData(data);
  for (const f of dataFiles.sort()) hash.update(path.relative(data, f)).update('\u0000').update(readFileSync(f));
  codeHash = hash.digest('hex').slice(0, 16);
  return codeHash;
}

/** Pipeline info for records: version, model, and a fingerprint of everything that shapes output. */
export function pipelineInfo(extractionConfigHash: string): PipelineInfo {
  return {
    version: PACKAGE_VERSION,
    fingerprint: sha256(
      [PACKAGE_VERSION, SCHEMA_VERSION, nerModelVersion(), codeAndDataHash(), extractionConfigHash].join('\u0000'),
    ).slice(0, 16),
    nerModel: nerModelVersion(),
  };
}
