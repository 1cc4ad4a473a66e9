/** Feeds: a feed file split into its items (`dossier run` makes each an article), each item read as one article. */
import { feedItemsOfBytes, itemIdentity, looksLikeWholeFeed, splitFeed } from '../../src/ingest/feed-items.js';
import { feedToArticle } from '../../src/ingest/feed.js';
import { feedItemKey, feedOfItemKey } from '../../src/pipeline/incremental.js';

const rssItem = (n: number, extra = '') =>
  `<item><title>Harbour story ${n}</title><link>https://news.example/harbour-${n}</link>` +
  `<guid isPermaLink="false">harbour-${n}</guid><pubDate>Mon, 0${(n % 9) + 1} Nov 2026 07:30:00 +0100</pubDate>` +
  `<description>Dock workers in Portmere unloaded ship number ${n} on Monday.</description>${extra}</item>`;

const rss2 = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Coast desk</title>` +
  `<link>https://news.example/</link><description>Stories from the coast</description>\n${items.join('\n')}\n</channel></rss>`;

describe('splitFeed', () => {
  test('RSS 2.0: every item, in file order, with its guid as id and its link', () => {
    const items = splitFeed(rss2([rssItem(1), rssItem(2), rssItem(3)]));
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items.map((i) => i.ref)).toEqual(
      [1, 2, 3].map((n) => ({ id: `harbour-${n}`, link: `https://news.example/harbour-${n}` })),
    );
    // The channel's own title and link are not an item's.
    const first = feedToArticle(items[0]!.xml);
    expect(first.title).toBe('Harbour story 1');
    expect(first.text).toBe('Harbour story 1\n\nDock workers in Portmere unloaded ship number 1 on Monday.');
    expect(first.hints).toEqual([
      { source: 'feed', key: 'pubDate', value: 'Mon, 02 Nov 2026 07:30:00 +0100', strong: true },
    ]);
    expect(first.warnings).toEqual([]);
  });

  test('RSS 1.0 (RDF): items sit beside the channel; rdf:about is the id, dc:date the date', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://valley.example/rss"><title>Valley Post</title><items><rdf:Seq><rdf:li rdf:resource="https://valley.example/a"/></rdf:Seq></items></channel>
<item rdf:about="https://valley.example/a"><title>Bakery reopens</title><link>https://valley.example/a</link>
<dc:date>2026-10-14T09:00:00+02:00</dc:date><dc:creator>Mira Holt</dc:creator><description>The old bakery on Mill Lane reopened on Tuesday.</description></item>
<item rdf:about="https://valley.example/b"><title>School roof fixed</title><dc:date>2026-10-15</dc:date><description>Builders repaired the school roof.</description></item>
</rdf:RDF>`;
    expect(looksLikeWholeFeed(rdf)).toBe(true);
    const items = splitFeed(rdf);
    expect(items.map((i) => i.ref)).toEqual([
      { id: 'https://valley.example/a', link: 'https://valley.example/a' },
      { id: 'https://valley.example/b', link: null },
    ]);
    const a = feedToArticle(items[0]!.xml);
    expect(a.byline).toBe('Mira Holt');
    expect(a.hints[0]).toMatchObject({ source: 'feed', key: 'dc:date', value: '2026-10-14T09:00:00+02:00' });
  });

  test('Atom: entries with their id, the alternate link (not the replies link) and the published date', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ridge Gazette</title><id>urn:feed:ridge</id><link href="https://ridge.example/"/>
<entry><title>Ferry delayed by fog</title><id>urn:uuid:7c1e</id>
<link rel="replies" href="https://ridge.example/ferry#comments"/><link rel="alternate" type="text/html" href="https://ridge.example/ferry"/>
<published>2026-09-03T06:00:00Z</published><updated>2026-09-03T08:00:00Z</updated>
<summary>The morning ferry to Skerry waited two hours for the fog to lift.</summary></entry>
<entry><title>Market day moved</title><id>urn:uuid:8d2f</id><link href="https://ridge.example/market"/>
<content type="html">&lt;p&gt;The Saturday market moves to Friday this week.&lt;/p&gt;</content></entry>
</feed>`;
    const items = splitFeed(atom);
    expect(items.map((i) => i.ref)).toEqual([
      { id: 'urn:uuid:7c1e', link: 'https://ridge.example/ferry' },
      { id: 'urn:uuid:8d2f', link: 'https://ridge.example/market' },
    ]);
    const ferry = feedToArticle(items[0]!.xml);
    expect(ferry.hints.map((h) => `${h.source}:${h.key}`)).toEqual(['feed:published', 'updated-on:updated']);
    expect(feedToArticle(items[1]!.xml).text).toBe(
      'Market day moved\n\nThe Saturday market moves to Friday this week.',
    );
  });

  test('CDATA content is read as HTML; entities in plain fields are decoded', () => {
    const feed = rss2([
      `<item><title>Caf&#233; &amp; bar &#x2014; &quot;open&quot;</title><guid>cafe</guid>` +
        `<description><![CDATA[<p>The caf&eacute; on Quay Street opened <b>late</b> on Friday.</p><p>Queues formed &amp; grew.</p>]]></description></item>`,
    ]);
    const [item] = splitFeed(feed);
    const a = feedToArticle(item!.xml);
    expect(a.title).toBe('Café & bar — "open"');
    expect(a.text).toBe(
      'Café & bar — "open"\n\nThe café on Quay Street opened late on Friday.\n\nQueues formed & grew.',
    );
  });

  test('an item without a date gives no feed date hint (the run falls back to the other sources)', () => {
    const [item] = splitFeed(
      rss2(['<item><title>Undated note</title><guid>n1</guid><description>A short note.</description></item>']),
    );
    expect(feedToArticle(item!.xml).hints).toEqual([]);
  });

  test('an item with neither guid, id, rdf:about nor link is named by a hash of its markup, the same each time', () => {
    const bare = '<item><title>Bare item</title><description>Nothing names it.</description></item>';
    const id = itemIdentity(bare).id;
    expect(id).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(itemIdentity(bare).id).toBe(id);
    expect(itemIdentity(bare.replace('Nothing', 'Nobody')).id).not.toBe(id);
    // With only a link, the link is the id.
    expect(itemIdentity('<item><title>T</title><link>https://x.example/t</link></item>')).toEqual({
      id: 'https://x.example/t',
      link: 'https://x.example/t',
    });
  });

  test('an empty feed has no items', async () => {
    expect(splitFeed(rss2([]))).toEqual([]);
    await expect(feedItemsOfBytes(Buffer.from(rss2([])))).resolves.toEqual([]);
    expect(splitFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing yet</title></feed>')).toEqual([]);
  });

  test('a huge feed is split in linear time, every item kept', () => {
    const n = 20_000;
    const feed = rss2(Array.from({ length: n }, (_, i) => rssItem(i)));
    const t0 = performance.now();
    const items = splitFeed(feed);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(items).toHaveLength(n);
    expect(new Set(items.map((i) => i.ref.id)).size).toBe(n);
    expect(items[n - 1]!.ref.id).toBe(`harbour-${n - 1}`);
  });

  test('a feed saved again with a new item on top gives the same markup, hence the same bytes, for the old items', () => {
    const yesterday = splitFeed(rss2([rssItem(1), rssItem(2)]));
    const today = splitFeed(rss2([rssItem(3), rssItem(1), rssItem(2)]));
    expect(today.slice(1).map((i) => i.xml)).toEqual(yesterday.map((i) => i.xml));
  });
});

