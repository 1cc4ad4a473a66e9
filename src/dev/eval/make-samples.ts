/**
 * Dev tool: writes `data/articles/wikinews-<slug>.txt` from MEANTIME CAT files.
 * Usage: `node dist/dev/eval/make-samples.js OUTDIR FILE.xml…`; prints one attribution line per article.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCat } from './cat.js';
import { wikinewsArticle } from './wikinews.js';

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  process.stderr.write('usage: node dist/dev/eval/make-samples.js OUTDIR FILE.xml…\n');
  process.exit(2);
}
for (const file of files) {
  const article = wikinewsArticle(parseCat(readFileSync(file, 'utf8')));
  const name = `wikinews-${article.slug}.txt`;
  writeFileSync(join(outDir, name), article.text);
  process.stdout.write(`| \`${name}\` | ${article.title} | ${article.date} | ${article.url} |\n`);
}
