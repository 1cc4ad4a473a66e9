/**
 * Stage 2: bytes to the article text stored in the record. Decodes, strips HTML, splits front matter,
 * detects title and publication date, removes boilerplate footers, and keeps an offset map from the
 * stored text back to the decoded source.
 */
import { isUtf8 } from 'node:buffer';
import { declaredEncoding, decodeBytes } from '../ingest/decode.js';
import { splitFrontMatter } from '../ingest/frontmatter.js';
import { htmlToArticle } from '../ingest/html.js';
import { detectPublicationDate, type DateHint } from '../ingest/pubdate.js';
import { feedToArticle, looksLikeFeed } from '../ingest/feed.js';
import { stripBoilerplateEnd } from '../ingest/boilerplate.js';
import type { ArticleStage } from '../pipeline/stage.js';
import { warning } from '../codes.js';

const HTML_EXT = /\.x?html?$/i;
const FEED_EXT = /\.(?:rss|atom|xml)$/i;
const MAX_TITLE = 200;
/** An HTML page by what its text holds: markup first (after comments), whatever the file's name. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(!doctype html|html)[\s>]/i;

/**
 * How an article's decoded text is read: as a feed, as an HTML page (both through the markup reader of
 * src/ingest/html.ts), or as plain text (null). Markup is read by what the file holds, not only by its name: a
 * feed saved as .txt is still a feed.
 */
export function markupKind(path: string, text: string): 'feed' | 'html' | null {
  if ((FEED_EXT.test(path) || text.trimStart().startsWith('<')) && looksLikeFeed(text)) return 'feed';
  return HTML_EXT.test(path) || HTML_START.test(text.slice(0, 400)) ? 'html' : null;
}

/**
 * False only when an article's bytes are certainly read as plain text (`markupKind` null), so the markup reader
 * need not be loaded for it. Every markup kind needs a '<' in the text or a markup file name; without a '<' byte,
 * text decoded as UTF-8 (an ASCII or valid UTF-8 file that declares no encoding) holds none, while any other
 * decoding (UTF-16, a declared or a detected legacy encoding) might make one.
 */
export function mayReadMarkup(path: string, bytes: Uint8Array): boolean {
  if (HTML_EXT.test(path) || FEED_EXT.test(path) || bytes.includes(0x3c /* < */)) return true;
  return bytes.includes(0) || !isUtf8(bytes) || declaredEncoding(bytes) !== null;
}

export const ingestStage: ArticleStage = {
  name: 'ingest',
  requires: ['source', 'bytes'],
  provides: ['text', 'offsetMap', 'title', 'publication', 'meta', 'encoding'],
  run(doc, ctx) {
    const decoded = decodeBytes(doc.bytes!);
    doc.warnings.push(...decoded.warnings);
    doc.encoding = decoded.encoding;
    let body: string;
    let bodyOffset = 0;
    let title: string | null = null;
    let meta: Record<string, string>;
    let hints: DateHint[] = [];
    let extraLines: string[] = [];
    const kind = markupKind(doc.source.path, decoded.text);
    const feed = kind === 'feed';
    const html = kind === 'html';
    if (feed) {
      const item = feedToArticle(decoded.text);
      body = item.text;
      title = item.title;
      hints = item.hints;
      meta = item.byline ? { author: item.byline } : {};
      doc.warnings.push(...item.warnings);
    } else if (html) {
      const page = htmlToArticle(decoded.text);
      body = page.text;
      title = page.title;
      meta = page.meta;
      hints = page.hints;
      extraLines = page.extraLines;
      doc.warnings.push(...page.warnings);
    } else {
      const fm = splitFrontMatter(decoded.text);
      meta = fm.fields;
      bodyOffset = fm.bodyStart;
      body = decoded.text.slice(fm.bodyStart);
      title = meta['title'] ?? null;
    }
    // Leading whitespace is dropped so that offsets start at the first character of the article.
    const lead = body.length - body.trimStart().length;
    const end = stripBoilerplateEnd(body);
    doc.text = body.slice(lead, Math.max(lead, end));
    // Text rebuilt from markup has no offset map back to the source.
    doc.offsetMap = !feed && !html && doc.text.length > 0 ? [[0, bodyOffset + lead, doc.text.length]] : [];
    if (end < body.trimEnd().length)
      doc.warnings.push(
        warning('W_BOILERPLATE', `removed ${body.trimEnd().length - end} characters of footer boilerplate`),
      );
    if (doc.text.trim() === '')
      throw new Error(
        'the article has no text after removing markup, front matter and boilerplate; check that the file holds an article',
      );

    const forced = ctx.settings.forcedPublicationDate;
    const { publication, warnings } = forced
      ? { publication: { date: forced, source: 'config' as const, confidence: 1 }, warnings: [] }
      : detectPublicationDate({
          text: doc.text,
          // HTML and feed metadata arrives as typed hints; plain `meta` is front matter.
          meta: feed || html ? {} : meta,
          hints,
          extraLines,
          path: doc.source.relPath,
          fallback: ctx.settings.fallbackPublicationDate,
        });
    doc.publication = publication;
    doc.warnings.push(...warnings);
    doc.title = title ?? detectTitle(doc.text, publication.evidence);
    doc.meta = meta;
  },
};

/** First non-empty line that is short and is not the date line. */
function detectTitle(text: string, dateLine: string | undefined): string | null {
  for (const raw of text.split('\n', 20)) {
    const line = raw.trim();
    if (line === '' || line === dateLine) continue;
    return line.length <= MAX_TITLE ? line : null;
  }
  return null;
}
