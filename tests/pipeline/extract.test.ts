import pino, { type Logger } from 'pino';
import { ArticleStageContext, createArticleProcessor, DEFAULT_SETTINGS, extractText } from '../../src/pipeline/extract.js';

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
    const ctx = new ArticleStageContext(log, 'a_0123456789abcdef', 'timex', DEFAULT_SETTINGS);
    expect(made).toEqual([]);
    expect(ctx.log).toBe(ctx.log);
    expect(made).toEqual([{ article: 'a_0123456789abcdef', stage: 'timex' }]);
    expect(ctx.log.bindings()).toEqual({ article: 'a_0123456789abcdef', stage: 'timex' });
    expect(ctx.settings).toBe(DEFAULT_SETTINGS);
  });

  test('an article whose stages log nothing makes no child logger', () => {
    const { log, made } = countingLogger();
    const r = extractText(createArticleProcessor(DEFAULT_SETTINGS, log), 'Monday, May 6, 2024\n\nThe mayor of Lyon met union leaders on Friday in Lyon.');
    expect(r.ok).toBe(true);
    expect(made).toEqual([]);
  });
});
