/** Calendar arithmetic: ISO weeks at year boundaries, leap days, seasons, quarters, and duration values. */
import fc from 'fast-check';
import {
  dayIndex,
  firstDay,
  formatPoint,
  isoWeekday,
  isValidDate,
  parseDay,
  pointOf,
  shift,
  ymd,
} from '../../src/timex/calendar.js';
import { durationValue } from '../../src/timex/resolve.js';
import { UNITS } from '../../src/timex/lexicon.js';

const day = (iso: string): number => parseDay(iso)!;

describe('calendar points', () => {
  test.each([
    ['2024-12-30', 'week', '2025-W01'],
    ['2021-01-03', 'week', '2020-W53'],
    ['2024-06-20', 'week', '2024-W25'],
    ['2024-06-20', 'quarter', '2024-Q2'],
    ['2024-06-20', 'half', '2024-H1'],
    ['2024-07-01', 'half', '2024-H2'],
    ['2024-06-20', 'season', '2024-SU'],
    ['2024-01-15', 'season', '2023-WI'],
    ['2024-12-15', 'season', '2024-WI'],
    ['1998-06-20', 'decade', '199'],
    ['1998-06-20', 'century', '19'],
    ['2024-02-29', 'day', '2024-02-29'],
  ] as const)('%s at %s grain → %s', (iso, grain, value) => {
    expect(formatPoint(pointOf(day(iso), grain))).toBe(value);
  });

  test('shifting crosses year boundaries and leap days', () => {
    expect(formatPoint(shift(pointOf(day('2024-01-15'), 'month'), -1))).toBe('2023-12');
    expect(formatPoint(shift(pointOf(day('2024-01-15'), 'quarter'), -1))).toBe('2023-Q4');
    expect(formatPoint(shift(pointOf(day('2024-02-28'), 'day'), 1))).toBe('2024-02-29');
    expect(formatPoint(shift(pointOf(day('2023-02-28'), 'day'), 1))).toBe('2023-03-01');
    expect(formatPoint(shift(pointOf(day('2025-01-01'), 'week'), -1))).toBe('2024-W52');
  });

  test('validity and weekdays', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isoWeekday(day('2024-06-20'))).toBe(4);
    expect(isoWeekday(day('1970-01-01'))).toBe(4);
    expect(parseDay('2024-13-01')).toBeNull();
  });

  test('every point contains its own first day (property)', () => {
    const grains = ['day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'] as const;
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 100_000 }), fc.constantFrom(...grains), (d, g) => {
        const p = pointOf(d, g);
        expect(pointOf(firstDay(p), g)).toEqual(p);
        expect(firstDay(p)).toBeLessThanOrEqual(d);
      }),
    );
  });

  test('day index round-trips (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(ymd(dayIndex(y, m, d))).toEqual([y, m, d]);
        },
      ),
    );
  });
});

describe('duration values', () => {
  test.each([
    [5, 'months', 'P5M'],
    [24, 'hours', 'PT24H'],
    [2.5, 'years', 'P2Y6M'],
    [1.5, 'hours', 'PT1H30M'],
    [0.5, 'hours', 'PT30M'],
    [0.5, 'days', 'PT12H'],
    ['X', 'years', 'PXY'],
    ['X', 'minutes', 'PTXM'],
    [2, 'decades', 'P20Y'],
    ['X', 'decades', 'PXY'],
    [3, 'weeks', 'P3W'],
    [2, 'quarters', 'P2Q'],
  ] as const)('%s %s → %s', (n, unit, value) => {
    expect(durationValue(n, UNITS.get(unit)!)).toBe(value);
  });
});
