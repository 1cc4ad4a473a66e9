/**
 * The benchmark corpus: article-sized, varied documents written as `.txt` files. Sources, in order:
 * the bundled `data/articles`, then — when the shared datasets are present (a dev machine; the product
 * never reads them) — CoNLL-2003 documents, TimeBank/AQUAINT texts and MEANTIME articles. If that is
 * still under the target size, "mixed" articles are added: each takes its title line from one document
 * and its sentences from several others, chosen by a seeded generator, so no text is one repeated.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../eval/conll.js';
import { parseTimeMl } from '../eval/timeml.js';
import { parseCat } from '../eval/cat.js';
import { wikinewsArticle, formatDateLine } from '../eval/wikinews.js';
import { detokenize } from '../eval/detok.js';
import { listFiles } from '../eval/files.js';

/** One document of the corpus. */
export interface CorpusDoc {
  name: string;
  source: string;
  text: string;
}

/** A small seeded generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bundled sample articles. */
export function bundledArticles(dir: string): CorpusDoc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, source: 'data/articles', text: readFileSync(join(dir, f), 'utf8') }));
}

/** Documents rebuilt from the shared datasets under `root` (empty when absent). */
export function datasetArticles(root: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const split of ['eng.train', 'eng.testa']) {
    const file = join(root, 'conll2003', split);
    if (!existsSync(file)) continue;
    for (const d of parseConll(readFileSync(file, 'utf8'), split)) {
      // CoNLL keeps tokens only; re-spacing them makes the text read like an article again.
      const text = d.text
        .split('\n')
        .map((line) => detokenize(line.split(' ')).text)
        .join('\n');
      docs.push({ name: d.id.replace('#', '-'), source: 'conll2003', text: `${text}\n` });
    }
  }
  const tb = ['TimeBank', 'AQUAINT'].map((c) => join(root, 'timebank', c)).filter(existsSync);
  for (const file of listFiles(tb, /\.tml$/i)) {
    const d = parseTimeMl(readFileSync(file, 'utf8'));
    const dateLine = d.dct ? `${formatDateLine(d.dct)}\n\n` : '';
    docs.push({ name: d.docId, source: 'timebank', text: `${dateLine}${d.text.trim()}\n` });
  }
  const mt = ['corpus_airbus', 'corpus_apple'].map((c) => join(root, 'meantime', c)).filter(existsSync);
  for (const file of listFiles(mt, /\.xml$/i)) {
    const cat = parseCat(readFileSync(file, 'utf8'));
    try {
      docs.push({ name: cat.docName, source: 'meantime', text: wikinewsArticle(cat).text });
    } catch {
      // Two MEANTIME files carry no creation time; they are simply left out of the corpus.
    }
  }
  return docs;
}

const SENTENCE_END = /(?<=[.!?]["”']?)\s+(?=["“']?[A-Z])/;

/** Adds mixed articles built from `pool` until the corpus reaches `minBytes`. */
export function mixArticles(
  pool: readonly CorpusDoc[],
  minBytes: number,
  currentBytes: number,
  seed = 20240620,
): CorpusDoc[] {
  const random = seededRandom(seed);
  const paragraphs = pool.map((d) =>
    d.text
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  );
  const sentences = paragraphs.flatMap((ps) => ps.slice(1).flatMap((p) => p.split(SENTENCE_END)));
  if (sentences.length === 0) throw new Error('bench corpus: no sentences to mix; add articles to data/articles');
  const out: CorpusDoc[] = [];
  let bytes = currentBytes;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  while (bytes < minBytes) {
    const title = pick(paragraphs)[0] ?? 'Untitled';
    const body: string[] = [];
    const target = 1500 + Math.floor(random() * 4500);
    let size = 0;
    while (size < target) {
      const para = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(sentences)).join(' ');
      body.push(para);
      size += para.length;
    }
    const year = 1996 + Math.floor(random() * 28);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const text = `${formatDateLine(date)}\n\n${title}\n\n${body.join('\n\n')}\n`;
    out.push({ name: `mixed-${out.length + 1}`, source: 'mixed', text });
    bytes += Buffer.byteLength(text);
  }
  return out;
}

/** Builds the corpus and writes it to `outDir` as `<source>/<name>.txt`. */
export function writeCorpus(outDir: string, docs: readonly CorpusDoc[]): { files: number; bytes: number } {
  let bytes = 0;
  for (const d of docs) {
    const dir = join(outDir, d.source.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${d.name.replace(/[^\w.-]+/g, '_')}.txt`), d.text);
    bytes += Buffer.byteLength(d.text);
  }
  return { files: docs.length, bytes };
}

/** All documents for a corpus of at least `minBytes`. */
export function buildCorpus(articlesDir: string, datasetsRoot: string, minBytes: number): CorpusDoc[] {
  const docs = [...bundledArticles(articlesDir), ...datasetArticles(datasetsRoot)];
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  return [...docs, ...mixArticles(docs, minBytes, bytes)];
}
