import { parseConll } from '../../src/dev/eval/conll.js';

/** Hand-written IOB1 snippet (not dataset text): two documents, B- between adjacent same-type entities. */
const CONLL = `-DOCSTART- -X- -X- O

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
hired VBD I-VP O
Jane NNP I-NP I-PER
Doe NNP I-NP I-PER
Bob NNP I-NP B-PER
. . O O

In IN I-PP O
Paris NNP I-NP I-LOC
, , O O
Euro NNP I-NP I-MISC
rules NNS I-NP O

-DOCSTART- -X- -X- O

Rome NNP I-NP I-LOC
`;

describe('parseConll', () => {
  const docs = parseConll(CONLL, 'mini');

  it('rebuilds each document: tokens joined by spaces, sentences by newlines', () => {
    expect(docs.map((d) => d.text)).toEqual(['Acme Corp hired Jane Doe Bob .\nIn Paris , Euro rules', 'Rome']);
    expect(docs.map((d) => d.id)).toEqual(['mini#1', 'mini#2']);
    expect(docs[0]!.sentences).toBe(2);
  });

  it('reads IOB1 spans, splitting at B- and keeping MISC for the scorer', () => {
    const d = docs[0]!;
    expect(d.entities.map((e) => [d.text.slice(e.start, e.end), e.type])).toEqual([
      ['Acme Corp', 'ORG'],
      ['Jane Doe', 'PER'],
      ['Bob', 'PER'],
      ['Paris', 'LOC'],
      ['Euro', 'MISC'],
    ]);
  });

  it('names the line of a malformed tag', () => {
    expect(() => parseConll('Acme NNP I-NP X-ORG\n', 'bad')).toThrow(/bad:1: unknown NER tag "X-ORG"/);
  });
});
