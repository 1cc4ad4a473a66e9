/**
 * `dossier validate DIR`: re-checks an output folder against `schemas/` — every record (schema and span
 * consistency), failure file, run manifest and table row — and that the tables hold exactly the rows the
 * records imply.
 */
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DossierError } from '../errors.js';
import { formatAjvErrors, TABLES, validators, type TableName } from '../schema/validators.js';
import { checkRecordConsistency } from '../stages/validate.js';
import type { KnowledgeRecord } from '../types.js';
import { OutputStore } from './store.js';
import { listRecordFiles, tableRows } from './tables.js';

/** Result of checking an output folder. */
export interface CheckReport {
  files: number;
  rows: number;
  problems: string[];
}

const MAX_PROBLEMS = 200;

/** Checks every file in an output folder; never throws for bad content, only for a missing folder. */
export async function checkOutputDir(dir: string): Promise<CheckReport> {
  const store = new OutputStore(path.resolve(dir));
  const st = await stat(store.records).catch(() => null);
  if (!st?.isDirectory()) throw new DossierError('E_VALIDATE_DIR', `${dir} has no records/ folder`);
  const v = validators();
  const report: CheckReport = { files: 0, rows: 0, problems: [] };
  const problem = (p: string) => { if (report.problems.length < MAX_PROBLEMS) report.problems.push(p); };
  const expected = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;

  for (const name of await listRecordFiles(store)) {
    report.files++;
    const file = path.join(store.records, name);
    let rec: KnowledgeRecord;
    try {
      rec = JSON.parse(await readFile(file, 'utf8')) as KnowledgeRecord;
    } catch (e) {
      problem(`${file}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    if (!v.record(rec)) { problem(`${file}: ${formatAjvErrors(v.record.errors)}`); continue; }
    if (`${rec.articleId}.json` !== name) problem(`${file}: articleId ${rec.articleId} does not match the file name`);
    for (const p of checkRecordConsistency(rec)) problem(`${file}: ${p}`);
    const rows = tableRows(rec);
    for (const t of TABLES) expected[t] += rows[t].length;
  }
  for (const [sub, validate] of [['failed', v.failure], ['runs', v.manifest]] as const) {
    const folder = path.join(store.root, sub);
    if (!(await stat(folder).catch(() => null))) continue;
    for await (const entry of await opendir(folder)) {
      if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
      report.files++;
      const file = path.join(folder, entry.name);
      try {
        const value = JSON.parse(await readFile(file, 'utf8')) as unknown;
        if (!validate(value)) problem(`${file}: ${formatAjvErrors(validate.errors)}`);
      } catch (e) {
        problem(`${file}: not valid JSON (${(e as Error).message})`);
      }
    }
  }
  for (const t of TABLES) {
    const file = store.tablePath(t);
    if (!(await stat(file).catch(() => null))) {
      if (report.files > 0) problem(`${file}: missing (run \`dossier run\` to rebuild tables)`);
      continue;
    }
    report.files++;
    let n = 0;
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === '') continue;
      n++;
      try {
        const row = JSON.parse(line) as unknown;
        if (!v.tables[t](row)) problem(`${file}:${n}: ${formatAjvErrors(v.tables[t].errors)}`);
      } catch {
        problem(`${file}:${n}: not valid JSON`);
      }
    }
    report.rows += n;
    if (n !== expected[t]) problem(`${file}: ${n} rows, but the records imply ${expected[t]} (tables out of date: run \`dossier run\`)`);
  }
  return report;
}
