/**
 * `npm run digest -- OUTDIR`: one sha256 over an output folder's records and tables, for proving that a
 * refactoring changed no output ("byte-identical before and after"). Run the pipeline before and after a
 * change into two folders and compare the two digests.
 *
 * Left out, because they change with every run or every code change rather than with what was extracted:
 * the record's `pipeline.fingerprint`, table columns naming the run (`run_id`, `processed_at`) and run ids in
 * table file names. Tables are read recursively (one folder of part files per table). Everything
 * else is hashed as written (records and table rows are re-serialised after dropping those fields; key order
 * is kept, so the bytes are the pipeline's own). Also prints a digest per part, to show which one differs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Table columns that name the run, not the extraction. */
const RUN_COLUMNS = ['run_id', 'processed_at'];

/** A record's text without `pipeline.fingerprint`. */
export function recordForDigest(text: string): string {
  const record = JSON.parse(text) as { pipeline?: { fingerprint?: string } };
  if (record.pipeline) delete record.pipeline.fingerprint;
  return JSON.stringify(record);
}

/** An NDJSON table's text without the run columns. */
export function tableForDigest(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const c of RUN_COLUMNS) delete row[c];
      return JSON.stringify(row);
    })
    .join('\n');
}

/** A run id (`2026-12-06T040056Z-ad38f5`) inside a file name: table part files are named after their run. */
const RUN_ID = /\d{4}-\d{2}-\d{2}T\d{6}Z-[0-9a-f]{6}/g;

/** Files under a folder (recursively, relative paths), sorted, or none when it does not exist. */
function filesOf(dir: string, rel = ''): string[] {
  if (!existsSync(path.join(dir, rel))) return [];
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? filesOf(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}

/** Digests of an output folder: `records`, `tables` and `all` (over both), hex sha256. */
export function digestOutput(outDir: string): { records: string; tables: string; all: string; files: number } {
  const part = (sub: string, normalise: (text: string) => string) => {
    const hash = createHash('sha256');
    const names = filesOf(path.join(outDir, sub));
    for (const name of names) {
      hash.update(`${sub}/${name.replace(RUN_ID, 'RUN')}\u0000`);
      hash.update(normalise(readFileSync(path.join(outDir, sub, name), 'utf8')));
      hash.update('\u0000');
    }
    return { digest: hash.digest('hex'), files: names.length };
  };
  const records = part('records', recordForDigest);
  const tables = part('tables', (text) => (text.trimStart().startsWith('{') ? tableForDigest(text) : text));
  const all = createHash('sha256').update(records.digest).update(tables.digest).digest('hex');
  return { records: records.digest, tables: tables.digest, all, files: records.files + tables.files };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const outDir = process.argv[2];
  if (outDir === undefined || !existsSync(outDir)) {
    process.stderr.write('usage: npm run digest -- OUTDIR (an output folder written by `dossier run`)\n');
    process.exit(2);
  }
  const d = digestOutput(outDir);
  process.stdout.write(`${d.all}  ${outDir} (${d.files} files; records ${d.records}; tables ${d.tables})\n`);
}
