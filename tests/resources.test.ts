/** Resources are read once per process, on first use, and never by importing a module. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadedResources } from '../src/resources.js';
import { REPO } from './helpers.js';

describe('resources', () => {
  test('importing the pipeline, the stages and the version module reads nothing', async () => {
    await import('../src/version.js');
    await import('../src/pipeline/extract.js');
    await import('../src/pipeline/batch.js');
    await import('../src/config.js');
    expect(loadedResources()).toEqual([]);
  });

  test("the pipeline's fingerprint reads the NER model's header, not the model", async () => {
    // The main thread of a run computes it beside its starting workers: building the model's weights there cost
    // about 80 ms of CPU for one flag (whether the model uses word clusters).
    const { pipelineInfo } = await import('../src/version.js');
    const { readModel, readModelInfo } = await import('../src/ner/modelfile.js');
    const info = pipelineInfo('config');
    expect(info.nerModel).toMatch(/^ner-[0-9a-f]{12}$/);
    expect(loadedResources()).toContain('ner-model-info');
    expect(loadedResources()).not.toContain('ner-model');
    const bytes = readFileSync(path.join(REPO, 'data', 'models', 'ner.bin'));
    expect(readModelInfo(bytes)).toEqual(readModel(bytes).info);
    const broken = Uint8Array.from(bytes.subarray(0, 64));
    broken[0] = 0;
    expect(() => readModelInfo(broken)).toThrow(/does not start with DNER/);
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
