/**
 * The tables in a real engine: DuckDB loads every table of an output folder with the shipped DDL, runs the
 * cookbook in `analytics/*.sql`, and the answers are checked against what the records say. The bundled
 * articles (data/articles) are run through the pipeline in-process; a second output is appended into the
 * same tables without a type error.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ddlSql, duckdbLoadSql, SQL_DIALECTS, tableColumns } from '../../src/output/ddl.js';
import { rebuildTables, updateTables } from '../../src/output/tables.js';
import { EntityDimension, articleTableRows, type Row } from '../../src/output/rows.js';
import { timemlInterval } from '../../src/output/dates.js';
import { TABLES } from '../../src/schema/validators.js';
import { createArticleProcessor, extractText, DEFAULT_SETTINGS } from '../../src/pipeline/extract.js';
import type { KnowledgeRecord } from '../../src/types.js';
import { REPO, tempDir } from '../helpers.js';

const AT = '2026-01-01T00:00:00.000Z';
const cookbook = (name: string) => readFileSync(path.join(REPO, 'analytics', `${name}.sql`), 'utf8');

/** The bundled articles through the real pipeline, as `dossier run` would store them. */
function bundledRecords(): KnowledgeRecord[] {
  const processor = createArticleProcessor(DEFAULT_SETTINGS);
  const dir = path.join(REPO, 'data', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const r = extractText(processor, readFileSync(path.join(dir, f), 'utf8'), f);
      if (!r.ok) throw new Error(`${f}: ${r.failure.reason}`);
      return r.record;
    });
}

function writeRecords(out: string, records: KnowledgeRecord[]): void {
  mkdirSync(path.join(out, 'records'), { recursive: true });
  for (const r of records) writeFileSync(path.join(out, 'records', `${r.articleId}.json`), JSON.stringify(r));
}

async function rows(conn: DuckDBConnection, sql: string): Promise<Array<Record<string, unknown>>> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>;
}

/** A hand-made record with what the geo and events helpers add (geo links, casualty counts). */
function conflictRecord(id: string, date: string, city: string, country: string, killed: number): KnowledgeRecord {
  const text = `Rebels attacked ${city}.`;
  const cityStart = text.indexOf(city);
  return {
    schemaVersion: '2.10',
    articleId: id,
    source: { path: `${id}.txt`, bytes: text.length, sha256: 'f'.repeat(64) },
    title: null,
    publication: { date, source: 'dateline', confidence: 1 },
    pipeline: { version: '0.1.0', fingerprint: '0123456789abcdef', nerModel: 'm' },
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [
      {
        id: 'grp_00000000000000b1',
        type: 'group',
        name: 'Rebels',
        aliases: [],
        mentions: [{ start: 0, end: 6, text: 'Rebels', sentence: 0, type: 'group' }],
      },
      {
        id: `plc_00000000000000${country === 'SY' ? 'c1' : 'c2'}`,
        type: 'place',
        name: city,
        aliases: [],
        mentions: [{ start: cityStart, end: cityStart + city.length, text: city, sentence: 0, type: 'place' }],
        geo: {
          geonamesId: country === 'SY' ? 170063 : 99532,
          name: city,
          lat: 36.2,
          lon: 37.15,
          countryCode: country,
          level: 'city',
          confidence: 0.9,
        },
      } as KnowledgeRecord['entities'][number],
    ],
    timexes: [],
    events: [
      {
        id: 'evt_00000000000000e1',
        type: 'attack',
        trigger: { start: 7, end: 15, text: 'attacked', sentence: 0 },
        date: { value: date, precision: 'day', source: 'tense' },
        participants: [{ entity: 'grp_00000000000000b1', role: 'agent' }],
        place: `plc_00000000000000${country === 'SY' ? 'c1' : 'c2'}`,
        status: 'occurred',
        evidence: [{ start: 0, end: text.length, text, sentence: 0 }],
        confidence: 0.9,
        casualties: {
          killed: {
            value: killed,
            min: killed,
            max: killed,
            precision: 'exact',
            text: String(killed),
            start: 0,
            end: 1,
            sentence: 0,
          },
        },
      } as KnowledgeRecord['events'][number],
    ],
    warnings: [],
  };
}

