/** Publication-date detection: one row per source format, then the fallback and the no-date case. */
import fc from 'fast-check';
import {
  detectPublicationDate,
  parseDateLine,
  parseDateLineByChrono,
  parsePlaceIsoDateline,
  type PublicationInput,
} from '../../src/ingest/pubdate.js';

const MONTH_NAMES_FOR_TEST = [
  'January',
  'february',
  'MARCH',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function detect(partial: Partial<PublicationInput>) {
  return detectPublicationDate({ text: '', meta: {}, path: 'article.txt', fallback: null, ...partial });
}

describe('detectPublicationDate: sources', () => {
  test.each([
    [
      'date line with weekday',
      { text: 'Thursday, June 20, 2024\n\nTitle\n\nBody.' },
      '2024-06-20',
      'dateline',
      undefined,
    ],
    ['date line with time', { text: 'June 20, 2024 at 3:14 PM\n\nBody.' }, '2024-06-20', 'dateline', '15:14'],
    ['ISO date line', { text: '2024-06-20\nTitle\nBody.' }, '2024-06-20', 'dateline', undefined],
    ['day-month-year line', { text: 'Title\n20 June 2024\nBody.' }, '2024-06-20', 'dateline', undefined],
    ['"Posted on" line', { text: 'Title\nPosted on June 20, 2024\nBody.' }, '2024-06-20', 'posted-on', undefined],
    ['"Published:" line', { text: 'Published: 20 June 2024\nBody.' }, '2024-06-20', 'posted-on', undefined],
    [
      'RFC 2822 header',
      { text: 'From: desk@example.org\nDate: Thu, 20 Jun 2024 15:14:00 +0000\nSubject: Talks\n\nBody.' },
      '2024-06-20',
      'header',
      '15:14',
    ],
    ['front matter date', { meta: { date: '2024-06-20' } }, '2024-06-20', 'front-matter', undefined],
    [
      'front matter RFC 2822 value',
      { meta: { published: 'Thu, 20 Jun 2024 09:00:00 GMT' } },
      '2024-06-20',
      'front-matter',
      '09:00',
    ],
    [
      'HTML meta with time',
      { meta: { 'article:published_time': '2024-06-20T15:14:00+03:00' } },
      '2024-06-20',
      'html-meta',
      '15:14',
    ],
    ['file name', { path: 'news/2024-06-20-iraq.txt', text: 'Title\nBody.' }, '2024-06-20', 'filename', undefined],
    [
      'file name without separators',
      { path: '20240620_iraq.txt', text: 'Title\nBody.' },
      '2024-06-20',
      'filename',
      undefined,
    ],
    [
      "year-less date line completed by the file name's year",
      { path: 'iraq-2024.txt', text: 'A meeting of the factions, 20 JUNE\nBody text here.' },
      '2024-06-20',
      'dateline',
      undefined,
    ],
  ])('%s', (_name, input, date, source, time) => {
    const { publication, warnings } = detect(input as Partial<PublicationInput>);
    expect(publication.date).toBe(date);
    expect(publication.source).toBe(source);
    expect(publication.time).toBe(time);
    expect(publication.confidence).toBeGreaterThan(0.4);
    expect(warnings).toEqual([]);
  });

  test('front matter outranks a date line, which outranks the file name', () => {
    expect(
      detect({ meta: { date: '2024-01-02' }, text: 'June 20, 2024\nBody.', path: '2023-05-05.txt' }).publication.date,
    ).toBe('2024-01-02');
    expect(detect({ text: 'June 20, 2024\nBody.', path: '2023-05-05.txt' }).publication.date).toBe('2024-06-20');
  });

  test('invalid calendar dates are rejected (no 2023-02-29)', () => {
    expect(detect({ meta: { date: '2023-02-29' }, path: 'x.txt' }).publication.source).toBe('none');
    expect(detect({ path: '2024-02-29-leap.txt' }).publication.date).toBe('2024-02-29');
  });

  test('a long sentence that mentions a date is not a date line', () => {
    const text =
      'The minister said on June 20, 2024 that the talks with the factions would continue for several more weeks.\nMore.';
    expect(detect({ text }).publication.source).toBe('none');
  });
});

describe('detectPublicationDate: nothing found', () => {
  test('configured fallback is used with low confidence and a warning', () => {
    const { publication, warnings } = detect({ text: 'Title\nBody.', fallback: '2024-06-01' });
    expect(publication).toMatchObject({ date: '2024-06-01', source: 'config' });
    expect(publication.confidence).toBeLessThan(0.5);
    expect(warnings.map((w) => w.code)).toEqual(['W_PUBDATE_FALLBACK']);
  });

  test('no fallback: date is null, source none, and a warning says relative dates stay unresolved', () => {
    const { publication, warnings } = detect({ text: 'Title\nBody.' });
    expect(publication).toEqual({ date: null, source: 'none', confidence: 0 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('W_NO_PUBDATE');
    expect(warnings[0]!.message).toMatch(/unresolved/);
  });
});

describe('detectPublicationDate: relative lines', () => {
  test.each([['Posted 3 days ago'], ['Two weeks ago'], ['Updated a day ago']])(
    '"%s" is no date line (it would date the article by the clock)',
    (line) => {
      expect(detect({ text: `${line}\nTitle\nBody.` }).publication.source).toBe('none');
    },
  );
});

describe("a wire dateline of a place and an ISO date, whatever the place's length", () => {
  test.each([
    ['KOROVAN, Zedland 2019-03-04', '2019-03-04'],
    ['PORT ELSWORTH, Ostava 2021-11-30', '2021-11-30'],
    ['MARRAKESHVILLE 2020-01-02', '2020-01-02'],
  ])('"%s" dates the article %s', (line, date) => {
    const r = detect({ text: `Talks resume\n${line}\nThe two sides met on Monday.` });
    expect(r.publication.date).toBe(date);
    expect(r.publication.source).toBe('dateline');
  });

  test.each([['The vote of 2019-03-04'], ['Korovan, Zedland 2019-03-04'], ['KOROVAN, Zedland 2019-02-30']])(
    '"%s" is no dateline (a sentence, a place not written the wire way, an impossible day)',
    (line) => {
      expect(parsePlaceIsoDateline(line)).toBeNull();
    },
  );
});

describe('parseDateLine: the common shapes read without chrono', () => {
  test.each([
    ['SYDNEY 1996-08-23', '1996-08-23'],
    ['NEW YORK 1996-12-06', '1996-12-06'],
    ['BONN, Germany 1996-08-23', '1996-08-23'],
    ['Thursday, June 20, 2024', '2024-06-20'],
    ['June 20, 2024', '2024-06-20'],
    ['RIO DE JANEIRO 1996-08-23', '1996-08-23'],
  ])('"%s" → %s, as chrono reads it', (line, date) => {
    expect(parseDateLine(line)).toEqual({ date });
    expect(parseDateLineByChrono(line)).toEqual({ date });
  });

  test('on lines of those shapes and their near misses, the shortcuts and chrono agree', () => {
    const place = fc.constantFrom(
      'SYDNEY',
      'NEW YORK',
      'Germany',
      'BONN',
      "N'DJAMENA",
      'PORT-AU-PRINCE',
      'ST. LOUIS',
      'A',
      'Mon',
      'SAT',
      'MAY',
      'March',
      'June',
      'DAY',
      'DAYS',
      'TWO',
      'AGO',
      'WITHIN',
      'IN',
      'ON',
      'AT',
      'NOON',
      'TODAY',
      'THIS',
      'NEXT',
      'WEEKEND',
      'SEPT',
      'THE',
      'AD',
      'SUN.',
      'PM',
      'EST',
      'GMT',
      'UTC',
      'Z',
      'X',
      'TWO DAYS AGO',
      'A WEEK LATER',
      'WITHIN A DAY',
      'THREE YEARS EARLIER',
      'MONTREAL',
      'AUGUSTA',
      'MARSEILLE',
      'JUNEAU',
      'FRIBOURG',
      'SATU MARE',
      'WEDEL',
    );
    const sep = fc.constantFrom(' ', ', ', '. ', ' - ', ' ');
    const prefix = fc
      .array(fc.tuple(place, sep), { minLength: 1, maxLength: 4 })
      .map((ps) => ps.map(([p, s], i) => (i === ps.length - 1 ? p : p + s)).join(''));
    const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));
    const iso = fc
      .tuple(fc.integer({ min: 1900, max: 2099 }), two(0, 13), two(0, 32))
      .map(([y, m, d]) => `${y}-${m}-${d}`);
    const weekday = fc.constantFrom('', 'Monday, ', 'Thursday, ', 'sunday, ', 'Sun, ');
    const month = fc.constantFrom(...MONTH_NAMES_FOR_TEST, 'Sept', 'Jan');
    const written = fc
      .tuple(
        weekday,
        month,
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 1890, max: 2110 }),
        fc.constantFrom(', ', ' ', ','),
      )
      .map(([wd, m, d, y, s]) => `${wd}${m} ${d}${s}${y}`);
    // Lines without a digit, which are skipped before chrono: chrono finds no certain absolute date in them either.
    const wordy = fc
      .array(
        fc.constantFrom(
          'Thursday',
          'June',
          'twentieth',
          'twenty',
          'first',
          'of',
          'May',
          'two',
          'weeks',
          'ago',
          'within',
          'a',
          'day',
          'noon',
          'next',
          'Monday',
          'last',
          'year',
          'the',
          'fifth',
          'two weeks ago',
          'within a day',
          'a week later',
          'three days earlier',
          'Dec.',
          'Sept',
          'nineteen',
          'ninety-six',
          'Posted',
          'on',
          ',',
          'Norman',
          'sacks',
        ),
        { minLength: 1, maxLength: 7 },
      )
      .map((ws) => ws.join(' '));
    const line = fc.oneof(
      fc.tuple(prefix, iso).map(([p, i]) => `${p} ${i}`),
      written,
      wordy,
    );
    fc.assert(
      fc.property(line, (l) => {
        expect(parseDateLine(l)).toEqual(parseDateLineByChrono(l));
      }),
      { numRuns: 1500, seed: 1129 },
    );
  });
});
