#!/usr/bin/env node
/**
 * Issue 16's "adding 5 articles to a full output costs ≤ 2× adding them to an empty one", on its own and
 * for one or two builds side by side (A/B of a change to the state a rerun reads and writes):
 *
 *   node dist/dev/bench/add-ab.js [--count 5] [--rounds 3] [--min-mb 5] [--datasets DIR] CLI_A [CLI_B]
 *
 * Builds `npm run bench`'s corpus, runs each build once over it (`--workers 2 --force`) for its full
 * output, then `--rounds` rounds of `whole.ts`'s `addArticles` (a whole `dossier run --workers 1` adding
 * `--count` new articles to a copy of the full output, and to an empty one), the builds alternating in an
 * order that turns round each round. Prints each build's rounds and median full/empty ratio (wall and CPU).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus, writeCorpus } from './corpus.js';
import { addArticles, runDossier, type AddRound } from './whole.js';
import { option } from './args.js';

function main(): void {
  const clis = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (clis.length === 0) throw new Error('add-ab: name one or two dossier CLIs (dist/cli.js)');
  const count = Number(option('count') ?? 5);
  const rounds = Number(option('rounds') ?? 3);
  const minMb = Number(option('min-mb') ?? 5);
  const datasets = resolve(option('datasets') ?? join('..', 'shared', 'datasets'));
  const tmp = mkdtempSync(join(os.tmpdir(), 'dossier-add-ab-'));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  try {
    const corpus = join(tmp, 'corpus');
    const written = writeCorpus(corpus, buildCorpus(resolve('data', 'articles'), datasets, minMb * 1024 * 1024));
    log(`add-ab: corpus of ${written.files} documents`);
    const full = clis.map((cli, i) => {
      const out = join(tmp, `full-${i}`);
      runDossier(resolve(cli), corpus, out, 2);
      return out;
    });
    const got: AddRound[][] = clis.map(() => []);
    for (let r = 0; r < rounds; r++) {
      const order = clis.map((_, i) => i);
      if (r % 2 === 1) order.reverse();
      for (const i of order) {
        const sub = join(tmp, `add-${i}`);
        const a = addArticles({
          cli: resolve(clis[i]!),
          corpus,
          fullOutput: full[i]!,
          tmp: sub,
          count,
          rounds: 1,
          log,
        });
        got[i]!.push(a.rounds[0]!);
      }
    }
    clis.forEach((cli, i) => {
      const rs = got[i]!;
      const median = [...rs].sort((x, y) => x.wallRatio - y.wallRatio)[(rs.length - 1) >> 1]!;
      const s = (ms: number): string => (ms / 1000).toFixed(2);
      process.stdout.write(
        `${cli}: add ${count} to ${written.files} articles, full/empty median ${median.wallRatio.toFixed(2)} wall, ` +
          `${median.cpuRatio.toFixed(2)} CPU (empty ${s(median.empty.wallMs)} s / ${s(median.empty.cpuMs)} CPU s, ` +
          `full ${s(median.full.wallMs)} s / ${s(median.full.cpuMs)} CPU s); rounds wall/CPU: ` +
          `${rs.map((x) => `${x.wallRatio.toFixed(2)}/${x.cpuRatio.toFixed(2)}`).join(', ')}\n`,
      );
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
