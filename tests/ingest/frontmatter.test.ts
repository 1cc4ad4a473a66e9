/** Front matter: the `---` block of `key: value` lines at the top of a text or Markdown article. */
import { splitFrontMatter } from '../../src/ingest/frontmatter.js';

describe('splitFrontMatter', () => {
  test('reads keys (lower-cased) and bare or quoted values, and where the body starts', () => {
    const text =
      '---\nTitle: "Talks in Baghdad"\ndate: 2024-06-20\nsource_url: \'https://example.org/a\'\n---\nBody line.\n';
    const fm = splitFrontMatter(text);
    expect(fm.fields).toEqual({ title: 'Talks in Baghdad', date: '2024-06-20', source_url: 'https://example.org/a' });
    expect(text.slice(fm.bodyStart)).toBe('Body line.\n');
  });

  test('skips lines that are not key: value', () => {
    expect(splitFrontMatter('---\n# a comment\n- item\nauthor: A. Writer\n---\nx').fields).toEqual({
      author: 'A. Writer',
    });
  });

  test('no block: no fields and the body starts at 0', () => {
    expect(splitFrontMatter('Title\n\n---\nkey: value\n---\n')).toEqual({ fields: {}, bodyStart: 0 });
    expect(splitFrontMatter('---\nkey: value\nno closing fence')).toEqual({ fields: {}, bodyStart: 0 });
  });

  test('a closing fence on the last line leaves an empty body', () => {
    const text = '---\nkey: value\n---';
    expect(splitFrontMatter(text)).toEqual({ fields: { key: 'value' }, bodyStart: text.length });
  });
});
