#!/usr/bin/env node
/**
 * `npm run check:order [-- DIR|FILE …]`: same input, same output, whatever a worker read before.
 *
 * Two worker threads (each with its own wink instance, as the batch runner's workers have) run the
 * full pipeline over the same texts, one in order and one in reverse order, and every record is
 * compared. A difference means some stage carries state from one article to the next (wink's
 * process-wide lexicon did: see `historyFreeModel` in src/nlp/wink.ts). Texts: CoNLL-2003 documents
 * (rebuilt as production text) and TimeML `<TEXT>` bodies under the given paths, by default the CoNLL
 * training and development files and TimeBank under `$DOSSIER_DATASETS` (else ../shared/datasets).
 * Exit 0 when every record matches (or no dataset is present), 1 when some differ.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { parseConll } from '../ner/conll.js';
import { parseTimeMl } from './timeml.js';
import { listFiles } from './files.js';
import { DEFAULT_SETTINGS, createArticleProcessor, extractText } from '../../pipeline/extract.js';

/** The texts of every CoNLL file and TimeML file under `paths`, in a fixed order. */
export function loadTexts(paths: readonly string[]): string[] {
  const texts: string[] = [];
  for (const p of paths) {
    const files = statSync(p).isDirectory() ? listFiles([p], /\.(tml|xml)$/) : [p];
    for (const f of files) {
      const content = readFileSync(f, 'utf8');
      if (/\.(tml|xml)$/.test(f)) texts.push(parseTimeMl(content, f).text);
      else texts.push(...parseConll(content, f).map((d) => d.text));
    }
  }
  return texts;
}

/** One hash per text (by index), of the record with the fields that legitimately vary removed. */
function digests(texts: readonly string[], reverse: boolean): string[] {
  const processor = createArticleProcessor({ ...DEFAULT_SETTINGS, forcedPublicationDate: '2000-01-01' });
  const out = new Array<string>(texts.length).fill('');
  const order = [...texts.keys()];
  if (reverse) order.reverse();
  for (const i of order) {
    const result = extractText(processor, texts[i]!, `doc-${i}.txt`);
    out[i] = createHash('sha256')
      .update(result.ok ? JSON.stringify(result.record) : `failed:${result.failure.code}`)
      .digest('hex');
  }
  return out;
}

function runWorker(paths: readonly string[], reverse: boolean): Promise<string[]> {
  return new Promise((done, fail) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { paths, reverse } });
    w.once('message', (m: string[]) => done(m));
    w.once('error', fail);
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = resolve(process.env['DOSSIER_DATASETS'] ?? join('..', 'shared', 'datasets'));
  const paths =
    args.length > 0
      ? args
      : ['conll2003/eng.train', 'conll2003/eng.testa', 'timebank/TimeBank'].map((p) => join(root, p));
  const present = paths.filter((p) => existsSync(p));
  if (present.length === 0) {
    process.stdout.write(`check:order: no dataset under ${root}; skipped\n`);
    return;
  }
  const t0 = Date.now();
  const [forward, backward] = await Promise.all([runWorker(present, false), runWorker(present, true)]);
  const differing = forward.map((h, i) => (h === backward[i] ? -1 : i)).filter((i) => i >= 0);
  process.stdout.write(
    `check:order: ${forward.length} texts, read forwards and backwards by two workers in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${differing.length} records differ\n`,
  );
  if (differing.length > 0) {
    process.stdout.write(
      `check:order: differing text indices (in ${present.join(', ')}): ${differing.slice(0, 20).join(', ')}\n`,
    );
    process.exitCode = 1;
  }
}

if (!isMainThread) {
  const { paths, reverse } = workerData as { paths: string[]; reverse: boolean };
  parentPort!.postMessage(digests(loadTexts(paths), reverse));
} else if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: unknown) => {
    process.stderr.write(`check:order: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
