/**
 * `npm run train:ner -- --train FILE --dev FILE [--out FILE] [--epochs N] [--epochs2 N] [--folds K] [--seed S] [--prune W] [--floor F] [--clusters OWN/CONTEXT]`
 * `npm run train:ner -- --train FILE --cv 'CONFIG;CONFIG;…' [--cv-passes 1|2] [--folds K] …`
 *
 * Trains the two-pass tagger on CoNLL-2003 (token and NER columns only) over wink's own tokens:
 * each document is rebuilt as production text (tokens joined by spaces, sentences by "\n"), run
 * through `annotate()`, and the gold character spans are aligned onto wink tokens. The first pass's
 * tags on the training data come from K-fold cross-validation, and the training-name gazetteer is
 * built out of fold, so the second pass learns from first-pass output as noisy as it is at run time.
 * Prints development F1 per epoch; writes the model to data/models/ner.bin.
 *
 * `--cv` is the tuning mode: it reads no dev file and writes no model. For each configuration (word-cluster
 * prefix lengths, `OWN/CONTEXT` as for `--clusters`, `none` for none) it runs K-fold cross-validation on
 * the training file alone and prints mean ± sd F1 over the folds, so feature choices never see dev.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { annotate } from '../../nlp/wink.js';
import { sha256 } from '../../ids.js';
import type { ClusterUse } from '../../ner/clusters.js';
import { clusterUse } from '../../ner/index.js';
import { seededRandom } from '../bench/corpus.js';
import { parseConll, type ConllDoc, type GoldSpan } from './conll.js';
import {
  baseFeatures,
  concatFeatures,
  consistencyFeatures,
  markClusters,
  tokenTable,
  type DocFeatures,
  type TokenTable,
} from '../../ner/features.js';
import { GAZ, NameTable, markGazetteers } from '../../ner/gazetteer.js';
import { Decoder, PerceptronTrainer, type RowSource } from '../../ner/linear.js';
import { readModel, writeModel } from '../../ner/modelfile.js';
import { PackedTwoPass } from '../../ner/packed.js';
import { tagDocument } from '../../ner/tagger.js';
import { refineSpans } from '../../ner/refine.js';
import { emptyClassCounts, scoreSpans, summarise } from './score.js';
import { CLASSES, NTAGS, decodeSpans, encodeSpans, type TokenSpan } from '../../ner/tags.js';
import { gazetteers, refineVocabulary, wordClusters } from '../../resources.js';
import type { Sentence, Token } from '../../types.js';

interface Options {
  train: string;
  dev: string;
  out: string;
  epochs: number;
  epochs2: number;
  folds: number;
  seed: number;
  prune: number;
  /** Weights below this share of the pass's largest weight are dropped (see `freeze`). */
  floor: number;
  /** Word-cluster prefix lengths for the token itself and its neighbours. */
  clusters: ClusterSpec;
  /** Cross-validation only: the configurations to compare (empty: train a model). */
  cv: ClusterSpec[];
  /** Passes scored in cross-validation: 1, or 2 (both; twice the time). */
  cvPasses: number;
}

/** Word-cluster prefix lengths (bits) used for the token itself and for its neighbours. */
export interface ClusterSpec {
  own: number[];
  context: number[];
}

/**
 * Parses `OWN/CONTEXT`, each a comma list of prefix lengths in bits (`4,8,12/8`, `6,10/`, `/8`), or
 * `none`.
 */
export function parseClusterSpec(text: string): ClusterSpec {
  const t = text.trim();
  if (t === 'none' || t === '' || t === '/') return { own: [], context: [] };
  const [own = '', context = ''] = t.split('/');
  const list = (x: string): number[] =>
    x
      .split(',')
      .filter((v) => v.trim() !== '')
      .map((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 20)
          throw new Error(`train:ner: bad cluster prefix length ${v} in ${text}`);
        return n;
      });
  return { own: list(own), context: list(context) };
}

/** `OWN/CONTEXT` (or `none`), the inverse of `parseClusterSpec`. */
export function clusterSpecName(spec: ClusterSpec): string {
  return spec.own.length === 0 && spec.context.length === 0
    ? 'none'
    : `${spec.own.join(',')}/${spec.context.join(',')}`;
}

/** A CoNLL document as production sees it, with gold tags on wink tokens. */
interface Prepared {
  doc: ConllDoc;
  tokens: Token[];
  sentences: Sentence[];
  table: TokenTable;
  gold: Uint8Array;
  fold: number;
  /** Gazetteer match bits (out-of-fold training names for training documents). */
  gaz?: Int32Array;
  base?: DocFeatures;
  second?: DocFeatures;
  pass1?: Uint8Array;
}

