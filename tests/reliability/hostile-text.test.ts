/**
 * Text built to make patterns slow or parsers trip (issue 7): our own code stays linear on long runs
 * of whitespace, capitals, hyphens, digits and repeated tokens; the HTML reader copes with text that
 * has no element at all. (wink's tokenizer itself is quadratic on a long run without spaces; the wink
 * adapter breaks such runs before wink reads them, and the per-article time budget covers the rest.)
 */
import { htmlToArticle } from '../../src/ingest/html.js';
import { stripBoilerplateEnd } from '../../src/ingest/boilerplate.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { splitFrontMatter } from '../../src/ingest/frontmatter.js';

const N = 200_000;
const HOSTILE: Record<string, string> = {
  spaces: `a${' '.repeat(N)}b`,
  newlines: `a${'\n'.repeat(N)}b`,
  'spaces then link': `a${' '.repeat(N)}x link`,
  capitals: 'A'.repeat(N),
  hyphens: '-'.repeat(N),
  digits: '7'.repeat(N),
  'repeated tokens': 'the '.repeat(N / 4),
  'front matter fences': '---\n'.repeat(N / 4),
};

/** Milliseconds `fn` takes. */
function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

describe('ingest helpers on hostile text', () => {
  it.each(Object.keys(HOSTILE))('strip boilerplate stays fast on %s', (name) => {
    // The old /\s{2,}link\s*$/ took ~2 s on 20,000 spaces and grew with the square of the run.
    expect(timed(() => stripBoilerplateEnd(HOSTILE[name]!))).toBeLessThan(300);
  });

  it('still removes a trailing lone "link" after two or more spaces', () => {
    expect(stripBoilerplateEnd('Body text.   link')).toBe('Body text.'.length);
    expect(stripBoilerplateEnd('Body text. link')).toBe('Body text. link'.length);
    expect(stripBoilerplateEnd('Body text.\n\nLINK  ')).toBe('Body text.'.length);
  });

  it.each(Object.keys(HOSTILE))('decoding and front matter stay fast on %s', (name) => {
    const bytes = new TextEncoder().encode(HOSTILE[name]!);
    expect(
      timed(() => {
        try {
          decodeBytes(bytes);
        } catch {
          /* empty input is a failure, not a hang */
        }
        splitFrontMatter(HOSTILE[name]!);
      }),
    ).toBeLessThan(300);
  });

  it.each(['!', '&amp;', 'plain words', '<!-- open comment', '', '<', '</div>'])(
    'reads HTML with no element (%j) without throwing',
    (html) => {
      expect(() => htmlToArticle(html)).not.toThrow();
    },
  );

  it('keeps the text of element-less HTML', () => {
    expect(htmlToArticle('Angela Merkel &amp; friends').text).toBe('Angela Merkel & friends');
  });

  it('reads 10,000 nested elements without overflowing the stack', () => {
    const html = `<html><body>${'<div><span>'.repeat(5_000)}Deep.${'</span></div>'.repeat(5_000)}</body></html>`;
    expect(htmlToArticle(html).text).toBe('Deep.');
  });
});
