/**
 * HTML to article text and metadata, with linkedom (a DOM without a browser) and Mozilla Readability
 * (the Firefox Reader View extractor) for the main text. Page structure that dates the article (JSON-LD,
 * meta tags, `<time>`) is read before Readability edits the DOM.
 */
// linkedom's single-file build (`linkedom/worker`: the same release's code and dependencies, htmlparser2,
// css-select, entities and the rest, rolled into one module) instead of its ~230-file module graph: the
// same DOM, loaded in a third of the time (about 45 against 140 ms of CPU; docs/benchmarks.md, worker start-up).
import { isMainThread } from 'node:worker_threads';
import type { parseHTML as ParseHTML } from 'linkedom/worker';
import type { Readability as ReadabilityReader } from '@mozilla/readability';
import type { Warning } from '../types.js';
import type { DateHint } from './pubdate.js';
import { warning } from '../codes.js';

/** linkedom and Readability, once loaded in this thread. */
let markup: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityReader } | null = null;

/**
 * Loads the markup reader (linkedom and Readability, about 50 ms of CPU and a major collection per thread). The
 * main thread (the CLI's commands, tools, tests) loads it with this module, as a static import did; a worker
 * thread of `dossier run` loads it before the first batch that may hold markup (`mayReadMarkup`,
 * src/pipeline/worker.ts), so the workers of a plain-text run never pay for it.
 */
export async function loadMarkupReader(): Promise<void> {
  if (markup !== null) return;
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import('linkedom/worker'),
    import('@mozilla/readability'),
  ]);
  markup = { parseHTML, Readability };
}

/** True once {@link loadMarkupReader} has loaded the markup reader in this thread. */
export function markupReaderLoaded(): boolean {
  return markup !== null;
}

function markupReader(): NonNullable<typeof markup> {
  if (markup === null)
    throw new Error(
      'dossier: the HTML reader (linkedom) is not loaded in this worker thread; await loadMarkupReader() before processing markup',
    );
  return markup;
}

if (isMainThread) await loadMarkupReader();

/** Text and metadata read from an HTML page. */
export interface HtmlArticle {
  /** Headline, byline, lead and body paragraphs, separated by blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  /** Lower-cased meta names/properties (`article:published_time`, `og:title`, `date`, …). */
  meta: Record<string, string>;
  /** Publication-date evidence from the page structure, in document order. */
  hints: DateHint[];
  /** Short lines of the page outside `text` that may carry a date ("Published 10 Aug 2025"), in page order. */
  extraLines: string[];
  /** Which extractor produced `text`. */
  extractor: 'readability' | 'fallback';
  warnings: Warning[];
}

/** Elements whose content is never article text. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'nav',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'canvas',
  'button',
  'select',
  'head',
  'figcaption',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'tr',
  'br',
  'hr',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'dl',
  'address',
  'body',
]);
/** Class or id words of page furniture, dropped by the fallback walker (Readability has its own list). */
const CLUTTER =
  /(?:^|[\s_-])(?:cookie|consent|gdpr|banner|promo|newsletter|subscribe|signup|related|recommended|more-stories|most-read|popular|trending|share|sharing|social|comment|comments|disqus|advert|ad-slot|ads|sponsor|breadcrumb|menu|masthead|site-header|site-footer|skip|tags|author-bio|paywall|modal|popup|outbrain|taboola)(?:$|[\s_-])/i;

const MAX_READABLE_DEPTH = 150;
const MAX_READABLE_ELEMENTS = 30_000;

/** Depth and element count of the page (iterative), and whether it is a fragment without `<html>`. */
function domShape(document: DomDocument): { depth: number; elements: number; fragment: boolean } {
  const docEl = document.documentElement as unknown as DomNode | null;
  const fragment = docEl === null || docEl.nodeName.toLowerCase() !== 'html' || document.body === null;
  let depth = 0;
  let elements = 0;
  const stack: Array<[DomNode, number]> = [[document as unknown as DomNode, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (node.nodeType === 1) elements++;
    if (d > depth) depth = d;
    if (elements > MAX_READABLE_ELEMENTS || depth > MAX_READABLE_DEPTH) break;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, d + 1]);
  }
  return { depth, elements, fragment };
}