/** Options of `npm run train:ner`; throws a message naming the bad option. */
export function parseArgs(argv: string[]): Options {
  const opts: Options = {
    train: '',
    dev: '',
    out: fileURLToPath(new URL('../../../data/models/ner.bin', import.meta.url)),
    epochs: 6,
    epochs2: 6,
    folds: 5,
    seed: 1,
    prune: 1.5,
    floor: 0.045,
    // The configuration chosen by cross-validation (docs/ner.md, Tuning protocol).
    clusters: { own: [4, 6, 8, 10, 12], context: [] },
    cv: [],
    cvPasses: 2,
  };
  for (let k = 0; k < argv.length; k++) {
    const flag = argv[k]!;
    const value = argv[k + 1];
    if (value === undefined) throw new Error(`train:ner: ${flag} needs a value`);
    k++;
    switch (flag) {
      case '--train':
        opts.train = value;
        break;
      case '--dev':
        opts.dev = value;
        break;
      case '--out':
        opts.out = value;
        break;
      case '--epochs':
        opts.epochs = Number(value);
        break;
      case '--epochs2':
        opts.epochs2 = Number(value);
        break;
      case '--folds':
        opts.folds = Number(value);
        break;
      case '--seed':
        opts.seed = Number(value);
        break;
      case '--prune':
        opts.prune = Number(value);
        break;
      case '--floor':
        opts.floor = Number(value);
        break;
      case '--clusters':
        opts.clusters = parseClusterSpec(value);
        break;
      case '--cv':
        opts.cv = value.split(';').map(parseClusterSpec);
        break;
      case '--cv-passes':
        opts.cvPasses = Number(value);
        break;
      default:
        throw new Error(`train:ner: unknown option ${flag}`);
    }
  }
  if (opts.train === '')
    throw new Error('train:ner: give --train FILE (CoNLL-2003 format), and --dev FILE or --cv CONFIGS');
  if (opts.cvPasses !== 1 && opts.cvPasses !== 2) throw new Error('train:ner: --cv-passes is 1 or 2');
  if (!(opts.floor >= 0 && opts.floor < 1))
    throw new Error(`train:ner: --floor must be a share in [0, 1), got ${opts.floor}`);
  return opts;
}

const CLASS_INDEX = new Map(CLASSES.map((c, i) => [c, i]));

/** Aligned gold spans and how many could not be aligned onto wink tokens. */
export interface Alignment {
  spans: TokenSpan[];
  unaligned: number;
}

/** Aligns gold character spans onto tokens: a span must start and end on token boundaries in one sentence. */
export function alignSpans(tokens: readonly Token[], spans: readonly GoldSpan[]): Alignment {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  for (const t of tokens) {
    byStart.set(t.start, t.i);
    byEnd.set(t.end, t.i);
  }
  const out: TokenSpan[] = [];
  let unaligned = 0;
  for (const s of spans) {
    const a = byStart.get(s.start);
    const b = byEnd.get(s.end);
    if (a === undefined || b === undefined || b < a || tokens[a]!.sentence !== tokens[b]!.sentence) unaligned++;
    else out.push({ start: a, end: b + 1, cls: CLASS_INDEX.get(s.type)! });
  }
  return { spans: out, unaligned };
}

function prepare(
  docs: ConllDoc[],
  folds: number,
  random: () => number,
): { prepared: Prepared[]; unaligned: number; total: number } {
  let unaligned = 0;
  let total = 0;
  const prepared = docs.map((doc) => {
    const { tokens, sentences } = annotate(doc.text);
    const alignment = alignSpans(tokens, doc.spans);
    unaligned += alignment.unaligned;
    total += doc.spans.length;
    const gold = new Uint8Array(tokens.length);
    encodeSpans(alignment.spans, gold);
    return { doc, tokens, sentences, table: tokenTable(tokens, sentences), gold, fold: Math.floor(random() * folds) };
  });
  return { prepared, unaligned, total };
}

function namesOf(docs: readonly Prepared[]): NameTable {
  const t = new NameTable(16384);
  for (const d of docs)
    for (const s of d.doc.spans) t.addName(d.doc.text.slice(s.start, s.end), GAZ.trainPer + CLASS_INDEX.get(s.type)!);
  return t;
}

function predictedSpans(d: Prepared, tags: Uint8Array): GoldSpan[] {
  const spans: TokenSpan[] = [];
  for (const s of d.sentences) decodeSpans(tags, s.tokenStart, s.tokenEnd, spans);
  return spans.map((s) => ({ start: d.tokens[s.start]!.start, end: d.tokens[s.end - 1]!.end, type: CLASSES[s.cls]! }));
}

