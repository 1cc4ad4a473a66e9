import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headToken, parseWikiEventsLine, rebuildText } from '../../../src/dev/eval/wikievents.js';
import {
  DossierClassifier,
  goldRole,
  kairosByDossierType,
  kairosClass,
  predictedRole,
} from '../../../src/dev/eval/event-classes.js';
import {
  emptyEventCounts,
  eventMentionSpans,
  eventMetrics,
  headMatches,
  predictedEvents,
  scoreEventDoc,
  type PredEvent,
} from '../../../src/dev/eval/event-score.js';
import { evalWikiEvents, formatWikiEvents, wikiEventsFigures } from '../../../src/dev/eval/wikievents-eval.js';
import type { EventRecord, KnowledgeRecord } from '../../../src/types.js';

type Tok = [string, number, number];
const sentence = (words: string[], at: number): [Tok[], string] => {
  const toks: Tok[] = [];
  let p = at;
  for (const w of words) {
    toks.push([w, p, p + w.length]);
    p += w.length + 1;
  }
  return [toks, words.join(' ')];
};

// "Bomb kills two in Kabul" / "Militants attacked a convoy ." — offsets as in the dataset (one space between sentences).
const s0 = sentence(['Bomb', 'kills', 'two', 'in', 'Kabul'], 0);
const s1 = sentence(['Militants', 'attacked', 'a', 'convoy', '.'], 24);
const line = JSON.stringify({
  doc_id: 'mini',
  tokens: [...s0[0], ...s1[0]].map((t) => t[0]),
  sentences: [s0, s1],
  entity_mentions: [
    { id: 'T1', start: 2, end: 3, entity_type: 'PER' },
    { id: 'T2', start: 4, end: 5, entity_type: 'GPE' },
    { id: 'T3', start: 5, end: 6, entity_type: 'ORG' },
    { id: 'T4', start: 7, end: 9, entity_type: 'VEH' },
  ],
  event_mentions: [
    {
      id: 'E1',
      event_type: 'Life.Die.Unspecified',
      trigger: { start: 1, end: 2, text: 'kills', sent_idx: 0 },
      arguments: [
        { entity_id: 'T1', role: 'Victim', text: 'two' },
        { entity_id: 'T2', role: 'Place', text: 'Kabul' },
      ],
    },
    {
      id: 'E2',
      event_type: 'Conflict.Attack.Unspecified',
      trigger: { start: 6, end: 7, text: 'attacked', sent_idx: 1 },
      arguments: [
        { entity_id: 'T3', role: 'Attacker', text: 'Militants' },
        { entity_id: 'T4', role: 'Target', text: 'a convoy' },
      ],
    },
    {
      id: 'E3',
      event_type: 'Contact.Contact.Broadcast',
      trigger: { start: 0, end: 1, text: 'Bomb', sent_idx: 0 },
      arguments: [],
    },
  ],
});

describe('WikiEvents reader', () => {
  it('rebuilds the text with a line break between sentences and maps tokens to characters', () => {
    const doc = parseWikiEventsLine(line);
    expect(doc.text).toBe('Bomb kills two in Kabul\nMilitants attacked a convoy .');
    const [die, attack, other] = doc.mentions;
    expect(doc.text.slice(die!.start, die!.end)).toBe('kills');
    expect(die!.cls).toBe('death');
    expect(attack!.cls).toBe('attack');
    expect(other!.cls).toBeNull();
    const target = attack!.args.find((a) => a.role === 'Target')!;
    expect(target.text).toBe('a convoy');
    expect(doc.text.slice(target.head.start, target.head.end)).toBe('convoy');
  });

  it('lays tokens out one by one when a sentence string disagrees with its offsets', () => {
    const { text, tokens } = rebuildText([
      [
        [
          ['A', 0, 1],
          ['b', 2, 3],
        ],
        'A  b',
      ],
    ]);
    expect(text).toBe('A b');
    expect(tokens).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
    ]);
  });

  it('takes the last non-punctuation token as the head', () => {
    const text = 'Deir ez - Zor .';
    const toks = [
      { start: 0, end: 4 },
      { start: 5, end: 7 },
      { start: 8, end: 9 },
      { start: 10, end: 13 },
      { start: 14, end: 15 },
    ];
    expect(headToken(toks, text, 0, 5)).toEqual({ start: 10, end: 13 });
  });

  it('rejects a document whose sentences and token list disagree', () => {
    const bad = JSON.parse(line) as { tokens: string[] };
    bad.tokens.push('extra');
    expect(() => parseWikiEventsLine(JSON.stringify(bad))).toThrow(/tokens/);
  });
});

