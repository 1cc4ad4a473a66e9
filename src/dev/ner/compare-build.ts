/**
 * `npm run bench:ner -- --compare-build DIR [--conll FILE | --dir DIR | --bench-corpus] [--rounds N]`: CPU time
 * per token of the NER stage as the product runs it, this build against another built checkout (DIR holds
 * that commit's `dist/`, `data/` and `node_modules/`, e.g. a `git worktree` at an older commit after `npm ci`
 * and `npm run build`). Both builds are loaded into one process and run alternately, document by document,
 * over several rounds, so load on a shared machine falls on both alike.
 *
 * The build loaded first runs a few per cent faster in such a process (this build against a copy of itself:
 * 0.97–0.98), so the comparison runs twice, each in a fresh child process, once with each build loaded
 * first, and the figure is the geometric mean of the two ratios. A child imports no runtime module
 * statically: `node dist/dev/ner/compare-build.js --other DIR --first other|this [texts] --rounds N` prints
 * its `Comparison` as JSON.
 *
 * Each build annotates the texts with its own wink adapter (not timed) and is then timed on its own tokens:
 * - **tagger + clean-up**: `tagSpans` (both tagger passes and the span clean-up rules after them: what every
 *   article pays for names);
 * - **recogniser**: `recogniseEntities` (the same plus alias grouping into entities).
 *
 * Older builds took the model from module state (`tagSpans(input)`); newer ones take a recogniser built by
 * `dist/resources.js` (`tagSpans(input, recogniser())`). Both shapes are accepted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchTexts, textSourceOf } from './bench-texts.js';

/** A tokenised text as a build's wink adapter returns it (opaque here; only the token count is read). */
interface Annotated {
  text: string;
  tokens: readonly unknown[];
  sentences: readonly unknown[];
}

/** One build's NER entry points, bound to its own resources. */
export interface NerBuild {
  name: string;
  annotate(text: string): Annotated;
  tagSpans(doc: Annotated): unknown;
  recogniseEntities(doc: Annotated): unknown;
}

type Fn = (...args: unknown[]) => unknown;

function fnOf(module: Record<string, unknown>, name: string, file: string): Fn {
  const f = module[name];
  if (typeof f !== 'function') throw new Error(`dossier bench:ner: ${file} exports no function ${name}`);
  return f as Fn;
}

/** Loads the NER entry points of the build whose root is `root` (a folder with `dist/` and `data/`). */
export async function loadBuild(root: string, name: string): Promise<NerBuild> {
  const dist = join(resolve(root), 'dist');
  const file = (rel: string): string => {
    const path = join(dist, rel);
    if (!existsSync(path))
      throw new Error(`dossier bench:ner: ${path} is missing; run npm ci and npm run build in ${root} first`);
    return path;
  };
  const load = async (rel: string): Promise<Record<string, unknown>> =>
    (await import(pathToFileURL(file(rel)).href)) as Record<string, unknown>;
  const wink = await load('nlp/wink.js');
  const ner = await load('ner/index.js');
  const annotate = fnOf(wink, 'annotate', 'nlp/wink.js');
  const tag = fnOf(ner, 'tagSpans', 'ner/index.js');
  const recognise = fnOf(ner, 'recogniseEntities', 'ner/index.js');
  // A build with src/resources.ts hands the recogniser in; an older one reads its model at module level.
  let extra: unknown[] = [];
  if (existsSync(join(dist, 'resources.js'))) {
    const resources = await load('resources.js');
    extra = [fnOf(resources, 'recogniser', 'resources.js')()];
  }
  return {
    name,
    annotate: (text) => annotate(text) as Annotated,
    tagSpans: (doc) => tag(doc, ...extra),
    recogniseEntities: (doc) => recognise(doc, ...extra),
  };
}

/** CPU milliseconds of each side per round, and the tokens each side tagged per round. */
export interface Comparison {
  names: [string, string];
  tokens: [number, number];
  /** Per round, per side: CPU ms of tagger + clean-up. */
  tag: Array<[number, number]>;
  /** Per round, per side: CPU ms of the whole recogniser (with alias grouping). */
  recognise: Array<[number, number]>;
}

/**
 * Runs both builds over `texts` (repeated to at least `minTokens` tokens) for `rounds` rounds after one
 * warm-up pass, alternating per document (which side goes first alternates too, so neither always runs on
 * a cache the other warmed). CPU time of the process per call (`process.cpuUsage`), not wall time.
 */
