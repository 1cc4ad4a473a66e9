import { annotate } from '../../src/nlp/wink.js';
import { tagSpans } from '../../src/ner/index.js';
import { recogniser } from '../../src/resources.js';

describe("the clean-up reads the document's lower-cased forms when it has them", () => {
  test('the same spans with the annotate stage’s forms as with forms made by the rules', () => {
    // Rules that read lower-cased words: a locative before a listed place, a given name before a town, a
    // courtesy title, a list with "and", a title word, a company noun after a possessive.
    const text =
      'Dr. Quorley met Anna Lisbon in Lisbon and Izmir on Monday. Zedco said Zedco’s shareholders met the ' +
      'Quorley family in the city of Quarville. US Ambassador Jon Vantor visited Vantor Mills, the British conglomerate.';
    const doc = annotate(text);
    const withForms = tagSpans(doc, recogniser());
    const without = tagSpans({ tokens: doc.tokens, sentences: doc.sentences }, recogniser());
    expect(withForms).toEqual(without);
    expect(withForms.length).toBeGreaterThan(5);
    // Forms that do not fit the tokens (a caller that has none: an empty list) are not read.
    expect(tagSpans({ ...doc, lowerForms: [] }, recogniser())).toEqual(without);
  });
});