/** Publication-specific meta keys (strong) and generic date keys (weak). */
const META_DATE_KEYS: Array<[string, boolean]> = [
  ['article:published_time', true],
  ['og:published_time', true],
  ['og:article:published_time', true],
  ['datepublished', true],
  ['parsely-pub-date', true],
  ['sailthru.date', true],
  ['publish-date', true],
  ['publishdate', true],
  ['publication_date', true],
  ['article.published', true],
  ['dc.date.issued', true],
  ['dcterms.issued', true],
  ['citation_publication_date', true],
  ['pubdate', false],
  ['date', false],
  ['dc.date', false],
  ['dcterms.date', false],
  ['dcterms.created', false],
  ['dc.date.created', false],
  ['cxenseparse:recs:publishtime', false],
];
const META_UPDATED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified'];

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode?: DomNode | null;
  getAttribute?(name: string): string | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}
type DomDocument = ReturnType<typeof ParseHTML>['document'];

function parseDocument(html: string): DomDocument {
  const { parseHTML } = markupReader();
  let { document } = parseHTML(html);
  // Text with no element at all ("!", a lone entity) leaves linkedom without a document element, and
  // its query methods then throw: give such text the page structure it lacks.
  if (document.documentElement === null) ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  return document;
}

const all = (doc: DomDocument, sel: string): DomElement[] =>
  Array.from(doc.querySelectorAll(sel)) as unknown as DomElement[];

/**
 * Extracts the article of an HTML page: Readability picks the main text (dropping navigation, banners,
 * related links, comments and footers); the walker below is the fallback when Readability finds nothing
 * or keeps much less than the page's own `<article>`. Never throws on malformed markup.
 */
export function htmlToArticle(html: string, opts: { walkerOnly?: boolean } = {}): HtmlArticle {
  const warnings: Warning[] = [];
  const document = parseDocument(html);
  const meta = readMeta(document);
  const hints = readDateHints(document, meta, warnings);
  const h1 = clean((document.querySelector('h1') as DomNode | null)?.textContent ?? '');
  const titleEl = clean((document.querySelector('title') as DomNode | null)?.textContent ?? '');
  const title = h1 || clean(meta['og:title'] ?? '') || clean(meta['jsonld:headline'] ?? '') || titleEl || null;
  const pageText = clean((document.body as unknown as DomNode | null)?.textContent ?? '');
  pruneClutter(document, pageText.length);
  // Read before Readability, which removes the byline element it recognises and may drop a standfirst.
  let byline = findByline(document) ?? (clean(meta['author'] ?? '') || null);
  const standfirst = findStandfirst(document);

  const fallback = walkFallback(document);
  let body = fallback;
  let extractor: HtmlArticle['extractor'] = 'fallback';
  let lead: string | null = null;
  const shape = domShape(document);
  // Readability's cost grows with depth times size: hostile or generated markup (thousands of nested
  // elements, a fragment without <body>) goes to the linear walker instead.
  if (opts.walkerOnly) {
    // Measurement only (the walker against Readability on the gold set); the stage never sets it.
  } else if (shape.fragment || shape.depth > MAX_READABLE_DEPTH || shape.elements > MAX_READABLE_ELEMENTS) {
    if (!shape.fragment)
      warnings.push(
        warning(
          'W_HTML_UNUSUAL',
          `the page is ${shape.depth} elements deep with ${shape.elements} elements, beyond what the main-text extractor reads in time; kept the text of the page body without furniture instead`,
        ),
      );
  } else
    try {
      const reader = new (markupReader().Readability)(
        document as unknown as ConstructorParameters<typeof ReadabilityReader>[0],
        {
          serializer: (el) => el,
          charThreshold: 200,
        },
      );
      const parsed = reader.parse();
      if (parsed?.content) {
        const readable = walk([parsed.content as unknown as DomNode]);
        // Readability gives up on some small or oddly built pages and returns a fragment: keep it only
        // when it holds most of what the fallback walker finds.
        if (readable.length >= Math.min(200, fallback.length * 0.5) && readable.length > 0) {
          body = readable;
          extractor = 'readability';
          if (parsed.byline && !byline && plausibleByline(clean(parsed.byline))) byline = clean(parsed.byline);
          const excerpt = standfirst ?? clean(parsed.excerpt ?? '');
          // A standfirst Readability left outside the content: kept when the page shows it.
          if (excerpt.length > 20 && !clean(body).includes(excerpt) && pageText.includes(excerpt)) lead = excerpt;
        }
      }
    } catch (e) {
      warnings.push(
        warning(
          'W_HTML_EXTRACT',
          `the main-text extractor failed on this page (${(e as Error).message.slice(0, 120)}); kept the text of the whole page body instead`,
        ),
      );
    }
  if (byline && byline.length > 100) byline = null;
  if (byline) byline = byline.replace(/^by\s+/i, '');

  const parts: string[] = [];
  const bodyStart = clean(body.slice(0, 400));
  if (title && !bodyStart.startsWith(title)) parts.push(title);
  if (byline && !clean(body.slice(0, 600)).includes(byline))
    parts.push(/^by\s/i.test(byline) ? byline : `By ${byline}`);
  if (lead) parts.push(lead);
  parts.push(body);
  const text = parts
    .filter((p) => p !== '')
    .join('\n\n')
    .trim();
  const extraLines = fallback
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 5 && l.length <= 160 && /\d/.test(l) && !text.includes(l))
    .slice(0, 30);
  return { text, title, byline, meta, hints, extraLines, extractor, warnings };
}

