import { exitCodeFor, newManifest, newRunId, summaryFields } from '../../src/pipeline/manifest.js';
import { validators } from '../../src/schema/validators.js';

const base = () =>
  newManifest(
    {
      runId: newRunId(new Date('2026-01-02T03:04:05.678Z')),
      pipeline: { version: '0.1.0', fingerprint: 'f', nerModel: 'm' },
      configHash: 'c',
      inputs: ['/in'],
      workers: 2,
      shard: { index: 1, count: 3 },
    },
    new Date('2026-01-02T03:04:05.678Z'),
  );

describe('run manifest', () => {
  test('a fresh manifest validates against the schema, with its shard', () => {
    const m = base();
    expect(m.runId).toMatch(/^2026-01-02T030405Z-[0-9a-f]{6}$/);
    expect(validators().manifest(m)).toBe(true);
    expect(summaryFields(m)).toMatchObject({ shard: '1/3', exitCode: 0, processed: 0 });
  });

  test('exit code: unwritable 4, interrupted 130, new failures 1, known failures 0 unless strict', () => {
    const m = base();
    expect(exitCodeFor(m, { fatal: false, strict: false })).toBe(0);
    m.counts.knownFailed = 2;
    expect(exitCodeFor(m, { fatal: false, strict: false })).toBe(0);
    expect(exitCodeFor(m, { fatal: false, strict: true })).toBe(1);
    m.counts.failed = 1;
    expect(exitCodeFor(m, { fatal: false, strict: false })).toBe(1);
    m.interrupted = true;
    expect(exitCodeFor(m, { fatal: false, strict: false })).toBe(130);
    expect(exitCodeFor(m, { fatal: true, strict: false })).toBe(4);
  });
});
