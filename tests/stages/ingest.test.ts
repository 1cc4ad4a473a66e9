import {
  createArticleProcessor,
  extractText,
  DEFAULT_SETTINGS,
  type ArticleResult,
} from '../../src/pipeline/extract.js';
import { splitFrontMatter } from '../../src/ingest/frontmatter.js';
import { stripBoilerplateEnd } from '../../src/ingest/boilerplate.js';
import type { KnowledgeRecord } from '../../src/types.js';

const processor = createArticleProcessor(DEFAULT_SETTINGS);

function processBytes(bytes: Uint8Array, relPath = 'a.txt'): ArticleResult {
  return processor.process({ source: { path: relPath, relPath, size: bytes.length, mtimeMs: 0 }, bytes });
}

function ok(r: ArticleResult): KnowledgeRecord {
  if (!r.ok) throw new Error(`expected a record, got failure ${JSON.stringify(r.failure)}`);
  return r.record;
}

describe('ingest stage', () => {
  test('date line gives the publication date; the first other line is the title', () => {
    const rec = ok(
      extractText(processor, 'Thursday, June 20, 2024\n\nTalks resume in Baghdad\n\nOfficials met on Monday.\n'),
    );
    expect(rec.publication).toMatchObject({ date: '2024-06-20', source: 'dateline' });
    expect(rec.title).toBe('Talks resume in Baghdad');
  });

  test('front matter is split off; its title and date are used; offsets point into the stored text', () => {
    const src = '---\ntitle: "Front title"\ndate: 2023-02-01\n---\nThe minister spoke in Cairo.\n';
    const rec = ok(extractText(processor, src));
    expect(rec.title).toBe('Front title');
    expect(rec.publication).toMatchObject({ date: '2023-02-01', source: 'front-matter' });
    expect(rec.text).toBe('The minister spoke in Cairo.');
    for (const s of rec.sentences) expect(s.end).toBeLessThanOrEqual(rec.text.length);
  });

  test('a UTF-8 BOM and CRLF line ends are normalised away', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('June 3, 2021\r\n\r\nA storm hit Manila.\r\n'),
    ]);
    const rec = ok(processBytes(bytes));
    expect(rec.text).toBe('June 3, 2021\n\nA storm hit Manila.');
    expect(rec.publication.date).toBe('2021-06-03');
  });

  test('invalid UTF-8 bytes become U+FFFD with a warning, the article still succeeds', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Prices rose '),
      0xff,
      0xfe,
      ...new TextEncoder().encode(' in Lagos.'),
    ]);
    const rec = ok(processBytes(bytes));
    expect(rec.text).toContain('\ufffd');
    expect(rec.warnings.map((w) => w.code)).toContain('W_INVALID_UTF8');
  });

  test('UTF-16LE with a BOM is decoded', () => {
    const body = 'Rain fell on Oslo.';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    const rec = ok(processBytes(bytes));
    expect(rec.text).toBe(body);
    expect(rec.warnings.map((w) => w.code)).toContain('W_UTF16');
  });

  test('binary and empty files fail in ingest with a clear code', () => {
    const png = processBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(png).toMatchObject({ ok: false, failure: { stage: 'ingest', code: 'E_BINARY' } });
    expect(processBytes(new TextEncoder().encode('  \n\t \n'))).toMatchObject({
      ok: false,
      failure: { stage: 'ingest', code: 'E_EMPTY' },
    });
  });

  test('HTML: scripts, styles and navigation dropped; meta publication time and og:title used', () => {
    const html =
      '<!doctype html><html><head><title>Site | X</title><meta property="og:title" content="Floods in Dhaka">' +
      '<meta property="article:published_time" content="2022-08-09T07:30:00Z"><style>p{}</style></head>' +
      '<body><nav>Home News</nav><article><h1>Floods in Dhaka</h1><p>Water rose <b>fast</b>.</p><script>alert(1)</script></article><footer>© site</footer></body></html>';
    const rec = ok(processBytes(new TextEncoder().encode(html), 'page.html'));
    expect(rec.text).toBe('Floods in Dhaka\n\nWater rose fast.');
    expect(rec.title).toBe('Floods in Dhaka');
    expect(rec.publication).toMatchObject({ date: '2022-08-09', time: '07:30', source: 'html-meta' });
  });

  test('the wire dateline of the issue dates the article, and the record names the encoding', () => {
    const rec = ok(
      extractText(
        processor,
        'Strong quake hits Turkey\n\nANKARA, Turkey, Aug. 10, 2025 (Reuters) - A strong earthquake struck eastern Turkey on Sunday.\n',
      ),
    );
    expect(rec.publication).toMatchObject({ date: '2025-08-10', source: 'dateline' });
    expect(rec.source.encoding).toEqual({ name: 'utf-8', source: 'ascii', confidence: 1 });
    expect(rec.warnings).toEqual([]);
  });

  test('HTML: JSON-LD wins over a <time>, and a Windows-1252 page without a charset is decoded right', () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-04T10:00:00Z"}</script></head>' +
      '<body><article><h1>Jos\u00e9 Mart\u00ed wins</h1><time datetime="2025-03-05">5 March</time><p>Jos\u00e9 Mart\u00ed won the vote in Bogot\u00e1 on Monday, officials said.</p></article></body></html>';
    const rec = ok(processBytes(Buffer.from(html, 'latin1'), 'page.html'));
    expect(rec.publication).toMatchObject({ date: '2025-03-04', source: 'json-ld' });
    expect(rec.text).toContain('Jos\u00e9 Mart\u00ed won the vote in Bogot\u00e1');
    expect(rec.source.encoding).toMatchObject({ name: 'windows-1252', source: 'detected' });
  });

  test('an RSS item file is read as an article dated by its pubDate', () => {
    const rss =
      '<rss><channel><item><title>Talks resume</title><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;Officials met in Cairo.&lt;/p&gt;</description></item></channel></rss>';
    const rec = ok(processBytes(new TextEncoder().encode(rss), 'item.xml'));
    expect(rec.text).toBe('Talks resume\n\nOfficials met in Cairo.');
    expect(rec.publication).toMatchObject({ date: '2025-03-04', time: '10:00', source: 'feed' });
  });

  test('a date in the file name is used when the text has none', () => {
    const rec = ok(processBytes(new TextEncoder().encode('Officials met again.'), 'feeds/2020-01-31-talks.txt'));
    expect(rec.publication).toMatchObject({ date: '2020-01-31', source: 'filename' });
  });

  test('no date anywhere: null date, source none, and a warning saying what to do', () => {
    const rec = ok(processBytes(new TextEncoder().encode('Officials met again.'), 'notes.txt'));
    expect(rec.publication).toEqual({ date: null, source: 'none', confidence: 0 });
    expect(rec.warnings.find((w) => w.code === 'W_NO_PUBDATE')?.message).toMatch(/fallbackPublicationDate/);
  });
});

describe('front matter', () => {
  test('reads key: value lines and finds the body start', () => {
    const fm = splitFrontMatter("---\nTitle: 'Hi'\ndate: 2024-01-02\n---\nBody");
    expect(fm.fields).toEqual({ title: 'Hi', date: '2024-01-02' });
    expect(fm.bodyStart).toBe("---\nTitle: 'Hi'\ndate: 2024-01-02\n---\n".length);
  });
  test('an unclosed block is not front matter', () => {
    expect(splitFrontMatter('---\ntitle: x\nno end')).toEqual({ fields: {}, bodyStart: 0 });
  });
});

describe('boilerplate footer', () => {
  test.each([
    ['Body text.   link\n\n\nNo comments:\n\nPost a Comment', 'Body text.'],
    ['Body text.\n\nShare this:\nTweet\nEmail this', 'Body text.'],
    ['Body text with a link in it.', 'Body text with a link in it.'],
    ['The last word is link', 'The last word is link'],
  ])('%j → %j', (input, expected) => {
    expect(input.slice(0, stripBoilerplateEnd(input))).toBe(expected);
  });
});
