import fc from 'fast-check';
import { IntMap } from '../../src/ner/intmap.js';

describe('IntMap', () => {
  test('behaves like a Map<number, number> over any int32 keys, across growth and clears', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        key: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        value: fc.integer(),
      }),
      fc.record({
        kind: fc.constant('or' as const),
        key: fc.integer({ min: -8, max: 8 }),
        value: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({ kind: fc.constant('clear' as const), key: fc.constant(0), value: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const map = new IntMap(2);
        const ref = new Map<number, number>();
        for (const o of ops) {
          if (o.kind === 'set') {
            map.set(o.key, o.value | 0);
            ref.set(o.key, o.value | 0);
          } else if (o.kind === 'or') {
            map.or(o.key, o.value);
            ref.set(o.key, (ref.get(o.key) ?? 0) | o.value);
          } else {
            map.clear();
            ref.clear();
          }
          expect(map.size).toBe(ref.size);
        }
        for (const [k, v] of ref) {
          expect(map.has(k)).toBe(true);
          expect(map.get(k, -1)).toBe(v);
        }
        expect(map.get(123456789, -7)).toBe(ref.get(123456789) ?? -7);
      }),
    );
  });

  test('holds many keys, including ones that collide in the low bits', () => {
    const map = new IntMap();
    for (let k = 0; k < 5000; k++) map.set(k << 16, k);
    for (let k = 0; k < 5000; k++) expect(map.get(k << 16, -1)).toBe(k);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.has(1 << 16)).toBe(false);
  });
});
