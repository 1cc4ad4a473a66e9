import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { EntityIndex } from '../../src/output/entity-index.js';
import { tempDir } from '../helpers.js';

const id = (n: number, type = 'grp') => `${type}_${n.toString(16).padStart(16, '0')}`;

describe('EntityIndex', () => {
  test('set, get, delete and save round-trip, in id order', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'index.ndjson');
    const index = EntityIndex.empty();
    index.set(id(5), 2);
    index.set(id(1, 'per'), 0);
    index.set(id(3, 'plc'), 1);
    await index.save(file, path.join(dir, 't1'));
    // One JSON value per line, so readers that check NDJSON files can read it.
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) expect(JSON.parse(line)).toHaveLength(2);
    const back = await EntityIndex.load(file);
    expect([...back.entries()]).toEqual([
      [id(5), 2],
      [id(1, 'per'), 0],
      [id(3, 'plc'), 1],
    ]);
    back.delete(id(1, 'per'));
    back.set(id(5), 7);
    back.set(id(4), 3);
    expect(back.get(id(5))).toBe(7);
    expect(back.get(id(1, 'per'))).toBeUndefined();
    await back.save(file, path.join(dir, 't2'));
    const again = await EntityIndex.load(file);
    expect([...again.entries()]).toEqual([
      [id(4), 3],
      [id(5), 7],
      [id(3, 'plc'), 1],
    ]);
    expect(again.get(id(9))).toBeUndefined();
  });

  test('behaves as a Map under any sequence of changes and saves', async () => {
    const dir = tempDir();
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 99 }))), {
            maxLength: 30,
          }),
          { maxLength: 5 },
        ),
        async (batches) => {
          const file = path.join(dir, `i${round++}.txt`);
          const model = new Map<string, number>();
          for (const batch of batches) {
            const index = await EntityIndex.load(file);
            for (const [n, part] of batch) {
              if (part === null) {
                index.delete(id(n));
                model.delete(id(n));
              } else {
                index.set(id(n), part);
                model.set(id(n), part);
              }
            }
            for (const [k, v] of model) expect(index.get(k)).toBe(v);
            await index.save(file, `${file}.tmp`);
          }
          const final = await EntityIndex.load(file);
          expect([...final.entries()]).toEqual([...model.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
        },
      ),
      { numRuns: 50 },
    );
  });
});
