import { detokenize } from '../../src/dev/eval/detok.js';

describe('detokenize', () => {
  it.each([
    [['Apple', "'s", 'iPhone', ',', 'he', 'said', '.'], "Apple's iPhone, he said."],
    [['(', 'WWDC', ')', 'costs', 'US$', '99', '%'], '(WWDC) costs US$99%'],
    [['``', 'Stop', 'me', ',', "''", 'he', 'said'], '"Stop me," he said'],
    [['said', '"', 'yes', '"', 'and', '"', 'no', '"'], 'said "yes" and "no"'],
    [['Airbus', "'", 'jet', 'and', 'Wal', '-', 'Mart'], "Airbus' jet and Wal-Mart"],
    [['audio', '`', 'pingers', "'", ',', 'we', "'", 're', 'done'], "audio 'pingers', we're done"],
    [['as', 'Apple', '’', 's', 'chief', '“', 'so', '”'], 'as Apple’s chief “so”'],
    [
      ['I', 'do', "n't", 'know', '...', 'I', "'ll", 'see', ';', 'medium', '-', 'and', 'short'],
      "I don't know... I'll see; medium - and short",
    ],
  ])('%j → %s', (tokens, text) => {
    expect(detokenize(tokens).text).toBe(text);
  });

  it('keeps every token span on the token text', () => {
    const tokens = ['Jobs', "'", 'health', '(', 'poor', ')', '.', '``', 'Hi', "''"];
    const { text, spans } = detokenize(tokens);
    const norm = tokens.map((t) => (t === '``' || t === "''" ? '"' : t));
    spans.forEach((s, i) => expect(text.slice(s.start, s.end)).toBe(norm[i]));
  });
});
