import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DatasetResolver,
  findOccurrence,
  GOLD_SPLITS,
  namedSplits,
  readJsonLines,
  shortHash,
  splitFile,
  type CasualtyItem,
  type DateItem,
} from '../../../src/dev/eval/gold.js';
import {
  evalCasualties,
  formatCasualties,
  anchoredEvents,
  judgeSlot,
  predictedCounts,
  scoreCasualties,
} from '../../../src/dev/eval/casualty-eval.js';
import {
  compatible,
  dateKey,
  eventAt,
  evalEventDates,
  formatEventDates,
  scoreDates,
} from '../../../src/dev/eval/date-eval.js';
import type { EventRecord } from '../../../src/types.js';

const count = (value: number | null, precision: 'exact' | 'lower-bound' | 'vague' = 'exact') => ({
  value,
  min: value,
  max: precision === 'exact' ? value : null,
  precision,
});

const event = (over: Record<string, unknown>): EventRecord =>
  ({
    id: 'e',
    type: 'attack',
    trigger: { start: 0, end: 6, text: 'attack', sentence: 0 },
    date: { value: null, precision: 'unknown', source: 'unknown' },
    participants: [],
    status: 'occurred',
    evidence: [],
    confidence: 1,
    ...over,
  }) as unknown as EventRecord;

describe('gold readers', () => {
  it('reads JSON lines, skipping blanks and // comments, and names the bad line', () => {
    expect(readJsonLines<{ a: number }>('{"a":1}\n\n// note\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(() => readJsonLines('{"a":1}\n{oops}\n', 'f.jsonl')).toThrow(/f\.jsonl:2/);
  });

  it('finds the n-th whole-word occurrence', () => {
    const t = 'The attack and the attacks; another attack.';
    expect(findOccurrence(t, 'attack')).toBe(4);
    expect(findOccurrence(t, 'attack', 2)).toBe(36);
    expect(findOccurrence(t, 'attack', 3)).toBe(-1);
  });

  it("names each split's file, fresh3 (session 11) included", () => {
    expect(splitFile('dev')).toBe('items.jsonl');
    expect(splitFile('fresh2')).toBe('fresh2.jsonl');
    expect(splitFile('fresh3')).toBe('fresh3.jsonl');
    expect(splitFile('fresh4')).toBe('fresh4.jsonl');
    expect(splitFile('dates1')).toBe('dates1.jsonl');
    expect(splitFile('dates2')).toBe('dates2.jsonl');
    expect(splitFile('fresh5')).toBe('fresh5.jsonl');
    expect(splitFile('fresh6')).toBe('fresh6.jsonl');
    expect(splitFile('fresh7')).toBe('fresh7.jsonl');
    expect(splitFile('fresh8')).toBe('fresh8.jsonl');
  });

  it('reads the blind split only when it is named: --split all leaves it out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-splits-'));
    for (const f of ['items.jsonl', 'held-out.jsonl', 'fresh8.jsonl', 'blind.jsonl']) writeFileSync(join(dir, f), '');
    expect(namedSplits('all', dir)).toEqual(['dev', 'held-out', 'fresh8']);
    expect(namedSplits('blind', dir)).toEqual(['blind']);
    expect(namedSplits('both', dir)).toEqual(['dev', 'held-out']);
    expect(namedSplits(undefined, dir)).toEqual(['dev']);
  });

  it('skips references with a reason when the datasets are absent', () => {
    const r = new DatasetResolver(join(tmpdir(), 'no-such-datasets'));
    const out = r.slice({ corpus: 'wikievents', doc: 'x', start: 0, end: 3 });
    expect('missing' in out && out.missing).toMatch(/not found/);
    expect('missing' in r.document({ corpus: 'timebank', doc: 'x.tml' })).toBe(true);
  });

  it('resolves WikiEvents and TimeBank references and checks their hash', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-gold-'));
    mkdirSync(join(root, 'wikievents'));
    mkdirSync(join(root, 'timebank', 'TimeBank'), { recursive: true });
    const toks = [
      ['Two', 0, 3],
      ['died', 4, 8],
      ['.', 8, 9],
    ];
    writeFileSync(
      join(root, 'wikievents', 'dev.jsonl'),
      `${JSON.stringify({ doc_id: 'd1', tokens: ['Two', 'died', '.'], sentences: [[toks, 'Two died.']], entity_mentions: [], event_mentions: [] })}\n`,
    );
    writeFileSync(
      join(root, 'timebank', 'TimeBank', 'a.tml'),
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>Three were killed.</TEXT></TimeML>',
    );
    const r = new DatasetResolver(root);
    expect(r.slice({ corpus: 'wikievents', doc: 'd1', start: 0, end: 8, sha256: shortHash('Two died') })).toEqual({
      text: 'Two died',
      dct: null,
    });
    expect(r.slice({ corpus: 'timebank', doc: 'a.tml', start: 0, end: 5 })).toEqual({
      text: 'Three',
      dct: '1998-01-08',
    });
    const bad = r.slice({ corpus: 'wikievents', doc: 'd1', start: 0, end: 8, sha256: 'ffffffffffff' });
    expect('missing' in bad && bad.missing).toMatch(/hash/);
  });

  it('resolves MEANTIME references by file name in either corpus folder, with the creation time', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-gold-mt-'));
    mkdirSync(join(root, 'meantime', 'corpus_apple'), { recursive: true });
    writeFileSync(
      join(root, 'meantime', 'corpus_apple', '1_x.xml'),
      '<Document doc_id="1"><token t_id="1" sentence="0" number="0">Rain</token><token t_id="2" sentence="0" number="1">fell</token>' +
        '<token t_id="3" sentence="1" number="2">Floods</token><token t_id="4" sentence="1" number="3">followed</token>' +
        '<Markables><TIMEX3 m_id="9" type="DATE" value="2009-03-02" functionInDocument="CREATION_TIME"/></Markables></Document>',
    );
    const r = new DatasetResolver(root);
    expect(r.document({ corpus: 'meantime', doc: '1_x.xml' })).toEqual({
      text: 'Rain fell\nFloods followed',
      dct: '2009-03-02',
    });
    expect('missing' in r.document({ corpus: 'meantime', doc: '2_y.xml' })).toBe(true);
  });
});

