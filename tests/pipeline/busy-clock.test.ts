import { jest } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { BusyClock, ConditionClock } from '../../src/pipeline/batch.js';

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

  test('reports each change between idle and busy, not each operation', () => {
    const changes: boolean[] = [];
    const clock: BusyClock = new BusyClock(() => changes.push(clock.busy));
    clock.start();
    clock.start();
    clock.end();
    clock.end();
    expect(changes).toEqual([true, false]);
  });
});

describe('ConditionClock', () => {
  let now = 0;
  beforeEach(() => {
    now = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  test('counts the wall time a condition held: a write in flight while no worker has a task', () => {
    // The runner's write-wait: writes 0..50, the worker busy 10..40: it waited on writes 0..10 and 40..50.
    let writing = false;
    let working = false;
    const clock = new ConditionClock();
    const judge = () => clock.set(writing && !working);
    writing = true;
    judge();
    now = 10;
    working = true;
    judge();
    now = 40;
    working = false;
    judge();
    now = 45;
    judge(); // no change: still counting
    now = 50;
    writing = false;
    judge();
    now = 70;
    expect(clock.ms).toBe(20);
    writing = true;
    judge();
    now = 75;
    expect(clock.ms).toBe(25); // still holding: counts up to now
  });
});
