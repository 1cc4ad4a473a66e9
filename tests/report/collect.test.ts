/** The report's reading side: dates on the timeline, tolerant record reading, filters, places and escaping. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { boundDay, collectReport, dayOf, DateBasis, eventDay } from '../../src/report/collect.js';
import { articleDetail } from '../../src/report/detail.js';
import { buildReport, chooseTimeline, typeStyles, CATEGORY_COLOURS } from '../../src/report/build.js';
import { escapeHtml } from '../../src/report/page.js';
import { loadPlaceTable, placeKey, resolvePlace } from '../../src/report/places.js';
import { baseMap } from '../../src/report/map.js';
import { tempDir } from '../helpers.js';

const day = (s: string) => dayOf(s) as number;

function record(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: '1.0',
    articleId: id,
    source: { path: `${id}.txt`, bytes: 1, sha256: '0'.repeat(64) },
    title: `Title ${id}`,
    publication: { date: '2024-06-20', source: 'dateline', confidence: 1 },
    pipeline: { version: '0.1.0', fingerprint: '0'.repeat(16), nerModel: 'ner-x' },
    text: 'Militants attacked Baghdad. The Committee met.',
    sentences: [],
    entities: [
      {
        id: 'plc_b',
        type: 'place',
        name: 'Baghdad',
        aliases: [],
        mentions: [{ start: 19, end: 26, text: 'Baghdad', sentence: 0, type: 'place' }],
      },
      {
        id: 'grp_c',
        type: 'group',
        name: 'Committee',
        aliases: [],
        mentions: [{ start: 32, end: 41, text: 'Committee', sentence: 1, type: 'group' }],
      },
    ],
    timexes: [],
    events: [
      {
        id: 'evt_1',
        type: 'attack',
        trigger: { start: 10, end: 18, text: 'attacked', sentence: 0 },
        date: { value: '2024-06-19', precision: 'day', source: 'clause' },
        participants: [],
        place: 'plc_b',
        status: 'occurred',
        evidence: [],
        confidence: 0.7,
        casualties: { killed: { value: 3 } },
      },
      {
        id: 'evt_2',
        type: 'meeting',
        trigger: { start: 42, end: 45, text: 'met', sentence: 1 },
        date: { value: null, precision: 'unknown', source: 'unknown' },
        participants: [{ entity: 'grp_c', role: 'agent' }],
        status: 'occurred',
        evidence: [],
        confidence: 0.7,
      },
    ],
    warnings: [],
    ...over,
  };
}

function outputWith(records: Array<Record<string, unknown>>): string {
  const out = tempDir('dossier-report-unit-');
  mkdirSync(path.join(out, 'records'));
  for (const r of records) writeFileSync(path.join(out, 'records', `${String(r.articleId)}.json`), JSON.stringify(r));
  return out;
}

describe('timeline dates', () => {
  test.each([
    ['2024-06-19', '2024-06-19', DateBasis.Own],
    ['2024-06-19TNI', '2024-06-19', DateBasis.Own],
    ['2024-W25', '2024-06-17', DateBasis.Own],
    ['2024-02', '2024-02-01', DateBasis.Month],
    ['2024', '2024-06-20', DateBasis.Publication],
    ['PAST_REF', '2024-06-20', DateBasis.Publication],
    [null, '2024-06-20', DateBasis.Publication],
  ])('%s is placed on %s', (value, expected, basis) => {
    expect(eventDay(value, day('2024-06-20'))).toEqual({ day: day(expected), basis });
  });

  test('bounds of --since/--until values', () => {
    expect(boundDay('2024', false)).toBe(day('2024-01-01'));
    expect(boundDay('2024', true)).toBe(day('2024-12-31'));
    expect(boundDay('2024-02', true)).toBe(day('2024-02-29'));
    expect(boundDay('2024-06-20', false)).toBe(day('2024-06-20'));
    expect(boundDay('2024-02-30', false)).toBeNull();
    expect(boundDay('June', false)).toBeNull();
  });

  test('granularity follows the span', () => {
    expect(chooseTimeline([day('2024-06-01'), day('2024-06-30')]).bucket).toBe('day');
    expect(chooseTimeline([day('2024-01-01'), day('2024-12-31')]).bucket).toBe('week');
    expect(chooseTimeline([day('2005-01-01'), -1_000_000, day('2024-06-30')])).toEqual({
      bucket: 'month',
      from: day('2005-01-01'),
      to: day('2024-06-30'),
      outside: 0,
    });
    expect(chooseTimeline([])).toEqual({ bucket: 'day', from: null, to: null, outside: 0 });
  });

  test('a stray date outside the middle 99% is left off the timeline', () => {
    const days = [
      day('1946-01-01'),
      ...Array.from({ length: 300 }, (_, i) => day('2024-01-01') + i),
      day('2044-01-01'),
    ];
    expect(chooseTimeline(days)).toEqual({
      bucket: 'week',
      from: day('2024-01-01'),
      to: day('2024-01-01') + 299,
      outside: 2,
    });
  });
});

describe('collectReport', () => {
  const places = { baghdad: [33.34, 44.4, 'IQ', 'city'] as [number, number, string, string] };

  test('aggregates entities, events and places', async () => {
    const { data } = await collectReport(outputWith([record('a_1'), record('a_2')]), {}, places);
    expect(data.articles.map((a) => a.id)).toEqual(['a_1', 'a_2']);
    expect(data.entities.map((e) => e.name)).toEqual(['Baghdad', 'Committee']);
    expect(data.incidence[0]).toEqual([0, 1, 1, 1]);
    expect(data.eventTypes).toEqual(['attack', 'meeting']);
    expect(data.events.killed).toEqual([3, 0, 3, 0]);
    expect(data.events.place).toEqual([0, -1, 0, -1]);
    expect(data.events.basis).toEqual([DateBasis.Own, DateBasis.Publication, DateBasis.Own, DateBasis.Publication]);
    expect(data.places).toEqual([{ entity: 0, lat: 33.34, lon: 44.4, source: 'lookup' }]);
    expect(data.notes.join(' ')).toMatch(/2 event\(s\) with a date vaguer than a month/);
    expect(data.notes.join(' ')).toMatch(/No run manifests/);
  });

  test('a geo field wins over the name table', async () => {
    const r = record('a_1');
    (r.entities as Array<Record<string, unknown>>)[0].geo = {
      geonamesId: 98182,
      name: 'Baghdad',
      lat: 33.3,
      lon: 44.4,
      countryCode: 'IQ',
      level: 'city',
      confidence: 0.9,
    };
    const { data } = await collectReport(outputWith([r]), {}, {});
    expect(data.places).toEqual([{ entity: 0, lat: 33.3, lon: 44.4, source: 'geo' }]);
  });

  test('--type keeps matching events and the articles that have them', async () => {
    const other = record('a_2', { events: [] });
    const { data } = await collectReport(outputWith([record('a_1'), other]), { types: ['meeting', 'protest'] }, places);
    expect(data.articles.map((a) => a.id)).toEqual(['a_1']);
    expect(data.eventTypes).toEqual(['meeting']);
    expect(data.notes.join(' ')).toMatch(/No event of type "protest"/);
    expect(data.notes.join(' ')).toMatch(/1 article\(s\) left out by the filters/);
  });

  test('--since/--until keep events in range and articles published in it', async () => {
    const old = record('a_2', { publication: { date: '2010-01-01' } });
    const { data } = await collectReport(
      outputWith([record('a_1'), old]),
      { since: '2024-06-20', until: '2024' },
      places,
    );
    expect(data.articles.map((a) => a.id)).toEqual(['a_1']);
    expect(data.events.type.map((t) => data.eventTypes[t])).toEqual(['meeting']);
  });

  test('old, partial and broken records give notes, not exceptions', async () => {
    const out = outputWith([
      {
        articleId: 'a_3',
        schemaVersion: '0.9',
        text: 'x',
        entities: [{ id: 'per_x', name: 'Ann', mentions: 'bad' }],
        events: 'none',
      },
    ]);
    writeFileSync(path.join(out, 'records', 'a_4.json'), '{');
    const { data } = await collectReport(out, {}, places);
    expect(data.articles).toHaveLength(1);
    expect(data.records.unreadable).toBe(1);
    const notes = data.notes.join(' ');
    expect(notes).toMatch(/1 record file\(s\) could not be read/);
    expect(notes).toMatch(/schema version\(s\) 0\.9/);
    expect(notes).toMatch(/No record has events/);
    expect(notes).toMatch(/No place has a known position/);
  });

  test('missing folders are notes', async () => {
    const dir = tempDir('dossier-report-unit-');
    expect((await collectReport(path.join(dir, 'nope'))).data.notes[0]).toMatch(/does not exist/);
    expect((await collectReport(dir)).data.notes.join(' ')).toMatch(/No records\/ folder/);
  });
});

describe('article detail', () => {
  test('spans outside the text are dropped and counted', () => {
    const r = record('a_1');
    (r.entities as Array<Record<string, any>>)[1].mentions.push({ start: 40, end: 400 });
    const d = articleDetail(
      r,
      'a_1',
      new Map([
        ['plc_b', 0],
        ['grp_c', 1],
      ]),
    );
    expect(d.m).toEqual([19, 26, 0, 32, 41, 1]);
    expect(d.bad).toBe(1);
    expect(d.ev[1]).toMatchObject({
      type: 'meeting',
      trig: [42, 45],
      parts: [[1, 'agent', '']],
      killed: null,
    });
    expect(d.ev[0]).toMatchObject({ killed: 3, place: 0 });
  });
});

describe('page', () => {
  test('escapeHtml', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe(
      '&#60;script&#62;&#34;a&#34; &#38; &#39;b&#39;&#60;/script&#62;',
    );
  });

  test('article text and names never appear as markup in the file', async () => {
    const evil = '</script><script>alert(1)</script>';
    const r = record('a_1', { title: evil, text: `${evil} Militants attacked Baghdad.` });
    const out = outputWith([r]);
    mkdirSync(path.join(out, 'failed'));
    writeFileSync(
      path.join(out, 'failed', 'x.json'),
      JSON.stringify({ path: evil, stage: 'ingest', code: 'E_BINARY', reason: evil }),
    );
    const { html } = await buildReport(out);
    expect(html.match(/<script>alert/g)).toBeNull();
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;alert(1)');
    // The data block holds the title, compressed.
    const block = /id="report-data">([^<]*)</.exec(html)?.[1] as string;
    expect(JSON.parse(inflateRawSync(Buffer.from(block, 'base64')).toString('utf8')).articles.title).toEqual([evil]);
  });

  test('event types keep their category colour; unknown types are "other"', () => {
    const styles = typeStyles(
      ['attack', 'brand-new'],
      [
        { id: 'meeting', category: 'political' },
        { id: 'attack', category: 'conflict', label: 'Attack' },
      ],
    );
    expect(styles).toEqual([
      { id: 'attack', label: 'Attack', category: 'conflict', color: CATEGORY_COLOURS.conflict[0] },
      { id: 'brand-new', label: 'brand-new', category: 'other', color: CATEGORY_COLOURS.other[0] },
    ]);
  });
});

describe('places and map', () => {
  test('the committed table knows the seed article places', () => {
    const t = loadPlaceTable();
    expect(placeKey('The U.S.')).toBe('us');
    expect(resolvePlace({ name: 'Iraq' }, t)).toMatchObject({ countryCode: 'IQ', source: 'lookup' });
    expect(resolvePlace({ name: 'Baghdad' }, t)).toMatchObject({ countryCode: 'IQ' });
    expect(resolvePlace({ name: 'Nowhere-on-earth', aliases: ['United States'] }, t)).toMatchObject({
      countryCode: 'US',
    });
    expect(resolvePlace({ name: 'Nowhere-on-earth' }, t)).toBeNull();
  });

  test('outlines and points share one projection', () => {
    const m = baseMap();
    expect(m.countries.find((c) => c.name === 'Iraq')?.d).toMatch(/^M[\d.,LZ-]+/);
    const [x, y] = m.project(44.4, 33.3) as [number, number];
    expect(x).toBeGreaterThan(m.width / 2);
    expect(y).toBeLessThan(m.height / 2);
  });
});
