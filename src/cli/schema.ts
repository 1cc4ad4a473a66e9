/** `dossier schema --sql duckdb|clickhouse|postgres [--load DIR]`: the tables' DDL, generated from `schemas/tables/`. */
import { Option, type Command } from 'commander';
import {
  clickhouseLoadSql,
  ddlSql,
  duckdbLoadSql,
  postgresLoadSql,
  SQL_DIALECTS,
  type SqlDialect,
} from '../output/ddl.js';

/** Registers the `schema` sub-command. */
export function addSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('Print the SQL DDL of the output tables, generated from schemas/tables/ (fixed column types).')
    .addOption(new Option('--sql <dialect>', 'SQL dialect').choices([...SQL_DIALECTS]).makeOptionMandatory())
    .option(
      '--load <dir>',
      'also print the statements that load the tables of this output folder (postgres: a psql script)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  dossier schema --sql duckdb > ddl.sql\n  dossier schema --sql duckdb --load output | duckdb news.db\n' +
        '  dossier schema --sql postgres --load output | psql -d news\n' +
        '  dossier schema --sql clickhouse --load output | clickhouse local --multiquery',
    )
    .action((opts: { sql: SqlDialect; load?: string }) => {
      process.stdout.write(ddlSql(opts.sql));
      if (opts.load !== undefined) {
        const load = { duckdb: duckdbLoadSql, postgres: postgresLoadSql, clickhouse: clickhouseLoadSql }[opts.sql];
        process.stdout.write(`\n${load(opts.load)}`);
      }
    });
}