describe('feedItemsOfBytes', () => {
  test('null for what is not a whole feed: HTML, text, a lone saved item', async () => {
    await expect(
      feedItemsOfBytes(Buffer.from('<!doctype html><html><body><p>Hi</p></body></html>')),
    ).resolves.toBeNull();
    await expect(feedItemsOfBytes(Buffer.from('Harbour news\n\nShips came in.'))).resolves.toBeNull();
    await expect(feedItemsOfBytes(Buffer.from(rssItem(1)))).resolves.toBeNull();
  });

  test('a feed in UTF-16 with a byte order mark, or UTF-8 with one, is split too', async () => {
    const feed = rss2([rssItem(1), rssItem(2)]).replace('UTF-8', 'UTF-16');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feed, 'utf16le')]);
    expect((await feedItemsOfBytes(utf16))?.map((i) => i.ref.id)).toEqual(['harbour-1', 'harbour-2']);
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss2([rssItem(4)]))]);
    expect((await feedItemsOfBytes(bom8))?.map((i) => i.ref.id)).toEqual(['harbour-4']);
  });
});

describe('feed item keys of the incremental index', () => {
  test('the key names its feed file; a repeated id gets a key of its own; a file path is no item key', () => {
    const a = feedItemKey('/in/coast.rss', 'harbour-1', 1);
    expect(a).toMatch(/^\/in\/coast\.rss#item-[0-9a-f]{16}$/);
    expect(feedItemKey('/in/coast.rss', 'harbour-1', 1)).toBe(a);
    expect(feedItemKey('/in/coast.rss', 'harbour-1', 2)).not.toBe(a);
    expect(feedOfItemKey(a)).toBe('/in/coast.rss');
    expect(feedOfItemKey('/in/notes#1.txt')).toBeNull();
    expect(feedOfItemKey('/in/coast.rss')).toBeNull();
  });
});