describe('class and role mapping', () => {
  it('maps KAIROS types by prefix', () => {
    expect(kairosClass('Conflict.Attack.DetonateExplode')).toBe('attack');
    expect(kairosClass('Contact.Contact.Meet')).toBe('meeting');
    expect(kairosClass('Contact.Contact.Unspecified')).toBeNull();
    expect(kairosClass('Conflict.Demonstrate.DemonstrateWithViolence')).toBe('protest');
    expect(kairosClass(null)).toBeNull();
  });

  it('maps dossier types through the taxonomy KAIROS field first, the id second', () => {
    const c = new DossierClassifier(
      kairosByDossierType({
        types: [
          { id: 'shooting', kairos: 'Conflict.Attack.FirearmAttack' },
          { id: 'killing', kairos: { type: 'Life.Die.Unspecified' } },
          { id: 'negotiation', kairos: null },
          { id: 'statement', kairos: 'Contact.Contact.Broadcast' },
        ],
      }),
    );
    expect(c.classOf('shooting')).toBe('attack');
    expect(c.classOf('killing')).toBe('death');
    expect(c.classOf('negotiation')).toBe('meeting');
    expect(c.classOf('statement')).toBeNull();
    expect(c.classOf('injury')).toBe('injury');
    expect(c.classOf('lawsuit')).toBeNull();
  });

  it('maps roles by class', () => {
    expect(goldRole('death', 'Killer')).toBe('attacker');
    expect(goldRole('attack', 'Victim')).toBeNull();
    expect(goldRole('meeting', 'Place')).toBe('place');
    expect(predictedRole('attack', 'patient')).toBe('target');
    expect(predictedRole('death', 'patient')).toBe('victim');
    // An attack's victims are those of its folded deaths and injuries: scored there, not as its target.
    expect(predictedRole('attack', 'victim')).toBeNull();
    expect(predictedRole('death', 'victim')).toBe('victim');
    expect(predictedRole('meeting', 'agent')).toBeNull();
  });
});

describe('event scoring', () => {
  const doc = parseWikiEventsLine(line);
  const text = doc.text;
  const at = (s: string): { start: number; end: number } => ({
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
  });

  it('counts mention matches per class, arguments by head match, and distinct events', () => {
    const pred: PredEvent[] = [
      {
        id: 'e1',
        type: 'killing',
        cls: 'death',
        mentions: [at('kills')],
        args: [{ role: 'place', entity: 'plc_kabul', spans: [at('Kabul')], names: ['Kabul'] }],
      },
      {
        id: 'e2',
        type: 'attack',
        cls: 'attack',
        // one event, two mentions: the second matches nothing
        mentions: [at('attacked'), at('Bomb')],
        args: [{ role: 'attacker', entity: 'grp_x', spans: [], names: ['the Militants'] }],
      },
    ];
    const c = emptyEventCounts();
    const errors: Parameters<typeof scoreEventDoc>[5] = [];
    scoreEventDoc('mini', text, doc.mentions, pred, c, errors);
    const m = eventMetrics(c);
    expect(m.classes.death).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(m.classes.attack).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(m.micro).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    // place Kabul and attacker by name head match; victim "two" and target "convoy" missed; the
    // unmatched mention's attacker is a false alarm
    expect(m.roles.place).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(m.roles.attacker).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(m.roles.victim).toMatchObject({ tp: 0, fn: 1 });
    expect(m.roles.target).toMatchObject({ tp: 0, fn: 1 });
    // the unmatched "attacked" retells an event whose other mention matched: a retelling false alarm
    expect(m.events.attack).toEqual({ events: 1, mentions: 2, eventsMatched: 1, retellingFalseAlarms: 1 });
    // (arguments of a false event are counted, not listed: the false event is)
    expect(errors!.map((e) => e.kind).sort()).toEqual(['arg miss', 'arg miss', 'false event']);
  });

  it('does not credit a mention of the wrong class', () => {
    const c = emptyEventCounts();
    scoreEventDoc(
      'mini',
      text,
      doc.mentions,
      [{ id: 'e', type: 'arrest', cls: 'arrest', mentions: [at('kills')], args: [] }],
      c,
    );
    const m = eventMetrics(c);
    expect(m.classes.arrest).toMatchObject({ tp: 0, fp: 1 });
    // an event none of whose mentions matched: its false alarm is no retelling
    expect(m.events.arrest.retellingFalseAlarms).toBe(0);
    expect(m.classes.death).toMatchObject({ tp: 0, fn: 1 });
    expect(m.identification).toMatchObject({ tp: 1 });
  });

  it('head match accepts a mention inside the gold extent and rejects a disjoint one', () => {
    const gold = { start: 10, end: 30, head: { start: 25, end: 30 } };
    expect(headMatches({ role: 'place', entity: 'x', spans: [{ start: 12, end: 20 }], names: [] }, gold, text)).toBe(
      true,
    );
    expect(headMatches({ role: 'place', entity: 'x', spans: [{ start: 0, end: 5 }], names: [] }, gold, text)).toBe(
      false,
    );
  });
});

