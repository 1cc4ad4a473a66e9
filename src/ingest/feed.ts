/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom: a feed file, or a saved single `<item>`/`<entry>`, read as one
 * article (its first item). Read with tolerant regular expressions rather than an XML parser, because
 * saved feeds are often not well-formed (unescaped `&`, HTML inside `<description>`).
 */
import type { Warning } from '../types.js';
import type { DateHint } from './pubdate.js';
import { htmlFragmentToText } from './html.js';
import { warning } from '../codes.js';

/** The article read from a feed item. */
export interface FeedArticle {
  text: string;
  title: string | null;
  byline: string | null;
  hints: DateHint[];
  warnings: Warning[];
}

/** True when the text is an RSS/Atom feed or a lone feed item. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 1000).replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  return /^<(?:rss|feed|rdf:RDF|item|entry)[\s>]/i.test(head);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** The content of the first `<tag>` in `xml` (CDATA unwrapped, entities decoded), or null. */
function field(xml: string, tags: string[]): string | null {
  for (const tag of tags) {
    const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'i');
    const m = re.exec(xml);
    if (!m) continue;
    const raw = m[1]!.trim();
    const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>$/.exec(raw);
    const value = cdata ? cdata[1]! : decodeEntities(raw);
    if (value.trim() !== '') return value.trim();
  }
  return null;
}

/** Reads the first item of a feed: title, author, dates and the content as text. */
export function feedToArticle(xml: string): FeedArticle {
  const warnings: Warning[] = [];
  const items = xml.match(/<(item|entry)(?:\s[^>]*)?>[\s\S]*?<\/\1>/gi) ?? [];
  if (items.length > 1)
    warnings.push(
      warning(
        'W_FEED_ITEMS',
        `the feed holds ${items.length} items; only the first was read. Save each item as a file of its own to process them all`,
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
