import { annotate } from '../../src/nlp/wink.js';
import { recogniseEntities } from '../../src/ner/index.js';
import { nerModel, nerModelVersion, recogniser } from '../../src/resources.js';

function entities(text: string) {
  const { tokens, sentences } = annotate(text);
  return recogniseEntities({ text, tokens, sentences }, recogniser()).entities.map((e) => [e.name, e.type]);
}

describe('the committed model', () => {
  test('loads once, with a content-derived version', () => {
    const m = nerModel();
    expect(nerModel()).toBe(m);
    expect(m.pass1.keys.length).toBeGreaterThan(10_000);
    expect(m.trainNames.size).toBeGreaterThan(1000);
    expect(nerModelVersion()).toMatch(/^ner-[0-9a-f]{12}$/);
  });

  test.each([
    [
      'German Chancellor Helmut Kohl met Boris Yeltsin in Moscow on Tuesday.',
      [
        ['Helmut Kohl', 'person'],
        ['Boris Yeltsin', 'person'],
        ['Moscow', 'place'],
      ],
    ],
    [
      'Shares of Microsoft Corp rose in New York after the Federal Reserve cut rates.',
      [
        ['Microsoft Corp', 'group'],
        ['New York', 'place'],
        ['Federal Reserve', 'group'],
      ],
    ],
    [
      'The United Nations said refugees fled from Rwanda into Zaire.',
      [
        ['United Nations', 'group'],
        ['Rwanda', 'place'],
        ['Zaire', 'place'],
      ],
    ],
  ])('tags %s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  test('nationality adjectives, weekdays and months are not entities', () => {
    const found = entities('On Monday, Iraqi and American officials met in June.').map(([name]) => name);
    expect(found).not.toContain('Iraqi');
    expect(found).not.toContain('American');
    expect(found).not.toContain('Monday');
    expect(found).not.toContain('June');
  });

  test('every mention span is exact text of the input', () => {
    const text = 'Tracy Ann Jacobson, the envoy to Baghdad, spoke.\nLater Jacobson left for Washington.';
    const { tokens, sentences } = annotate(text);
    for (const e of recogniseEntities({ text, tokens, sentences }, recogniser()).entities) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
