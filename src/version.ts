/** Versions and the pipeline fingerprint that decides whether a stored record is still current. */
import { readFileSync } from 'node:fs';
import { sha256 } from './ids.js';
import { NER_MODEL_VERSION } from './ner/index.js';
import type { PipelineInfo } from './types.js';

/** The package version from package.json. */
export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Record schema version (bumped with any change to `schemas/record.schema.json`). */
export const SCHEMA_VERSION = '1.0';

/** Pipeline info for records: version, model, and a fingerprint of everything that shapes output. */
export function pipelineInfo(extractionConfigHash: string): PipelineInfo {
  return {
    version: PACKAGE_VERSION,
    fingerprint: sha256([PACKAGE_VERSION, SCHEMA_VERSION, NER_MODEL_VERSION, extractionConfigHash].join('\u0000')).slice(0, 16),
    nerModel: NER_MODEL_VERSION,
  };
}
