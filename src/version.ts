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
export const SCHEMA_VERSION = '2.0';

/** Data files outside the code and the NER model that shape what a record says. */
const DATA_FILES = ['schemas/record.schema.json', 'schemas/event-types.json'];

let codeHash: string | null = null;

/**
 * Folders beside this module that hold tooling (evaluation, benchmarks, soak, NER training), not the
 * runtime: editing them changes no record, so they stay out of the fingerprint.
 */
const TOOLING_DIRS = new Set(['dev']);

/**
 * Hash of the running code (every .js/.ts file beside this module, recursively, except the tooling in
 * `dev/`) and of the data files that shape records. Any change to extraction code or the event taxonomy makes
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
        if (!(top && TOOLING_DIRS.has(entry.name))) walk(full, false);
      } else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(root, true);
  for (const f of files.sort()) hash.update(path.relative(root, f)).update('\u0000').update(readFileSync(f));
  for (const rel of DATA_FILES) hash.update(readFileSync(new URL(rel, new URL('../', import.meta.url))));
  // Every data file the runtime may read (model, gazetteers, alias lists…), not the bundled sample articles.
  const data = fileURLToPath(new URL('../data/', import.meta.url));
  const dataFiles: string[] = [];
  const walkData = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === data && entry.name === 'articles')) walkData(full);
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
