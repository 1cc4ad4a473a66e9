#!/usr/bin/env node
/**
 * `node --single-threaded dist/dev/bench/stage-ab.js --stage NAME [--rounds N] [--docs N] [--own-inputs] [--warm-inputs] CORPUS DIST_A DIST_B`:
 * CPU time of one article stage in two builds, measured in ONE process, for changes too small (1–5 %) for
 * the run-to-run noise of separate processes on a shared machine.
 *
 * Both builds' stages and resources are loaded side by side (different paths, so different module
 * instances: each build keeps its own memos and tables). The stages before NAME run once per document with
 * build A, untimed, and give both builds the same input (`--own-inputs`: each build's own earlier stages, for a
 * change there meant to make NAME cheaper; the outputs are still compared; `--warm-inputs`: each chunk's inputs
 * read through just before it runs, as the stage before NAME has just done in a run). Then, round after round, both builds run NAME on
 * the same chunk of 16 documents in turn (A B, then B A, …), each on a fresh shallow copy of the document,
 * and `process.cpuUsage()` is added up per build. Under `--single-threaded` V8's garbage collection runs on
 * the main thread, so it is counted in the stage that caused it. The outputs of the two builds (every
 * field the stage writes, as JSON) must be equal; the tool says so, or names the first document that differs.
 * The first round is a warm-up and is not counted. With `--warm-stride N` the warm-up runs on every N-th
 * document only (one at a time, A and B in turn), as bench phase (b) warms up, so the first counted round is the
 * pass (b) measures: V8 still meeting rare branches and shapes (with `--single-threaded`, its compilations count
 * in the stage's CPU); `--rounds 2` measures that pass alone.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import type * as Extract from '../../pipeline/extract.js';
import type * as ResourcesModule from '../../resources.js';
import type { ArticleDoc } from '../../types.js';
import type { ArticleStage } from '../../pipeline/stage.js';
import { newArticleDoc } from '../../pipeline/article-doc.js';
import { listFiles } from '../eval/files.js';
import { median } from './stages-ab.js';
import { option, cpuMs } from './args.js';

interface Build {
  dist: string;
  stages: readonly ArticleStage[];
  resources: ResourcesModule.Resources;
}

async function loadBuild(dist: string): Promise<Build> {
  const extract = (await import(pathToFileURL(join(dist, 'pipeline', 'extract.js')).href)) as typeof Extract;
  const resources = (await import(pathToFileURL(join(dist, 'resources.js')).href)) as typeof ResourcesModule;
  const processor = extract.createArticleProcessor(extract.DEFAULT_SETTINGS);
  return { dist, stages: processor.stages, resources: resources.loadResources() };
}

async function main(): Promise<void> {
  const stageName = option('stage');
  const rounds = Number(option('rounds') ?? 5);
  const docLimit = Number(option('docs') ?? Infinity);
  const warmStride = Number(option('warm-stride') ?? 1);
  const valued = new Set(['--stage', '--rounds', '--docs', '--warm-stride']);
  const positional = process.argv.slice(2).filter((x, i, all) => !x.startsWith('--') && !valued.has(all[i - 1] ?? ''));
  const [corpus, distA, distB] = positional;
  if (
    stageName === undefined ||
    corpus === undefined ||
    distA === undefined ||
    distB === undefined ||
    rounds < 2 ||
    !(Number.isInteger(warmStride) && warmStride >= 1)
  )
    throw new Error(
      'stage-ab: usage: node --single-threaded dist/dev/bench/stage-ab.js --stage NAME [--rounds N>=2] [--docs N] [--warm-stride N>=1] [--own-inputs] [--warm-inputs] CORPUS DIST_A DIST_B',
    );
  const a = await loadBuild(resolve(distA));
  const b = await loadBuild(resolve(distB));
  const at = a.stages.findIndex((s) => s.name === stageName);
  if (at < 0) throw new Error(`stage-ab: no stage ${stageName}; stages: ${a.stages.map((s) => s.name).join(', ')}`);
  const settings = { fallbackPublicationDate: null, minEventConfidence: 0.5 };
  const log = pino({ level: 'silent' });
  const context = (build: Build) => ({ log, settings, resources: build.resources });

  // Inputs: every document through A's stages before NAME (with --own-inputs, each build's own stages, for a
  // change in an earlier stage that should make NAME cheaper, such as the strings it compares).
  const ownInputs = process.argv.includes('--own-inputs');
  const files = listFiles([corpus], /\.txt$/).slice(0, docLimit);
  const prepare = (build: Build): Array<ArticleDoc | null> =>
    files.map((path, n) => {
      const bytes = new Uint8Array(readFileSync(path));
      const doc = newArticleDoc(
        { path, relPath: relative(corpus, path), size: bytes.length, mtimeMs: statSync(path).mtimeMs },
        bytes,
        '0'.repeat(64),
        `a_${n.toString(16).padStart(16, '0')}`,
      );
      try {
        for (const s of build.stages.slice(0, at)) s.run(doc, context(build));
        return doc;
      } catch {
        // A document an earlier stage rejects (not text) is left out.
        return null;
      }
    });
  const preparedA = prepare(a);
  const preparedB = ownInputs ? prepare(b) : preparedA;
  const docs: ArticleDoc[] = [];
  const docsB: ArticleDoc[] = [];
  preparedA.forEach((d, n) => {
    if (d !== null && preparedB[n] !== null) {
      docs.push(d);
      docsB.push(preparedB[n]!);
    }
  });

  const CHUNK = 16;
  const totals = { a: [] as number[], b: [] as number[] };
  /** B/A of each chunk (after the warm-up round): adjacent in time, so the least disturbed by load. */
  const chunkRatios: number[] = [];
  let differs: string | null = null;
  // With --warm-inputs every input is read through, untimed, just before its chunk runs: in a run the stage
  // before NAME has just read the same tokens and strings (a batch of 16 articles is in the CPU's caches),
  // where here they were last read rounds ago, and a stage would look bound by memory that in a run is not.
  const warmInputs = process.argv.includes('--warm-inputs');
  let touched = 0;
  const touch = (v: unknown): void => {
    if (typeof v === 'string') touched += v.length;
    else if (Array.isArray(v)) for (const x of v) touch(x);
    else if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v))
      for (const [k, x] of Object.entries(v)) if (k !== 'bytes') touch(x);
  };
  process.on(
    'exit',
    () => warmInputs && process.stderr.write(`stage-ab: ${touched} characters read to warm the inputs\n`),
  );
  const runChunk = (build: Build, from: number): { ms: number; out: string[] } => {
    const stage = build.stages[at]!;
    const copies = (build === a ? docs : docsB)
      .slice(from, from + CHUNK)
      .map((d) => ({ ...d, warnings: [...d.warnings] }) as ArticleDoc);
    if (warmInputs) for (const d of copies) touch(d);
    const c0 = cpuMs();
    for (const d of copies) stage.run(d, context(build));
    const ms = cpuMs() - c0;
    return { ms, out: copies.map((d) => JSON.stringify(d, (k, v: unknown) => (k === 'bytes' ? undefined : v))) };
  };
  // The warm-up of bench phase (b): every warmStride-th document alone, A and B in turn (outputs not compared).
  const warmOne = (build: Build, n: number): number => {
    const source = (build === a ? docs : docsB)[n]!;
    const doc = { ...source, warnings: [...source.warnings] } as ArticleDoc;
    const c0 = cpuMs();
    build.stages[at]!.run(doc, context(build));
    return cpuMs() - c0;
  };
  for (let round = 0; round < rounds; round++) {
    let ta = 0;
    let tb = 0;
    if (round === 0 && warmStride > 1) {
      for (let n = 0, turn = 0; n < docs.length; n += warmStride, turn++) {
        ta += turn % 2 === 0 ? warmOne(a, n) : 0;
        tb += warmOne(b, n);
        ta += turn % 2 === 0 ? 0 : warmOne(a, n);
      }
      process.stderr.write(
        `stage-ab: warm-up on every ${warmStride}th document: A ${ta.toFixed(0)} ms, B ${tb.toFixed(0)} ms CPU\n`,
      );
      continue;
    }
    for (let from = 0, turn = 0; from < docs.length; from += CHUNK, turn++) {
      const first = (turn + round) % 2 === 0 ? 'a' : 'b';
      const ra = first === 'a' ? runChunk(a, from) : null;
      const rb = runChunk(b, from);
      const ra2 = ra ?? runChunk(a, from);
      ta += ra2.ms;
      tb += rb.ms;
      if (round > 0 && ra2.ms > 0) chunkRatios.push(rb.ms / ra2.ms);
      if (differs === null)
        for (let k = 0; k < ra2.out.length; k++)
          if (ra2.out[k] !== rb.out[k]) {
            differs = docs[from + k]!.source.relPath;
            break;
          }
    }
    if (round > 0) {
      totals.a.push(ta);
      totals.b.push(tb);
    }
    process.stderr.write(
      `stage-ab: round ${round + 1}/${rounds}${round === 0 ? ' (warm-up)' : ''}: A ${ta.toFixed(0)} ms, B ${tb.toFixed(0)} ms CPU\n`,
    );
  }
  const ma = median(totals.a);
  const mb = median(totals.b);
  const ratios = totals.a.map((x, i) => (totals.b[i]! / x).toFixed(3)).join(', ');
  process.stdout.write(
    [
      `stage ${stageName}, ${docs.length} documents, median of ${rounds - 1} rounds, CPU ms (load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`,
      `A ${ma.toFixed(0)}  B ${mb.toFixed(0)}  B/A ${(mb / ma).toFixed(3)} (per round: ${ratios}); median B/A of ${chunkRatios.length} chunks ${median(chunkRatios).toFixed(3)}`,
      `A = ${a.dist}`,
      `B = ${b.dist}`,
      differs === null ? 'outputs: identical' : `outputs: DIFFER (first at ${differs})`,
    ].join('\n') + '\n',
  );
}

await main();
