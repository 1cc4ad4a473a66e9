/**
 * Shards: a deterministic slice of a corpus by article content, so several machines (or array-job
 * tasks) can each process a part into their own output folder and `dossier merge` can join them.
 * An article belongs to shard `i` of `n` when the first 8 hex digits of its content id, read as a
 * number, leave remainder `i` divided by `n`: the same content lands in the same shard whatever its
 * path, and every shard gets about the same share.
 */
import { DossierError } from '../errors.js';

export interface Shard {
  index: number;
  count: number;
}

/** True when content `articleId` (`a_` + 16 hex) belongs to `shard` (or when there is no shard). */
export function inShard(articleId: string, shard: Shard | null): boolean {
  if (shard === null || shard.count === 1) return true;
  return parseInt(articleId.slice(2, 10), 16) % shard.count === shard.index;
}

/** Parses `i/n` (0 ≤ i < n). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null;
  if (shard === null || shard.count < 1 || shard.index >= shard.count || shard.count > 100_000)
    throw new DossierError('E_USAGE', `--shard must be i/n with 0 ≤ i < n (e.g. 0/4), got ${JSON.stringify(text)}`);
  return shard;
}

/**
 * The shard an array job gives this task, from the scheduler's variables:
 * Kubernetes Indexed Jobs (`JOB_COMPLETION_INDEX`, with the count in `DOSSIER_SHARD_COUNT` or
 * `JOB_COMPLETIONS`, since Kubernetes does not export the completion count itself), Slurm
 * (`SLURM_ARRAY_TASK_ID` and `SLURM_ARRAY_TASK_COUNT`, offset by `SLURM_ARRAY_TASK_MIN`) and AWS Batch
 * (`AWS_BATCH_JOB_ARRAY_INDEX` and `AWS_BATCH_JOB_ARRAY_SIZE`). Null when none is set.
 */
export function shardFromEnv(env: NodeJS.ProcessEnv = process.env): Shard | null {
  const pair = (i: string | undefined, n: string | undefined, what: string): Shard | null => {
    if (i === undefined || i === '') return null;
    if (n === undefined || n === '')
      throw new DossierError('E_USAGE', `${what} is set but the task count is not; set it or pass --shard i/n`);
    return parseShard(`${i}/${n}`);
  };
  if (env['JOB_COMPLETION_INDEX'] !== undefined)
    return pair(
      env['JOB_COMPLETION_INDEX'],
      env['DOSSIER_SHARD_COUNT'] ?? env['JOB_COMPLETIONS'],
      'JOB_COMPLETION_INDEX (Kubernetes Indexed Job; pass the completion count as DOSSIER_SHARD_COUNT)',
    );
  if (env['SLURM_ARRAY_TASK_ID'] !== undefined) {
    const min = Number(env['SLURM_ARRAY_TASK_MIN'] ?? '0');
    const id = Number(env['SLURM_ARRAY_TASK_ID']);
    return pair(String(id - (Number.isFinite(min) ? min : 0)), env['SLURM_ARRAY_TASK_COUNT'], 'SLURM_ARRAY_TASK_ID');
  }
  if (env['AWS_BATCH_JOB_ARRAY_INDEX'] !== undefined)
    return pair(env['AWS_BATCH_JOB_ARRAY_INDEX'], env['AWS_BATCH_JOB_ARRAY_SIZE'], 'AWS_BATCH_JOB_ARRAY_INDEX');
  return null;
}
