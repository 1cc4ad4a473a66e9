import { annotate } from '../../src/nlp/wink.js';
import { tagSpans } from '../../src/ner/index.js';
import { refineSpans } from '../../src/ner/refine.js';
import { tagDocument } from '../../src/ner/tagger.js';
import { decodeSpans, type TokenSpan } from '../../src/ner/tags.js';
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

describe("the clean-up reads the tagger's reading of the tokens when it has it", () => {
  test('the same spans with the tagger’s first characters, lengths and capitals as with its own', () => {
    // Passes that read them: a headline in capitals naming a group of the article again, a group named
    // again in a sentence's first word, initials of a group, runs of capitals no span covers, a non-ASCII
    // capital that starts a word.
    const text =
      'ZEDCO TO CUT 300 JOBS AT ÖSTERVIK PLANT\n\nQuorley Zedco Holdings (QZH) said on Monday it would cut jobs ' +
      'at its Östervik plant. Zedco shares fell 3 percent. QZH employs 4,000 people, Zedco said, and the ' +
      'Östervik works of Zedco make trucks.';
    const doc = annotate(text);
    const { model, names, clusters, vocabulary } = recogniser();
    const tagged = tagDocument(model, doc.tokens, doc.sentences, [names], clusters);
    const spans: TokenSpan[] = [];
    for (const s of doc.sentences) decodeSpans(tagged.pass2, s.tokenStart, s.tokenEnd, spans);
    const copy = (): TokenSpan[] => spans.map((sp) => ({ ...sp }));
    const withTagger = refineSpans(doc.tokens, copy(), tagged.gaz, vocabulary, doc.lowerForms, tagged.lowered);
    const own = refineSpans(doc.tokens, copy(), tagged.gaz, vocabulary, doc.lowerForms);
    expect(withTagger).toEqual(own);
    expect(withTagger.filter((sp) => sp.cls === 1).length).toBeGreaterThan(2);
    expect(tagSpans(doc, recogniser())).toEqual(withTagger);
  });
});
