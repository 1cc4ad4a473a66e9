import { jest } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { BusyClock } from '../../src/pipeline/batch.js';

describe('BusyClock', () => {
  let now = 0;
  beforeEach(() => {
    now = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  test('counts overlapping operations once (wall time with at least one under way)', () => {
    const clock = new BusyClock();
    clock.start(); // 0: one write starts
    now = 10;
    clock.start(); // 10: a second overlaps it
    now = 30;
    clock.end(); // 30: the first ends, the second goes on
    now = 50;
    clock.end(); // 50: idle
    now = 80;
    clock.start(); // 80..100: another alone
    now = 100;
    clock.end();
    // 0..50 and 80..100: 70 ms, not the 30 + 40 + 20 = 90 ms the operations took one by one.
    expect(clock.ms).toBe(70);
  });

  test('an operation still under way counts up to now', () => {
    const clock = new BusyClock();
    now = 5;
    clock.start();
    now = 12;
    expect(clock.ms).toBe(7);
  });
});
