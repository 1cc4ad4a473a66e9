/** The A/B runner's two small pure helpers: the run order and the median. */
import { median } from '../../src/dev/bench/stages-ab.js';
import { sideOfRun } from '../../src/dev/bench/serve.js';

describe('bench:ab helpers', () => {
  test('runs alternate A B B A A B B A, so each side gets as many early and late runs', () => {
    expect(Array.from({ length: 8 }, (_, i) => sideOfRun(i)).join('')).toBe('abbaabba');
  });

  test('median of odd and even lists, whatever their order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});
