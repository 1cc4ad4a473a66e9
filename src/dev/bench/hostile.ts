#!/usr/bin/env node
/**
 * `npm run bench:hostile [-- --limit 300]`: how long the ingest helpers take on text built to make
 * patterns slow (runs of 200,000 spaces, newlines, capitals, hyphens, digits, repeated tokens, front-matter
 * fences). Prints the milliseconds of each helper on each input and exits 1 when one takes longer than
 * `--limit` ms. A speed check, so it lives here and not in the unit tests: those assert the results on the
 * same inputs and that the regular expressions on this path cannot backtrack super-linearly
 * (tests/reliability/hostile-text.test.ts).
 */
import { performance } from 'node:perf_hooks';
import { stripBoilerplateEnd } from '../../ingest/boilerplate.js';
import { decodeBytes } from '../../ingest/decode.js';
import { splitFrontMatter } from '../../ingest/frontmatter.js';

/** Hostile inputs of `n` characters, by name (the same as the unit test's). */
function hostileTexts(n = 200_000): Record<string, string> {
  return {
    spaces: `a${' '.repeat(n)}b`,
    newlines: `a${'\n'.repeat(n)}b`,
    'spaces then link': `a${' '.repeat(n)}x link`,
    capitals: 'A'.repeat(n),
    hyphens: '-'.repeat(n),
    digits: '7'.repeat(n),
    'repeated tokens': 'the '.repeat(n / 4),
    'front matter fences': '---\n'.repeat(n / 4),
  };
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function main(): void {
  const i = process.argv.indexOf('--limit');
  const limit = i >= 0 ? Number(process.argv[i + 1]) : 300;
  let over = 0;
  for (const [name, text] of Object.entries(hostileTexts())) {
    const bytes = new TextEncoder().encode(text);
    const ms = {
      boilerplate: timed(() => stripBoilerplateEnd(text)),
      decode: timed(() => {
        try {
          decodeBytes(bytes);
        } catch {
          /* a failure is an answer, not a hang */
        }
      }),
      frontMatter: timed(() => splitFrontMatter(text)),
    };
    const worst = Math.max(...Object.values(ms));
    if (worst > limit) over++;
    const cells = Object.entries(ms).map(([k, v]) => `${k} ${v.toFixed(1)} ms`);
    console.log(`${name.padEnd(20)} ${cells.join('  ')}${worst > limit ? `  OVER ${limit} ms` : ''}`);
  }
  if (over > 0) {
    console.error(`${over} input(s) over ${limit} ms`);
    process.exitCode = 1;
  }
}

main();
