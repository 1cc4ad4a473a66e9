/**
 * SQL DDL generated from the table schemas in `schemas/tables/` (the contract): one CREATE TABLE per table
 * for DuckDB, ClickHouse or PostgreSQL, with a fixed type per column whatever the data, plus the DuckDB
 * statements that load an output folder's NDJSON files by glob with exactly those types.
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_DIR, TABLES, type TableName } from '../schema/validators.js';

export const SQL_DIALECTS = ['duckdb', 'clickhouse', 'postgres'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** Logical column types; each dialect maps them to one physical type. */
type ColumnKind = 'text' | 'json' | 'date' | 'timestamp' | 'integer' | 'double' | 'boolean';

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  description: string;
}

/** Columns that identify a row (ClickHouse sort key; documented as the key elsewhere). */
export const TABLE_KEYS: Record<TableName, string[]> = {
  articles: ['article_id'],
  entities: ['article_id', 'entity_id'],
  entity_dim: ['entity_id'],
  mentions: ['article_id', 'entity_id', 'start_offset'],
  events: ['article_id', 'event_id'],
  event_participants: ['article_id', 'event_id', 'entity_id', 'role'],
  timexes: ['article_id', 'timex_id'],
  warnings: ['article_id', 'warning_index'],
};

interface PropertySchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  contentMediaType?: string;
  description?: string;
}

/** The columns of a table, in schema order, with their logical types. Throws on a type it cannot map. */
export function tableColumns(table: TableName): Column[] {
  const schema = JSON.parse(readFileSync(new URL(`tables/${table}.schema.json`, SCHEMA_DIR), 'utf8')) as {
    properties: Record<string, PropertySchema>;
  };
  return Object.entries(schema.properties).map(([name, p]) => {
    const types = p.enum
      ? [...new Set(p.enum.map((v) => (v === null ? 'null' : typeof v)))]
      : Array.isArray(p.type)
        ? p.type
        : [p.type ?? 'unknown'];
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length !== 1) throw new Error(`${table}.${name}: one JSON type per column, got ${types.join('|')}`);
    const t = nonNull[0];
    const kind: ColumnKind =
      t === 'string'
        ? p.format === 'date'
          ? 'date'
          : p.format === 'date-time'
            ? 'timestamp'
            : p.contentMediaType === 'application/json'
              ? 'json'
              : 'text'
        : t === 'integer'
          ? 'integer'
          : t === 'number'
            ? 'double'
            : t === 'boolean'
              ? 'boolean'
              : (() => {
                  throw new Error(`${table}.${name}: no SQL type for JSON type ${t} (nest as a JSON string)`);
                })();
    return { name, kind, nullable: types.includes('null'), description: p.description ?? '' };
  });
}

const TYPES: Record<SqlDialect, Record<ColumnKind, string>> = {
  duckdb: {
    text: 'VARCHAR',
    json: 'VARCHAR',
    date: 'DATE',
    timestamp: 'TIMESTAMP',
    integer: 'BIGINT',
    double: 'DOUBLE',
    boolean: 'BOOLEAN',
  },
  clickhouse: {
    text: 'String',
    json: 'String',
    date: 'Date32',
    timestamp: "DateTime64(3, 'UTC')",
    integer: 'Int64',
    double: 'Float64',
    boolean: 'Bool',
  },
  postgres: {
    text: 'TEXT',
    json: 'JSONB',
    date: 'DATE',
    timestamp: 'TIMESTAMPTZ',
    integer: 'BIGINT',
    double: 'DOUBLE PRECISION',
    boolean: 'BOOLEAN',
  },
};

/** The physical type of a column in a dialect. */
export function sqlType(dialect: SqlDialect, column: Column): string {
  const t = TYPES[dialect][column.kind];
  if (dialect === 'clickhouse') return column.nullable ? `Nullable(${t})` : t;
  return column.nullable ? t : `${t} NOT NULL`;
}