describe('CoNLL references', () => {
  it('resolve <file>#<n> to the n-th document, each sentence detokenised on a line of its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-gold-conll-'));
    mkdirSync(join(root, 'conll2003'));
    writeFileSync(
      join(root, 'conll2003', 'eng.x'),
      '-DOCSTART- -X- O O\n\nRain NN I-NP O\n. . O O\n\n-DOCSTART- -X- O O\n\nTwo CD I-NP O\ndied VBD I-VP O\n, , O O\n' +
        'police NNS I-NP O\nsaid VBD I-VP O\n. . O O\n\nFive CD I-NP O\nwere VBD I-VP O\nhurt VBN I-VP O\n. . O O\n',
    );
    const r = new DatasetResolver(root);
    expect(r.document({ corpus: 'conll', doc: 'eng.x#2' })).toEqual({
      text: 'Two died, police said.\nFive were hurt.',
      dct: null,
    });
    expect(
      r.slice({ corpus: 'conll', doc: 'eng.x#2', start: 23, end: 38, sha256: shortHash('Five were hurt.') }),
    ).toEqual({ text: 'Five were hurt.', dct: null });
    expect('missing' in r.document({ corpus: 'conll', doc: 'eng.x#3' })).toBe(true);
    expect('missing' in r.document({ corpus: 'conll', doc: 'eng.x' })).toBe(true);
    expect('missing' in r.document({ corpus: 'conll', doc: 'eng.y#1' })).toBe(true);
  });
});