describe('DuckDB', () => {
  let records: KnowledgeRecord[];
  let out: string;
  let conn: DuckDBConnection;

  beforeAll(async () => {
    records = bundledRecords();
    out = tempDir();
    writeRecords(out, records);
    await rebuildTables(out, 'run-bundled', AT);
    const db = await DuckDBInstance.create(':memory:');
    conn = await db.connect();
    await conn.run(ddlSql('duckdb'));
    await conn.run(duckdbLoadSql(out));
  }, 120_000);

  test('every table loads with the shipped DDL, row for row', async () => {
    let expected = 0;
    for (const r of records) expected += articleTableRows(r, '', '').mentions.length;
    const [m] = await rows(conn, 'SELECT count(*) AS n FROM mentions');
    expect(Number(m!['n'])).toBe(expected);
    for (const t of TABLES) {
      const [c] = await rows(conn, `SELECT count(*) AS n FROM ${t}`);
      expect(Number(c!['n'])).toBeGreaterThan(t === 'warnings' ? -1 : 0);
    }
    const [a] = await rows(conn, 'SELECT count(*) AS n, count(published_start) AS dated FROM articles');
    expect(Number(a!['n'])).toBe(records.length);
    expect(Number(a!['dated'])).toBe(records.filter((r) => r.publication.date !== null).length);
  });

  test('the column types are the DDL types, and event dates are real DATEs wherever the value denotes an interval', async () => {
    const described = await rows(
      conn,
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events'",
    );
    const types = Object.fromEntries(described.map((r) => [r['column_name'], r['data_type']]));
    expect(types).toMatchObject({
      date_start: 'DATE',
      date_end: 'DATE',
      confidence: 'DOUBLE',
      fatalities: 'BIGINT',
      lat: 'DOUBLE',
    });
    const evs = records.flatMap((r) => r.events);
    const [d] = await rows(
      conn,
      'SELECT count(date_start) AS dated, count(*) AS n, count(*) FILTER (date_start > date_end) AS bad FROM events',
    );
    expect(Number(d!['n'])).toBe(evs.length);
    expect(Number(d!['dated'])).toBe(evs.filter((e) => timemlInterval(e.date.value) !== null).length);
    expect(Number(d!['bad'])).toBe(0);
  });

  test('cookbook: events per actor per week', async () => {
    const got = await rows(conn, cookbook('events_per_actor_week'));
    // The same answer from the records.
    const expected = new Map<string, Set<string>>();
    for (const r of records) {
      const types = new Map(r.entities.map((e) => [e.id, e.type]));
      for (const ev of r.events) {
        const iv = timemlInterval(ev.date.value);
        if (!iv || (iv.precision !== 'day' && iv.precision !== 'week')) continue;
        if ((ev.salience ?? 'news') !== 'news') continue;
        const day = new Date(`${iv.start}T00:00:00Z`);
        day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
        const week = day.toISOString().slice(0, 10);
        for (const p of ev.participants) {
          if (types.get(p.entity) === 'place' || p.entity.startsWith('plc_')) continue;
          const key = `${p.entity} ${week}`;
          (expected.get(key) ?? expected.set(key, new Set()).get(key)!).add(`${r.articleId}/${ev.id}`);
        }
      }
    }
    expect(got.length).toBeGreaterThan(0);
    expect(Object.fromEntries(got.map((g) => [`${g['entity_id']} ${g['week']}`, Number(g['n_events'])]))).toEqual(
      Object.fromEntries([...expected].map(([k, v]) => [k, v.size])),
    );
  });

  test("cookbook: an entity's timeline (Airbus), in date order", async () => {
    const got = await rows(conn, cookbook('entity_timeline'));
    const airbus = records.flatMap((r) =>
      r.events.flatMap((ev) =>
        ev.participants
          .filter((p) => r.entities.find((e) => e.id === p.entity)?.name === 'Airbus')
          .map(() => `${r.articleId}/${ev.id}`),
      ),
    );
    expect(got.length).toBeGreaterThan(0);
    // Canonical "Airbus" may gather more names than the articles' own "Airbus"; it never loses one.
    expect(got.map((g) => `${g['article_id']}/${g['event_id']}`)).toEqual(expect.arrayContaining(airbus));
    const dates = got.map((g) => g['date_start']).filter((d): d is string => typeof d === 'string');
    expect(dates).toEqual([...dates].sort());
  });

  test('cookbook: co-occurrence of groups and places', async () => {
    const got = await rows(conn, cookbook('group_place_cooccurrence'));
    const expected = new Map<string, number>();
    for (const r of records)
      for (const g of r.entities.filter((e) => e.type === 'group'))
        for (const p of r.entities.filter((e) => e.type === 'place'))
          expected.set(`${g.id} ${p.id}`, (expected.get(`${g.id} ${p.id}`) ?? 0) + 1);
    expect(got.length).toBe(expected.size);
    expect(Object.fromEntries(got.map((g) => [`${g['group_id']} ${g['place_id']}`, Number(g['n_articles'])]))).toEqual(
      Object.fromEntries(expected),
    );
    expect(Number(got[0]!['n_articles'])).toBe(Math.max(...expected.values()));
  });

  test('cookbook: fatalities by country and month (bundled output agrees with its records)', async () => {
    const got = await rows(conn, cookbook('fatalities_country_month'));
    const expected = new Map<string, number>();
    for (const r of records) {
      const byId = new Map(r.entities.map((e) => [e.id, e as unknown as { geo?: { countryCode?: string } }]));
      for (const ev of r.events as unknown as Array<{
        date: { value: string | null };
        place?: string;
        casualties?: { killed?: { value?: number } };
      }>) {
        const killed = ev.casualties?.killed?.value;
        const country = ev.place ? byId.get(ev.place)?.geo?.countryCode : undefined;
        const iv = timemlInterval(ev.date.value);
        if (killed === undefined || !country || !iv || !['day', 'week', 'month'].includes(iv.precision)) continue;
        const key = `${country} ${iv.start.slice(0, 7)}-01`;
        expected.set(key, (expected.get(key) ?? 0) + killed);
      }
    }
    expect(Object.fromEntries(got.map((g) => [`${g['country_code']} ${g['month']}`, Number(g['fatalities'])]))).toEqual(
      Object.fromEntries(expected),
    );
  });

  test('a second run appends into the same tables with no type error, and the cookbook answers on it', async () => {
    // Run 2 of another output: events with geo links and casualties, written by an update after a rebuild.
    const second = tempDir();
    const first = [conflictRecord('a_00000000000000f1', '2025-03-14', 'Aleppo', 'SY', 4)];
    writeRecords(second, first);
    await rebuildTables(second, 'run-1', AT);
    const more = [
      conflictRecord('a_00000000000000f2', '2025-03-20', 'Aleppo', 'SY', 2),
      conflictRecord('a_00000000000000f3', '2025-04-02', 'Mosul', 'IQ', 7),
    ];
    writeRecords(second, more);
    await updateTables(second, { upserted: more, removed: [], runId: 'run-2', processedAt: AT });
    await conn.run(duckdbLoadSql(second));
    const got = await rows(conn, cookbook('fatalities_country_month'));
    expect(got.map((g) => [g['country_code'], g['month'], Number(g['fatalities']), Number(g['n_events'])])).toEqual(
      expect.arrayContaining([
        ['SY', '2025-03-01', 6, 2],
        ['IQ', '2025-04-01', 7, 1],
      ]),
    );
    const [runs] = await rows(
      conn,
      "SELECT count(DISTINCT run_id) AS n FROM events WHERE article_id LIKE 'a_00000000000000f%'",
    );
    expect(Number(runs!['n'])).toBe(2);
    const [dim] = await rows(
      conn,
      "SELECT n_articles, geonames_id FROM entity_dim WHERE entity_id = 'plc_00000000000000c1'",
    );
    expect([Number(dim!['n_articles']), Number(dim!['geonames_id'])]).toEqual([2, 170063]);
  });

  test('no column name is a reserved word in DuckDB, PostgreSQL or SQL:2016', async () => {
    const reserved = new Set(
      (await rows(conn, "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'")).map((r) =>
        String(r['keyword_name']).toLowerCase(),
      ),
    );
    for (const w of SQL_RESERVED) reserved.add(w);
    for (const t of TABLES)
      for (const c of tableColumns(t)) expect([t, c.name, reserved.has(c.name)]).toEqual([t, c.name, false]);
  });

  test('the DDL files shipped in analytics/ddl are the generated ones (regenerate: dossier schema --sql <dialect>)', () => {
    for (const d of SQL_DIALECTS)
      expect(readFileSync(path.join(REPO, 'analytics', 'ddl', `${d}.sql`), 'utf8')).toBe(ddlSql(d));
    expect(readFileSync(path.join(REPO, 'analytics', 'load-duckdb.sql'), 'utf8')).toBe(duckdbLoadSql('output'));
  });

  test('entity_dim agrees with the per-article entities (one row per id)', async () => {
    const dim = new EntityDimension();
    for (const r of records) for (const row of articleTableRows(r, '', '').entities) dim.apply(row as Row, 1, '');
    const [c] = await rows(
      conn,
      "SELECT count(*) AS n, count(DISTINCT entity_id) AS ids FROM entity_dim WHERE entity_id NOT LIKE '%0000000000%'",
    );
    expect([Number(c!['n']), Number(c!['ids'])]).toEqual([dim.size, dim.size]);
  });
});

