import { checkStageOrder, type ArticleStage } from '../../src/pipeline/stage.js';
import { articleStages } from '../../src/pipeline/extract.js';
import { pipelineInfo } from '../../src/version.js';

const stage = (name: string, requires: ArticleStage['requires'], provides: ArticleStage['provides']): ArticleStage => ({
  name,
  requires,
  provides,
  run: () => undefined,
});

describe('stage order', () => {
  test('the registered article stages are in a valid order', () => {
    const stages = articleStages(pipelineInfo('0000000000000000'));
    expect(stages.map((s) => s.name)).toEqual(['ingest', 'annotate', 'entities', 'timex', 'events', 'validate']);
    expect(() =>
      checkStageOrder(stages, ['source', 'contentHash', 'articleId', 'bytes', 'warnings', 'offsetMap', 'meta']),
    ).not.toThrow();
  });

  test('a stage placed before the one that provides its input is refused, naming it', () => {
    const list = [stage('entities', ['tokens'], ['entities']), stage('annotate', ['text'], ['tokens'])];
    expect(() => checkStageOrder(list, ['text'])).toThrow(/stage "entities" requires tokens/);
  });

  test('the same stages in the right order pass', () => {
    const list = [stage('annotate', ['text'], ['tokens']), stage('entities', ['tokens'], ['entities'])];
    expect(() => checkStageOrder(list, ['text'])).not.toThrow();
  });
});
