/**
 * A worker thread loads the markup reader (linkedom, Readability) only for a batch with an article that may be
 * HTML or a feed (`mayReadMarkup`, src/pipeline/worker.ts). Its contract: whenever the ingest stage reads an
 * article's decoded text as markup (`markupKind`), `mayReadMarkup` said so from the bytes and the name.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeBytes, NotTextError } from '../../src/ingest/decode.js';
import { markupKind, mayReadMarkup } from '../../src/stages/ingest.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The stage's reading of `bytes`, or null for bytes it refuses (binary, empty). */
function kindOf(path: string, bytes: Uint8Array): 'feed' | 'html' | null | 'refused' {
  try {
    return markupKind(path, decodeBytes(bytes).text);
  } catch (e) {
    if (e instanceof NotTextError) return 'refused';
    throw e;
  }
}

describe('which articles need the markup reader', () => {
  const page =
    '<!doctype html><html><head><title>Port Vexley</title></head><body><p>Rebels shelled the port.</p></body></html>';
  const feed =
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Talks</title><description>Talks resume.</description></item></channel></rss>';
  const cases: Array<[string, string, Uint8Array]> = [
    ['an HTML page', 'page.txt', utf8(page)],
    ['an HTML page named .html', 'page.html', utf8(page)],
    ['a feed saved as .txt', 'feed.txt', utf8(feed)],
    ['a page behind a comment', 'a.txt', utf8(`<!-- saved -->\n${page}`)],
    [
      'an HTML page in UTF-16 with its byte order mark',
      'page.txt',
      new Uint8Array(iconv.encode(page, 'utf-16le', { addBOM: true })),
    ],
    ['an HTML page in UTF-16 without one', 'page.txt', new Uint8Array(iconv.encode(page, 'utf-16be'))],
    ['a .htm file with no markup at all', 'note.htm', utf8('Rebels shelled the port on Monday.')],
  ];
  test.each(cases)('%s: read as markup, and said so from its bytes', (_, path, bytes) => {
    expect(kindOf(path, bytes)).not.toBeNull();
    expect(mayReadMarkup(path, bytes)).toBe(true);
  });

  test('plain ASCII and UTF-8 articles without a "<" need no markup reader', () => {
    for (const text of [
      'Thursday, June 20, 2024\n\nTalks resume\n\nOfficials met in Port Vexley on Monday.\n',
      'VEXLEY, June 3 (Wire) – Rebels “shelled” the port, killing 12 — officials said. Café owners fled.\n',
      '---\ntitle: Talks resume\n---\nOfficials met on Monday. 3 > 2.\n',
    ]) {
      expect(kindOf('a.txt', utf8(text))).toBeNull();
      expect(mayReadMarkup('a.txt', utf8(text))).toBe(false);
    }
  });

  test('bytes that another decoding could turn into markup ask for the reader', () => {
    // Latin-1 text (not UTF-8: chardet picks its encoding), and a MIME header declaring an encoding.
    expect(mayReadMarkup('a.txt', new Uint8Array(iconv.encode('Café owners fled the port.', 'latin1')))).toBe(true);
    expect(mayReadMarkup('a.txt', utf8('Content-Type: text/plain; charset=utf-7\n\nTalks +ADw-b+AD4-resume.\n'))).toBe(
      true,
    );
  });

  test('never says no to bytes the stage reads as markup (random texts, names and encodings)', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      'html',
      '<!doctype html>',
      '<rss>',
      '<?xml version="1.0"?>',
      '<item>',
      '<!--',
      '-->',
      ' ',
      '\n',
      'Talks',
      'é',
      '“',
      '\u0000',
      'charset=latin1',
      'Content-Type: text/html; ',
    );
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 24 }).map((p) => p.join(''));
    const encoding = fc.constantFrom('utf8', 'utf8', 'latin1', 'utf-16le', 'utf-16be', 'win1252');
    const path = fc.constantFrom('a.txt', 'a.html', 'a.xml', 'a.md', 'b.HTM', 'c.rss', 'd');
    fc.assert(
      fc.property(text, encoding, path, fc.uint8Array({ maxLength: 8 }), (t, enc, p, noise) => {
        const bytes = new Uint8Array([...iconv.encode(t, enc), ...noise]);
        const kind = kindOf(p, bytes);
        if (kind === 'feed' || kind === 'html') expect(mayReadMarkup(p, bytes)).toBe(true);
      }),
      { numRuns: 3000, seed: 2222 },
    );
  });
});