describe('casualty scoring', () => {
  it('reads distinct counts from events (one count on two events counts once)', () => {
    const killed = { value: 3, precision: 'exact', text: '3', start: 10, end: 11 };
    const rec = { events: [event({ casualties: { killed } }), event({ casualties: { killed } }), event({})] };
    expect(predictedCounts(rec, 'killed')).toHaveLength(1);
    expect(predictedCounts(rec, 'injured')).toEqual([]);
  });

  it('judges each slot', () => {
    expect(judgeSlot(count(3), [{ value: 3, precision: 'exact' }])).toEqual({ outcome: 'right', precisionRight: true });
    expect(judgeSlot(count(50, 'lower-bound'), [{ value: 50, precision: 'exact' }])).toEqual({
      outcome: 'right',
      precisionRight: false,
    });
    expect(judgeSlot(count(3), []).outcome).toBe('missed');
    expect(judgeSlot(count(3), [{ value: 4 }]).outcome).toBe('wrong value');
    expect(judgeSlot(count(3), [{ value: 3 }, { value: 5 }]).outcome).toBe('several figures');
    expect(judgeSlot(null, [{ value: 12 }]).outcome).toBe('invented');
    expect(judgeSlot(null, []).outcome).toBe('quiet');
    // a toll without a figure: right when nothing is made up
    expect(judgeSlot(count(null, 'vague'), []).outcome).toBe('right');
    expect(judgeSlot(count(null, 'vague'), [{ value: 3, precision: 'exact' }]).outcome).toBe('wrong value');
    expect(judgeSlot(count(0), [{ value: 0, precision: 'exact' }]).outcome).toBe('right');
  });

  it('scores an anchored item on the events with a mention over its event word only', () => {
    // Two events of one text, each with its own toll: the item names the one its counts belong to.
    const text = 'A bomb killed 9 people. Later gunmen stormed a post and wounded 4 policemen.';
    const bomb = event({
      trigger: { start: 2, end: 6, text: 'bomb', sentence: 0 },
      casualties: { killed: { value: 9, precision: 'exact', start: 14, end: 15 } },
    });
    const storm = event({
      trigger: { start: 37, end: 44, text: 'stormed', sentence: 1 },
      mentions: [{ start: 37, end: 44, text: 'stormed', sentence: 1 }],
      casualties: { injured: { value: 4, precision: 'exact', start: 64, end: 65 } },
    });
    const rec = { events: [bomb, storm] };
    expect(anchoredEvents({}, text, rec)).toBe(rec);
    expect(anchoredEvents({ event: { text: 'stormed' } }, text, rec)!.events).toEqual([storm]);
    expect(anchoredEvents({ event: { text: 'bomb' } }, text, rec)!.events).toEqual([bomb]);
    expect(anchoredEvents({ event: { text: 'bomb', occurrence: 2 } }, text, rec)).toBeNull();
    // the toll given to the wrong event is missed on the right one
    const wrong = {
      events: [event({ ...bomb, casualties: {} }), event({ ...storm, casualties: { killed: { value: 9 } } })],
    };
    expect(predictedCounts(anchoredEvents({ event: { text: 'bomb' } }, text, wrong)!, 'killed')).toEqual([]);
  });

  it('adds up figures and lists errors per item', () => {
    const item = (id: string, killed: CasualtyItem['killed'], injured: CasualtyItem['injured']): CasualtyItem => ({
      id,
      source: 'written',
      text: 't',
      pubDate: null,
      killed,
      injured,
    });
    const errors: Parameters<typeof scoreCasualties>[1] = [];
    const f = scoreCasualties(
      [
        {
          item: item('a', count(3), count(12)),
          text: 'killing 3 and wounding 12',
          record: { events: [event({ casualties: { killed: { value: 3, precision: 'exact' } } })] },
        },
        {
          item: item('b', null, null),
          text: 'x',
          record: { events: [event({ casualties: { killed: { value: 9 } } })] },
        },
        { item: item('c', count(5), null), text: 'y', record: null },
      ],
      errors,
    );
    expect(f).toMatchObject({ stated: 3, right: 1, missed: 2, unstated: 3, invented: 1, items: 3 });
    expect(f.byKind.killed).toEqual({ stated: 2, right: 1 });
    expect(f.share).toBeCloseTo(1 / 3);
    expect(errors!.map((e) => `${e.doc} ${e.kind}`).sort()).toEqual([
      'a injured missed',
      'b killed invented',
      'c killed missed',
    ]);
  });

  it('runs the real pipeline on a miniature gold folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cas-'));
    const items: CasualtyItem[] = [
      {
        id: 'c1',
        source: 'written',
        text: 'Five police officers were killed in a shooting in Dallas on Thursday.',
        pubDate: '2016-07-08',
        killed: count(5),
        injured: null,
      },
      {
        id: 'c2',
        source: 'wikievents',
        ref: { corpus: 'wikievents', doc: 'x', start: 0, end: 1 },
        pubDate: null,
        killed: count(1),
        injured: null,
      },
    ];
    writeFileSync(join(dir, 'items.jsonl'), items.map((i) => JSON.stringify(i)).join('\n'));
    const r = evalCasualties(dir, join(tmpdir(), 'no-such-datasets'), true);
    expect(r.figures.items).toBe(1);
    expect(r.skipped).toEqual([{ id: 'c2', reason: expect.stringMatching(/not found/) }]);
    expect(formatCasualties(r)).toContain('stated tolls exactly right');
  });
});

