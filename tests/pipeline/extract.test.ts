import { loadResources } from '../../src/resources.js';
import pino, { type Logger } from 'pino';
import {
  ArticleStageContext,
  createArticleProcessor,
  DEFAULT_SETTINGS,
  extractText,
  type ArticleResult,
} from '../../src/pipeline/extract.js';

/** A silent logger that records the bindings of every child made from it. */
function countingLogger(): { log: Logger; made: unknown[] } {
  const log = pino({ level: 'silent' });
  const made: unknown[] = [];
  const child = log.child.bind(log);
  log.child = ((bindings, options) => {
    made.push(bindings);
    return child(bindings, options);
  }) as Logger['child'];
  return { log, made };
}

describe('stage context', () => {
  test("a stage's logger is made on first use, once, carrying the article and the stage", () => {
    const { log, made } = countingLogger();
    const ctx = new ArticleStageContext(log, 'a_0123456789abcdef', 'timex', DEFAULT_SETTINGS, loadResources());
    expect(made).toEqual([]);
    expect(ctx.log).toBe(ctx.log);
    expect(made).toEqual([{ article: 'a_0123456789abcdef', stage: 'timex' }]);
    expect(ctx.log.bindings()).toEqual({ article: 'a_0123456789abcdef', stage: 'timex' });
    expect(ctx.settings).toBe(DEFAULT_SETTINGS);
  });

  test('an article whose stages log nothing makes no child logger', () => {
    const { log, made } = countingLogger();
    const r = extractText(
      createArticleProcessor(DEFAULT_SETTINGS, log),
      'Monday, May 6, 2024\n\nThe mayor of Lyon met union leaders on Friday in Lyon.',
    );
    expect(r.ok).toBe(true);
    expect(made).toEqual([]);
  });
});

describe('processing a batch stage by stage', () => {
  test('gives each article what processing it alone gives, with a failing article among them', () => {
    const processor = createArticleProcessor(DEFAULT_SETTINGS);
    const texts = [
      'Monday, May 6, 2024\n\nThe mayor of Lyon met union leaders on Friday in Lyon.',
      '   \n',
      'Talks resumed in Baghdad on Thursday, officials said. Iraqi forces attacked the town a week ago.',
    ];
    const inputs = texts.map((text, i) => {
      const bytes = new TextEncoder().encode(text);
      return { source: { path: `a${i}.txt`, relPath: `a${i}.txt`, size: bytes.length, mtimeMs: 0 }, bytes };
    });
    const batch = processor.processBatch(inputs);
    const alone = inputs.map((input) => processor.process(input));
    // Milliseconds differ from run to run; which stages ran must not.
    const comparable = (r: ArticleResult) => ({ ...r, stageMs: Object.keys(r.stageMs) });
    expect(batch.map(comparable)).toEqual(alone.map(comparable));
    expect(batch[1]).toMatchObject({ ok: false, failure: { stage: 'ingest', code: 'E_EMPTY' } });
    expect(Object.keys(batch[1]!.stageMs)).toEqual(['ingest']);
    expect(Object.keys(batch[2]!.stageMs)).toEqual(['ingest', 'annotate', 'entities', 'timex', 'events', 'validate']);
    expect(batch[2]!.ok && batch[2]!.record.timexes.length).toBeGreaterThan(0);
  });

  test('an empty batch gives no results', () => {
    expect(createArticleProcessor(DEFAULT_SETTINGS).processBatch([])).toEqual([]);
  });
});
