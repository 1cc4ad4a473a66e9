/**
 * A minimal scanner for the flat, well-formed XML of the evaluation datasets (TimeML, MEANTIME CAT).
 * Evaluation reads a few hundred small files; a regex scanner keeps text positions exact (which TimeML
 * offsets need) without a DOM dependency.
 */

/** One piece of an XML file: an opening tag, a closing tag, or text between tags. */
export type XmlPiece =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const TAG =
  /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five predefined XML entities and numeric character references. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[name!]!;
  });
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!s) return attrs;
  for (const m of s.matchAll(ATTR)) attrs[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  return attrs;
}

/** Splits `src` into tags and (unescaped) text pieces, in document order; comments and declarations are skipped. */
export function* scanXml(src: string): Generator<XmlPiece> {
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(src); m !== null; m = TAG.exec(src)) {
    if (m.index > last) yield { kind: 'text', text: unescapeXml(src.slice(last, m.index)) };
    last = TAG.lastIndex;
    if (m[5] !== undefined) yield { kind: 'text', text: m[5] };
    else if (m[2] === undefined) continue;
    else if (m[1] === '/') yield { kind: 'close', name: m[2] };
    else yield { kind: 'open', name: m[2], attrs: parseAttrs(m[3] ?? ''), selfClosing: m[4] === '/' };
  }
  if (last < src.length) yield { kind: 'text', text: unescapeXml(src.slice(last)) };
}
