import { createHash } from 'node:crypto';
import { inShard, parseShard, shardFromEnv } from '../../src/pipeline/shard.js';

const ids = Array.from(
  { length: 3000 },
  (_, i) => `a_${createHash('sha256').update(String(i)).digest('hex').slice(0, 16)}`,
);

describe('shards', () => {
  test('every article falls in exactly one shard of n, and shares are about even', () => {
    for (const n of [1, 2, 3, 7]) {
      const sizes = Array.from({ length: n }, () => 0);
      for (const id of ids) {
        const hits = sizes.map((_, i) => inShard(id, { index: i, count: n }));
        expect(hits.filter(Boolean)).toHaveLength(1);
        sizes[hits.indexOf(true)]!++;
      }
      for (const s of sizes) expect(Math.abs(s - ids.length / n)).toBeLessThan((ids.length / n) * 0.15);
    }
    expect(ids.every((id) => inShard(id, null))).toBe(true);
  });

  test('--shard i/n is parsed and checked', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['5/5', '1', '-1/2', 'a/b', '0/0']) expect(() => parseShard(bad)).toThrow(/--shard must be i\/n/);
  });

  test('array-job variables of Kubernetes, Slurm and AWS Batch', () => {
    expect(shardFromEnv({})).toBeNull();
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '1', DOSSIER_SHARD_COUNT: '4' })).toEqual({ index: 1, count: 4 });
    expect(() => shardFromEnv({ JOB_COMPLETION_INDEX: '1' })).toThrow(/count/);
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({ index: 2, count: 3 });
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_MIN: '4', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({
      index: 1,
      count: 3,
    });
    expect(shardFromEnv({ AWS_BATCH_JOB_ARRAY_INDEX: '0', AWS_BATCH_JOB_ARRAY_SIZE: '2' })).toEqual({
      index: 0,
      count: 2,
    });
  });
});