const decoder = new Decoder();

function tagAll(model: RowSource, docs: readonly Prepared[], which: 'base' | 'second'): Uint8Array[] {
  return docs.map((d) => {
    const out = new Uint8Array(d.tokens.length);
    for (const s of d.sentences) decoder.decode(model, d[which]!, s.tokenStart, s.tokenEnd, out);
    return out;
  });
}

function devReport(docs: readonly Prepared[], tags: Uint8Array[]): ReturnType<typeof summarise> {
  const counts = emptyClassCounts();
  docs.forEach((d, k) => scoreSpans(predictedSpans(d, tags[k]!), d.doc.spans, counts));
  return summarise(counts);
}

function fmt(r: ReturnType<typeof summarise>): string {
  const p = (x: number): string => (100 * x).toFixed(2);
  return `PER ${p(r.PER.f1)}  ORG ${p(r.ORG.f1)}  LOC ${p(r.LOC.f1)}  micro ${p(r.micro.f1)} (P ${p(r.micro.precision)} R ${p(r.micro.recall)})`;
}

/** Sentences as (doc, from, to) triples in a seeded order. */
function sentenceOrder(docs: readonly Prepared[], random: () => number): Array<[number, number, number]> {
  const order: Array<[number, number, number]> = [];
  docs.forEach((d, k) => {
    for (const s of d.sentences) if (s.tokenEnd > s.tokenStart) order.push([k, s.tokenStart, s.tokenEnd]);
  });
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  return order;
}

function trainPass(
  docs: readonly Prepared[],
  which: 'base' | 'second',
  epochs: number,
  random: () => number,
  onEpoch?: (epoch: number, trainer: PerceptronTrainer) => void,
): PerceptronTrainer {
  const trainer = new PerceptronTrainer(1 << 21);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = sentenceOrder(docs, random);
    for (const [k, from, to] of order) trainer.learn(docs[k]![which]!, from, to, docs[k]!.gold);
    onEpoch?.(epoch, trainer);
  }
  return trainer;
}

/** The cluster table and prefix lengths of a spec (null for none); throws when the cluster file is missing. */
function useOf(spec: ClusterSpec): ClusterUse | null {
  if (spec.own.length === 0 && spec.context.length === 0) return null;
  const table = wordClusters();
  if (table === null) throw new Error('train:ner: data/clusters/words.tsv is missing; run npm run build:clusters');
  return { table, own: spec.own, context: spec.context };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) * (b - m), 0) / Math.max(1, xs.length - 1));
}

/**
 * K-fold cross-validation of each configuration on the training documents alone: fold f is tagged by
 * models trained on the other folds (pass 1; with `passes` 2 also pass 2, trained on the other folds'
 * out-of-fold first-pass tags, as the final training does, and run pruned as production runs it).
 * Every configuration sees the same folds and the same sentence orders.
 */