/** Reserved words of SQL:2016 and PostgreSQL that a column could plausibly be called. */
const SQL_RESERVED = [
  'all',
  'and',
  'any',
  'array',
  'as',
  'asc',
  'at',
  'between',
  'both',
  'by',
  'case',
  'cast',
  'check',
  'collate',
  'column',
  'constraint',
  'create',
  'cross',
  'current',
  'current_date',
  'current_time',
  'current_timestamp',
  'current_user',
  'date',
  'day',
  'default',
  'delete',
  'desc',
  'distinct',
  'do',
  'else',
  'end',
  'except',
  'false',
  'fetch',
  'filter',
  'for',
  'foreign',
  'from',
  'full',
  'grant',
  'group',
  'having',
  'hour',
  'in',
  'inner',
  'insert',
  'intersect',
  'interval',
  'into',
  'is',
  'join',
  'language',
  'leading',
  'left',
  'like',
  'limit',
  'localtime',
  'localtimestamp',
  'minute',
  'month',
  'natural',
  'not',
  'null',
  'of',
  'offset',
  'on',
  'only',
  'or',
  'order',
  'outer',
  'over',
  'partition',
  'position',
  'primary',
  'range',
  'rank',
  'references',
  'returning',
  'right',
  'row',
  'rows',
  'second',
  'select',
  'session_user',
  'some',
  'start',
  'symmetric',
  'system',
  'system_user',
  'table',
  'then',
  'time',
  'timestamp',
  'to',
  'trailing',
  'trigger',
  'true',
  'union',
  'unique',
  'update',
  'user',
  'using',
  'value',
  'values',
  'when',
  'where',
  'window',
  'with',
  'year',
];
