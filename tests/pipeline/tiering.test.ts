import {
  COMPACT_FLAG,
  COMPACT_MIN_WORKERS,
  HEAP_GROWING_PERCENT,
  INLINE_CUMULATIVE,
  INTERRUPT_BUDGET,
  INTERRUPT_BUDGET_SPARE,
  workerHeapFlags,
  workerTieringFlags,
} from '../../src/pipeline/tiering.js';

const BUDGET = `--interrupt-budget=${INTERRUPT_BUDGET}`;
const INLINE = `--max-inlined-bytecode-size-cumulative=${INLINE_CUMULATIVE}`;
const RAISED = [BUDGET, INLINE];

describe('workerTieringFlags', () => {
  test('raises the interrupt budget and lowers the inlining budget when the workers fill every core', () => {
    expect(INLINE_CUMULATIVE).toBeLessThan(920); // V8 11's default
    expect(workerTieringFlags(2, 2, [], undefined)).toEqual(RAISED);
    expect(workerTieringFlags(3, 2, ['--enable-source-maps'], '--max-old-space-size=4096')).toEqual(RAISED);
    expect(workerTieringFlags(1, 1, [], undefined)).toEqual(RAISED);
  });

  test('raises the interrupt budget by less, and keeps the inlining budget, while a core is left beside the workers', () => {
    // the spare core carries the main thread and compilation: it is not idle, so compiling less still pays
    const SPARE = `--interrupt-budget=${INTERRUPT_BUDGET_SPARE}`;
    expect(INTERRUPT_BUDGET_SPARE).toBeGreaterThan(67_584); // V8 11's default
    expect(INTERRUPT_BUDGET_SPARE).toBeLessThan(INTERRUPT_BUDGET);
    expect(workerTieringFlags(1, 2, [], undefined)).toEqual([SPARE]);
    expect(workerTieringFlags(4, 8, [], undefined)).toEqual([SPARE]);
    expect(workerTieringFlags(1, 2, ['--interrupt-budget=1000'], undefined)).toEqual([]);
    expect(workerTieringFlags(1, 2, [], '--interrupt-budget=1000')).toEqual([]);
  });

  test("leaves the user's own interrupt budget alone, on the command line or in NODE_OPTIONS", () => {
    expect(workerTieringFlags(2, 2, ['--interrupt-budget=1000'], undefined)).toEqual([INLINE]);
    expect(workerTieringFlags(2, 2, [], '--max-old-space-size=4096 --interrupt-budget=1000')).toEqual([INLINE]);
  });

  test("leaves the user's own inlining budget alone, on the command line or in NODE_OPTIONS", () => {
    expect(workerTieringFlags(2, 2, ['--max-inlined-bytecode-size-cumulative=2000'], undefined)).toEqual([BUDGET]);
    expect(workerTieringFlags(2, 2, [], '--max-inlined-bytecode-size-cumulative=2000')).toEqual([BUDGET]);
    expect(
      workerTieringFlags(2, 2, ['--interrupt-budget=1000'], '--max-inlined-bytecode-size-cumulative=2000'),
    ).toEqual([]);
  });
});

describe('workerHeapFlags', () => {
  test('bounds how far a heap grows past its live data, whatever the worker count', () => {
    expect(HEAP_GROWING_PERCENT).toBeLessThanOrEqual(100);
    expect(workerHeapFlags(2, [], undefined)).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, COMPACT_FLAG]);
    expect(workerHeapFlags(2, ['--interrupt-budget=1000'], '--max-old-space-size=4096')).toEqual([
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
      COMPACT_FLAG,
    ]);
    expect(workerHeapFlags(1, [], undefined)).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
  });

  test('compacts at every full collection from two workers on, unless the user chose either way', () => {
    expect(COMPACT_FLAG).toBe('--compact-on-every-full-gc');
    expect(COMPACT_MIN_WORKERS).toBe(2);
    expect(workerHeapFlags(3, [], undefined)).toContain(COMPACT_FLAG);
    expect(workerHeapFlags(2, ['--no-compact-on-every-full-gc'], undefined)).toEqual([
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    ]);
    expect(workerHeapFlags(2, [], '--heap-growing-percent=0 --compact-on-every-full-gc')).toEqual([]);
  });

  test('leaves compaction to V8 with one worker, whose single heap the flag did not make smaller', () => {
    expect(workerHeapFlags(1, [], undefined)).not.toContain(COMPACT_FLAG);
    // a user who asks for it still gets it: the flag is theirs, passed through by Node itself
    expect(workerHeapFlags(1, ['--compact-on-every-full-gc'], undefined)).toEqual([
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    ]);
  });

  test("leaves the user's own growth factor alone, on the command line or in NODE_OPTIONS", () => {
    expect(workerHeapFlags(2, ['--heap-growing-percent=300'], undefined)).toEqual([COMPACT_FLAG]);
    expect(workerHeapFlags(2, [], '--enable-source-maps --heap-growing-percent=300')).toEqual([COMPACT_FLAG]);
  });
});
