#!/usr/bin/env node
/**
 * `npm run benchmarks:doc`: re-measures everything `docs/benchmarks.md` shows — the three evaluations on
 * the shared datasets and the throughput bench — and rewrites that file with the date, the commit and
 * the command behind each table. Options: `--skip-bench` keeps only the evaluations (the bench section
 * then says it was not re-run); `--bench-mb N` sets the bench corpus size (default 5).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalTimeMl } from './timeml-eval.js';
import { evalConll } from './conll-eval.js';
import { evalMeantime } from './meantime-eval.js';
import { formatReport } from './report.js';
import { formatBench, type BenchReport } from '../bench/report.js';
import { formatWhole } from '../bench/whole.js';

const DATASETS = '../shared/datasets';
const HERE = fileURLToPath(new URL('.', import.meta.url));

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function section(title: string, command: string, body: string, anchors: string): string {
  return `## ${title}\n\n\`\`\`sh\n${command}\n\`\`\`\n\n${body}\n\n${anchors}\n`;
}

/** How to profile the whole command (kept in the doc, not measured by it). */
const PROFILING = `## Profiling the whole command

\`node --cpu-prof\` profiles every thread of a run: worker threads inherit the flag, and each thread writes
its own \`.cpuprofile\` (\`CPU.<date>.<pid>.0.*\` is the main thread, \`.1.*\`, \`.2.*\` the workers):

\`\`\`sh
node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli.js run -i <corpus> -o /tmp/out --workers 1 --force --progress never
\`\`\`

Open a profile in Chrome DevTools (Performance → Load profile) or sum self time per function and per file
with a few lines of Node over \`nodes\`, \`samples\` and \`timeDeltas\`. Read the main thread for discover,
reading and hashing, dispatch, tables and garbage collection; the workers for the stages, \`postMessage\`
(what crosses the thread boundary) and the record writes. \`npm run bench\`'s whole-command phases give
the share of wall time outside the stages from the run manifest.`;

function main(): void {
  const root = resolve(DATASETS);
  if (!existsSync(root)) throw new Error(`benchmarks:doc needs the datasets at ${root}`);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty =
    git(['status', '--porcelain', '--untracked-files=no', '--', 'src', 'data', 'schemas']) === ''
      ? ''
      : ' (with uncommitted changes in the working tree)';
  const d = (p: string): string => join(DATASETS, p);

  const timeml = evalTimeMl([d('timebank/TimeBank'), d('timebank/AQUAINT')]);
  const conll = evalConll(d('conll2003/eng.testa'));
  const meantime = evalMeantime([d('meantime/corpus_airbus'), d('meantime/corpus_apple')]);

  let bench = '_Not re-run in this update (`--skip-bench`)._';
  if (!process.argv.includes('--skip-bench')) {
    const mbIdx = process.argv.indexOf('--bench-mb');
    const mb = mbIdx >= 0 ? process.argv[mbIdx + 1]! : '5';
    const r = spawnSync(process.execPath, [join(HERE, '..', 'bench', 'main.js'), '--json', '--min-mb', mb], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`bench failed with exit ${r.status}`);
    const parsed = JSON.parse(r.stdout) as BenchReport & { whole?: Parameters<typeof formatWhole>[0] };
    bench = formatBench(parsed) + (parsed.whole ? `\n\n${formatWhole(parsed.whole, parsed.setup.workers)}` : '');
  }
  let tables = '_Not re-run in this update (`--skip-bench`)._';
  if (!process.argv.includes('--skip-bench')) {
    const r = spawnSync(process.execPath, [join(HERE, '..', 'bench', 'tables.js')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`bench:tables failed with exit ${r.status}`);
    tables = r.stdout.trim();
  }

  const doc = `# Benchmarks

Measured ${date} UTC at commit \`${commit}\`${dirty}, with \`npm run benchmarks:doc\` (which runs the
commands below and rewrites this file). Metric definitions and deviations from the official scorers:
[eval/README.md](../eval/README.md). Datasets: \`../shared/datasets\` (not shipped). All evaluations run the
real pipeline in one process; the time per mode is printed under each table.

${section(
  'Time expressions: TimeBank + AQUAINT (TempEval-3 training data, TBAQ-cleaned)',
  'npm run eval -- timeml ../shared/datasets/timebank/TimeBank ../shared/datasets/timebank/AQUAINT',
  formatReport(timeml),
  'Published anchors (TempEval-3 platinum test set, not this data): HeidelTime strict span F1 **81.34**, relaxed **90.30**, value F1 **77.61**; SUTime and ClearTK value F1 ≈ 65–71. Caveat: TimeBank + AQUAINT is the TempEval-3 *training* data and our time rules were developed while looking at it, so these figures are optimistic compared with an unseen test set; the MEANTIME TIMEX3 figures below are a fairer out-of-domain check.',
)}
${section(
  'Named entities: CoNLL-2003 eng.testa (development split)',
  'npm run eval -- conll ../shared/datasets/conll2003/eng.testa',
  formatReport(conll),
  'Published anchors (CoNLL-2003 test split, all four classes incl. MISC, token-level conlleval): Stanford CRF (Finkel et al. 2005) **86.86** F1, BERT-large **92.8**. Ours is a 3-class (PER/ORG/LOC) character-span micro F1 on the dev split, which the NER training also uses to choose its settings, so it is optimistic: test splits usually score a few points lower.',
)}
${section(
  'MEANTIME (Wikinews, airbus + apple), sentences 0–5',
  'npm run eval -- meantime ../shared/datasets/meantime/corpus_airbus ../shared/datasets/meantime/corpus_apple',
  formatReport(meantime),
  'No published anchor for these exact figures (definitions are ours, see eval/README.md).',
)}
${section(
  'Throughput: wink alone vs pipeline vs `dossier run`',
  'npm run bench',
  bench,
  "The ratios are the figures that count: absolute speeds drift with other load on a shared machine (the load average is printed). (b)/(a) target ≥ 0.40. The CPU ratio divides CPU seconds, which other processes barely move; but (b)'s CPU seconds also count V8's background threads (concurrent garbage collection and compilation), which run beside the pipeline and barely shorten it: under `node --single-threaded dist/bench/pipeline-one.js <corpus>` (b)'s CPU time equals its wall time (13.96 s and 13.97 s at 22:45 UTC; 13.0–13.6 s wall with the threads), so the wall ratio is the throughput the target speaks of.",
)}
${section(
  'Tables: what a run costs as the output grows',
  'npm run bench:tables',
  tables,
  'Issue 15 target: adding 5 articles to a 2,000-article output costs no more than twice adding them to an empty one. The four updates are timed in turn, round after round, on copies of the same outputs (flushed to disk before each), so load on this shared machine falls on all of them; the CPU ratio is the steadier one when the load average is high. Changing or removing articles rewrites the parts (up to 256 articles) that held them.',
)}`;
  writeFileSync(resolve('docs', 'benchmarks.md'), `${doc}\n\n${PROFILING}`);
  process.stdout.write(`docs/benchmarks.md written (commit ${commit})\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`benchmarks:doc: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
