// Loads an output folder into ClickHouse (chDB, ClickHouse in-process) with the shipped DDL and load
// statements, then exports every table as JSON lines for src/dev/sql/roundtrip.ts to compare with the files.
// Usage: node tests/system/clickhouse.mjs <chdb package dir> <dossier cli.js> <output dir> <export dir>
// With --expect-fail <field>: the load must fail naming <field> and leave the tables empty.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [chdbDir, cli, outDir, exportDir, flag, field] = process.argv.slice(2);
const { Session } = await import(pathToFileURL(join(chdbDir, 'index.mjs')).href);
const { TABLES } = await import(pathToFileURL(join(dirname(cli), 'schema', 'validators.js')).href);

/** The statements of a SQL script: line comments dropped, split at a `;` that ends a line. */
function statements(sql) {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

const script = execFileSync('node', [cli, 'schema', '--sql', 'clickhouse', '--load', outDir], { encoding: 'utf8' });
const session = new Session();
const version = session.query('SELECT version()', 'TSV').trim();
let failure = null;
for (const s of statements(script)) {
  try {
    session.query(s);
  } catch (e) {
    failure = String(e.message ?? e);
    break;
  }
}
const count = (t) => Number(session.query(`SELECT count() FROM ${t}`, 'TSV').trim());
if (flag === '--expect-fail') {
  if (failure === null) throw new Error(`the load of ${outDir} succeeded; it must fail on field ${field}`);
  if (!failure.includes(field)) throw new Error(`the load failed without naming ${field}: ${failure.slice(0, 400)}`);
  const events = count('events');
  if (events !== 0) throw new Error(`the failed load left ${events} rows in events`);
  console.log(`ClickHouse ${version}: the load stopped naming ${field}; events empty`);
  process.exit(0);
}
if (failure !== null) throw new Error(`ClickHouse ${version}: the load failed: ${failure.slice(0, 600)}`);
mkdirSync(exportDir, { recursive: true });
for (const t of TABLES) {
  const rows = session.query(
    `SELECT * FROM ${t} SETTINGS output_format_json_quote_64bit_integers = 0, date_time_output_format = 'iso'`,
    'JSONEachRow',
  );
  writeFileSync(join(exportDir, `${t}.jsonl`), rows);
}
console.log(`ClickHouse ${version} (chDB): ${TABLES.map((t) => `${t} ${count(t)}`).join(', ')}`);
session.close();