function crossValidate(opts: Options, train: Prepared[], t0: number): void {
  const p = (x: number): string => (100 * x).toFixed(2);
  const rows: string[] = [];
  for (const spec of opts.cv) {
    const use = useOf(spec);
    const random = seededRandom(opts.seed + 1);
    for (const d of train) d.base = baseFeatures(d.table, d.sentences, d.gaz!, undefined, use);
    const f1 = { 1: [] as number[], 2: [] as number[] };
    const cls2 = { PER: [] as number[], ORG: [] as number[], LOC: [] as number[] };
    const heldOut: Prepared[][] = [];
    const pruned1: RowSource[] = [];
    for (let f = 0; f < opts.folds; f++) {
      const inFold = train.filter((d) => d.fold === f);
      heldOut.push(inFold);
      const trainer = trainPass(
        train.filter((d) => d.fold !== f),
        'base',
        opts.epochs,
        random,
      );
      if (opts.cvPasses === 2) pruned1.push(trainer.freeze(opts.prune, opts.floor));
      const model = trainer.freeze(0);
      const tags = tagAll(model, inFold, 'base');
      tags.forEach((t, k) => {
        inFold[k]!.pass1 = t;
      });
      f1[1].push(devReport(inFold, tags).micro.f1);
    }
    if (opts.cvPasses === 2) {
      for (const d of train)
        d.second = concatFeatures(d.base!, consistencyFeatures(d.table, d.tokens, d.sentences, d.pass1!));
      for (let f = 0; f < opts.folds; f++) {
        const inFold = heldOut[f]!;
        const rest = train.filter((d) => d.fold !== f);
        // The held-out fold as production tags it: pruned pass 1, then pruned pass 2 on its output.
        const pass1 = pruned1[f]!;
        const pass2 = trainPass(rest, 'second', opts.epochs2, random).freeze(opts.prune, opts.floor);
        const saved = inFold.map((d) => d.second!);
        tagAll(pass1, inFold, 'base').forEach((t, k) => {
          const d = inFold[k]!;
          d.second = concatFeatures(d.base!, consistencyFeatures(d.table, d.tokens, d.sentences, t));
        });
        const r = devReport(inFold, tagAll(pass2, inFold, 'second'));
        inFold.forEach((d, k) => {
          d.second = saved[k];
        });
        f1[2].push(r.micro.f1);
        cls2.PER.push(r.PER.f1);
        cls2.ORG.push(r.ORG.f1);
        cls2.LOC.push(r.LOC.f1);
      }
    }
    const line =
      `| ${clusterSpecName(spec)} | ${p(mean(f1[1]))} ± ${p(sd(f1[1]))}` +
      (opts.cvPasses === 2
        ? ` | ${p(mean(f1[2]))} ± ${p(sd(f1[2]))} | ${p(mean(cls2.PER))} | ${p(mean(cls2.ORG))} | ${p(mean(cls2.LOC))}`
        : '') +
      ' |';
    rows.push(line);
    console.log(
      `cv ${clusterSpecName(spec)}: pass 1 folds ${f1[1].map(p).join(' ')}` +
        (opts.cvPasses === 2 ? `; pass 2 folds ${f1[2].map(p).join(' ')}` : '') +
        ` (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }
  console.log(
    `\n${opts.folds}-fold cross-validation on ${opts.train} (seed ${opts.seed}, epochs ${opts.epochs}/${opts.epochs2}), micro F1 mean ± sd over folds:`,
  );
  console.log(
    opts.cvPasses === 2
      ? '| clusters (own/context bits) | pass 1 | pass 2 (pruned) | PER | ORG | LOC |\n|---|---|---|---|---|---|'
      : '| clusters (own/context bits) | pass 1 |\n|---|---|',
  );
  for (const r of rows) console.log(r);
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const random = seededRandom(opts.seed); // fixes fold assignment and every epoch's sentence order
  const external = gazetteers();
  const clusterTable = wordClusters();
  const train = prepare(parseConll(readFileSync(opts.train, 'utf8'), opts.train), opts.folds, random);
  const trainTokens = train.prepared.reduce((n, d) => n + d.tokens.length, 0);
  console.log(
    `train: ${train.prepared.length} docs, ${trainTokens} wink tokens, ${train.total} gold spans (${train.unaligned} not on wink token boundaries)`,
  );
  // Training-name gazetteer: out of fold for training documents, from all training data for dev and run time.
  const foldNames = Array.from({ length: opts.folds }, (_, f) => namesOf(train.prepared.filter((d) => d.fold !== f)));
  const allNames = namesOf(train.prepared);
  const withGaz = (d: Prepared, names: NameTable): void => {
    d.gaz = new Int32Array(d.tokens.length);
    markGazetteers(d.tokens, d.sentences, [names, external], d.gaz);
    if (clusterTable !== null) markClusters(d.table, clusterTable, null);
  };
  for (const d of train.prepared) withGaz(d, foldNames[d.fold]!);
  if (opts.cv.length > 0) {
    crossValidate(opts, train.prepared, t0);
    return;
  }
  // Without --dev nothing is scored on held-out data while training (the tuning protocol scores the final
  // model once, with npm run eval); dev documents draw nothing from `random`, so the weights are the same.
  const dev =
    opts.dev === ''
      ? { prepared: [] as Prepared[], total: 0, unaligned: 0 }
      : prepare(parseConll(readFileSync(opts.dev, 'utf8'), opts.dev), 1, () => 0);
  const hasDev = dev.prepared.length > 0;
  if (hasDev)
    console.log(
      `dev: ${dev.prepared.length} docs, ${dev.total} gold spans (${dev.unaligned} not on wink token boundaries)`,
    );
  for (const d of dev.prepared) withGaz(d, allNames);
  const use = useOf(opts.clusters);
  for (const d of [...train.prepared, ...dev.prepared])
    d.base = baseFeatures(d.table, d.sentences, d.gaz!, undefined, use);
  console.log(
    `features ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (clusters ${clusterSpecName(opts.clusters)})`,
  );
  // First pass, cross-validated: each fold is tagged by a model that never saw it.
  for (let f = 0; f < opts.folds; f++) {
    const inFold = train.prepared.filter((d) => d.fold === f);
    const trainer = trainPass(
      train.prepared.filter((d) => d.fold !== f),
      'base',
      opts.epochs,
      random,
    );
    const model = trainer.freeze(0);
    tagAll(model, inFold, 'base').forEach((tags, k) => {
      inFold[k]!.pass1 = tags;
    });
    console.log(`pass 1 fold ${f + 1}/${opts.folds} done at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const pass1Trainer = trainPass(train.prepared, 'base', opts.epochs, random, (epoch, trainer) => {
    if (hasDev)
      console.log(
        `pass 1 epoch ${epoch}: dev ${fmt(devReport(dev.prepared, tagAll(trainer.freeze(0), dev.prepared, 'base')))}`,
      );
  });
  const pass1 = pass1Trainer.freeze(opts.prune, opts.floor);
  tagAll(pass1, dev.prepared, 'base').forEach((tags, k) => {
    dev.prepared[k]!.pass1 = tags;
  });
  console.log(
    `pass 1 pruned (|w| > ${opts.prune}, weights below ${opts.floor} of the largest dropped): ${pass1.keys.length} features` +
      (hasDev
        ? `; dev ${fmt(
            devReport(
              dev.prepared,
              dev.prepared.map((d) => d.pass1!),
            ),
          )}`
        : ''),
  );

  for (const d of [...train.prepared, ...dev.prepared])
    d.second = concatFeatures(d.base!, consistencyFeatures(d.table, d.tokens, d.sentences, d.pass1!));
  let last = '';
  const pass2Trainer = trainPass(train.prepared, 'second', opts.epochs2, random, (epoch, trainer) => {
    if (!hasDev) return;
    last = fmt(devReport(dev.prepared, tagAll(trainer.freeze(0), dev.prepared, 'second')));
    console.log(`pass 2 epoch ${epoch}: dev ${last}`);
  });
  const pass2 = pass2Trainer.freeze(opts.prune, opts.floor);
  const final = devReport(dev.prepared, tagAll(pass2, dev.prepared, 'second'));
  console.log(`pass 2 pruned: ${pass2.keys.length} features` + (hasDev ? `; dev ${fmt(final)}` : ''));

  const seconds = (performance.now() - t0) / 1000;
  const bytes = writeModel({
    pass1,
    pass2,
    trainNames: allNames,
    info: {
      data: 'CoNLL-2003 English train (token and NER columns), aligned onto wink tokens',
      epochs: opts.epochs,
      epochs2: opts.epochs2,
      folds: opts.folds,
      seed: opts.seed,
      prune: opts.prune,
      floor: opts.floor,
      ...(use === null
        ? {}
        : {
            clusters: {
              own: use.own,
              context: use.context,
              depth: use.table.depth,
              file: `data/clusters/words.tsv sha256 ${sha256(readFileSync(new URL('../../../data/clusters/words.tsv', import.meta.url))).slice(0, 12)}`,
            },
          }),
      ...(hasDev
        ? {
            devMicroF1: Number(final.micro.f1.toFixed(4)),
            devPerF1: Number(final.PER.f1.toFixed(4)),
            devOrgF1: Number(final.ORG.f1.toFixed(4)),
            devLocF1: Number(final.LOC.f1.toFixed(4)),
          }
        : {}),
      ntags: NTAGS,
    },
  });
  writeFileSync(opts.out, bytes);
  console.log(
    `wrote ${opts.out}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB; training took ${seconds.toFixed(1)} s`,
  );

  if (!hasDev) return;
  // The written file, read back and run exactly as production runs it (packed table, span clean-up).
  const saved = readModel(bytes);
  const packed = new PackedTwoPass(saved.pass1, saved.pass2);
  const savedClusters = clusterUse(saved, clusterTable);
  const counts = emptyClassCounts();
  for (const d of dev.prepared) {
    const tagged = tagDocument(packed, d.tokens, d.sentences, [saved.trainNames, external], savedClusters);
    const spans: TokenSpan[] = [];
    for (const s of d.sentences) decodeSpans(tagged.pass2, s.tokenStart, s.tokenEnd, spans);
    const refined = refineSpans(d.tokens, spans, tagged.gaz, refineVocabulary());
    scoreSpans(
      refined.map((s) => ({ start: d.tokens[s.start]!.start, end: d.tokens[s.end - 1]!.end, type: CLASSES[s.cls]! })),
      d.doc.spans,
      counts,
    );
  }
  console.log(`dev through the production path (model file, clean-up rules): ${fmt(summarise(counts))}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