export function compareBuilds(
  a: NerBuild,
  b: NerBuild,
  texts: readonly string[],
  rounds: number,
  minTokens = 200_000,
): Comparison {
  const sides = [a, b].map((build) => ({ build, docs: texts.map((t) => ({ ...build.annotate(t), text: t })) }));
  const tokens = sides.map((s) => s.docs.reduce((n, d) => n + d.tokens.length, 0)) as [number, number];
  // A round covers at least `minTokens` tokens (the texts repeated), so that it takes a measurable time.
  const repeat = Math.max(1, Math.ceil(minTokens / Math.max(1, tokens[0])));
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const run = (work: (build: NerBuild, doc: Annotated) => unknown): Array<[number, number]> => {
    for (const s of sides) for (const d of s.docs) work(s.build, d); // warm-up: JIT and per-word caches
    const perRound: Array<[number, number]> = [];
    for (let r = 0; r < rounds; r++) {
      const spent: [number, number] = [0, 0];
      for (let j = 0; j < texts.length * repeat; j++) {
        const i = j % texts.length;
        const order = (j + r) % 2 === 0 ? [0, 1] : [1, 0];
        for (const k of order) {
          const s = sides[k]!;
          const c0 = cpu();
          work(s.build, s.docs[i]!);
          spent[k]! += cpu() - c0;
        }
      }
      perRound.push(spent);
    }
    return perRound;
  };
  const tag = run((build, doc) => build.tagSpans(doc));
  const recognise = run((build, doc) => build.recogniseEntities(doc));
  return { names: [a.name, b.name], tokens: [tokens[0] * repeat, tokens[1] * repeat], tag, recognise };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The comparison as lines of text: ns per token per side, and the per-token ratio b / a per round. */
export function formatComparison(c: Comparison): string[] {
  const lines: string[] = [];
  const [ta, tb] = c.tokens;
  lines.push(`tokens per round: ${c.names[0]} ${ta}, ${c.names[1]} ${tb}`);
  for (const [label, rows] of [
    ['tagger + clean-up (tagSpans)', c.tag],
    ['recogniser (recogniseEntities: + alias grouping)', c.recognise],
  ] as const) {
    const ratios = rows.map(([x, y]) => y / tb / (x / ta));
    const sum = rows.reduce((acc, [x, y]) => [acc[0]! + x, acc[1]! + y], [0, 0]);
    const total = ratioOf(rows, c.tokens);
    const ns = (ms: number, n: number): string => ((ms * 1e6) / (n * rows.length)).toFixed(0);
    lines.push(`${label}, CPU time, ${rows.length} interleaved rounds:`);
    lines.push(`  ${c.names[0]}: ${ns(sum[0]!, ta)} ns/token`);
    lines.push(`  ${c.names[1]}: ${ns(sum[1]!, tb)} ns/token`);
    lines.push(
      `  per-token ratio ${c.names[1]} / ${c.names[0]}: ${total.toFixed(3)} over all rounds, median ${median(ratios).toFixed(3)}, rounds ${ratios.map((r) => r.toFixed(3)).join(' ')}`,
    );
  }
  return lines;
}

function ratioOf(rows: ReadonlyArray<readonly [number, number]>, tokens: readonly [number, number]): number {
  const sum = rows.reduce((acc, [x, y]) => [acc[0]! + x, acc[1]! + y], [0, 0]);
  return sum[1]! / tokens[1] / (sum[0]! / tokens[0]);
}

const THIS_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/**
 * The command: this build against the build in `dir`, once with each loaded first (two child processes),
 * printing both comparisons and the geometric mean of their per-token ratios. `args`: the command line
 * (`--rounds N` and the text options of bench-texts.ts are passed on).
 */
export function runCompareBuild(dir: string, args: readonly string[]): void {
  const script = fileURLToPath(import.meta.url);
  const passOn: string[] = [];
  for (const name of ['--rounds', '--conll', '--dir'])
    if (args.includes(name)) passOn.push(name, args[args.indexOf(name) + 1]!);
  if (args.includes('--bench-corpus')) passOn.push('--bench-corpus');
  console.log(`other build: ${resolve(dir)}; this build: ${THIS_ROOT}; load average ${load()}`);
  const results: Comparison[] = [];
  for (const first of ['other', 'this']) {
    const child = spawnSync(process.execPath, [script, '--other', dir, '--first', first, ...passOn], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0) throw new Error(`dossier bench:ner: the comparison failed:\n${child.stderr}`);
    const c = JSON.parse(child.stdout) as Comparison;
    results.push(c);
    console.log(`\n${first} build loaded first (load average now ${load()}):`);
    for (const line of formatComparison(c)) console.log(line);
  }
  console.log('\nper-token ratio this build / other build, geometric mean of the two load orders:');
  for (const [label, key] of [
    ['tagger + clean-up', 'tag'],
    ['recogniser', 'recognise'],
  ] as const) {
    const r = results.map((c) => ratioOf(c[key], c.tokens));
    console.log(`  ${label}: ${Math.sqrt(r[0]! * r[1]!).toFixed(3)} (${r.map((x) => x.toFixed(3)).join(', ')})`);
  }
}

/** A child: loads the two builds in the order `--first` says, compares them, prints JSON. */
async function child(args: readonly string[]): Promise<void> {
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dir = option('--other');
  if (dir === undefined) throw new Error('dossier bench:ner: compare-build needs --other DIR');
  const rounds = Number(option('--rounds') ?? 5);
  const texts = benchTexts(textSourceOf(args));
  let other: NerBuild;
  let here: NerBuild;
  if (option('--first') === 'this') {
    here = await loadBuild(THIS_ROOT, 'this build');
    other = await loadBuild(dir, 'other build');
  } else {
    other = await loadBuild(dir, 'other build');
    here = await loadBuild(THIS_ROOT, 'this build');
  }
  process.stdout.write(JSON.stringify(compareBuilds(other, here, texts, rounds)));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  child(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
