import { annotate } from '../../src/nlp/wink.js';
import { GAZ, NameTable, markGazetteers } from '../../src/ner/gazetteer.js';
import { refineSpans } from '../../src/ner/refine.js';
import { refineVocabulary } from '../../src/resources.js';
import { CLASSES, type TokenSpan } from '../../src/ner/tags.js';

/** Runs the clean-up on hand-made tagger spans given as [first word, last word, class] (first occurrences). */
export function refine(
  text: string,
  spans: Array<[string, string, (typeof CLASSES)[number]]>,
  names: NameTable = new NameTable(),
): Array<[string, string | undefined]> {
  const { tokens, sentences } = annotate(text);
  const at = (w: string): number => tokens.findIndex((t) => t.text === w);
  const input: TokenSpan[] = spans.map(([a, b, c]) => ({ start: at(a), end: at(b) + 1, cls: CLASSES.indexOf(c) }));
  const gaz = new Int32Array(tokens.length);
  markGazetteers(tokens, sentences, [names], gaz);
  return refineSpans(tokens, input, gaz, refineVocabulary()).map((s) => [
    text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end),
    CLASSES[s.cls],
  ]);
}

/** A place list holding the made-up towns of a test. */
export function places(...names: string[]): NameTable {
  const t = new NameTable();
  for (const n of names) t.addName(n, GAZ.place);
  return t;
}

/**
 * Runs the clean-up on hand-made tagger spans given as [phrase, class]; each phrase is found after the
 * previous one, so the same words may be given twice.
 */
export function refineInOrder(
  text: string,
  spans: Array<[string, (typeof CLASSES)[number]]>,
  names: NameTable = new NameTable(),
): Array<[string, string]> {
  const { tokens, sentences } = annotate(text);
  let from = 0;
  const input: TokenSpan[] = spans.map(([phrase, cls]) => {
    const at = text.indexOf(phrase, from);
    if (at < 0) throw new Error(`no "${phrase}" after ${from}`);
    from = at + phrase.length;
    const start = tokens.findIndex((t) => t.start === at);
    const end = tokens.findIndex((t) => t.end === at + phrase.length) + 1;
    return { start, end, cls: CLASSES.indexOf(cls) };
  });
  const gaz = new Int32Array(tokens.length);
  markGazetteers(tokens, sentences, [names], gaz);
  return refineSpans(tokens, input, gaz, refineVocabulary()).map((s) => [
    text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end),
    CLASSES[s.cls]!,
  ]);
}
