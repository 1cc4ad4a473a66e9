import { readFileSync } from 'node:fs';
import pino from 'pino';
import { OutputStore } from '../../src/output/store.js';
import { FailureStore } from '../../src/pipeline/failure.js';
import { validators } from '../../src/schema/validators.js';
import { tempDir } from '../helpers.js';

describe('failure store', () => {
  test('writes a schema-valid failure file per article id, counts new and known apart', async () => {
    const store = new OutputStore(tempDir());
    await store.ensure();
    const failures = new FailureStore(store, '0.1.0', pino({ level: 'silent' }));
    await failures.add({
      articleId: 'a_0000000000000001',
      path: 'e.txt',
      stage: 'ingest',
      code: 'E_EMPTY',
      reason: 'empty',
    });
    await failures.add({
      articleId: 'a_0000000000000002',
      path: 'b.txt',
      stage: 'ingest',
      code: 'E_BINARY',
      reason: 'binary',
      known: true,
    });
    await failures.add({ path: 'dir', stage: 'discover', code: 'E_SYMLINK', reason: 'link' });
    expect([failures.newCount, failures.knownCount, failures.list.length]).toEqual([2, 1, 3]);
    const body = JSON.parse(readFileSync(store.failurePath('a_0000000000000001'), 'utf8'));
    expect(body).toEqual({
      articleId: 'a_0000000000000001',
      path: 'e.txt',
      stage: 'ingest',
      code: 'E_EMPTY',
      reason: 'empty',
      pipelineVersion: '0.1.0',
    });
    expect(validators().failure(body)).toBe(true);
  });

  test('a dry run writes nothing', async () => {
    const failures = new FailureStore(null, '0.1.0', pino({ level: 'silent' }));
    await failures.add({
      articleId: 'a_0000000000000001',
      path: 'e.txt',
      stage: 'ingest',
      code: 'E_EMPTY',
      reason: 'empty',
    });
    expect(failures.list).toHaveLength(1);
  });
});
