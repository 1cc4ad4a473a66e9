/**
 * The test tree's layout is a contract: `npm run test:unit` runs everything under tests/ except tests/system/
 * and must stay in-process and free of datasets, so it is fast and runs anywhere. A test that starts a
 * process or reads ../shared/datasets belongs under tests/system/. Read from the sources, so a new test
 * that crosses the line fails here rather than slowing the unit run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './helpers.js';

const TESTS = path.join(REPO, 'tests');
const SYSTEM = path.join(TESTS, 'system');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === SYSTEM ? [] : tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

const unitFiles = tsFiles(TESTS).filter((f) => f !== path.join(TESTS, 'layout.test.ts'));
const rel = (f: string) => path.relative(REPO, f);

describe('unit test layout', () => {
  it('finds the unit test files', () => {
    expect(unitFiles.length).toBeGreaterThan(50);
  });

  it('starts no child process outside tests/system/', () => {
    const spawning = unitFiles.filter((f) => /['"](?:node:)?child_process['"]/.test(readFileSync(f, 'utf8')));
    expect(spawning.map(rel)).toEqual([]);
  });

  it('reads no dataset outside tests/system/', () => {
    const reading = unitFiles.filter((f) => /shared\/datasets/.test(readFileSync(f, 'utf8')));
    expect(reading.map(rel)).toEqual([]);
  });
});

/** Test folders that stand for no one source folder: cross-cutting hostile-input and property tests, jest setup. */
const NOT_MIRRORED = new Set(['reliability', 'setup', 'fixtures']);

describe('tests mirror src/', () => {
  it('every unit test file sits in a folder that mirrors one of src/ or src/dev/', () => {
    const stray = unitFiles
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => path.dirname(path.relative(TESTS, f)))
      .filter((dir) => dir !== '.' && !NOT_MIRRORED.has(dir.split(path.sep)[0]!))
      .filter((dir) => !existsSync(path.join(REPO, 'src', dir)) && !existsSync(path.join(REPO, 'src', 'dev', dir)));
    expect([...new Set(stray)]).toEqual([]);
  });
});
