import { parseBusinessGold, scoreBusinessDoc } from '../../src/dev/eval/business-ner.js';
import type { ClassCounts } from '../../src/dev/eval/entity-score.js';
import type { Confusion } from '../../src/dev/eval/confusion.js';
import type { EvalError } from '../../src/dev/eval/timex-score.js';

describe('business-ner gold', () => {
  const [doc] = parseBusinessGold(
    '=== one\n[ORG Zedco] recalls [PRO Zedco Arrow]\nMonday, May 4, 2009\n[PER Vel Quorley] said the [FIN Zed 40] fell.\n',
  );

  test('labels become spans of the text without the markup', () => {
    expect(doc!.text).toBe('Zedco recalls Zedco Arrow\nMonday, May 4, 2009\nVel Quorley said the Zed 40 fell.');
    expect(doc!.names.map((n) => [doc!.text.slice(n.start, n.end), n.type])).toEqual([
      ['Zedco', 'ORG'],
      ['Zedco Arrow', 'PRO'],
      ['Vel Quorley', 'PER'],
      ['Zed 40', 'FIN'],
    ]);
  });

  test('a prediction on a product or index is a false alarm in its row; part of one says so', () => {
    const counts: ClassCounts = {};
    const confusion: Confusion = {};
    const errors: EvalError[] = [];
    const span = (text: string, type: string, first = false): { start: number; end: number; type: string } => {
      const start = first ? doc!.text.indexOf(text) : doc!.text.lastIndexOf(text);
      return { start, end: start + text.length, type };
    };
    scoreBusinessDoc(
      doc!,
      [span('Zedco', 'ORG', true), span('Zedco Arrow', 'ORG'), span('Vel Quorley', 'PER'), span('Zed', 'ORG')],
      counts,
      confusion,
      errors,
    );
    expect(counts['ORG']).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(counts['PER']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(confusion['PRO']).toEqual({ ORG: 1 });
    expect(confusion['FIN (part)']).toEqual({ ORG: 1 });
  });

  test('text outside a document or an unknown label is refused', () => {
    expect(() => parseBusinessGold('Zedco\n=== a\n')).toThrow(/before the first/);
    expect(() => parseBusinessGold('=== a\n[XYZ Zedco]\n')).toThrow(/unknown label/);
  });
});
