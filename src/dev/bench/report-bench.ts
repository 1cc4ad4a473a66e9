/**
 * `npm run bench:report [-- --articles N --rounds R --keep]`: how big `dossier report` makes a page for a
 * large output and how fast chromium opens it.
 *
 * 1. Real records: the pipeline runs over the benchmark corpus (bundled articles plus, when
 *    ../shared/datasets is present, CoNLL-2003, TimeBank and MEANTIME texts; see corpus.ts).
 * 2. A synthetic output of N articles (default 20,000) is made from them: record i is real record
 *    i mod n with a fresh article id and its publication date (and every full date in it) moved so the
 *    copies spread over two years. Texts, entities and events are real; the same text recurs only every
 *    n articles, further apart than a compressed block, so compression is not flattered.
 * 3. The report is built in process (timed) and opened R times in Debian's chromium (playwright-core):
 *    time from navigation to the page's ready mark, and to one article's text shown.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildReport } from '../../report/build.js';
import { buildCorpus, writeCorpus } from './corpus.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const DAY = 86_400_000;
/** Moves a TimeML value's leading date (a day, or a month) by `days`. */
function shiftDate(value: string, days: number): string {
  const moved = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString();
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return moved(value.slice(0, 10)).slice(0, 10) + value.slice(10);
  if (/^\d{4}-\d{2}$/.test(value)) return moved(`${value}-15`).slice(0, 7);
  return value;
}

/** The parts of a record the synthesizer changes; the rest is copied as it is. */
interface RecordLike {
  articleId?: string;
  publication?: { date?: string | null };
  timexes?: Array<{ value?: unknown }>;
  events?: Array<{ date?: { value?: unknown } }>;
  text?: unknown;
}

/** Copies of real records spread over two years from 2023-01-01. */
function synthesize(records: RecordLike[], n: number, outRecords: string): void {
  mkdirSync(outRecords, { recursive: true });
  const start = Date.parse('2023-01-01T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const rec = structuredClone(records[i % records.length]);
    const id = `a_${createHash('sha256').update(`synthetic ${i}`).digest('hex').slice(0, 16)}`;
    const target = new Date(start + Math.floor((i / n) * 730) * DAY).toISOString().slice(0, 10);
    const old = rec.publication?.date;
    const delta = typeof old === 'string' ? Math.round((Date.parse(target) - Date.parse(old)) / DAY) : 0;
    rec.articleId = id;
    rec.publication = { ...(rec.publication ?? {}), date: target };
    for (const t of rec.timexes ?? []) if (typeof t.value === 'string') t.value = shiftDate(t.value, delta);
    for (const e of rec.events ?? [])
      if (typeof e.date?.value === 'string') e.date.value = shiftDate(e.date.value, delta);
    writeFileSync(path.join(outRecords, `${id}.json`), JSON.stringify(rec));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const n = arg('articles', 20_000);
  const rounds = arg('rounds', 3);
  const keep = process.argv.includes('--keep');
  const work = path.join(os.tmpdir(), `dossier-report-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const corpusDir = path.join(work, 'corpus');
    const docs = buildCorpus(
      path.join(REPO, 'data', 'articles'),
      path.join(REPO, '..', 'shared', 'datasets'),
      5_000_000,
    );
    writeCorpus(corpusDir, docs);
    const real = path.join(work, 'real');
    const t0 = Date.now();
    const run = spawnSync(
      process.execPath,
      [path.join(REPO, 'dist', 'cli.js'), 'run', '-i', corpusDir, '-o', real, '--workers', '1'],
      {
        encoding: 'utf8',
      },
    );
    if (run.status !== 0 && run.status !== 1) throw new Error(`dossier run failed: ${run.stderr}`);
    const names = readdirSync(path.join(real, 'records')).filter((f) => f.endsWith('.json'));
    const records = names.map((f) => JSON.parse(readFileSync(path.join(real, 'records', f), 'utf8')) as RecordLike);
    console.log(
      `real records: ${records.length} from ${docs.length} documents (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );

    const synth = path.join(work, 'synthetic');
    synthesize(records, n, path.join(synth, 'records'));
    mkdirSync(path.join(synth, 'runs'), { recursive: true });
    for (const f of readdirSync(path.join(real, 'runs')))
      writeFileSync(path.join(synth, 'runs', f), readFileSync(path.join(real, 'runs', f)));
    const textBytes = records.reduce((s, r) => s + Buffer.byteLength(String(r.text ?? '')), 0) * (n / records.length);
    console.log(`synthetic output: ${n} records, ~${(textBytes / 1e6).toFixed(1)} MB of article text`);

    const buildMs: number[] = [];
    let html = '';
    let stats: Awaited<ReturnType<typeof buildReport>>['stats'] | null = null;
    for (let r = 0; r < rounds; r++) {
      const b0 = performance.now();
      ({ html, stats } = await buildReport(synth));
      buildMs.push(performance.now() - b0);
    }
    const file = path.join(work, 'report.html');
    writeFileSync(file, html);
    if (!stats) throw new Error('no report built');
    console.log(
      `page: ${(stats.bytes / 1e6).toFixed(2)} MB · ${stats.articles} articles, ${stats.articlesWithText} with text · ${stats.entities} entities · ${stats.events} events · ${stats.places} places`,
    );

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const readyMs: number[] = [];
    const scriptMs: number[] = [];
    const articleMs: number[] = [];
    try {
      for (let r = 0; r < rounds; r++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const l0 = performance.now();
        await page.goto(`file://${file}`);
        await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
        readyMs.push(performance.now() - l0);
        scriptMs.push((await page.evaluate('window.__reportReadyMs')) as number);
        const a0 = performance.now();
        await page.locator('#article-list li button').first().click();
        await page.waitForSelector('#article-detail .article-text');
        articleMs.push(performance.now() - a0);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(`build (in process): ${fmt(buildMs)}`);
    console.log(`open to ready (navigation + parse + inflate + first render): ${fmt(readyMs)}`);
    console.log(`  of which the page script after parse: ${fmt(scriptMs)}`);
    console.log(`open one article (inflate its block + render): ${fmt(articleMs)}`);
    console.log(
      `load: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} (1/5/15 min), ${os.cpus().length} cores`,
    );
    if (keep) console.log(`kept: ${work}`);
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
