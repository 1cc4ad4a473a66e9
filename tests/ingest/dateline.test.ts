/** Wire datelines, "Published"/"Updated" lines and structured hints: one row per shape. */
import {
  detectPublicationDate,
  parsePublishedLine,
  parseWireDateline,
  type PublicationInput,
} from '../../src/ingest/pubdate.js';
import { findDate, parseDateValue } from '../../src/ingest/dates.js';

function detect(partial: Partial<PublicationInput>) {
  return detectPublicationDate({ text: '', meta: {}, path: 'article.txt', fallback: null, ...partial });
}

describe('wire datelines in every common shape', () => {
  test.each([
    ['ANKARA, Turkey, Aug. 10, 2025 (Reuters) - A strong earthquake struck eastern Turkey on Sunday.', '2025-08-10'],
    ['ANKARA, Turkey, Aug. 10, 2025 (Reuters) — A strong earthquake struck.', '2025-08-10'],
    ['ANKARA, Aug. 10, 2025 (Reuters) – A strong earthquake struck.', '2025-08-10'],
    ['ANKARA, Aug. 10, 2025 - A strong earthquake struck.', '2025-08-10'],
    ['PARIS, 10 August 2025 (AFP) - French police said on Sunday.', '2025-08-10'],
    ['10 August 2025, PARIS (AFP) - French police said on Sunday.', '2025-08-10'],
    ['SAN JUAN, Puerto Rico, Sept. 3, 2024 (AP) — The storm weakened.', '2024-09-03'],
    ['NEW YORK, Aug. 10, 2025 /PRNewswire/ -- Acme Corp announced results.', '2025-08-10'],
    ['Aug. 10, 2025 (UPI) -- Officials said the fire was contained.', '2025-08-10'],
    ['WASHINGTON, Sunday, Aug. 10, 2025 (AP) — Lawmakers returned.', '2025-08-10'],
    ['PORT-AU-PRINCE, Haiti, 2025-08-10 (Reuters) - Gangs attacked.', '2025-08-10'],
    ['RIO DE JANEIRO, Brazil, August 10th, 2025 (Reuters) - Floods hit the city.', '2025-08-10'],
    ['Bosnia and Herzegovina, 10 Aug 2025 (AFP) - Voters went to the polls.', '2025-08-10'],
    ['WASHINGTON, Aug. 10, 2025—The Fed held rates.', '2025-08-10'],
  ])('%s → %s', (line, date) => {
    const { publication, warnings } = detect({ text: `Quake hits Turkey\n\n${line}\n\nMore text.` });
    expect(publication).toMatchObject({ date, source: 'dateline' });
    expect(publication.confidence).toBeGreaterThanOrEqual(0.9);
    expect(warnings).toEqual([]);
  });

  test('a dateline without a year takes the year of the file name, with low confidence', () => {
    const { publication } = detect({ text: 'LONDON, Aug 10 (Reuters) - Shares fell.', path: 'reuters-2025-wire.txt' });
    expect(publication).toMatchObject({ date: '2025-08-10', source: 'dateline' });
    expect(publication.confidence).toBeLessThan(0.6);
  });

  test('a dateline without a year and no year anywhere gives no date and says why', () => {
    const { publication, warnings } = detect({ text: 'LONDON, Aug 10 (Reuters) - Shares fell.' });
    expect(publication.date).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['W_PUBDATE_NO_YEAR', 'W_NO_PUBDATE']);
  });

  test('an impossible date in a dateline is refused with a warning, never returned', () => {
    const { publication, warnings } = detect({ text: 'ANKARA, Turkey, Feb. 30, 2025 (Reuters) - Text.' });
    expect(publication.date).toBeNull();
    expect(warnings.map((w) => w.code)).toContain('W_PUBDATE_IMPOSSIBLE');
  });

  test.each([
    ['He said on Aug. 10, 2025 - the talks would continue.'],
    ['The minister said on June 20, 2024 that the talks would continue.'],
    ['WASHINGTON (AP) — Lawmakers returned on Monday.'],
    ['In 2025 - a year of floods - the town rebuilt.'],
  ])('no dateline with a date: %s', (line) => {
    const r = parseWireDateline(line);
    expect(r === null || r.found.year === null).toBe(true);
  });
});

