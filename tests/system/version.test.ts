import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './helpers.js';

/**
 * The fingerprint decides whether stored records are stale. A copy of the built package is fingerprinted
 * before and after an edit: tooling (evaluation, benchmarks) must not change it, runtime code and data must.
 */
describe('what the fingerprint covers', () => {
  const copy = (): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-fp-'));
    for (const part of ['dist', 'schemas', 'data/models', 'data/gazetteers', 'data/geo'])
      cpSync(path.join(REPO, part), path.join(dir, part), { recursive: true });
    cpSync(path.join(REPO, 'package.json'), path.join(dir, 'package.json'));
    symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
    return dir;
  };
  const fingerprint = (dir: string): string => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import('${pathToFileURL(path.join(dir, 'dist', 'version.js')).href}').then((m) => console.log(m.pipelineInfo('x').fingerprint))`,
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  const append = (file: string) => appendFileSync(file, '\n// edited\n');

  test('editing evaluation, benchmark or report code leaves it alone; editing runtime code, the model or a gazetteer changes it', () => {
    const dir = copy();
    const before = fingerprint(dir);
    const tooling = readdirSync(path.join(dir, 'dist', 'dev'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(tooling.some((f) => f.startsWith('eval'))).toBe(true);
    expect(tooling.some((f) => f.startsWith('bench'))).toBe(true);
    for (const f of tooling) append(path.join(dir, 'dist', 'dev', f));
    expect(fingerprint(dir)).toBe(before);
    // the HTML report reads an output folder and writes no record: its code and map table leave it alone too
    append(path.join(dir, 'dist', 'report', 'page.js'));
    appendFileSync(path.join(dir, 'data', 'geo', 'places.json'), '\n');
    expect(fingerprint(dir)).toBe(before);
    append(path.join(dir, 'dist', 'timex', 'index.js'));
    const afterCode = fingerprint(dir);
    expect(afterCode).not.toBe(before);
    appendFileSync(path.join(dir, 'data', 'gazetteers', 'cities.txt'), 'Zzyzx\n');
    expect(fingerprint(dir)).not.toBe(afterCode);
  }, 60_000);
});
