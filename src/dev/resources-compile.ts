#!/usr/bin/env node
/**
 * Build step (`npm run build` runs it after `tsc`): the tables every worker thread would otherwise build from
 * the data files at start-up (the recogniser's packed model, name and cluster tables; the GeoNames key
 * index), written to `dist/compiled/*.bin` (src/compiled.ts), keyed by the data and code they come from.
 * `node dist/dev/resources-compile.js`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { encodeCompiled, type Compiled } from '../compiled.js';
import { COMPILED_GEONAMES, COMPILED_RECOGNISER, compileGeoTable, compileRecogniser } from '../resources.js';

function write(url: URL, compiled: Compiled): void {
  const file = fileURLToPath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, encodeCompiled(compiled));
  renameSync(`${file}.tmp`, file);
}

write(COMPILED_RECOGNISER, compileRecogniser());
write(COMPILED_GEONAMES, compileGeoTable());
