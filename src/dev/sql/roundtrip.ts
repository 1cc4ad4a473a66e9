/**
 * Round-trip check for a SQL engine: are the rows an engine holds after loading an output folder the rows
 * of the folder's NDJSON tables, value for value and typed? Reads, per table, the NDJSON part files and a
 * file of the engine's rows as JSON lines (PostgreSQL: `SELECT row_to_json(t) FROM t`), normalises what
 * an engine may legitimately spell differently (a timestamp's zone and digits, the key order of a JSON
 * object, a JSON text column returned as the JSON value itself) and compares the two as multisets.
 *
 *   node dist/dev/sql/roundtrip.js <output dir> <dir of <table>.jsonl exported from the engine>
 *
 * Prints one line per table and exits 1 when any table differs, naming the first differing row.
 * Used by tests/system/postgres.sh.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tableColumns, type Column } from '../../output/ddl.js';
import { TABLES } from '../../schema/validators.js';

/** JSON with object keys sorted, so two spellings of one value compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** One row as canonical text, each column read by its logical type. */
function normalise(row: Record<string, unknown>, cols: Column[]): string {
  const out: Record<string, unknown> = {};
  for (const c of cols) {
    let v = row[c.name] ?? null;
    if (v !== null && c.kind === 'json' && typeof v === 'string') v = JSON.parse(v);
    if (v !== null && c.kind === 'timestamp') v = new Date(String(v)).toISOString();
    out[c.name] = v;
  }
  const extra = Object.keys(row).filter((k) => !cols.some((c) => c.name === k));
  if (extra.length > 0) out['(fields without a column)'] = extra.sort();
  return canonical(out);
}

function lines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function ndjsonRows(outDir: string, table: string): Record<string, unknown>[] {
  const dir = join(outDir, 'tables', table);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort()
    .flatMap((f) => lines(readFileSync(join(dir, f), 'utf8')));
}

function main(argv: string[]): number {
  const [outDir, engineDir] = argv;
  if (!outDir || !engineDir) {
    process.stderr.write('usage: node dist/dev/sql/roundtrip.js <output dir> <dir of <table>.jsonl>\n');
    return 2;
  }
  let bad = 0;
  for (const t of TABLES) {
    const cols = tableColumns(t);
    const want = ndjsonRows(outDir, t)
      .map((r) => normalise(r, cols))
      .sort();
    const got = lines(readFileSync(join(engineDir, `${t}.jsonl`), 'utf8'))
      .map((r) => normalise(r, cols))
      .sort();
    const i = want.findIndex((w, k) => w !== got[k]);
    if (want.length === got.length && i < 0) {
      process.stdout.write(`${t}: ${want.length} rows, identical\n`);
      continue;
    }
    bad++;
    const k = i < 0 ? Math.min(want.length, got.length) : i;
    process.stdout.write(
      `${t}: DIFFERS (${want.length} rows in the files, ${got.length} in the engine)\n` +
        `  files:  ${want[k] ?? '(none)'}\n  engine: ${got[k] ?? '(none)'}\n`,
    );
  }
  return bad === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
