import { annotate } from '../../src/nlp/wink.js';
import { recogniseEntities, spanTypeEvidence, TYPE_MARGIN_UNIT } from '../../src/ner/index.js';
import { recogniser } from '../../src/resources.js';
import { NTAGS, tagOf, B, L, U } from '../../src/ner/tags.js';

const PER = 0;
const ORG = 1;

/** Tags and emission scores of a few tokens: `rows[k]` sets scores of token k by tag. */
function tagged(tags: number[], rows: Array<Record<number, number>>) {
  const emit2 = new Int32Array(tags.length * NTAGS);
  rows.forEach((row, k) => {
    for (const [tag, score] of Object.entries(row)) emit2[k * NTAGS + Number(tag)] = score;
  });
  return { pass2: Uint8Array.from(tags), emit2 };
}

describe('type evidence: how firmly the article alone types a name', () => {
  test("the tagger's margin per token over the best other class, squashed into [0, 1]", () => {
    // One token read U-PER, leading U-ORG by one unit: evidence one half.
    const t = tagged([tagOf(PER, U)], [{ [tagOf(PER, U)]: TYPE_MARGIN_UNIT, [tagOf(ORG, U)]: 0 }]);
    expect(spanTypeEvidence(t, { start: 0, end: 1, cls: PER })).toBe(0.5);
    // Two tokens B-ORG L-ORG leading by three units per token: 0.75.
    const u = tagged(
      [tagOf(ORG, B), tagOf(ORG, L)],
      [
        { [tagOf(ORG, B)]: 3 * TYPE_MARGIN_UNIT, [tagOf(PER, B)]: 0 },
        { [tagOf(ORG, L)]: 3 * TYPE_MARGIN_UNIT, [tagOf(PER, L)]: 0 },
      ],
    );
    expect(spanTypeEvidence(u, { start: 0, end: 2, cls: ORG })).toBe(0.75);
  });

  test('a span the clean-up rules retyped or made is typed by the rule: 1', () => {
    const t = tagged([tagOf(PER, U)], [{ [tagOf(PER, U)]: 10 }]);
    expect(spanTypeEvidence(t, { start: 0, end: 1, cls: ORG })).toBe(1);
    const o = tagged([0], [{}]);
    expect(spanTypeEvidence(o, { start: 0, end: 1, cls: ORG })).toBe(1);
  });

  test('every entity of a real sentence carries its evidence in [0, 1]', () => {
    const text = 'Mayor Ilse Varga of Dunmore met officials of the Kestrel Shipping Company on Tuesday.';
    const { tokens, sentences } = annotate(text);
    const entities = recogniseEntities({ text, tokens, sentences }, recogniser()).entities;
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) {
      expect(e.typeEvidence).toBeGreaterThanOrEqual(0);
      expect(e.typeEvidence).toBeLessThanOrEqual(1);
    }
  });
});
