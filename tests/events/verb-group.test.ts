/**
 * Verb groups (auxiliaries, negation, tense before a verb) are kept per article index by token: asking
 * again gives the same reading, and another article's index, asked in between, gets its own. Sentences are
 * made up for these tests.
 */
import { buildArticleIndex } from '../../src/events/article-index.js';
import { verbGroup } from '../../src/events/syntax.js';
import { eventInput } from './builders.js';

function index(text: string) {
  const input = eventInput(text, {});
  return buildArticleIndex(text, input.tokens, input.sentences, input.lowerForms, input.entities, input.timexes);
}

describe('verbGroup', () => {
  it('reads each article by its own tokens when two indexes are asked in turn', () => {
    // Token 3 is the verb "flooded" in the first text and the auxiliary "will" in the second (its verb is token 5).
    const past = index('The old mill flooded twice.');
    const future = index('The old mill will not flood.');
    const first = verbGroup(future, 5);
    expect(first).toMatchObject({ start: 3, future: true, negated: true, modal: 'will' });
    expect(verbGroup(past, 3)).toMatchObject({ start: 3, future: false, negated: false, present: false });
    expect(verbGroup(future, 5)).toEqual(first);
    expect(verbGroup(past, 3)).toMatchObject({ start: 3, future: false });
  });

  it('gives a coordinated verb the auxiliaries of the first one', () => {
    const ix = index('Two clerks were arrested and charged on the quay.');
    const charged = ix.lower.indexOf('charged');
    expect(verbGroup(ix, charged)).toMatchObject({ start: 2, passive: true });
    expect(verbGroup(ix, charged)).toEqual(verbGroup(ix, charged - 2));
  });
});
