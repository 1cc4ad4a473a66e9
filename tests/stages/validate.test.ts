import { checkRecordConsistency } from '../../src/stages/validate.js';
import type { KnowledgeRecord } from '../../src/types.js';

function base(): KnowledgeRecord {
  return {
    schemaVersion: '2.10',
    articleId: 'a_0123456789abcdef',
    source: { path: 'x', bytes: 1, sha256: '0'.repeat(64) },
    title: null,
    publication: { date: null, source: 'none', confidence: 0 },
    pipeline: { version: '1', fingerprint: '0123456789abcdef', nerModel: 'm' },
    text: 'Rain in Oslo.',
    sentences: [{ start: 0, end: 13 }],
    entities: [
      {
        id: 'plc_0000000000000001',
        type: 'place',
        name: 'Oslo',
        aliases: [],
        mentions: [{ start: 8, end: 12, text: 'Oslo', sentence: 0, type: 'place' }],
      },
    ],
    timexes: [],
    events: [],
    warnings: [],
  };
}

describe('record consistency', () => {
  test('a consistent record has no problems', () => {
    expect(checkRecordConsistency(base())).toEqual([]);
  });
  test('a mention whose text differs from the record text at its offsets is reported', () => {
    const r = base();
    r.entities[0]!.mentions[0]!.start = 7;
    expect(checkRecordConsistency(r)).toEqual([
      expect.stringMatching(/entities\[0\]\.mentions\[0\]: text "Oslo" does not match/),
    ]);
  });
  test('a span longer or shorter than its text is reported, although the text starts at its offset', () => {
    const longer = base();
    longer.entities[0]!.mentions[0]!.end = 13;
    expect(checkRecordConsistency(longer)).toEqual([
      expect.stringMatching(/entities\[0\]\.mentions\[0\]: text "Oslo" does not match the record text at \[8, 13\)/),
    ]);
    const shorter = base();
    shorter.entities[0]!.mentions[0]!.text = 'Osl';
    expect(checkRecordConsistency(shorter)).toEqual([expect.stringMatching(/text "Osl" does not match/)]);
  });
  test('a span past the end of the text is reported', () => {
    const r = base();
    r.entities[0]!.mentions[0]!.end = 99;
    expect(checkRecordConsistency(r)[0]).toMatch(/outside the text/);
  });
  test('each wrong span is named by where it sits in the record', () => {
    const r = base();
    r.timexes.push({
      id: 't1',
      start: 0,
      end: 4,
      text: 'Rain',
      type: 'DATE',
      value: 'XXXX',
      precision: 'unknown',
      sentence: 0,
      anchor: 'absolute',
    } as KnowledgeRecord['timexes'][number]);
    r.timexes.push({
      id: 't2',
      start: 0,
      end: 4,
      text: 'Snow',
      type: 'DATE',
      value: 'XXXX',
      precision: 'unknown',
      sentence: 0,
      anchor: 'absolute',
    } as KnowledgeRecord['timexes'][number]);
    r.events.push({
      id: 'evt_0000000000000001',
      type: 'meeting',
      trigger: { start: 5, end: 7, text: 'on', sentence: 0 },
      date: { value: null, precision: 'unknown', source: 'unknown' },
      participants: [],
      status: 'occurred',
      evidence: [
        { start: 0, end: 4, text: 'Rain', sentence: 0 },
        { start: 8, end: 30, text: 'Oslo', sentence: 0 },
      ],
      confidence: 1,
    });
    expect(checkRecordConsistency(r).map((p) => p.split(':')[0])).toEqual([
      'timexes[1]',
      'events[0].trigger',
      'events[0].evidence[1]',
    ]);
  });
  test('an event naming an entity the record lacks is reported', () => {
    const r = base();
    r.events.push({
      id: 'evt_0000000000000001',
      type: 'meeting',
      trigger: { start: 0, end: 4, text: 'Rain', sentence: 0 },
      date: { value: null, precision: 'unknown', source: 'unknown' },
      participants: [{ entity: 'per_00000000000000ff', role: 'agent' }],
      status: 'occurred',
      evidence: [{ start: 0, end: 13, text: 'Rain in Oslo.', sentence: 0 }],
      confidence: 1,
    });
    expect(checkRecordConsistency(r)).toEqual([
      expect.stringMatching(/participant per_00000000000000ff is not an entity/),
    ]);
  });
});