/** Elements that are page furniture by their role. */
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
]);
const MAX_PRUNE_CHECKS = 5000;

/**
 * Removes page furniture before extraction: elements whose class, id or data attributes name it
 * (cookie banners, newsletter boxes, related links, comments, share bars, ads), furniture ARIA roles,
 * and hidden elements. An element holding the headline or a large part of the page is never removed,
 * so a container class such as "has-comments" cannot take the article with it.
 */
function pruneClutter(document: DomDocument, pageLength: number): void {
  const doomed: DomElement[] = [];
  let checks = 0;
  for (const el of all(document, 'body *')) {
    if (++checks > MAX_PRUNE_CHECKS) break;
    const name = el.nodeName.toLowerCase();
    if (name === 'article' || name === 'main' || name === 'h1' || name === 'p') continue;
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-gu-name') ?? ''}`;
    const furniture =
      FURNITURE_ROLES.has(role) ||
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true' ||
      (label.trim() !== '' && CLUTTER.test(label));
    if (!furniture) continue;
    if (doomed.some((d) => contains(d, el))) continue;
    const len = (el.textContent ?? '').length;
    if (len > pageLength * 0.4) continue;
    if ((el as unknown as { querySelector(s: string): unknown }).querySelector('h1')) continue;
    doomed.push(el);
  }
  for (const el of doomed) (el as unknown as { remove(): void }).remove();
}

function contains(outer: DomNode, inner: DomNode): boolean {
  for (let n: DomNode | null | undefined = inner.parentNode; n; n = n.parentNode) if (n === outer) return true;
  return false;
}

/** A byline names someone: a capitalised word besides a "By" prefix, short, not a date or a count. */
function plausibleByline(text: string): boolean {
  const name = text.replace(/^by\b\s*/i, '');
  return name.length >= 3 && text.length <= 80 && /\p{Lu}\p{L}/u.test(name) && !/\d{3,}/.test(text);
}

const BYLINE_LABEL = /(?:^|[\s_-])(?:byline|by-line|author|author-name|contributor|writer|reporter)(?:$|[\s_-])/i;

