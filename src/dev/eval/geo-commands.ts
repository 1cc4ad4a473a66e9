/**
 * The geo helper's sub-commands of `dossier eval`: `places` (GeoNames linking on eval/gold/places),
 * `entity-pairs` (canonicalisation precision/recall on eval/gold/entity-pairs) and `type-consistency`
 * (how often a name gets the same type across the articles of a folder).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { draftPlaceGold, formatPlaceReport, loadPlaceDocs, parsePlaceGold, scorePlaces } from './places-eval.js';
import { formatPairReport, parsePairGold, scorePairs } from './entity-pairs-eval.js';
import { formatTypeConsistency, typeConsistency } from './type-consistency.js';

interface PlacesOptions {
  gold: string;
  articles: string;
  datasets: string;
  draft?: boolean;
  misses?: boolean;
  json?: boolean;
}

/** Adds `places`, `entity-pairs` and `type-consistency` to the `eval` command. */
export function addGeoEvalCommands(cmd: Command): void {
  cmd
    .command('places')
    .description('place linking to GeoNames on the hand-linked gold set: linking accuracy and end to end')
    .option('--gold <file>', 'gold TSV', 'eval/gold/places/places.tsv')
    .option('--articles <dir>', 'folder of the bundled articles', 'data/articles')
    .option('--datasets <dir>', 'folder of the dev datasets (meantime/, wikievents/)', '../shared/datasets')
    .option('--misses', 'list every miss')
    .option('--draft', 'print candidate gold rows (the pipeline’s links pre-filled) for checking by hand')
    .option('--json', 'print the JSON report')
    .action((opts: PlacesOptions) => {
      if (opts.draft) {
        const docs = loadPlaceDocs(opts.articles, opts.datasets);
        process.stdout.write(`${draftPlaceGold(docs).join('\n')}\n`);
        return;
      }
      const gold = parsePlaceGold(readFileSync(opts.gold, 'utf8'));
      const docs = loadPlaceDocs(opts.articles, opts.datasets, new Set(gold.map((g) => `${g.source}\u0000${g.doc}`)));
      const report = scorePlaces(gold, docs);
      process.stdout.write(
        opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatPlaceReport(report, opts.misses === true)}\n`,
      );
    });
  cmd
    .command('entity-pairs')
    .description('entity canonicalisation on the gold name pairs: precision and recall of "same entity"')
    .option('--gold <file>', 'gold TSV', 'eval/gold/entity-pairs/pairs.tsv')
    .option('--json', 'print the JSON report')
    .action((opts: { gold: string; json?: boolean }) => {
      const report = scorePairs(parsePairGold(readFileSync(opts.gold, 'utf8')));
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatPairReport(report)}\n`);
    });
  cmd
    .command('type-consistency')
    .description('how often a name gets the same type in every article of a folder it appears in')
    .argument('[dir...]', 'folders of articles (default: the bench corpus)')
    .option('--json', 'print the JSON report')
    .option('--list <n>', 'list the N most frequent inconsistent names', '20')
    .action(async (dirs: string[], opts: { json?: boolean; list: string }) => {
      const report = typeConsistency(dirs);
      process.stdout.write(
        opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTypeConsistency(report, Number(opts.list))}\n`,
      );
    });
}