describe('event-date scoring', () => {
  it('compares calendar dates, dropping a time of day', () => {
    expect(dateKey('2024-02-12TNI')).toBe('2024-02-12');
    expect(dateKey('2024-W06-WE')).toBe('2024-W06-WE');
    expect(dateKey(null)).toBeNull();
    expect(compatible('2010', '2010-06-07')).toBe(true);
    expect(compatible('2010-06', '2010-07')).toBe(false);
  });

  it('finds the event whose mention covers the trigger, through event.mentions when present', () => {
    const a = event({ id: 'a', trigger: { start: 0, end: 6, text: 'attack', sentence: 0 } });
    const b = event({
      id: 'b',
      trigger: { start: 30, end: 35, text: 'blast', sentence: 0 },
      mentions: [
        { start: 30, end: 35, text: 'blast', sentence: 0 },
        { start: 50, end: 56, text: 'attack', sentence: 1 },
      ],
    });
    expect(eventAt([a, b], { start: 52, end: 58 }, 2)?.id).toBe('b');
    expect(eventAt([a, b], { start: 2, end: 8 }, 2)?.id).toBe('a');
    expect(eventAt([a, b], { start: 100, end: 106 }, 0)).toBeNull();
  });

  it('finds the event by its reported trigger too (a support verb shown for a noun mention)', () => {
    const signed = event({
      id: 's',
      type: 'agreement',
      trigger: { start: 10, end: 16, text: 'signed', sentence: 0 },
      mentions: [{ start: 29, end: 38, text: 'agreement', sentence: 0 }],
    });
    expect(eventAt([signed], { start: 10, end: 16 }, 0)?.id).toBe('s');
  });

  it('counts right, found and per derivation; a missing event is wrong', () => {
    const item = (id: string, expected: string | null, derivation: string): DateItem => ({
      id,
      source: 'written',
      text: 'x',
      pubDate: null,
      trigger: { text: 'x' },
      expected,
      derivation,
    });
    const dated = (v: string | null) => event({ date: { value: v, precision: 'day', source: 'clause' } });
    const errors: Parameters<typeof scoreDates>[1] = [];
    const f = scoreDates(
      [
        {
          item: item('1', '2024-03-05', 'clause'),
          text: 'x',
          trigger: { start: 0, end: 1 },
          event: dated('2024-03-05T20:00'),
        },
        { item: item('2', '2012', 'clause'), text: 'x', trigger: { start: 0, end: 1 }, event: dated('2024-05-10') },
        { item: item('3', null, 'none'), text: 'x', trigger: { start: 0, end: 1 }, event: dated(null) },
        { item: item('4', '2001-09-11', 'historical'), text: 'x', trigger: { start: 0, end: 1 }, event: null },
      ],
      errors,
    );
    expect(f).toMatchObject({ items: 4, found: 3, right: 2 });
    expect(f.byDerivation['clause']).toEqual({ items: 2, right: 1 });
    expect(errors!.map((e) => e.kind).sort()).toEqual(['no event', 'wrong date']);
  });

  it('runs the real pipeline on a miniature gold folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-dates-'));
    const items: DateItem[] = [
      {
        id: 'd1',
        source: 'written',
        text: 'Hezbollah fighters killed three Israeli soldiers in Beirut on Monday.',
        pubDate: '2024-06-27',
        trigger: { text: 'killed' },
        expected: '2024-06-24',
        derivation: 'clause',
      },
      {
        id: 'd2',
        source: 'written',
        text: 'No such word here.',
        pubDate: null,
        trigger: { text: 'attack' },
        expected: null,
        derivation: 'none',
      },
    ];
    writeFileSync(join(dir, 'items.jsonl'), items.map((i) => JSON.stringify(i)).join('\n'));
    const r = evalEventDates(dir, join(tmpdir(), 'no-such-datasets'), true);
    expect(r.figures.items).toBe(1);
    expect(r.skipped.map((s) => s.id)).toEqual(['d2']);
    expect(formatEventDates(r)).toContain('event dates right');
  });

  it('scores the held-out split from held-out.jsonl, apart from the dev items', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-dates-split-'));
    const item = (id: string, text: string): DateItem => ({
      id,
      source: 'written',
      text,
      pubDate: '2024-06-27',
      trigger: { text: 'killed' },
      expected: '2024-06-24',
      derivation: 'clause',
    });
    writeFileSync(join(dir, 'items.jsonl'), JSON.stringify(item('dev1', 'Gunmen killed two guards on Monday.')));
    writeFileSync(
      join(dir, 'held-out.jsonl'),
      [item('ho1', 'Rebels killed a farmer on Monday.'), item('ho2', 'Bandits killed a driver on Monday.')]
        .map((i) => JSON.stringify(i))
        .join('\n'),
    );
    const dev = evalEventDates(dir, join(tmpdir(), 'no-such-datasets'), false, 'dev');
    const held = evalEventDates(dir, join(tmpdir(), 'no-such-datasets'), false, 'held-out');
    expect(dev.figures.items).toBe(1);
    expect(held.figures.items).toBe(2);
    expect(formatEventDates(held)).toContain('held-out split');
  });
});

