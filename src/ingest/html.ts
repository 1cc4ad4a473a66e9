/** HTML to article text and metadata, with linkedom (a DOM without a browser). */
import { parseHTML } from 'linkedom';

/** Text and metadata read from an HTML page. */
export interface HtmlArticle {
  text: string;
  title: string | null;
  /** Lower-cased meta names/properties (`article:published_time`, `og:title`, `date`, …) and `time` elements. */
  meta: Record<string, string>;
}

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

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/**
 * Extracts the readable text of `<article>` (else `<main>`, else `<body>`), dropping scripts, styles and
 * navigation; block elements become paragraph breaks. Iterative, so deeply nested markup cannot overflow
 * the stack.
 */
export function htmlToArticle(html: string): HtmlArticle {
  let { document } = parseHTML(html);
  // Text with no element at all ("!", a lone entity) leaves linkedom without a document element, and
  // its query methods then throw: give such text the page structure it lacks.
  if (document.documentElement === null) ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  const meta: Record<string, string> = {};
  for (const el of Array.from(document.querySelectorAll('meta')) as Array<{ getAttribute(n: string): string | null }>) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !(key in meta)) meta[key] = content.trim();
  }
  const time = document.querySelector('time[datetime]') as { getAttribute(n: string): string | null } | null;
  if (time?.getAttribute('datetime')) meta['time'] = time.getAttribute('datetime')!.trim();
  const titleEl = document.querySelector('title');
  const h1 = document.querySelector('h1');
  const title = clean(meta['og:title'] ?? h1?.textContent ?? titleEl?.textContent ?? '') || null;

  // linkedom turns a fragment (markup without an <html> element, e.g. a bare stack of <div>s) into
  // top-level siblings and adds an EMPTY <body> beside them: walking <body> would lose the whole
  // article, so a fragment is walked from every top-level node instead.
  const docEl = document.documentElement as unknown as DomNode | null;
  const isFragment = docEl !== null && docEl.nodeName.toLowerCase() !== 'html';
  const chosen = (document.querySelector('article') ??
    document.querySelector('main') ??
    (isFragment ? null : (document.body ?? docEl))) as unknown as DomNode | null;
  const roots: DomNode[] = chosen ? [chosen] : Array.from((document as unknown as DomNode).childNodes);
  const parts: string[] = [];
  if (roots.length > 0) {
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
      if (BLOCK.has(name)) {
        parts.push('\n\n');
        stack.push(null);
      }
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  const text = parts
    .join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title, meta };
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
