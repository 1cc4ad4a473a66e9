import fc from 'fast-check';
import { dateColumns, isoWeeksInYear, isValidDay, timemlInterval } from '../../src/output/dates.js';

describe('timemlInterval', () => {
  test.each([
    // value, start, end, precision
    ['2007-10-15', '2007-10-15', '2007-10-15', 'day'],
    ['2024-02-29', '2024-02-29', '2024-02-29', 'day'],
    ['2007-10-15T14:30', '2007-10-15', '2007-10-15', 'day'],
    ['2007-10-15TMO', '2007-10-15', '2007-10-15', 'day'],
    ['2025-03', '2025-03-01', '2025-03-31', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2023-02', '2023-02-01', '2023-02-28', 'month'],
    ['2025-Q1', '2025-01-01', '2025-03-31', 'quarter'],
    ['2025-Q4', '2025-10-01', '2025-12-31', 'quarter'],
    ['2025-H1', '2025-01-01', '2025-06-30', 'half'],
    ['2025-H2', '2025-07-01', '2025-12-31', 'half'],
    ['2025-SP', '2025-03-01', '2025-05-31', 'season'],
    ['2025-SU', '2025-06-01', '2025-08-31', 'season'],
    ['2025-FA', '2025-09-01', '2025-11-30', 'season'],
    ['2023-WI', '2023-12-01', '2024-02-29', 'season'],
    ['2025', '2025-01-01', '2025-12-31', 'year'],
    ['199', '1990-01-01', '1999-12-31', 'decade'],
    ['199X', '1990-01-01', '1999-12-31', 'decade'],
    ['19', '1900-01-01', '1999-12-31', 'century'],
    ['20XX', '2000-01-01', '2099-12-31', 'century'],
    ['0050', '0050-01-01', '0050-12-31', 'year'],
  ])('%s → %s … %s (%s)', (value, start, end, precision) => {
    expect(timemlInterval(value)).toEqual({ start, end, precision });
  });

  test.each([
    // ISO 8601 weeks: week 1 holds the year's first Thursday, so it may start in December.
    ['1998-W07', '1998-02-09', '1998-02-15'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2021-W01', '2021-01-04', '2021-01-10'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2015-W53', '2015-12-28', '2016-01-03'],
    ['2009-W01', '2008-12-29', '2009-01-04'],
    ['2026-W49', '2026-11-30', '2026-12-06'],
  ])('ISO week %s → %s … %s', (value, start, end) => {
    expect(timemlInterval(value)).toEqual({ start, end, precision: 'week' });
  });

  test('a weekday of a week is that day; a weekend is its Saturday and Sunday', () => {
    expect(timemlInterval('1998-W07-1')).toEqual({ start: '1998-02-09', end: '1998-02-09', precision: 'day' });
    expect(timemlInterval('2025-W01-7')).toEqual({ start: '2025-01-05', end: '2025-01-05', precision: 'day' });
    expect(timemlInterval('2025-W01-WE')).toEqual({ start: '2025-01-04', end: '2025-01-05', precision: 'week' });
  });

  test.each([
    null,
    undefined,
    '',
    'PRESENT_REF',
    'PAST_REF',
    'FUTURE_REF',
    'P5M',
    'PT2H',
    'XXXX-WXX-1',
    'XXXX-05',
    '2025-02-30',
    '2023-02-29',
    '2025-13',
    '2025-00',
    '2025-Q5',
    '2025-H3',
    '2021-W53', // 2021 has 52 ISO weeks
    '2025-W00',
    '2025-W01-8',
    '0000',
    'TNI',
    '2025-12-31T99',
    'yesterday',
  ])('%s denotes no interval', (value) => {
    expect(timemlInterval(value as string | null | undefined)).toBeNull();
  });

  test('ISO week counts: 53 in years starting on Thursday (or Wednesday in leap years)', () => {
    expect([2015, 2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2022, 2023, 2024, 2025].map(isoWeeksInYear)).toEqual([52, 52, 52, 52, 52]);
  });

  test('every ISO week is seven days, Monday to Sunday, and weeks tile the years without gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), (year) => {
        let previousEnd: string | null = null;
        for (let w = 1; w <= isoWeeksInYear(year); w++) {
          const iv = timemlInterval(`${year}-W${String(w).padStart(2, '0')}`)!;
          const start = new Date(`${iv.start}T00:00:00Z`);
          const end = new Date(`${iv.end}T00:00:00Z`);
          expect(start.getUTCDay()).toBe(1);
          expect((end.getTime() - start.getTime()) / 86_400_000).toBe(6);
          if (previousEnd !== null)
            expect(new Date(`${previousEnd}T00:00:00Z`).getTime() + 86_400_000).toBe(start.getTime());
          previousEnd = iv.end;
        }
        // 4 January is always in week 1; 28 December always in the last week.
        const w1 = timemlInterval(`${year}-W01`)!;
        expect(w1.start <= `${year}-01-04` && `${year}-01-04` <= w1.end).toBe(true);
        expect(previousEnd! >= `${year}-12-28`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test('a day value agrees with JavaScript Date on which days exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const js = new Date(0);
          js.setUTCFullYear(y, m - 1, d);
          const exists = js.getUTCMonth() === m - 1 && js.getUTCDate() === d;
          expect(isValidDay(value)).toBe(exists);
          expect(timemlInterval(value) !== null).toBe(exists);
        },
      ),
    );
  });

  test('coarser intervals contain the finer ones they are made of', () => {
    expect(timemlInterval('2025-Q2')).toEqual({ start: '2025-04-01', end: '2025-06-30', precision: 'quarter' });
    const year = timemlInterval('2025')!;
    for (const v of ['2025-H1', '2025-Q3', '2025-11', '2025-W30', '2025-SU']) {
      const iv = timemlInterval(v)!;
      expect(iv.start >= year.start && iv.end <= year.end).toBe(true);
    }
  });
});

describe('dateColumns', () => {
  test('keeps the original value beside the interval', () => {
    expect(dateColumns('1998-W07')).toEqual({
      value: '1998-W07',
      start: '1998-02-09',
      end: '1998-02-15',
      precision: 'week',
    });
    expect(dateColumns('PRESENT_REF')).toEqual({ value: 'PRESENT_REF', start: null, end: null, precision: null });
    expect(dateColumns(null)).toEqual({ value: null, start: null, end: null, precision: null });
  });
});
