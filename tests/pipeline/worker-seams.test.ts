/** The production worker carries no test hooks: faults are injected from tests (tests/fixtures/seams/). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

test('no runtime source reads a test hook from the environment (DOSSIER_TEST_*)', () => {
  const offenders = sources(path.join(REPO, 'src')).filter((f) => /DOSSIER_TEST_/.test(readFileSync(f, 'utf8')));
  expect(offenders.map((f) => path.relative(REPO, f))).toEqual([]);
});

test('the worker module reads no environment at all', () => {
  expect(readFileSync(path.join(REPO, 'src', 'pipeline', 'worker.ts'), 'utf8')).not.toMatch(/process\.env/);
});
