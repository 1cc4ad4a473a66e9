/** Front matter: a `---` block of `key: value` lines at the top of a text or Markdown article. */

/** Keys and values of the front matter, and where the body starts. */
export interface FrontMatter {
  fields: Record<string, string>;
  bodyStart: number;
}

const FENCE = /^---[ \t]*\n/;

/**
 * Splits a leading `---` … `---` block of `key: value` lines (YAML's simple subset: quoted or bare
 * scalars). Returns `bodyStart` 0 and no fields when there is no well-formed block.
 */
export function splitFrontMatter(text: string): FrontMatter {
  if (!FENCE.test(text)) return { fields: {}, bodyStart: 0 };
  const close = text.indexOf('\n---', 3);
  if (close === -1) return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of text.slice(text.indexOf('\n') + 1, close + 1).split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    fields[m[1]!.toLowerCase()] = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  let bodyStart = close + 4;
  const eol = text.indexOf('\n', bodyStart);
  bodyStart = eol === -1 ? text.length : eol + 1;
  return { fields, bodyStart };
}
