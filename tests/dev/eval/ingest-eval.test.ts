/** The ingest gold set is reproducible from its generator, and the dev split meets the targets. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGoldSet } from '../../../src/dev/eval/ingest-gold/generate.js';
import { heldOut } from '../../../src/dev/eval/ingest-gold/gold.js';
import { INGEST_GOLD_DIR, readGold, scoreIngest } from '../../../src/dev/eval/ingest-eval.js';

describe('ingest gold set', () => {
  test('the files in the repo are exactly what the generator writes', () => {
    const built = buildGoldSet();
    const gold = readGold(INGEST_GOLD_DIR);
    expect(gold.map((g) => g.file)).toEqual(built.map((b) => b.file));
    for (const b of built)
      expect(Buffer.compare(readFileSync(path.join(INGEST_GOLD_DIR, 'files', b.file)), Buffer.from(b.bytes))).toBe(0);
  });

  test('at least 100 files; about 30 % held out, by a fixed hash of the name', () => {
    const gold = readGold(INGEST_GOLD_DIR);
    expect(gold.length).toBeGreaterThanOrEqual(100);
    const held = gold.filter((g) => g.split === 'held-out');
    for (const g of gold) expect(g.split === 'held-out').toBe(heldOut(g.file));
    expect(held.length / gold.length).toBeGreaterThan(0.2);
    expect(held.length / gold.length).toBeLessThan(0.4);
  });

  test('dev split: dates ≥ 97 %, recall ≥ 97 %, boilerplate ≤ 3 %, every encoding right', () => {
    const s = scoreIngest(INGEST_GOLD_DIR, 'dev');
    expect(s.pubdateAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(s.boilerplateShare).toBeLessThanOrEqual(0.03);
    expect(s.encodingsRight).toBe(s.encodingFiles);
  });
});
