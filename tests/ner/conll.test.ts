import { parseConll } from '../../src/dev/ner/conll.js';
import { alignSpans, parseArgs } from '../../src/dev/ner/train.js';
import { annotate } from '../../src/nlp/wink.js';

// A made-up document in CoNLL-2003 layout (IOB1: B- only between two adjacent names of one class).
const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'Maria NNP I-NP I-PER',
  'Lopez NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Lisbon NNP I-NP I-LOC',
  '. . O O',
  '',
  'Acme NNP I-NP I-ORG',
  'Corp NNP I-NP I-ORG',
  'Globex NNP I-NP B-ORG',
  'sold VBD I-VP O',
  'French JJ I-NP I-MISC',
  'wine NN I-NP O',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Oslo NNP I-NP I-LOC',
  '',
].join('\n');

describe('CoNLL reading', () => {
  const docs = parseConll(SAMPLE);

  test('rebuilds each document as production text with gold character spans', () => {
    expect(docs).toHaveLength(2);
    const [doc] = docs;
    expect(doc!.text).toBe('Maria Lopez visited Lisbon .\nAcme Corp Globex sold French wine');
    expect(doc!.spans.map((s) => [doc!.text.slice(s.start, s.end), s.type])).toEqual([
      ['Maria Lopez', 'PER'],
      ['Lisbon', 'LOC'],
      ['Acme Corp', 'ORG'],
      ['Globex', 'ORG'],
      ['French', 'MISC'],
    ]);
  });

  test('a malformed line is an error naming the file and line, not a silent gap in the training data', () => {
    expect(() => parseConll('-DOCSTART- -X- -X- O\n\nMaria NNP I-NP I-PER\nLopez\n', 'train.conll')).toThrow(
      'CoNLL train.conll:4: expected "token … NER", got "Lopez"',
    );
    expect(() => parseConll('Maria NNP I-NP X-PER\n', 'dev.conll')).toThrow(
      'CoNLL dev.conll:1: unknown NER tag "X-PER"',
    );
  });

  test('aligns gold spans onto wink tokens', () => {
    const doc = docs[0]!;
    const { tokens } = annotate(doc.text);
    const { spans, unaligned } = alignSpans(tokens, doc.spans);
    expect(unaligned).toBe(0);
    expect(
      spans.map((s) =>
        tokens
          .slice(s.start, s.end)
          .map((t) => t.text)
          .join(' '),
      ),
    ).toEqual(['Maria Lopez', 'Lisbon', 'Acme Corp', 'Globex', 'French']);
  });

  test('counts a gold span that ends inside a wink token as unaligned', () => {
    const text = 'France-registered ships';
    const { tokens } = annotate(text);
    expect(alignSpans(tokens, [{ start: 0, end: 6, type: 'LOC' }]).unaligned).toBe(0);
    expect(alignSpans(tokens, [{ start: 0, end: 4, type: 'LOC' }]).unaligned).toBe(1);
  });
});

describe('train:ner options', () => {
  test("the weight floor defaults to the committed model's, and a floor outside [0, 1) is refused by name", () => {
    expect(parseArgs(['--train', 'a', '--dev', 'b']).floor).toBe(0.045);
    expect(parseArgs(['--train', 'a', '--dev', 'b', '--floor', '0']).floor).toBe(0);
    expect(() => parseArgs(['--train', 'a', '--dev', 'b', '--floor', '1.5'])).toThrow(
      /--floor must be a share in \[0, 1\), got 1\.5/,
    );
    expect(() => parseArgs(['--train', 'a', '--dev', 'b', '--floor', 'x'])).toThrow(/--floor/);
  });
});