describe('reading records', () => {
  const base = {
    id: 'ev',
    type: 'attack',
    trigger: { start: 5, end: 11, text: 'attack', sentence: 0 },
    date: { value: null, precision: 'unknown', source: 'unknown' },
    participants: [
      { entity: 'grp_a', role: 'agent' },
      { entity: 'per_b', role: 'source' },
    ],
    place: 'plc_c',
    status: 'occurred',
    evidence: [],
    confidence: 1,
  } as unknown as EventRecord;
  const record = {
    events: [base, { ...base, id: 'ev2', mentions: [{ start: 20, end: 26, text: 'strike', sentence: 1 }] }],
    entities: [
      { id: 'grp_a', type: 'group', name: 'Group A', aliases: [], mentions: [{ start: 0, end: 4 }] },
      { id: 'plc_c', type: 'place', name: 'C', aliases: [], mentions: [] },
    ],
  } as unknown as KnowledgeRecord;

  it('reads event.mentions when present, else the trigger, and maps roles and place', () => {
    expect(eventMentionSpans(base)).toEqual([{ start: 5, end: 11 }]);
    const pred = predictedEvents(record, 100, new DossierClassifier());
    expect(pred.map((p) => p.mentions)).toEqual([[{ start: 105, end: 111 }], [{ start: 120, end: 126 }]]);
    expect(pred[0]!.args.map((a) => [a.role, a.entity])).toEqual([
      ['attacker', 'grp_a'],
      ['place', 'plc_c'],
    ]);
    expect(pred[0]!.args[0]!.spans).toEqual([{ start: 100, end: 104 }]);
  });

  it('scores event.arguments (schema 2.1) by their head word, each mention with the arguments of its sentence', () => {
    const text = 'Gunmen attacked the base. The raid hurt two guards.';
    const withArgs = {
      ...base,
      trigger: { start: 7, end: 15, text: 'attacked', sentence: 0 },
      mentions: [
        { start: 7, end: 15, text: 'attacked', sentence: 0 },
        { start: 30, end: 34, text: 'raid', sentence: 1 },
      ],
      participants: [],
      arguments: [
        { role: 'attacker', start: 0, end: 6, text: 'Gunmen', sentence: 0, head: { start: 0, end: 6, text: 'Gunmen' } },
        {
          role: 'target',
          start: 16,
          end: 24,
          text: 'the base',
          sentence: 0,
          head: { start: 20, end: 24, text: 'base' },
        },
      ],
    } as unknown as EventRecord;
    const [pred] = predictedEvents(
      { events: [withArgs], entities: [] } as unknown as KnowledgeRecord,
      0,
      new DossierClassifier(),
    );
    expect(pred!.args.map((a) => [a.role, a.spans, a.sentence])).toEqual([
      ['attacker', [{ start: 0, end: 6 }], 0],
      ['target', [{ start: 20, end: 24 }], 0],
    ]);
    // Head against head only: an argument word inside the gold extent but not its head does not match.
    expect(headMatches(pred!.args[1]!, { start: 16, end: 24, head: { start: 20, end: 24 } }, text)).toBe(true);
    expect(headMatches(pred!.args[1]!, { start: 16, end: 30, head: { start: 25, end: 30 } }, text)).toBe(false);
    // The second mention ("raid", sentence 1) carries no argument of sentence 0: the gold attacker of the
    // first mention is found, the second mention's gold has none and none is predicted for it.
    const c = emptyEventCounts();
    const gold = [
      {
        start: 7,
        end: 15,
        cls: 'attack' as const,
        args: [{ role: 'Attacker', start: 0, end: 6, text: 'Gunmen', head: { start: 0, end: 6 } }],
      },
      { start: 30, end: 34, cls: 'attack' as const, args: [] },
    ];
    scoreEventDoc('d', text, gold, [pred!], c);
    expect(c.roles.attacker).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(c.roles.target).toMatchObject({ tp: 0, fp: 1 });
  });

  it('leaves out an argument the record marks inherited (schema 2.8), unless asked for the second reading', () => {
    const death = {
      ...base,
      type: 'killing',
      trigger: { start: 5, end: 11, text: 'killed', sentence: 0 },
      participants: [],
      arguments: [
        { role: 'victim', start: 0, end: 4, text: 'Four', sentence: 0, head: { start: 0, end: 4, text: 'Four' } },
        {
          role: 'place',
          start: 30,
          end: 36,
          text: 'Kandar',
          sentence: 0,
          head: { start: 30, end: 36, text: 'Kandar' },
          inherited: true,
        },
      ],
    } as unknown as EventRecord;
    const rec = { events: [death], entities: [] } as unknown as KnowledgeRecord;
    const roles = (withInherited: boolean): string[] =>
      predictedEvents(rec, 0, new DossierClassifier(), withInherited)[0]!.args.map((a) => a.role);
    expect(roles(false)).toEqual(['victim']);
    expect(roles(true)).toEqual(['victim', 'place']);
  });
});

describe('eval wikievents (real pipeline, miniature file)', () => {
  it('runs every document and reports figures and tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-wikievents-'));
    const file = join(dir, 'mini.jsonl');
    writeFileSync(file, `${line}\n`);
    const r = evalWikiEvents(file, true);
    expect(r.documents).toBe(1);
    expect(r.failures).toEqual([]);
    expect(r.metrics.micro.tp + r.metrics.micro.fn).toBe(2);
    expect(r.goldOutsideCore).toBe(1);
    const figures = wikiEventsFigures(r);
    expect(Object.keys(figures)).toEqual(expect.arrayContaining(['core.precision', 'core.recall', 'args.f1']));
    expect(formatWikiEvents(r)).toContain('identification');
  });
});
