/**
 * Soak corpus: many generated news-like articles, some hostile, each with the outcome a correct run
 * must give it (a record, or a failure with a given code). Deterministic for a seed (the bench's
 * seeded generator).
 */
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articleIdFromHash, sha256 } from '../../ids.js';
import { seededRandom } from '../bench/corpus.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../words.js';
import type { FailureCode } from '../../codes.js';

/** What a correct run must do with one generated file. */
export interface Expectation {
  relPath: string;
  /** Article id when a record is expected (content-derived). */
  articleId?: string;
  /** Failure code when the file must fail. */
  failure?: FailureCode;
}

const PEOPLE = [
  'Angela Merkel',
  'Barack Obama',
  'Maria Lopez',
  'John Smith',
  'Li Wei',
  'Amina Yusuf',
  'Pierre Dubois',
  'Olga Petrova',
  'Kofi Annan',
  'Ana Silva',
];
const GROUPS = [
  'the United Nations',
  'the European Union',
  'Reuters',
  'the World Bank',
  'Siemens',
  'the Red Cross',
  'NATO',
  'the Senate',
];
const PLACES = ['Berlin', 'Paris', 'Nairobi', 'Tokyo', 'Lima', 'Cairo', 'Toronto', 'Jakarta', 'Madrid', 'Kyiv'];
const VERBS = ['met', 'criticised', 'visited', 'praised', 'sued', 'hired', 'warned', 'thanked'];
const WHEN = [
  'on Monday',
  'last week',
  'yesterday',
  'on June 3',
  'in March 2023',
  'two days ago',
  'next Friday',
  'this morning',
];
const FILLER = [
  'Officials said the talks were constructive.',
  'The meeting lasted three hours.',
  'Markets reacted calmly to the news.',
  'No agreement was signed.',
  'Protesters gathered outside the building.',
  'A spokesman declined to comment.',
];
const MONTHS = MONTH_NAMES;

/** One ordinary article; `n` makes it unique. */
export function newsArticle(rand: () => number, n: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const date = `${pick(WEEKDAY_NAMES)}, ${pick(MONTHS)} ${1 + Math.floor(rand() * 28)}, ${2015 + Math.floor(rand() * 10)}`;
  const sentences: string[] = [];
  const count = 3 + Math.floor(rand() * 8);
  for (let i = 0; i < count; i++) {
    sentences.push(
      rand() < 0.6 ? `${pick(PEOPLE)} ${pick(VERBS)} ${pick(GROUPS)} in ${pick(PLACES)} ${pick(WHEN)}.` : pick(FILLER),
    );
  }
  return `${date}\n\nReport ${n}: ${pick(PLACES)} talks\n\n${sentences.join(' ')}\n\nFiled as item ${n}.\n`;
}

/** The hostile kinds, each with its expected outcome. */
const HOSTILE: Array<{
  kind: string;
  ext: string;
  make: (n: number, rand: () => number) => Uint8Array | null;
  failure?: FailureCode;
}> = [
  { kind: 'empty', ext: 'txt', make: () => new Uint8Array(), failure: 'E_EMPTY' },
  { kind: 'whitespace', ext: 'txt', make: () => Buffer.from(' \n\t \r\n'), failure: 'E_EMPTY' },
  {
    kind: 'binary',
    ext: 'txt',
    make: (n) =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), Buffer.from(`${n}`), Buffer.alloc(64)]),
    failure: 'E_BINARY',
  },
  {
    kind: 'invalid-utf8',
    ext: 'txt',
    make: (n, r) => Buffer.concat([Buffer.from(newsArticle(r, n)), Buffer.from([0xc3, 0x28, 0xff])]),
  },
  {
    kind: 'utf16',
    ext: 'txt',
    make: (n, r) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(newsArticle(r, n), 'utf16le')]),
  },
  {
    kind: 'crlf',
    ext: 'txt',
    make: (n, r) => Buffer.from(newsArticle(r, n).replace(/\n/g, () => (r() < 0.5 ? '\r\n' : '\r'))),
  },
  {
    kind: 'nested-html',
    ext: 'html',
    make: (n, r) => Buffer.from(`${'<div>'.repeat(3000)}${newsArticle(r, n)}${'</div>'.repeat(3000)}`),
  },
  {
    kind: 'script-html',
    ext: 'html',
    make: (n, r) =>
      Buffer.from(
        `<html><head><style>p{}</style><script>var x = "${'y'.repeat(2000)}";</script></head><body><p>${newsArticle(r, n)}</p><script>alert(1)</script></body></html>`,
      ),
  },
  {
    kind: 'mixed-scripts',
    ext: 'txt',
    make: (n, r) =>
      Buffer.from(`\u200f\u0645\u0631\u062d\u0628\u0627 👩\u200d👩\u200d👧 ${newsArticle(r, n)} 🇩🇪 caf\u00e9`),
  },
  {
    kind: 'endless-line',
    ext: 'txt',
    make: (n) =>
      Buffer.from(
        `${Array.from({ length: 8000 }, (_, i) => ['word', 'Berlin', 'talks', 'river', 'Merkel'][i % 5]).join(' ')} ${n}`,
      ),
  },
  { kind: 'capitals', ext: 'txt', make: (n) => Buffer.from(`${'ABC DEF '.repeat(2000)}${n}`) },
  { kind: 'too-large', ext: 'txt', make: () => null, failure: 'E_TOO_LARGE' },
];

/** Size cap the soak config uses (the too-large files are a sparse twice this). */
export const SOAK_MAX_FILE_BYTES = 1_000_000;

/**
 * Writes `count` articles under `dir` (1,000 per sub-folder); about one in `hostileEvery` is hostile.
 * Returns what a correct run must do with each.
 */
export function generateCorpus(dir: string, count: number, seed = 7, hostileEvery = 25): Expectation[] {
  const rand = seededRandom(seed);
  const expectations: Expectation[] = [];
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const hostile =
      i % hostileEvery === hostileEvery - 1 ? HOSTILE[Math.floor(i / hostileEvery) % HOSTILE.length]! : null;
    const name = hostile ? `${hostile.kind}-${i}.${hostile.ext}` : `article-${i}.txt`;
    const file = path.join(folder, name);
    const relPath = path.relative(dir, file).split(path.sep).join('/');
    let bytes: Uint8Array | null = hostile ? hostile.make(i, rand) : Buffer.from(newsArticle(rand, i));
    if (bytes === null) {
      writeFileSync(file, '');
      truncateSync(file, SOAK_MAX_FILE_BYTES * 2);
    } else {
      writeFileSync(file, bytes);
    }
    if (hostile?.failure) expectations.push({ relPath, failure: hostile.failure });
    else expectations.push({ relPath, articleId: articleIdFromHash(sha256(bytes!)) });
    bytes = null;
  }
  return expectations;
}
