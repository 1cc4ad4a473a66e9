/** `dossier schema --sql duckdb|clickhouse|postgres [--load DIR]`: the tables' DDL, generated from `schemas/tables/`. */
import { Option, type Command } from 'commander';
import { ddlSql, duckdbLoadSql, postgresLoadSql, SQL_DIALECTS, type SqlDialect } from '../output/ddl.js';

/** Registers the `schema` sub-command. */
export function addSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('Print the SQL DDL of the output tables, generated from schemas/tables/ (fixed column types).')
    .addOption(new Option('--sql <dialect>', 'SQL dialect').choices([...SQL_DIALECTS]).makeOptionMandatory())
    .option(
      '--load <dir>',
      'duckdb or postgres: also print the statements that load the tables of this output folder (postgres: a psql script)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  dossier schema --sql duckdb > ddl.sql\n  dossier schema --sql duckdb --load output | duckdb news.db\n' +
        '  dossier schema --sql postgres --load output | psql -d news',
    )
    .action((opts: { sql: SqlDialect; load?: string }) => {
      process.stdout.write(ddlSql(opts.sql));
      if (opts.load !== undefined) {
        if (opts.sql === 'clickhouse') {
          process.stderr.write(
            "dossier schema: --load is for --sql duckdb or postgres; ClickHouse reads the files itself: INSERT INTO events SELECT * FROM file('output/tables/events/*.ndjson', JSONEachRow)\n",
          );
          process.exitCode = 2;
          return;
        }
        process.stdout.write(`\n${opts.sql === 'duckdb' ? duckdbLoadSql(opts.load) : postgresLoadSql(opts.load)}`);
      }
    });
}
