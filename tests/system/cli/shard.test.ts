/**
 * Shards: three `dossier run --shard i/3` processes at once, each into its own folder, merged with
 * `dossier merge`, hold byte for byte the records and table rows of one run over the whole folder.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tableFiles } from '../../../src/output/tables.js';
import { TABLES } from '../../../src/schema/validators.js';
import { article, CLI, runCli, tempDir, writeFiles } from '../helpers.js';

const PLACES = [
  'Baghdad',
  'Manila',
  'Lima',
  'Berlin',
  'Nairobi',
  'Kyiv',
  'Dhaka',
  'Quito',
  'Accra',
  'Hanoi',
  'Oslo',
  'Rabat',
];

function corpus(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  PLACES.forEach((p, i) => {
    files[`d${i % 3}/${p.toLowerCase()}.txt`] = article(
      `Talks in ${p}`,
      `Officials met in ${p} on Monday, report ${i}.`,
    );
  });
  files['dup/copy.txt'] = files['d0/baghdad.txt']!;
  files['bad/empty.txt'] = '';
  return files;
}

function run(args: string[], env: Record<string, string> = {}): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: 'ignore',
    });
    child.on('close', (code) => resolve(code));
  });
}

/**
 * Every file of records/ and failed/ → its bytes; every table → its rows, sorted, without the two columns
 * that name the run which wrote them (`run_id`, `processed_at`: by design they differ between any two runs).
 */
async function snapshot(out: string): Promise<Record<string, string | string[]>> {
  const snap: Record<string, string | string[]> = {};
  for (const sub of ['records', 'failed'])
    for (const f of readdirSync(path.join(out, sub)).sort())
      snap[`${sub}/${f}`] = readFileSync(path.join(out, sub, f), 'utf8');
  for (const t of TABLES) {
    const rows: string[] = [];
    for (const file of await tableFiles(out, t))
      for (const line of readFileSync(file, 'utf8').split('\n'))
        if (line !== '') rows.push(line.replace(/,"processed_at":"[^"]*"/, '').replace(/,"run_id":"[^"]*"/, ''));
    snap[`tables/${t}`] = rows.sort();
  }
  return snap;
}

describe('shards and merge', () => {
  test('3 shards run at once and merged equal one run (records and failures byte for byte, table rows but for their run columns); shard comes from --shard or the array-job variables', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    writeFiles(input, corpus());
    const base = ['run', '-i', input, '-w', '1', '--progress', 'never'];
    const single = path.join(dir, 'single');
    const shard = (i: number) => path.join(dir, `shard-${i}`);
    const codes = await Promise.all([
      run([...base, '-o', single]),
      run([...base, '-o', shard(0), '--shard', '0/3']),
      run([...base, '-o', shard(1)], { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3' }),
      run([...base, '-o', shard(2)], { JOB_COMPLETION_INDEX: '2', DOSSIER_SHARD_COUNT: '3' }),
    ]);
    // The single run and the shard holding the empty file exit 1 (one failure); the others 0.
    expect(codes[0]).toBe(1);
    const shardRecords = [0, 1, 2].map((i) => readdirSync(path.join(shard(i), 'records')).length);
    expect(shardRecords.every((n) => n > 0)).toBe(true);
    expect(shardRecords.reduce((a, b) => a + b, 0)).toBe(PLACES.length);
    const merged = path.join(dir, 'merged');
    const m = runCli(['merge', '-o', merged, shard(0), shard(1), shard(2)], dir);
    expect(m.status).toBe(0);
    expect(await snapshot(merged)).toEqual(await snapshot(single));
    expect(runCli(['validate', merged], dir).status).toBe(0);
    // The merged index lets a whole run on the merged folder skip everything unchanged.
    const again = runCli([...base, '-o', merged, '--json'], dir);
    expect(JSON.parse(again.stdout).counts).toMatchObject({ processed: 0, removed: 0 });
    expect(await snapshot(merged)).toEqual(await snapshot(single));
  }, 240_000);
});
