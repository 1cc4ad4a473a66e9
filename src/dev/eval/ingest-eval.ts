/**
 * `dossier eval ingest`: scores the ingest stage on the gold set `eval/gold/ingest/` (see its
 * PROVENANCE.md). Per split (dev, held-out): publication-date accuracy, main-text recall and the
 * boilerplate share of kept tokens (bags of lower-cased word tokens), and encodings decoded right on
 * the legacy-encoding files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { pino } from 'pino';
import { newArticleDoc } from '../../pipeline/article-doc.js';
import { ingestStage } from '../../stages/ingest.js';
import type { ArticleDoc } from '../../types.js';
import type { Resources } from '../../resources.js';
import type { GoldEntry } from './ingest-gold/gold.js';

/** Default gold folder, beside the repo's `eval/`. */
export const INGEST_GOLD_DIR = fileURLToPath(new URL('../../../eval/gold/ingest/', import.meta.url));

/** One miss, for `--errors`. */
export interface IngestError {
  file: string;
  kind: 'pubdate' | 'recall' | 'boilerplate' | 'encoding' | 'failed';
  detail: string;
}

/** Figures of one split. */
export interface IngestSplitScore {
  split: string;
  files: number;
  pubdateRight: number;
  pubdateAccuracy: number;
  /** Gold main-text tokens kept / gold main-text tokens (micro). */
  recall: number;
  /** Kept tokens that are neither main nor neutral text / kept tokens (micro). */
  boilerplateShare: number;
  encodingFiles: number;
  encodingsRight: number;
  /** Per shape: files, dates right, recall, boilerplate share. */
  byShape: Record<string, { files: number; pubdateRight: number; recall: number; boilerplateShare: number }>;
  extractor: Record<string, number>;
  errors: IngestError[];
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function bag(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Ingest needs no model or gazetteer: scoring it alone loads none, and fails loudly if that changes. */
const NO_RESOURCES = new Proxy({} as Resources, {
  get(_t, key) {
    throw new Error(`the ingest stage read resources.${String(key)}; load them in the ingest scorer`);
  },
});

/** Runs the ingest stage alone on one file. */
function ingestFile(bytes: Uint8Array, relPath: string): ArticleDoc {
  const doc = newArticleDoc(
    { path: relPath, relPath, size: bytes.length, mtimeMs: 0 },
    bytes,
    '',
    'a_0000000000000000',
  );
  ingestStage.run(doc, {
    log: pino({ level: 'silent' }),
    settings: { fallbackPublicationDate: null, minEventConfidence: 0.5 },
    resources: NO_RESOURCES,
  });
  return doc;
}

/** Reads `gold.jsonl`. */
export function readGold(dir: string): GoldEntry[] {
  return readFileSync(path.join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldEntry);
}

/** Scores one split (or `all`). */
export function scoreIngest(dir: string, split: 'dev' | 'held-out' | 'all'): IngestSplitScore {
  const entries = readGold(dir).filter((e) => split === 'all' || e.split === split);
  let goldTokens = 0;
  let keptMain = 0;
  let keptTokens = 0;
  let keptOther = 0;
  let pubdateRight = 0;
  let encodingFiles = 0;
  let encodingsRight = 0;
  const errors: IngestError[] = [];
  const byShape: IngestSplitScore['byShape'] = {};
  const shapeCounts: Record<string, { g: number; km: number; k: number; ko: number }> = {};
  const extractor: Record<string, number> = {};
  for (const e of entries) {
    const bytes = readFileSync(path.join(dir, 'files', e.file));
    let doc: ArticleDoc | null = null;
    try {
      doc = ingestFile(bytes, e.file);
    } catch (err) {
      errors.push({ file: e.file, kind: 'failed', detail: (err as Error).message });
    }
    const text = doc?.text ?? '';
    const kind = doc?.warnings.some((w) => w.code === 'W_HTML_UNUSUAL')
      ? 'walker'
      : /html/.test(e.shape)
        ? 'html'
        : 'text';
    extractor[kind] = (extractor[kind] ?? 0) + 1;
    const date = doc?.publication.date ?? null;
    const dateOk = date === e.pubdate;
    if (dateOk) pubdateRight++;
    else
      errors.push({
        file: e.file,
        kind: 'pubdate',
        detail: `expected ${e.pubdate} (${e.dateSource}), got ${date} from ${doc?.publication.source} "${doc?.publication.evidence ?? ''}"`,
      });
    const gold = bag(tokens(e.main.join('\n')));
    const neutral = bag(tokens(e.neutral.join('\n')));
    const kept = tokens(text);
    let m = 0;
    let other = 0;
    const leftovers: string[] = [];
    const g = new Map(gold);
    for (const t of kept) {
      const left = g.get(t) ?? 0;
      if (left > 0) {
        g.set(t, left - 1);
        m++;
        continue;
      }
      const n = neutral.get(t) ?? 0;
      if (n > 0) {
        neutral.set(t, n - 1);
        continue;
      }
      other++;
      leftovers.push(t);
    }
    const gTotal = [...gold.values()].reduce((a, b) => a + b, 0);
    goldTokens += gTotal;
    keptMain += m;
    keptTokens += kept.length;
    keptOther += other;
    const missing = [...g].filter(([, n]) => n > 0).map(([t]) => t);
    if (m < gTotal)
      errors.push({ file: e.file, kind: 'recall', detail: `missing ${gTotal - m}: ${missing.slice(0, 12).join(' ')}` });
    if (other > 0)
      errors.push({ file: e.file, kind: 'boilerplate', detail: `${other} kept: ${leftovers.slice(0, 16).join(' ')}` });
    const sc = (shapeCounts[e.shape] ??= { g: 0, km: 0, k: 0, ko: 0 });
    sc.g += gTotal;
    sc.km += m;
    sc.k += kept.length;
    sc.ko += other;
    const bs = (byShape[e.shape] ??= { files: 0, pubdateRight: 0, recall: 0, boilerplateShare: 0 });
    bs.files++;
    if (dateOk) bs.pubdateRight++;
    if (e.encoding !== undefined) {
      encodingFiles++;
      // Right when every main-text token with a non-ASCII letter is kept exactly and nothing is garbled.
      const keptSet = new Set(kept);
      const accented = [...gold.keys()].filter((t) => /[^\p{ASCII}]/u.test(t));
      const lost = accented.filter((t) => !keptSet.has(t));
      const garbled = /\ufffd|Ã[\u0080-\u00bf]|â€/.test(text);
      if (lost.length === 0 && !garbled && doc !== null) encodingsRight++;
      else
        errors.push({
          file: e.file,
          kind: 'encoding',
          detail: `written as ${e.encoding}, decoded as ${doc?.encoding?.name} (${doc?.encoding?.source}); lost: ${lost.slice(0, 6).join(' ')}${garbled ? '; garbled characters kept' : ''}`,
        });
    }
  }
  for (const [shape, c] of Object.entries(shapeCounts)) {
    byShape[shape]!.recall = c.g === 0 ? 1 : c.km / c.g;
    byShape[shape]!.boilerplateShare = c.k === 0 ? 0 : c.ko / c.k;
  }
  return {
    split,
    files: entries.length,
    pubdateRight,
    pubdateAccuracy: entries.length === 0 ? 0 : pubdateRight / entries.length,
    recall: goldTokens === 0 ? 0 : keptMain / goldTokens,
    boilerplateShare: keptTokens === 0 ? 0 : keptOther / keptTokens,
    encodingFiles,
    encodingsRight,
    byShape,
    extractor,
    errors,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The report as a table. */
export function formatIngestScore(s: IngestSplitScore): string {
  const lines = [
    `ingest gold set, ${s.split} split: ${s.files} files`,
    `  publication date right   ${s.pubdateRight}/${s.files} = ${pct(s.pubdateAccuracy)}   (target ≥ 97%)`,
    `  main-text recall         ${pct(s.recall)}   (target ≥ 97%)`,
    `  boilerplate share        ${pct(s.boilerplateShare)}   (target ≤ 3%)`,
    `  encodings right          ${s.encodingsRight}/${s.encodingFiles}   (target 100%)`,
    '',
    `  ${'shape'.padEnd(22)} files  dates  recall  boilerplate`,
  ];
  for (const [shape, b] of Object.entries(s.byShape).sort())
    lines.push(
      `  ${shape.padEnd(22)} ${String(b.files).padStart(5)}  ${String(b.pubdateRight).padStart(5)}  ${pct(b.recall).padStart(6)}  ${pct(b.boilerplateShare).padStart(6)}`,
    );
  return lines.join('\n');
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, got "${v}"`);
  return n;
}

/** Adds `dossier eval ingest` to the eval command. */
export function addIngestEvalCommand(cmd: Command): void {
  cmd
    .command('ingest')
    .description(
      'ingest on its own gold set (eval/gold/ingest): publication-date accuracy, main-text recall, boilerplate share, encodings',
    )
    .addOption(
      new Option('--split <split>', 'which part of the gold set to score (held-out: score only at the end)')
        .choices(['dev', 'held-out', 'all', 'both'])
        .default('dev'),
    )
    .option('--dir <dir>', 'gold folder', INGEST_GOLD_DIR)
    .option('--json', 'print the JSON report instead of the table')
    .option('--errors <n>', 'list up to N misses of each kind', nonNegativeInt)
    .addHelpText('after', '\nExamples:\n  dossier eval ingest\n  dossier eval ingest --split both --errors 5')
    .action((opts: { split: string; dir: string; json?: boolean; errors?: number }) => {
      const splits =
        opts.split === 'both' ? (['dev', 'held-out'] as const) : [opts.split as 'dev' | 'held-out' | 'all'];
      const scores = splits.map((s) => scoreIngest(opts.dir, s));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(scores.length === 1 ? scores[0] : scores, null, 2)}\n`);
        return;
      }
      for (const s of scores) {
        process.stdout.write(`${formatIngestScore(s)}\n`);
        if (opts.errors) {
          const byKind = new Map<string, IngestError[]>();
          for (const e of s.errors) (byKind.get(e.kind) ?? byKind.set(e.kind, []).get(e.kind)!).push(e);
          for (const [kind, list] of byKind) {
            process.stdout.write(`\n  ${kind}: ${list.length}\n`);
            for (const e of list.slice(0, opts.errors)) process.stdout.write(`    ${e.file}: ${e.detail}\n`);
          }
        }
        process.stdout.write('\n');
      }
    });
}
