/**
 * The texts `npm run bench:ner` times: a CoNLL file rebuilt as production text (`--conll FILE`), the .txt
 * files under a folder (`--dir DIR`), the benchmark corpus (`--bench-corpus`, src/dev/bench/corpus.ts), or
 * the bundled data/articles/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConll } from './conll.js';
import { listFiles } from '../eval/files.js';
import { buildCorpus } from '../bench/corpus.js';

/** Where the texts come from (at most one of the three; none: data/articles/). */
export interface TextSource {
  conll?: string;
  dir?: string;
  benchCorpus?: boolean;
}

const ROOT = new URL('../../../', import.meta.url);

/** The texts of `source`, in a fixed order. */
export function benchTexts(source: TextSource): string[] {
  if (source.benchCorpus === true)
    return buildCorpus(
      fileURLToPath(new URL('data/articles', ROOT)),
      fileURLToPath(new URL('../shared/datasets', ROOT)),
      5e6,
    ).map((d) => d.text);
  if (source.conll !== undefined)
    return parseConll(readFileSync(source.conll, 'utf8'), source.conll).map((d) => d.text);
  if (source.dir !== undefined) return listFiles([source.dir], /\.txt$/).map((f) => readFileSync(f, 'utf8'));
  const dir = new URL('data/articles/', ROOT);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
}

/** The text source named by command-line options `--conll FILE`, `--dir DIR`, `--bench-corpus`. */
export function textSourceOf(args: readonly string[]): TextSource {
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  return { conll: option('--conll'), dir: option('--dir'), benchCorpus: args.includes('--bench-corpus') };
}
