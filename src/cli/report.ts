/**
 * `dossier report OUTPUT_DIR [--out FILE] [--since DATE] [--until DATE] [--type TYPE…]`: one self-contained
 * HTML page (timeline, map, entities, articles, run facts) from an output folder. A missing or partial
 * folder still gives a page, with notes saying what is missing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { DossierError } from '../errors.js';
import { boundDay } from '../report/collect.js';
import { buildReport } from '../report/build.js';

function parseDate(value: string): string {
  if (boundDay(value, false) === null) throw new InvalidArgumentError('must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

function collectTypes(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  ];
}

/** Registers `report` on the program. */
export function addReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      'Write one self-contained HTML page (timeline, map, entities, articles, run facts) from an output folder.',
    )
    .argument('<dir>', 'output folder written by `dossier run`')
    .option('-o, --out <file>', 'HTML file to write (default: <dir>/report.html)')
    .option('--since <date>', 'only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', parseDate)
    .option('--until <date>', 'only events on or before this date', parseDate)
    .option('-t, --type <type>', 'only events of this type (repeatable, or comma-separated types)', collectTypes)
    .addHelpText(
      'after',
      '\nExamples:\n  dossier report output                      # writes output/report.html\n' +
        '  dossier report output --out june.html --since 2024-06 --until 2024-06 --type attack,killing',
    )
    .action(async (dir: string, opts: { out?: string; since?: string; until?: string; type?: string[] }) => {
      const out = path.resolve(opts.out ?? path.join(dir, 'report.html'));
      const { html, stats } = await buildReport(dir, {
        filters: { since: opts.since, until: opts.until, types: opts.type },
      });
      try {
        await mkdir(path.dirname(out), { recursive: true });
        await writeFile(out, html);
      } catch (e) {
        throw new DossierError(
          'E_OUTPUT_UNWRITABLE',
          `cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        );
      }
      for (const note of stats.notes) process.stderr.write(`note: ${note}\n`);
      process.stdout.write(
        `dossier report: ${stats.articles} articles (${stats.articlesWithText} with text), ${stats.entities} entities, ${stats.events} events, ${stats.places} places on the map · ${(stats.bytes / 1e6).toFixed(2)} MB → ${path.relative(process.cwd(), out) || out}\n`,
      );
    });
}
