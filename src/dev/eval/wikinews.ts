/**
 * Turns a MEANTIME CAT document into a plain-text Wikinews article as articles arrive in practice:
 * a date line (`Tuesday, March 4, 2008`), the title, then the body, one sentence a paragraph.
 * Used to build the bundled sample articles in `data/articles/` (Wikinews is CC BY 2.5).
 */
import { catCreationTime, catSentences, type CatDocument } from './cat.js';
import { detokenize } from './detok.js';
import { MONTH_NAMES, weekdayName } from '../../words.js';

const MONTHS = MONTH_NAMES;

/** `2008-03-04` → `Tuesday, March 4, 2008`. */
export function formatDateLine(isoDate: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(isoDate);
  if (!m) throw new Error(`wikinews: expected a YYYY-MM-DD date, got "${isoDate}"`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return `${weekdayName(d.getUTCDay())}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** A rebuilt article with what the attribution file needs. */
export interface WikinewsArticle {
  title: string;
  url: string;
  date: string;
  slug: string;
  text: string;
}

/** File-name slug from a title: lower-case ASCII words joined by hyphens, cut at a word end within 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.lastIndexOf('-', 60);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, 60);
}

/**
 * Rebuilds the article. Sentence 0 of a MEANTIME file is the title and sentence 1 the original date
 * line; the date line is replaced by one written from the creation time.
 */
export function wikinewsArticle(doc: CatDocument): WikinewsArticle {
  const sentences = catSentences(doc).map((s) => detokenize(s.map((t) => t.text)).text);
  const date = catCreationTime(doc);
  if (!date) throw new Error(`wikinews: ${doc.docName} has no CREATION_TIME TIMEX3`);
  const title = sentences[0] ?? '';
  const body = sentences.slice(2);
  const url = doc.url.replace(/^http:/, 'https:');
  const text = `${formatDateLine(date)}\n\n${title}\n\n${body.join('\n\n')}\n`;
  return { title, url, date, slug: slugify(title), text };
}
