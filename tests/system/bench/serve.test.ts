/** Interleaved bench phases: two `--serve` processes share the corpus chunk by chunk. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../helpers.js';
import { addChunk, interleave, noChunk } from '../../../src/dev/bench/serve.js';
import type { PhaseResult } from '../../../src/dev/bench/phase.js';

const ARTICLES = path.join(REPO, 'data', 'articles');
const script = (name: string): string => path.join(REPO, 'dist', 'dev', 'bench', name);

describe('interleaved bench phases', () => {
  test('each side measures every document once, in chunks, and reports what a one-shot run reports', async () => {
    const [a, b] = await interleave(
      { label: 'floor', script: script('floor.js'), args: [ARTICLES] },
      { label: 'pipeline', script: script('pipeline-one.js'), args: [ARTICLES, '--batch', '2'] },
      10,
      3,
    );
    const once = JSON.parse(
      spawnSync(process.execPath, [script('pipeline-one.js'), ARTICLES], { encoding: 'utf8' }).stdout.trim(),
    ) as PhaseResult;
    expect(a.docs).toBe(10);
    expect(b.docs).toBe(10);
    expect(b.tokens).toBe(once.tokens);
    expect(b.bytes).toBe(once.bytes);
    expect(b.failed).toBe(0);
    expect(Object.keys(b.stageMs).sort()).toEqual(Object.keys(once.stageMs).sort());
    expect(a.tokens).toBeGreaterThan(0.9 * b.tokens);
    expect(a.digest).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  test('a side that fails to start is reported by name', async () => {
    await expect(
      interleave(
        { label: 'broken side', script: script('no-such-phase.js'), args: [] },
        { label: 'floor', script: script('floor.js'), args: [ARTICLES] },
        10,
      ),
    ).rejects.toThrow(/broken side/);
  }, 60_000);

  test('chunk totals add up stage by stage', () => {
    const one = {
      docs: 2,
      ms: 5,
      cpuMs: 4,
      tokens: 10,
      bytes: 50,
      failed: 0,
      stageMs: { ner: 3 },
      extra: { entities: 1 },
    };
    const two = { docs: 1, ms: 1, cpuMs: 1, tokens: 4, bytes: 9, failed: 1, stageMs: { ner: 1, timex: 2 } };
    expect(addChunk(addChunk(noChunk(), one), two)).toEqual({
      docs: 3,
      ms: 6,
      cpuMs: 5,
      tokens: 14,
      bytes: 59,
      failed: 1,
      stageMs: { ner: 4, timex: 2 },
      extra: { entities: 1 },
    });
  });
});
