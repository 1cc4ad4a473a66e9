import { tableRows } from '../../src/output/tables.js';
import { validators, TABLES } from '../../src/schema/validators.js';
import { createArticleProcessor, extractText, DEFAULT_SETTINGS } from '../../src/pipeline/extract.js';
import type { KnowledgeRecord } from '../../src/types.js';

const record: KnowledgeRecord = {
  schemaVersion: '1.0', articleId: 'a_0123456789abcdef',
  source: { path: 'x.txt', bytes: 10, sha256: '0'.repeat(64) }, title: 'T',
  publication: { date: '2024-06-20', source: 'dateline', confidence: 0.9 },
  pipeline: { version: '0.1.0', fingerprint: '0123456789abcdef', nerModel: 'm' },
  text: 'Alice met Bob in Paris.', sentences: [{ start: 0, end: 23 }],
  entities: [
    { id: 'per_0000000000000001', type: 'person', name: 'Alice', aliases: [], mentions: [{ start: 0, end: 5, text: 'Alice', sentence: 0, type: 'person' }] },
    { id: 'per_0000000000000002', type: 'person', name: 'Bob', aliases: [], mentions: [{ start: 10, end: 13, text: 'Bob', sentence: 0, type: 'person' }] },
    { id: 'plc_0000000000000003', type: 'place', name: 'Paris', aliases: [], mentions: [{ start: 17, end: 22, text: 'Paris', sentence: 0, type: 'place' }] },
  ],
  timexes: [],
  events: [{
    id: 'evt_0000000000000004', type: 'meeting', cameo: '04', acled: 'Strategic developments', acledSubEvent: 'Agreement', trigger: { start: 6, end: 9, text: 'met', sentence: 0 },
    date: { value: null, precision: 'unknown', source: 'unknown' },
    participants: [{ entity: 'per_0000000000000001', role: 'agent' }, { entity: 'per_0000000000000002', role: 'participant' }],
    place: 'plc_0000000000000003', status: 'occurred', evidence: [{ start: 0, end: 23, text: 'Alice met Bob in Paris.', sentence: 0 }], confidence: 0.8,
  }],
  warnings: [],
};

describe('table rows', () => {
  test('one article row, one row per entity, mention, event and participant — each valid against its schema', () => {
    const rows = tableRows(record);
    expect(rows.articles).toHaveLength(1);
    expect(rows.entities).toHaveLength(3);
    expect(rows.mentions).toHaveLength(3);
    expect(rows.events).toEqual([expect.objectContaining({ event_id: 'evt_0000000000000004', place_id: 'plc_0000000000000003', cameo: '04', acled: 'Strategic developments', acled_sub_event: 'Agreement', date: null, published: '2024-06-20' })]);
    expect(rows.event_participants.map((p) => [p.entity_id, p.role])).toEqual([['per_0000000000000001', 'agent'], ['per_0000000000000002', 'participant']]);
    for (const t of TABLES) for (const row of rows[t]) expect(validators().tables[t](row)).toBe(true);
  });

  test('rows from a real pipeline record validate too', () => {
    const r = extractText(createArticleProcessor(DEFAULT_SETTINGS), 'Monday, May 6, 2024\n\nThe mayor of Lyon met union leaders on Friday in Lyon.');
    if (!r.ok) throw new Error(r.failure.reason);
    const rows = tableRows(r.record);
    for (const t of TABLES) for (const row of rows[t]) expect(validators().tables[t](row)).toBe(true);
    expect(rows.mentions.length).toBe(r.record.entities.reduce((n, e) => n + e.mentions.length, 0));
  });
});
