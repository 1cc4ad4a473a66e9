import { checkFloors } from '../../src/dev/eval/gates.js';
import { benchCorpusFailures, benchCorpusFigures, formatBenchFailures } from '../../src/dev/eval/bench-failures.js';
import { createArticleProcessor, DEFAULT_SETTINGS, type ArticleProcessor } from '../../src/pipeline/extract.js';
import type { CorpusDoc } from '../../src/dev/bench/corpus.js';

const doc = (name: string, text: string): CorpusDoc => ({ name, source: 'mixed', text });
const GOOD = [
  doc('harbour', 'March 3, 2021\n\nA ferry sank off the harbour of Varna on Tuesday, the coast guard said.\n'),
  doc('council', 'The town council of Lydford met in June and approved a new library.\n'),
];
/** Front matter and nothing else: ingest finds no article text (E_STAGE_INGEST) in the real pipeline. */
const EMPTY_BODY = doc('front-matter-only', '---\ntitle: Quarterly notes\nauthor: Desk\n---\n');

describe('the bench-corpus gate', () => {
  const processor = createArticleProcessor(DEFAULT_SETTINGS);

  it('passes when every document of the corpus processes', () => {
    const run = benchCorpusFailures(GOOD, processor);
    expect(run).toEqual({ docs: 2, failures: [] });
    expect(checkFloors('bench-corpus', benchCorpusFigures(run), { 'clean.share': 1 }).every((r) => r.ok)).toBe(true);
  });

  it('fails the floor of 1 on one failing document among good ones, naming it with its code', () => {
    const run = benchCorpusFailures([...GOOD, EMPTY_BODY], processor);
    expect(run.failures.map((f) => [f.doc, f.code, f.stage])).toEqual([
      ['mixed/front-matter-only.txt', 'E_STAGE_INGEST', 'ingest'],
    ]);
    const rows = checkFloors('bench-corpus', benchCorpusFigures(run), { 'clean.share': 1 });
    expect(rows.map((r) => [r.figure, r.ok])).toEqual([['clean.share', false]]);
    expect(formatBenchFailures(run)[0]).toMatch(
      /^bench corpus: mixed\/front-matter-only\.txt: E_STAGE_INGEST \(ingest\)/,
    );
  });

  it('takes the corpus in batches and names a stage failure of one article of a batch', () => {
    // A processor whose events stage failed on the second article of each batch, as one did last session.
    const batches: number[] = [];
    const failing: Pick<ArticleProcessor, 'processBatch'> = {
      processBatch: (inputs) => {
        batches.push(inputs.length);
        return inputs.map((input, i) =>
          i === 1
            ? {
                ok: false as const,
                articleId: input.source.relPath,
                failure: { stage: 'events', code: 'E_STAGE_EVENTS' as const, reason: 'events: boom' },
                stageMs: {},
              }
            : processor.process(input),
        );
      },
    };
    const run = benchCorpusFailures([...GOOD, GOOD[0]!], failing, 2);
    expect(batches).toEqual([2, 1]);
    expect(run.failures.map((f) => [f.doc, f.code])).toEqual([['mixed/council.txt', 'E_STAGE_EVENTS']]);
    expect(benchCorpusFigures(run)['clean.share']).toBeCloseTo(2 / 3);
  });
});
