/**
 * `dossier merge`: joins the output folders of shards (`dossier run --shard i/n`, one folder each) into
 * one output folder holding exactly what a single run over the whole input would hold: the union of the
 * records and failures (a shard owns every article whose content falls in it, so no record is in two
 * shards), tables rebuilt from those records, the shards' index entries (so a later single run on the
 * merged folder skips what is unchanged) and their run manifests. A record or failure in the target that
 * no shard has any more is removed. Every file is written atomically, under the target's lock.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { DossierError } from '../errors.js';
import { lockOutput, LOCK_STALE_MS } from '../pipeline/lock.js';
import { newRunId } from '../pipeline/manifest.js';
import { OutputStore, StateIndex, removeIfExists, writeFileAtomically } from './store.js';
import { rebuildTables } from './tables.js';
import { TypePass } from '../pipeline/type-pass.js';

export interface MergeReport {
  runId: string;
  output: string;
  shards: number;
  records: number;
  failures: number;
  removed: number;
  tableRows: Record<string, number>;
}

const ARTICLE_FILE = /^a_[0-9a-f]{16}\.json$/;
const RUN_FILE = /^[0-9TZ-]+-[0-9a-f]{6}\.json$/;

async function names(dir: string, pattern: RegExp): Promise<string[]> {
  const all = await readdir(dir).catch(() => [] as string[]);
  return all.filter((n) => pattern.test(n)).sort();
}

/** Copies `name` from each shard folder's `sub/` into the target's, refusing two different versions of one file. */
async function union(
  shards: OutputStore[],
  target: OutputStore,
  sub: 'records' | 'failed',
): Promise<{ copied: number; removed: number }> {
  const owner = new Map<string, string>();
  for (const shard of shards) {
    const dir = path.join(shard.root, sub);
    for (const name of await names(dir, ARTICLE_FILE)) {
      const file = path.join(dir, name);
      const first = owner.get(name);
      if (first !== undefined) {
        const [a, b] = await Promise.all([readFile(first), readFile(file)]);
        if (!a.equals(b))
          throw new DossierError(
            'E_USAGE',
            `shards disagree on ${sub}/${name} (${first} and ${file}); were they run with different versions or settings? rerun them alike`,
          );
        continue;
      }
      owner.set(name, file);
    }
  }
  const targetDir = path.join(target.root, sub);
  let copied = 0;
  for (const [name, file] of owner) {
    const data = await readFile(file);
    const existing = await readFile(path.join(targetDir, name)).catch(() => null);
    if (existing === null || !existing.equals(data)) await writeFileAtomically(path.join(targetDir, name), data, false);
    copied++;
  }
  let removed = 0;
  for (const name of await names(targetDir, ARTICLE_FILE))
    if (!owner.has(name)) {
      await removeIfExists(path.join(targetDir, name));
      removed++;
    }
  return { copied, removed };
}

/** Merges shard output folders into `output`. */
export async function mergeOutputs(output: string, shardDirs: readonly string[]): Promise<MergeReport> {
  if (shardDirs.length === 0) throw new DossierError('E_USAGE', 'dossier merge needs at least one shard folder');
  const target = new OutputStore(path.resolve(output));
  const shards = shardDirs.map((d) => new OutputStore(path.resolve(d)));
  for (const shard of shards) {
    if (shard.root === target.root)
      throw new DossierError('E_USAGE', `the merge target ${output} is also one of the shard folders`);
    if (!(await stat(shard.records).catch(() => null))?.isDirectory())
      throw new DossierError('E_VALIDATE_DIR', `${shard.root} has no records/ folder: not a dossier output folder`);
    if (
      await lockfile.check(shard.root, { lockfilePath: `${shard.root}/.lock`, stale: LOCK_STALE_MS, realpath: false })
    )
      throw new DossierError('E_LOCKED', `shard folder ${shard.root} is locked: its run has not finished`);
  }
  try {
    await target.ensure();
  } catch (e) {
    throw new DossierError(
      'E_OUTPUT_UNWRITABLE',
      `cannot create output folder ${target.root} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const release = await lockOutput(target.root, () => undefined);
  try {
    await target.sweepTemps();
    const runId = newRunId(new Date());
    const records = await union(shards, target, 'records');
    const failures = await union(shards, target, 'failed');
    // The shards' index entries, so a later run on the merged folder skips what is unchanged.
    const index = await StateIndex.load(target);
    for (const [p] of index.all()) index.delete(p);
    for (const shard of shards) for (const [p, e] of (await StateIndex.load(shard)).all()) index.set(p, e);
    await index.save(target);
    for (const shard of shards)
      for (const name of await names(shard.runs, RUN_FILE))
        await writeFileAtomically(path.join(target.runs, name), await readFile(path.join(shard.runs, name)));
    await target.markDirty();
    // The corpus type pass over the union: each shard typed its names by its own articles only.
    const types = TypePass.fromRecords();
    await types.apply(target, () => undefined);
    await types.save(target);
    const tableRows = (await rebuildTables(target.root, runId)).rows;
    await target.clearDirty();
    return {
      runId,
      output: target.root,
      shards: shards.length,
      records: records.copied,
      failures: failures.copied,
      removed: records.removed + failures.removed,
      tableRows,
    };
  } finally {
    await release().catch(() => undefined);
  }
}
