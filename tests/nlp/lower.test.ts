import { lowerForms } from '../../src/nlp/lower.js';
import type { Token } from '../../src/types.js';

function tokens(words: string[]): Token[] {
  let at = 0;
  return words.map((text, i) => {
    const start = at;
    at += text.length + 1;
    return {
      i,
      start,
      end: start + text.length,
      text,
      pos: 'X',
      lemma: text,
      kind: 'word',
      sentence: 0,
      spaceBefore: i > 0,
    };
  });
}

describe('lowerForms', () => {
  test('each form is the lower-cased token text', () => {
    expect(lowerForms(tokens(['Talks', 'RESUMED', 'in', 'Baghdad', 'Nov.', "'s"]))).toEqual([
      'talks',
      'resumed',
      'in',
      'baghdad',
      'nov.',
      "'s",
    ]);
  });

  test('one token list is lower-cased once and its forms shared; another list gets its own', () => {
    const list = tokens(['The', 'Talks']);
    const first = lowerForms(list);
    expect(lowerForms(list)).toBe(first);
    const other = tokens(['Other', 'Words']);
    expect(lowerForms(other)).toEqual(['other', 'words']);
    expect(lowerForms(list)).toEqual(['the', 'talks']);
  });
});
