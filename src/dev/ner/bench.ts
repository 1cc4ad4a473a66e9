/**
 * `npm run bench:ner [-- --conll FILE | --dir DIR] [--rounds N] [--phases] [--compare MODEL]`: tokens per
 * second of the entities stage alone (tagging, span clean-up and alias grouping) on one core, with wink's
 * annotation done beforehand and not timed. Texts come from a CoNLL file (rebuilt as production text), the
 * .txt files under DIR, or data/articles/. `--phases` adds where tagging time goes, step by step (wall
 * clock, all rounds). `--compare MODEL` times tagging with the committed model and with another model
 * file, alternating per document so that load on a shared machine falls on both alike. `--compare-build DIR`
 * times the NER stage of this build against another built checkout (see compare-build.ts); `--bench-corpus`
 * takes the texts of the benchmark corpus (src/dev/bench/corpus.ts) instead.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { annotate, type Annotation } from '../../nlp/wink.js';
import { clusterUse, recogniseEntities, tagSpans } from '../../ner/index.js';
import { gazetteers, nerModel, recogniser, wordClusters } from '../../resources.js';
import { TAG_STEPS, tagDocument, type TagStep } from '../../ner/tagger.js';
import { activeTokens, tokenTable } from '../../ner/features.js';
import { readModel } from '../../ner/modelfile.js';
import { PackedTwoPass } from '../../ner/packed.js';
import { benchTexts, textSourceOf } from './bench-texts.js';
import { runCompareBuild } from './compare-build.js';

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
  const otherBuild = option('--compare-build');
  if (otherBuild !== undefined) {
    runCompareBuild(otherBuild, args);
    return;
  }
  const loadStart = performance.now();
  recogniser();
  const loadMs = performance.now() - loadStart;
  const docs: Array<Annotation & { text: string }> = benchTexts(textSourceOf(args)).map((text) => ({
    text,
    ...annotate(text),
  }));
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  // Enough repetitions that one round takes a measurable time even on a single short article.
  const repeat = Math.max(1, Math.ceil(200_000 / Math.max(1, tokens)));
  const measure = (work: (d: Annotation & { text: string }) => unknown): number => {
    for (const d of docs) work(d); // warm-up
    // CPU time of this thread, not wall time: the figure is per core even on a busy machine.
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      // Each round starts with an empty per-word cache, as a fresh worker would (conservative: the corpus
      // repeats, so later repetitions within a round still hit it).
      recogniser().model.forgetWords();
      const c0 = process.cpuUsage();
      for (let k = 0; k < repeat; k++) for (const d of docs) work(d);
      const used = process.cpuUsage(c0);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return (tokens * repeat) / (best / 1000);
  };
  const tagger = measure((d) => tagSpans(d, recogniser()));
  const stage = measure((d) => recogniseEntities(d, recogniser()));
  console.log(`model load: ${loadMs.toFixed(0)} ms`);
  console.log(
    `corpus: ${docs.length} docs, ${tokens} tokens (x${repeat} per round, best of ${rounds} rounds, CPU time)`,
  );
  const scored = docs.reduce(
    (n, d) => n + activeTokens(tokenTable(d.tokens, d.sentences), d.tokens, d.sentences).reduce((a, b) => a + b, 0),
    0,
  );
  console.log(
    `scored tokens (capitalised words and the neighbours that can belong to a name; the rest are O unscored): ${scored} (${((100 * scored) / Math.max(1, tokens)).toFixed(1)}%)`,
  );
  console.log(`tagger (two passes + span clean-up): ${Math.round(tagger).toLocaleString('en-US')} tokens/s`);
  console.log(`entities stage (tagger + alias grouping): ${Math.round(stage).toLocaleString('en-US')} tokens/s`);
  if (args.includes('--phases')) phases(docs, tokens, rounds);
  const other = option('--compare');
  if (other !== undefined) compare(docs, other, rounds);
}

/** Tagging time with the committed model and with the model file `path`, alternating per document. */
function compare(docs: ReadonlyArray<Annotation & { text: string }>, path: string, rounds: number): void {
  const theirs = readModel(readFileSync(path));
  const sides = [
    {
      name: 'committed model',
      model: recogniser().model,
      tables: [nerModel().trainNames, gazetteers()],
      clusters: recogniser().clusters,
      ms: 0,
      cpu: 0,
    },
    {
      name: path,
      model: new PackedTwoPass(theirs.pass1, theirs.pass2),
      tables: [theirs.trainNames, gazetteers()],
      clusters: clusterUse(theirs, wordClusters()),
      ms: 0,
      cpu: 0,
    },
  ];
  for (const side of sides)
    for (const d of docs) tagDocument(side.model, d.tokens, d.sentences, side.tables, side.clusters);
  for (let r = 0; r < rounds; r++) {
    docs.forEach((d, i) => {
      // Which side goes first alternates, so neither always runs on a cache the other warmed.
      for (const side of (i + r) % 2 === 0 ? sides : [...sides].reverse()) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        tagDocument(side.model, d.tokens, d.sentences, side.tables, side.clusters);
        const c = process.cpuUsage(c0);
        side.ms += performance.now() - t0;
        side.cpu += (c.user + c.system) / 1000;
      }
    });
  }
  // CPU time as well as wall clock: on a loaded machine wall time also counts waiting for a core.
  console.log(`tagging, alternating per document (${rounds} passes, ms per pass, wall clock / CPU time):`);
  for (const side of sides)
    console.log(`  ${side.name}: ${(side.ms / rounds).toFixed(0)} / ${(side.cpu / rounds).toFixed(0)}`);
  console.log(
    `  ratio (other / committed): wall ${(sides[1]!.ms / sides[0]!.ms).toFixed(3)}, CPU ${(sides[1]!.cpu / sides[0]!.cpu).toFixed(3)}`,
  );
}

/** Nanoseconds per token of each tagging step, over `rounds` passes of the corpus after a warm-up. */
function phases(docs: ReadonlyArray<Annotation & { text: string }>, tokens: number, rounds: number): void {
  const spent = new Map<TagStep, number>(TAG_STEPS.map((s) => [s, 0]));
  const tables = [nerModel().trainNames, gazetteers()];
  let last = 0;
  const clock = (step: TagStep): void => {
    const now = performance.now();
    spent.set(step, spent.get(step)! + now - last);
    last = now;
  };
  const clusters = recogniser().clusters;
  for (const d of docs) tagDocument(recogniser().model, d.tokens, d.sentences, tables, clusters);
  spent.forEach((_, k) => spent.set(k, 0));
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      last = performance.now();
      tagDocument(recogniser().model, d.tokens, d.sentences, tables, clusters, clock);
    }
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log(`tagging steps (wall clock, ${rounds} passes, ns per token):`);
  for (const [step, ms] of spent)
    console.log(
      `  ${step.padEnd(22)} ${((ms * 1e6) / (tokens * rounds)).toFixed(0).padStart(6)}  ${((100 * ms) / total).toFixed(1).padStart(5)}%`,
    );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
