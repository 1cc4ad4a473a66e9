/** HTML pages: main text by Readability, clutter dropped, title/byline/lead kept, dates from page structure. */
import { htmlToArticle } from '../../src/ingest/html.js';
import { feedToArticle, looksLikeFeed } from '../../src/ingest/feed.js';

const BODY = [
  'ANKARA, Turkey, Aug. 10, 2025 (Reuters) - A strong earthquake struck eastern Turkey on Sunday, killing at least two people and injuring dozens, the disaster agency said.',
  'The quake hit the town of Sindirgi in Balikesir province at 7:53 p.m. local time, according to the agency AFAD, which said rescue teams had been sent to the area.',
  'Interior Minister Ali Yerlikaya said 16 buildings had collapsed and that search efforts were continuing through the night.',
];

function page(head: string, extra = ''): string {
  return `<!doctype html><html><head><title>Quake hits | The Daily</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/sport">World Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<div class="content"><h1>Strong earthquake hits eastern Turkey</h1><p class="byline">By Jane Doe</p>
<p class="standfirst">A magnitude 6.1 quake struck on Sunday evening, officials said.</p>
<div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="related"><h3>Related stories</h3><ul><li><a href="/a">Barack Obama visits Ankara</a></li><li><a href="/b">Floods in Spain</a></li></ul></div>
<div class="comments"><h3>Comments</h3><div class="comment">Great article, thanks! - Bob</div></div></div>${extra}
<footer>© 2025 The Daily. All rights reserved.</footer></body></html>`;
}

describe('htmlToArticle', () => {
  test('keeps headline, byline, lead and body; drops navigation, banner, related links, comments, footer', () => {
    const a = htmlToArticle(page(''));
    expect(a.extractor).toBe('readability');
    expect(a.title).toBe('Strong earthquake hits eastern Turkey');
    for (const p of BODY) expect(a.text).toContain(p);
    expect(a.text).toContain('A magnitude 6.1 quake struck on Sunday evening');
    expect(a.text).toMatch(/^Strong earthquake hits eastern Turkey\n\nBy Jane Doe\n\n/);
    for (const clutter of ['World Sport', 'cookies', 'Barack Obama', 'Great article', 'All rights reserved'])
      expect(a.text).not.toContain(clutter);
  });

  test('JSON-LD datePublished is read, including inside @graph', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2025-01-01"},{"@type":"NewsArticle","headline":"Quake","datePublished":"2025-08-10T18:05:00+03:00","dateModified":"2025-08-11T09:00:00+03:00","author":{"@type":"Person","name":"Jane Doe"}}]}</script>`;
    const a = htmlToArticle(page(ld));
    expect(a.hints).toEqual(
      expect.arrayContaining([
        { source: 'json-ld', key: 'NewsArticle.datePublished', value: '2025-08-10T18:05:00+03:00', strong: true },
        { source: 'json-ld', key: 'WebPage.datePublished', value: '2025-01-01', strong: false },
        { source: 'updated-on', key: 'NewsArticle.dateModified', value: '2025-08-11T09:00:00+03:00', strong: false },
      ]),
    );
  });

  test('JSON-LD that is not JSON gives a warning and the page is still read', () => {
    const a = htmlToArticle(
      page('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'),
    );
    expect(a.warnings.map((w) => w.code)).toEqual(['W_JSONLD_INVALID']);
    expect(a.text).toContain(BODY[0]);
  });

  test('JSON-LD with a trailing comma is read', () => {
    const a = htmlToArticle(
      page('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-08-10",}</script>'),
    );
    expect(a.hints[0]).toMatchObject({ source: 'json-ld', value: '2025-08-10' });
  });

  test('OpenGraph, meta name=date and <time> become hints of their kind', () => {
    const a = htmlToArticle(
      page(
        '<meta property="article:published_time" content="2025-08-10T15:00:00Z"><meta name="date" content="2025-08-10">',
        '<aside><time datetime="2020-01-01">old</time></aside><p><time datetime="2025-08-10T15:00:00Z">10 Aug</time></p>',
      ),
    );
    expect(a.hints).toEqual([
      { source: 'html-meta', key: 'article:published_time', value: '2025-08-10T15:00:00Z', strong: true },
      { source: 'html-meta', key: 'date', value: '2025-08-10', strong: false },
      { source: 'html-time', key: 'time[datetime]', value: '2025-08-10T15:00:00Z', strong: false },
    ]);
  });

  test('a "By" prefix in an element of its own is not taken for the byline', () => {
    const html = page('').replace(
      '<p class="byline">By Jane Doe</p>',
      '<p class="css-aknsld"><span class="byline-prefix">By </span><span class="css-1baulvz">Jane Doe</span></p>',
    );
    const a = htmlToArticle(html);
    expect(a.text).not.toMatch(/By By|^By\s*$/m);
    expect(a.text).toContain('Jane Doe');
  });

  test('malformed HTML (unclosed tags, stray closers) never throws and keeps the text', () => {
    const a = htmlToArticle('<html><body><div><p>Officials met in <b>Cairo</p></i></div><p>They agreed a truce');
    expect(a.text).toContain('Officials met in Cairo');
    expect(a.text).toContain('They agreed a truce');
  });

  test('a page too deep for Readability is read by the linear walker, with a warning', () => {
    const a = htmlToArticle(`<html><body>${'<div>'.repeat(400)}<p>Deep text.</p>${'</div>'.repeat(400)}</body></html>`);
    expect(a.text).toBe('Deep text.');
    expect(a.warnings.map((w) => w.code)).toEqual(['W_HTML_UNUSUAL']);
  });
});

