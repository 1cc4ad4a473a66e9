import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, mixArticles, seededRandom, writeCorpus, type CorpusDoc } from '../../src/dev/bench/corpus.js';

const POOL: CorpusDoc[] = [
  {
    name: 'a',
    source: 't',
    text: 'Monday, May 3, 2010\n\nAcme buys Foo\n\nAcme bought Foo on Monday. The deal closed. Shares rose.\n',
  },
  {
    name: 'b',
    source: 't',
    text: 'Bar wins award\n\nBar won the award in Paris. Critics agreed! Was it deserved? Yes.\n',
  },
];

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and stays in [0, 1)', () => {
    const x = seededRandom(7);
    const y = seededRandom(7);
    const xs = Array.from({ length: 100 }, x);
    expect(Array.from({ length: 100 }, y)).toEqual(xs);
    expect(xs.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(90);
  });
});

describe('mixArticles', () => {
  it('adds varied article-sized documents with a date line until the size is reached', () => {
    const mixed = mixArticles(POOL, 60_000, 1000);
    const bytes = mixed.reduce((n, d) => n + Buffer.byteLength(d.text), 1000);
    expect(bytes).toBeGreaterThanOrEqual(60_000);
    expect(new Set(mixed.map((d) => d.text)).size).toBe(mixed.length);
    for (const d of mixed) {
      expect(d.text).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}\n\n/);
      expect(d.text.length).toBeGreaterThan(1000);
    }
    expect(mixArticles(POOL, 60_000, 1000)).toEqual(mixed);
  });

  it('adds nothing when the corpus is already large enough', () => {
    expect(mixArticles(POOL, 100, 200)).toEqual([]);
  });
});

describe('buildCorpus / writeCorpus', () => {
  it('reads bundled articles, works without datasets and writes one file per document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-test-'));
    const articles = join(dir, 'articles');
    const out = join(dir, 'out');
    writeCorpus(articles, POOL);
    writeFileSync(join(articles, 't', 'ignored.md'), 'not a txt');
    const docs = buildCorpus(join(articles, 't'), join(dir, 'no-datasets'), 20_000);
    expect(docs.filter((d) => d.source === 'data/articles').map((d) => d.name)).toEqual(['a.txt', 'b.txt']);
    const written = writeCorpus(out, docs);
    expect(written.bytes).toBeGreaterThanOrEqual(20_000);
    expect(readdirSync(join(out, 'mixed')).length + readdirSync(join(out, 'data-articles')).length).toBe(docs.length);
  });
});
