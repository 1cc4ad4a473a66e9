import { mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { articleTableRows, pickActors, EntityDimension, ARTICLE_TABLES, type Row } from '../../src/output/rows.js';
import {
  rebuildTables,
  updateTables,
  tableFiles,
  tableLayout,
  tableParts,
  PART_SIZE,
  COMPACT_AT,
  ENTITY_PART_SIZE,
  articleRowText,
  PreparedTables,
  parseSpilledBlock,
} from '../../src/output/tables.js';
import { checkOutputDir } from '../../src/output/check.js';
import { validators, TABLES, SCHEMA_DIR, type TableName } from '../../src/schema/validators.js';
import { createArticleProcessor, extractText, DEFAULT_SETTINGS } from '../../src/pipeline/extract.js';
import type { KnowledgeRecord } from '../../src/types.js';
import { tempDir } from '../helpers.js';

const record: KnowledgeRecord = {
  schemaVersion: '2.10',
  articleId: 'a_0123456789abcdef',
  source: { path: 'x.txt', bytes: 10, sha256: '0'.repeat(64) },
  title: 'T',
  publication: { date: '2024-06-20', source: 'dateline', confidence: 0.9 },
  pipeline: { version: '0.1.0', fingerprint: '0123456789abcdef', nerModel: 'm' },
  text: 'Alice met Bob in Paris.',
  sentences: [{ start: 0, end: 23 }],
  entities: [
    {
      id: 'per_0000000000000001',
      type: 'person',
      name: 'Alice',
      aliases: [],
      mentions: [{ start: 0, end: 5, text: 'Alice', sentence: 0, type: 'person' }],
    },
    {
      id: 'per_0000000000000002',
      type: 'person',
      name: 'Bob',
      aliases: [],
      mentions: [{ start: 10, end: 13, text: 'Bob', sentence: 0, type: 'person' }],
    },
    {
      id: 'plc_0000000000000003',
      type: 'place',
      name: 'Paris',
      aliases: [],
      mentions: [{ start: 17, end: 22, text: 'Paris', sentence: 0, type: 'place' }],
      // What the geo helper puts on place entities (PROTOCOL).
      geo: {
        geonamesId: 2988507,
        name: 'Paris',
        lat: 48.85341,
        lon: 2.3488,
        countryCode: 'FR',
        level: 'city',
        confidence: 0.9,
      },
    } as KnowledgeRecord['entities'][number],
  ],
  timexes: [
    {
      id: 't1',
      start: 0,
      end: 0,
      text: '',
      type: 'DATE',
      value: '1998-W07',
      precision: 'week',
      sentence: 0,
      anchor: 'absolute',
    },
  ],
  events: [
    {
      id: 'evt_0000000000000004',
      type: 'meeting',
      trigger: { start: 6, end: 9, text: 'met', sentence: 0 },
      date: { value: '2025-Q1', precision: 'quarter', source: 'clause' },
      participants: [
        { entity: 'per_0000000000000001', role: 'agent' },
        { entity: 'per_0000000000000002', role: 'participant' },
      ],
      place: 'plc_0000000000000003',
      status: 'occurred',
      evidence: [{ start: 0, end: 23, text: 'Alice met Bob in Paris.', sentence: 0 }],
      confidence: 0.8,
      casualties: {
        killed: { value: 3, min: 3, max: 5, precision: 'vague', text: '3 to 5', start: 0, end: 1, sentence: 0 },
      },
    } as KnowledgeRecord['events'][number],
  ],
  warnings: [{ stage: 'ingest', code: 'W_X', message: 'm', start: 0, end: 5 }],
};

function schemaColumns(t: TableName): string[] {
  return Object.keys(
    JSON.parse(readFileSync(new URL(`tables/${t}.schema.json`, SCHEMA_DIR), 'utf8')).properties as object,
  );
}

describe('table rows', () => {
  test('every row is valid against its schema, with the columns in schema order', () => {
    const rows = articleTableRows(record, 'run-1', '2026-01-01T00:00:00.000Z');
    expect(rows.articles).toHaveLength(1);
    expect(rows.entities).toHaveLength(3);
    expect(rows.mentions).toHaveLength(3);
    expect(rows.timexes).toHaveLength(1);
    expect(rows.warnings).toHaveLength(1);
    for (const t of ARTICLE_TABLES)
      for (const row of rows[t]) {
        expect(validators().tables[t](row)).toBe(true);
        expect(Object.keys(row)).toEqual(schemaColumns(t));
      }
  });

  test('a death caused by another event links to it and carries no ACLED or CAMEO code of its own', () => {
    const killing = {
      id: 'evt_0000000000000005',
      type: 'killing',
      trigger: { start: 6, end: 9, text: 'met', sentence: 0 },
      date: { value: '2025-01-02', precision: 'day', source: 'clause' },
      participants: [],
      status: 'occurred',
      evidence: [],
      confidence: 0.8,
      kairos: 'Life.Die.Unspecified',
      cause: 'evt_0000000000000004',
    } as KnowledgeRecord['events'][number];
    const rows = articleTableRows({ ...record, events: [...record.events, killing] }, 'r', '2026-01-01T00:00:00Z');
    expect(rows.events.map((e) => [e.event_id, e.cause_event_id])).toEqual([
      ['evt_0000000000000004', null],
      ['evt_0000000000000005', 'evt_0000000000000004'],
    ]);
    // The killing type alone would code CAMEO 18 and ACLED violence against civilians: a second event.
    expect(rows.events[1]).toMatchObject({ cameo_code: null, acled_event_type: null, acled_sub_event_type: null });
    expect(rows.events[1]!.kairos_type).toBe('Life.Die.Unspecified');
    for (const row of rows.events) expect(validators().tables.events(row)).toBe(true);
  });

  test('an event row reads without joins: codes from the taxonomy, dates, actors, place, geo, casualties', () => {
    const [ev] = articleTableRows(record, 'run-1', '2026-01-01T00:00:00.000Z').events;
    expect(ev).toMatchObject({
      event_type: 'meeting',
      cameo_code: '04',
      date_value: '2025-Q1',
      date_start: '2025-01-01',
      date_end: '2025-03-31',
      date_precision: 'quarter',
      actor1_id: 'per_0000000000000001',
      actor1_name: 'Alice',
      actor2_id: 'per_0000000000000002',
      actor2_name: 'Bob',
      place_name: 'Paris',
      geonames_id: 2988507,
      country_code: 'FR',
      lat: 48.85341,
      geo_precision: 'city',
      fatalities: 3,
      fatalities_min: 3,
      fatalities_max: 5,
      fatalities_precision: 'vague',
      injured: null,
      published_date: '2024-06-20',
      run_id: 'run-1',
    });
  });

  test('timexes carry the interval of their value (ISO week)', () => {
    const [t] = articleTableRows(record, 'r', '2026-01-01T00:00:00.000Z').timexes;
    expect(t).toMatchObject({ date_start: '1998-02-09', date_end: '1998-02-15', date_precision: 'week' });
  });

  test('actors: initiator roles first, places never, participants fill the gaps', () => {
    expect(
      pickActors([
        { entity: 'grp_b', role: 'target' },
        { entity: 'grp_a', role: 'attacker' },
      ]),
    ).toEqual(['grp_a', 'grp_b']);
    expect(
      pickActors([
        { entity: 'plc_x', role: 'participant' },
        { entity: 'per_a', role: 'participant' },
      ]),
    ).toEqual(['per_a', null]);
    expect(
      pickActors([
        { entity: 'per_a', role: 'participant' },
        { entity: 'per_b', role: 'participant' },
      ]),
    ).toEqual(['per_a', 'per_b']);
    expect(pickActors([{ entity: 'grp_v', role: 'victim' }])).toEqual([null, 'grp_v']);
    expect(pickActors([])).toEqual([null, null]);
  });

  test('rows from a real pipeline record validate too', () => {
    const r = extractText(
      createArticleProcessor(DEFAULT_SETTINGS),
      'Monday, May 6, 2024\n\nThe mayor of Lyon met union leaders on Friday in Lyon.',
    );
    if (!r.ok) throw new Error(r.failure.reason);
    const rows = articleTableRows(r.record, 'r', '2026-01-01T00:00:00.000Z');
    for (const t of ARTICLE_TABLES) for (const row of rows[t]) expect(validators().tables[t](row)).toBe(true);
    expect(rows.mentions.length).toBe(r.record.entities.reduce((n, e) => n + e.mentions.length, 0));
  });
});

describe('entity dimension', () => {
  const row = (article: string, name: string, aliases: string[] = [], geonames: number | null = null): Row => ({
    article_id: article,
    entity_id: 'plc_00000000000000aa',
    entity_type: 'place',
    name,
    aliases: JSON.stringify(aliases),
    n_mentions: 2,
    first_offset: 0,
    geonames_id: geonames,
    lat: geonames === null ? null : 1,
    lon: geonames === null ? null : 2,
    country_code: geonames === null ? null : 'US',
    geo_level: geonames === null ? null : 'country',
    geo_confidence: null,
    run_id: 'r',
  });

  test('canonical name, aliases, counts and the geo link most articles agree on', () => {
    const dim = new EntityDimension();
    dim.apply(row('a1', 'United States', ['US'], 6252001), 1, 'r');
    dim.apply(row('a2', 'United States', [], 6252001), 1, 'r');
    dim.apply(row('a3', 'U.S.', [], 123), 1, 'r');
    expect(dim.row('plc_00000000000000aa')).toMatchObject({
      name: 'United States',
      aliases: JSON.stringify(['U.S.', 'US']),
      n_articles: 3,
      n_mentions: 6,
      geonames_id: 6252001,
    });
    expect(validators().tables.entity_dim(dim.row('plc_00000000000000aa'))).toBe(true);
  });

  test('taking an article away leaves what adding the others alone gives, read back from its row', () => {
    const all = new EntityDimension();
    for (const r of [row('a1', 'US', [], 1), row('a2', 'United States', ['USA'], 2), row('a3', 'US', [], 2)])
      all.apply(r, 1, 'r');
    const reloaded = new EntityDimension();
    reloaded.load(JSON.parse(JSON.stringify(all.row('plc_00000000000000aa'))) as Row);
    reloaded.apply(row('a2', 'United States', ['USA'], 2), -1, 'r');
    const fresh = new EntityDimension();
    for (const r of [row('a1', 'US', [], 1), row('a3', 'US', [], 2)]) fresh.apply(r, 1, 'r');
    expect(reloaded.row('plc_00000000000000aa')).toEqual(fresh.row('plc_00000000000000aa'));
    reloaded.apply(row('a1', 'US', [], 1), -1, 'r');
    reloaded.apply(row('a3', 'US', [], 2), -1, 'r');
    expect(reloaded.row('plc_00000000000000aa')).toBeNull();
  });
});

// ---- incremental tables on disk ----

const processor = createArticleProcessor(DEFAULT_SETTINGS);
const CITIES = ['Lyon', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw'];
const LEADERS = ['Anna Keller', 'Marco Rossi', 'Jean Dupont', 'Eva Novak', 'Piotr Nowak'];

/** A real record: articles differ by number, city and leader, so entities repeat across articles. */
function makeRecord(i: number, variant = ''): KnowledgeRecord {
  const city = CITIES[i % CITIES.length]!;
  const leader = LEADERS[i % LEADERS.length]!;
  const text = `Monday, May ${(i % 27) + 1}, 2024\n\nReport ${i}${variant}\n\n${leader} met the United Nations envoy in ${city} on Friday. Police said 3 people were killed in ${city} in March.`;
  const r = extractText(processor, text);
  if (!r.ok) throw new Error(r.failure.reason);
  return r.record;
}

function writeRecords(out: string, records: KnowledgeRecord[]): void {
  mkdirSync(path.join(out, 'records'), { recursive: true });
  for (const r of records) writeFileSync(path.join(out, 'records', `${r.articleId}.json`), JSON.stringify(r));
}

/** Every table's rows without the run columns, sorted: what the tables say, whatever wrote them. */
async function contents(out: string): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const t of TABLES) {
    const lines: string[] = [];
    for (const file of await tableFiles(out, t))
      for (const line of readFileSync(file, 'utf8').split('\n'))
        if (line !== '') {
          const row = JSON.parse(line) as Row;
          delete row['run_id'];
          delete row['processed_at'];
          lines.push(JSON.stringify(row));
        }
    result[t] = lines.sort();
  }
  return result;
}

