/**
 * wink's core model loaded by `readCoreModel` (src/nlp/wink-model.ts) is the package's own, value for value:
 * the lexicon and expansions, every feature's list, hash and sizes, the POS clusters and the packing.
 */
import { englishModel, MIRRORED_VERSION, packageModel, packageVersion } from '../../src/nlp/wink-model.js';
import winkNLP from 'wink-nlp';
import { annotate, WINK_PIPE } from '../../src/nlp/wink.js';

type Core = Record<string, unknown>;

describe("wink's English model", () => {
  test('mirrors the installed release (else the package is used as it is)', () => {
    expect(packageVersion()).toBe(MIRRORED_VERSION);
  });

  test('core() equals the package core(), field by field', () => {
    const ours = (englishModel()['core'] as () => Core)();
    const theirs = (packageModel()['core'] as () => Core)();
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const key of Object.keys(theirs)) expect([key, ours[key]]).toEqual([key, theirs[key]]);
  });

  test('every other part is the package module itself', () => {
    const ours = englishModel();
    const theirs = packageModel();
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const key of Object.keys(theirs).filter((k) => k !== 'core' && k !== 'addons'))
      expect(ours[key]).toBe(theirs[key]);
    expect(ours['addons']).toEqual(theirs['addons']);
  });

  test('a sentence of our own reads the same tokens, POS and sentences', () => {
    const a = annotate("Dr. Zara Quilmes didn't sign the $4.5bn deal in Port Vexley on 3 March; talks resume Monday.");
    expect(a.sentences.length).toBe(1);
    expect(a.tokens.map((t) => t.text).slice(0, 6)).toEqual(['Dr.', 'Zara', 'Quilmes', 'did', "n't", 'sign']);
  });

  test("the adapter's wink, without the entity and sentiment machines it never runs, tags as wink with them", () => {
    const text =
      'Rebels shelled Port Vexley on Tuesday, killing at least 12 people, officials said. Talks resume in May.';
    const nlp = winkNLP(packageModel() as never, [...WINK_PIPE] as never);
    const doc = nlp.readDoc(text);
    const theirs = doc
      .tokens()
      .out(nlp.its.pos)
      .map((pos, i) => [doc.tokens().itemAt(i).out(), pos]);
    expect(annotate(text).tokens.map((t) => [t.text, t.pos])).toEqual(theirs.filter(([, pos]) => pos !== 'SPACE'));
  });
});
