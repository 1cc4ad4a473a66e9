/** `dossier merge --output DIR SHARD…`: join the output folders of shards into one (see src/output/merge.ts). */
import path from 'node:path';
import type { Command } from 'commander';
import { mergeOutputs } from '../output/merge.js';

export function addMergeCommand(program: Command): void {
  program
    .command('merge')
    .description(
      'Join the output folders of shards (`dossier run --shard i/n`) into one: exactly the records and table rows of a single run.',
    )
    .argument('<shard...>', 'output folders of the shards')
    .requiredOption('-o, --output <dir>', 'merged output folder')
    .option('--json', 'print the summary as one JSON object', false)
    .addHelpText('after', '\nExample:\n  dossier merge -o /data/dossier/merged /data/dossier/shard-*')
    .action(async (shardDirs: string[], opts: { output: string; json: boolean }) => {
      const report = await mergeOutputs(opts.output, shardDirs);
      if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else
        process.stdout.write(
          `dossier merge: ${report.shards} shards → ${path.relative(process.cwd(), report.output) || '.'}/: ${report.records} records, ${report.failures} failures, ${report.removed} stale files removed, ${Object.values(report.tableRows).reduce((a, b) => a + b, 0)} table rows\n`,
        );
    });
}