describe('"Published" and "Updated" lines', () => {
  test.each([
    ['Published: 10 August 2025', '2025-08-10', false, undefined],
    ['Published 3:14 PM EDT, Sun August 10, 2025', '2025-08-10', false, '15:14'],
    ['By Jane Doe | Published Aug 10, 2025', '2025-08-10', false, undefined],
    ['Published 10 Aug 2025 · Updated 11 Aug 2025', '2025-08-10', false, undefined],
    ['Updated 11 Aug 2025 · Published 10 Aug 2025', '2025-08-10', false, undefined],
    ['Last updated on August 11, 2025', '2025-08-11', true, undefined],
    ['First published on Sun 10 Aug 2025 14.32 BST', '2025-08-10', false, '14:32'],
  ])('%s', (line, date, updated, time) => {
    const r = parsePublishedLine(line)!;
    expect(`${r.found.year}-${String(r.found.month).padStart(2, '0')}-${String(r.found.day).padStart(2, '0')}`).toBe(
      date,
    );
    expect(r.updated).toBe(updated);
    expect(r.found.time).toBe(time);
  });

  test('a published line outranks an updated line, which is used only as a last resort', () => {
    expect(detect({ text: 'Updated 12 Aug 2025\nPublished 10 Aug 2025\nBody.' }).publication).toMatchObject({
      date: '2025-08-10',
      source: 'posted-on',
    });
    const only = detect({ text: 'Updated 12 Aug 2025\nBody.' }).publication;
    expect(only).toMatchObject({ date: '2025-08-12', source: 'updated-on' });
    expect(only.confidence).toBeLessThanOrEqual(0.5);
  });

  test('a verb in a sentence is no published line', () => {
    expect(
      parsePublishedLine('The report was published on Aug 10, 2025 by the ministry of health of the country.'),
    ).toBeNull();
  });
});

describe('structured hints (JSON-LD, meta, <time>, feeds) and their order', () => {
  const hint = (source: 'json-ld' | 'html-meta' | 'html-time' | 'feed', key: string, value: string, strong = true) => ({
    source,
    key,
    value,
    strong,
  });

  test('JSON-LD outranks OpenGraph, which outranks <time>, which outranks nothing but the file name', () => {
    const hints = [
      hint('html-time', 'time[datetime]', '2025-08-09T10:00:00Z', false),
      hint('html-meta', 'article:published_time', '2025-08-10T08:00:00+02:00'),
      hint('json-ld', 'NewsArticle.datePublished', '2025-08-10T08:00:00+02:00'),
    ];
    expect(detect({ hints }).publication).toMatchObject({ date: '2025-08-10', source: 'json-ld', time: '08:00' });
    expect(detect({ hints: hints.slice(0, 2) }).publication.source).toBe('html-meta');
    expect(detect({ hints: hints.slice(0, 1), path: '2020-01-01.html' }).publication.source).toBe('html-time');
  });

  test('an RSS pubDate (RFC 2822) is read', () => {
    expect(detect({ hints: [hint('feed', 'pubDate', 'Sun, 10 Aug 2025 08:00:00 GMT')] }).publication).toMatchObject({
      date: '2025-08-10',
      time: '08:00',
      source: 'feed',
    });
  });

  test('a hint naming an impossible day is refused with a warning', () => {
    const { publication, warnings } = detect({ hints: [hint('json-ld', 'NewsArticle.datePublished', '2025-02-30')] });
    expect(publication.date).toBeNull();
    expect(warnings[0]!.code).toBe('W_PUBDATE_IMPOSSIBLE');
  });

  test('strong sources that disagree leave a warning naming both', () => {
    const { warnings } = detect({
      hints: [
        hint('json-ld', 'NewsArticle.datePublished', '2025-08-10'),
        hint('html-meta', 'article:published_time', '2025-07-01'),
      ],
    });
    expect(warnings.map((w) => w.code)).toEqual(['W_PUBDATE_CONFLICT']);
  });
});

describe('date phrases', () => {
  test.each([
    ['Aug. 10, 2025', '2025-08-10'],
    ['10 August 2025', '2025-08-10'],
    ['Sunday 10th of August, 2025', '2025-08-10'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['2025/08/10', '2025-08-10'],
  ])('%s', (s, iso) => {
    const f = findDate(s)!;
    expect(`${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`).toBe(iso);
  });

  test.each([['2025-02-29'], ['2025-13-01'], ['February 30, 2024']])('%s is impossible', (s) => {
    expect(parseDateValue(s)).toEqual({ impossible: true });
  });

  test('ISO values keep the date as written in the page zone, and their time', () => {
    expect(parseDateValue('2025-08-10T23:30:00-05:00')).toEqual({ date: '2025-08-10', time: '23:30' });
    expect(parseDateValue('20250810')).toEqual({ date: '2025-08-10' });
  });
});
