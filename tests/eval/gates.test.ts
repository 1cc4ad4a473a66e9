import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFloors, formatGates, runGates } from '../../src/dev/eval/gates.js';

describe('checkFloors', () => {
  it('passes figures at or above the floor and flags the rest', () => {
    const rows = checkFloors('timeml', { 'value.f1': 0.5, 'strict.f1': 0.7 }, { 'value.f1': 0.5, 'strict.f1': 0.71 });
    expect(rows.map((r) => [r.figure, r.ok])).toEqual([
      ['value.f1', true],
      ['strict.f1', false],
    ]);
    expect(formatGates(rows)).toContain('REGRESSION');
  });

  it('rejects a floor for a figure the mode does not produce', () => {
    expect(() => checkFloors('conll', { 'micro.f1': 0.5 }, { 'MISC.f1': 0.1 })).toThrow(/no figure "MISC.f1"/);
  });
});

describe('runGates', () => {
  it('fails without the datasets, since nothing was checked', () => {
    const out = runGates(join(tmpdir(), 'no-such-datasets-dir'), {
      conll: { paths: ['x'], floors: { 'micro.f1': 0.9 } },
    });
    expect(out.exitCode).toBe(2);
    expect(out.rows).toEqual([]);
    expect(out.notes[0]).toMatch(/no datasets at .*no-such-datasets-dir: nothing was checked. Set DOSSIER_DATASETS/);
  });

  it('runs the real evaluation and fails on a floor nothing can reach', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-gates-'));
    writeFileSync(
      join(root, 'mini.conll'),
      '-DOCSTART- -X- O O\n\nJohn NNP I-NP I-PER\nvisited VBD I-VP O\nGermany NNP I-NP I-LOC\n',
    );
    const pass = runGates(root, { conll: { paths: ['mini.conll'], floors: { 'micro.f1': 0 } } });
    expect(pass.exitCode).toBe(0);
    const fail = runGates(root, {
      conll: { paths: ['mini.conll'], floors: { 'micro.f1': 1.01 } },
      timeml: { paths: ['absent'], floors: {} },
    });
    expect(fail.exitCode).toBe(1);
    expect(fail.notes).toEqual([expect.stringMatching(/timeml skipped: missing/)]);
  });
});
