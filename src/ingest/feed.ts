/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom: an item of a feed (`dossier run` splits a feed file into its items,
 * `feed-items.ts`), or a saved single `<item>`/`<entry>`, read as one article. A whole feed given here
 * (`dossier extract`, `dossier eval`) is read as its first item, with `W_FEED_ITEMS`.
 */
import type { Warning } from '../types.js';
import type { DateHint } from './pubdate.js';
import { htmlFragmentToText } from './html.js';
import { warning } from '../codes.js';
import { field, ITEM } from './feed-items.js';

export { looksLikeFeed } from './feed-items.js';

/** The article read from a feed item. */
export interface FeedArticle {
  text: string;
  title: string | null;
  byline: string | null;
  hints: DateHint[];
  warnings: Warning[];
}

/** Reads the first item of a feed: title, author, dates and the content as text. */
export function feedToArticle(xml: string): FeedArticle {
  const warnings: Warning[] = [];
  const items = xml.match(ITEM) ?? [];
  if (items.length > 1)
    warnings.push(
      warning(
        'W_FEED_ITEMS',
        `the feed holds ${items.length} items; only the first was read here. \`dossier run\` reads every item as an article of its own`,
      ),
    );
  const item = items[0] ?? xml;
  const title = field(item, ['title']);
  const author = field(item, ['dc:creator', 'author']);
  const byline = author ? (field(author, ['name']) ?? author.replace(/<[^>]+>/g, '').trim()) || null : null;
  const hints: DateHint[] = [];
  for (const [tag, strong] of [
    ['pubDate', true],
    ['published', true],
    ['dc:date', true],
    ['dcterms:issued', true],
  ] as const) {
    const v = field(item, [tag]);
    if (v) hints.push({ source: 'feed', key: tag, value: v, strong });
  }
  const updated = field(item, ['updated', 'dcterms:modified']);
  if (updated) hints.push({ source: 'updated-on', key: 'updated', value: updated, strong: false });
  const content = field(item, ['content:encoded', 'content', 'description', 'summary']) ?? '';
  const body = htmlFragmentToText(content);
  const text = [title ?? '', byline ? `By ${byline.replace(/^by\s+/i, '')}` : '', body]
    .filter((p) => p.trim() !== '')
    .join('\n\n');
  return { text, title, byline, hints, warnings };
}