describe('updateTables / rebuildTables', () => {
  const AT = '2026-01-01T00:00:00.000Z';

  /** Every file under tables/ and state/tables/, byte for byte. */
  const filesOf = (out: string): Record<string, string> => {
    const all: Record<string, string> = {};
    const walk = (rel: string): void => {
      for (const e of readdirSync(path.join(out, rel), { withFileTypes: true }))
        if (e.isDirectory()) walk(path.join(rel, e.name));
        else all[path.join(rel, e.name)] = readFileSync(path.join(out, rel, e.name), 'utf8');
    };
    walk('tables');
    walk(path.join('state', 'tables'));
    return all;
  };

  test('a rebuild from rows prepared during the run writes the same bytes as one from the records', async () => {
    const recs = Array.from({ length: 9 }, (_, i) => makeRecord(i));
    const fromRecords = tempDir();
    writeRecords(fromRecords, recs.slice(0, 8));
    await rebuildTables(fromRecords, 'run-a', AT);

    // Records 0-5 prepared (the first in memory, the rest in the spill file), 6-7 only on disk (written
    // by an earlier run), 8 prepared but its record gone before the tables were built.
    const out = tempDir();
    writeRecords(out, recs.slice(0, 8));
    mkdirSync(path.join(out, '.tmp'), { recursive: true });
    const first = articleRowText(recs[0]!, 'run-a', AT);
    const prepared = new PreparedTables(
      'run-a',
      path.join(out, '.tmp', 'rows'),
      first.segments.reduce((n, s) => n + s.length, 0),
    );
    for (const i of [0, 1, 2, 3, 4, 5, 8]) prepared.add(recs[i]!.articleId, articleRowText(recs[i]!, 'run-a', AT));
    expect(readFileSync(path.join(out, '.tmp', 'rows'), 'utf8')).toContain(recs[1]!.articleId);
    expect(readFileSync(path.join(out, '.tmp', 'rows'), 'utf8')).not.toContain(recs[0]!.articleId);
    const report = await rebuildTables(out, 'run-a', AT, prepared);
    expect(report.rebuilt).toBe(true);
    expect(filesOf(out)).toEqual(filesOf(fromRecords));
    expect((await checkOutputDir(out)).problems).toEqual([]);
  });

  test('prepared rows of thousands of articles, held and spilled, read back as they were given', () => {
    // More articles than the first allocation of the per-article slots (1,024), most of them spilled.
    const out = tempDir();
    const texts = Array.from({ length: 3000 }, (_, i) => ({
      segments: ARTICLE_TABLES.map((t, k) => (k === i % ARTICLE_TABLES.length ? '' : `{"${t}":${i},"é":"ü"}\n`)),
      counts: ARTICLE_TABLES.map((_, k) => (k === i % ARTICLE_TABLES.length ? 0 : 1 + (i % 3))),
      entityRows: [],
    }));
    const id = (i: number): string => `a_${i.toString(16).padStart(16, '0')}`;
    const prepared = new PreparedTables('run-a', path.join(out, 'rows'), 10_000);
    texts.forEach((t, i) => prepared.add(id(i), t));
    expect(prepared.abandoned).toBe(false);
    expect(prepared.ids()).toHaveLength(3000);
    for (const i of [0, 1, 500, 1023, 1024, 1025, 2047, 2999])
      expect(prepared.read(id(i))).toEqual({ segments: texts[i]!.segments, counts: texts[i]!.counts });
    prepared.drop(id(5));
    expect(prepared.has(id(5))).toBe(false);
    expect(prepared.read(id(6)).segments).toEqual(texts[6]!.segments);
    prepared.close();
  });

  test("a spilled article's per-table byte lengths and row counts travel in its block's header line, not in memory", () => {
    // What a run keeps per article grows with the run; what only the final rebuild reads can wait on disk.
    const out = tempDir();
    const prepared = new PreparedTables('run-a', path.join(out, 'rows'), 0);
    const segments = ARTICLE_TABLES.map((t, k) => (k === 1 ? '' : `{"t":"${t}","name":"Zoë"}\n`));
    const counts = ARTICLE_TABLES.map((_, k) => (k === 1 ? 0 : 1));
    prepared.add('a_00000000000000a1', { segments, counts, entityRows: [] });
    const text = readFileSync(path.join(out, 'rows'), 'utf8');
    const header = text.slice(0, text.indexOf('\n')).split(' ').map(Number);
    expect(header).toEqual([...segments.map((seg) => Buffer.byteLength(seg)), ...counts]);
    expect(prepared.read('a_00000000000000a1')).toEqual({ segments, counts });
    prepared.close();
    expect(() => parseSpilledBlock(Buffer.from('{"t":1}\n'), ARTICLE_TABLES.length)).toThrow(/header/);
    expect(() =>
      parseSpilledBlock(
        Buffer.from(`${'9 '.repeat(ARTICLE_TABLES.length)}${'1 '.repeat(ARTICLE_TABLES.length).trim()}\nab`),
        ARTICLE_TABLES.length,
      ),
    ).toThrow(/cut short/);
  });

  test('rows that cannot be spilled (disk full) are given up, and the rebuild reads the records instead', async () => {
    const recs = [makeRecord(1), makeRecord(2)];
    const fromRecords = tempDir();
    writeRecords(fromRecords, recs);
    await rebuildTables(fromRecords, 'run-a', AT);
    const out = tempDir();
    writeRecords(out, recs);
    // No memory for rows, and a spill file that cannot be created.
    const prepared = new PreparedTables('run-a', path.join(out, 'no-such-folder', 'rows'), 0);
    for (const r of recs) prepared.add(r.articleId, articleRowText(r, 'run-a', AT));
    expect(prepared.abandoned).toBe(true);
    await rebuildTables(out, 'run-a', AT, prepared);
    expect(filesOf(out)).toEqual(filesOf(fromRecords));
  });

  test('validate reports a death whose cause_event_id names no event of its article', async () => {
    const out = tempDir();
    const r = makeRecord(5);
    const death = r.events.find((e) => e.type === 'killing' || e.type === 'death');
    expect(death).toBeDefined();
    death!.cause = 'evt_00000000000000ff';
    writeRecords(out, [r]);
    await rebuildTables(out, 'run-a', AT);
    expect((await checkOutputDir(out)).problems.join('\n')).toContain('events has no row for');
  });

  test('an update (add, change, remove) leaves the same rows a rebuild gives, and validate agrees', async () => {
    const out = tempDir();
    const base = Array.from({ length: 12 }, (_, i) => makeRecord(i));
    writeRecords(out, base);
    await rebuildTables(out, 'run-a', AT);
    expect((await checkOutputDir(out)).problems).toEqual([]);

    // Run b: two new articles, one changed (new content = new id, old one removed), one deleted.
    const added = [makeRecord(100), makeRecord(101)];
    const changed = makeRecord(3, ' (updated)');
    const gone = [base[3]!.articleId, base[7]!.articleId];
    for (const id of gone) rmSync(path.join(out, 'records', `${id}.json`));
    writeRecords(out, [...added, changed]);
    const report = await updateTables(out, {
      upserted: [...added, changed],
      removed: gone,
      runId: 'run-b',
      processedAt: AT,
    });
    expect(report.rebuilt).toBe(false);
    expect(report.partsRewritten).toBe(1);
    expect((await checkOutputDir(out)).problems).toEqual([]);

    const incremental = await contents(out);
    const fresh = tempDir();
    writeRecords(fresh, [...base.filter((r) => !gone.includes(r.articleId)), ...added, changed]);
    await rebuildTables(fresh, 'run-c', AT);
    expect(incremental).toEqual(await contents(fresh));
    for (const id of gone) expect(JSON.stringify(incremental)).not.toContain(id);

    // The rows of run b carry its run id; the untouched ones keep run a's.
    const articles = (await tableFiles(out, 'articles')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Row),
    );
    expect(
      articles
        .filter((a) => a['run_id'] === 'run-b')
        .map((a) => a['article_id'])
        .sort(),
    ).toEqual([...added, changed].map((r) => r.articleId).sort());
    expect(articles).toHaveLength(13);
  });

  test('an article upserted again replaces its rows (no duplicates), and removing everything leaves empty tables', async () => {
    const out = tempDir();
    const recs = [makeRecord(1), makeRecord(2)];
    writeRecords(out, recs);
    await rebuildTables(out, 'run-a', AT);
    await updateTables(out, { upserted: [recs[0]!], removed: [], runId: 'run-b', processedAt: AT });
    await updateTables(out, { upserted: [recs[0]!], removed: [], runId: 'run-c', processedAt: AT });
    expect((await checkOutputDir(out)).problems).toEqual([]);
    expect((await contents(out)).articles).toHaveLength(2);
    for (const r of recs) rmSync(path.join(out, 'records', `${r.articleId}.json`));
    await updateTables(out, { upserted: [], removed: recs.map((r) => r.articleId), runId: 'run-d', processedAt: AT });
    const c = await contents(out);
    for (const t of TABLES) expect(c[t]).toEqual([]);
    expect((await checkOutputDir(out)).problems).toEqual([]);
  });

  test('small parts are merged once there are enough of them', async () => {
    const out = tempDir();
    writeRecords(out, []);
    await rebuildTables(out, 'run-0', AT);
    const all: KnowledgeRecord[] = [];
    for (let run = 1; run <= COMPACT_AT; run++) {
      const recs = [makeRecord(200 + run)];
      all.push(...recs);
      writeRecords(out, recs);
      await updateTables(out, { upserted: recs, removed: [], runId: `run-${run}`, processedAt: AT });
    }
    const parts = (await tableParts(out))!;
    expect(Object.keys(parts)).toHaveLength(1);
    expect(Object.values(parts)[0]!.length).toBeLessThanOrEqual(PART_SIZE);
    expect(await tableFiles(out, 'events')).toHaveLength(1);
    expect((await checkOutputDir(out)).problems).toEqual([]);
    // Rows keep the run id that wrote them when they move.
    const runs = new Set(
      readFileSync((await tableFiles(out, 'articles'))[0]!, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Row)['run_id']),
    );
    expect(runs.size).toBe(COMPACT_AT);
  });

  test('a killed update (marker left behind) is repaired by a rebuild on the next call', async () => {
    const out = tempDir();
    const recs = [makeRecord(1), makeRecord(2)];
    writeRecords(out, recs);
    await rebuildTables(out, 'run-a', AT);
    writeFileSync(path.join(out, 'state', 'tables', 'updating'), 'run-x');
    // A stray part a killed update could leave.
    writeFileSync(
      path.join(out, 'tables', 'events', 'part-run-x-000009.ndjson'),
      readFileSync((await tableFiles(out, 'events'))[0]!),
    );
    expect((await checkOutputDir(out)).problems.join('\n')).toMatch(/run --force/);
    const report = await updateTables(out, { upserted: [], removed: [], runId: 'run-b', processedAt: AT });
    expect(report.rebuilt).toBe(true);
    expect((await checkOutputDir(out)).problems).toEqual([]);
  });

  test('validate catches a tampered table row and a tampered record, and names the repair', async () => {
    const out = tempDir();
    const recs = [makeRecord(1), makeRecord(2)];
    writeRecords(out, recs);
    await rebuildTables(out, 'run-a', AT);
    const [file] = await tableFiles(out, 'mentions');
    const body = readFileSync(file!, 'utf8');
    const first = JSON.parse(body.split('\n')[0]!) as Row;
    first['end_offset'] = (first['end_offset'] as number) + 1;
    writeFileSync(file!, [JSON.stringify(first), ...body.split('\n').slice(1)].join('\n'));
    let problems = (await checkOutputDir(out)).problems.join('\n');
    expect(problems).toMatch(/row not implied by the records/);
    expect(problems).toMatch(/dossier run --force/);

    await rebuildTables(out, 'run-b', AT);
    const recFile = path.join(out, 'records', `${recs[0]!.articleId}.json`);
    const rec = JSON.parse(readFileSync(recFile, 'utf8')) as KnowledgeRecord;
    rec.entities[0]!.name = 'Someone Else';
    rec.publication.date = '2025-02-30';
    writeFileSync(recFile, JSON.stringify(rec));
    problems = (await checkOutputDir(out)).problems.join('\n');
    expect(problems).toMatch(/2025-02-30 is not a real date/);
    expect(problems).toMatch(/table entities: 1 rows not implied by the records, 1 missing/);
  });

  test('entity_dim: a rebuild packs the most-named entities first; an update rewrites only the parts it touches', async () => {
    const out = tempDir();
    // 300 articles: copies of 8 real records whose entities other than the United Nations get ids of their own.
    const templates = Array.from({ length: 8 }, (_, i) => makeRecord(i));
    const recs = Array.from({ length: 300 }, (_, i) => {
      const copy = JSON.parse(JSON.stringify(templates[i % 8])) as KnowledgeRecord;
      copy.articleId = `a_${i.toString(16).padStart(16, '0')}`;
      const renamed = new Map<string, string>();
      copy.entities.forEach((e, k) => {
        if (e.name !== 'United Nations')
          renamed.set(e.id, `${e.id.slice(0, 4)}${(i * 64 + k).toString(16).padStart(16, '0')}`);
      });
      const id = (x: string) => renamed.get(x) ?? x;
      for (const e of copy.entities) e.id = id(e.id);
      for (const ev of copy.events) {
        ev.participants = ev.participants.map((p) => ({ ...p, entity: id(p.entity) }));
        ev.arguments = ev.arguments?.map((a) => (a.entity ? { ...a, entity: id(a.entity) } : a));
        if (ev.place) ev.place = id(ev.place);
        if (ev.reportedBy) ev.reportedBy = id(ev.reportedBy);
      }
      return copy;
    });
    writeRecords(out, recs);
    await rebuildTables(out, 'run-a', AT);
    const before = (await tableLayout(out))!;
    const snapshot = new Map(
      Object.keys(before.entityParts).map((n) => [Number(n), readFileSync(before.entityPartFile(n), 'utf8')]),
    );
    expect(snapshot.size).toBeGreaterThan(1);
    const first = readFileSync(before.entityPartFile(0), 'utf8').trim().split('\n');
    const counts = first.map((l) => (JSON.parse(l) as Row)['n_articles'] as number);
    // "United Nations" is in every article: it is in the first part.
    expect(Math.max(...counts)).toBe(300);
    expect(Object.values(before.entityParts).every((n) => n <= ENTITY_PART_SIZE)).toBe(true);
    // A new article naming known entities and one new person.
    const extra = extractText(
      processor,
      'Monday, May 6, 2024\n\nReport x\n\nOlga Brandt met the United Nations envoy in Lyon on Friday.',
    );
    if (!extra.ok) throw new Error(extra.failure.reason);
    writeRecords(out, [extra.record]);
    await updateTables(out, { upserted: [extra.record], removed: [], runId: 'run-b', processedAt: AT });
    const after = (await tableLayout(out))!;
    const un = [...after.entityHome.keys()].filter((id) => !before.entityHome.has(id));
    expect(un.length).toBeGreaterThan(0); // the new person, in a new part
    expect(new Set(un.map((id) => after.entityHome.get(id)))).toEqual(
      new Set([Math.max(...Object.keys(after.entityParts).map(Number))]),
    );
    // Parts holding none of the article's entities are untouched.
    const named = new Set(extra.record.entities.map((e) => before.entityHome.get(e.id)).filter((n) => n !== undefined));
    for (const n of Object.keys(before.entityParts).map(Number))
      if (!named.has(n)) expect(readFileSync(after.entityPartFile(n), 'utf8')).toBe(snapshot.get(n));
    expect((await checkOutputDir(out)).problems).toEqual([]);
  });

  test('entity_dim: a row in a part the state does not list, or moved to another part, is caught', async () => {
    const out = tempDir();
    writeRecords(out, [makeRecord(1), makeRecord(2)]);
    await rebuildTables(out, 'run-a', AT);
    const layout = (await tableLayout(out))!;
    const file = layout.entityPartFile(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    writeFileSync(file, `${lines.slice(1).join('\n')}\n`);
    writeFileSync(layout.entityPartFile(7), `${lines[0]}\n`);
    const problems = (await checkOutputDir(out)).problems.join('\n');
    expect(problems).toMatch(/part-e000007\.ndjson: a part the table state does not list/);
    expect(problems).toMatch(/dossier run --force/);
  });

  test('the files a glob reads are exactly the listed parts', async () => {
    const out = tempDir();
    writeRecords(out, [makeRecord(1)]);
    await rebuildTables(out, 'run-a', AT);
    for (const t of TABLES)
      expect(readdirSync(path.join(out, 'tables', t)).every((n) => n.endsWith('.ndjson'))).toBe(true);
    expect(readdirSync(path.join(out, 'tables')).sort()).toEqual([...TABLES].sort());
  });
});