describe('feeds', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>The Daily</title><lastBuildDate>Mon, 11 Aug 2025 10:00:00 GMT</lastBuildDate>
<item><title>Quake hits eastern Turkey</title><dc:creator>Jane Doe</dc:creator><pubDate>Sun, 10 Aug 2025 16:05:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>${BODY[0]}</p><p>${BODY[1]}</p>]]></content:encoded></item>
<item><title>Second</title><pubDate>Sat, 09 Aug 2025 10:00:00 GMT</pubDate><description>Other.</description></item>
</channel></rss>`;

  test('an RSS feed is read as its first item, with a warning about the others', () => {
    expect(looksLikeFeed(rss)).toBe(true);
    const f = feedToArticle(rss);
    expect(f.title).toBe('Quake hits eastern Turkey');
    expect(f.text).toBe(`Quake hits eastern Turkey\n\nBy Jane Doe\n\n${BODY[0]}\n\n${BODY[1]}`);
    expect(f.hints[0]).toEqual({
      source: 'feed',
      key: 'pubDate',
      value: 'Sun, 10 Aug 2025 16:05:00 GMT',
      strong: true,
    });
    expect(f.warnings.map((w) => w.code)).toEqual(['W_FEED_ITEMS']);
  });

  test('an Atom entry is read', () => {
    const atom = `<entry xmlns="http://www.w3.org/2005/Atom"><title>Talks resume</title><author><name>Ann Lee</name></author>
<published>2025-08-10T08:00:00Z</published><updated>2025-08-12T08:00:00Z</updated>
<content type="html">&lt;p&gt;Officials met in Cairo &amp;amp; agreed.&lt;/p&gt;</content></entry>`;
    const f = feedToArticle(atom);
    expect(f.text).toBe('Talks resume\n\nBy Ann Lee\n\nOfficials met in Cairo & agreed.');
    expect(f.hints.map((h) => h.source)).toEqual(['feed', 'updated-on']);
  });

  test('a plain article is not a feed', () => {
    expect(looksLikeFeed('<html><body>x</body></html>')).toBe(false);
    expect(looksLikeFeed('Title\n\nBody.')).toBe(false);
  });
});