function comment(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** CREATE TABLE for one table. */
export function createTableSql(dialect: SqlDialect, table: TableName): string {
  const cols = tableColumns(table);
  const width = Math.max(...cols.map((c) => c.name.length));
  const lines = cols.map(
    (c, i) =>
      `  ${c.name.padEnd(width)} ${sqlType(dialect, c)}${i < cols.length - 1 ? ',' : ''}` +
      (c.kind === 'json' ? ' -- JSON text: ' : ' -- ') +
      comment(c.description),
  );
  const tail = dialect === 'clickhouse' ? `\nENGINE = MergeTree\nORDER BY (${TABLE_KEYS[table].join(', ')})` : '';
  return `-- key: ${TABLE_KEYS[table].join(', ')}\nCREATE TABLE IF NOT EXISTS ${table} (\n${lines.join('\n')}\n)${tail};\n`;
}

/** The DDL of every table, with a header naming its source. */
export function ddlSql(dialect: SqlDialect): string {
  const head =
    `-- dossier tables, ${dialect} DDL generated from schemas/tables/*.schema.json (\`dossier schema --sql ${dialect}\`).\n` +
    '-- Dates are DATE columns; JSON text columns hold arrays or objects as JSON strings.\n';
  return [head, ...TABLES.map((t) => createTableSql(dialect, t))].join('\n');
}

/** SQL string literal. */
function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * DuckDB statements that append an output folder's tables into the tables of {@link ddlSql}: each reads
 * `<outputDir>/tables/<table>/*.ndjson` with the column types spelled out, so no type is guessed from data.
 */
export function duckdbLoadSql(outputDir: string): string {
  const dir = outputDir.replace(/\/+$/, '');
  const head =
    `-- Appends the tables of output folder ${dir} into the tables of \`dossier schema --sql duckdb\`,\n` +
    '-- with every column type spelled out (`dossier schema --sql duckdb --load DIR` prints both).\n';
  return (
    head +
    TABLES.map((t) => {
      const cols = tableColumns(t)
        .map((c) => `${literal(c.name)}: ${literal(TYPES.duckdb[c.kind])}`)
        .join(', ');
      return (
        `INSERT INTO ${t} BY NAME SELECT * FROM read_json(${literal(`${dir}/tables/${t}/*.ndjson`)},\n` +
        `  format = 'newline_delimited', columns = {${cols}});\n`
      );
    }).join('\n')
  );
}

/** A path as one POSIX shell word. */
function shellWord(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** How a JSON field of a staged NDJSON line becomes a typed PostgreSQL value. */
function postgresValue(c: Column): string {
  const field = `j->>${literal(c.name)}`;
  return c.kind === 'text' ? field : `(${field})::${TYPES.postgres[c.kind]}`;
}

/**
 * A psql script that appends an output folder's tables into the tables of `dossier schema --sql postgres`.
 * PostgreSQL has no NDJSON reader, so each table's part files are copied line by line into a one-column
 * JSONB staging table (`\copy … FROM PROGRAM`, run by psql on the client, with a quote and a delimiter
 * that JSON text never holds raw) and cast column by column to the DDL's types: a value of the wrong type
 * fails the load instead of arriving as text, JSON text columns become JSONB arrays and objects, and a
 * field no column holds (an output folder newer than the DDL) stops the load with its name. One
 * transaction: a failed load leaves the tables as they were.
 */
export function postgresLoadSql(outputDir: string): string {
  const dir = outputDir.replace(/\/+$/, '');
  const head =
    `-- Appends the tables of output folder ${dir} into the tables of \`dossier schema --sql postgres\`.\n` +
    '-- Run with psql (`dossier schema --sql postgres --load DIR | psql`); it needs find(1) and cat(1).\n' +
    '\\set ON_ERROR_STOP on\nBEGIN;\nCREATE TEMP TABLE dossier_ndjson (j JSONB) ON COMMIT DROP;\n';
  const body = TABLES.map((t) => {
    const cols = tableColumns(t);
    const program = `find ${shellWord(`${dir}/tables/${t}`)} -name '*.ndjson' -exec cat {} +`;
    return (
      `\\copy dossier_ndjson (j) FROM PROGRAM ${literal(program)} WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')\n` +
      `DO $$ DECLARE k TEXT; BEGIN\n` +
      `  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f\n` +
      `    WHERE f NOT IN (${cols.map((c) => literal(c.name)).join(', ')}) LIMIT 1;\n` +
      `  IF k IS NOT NULL THEN RAISE EXCEPTION 'table ${t}: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;\n` +
      `END $$;\n` +
      `INSERT INTO ${t} (${cols.map((c) => c.name).join(', ')})\n` +
      `  SELECT ${cols.map(postgresValue).join(',\n         ')}\n  FROM dossier_ndjson;\n` +
      `TRUNCATE dossier_ndjson;\n`
    );
  }).join('\n');
  return `${head}\n${body}\nCOMMIT;\n`;
}

/** ClickHouse string literal (backslash escapes). */
function clickhouseLiteral(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * ClickHouse statements that append an output folder's tables into the tables of `dossier schema --sql
 * clickhouse`. `file()` reads each table's part files by glob and takes the insertion table's structure, so
 * fields map by name and no type is guessed from data; a value of the wrong type fails the insert, and
 * `input_format_skip_unknown_fields = 0` makes a field the DDL lacks fail it too (ClickHouse drops unknown
 * fields silently by default). `best_effort` reads the ISO timestamps of `processed_at`. The paths are read
 * by the server (clickhouse-local, chDB, or a server whose `user_files_path` holds the folder).
 */
export function clickhouseLoadSql(outputDir: string): string {
  const dir = outputDir.replace(/\/+$/, '');
  const head =
    `-- Appends the tables of output folder ${dir} into the tables of \`dossier schema --sql clickhouse\`\n` +
    '-- (`dossier schema --sql clickhouse --load DIR` prints both).\n';
  return (
    head +
    TABLES.map(
      (t) =>
        `INSERT INTO ${t} SELECT * FROM file(${clickhouseLiteral(`${dir}/tables/${t}/*.ndjson`)}, JSONEachRow)\n` +
        `  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;\n`,
    ).join('\n')
  );
}