/** The gold folders whose parts are the registered splits (`GOLD_SPLITS`, one `splitFile` each). */
const SPLIT_FOLDERS = ['casualties', 'event-dates'] as const;
type SplitFolder = (typeof SPLIT_FOLDERS)[number];
type GoldItem = CasualtyItem | DateItem;

/**
 * Documents two parts of different folders share by design. Same-named parts (casualties/held-out and
 * event-dates/held-out, …) were labelled together from the same documents; besides those, casualties/fresh2 was
 * drawn from documents no *casualty* split had used (eval/gold/casualties/PROVENANCE.md), and twelve of them are
 * event-dates development documents. Anything else shared is a leak between parts.
 */
const SHARED_DOCUMENTS: readonly (readonly [string, string])[] = [['casualties/fresh2', 'event-dates/dev']];

/** Least sizes of each part when it was written: `items` in all, `tolls` stating a toll, `written` by us. */
const LEAST: Readonly<Record<string, { items?: number; tolls?: number; written?: number }>> = {
  'casualties/dev': { items: 60 },
  'casualties/held-out': { tolls: 30 },
  'casualties/fresh3': { tolls: 50 },
  'casualties/fresh4': { tolls: 50 },
  'casualties/blind': { items: 30 },
  'event-dates/dev': { items: 80 },
  'event-dates/held-out': { items: 30 },
  'event-dates/fresh2': { items: 40 },
  'event-dates/fresh4': { items: 50 },
  'event-dates/fresh5': { items: 50 },
  'event-dates/fresh6': { items: 50, written: 40 },
  'event-dates/fresh8': { items: 80 },
  'event-dates/fresh9': { items: 50, written: 50 },
  'event-dates/fresh10': { items: 50, written: 50 },
  'event-dates/dates1': { items: 60, written: 40 },
  'event-dates/dates2': { items: 60, written: 40 },
  'event-dates/blind': { items: 30 },
};

const TIMEX_VALUE = /^\d{4}(-(\d\d(-\d\d)?|W\d\d(-WE)?|SP|SU|FA|WI))?$/;

