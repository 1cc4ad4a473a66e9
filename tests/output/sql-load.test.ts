/**
 * The load statements of `dossier schema --sql postgres|clickhouse --load DIR`. They run against a real
 * PostgreSQL and a real ClickHouse in tests/system/postgres.sh and clickhouse.sh (run by .ci/run); these
 * tests pin what they must say without one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clickhouseLoadSql, postgresLoadSql, tableColumns } from '../../src/output/ddl.js';
import { TABLES } from '../../src/schema/validators.js';
import { REPO } from '../helpers.js';

describe('postgresLoadSql', () => {
  const sql = postgresLoadSql("/data/out dir's/");

  it('copies each table from its own folder, the path quoted for the shell and for psql', () => {
    // Shell word '/data/out dir'\''s/tables/events', then every ' doubled inside the psql literal.
    expect(sql).toContain(
      `FROM PROGRAM 'find ''/data/out dir''\\''''s/tables/events'' -name ''*.ndjson'' -exec cat {} +'`,
    );
    for (const t of TABLES) expect(sql).toContain(`/tables/${t}'' -name`);
  });

  it('inserts every column of every table, cast to its DDL type', () => {
    for (const t of TABLES) {
      const cols = tableColumns(t).map((c) => c.name);
      expect(sql).toContain(`INSERT INTO ${t} (${cols.join(', ')})`);
    }
    expect(sql).toContain(`(j->>'fatalities')::BIGINT`);
    expect(sql).toContain(`(j->>'published_start')::DATE`);
    expect(sql).toContain(`(j->>'processed_at')::TIMESTAMPTZ`);
    expect(sql).toContain(`(j->>'aliases')::JSONB`);
    expect(sql).toContain(`(j->>'lat')::DOUBLE PRECISION`);
  });

  it('runs in one transaction that stops at the first error', () => {
    expect(sql).toMatch(/\\set ON_ERROR_STOP on\nBEGIN;/);
    expect(sql.trimEnd().endsWith('COMMIT;')).toBe(true);
    expect(sql).toContain("RAISE EXCEPTION 'table events: field % has no column");
  });

  it('is what analytics/load-postgres.sql ships for the default output folder', () => {
    expect(readFileSync(path.join(REPO, 'analytics', 'load-postgres.sql'), 'utf8')).toBe(postgresLoadSql('output'));
  });
});

describe('clickhouseLoadSql', () => {
  const sql = clickhouseLoadSql("/data/out dir's\\x/");

  it('reads each table by glob with the path as a ClickHouse literal', () => {
    expect(sql).toContain("FROM file('/data/out dir\\'s\\\\x/tables/events/*.ndjson', JSONEachRow)");
    for (const t of TABLES) expect(sql).toContain(`INSERT INTO ${t} SELECT * FROM file(`);
  });

  it('fails on a field the DDL lacks instead of dropping it, and reads ISO timestamps', () => {
    expect(sql.match(/input_format_skip_unknown_fields = 0/g)).toHaveLength(TABLES.length);
    expect(sql.match(/date_time_input_format = 'best_effort'/g)).toHaveLength(TABLES.length);
  });

  it('is what analytics/load-clickhouse.sql ships for the default output folder', () => {
    expect(readFileSync(path.join(REPO, 'analytics', 'load-clickhouse.sql'), 'utf8')).toBe(clickhouseLoadSql('output'));
  });
});
