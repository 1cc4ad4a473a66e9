/**
 * Feed files split into items, on the runner's main thread: `dossier run` makes each item of an RSS 2.0,
 * RSS 1.0 (RDF) or Atom feed an article of its own (docs/ingest.md, "Feeds"). Read with tolerant regular
 * expressions rather than an XML parser, because saved feeds are often not well-formed (unescaped `&`, HTML
 * inside `<description>`). Nothing here loads the HTML reader, which only the worker threads run.
 */
import type { FeedItemRef } from '../types.js';
import { sha256 } from '../ids.js';

/** The start of the text without an XML declaration, comments, a doctype or processing instructions. */
function markupHead(text: string): string {
  return text.slice(0, 1000).replace(/^\uFEFF?\s*(?:(?:<\?[^>]*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i, '');
}

/** True when the text is an RSS/Atom feed or a lone feed item. */
export function looksLikeFeed(text: string): boolean {
  return /^<(?:rss|feed|rdf:RDF|item|entry)[\s>]/i.test(markupHead(text));
}

/** True when the text is a whole feed (root `rss`, `feed` or `rdf:RDF`), not a lone saved item. */
export function looksLikeWholeFeed(text: string): boolean {
  return /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(markupHead(text));
}

/** Every `<item>` (RSS 2.0, RSS 1.0) and `<entry>` (Atom) element, in file order. */
export const ITEM = /<(item|entry)(?:\s[^>]*)?>[\s\S]*?<\/\1>/gi;

/** The named entities feeds use (XML's five and `&nbsp;`); numeric ones are decoded by value. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** The content of the first `<tag>` in `xml` (CDATA unwrapped, entities decoded), or null. */
export function field(xml: string, tags: string[]): string | null {
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

/** One item of a feed file, as `dossier run` hands it on: an article of its own. */
export interface FeedItem {
  /** The item's element as written in the feed (`<item …>…</item>` or `<entry …>…</entry>`). */
  xml: string;
  /** Its identity and link (`itemIdentity`). */
  ref: FeedItemRef;
  /** Position in the file, from 1 (for messages only: it moves as the feed gains items). */
  position: number;
}

/**
 * The items of a whole feed, in file order; an empty list for a feed without items. Each keeps its own
 * markup, so a feed saved again tomorrow gives the same bytes, hence the same article id, for every item
 * it still holds unchanged.
 */
export function splitFeed(xml: string): FeedItem[] {
  return (xml.match(ITEM) ?? []).map((item, i) => ({ xml: item, ref: itemIdentity(item), position: i + 1 }));
}

/**
 * The items of `bytes` when they hold a whole feed (see `splitFeed`), else null (any other file, a lone
 * saved item included, is one article). Most inputs are not feeds: their first kilobyte is tested as it
 * is, and only a feed, or text in UTF-16, is decoded here (by the decoder the ingest stage uses, section 1 of docs/ingest.md).
 */
export async function feedItemsOfBytes(bytes: Uint8Array): Promise<FeedItem[] | null> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1000))
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '');
  if (!head.includes('\u0000') && !looksLikeWholeFeed(head)) return null;
  // The decoder (and its encoding tables) is loaded on the first feed only: the main thread of every
  // command stays free of it (tests/import-graph.test.ts).
  const { decodeBytes } = await import('./decode.js');
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch {
    // Not text: the worker reports it for the file as a whole.
    return null;
  }
  return looksLikeWholeFeed(text) ? splitFeed(text) : null;
}

/**
 * What identifies an item across saves of its feed: the RSS `<guid>`, the Atom `<id>`, the RSS 1.0
 * `rdf:about`, else its link, else (an item that names nothing stable) `sha256:` and 16 hex digits of its
 * markup. A publisher that edits a story keeps its guid, so the edited item replaces the old one.
 */
export function itemIdentity(item: string): FeedItemRef {
  const link = itemLink(item);
  const about = /^<item\s[^>]*\brdf:about\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(item);
  const aboutValue = about ? decodeEntities((about[1] ?? about[2]!).trim()) : null;
  const id = field(item, ['guid', 'id']) ?? (aboutValue || null) ?? link ?? `sha256:${sha256(item).slice(0, 16)}`;
  return { id, link };
}

/**
 * The item's link: Atom's `<link href>` (no `rel`, or `rel="alternate"`: the story, not its comments or
 * an enclosure), else the text of RSS's `<link>`.
 */
function itemLink(item: string): string | null {
  for (const m of item.matchAll(/<link\b([^>]*?)\/?>/gi)) {
    const attrs = m[1]!;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    if (!href) continue;
    const rel = /\brel\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    const relValue = rel ? (rel[1] ?? rel[2]!).trim().toLowerCase() : 'alternate';
    const url = decodeEntities((href[1] ?? href[2]!).trim());
    if (relValue === 'alternate' && url !== '') return url;
  }
  const text = field(item, ['link']);
  return text && !text.includes('<') ? text : null;
}