describe('the gold sets in the repository', () => {
  const goldDir = (folder: SplitFolder) => join('eval', 'gold', folder);
  const parts = SPLIT_FOLDERS.flatMap((folder) =>
    GOLD_SPLITS.filter((split) => existsSync(join(goldDir(folder), splitFile(split)))).map((split) => ({
      folder,
      split,
      name: `${folder}/${split}`,
      items: readJsonLines<GoldItem>(readFileSync(join(goldDir(folder), splitFile(split)), 'utf8'), split),
    })),
  );
  const byName = new Map(parts.map((p) => [p.name, p]));
  const docsOf = (items: GoldItem[]) => new Set(items.flatMap((i) => (i.ref ? [i.ref.doc] : [])));
  const textsOf = (items: GoldItem[]) => new Set(items.flatMap((i) => (i.text !== undefined ? [i.text] : [])));
  /** May parts `a` and `b` (both `folder/split`) tell the same documents? */
  const mayShare = (a: (typeof parts)[number], b: (typeof parts)[number]) =>
    (a.folder !== b.folder && a.split === b.split) ||
    SHARED_DOCUMENTS.some(([x, y]) => (x === a.name && y === b.name) || (x === b.name && y === a.name));

  it('register every part file of the gold folders as a split, and hold every registered split somewhere', () => {
    for (const folder of SPLIT_FOLDERS) {
      const files = readdirSync(goldDir(folder)).filter((f) => f.endsWith('.jsonl'));
      expect(files.sort()).toEqual(
        parts
          .filter((p) => p.folder === folder)
          .map((p) => splitFile(p.split))
          .sort(),
      );
    }
    for (const split of GOLD_SPLITS) expect(parts.some((p) => p.split === split)).toBe(true);
    for (const [a, b] of SHARED_DOCUMENTS) expect([byName.has(a), byName.has(b)]).toEqual([true, true]);
    for (const name of Object.keys(LEAST)) expect(byName.has(name)).toBe(true);
  });

  it.each(parts.map((p) => [p.name]))(
    '%s: ids, documents and stored texts apart from every other split of both folders',
    (name) => {
      const part = byName.get(name)!;
      const ids = part.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const other of parts) {
        if (other === part) continue;
        const otherIds = new Set(other.items.map((i) => i.id));
        expect([other.name, ids.filter((id) => otherIds.has(id))]).toEqual([other.name, []]);
        if (mayShare(part, other)) continue;
        const docs = docsOf(other.items);
        const texts = textsOf(other.items);
        expect([other.name, [...docsOf(part.items)].filter((d) => docs.has(d))]).toEqual([other.name, []]);
        expect([other.name, [...textsOf(part.items)].filter((t) => texts.has(t))]).toEqual([other.name, []]);
      }
    },
  );

  it.each(parts.map((p) => [p.name]))('%s: well formed, as large as when it was written', (name) => {
    const { folder, split, items } = byName.get(name)!;
    const least = LEAST[name] ?? {};
    expect(items.length).toBeGreaterThanOrEqual(least.items ?? 1);
    expect(items.filter((i) => i.source === 'written').length).toBeGreaterThanOrEqual(least.written ?? 0);
    // A blind part is labelled mostly from dataset documents the rules were never written from.
    if (split === 'blind')
      expect(items.filter((i) => i.source === 'written').length * 3).toBeLessThanOrEqual(items.length);
    for (const i of items) expect(i.text !== undefined || i.ref !== undefined).toBe(true);
    if (folder === 'casualties') {
      const cas = items as CasualtyItem[];
      expect(cas.filter((i) => i.killed !== null || i.injured !== null).length).toBeGreaterThanOrEqual(
        least.tolls ?? 0,
      );
      for (const i of cas) {
        if (i.event && i.text)
          expect(findOccurrence(i.text, i.event.text, i.event.occurrence ?? 1)).toBeGreaterThanOrEqual(0);
        for (const c of [i.killed, i.injured])
          if (c?.value != null) {
            expect(['exact', 'lower-bound', 'vague']).toContain(c.precision);
            if (c.min !== null) expect(c.min).toBeLessThanOrEqual(c.value);
            if (c.max !== null) expect(c.max).toBeGreaterThanOrEqual(c.value);
          }
      }
    } else
      for (const i of items as DateItem[]) {
        if (i.expected !== null) expect(i.expected).toMatch(TIMEX_VALUE);
        if (i.text !== undefined)
          expect(findOccurrence(i.text, i.trigger.text!, i.trigger.occurrence ?? 1)).toBeGreaterThanOrEqual(0);
      }
  });
});