/** The byline the page shows: `rel=author`, `itemprop=author`, or an element labelled byline/author. */
function findByline(document: DomDocument): string | null {
  for (const el of all(document, '[rel="author"], [itemprop="author"], [class], [data-qa]')) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-qa') ?? ''}`;
    const isAuthor =
      el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || BYLINE_LABEL.test(label);
    if (!isAuthor) continue;
    // Block-aware: a byline block often holds the name and, in a block of its own, the desk or role.
    const text = clean(walk([el]).split('\n')[0] ?? '');
    // A "By " prefix in an element of its own is not the byline: a name needs a capitalised word.
    if (plausibleByline(text)) return text;
    // A "By" prefix in an element of its own: the byline is its parent's text.
    if (/^by$/i.test(text) && el.parentNode) {
      const whole = clean(walk([el.parentNode]).split('\n')[0] ?? '');
      if (plausibleByline(whole)) return whole;
    }
  }
  return null;
}

const STANDFIRST_LABEL =
  /(?:^|[\s_-])(?:standfirst|sub-?headline|subhead|dek|deck|lede|article-summary|summary|intro|strapline|kicker-summary|description)(?:$|[\s_-])/i;

/** The standfirst (lead, dek, sub-headline) the page shows above the body, by its class or data label. */
function findStandfirst(document: DomDocument): string | null {
  for (const el of all(document, '[class], [data-gu-name], [data-qa], [itemprop="description"]')) {
    if (el.nodeName.toLowerCase() === 'meta') continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-gu-name') ?? ''} ${el.getAttribute('data-qa') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!STANDFIRST_LABEL.test(label)) continue;
    const text = clean(el.textContent ?? '');
    if (text.length >= 20 && text.length <= 400) return text;
  }
  return null;
}

function readMeta(document: DomDocument): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of all(document, 'meta')) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !(key in meta)) meta[key] = content.trim();
  }
  return meta;
}

const ARTICLE_TYPE =
  /^(?:\w+:)?(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Satirical)?Article$|^(?:Blog|Social)?Posting$|^LiveBlogPosting$|^Report$/;

