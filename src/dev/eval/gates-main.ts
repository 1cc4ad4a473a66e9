#!/usr/bin/env node
/**
 * `npm run eval:gates`: the dataset gates of CI. Datasets root: `$DOSSIER_DATASETS`, else
 * `../shared/datasets` relative to the working directory; floors: `eval/thresholds.json`.
 * Exit 0 when every figure is at or above its floor, 1 on a regression, 2 when the datasets are absent
 * (nothing was checked) or the thresholds cannot be read.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatGates, runGates, type Thresholds } from './gates.js';

const root = resolve(process.env['DOSSIER_DATASETS'] ?? join('..', 'shared', 'datasets'));
const thresholdsFile = resolve('eval', 'thresholds.json');
try {
  const outcome = runGates(root, JSON.parse(readFileSync(thresholdsFile, 'utf8')) as Thresholds);
  for (const note of outcome.notes)
    (outcome.exitCode === 2 ? process.stderr : process.stdout).write(`eval gates: ${note}\n`);
  if (outcome.rows.length > 0) process.stdout.write(`${formatGates(outcome.rows)}\n`);
  const regressions = outcome.rows.filter((r) => !r.ok).length;
  if (regressions > 0)
    process.stdout.write(`eval gates: ${regressions} figure(s) under the floor in ${thresholdsFile}\n`);
  process.exitCode = outcome.exitCode;
} catch (err) {
  process.stderr.write(`eval gates: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
