/** Resources are read once per process, on first use, and never by importing a module. */
import { loadedResources } from '../src/resources.js';

describe('resources', () => {
  test('importing the pipeline, the stages and the version module reads nothing', async () => {
    await import('../src/version.js');
    await import('../src/pipeline/extract.js');
    await import('../src/pipeline/batch.js');
    await import('../src/config.js');
    expect(loadedResources()).toEqual([]);
  });

  test('the first processor loads them once; a second shares them', async () => {
    const { createArticleProcessor, DEFAULT_SETTINGS } = await import('../src/pipeline/extract.js');
    const { loadResources } = await import('../src/resources.js');
    createArticleProcessor(DEFAULT_SETTINGS);
    const after = loadedResources();
    expect(after).toEqual(
      expect.arrayContaining(['ner-model', 'gazetteers', 'ner-vocabulary', 'event-taxonomy', 'resources']),
    );
    createArticleProcessor(DEFAULT_SETTINGS);
    expect(loadedResources()).toEqual(after);
    expect(loadResources()).toBe(loadResources());
  });
});