/** Date evidence from the page: JSON-LD, meta tags, `itemprop` attributes, `<time>` elements. */
function readDateHints(document: DomDocument, meta: Record<string, string>, warnings: Warning[]): DateHint[] {
  const hints: DateHint[] = [];
  for (const script of all(document, 'script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase().trim();
    if (type !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    const data = parseJsonLenient(raw);
    if (data === undefined) {
      warnings.push(
        warning(
          'W_JSONLD_INVALID',
          `a JSON-LD block is not valid JSON (${raw.trim().slice(0, 60)}…); its dates were not used`,
        ),
      );
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      const types = ([] as unknown[]).concat(node['@type'] ?? []).filter((t): t is string => typeof t === 'string');
      const isArticle = types.some((t) => ARTICLE_TYPE.test(t));
      const label = types[0] ?? 'Thing';
      if (typeof node['datePublished'] === 'string')
        hints.push({
          source: 'json-ld',
          key: `${label}.datePublished`,
          value: node['datePublished'],
          strong: isArticle,
        });
      else if (isArticle && typeof node['dateCreated'] === 'string')
        hints.push({ source: 'json-ld', key: `${label}.dateCreated`, value: node['dateCreated'], strong: false });
      if (isArticle && typeof node['dateModified'] === 'string')
        hints.push({ source: 'updated-on', key: `${label}.dateModified`, value: node['dateModified'], strong: false });
      if (isArticle && typeof node['headline'] === 'string' && meta['jsonld:headline'] === undefined)
        meta['jsonld:headline'] = node['headline'];
      if (isArticle && meta['author'] === undefined) {
        const author = ([] as unknown[]).concat(node['author'] ?? [])[0];
        const name = typeof author === 'string' ? author : (author as { name?: unknown } | undefined)?.name;
        if (typeof name === 'string') meta['author'] = name;
      }
    }
  }
  for (const [key, strong] of META_DATE_KEYS)
    if (meta[key]) hints.push({ source: 'html-meta', key, value: meta[key]!, strong });
  for (const key of META_UPDATED_KEYS)
    if (meta[key]) hints.push({ source: 'updated-on', key, value: meta[key]!, strong: false });
  for (const el of all(document, '[itemprop="datePublished"]')) {
    if (el.nodeName.toLowerCase() === 'meta') continue;
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    if (value.trim())
      hints.push({
        source: 'html-time',
        key: `${el.nodeName.toLowerCase()}[itemprop=datePublished]`,
        value,
        strong: true,
      });
  }
  for (const el of all(document, 'time')) {
    if (el.getAttribute('itemprop') === 'datePublished') continue;
    if (insideClutter(el)) continue;
    const value = el.getAttribute('datetime') ?? el.textContent ?? '';
    if (!value.trim()) continue;
    const strong = el.hasAttribute('pubdate') || /publish|posted|dateline/i.test(`${el.getAttribute('class') ?? ''}`);
    hints.push({ source: 'html-time', key: strong ? 'time[pubdate]' : 'time[datetime]', value, strong });
    if (!strong) break;
  }
  return hints;
}

/** True when the element sits in navigation, an aside, a footer or a block of related links or comments. */
function insideClutter(el: DomNode): boolean {
  for (let n: DomNode | null | undefined = el.parentNode; n && n.nodeType === 1; n = n.parentNode) {
    const name = n.nodeName.toLowerCase();
    if (name === 'nav' || name === 'aside' || name === 'footer') return true;
    const cls = `${n.getAttribute?.('class') ?? ''} ${n.getAttribute?.('id') ?? ''}`;
    if (CLUTTER.test(cls)) return true;
  }
  return false;
}

/** JSON.parse, retried once without trailing commas and raw control characters (common CMS slips). */
function parseJsonLenient(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every object of a JSON-LD value: arrays, `@graph`, and nested objects (bounded, iterative). */
function jsonLdNodes(data: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const stack: unknown[] = [data];
  let budget = 5000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      out.push(obj);
      for (const [k, child] of Object.entries(obj))
        if (k === '@graph' || k === 'mainEntity' || k === 'mainEntityOfPage' || k === 'itemListElement')
          stack.push(child);
    }
  }
  return out;
}

/**
 * The fallback: the text of `<article>` (else `<main>`, else `<body>`), without scripts, navigation,
 * asides, footers and blocks whose class or id names page furniture (cookie banners, related links,
 * comments, share bars).
 */
function walkFallback(document: DomDocument): string {
  // linkedom turns a fragment (markup without an <html> element, e.g. a bare stack of <div>s) into
  // top-level siblings and adds an EMPTY <body> beside them: walking <body> would lose the whole
  // article, so a fragment is walked from every top-level node instead.
  const docEl = document.documentElement as unknown as DomNode | null;
  const isFragment = docEl !== null && docEl.nodeName.toLowerCase() !== 'html';
  const chosen = (document.querySelector('article') ??
    document.querySelector('main') ??
    (isFragment ? null : (document.body ?? docEl))) as unknown as DomNode | null;
  const roots: DomNode[] = chosen ? [chosen] : Array.from((document as unknown as DomNode).childNodes);
  return walk(roots, true);
}

/**
 * Block-aware text of DOM subtrees: block elements become paragraph breaks. Iterative, so deeply nested
 * markup cannot overflow the stack. With `dropClutter`, furniture blocks (by class or id) are skipped.
 */
export function walk(roots: DomNode[], dropClutter = false): string {
  const parts: string[] = [];
  // Depth-first walk with an explicit stack; a `null` entry marks the end of a block element.
  const stack: Array<DomNode | null> = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      parts.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toLowerCase();
    if (DROP.has(name)) continue;
    if (dropClutter && name !== 'body' && name !== 'article' && name !== 'main') {
      const cls = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
      if (cls.trim() !== '' && CLUTTER.test(cls)) continue;
    }
    if (BLOCK.has(name)) {
      parts.push('\n\n');
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts
    .join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of an HTML fragment (a feed item's content), block-aware, without Readability. */
export function htmlFragmentToText(html: string): string {
  const document = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  return walk([document.body as unknown as DomNode], true);
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
