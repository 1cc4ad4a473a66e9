import { applyCorpusTypes, recordVotes, TypeVotes, TYPE_VOTE, voteKey } from '../../src/entities/type-vote.js';
import { entityId } from '../../src/ids.js';
import type { EntityRecord, EntityType, EventRecord, KnowledgeRecord } from '../../src/types.js';

/** A record of one sentence naming `name` typed `type`, with the article's evidence for that type. */
function article(name: string, type: EntityType, evidence: number, text = `${name} said on Monday.`): KnowledgeRecord {
  const entity: EntityRecord = {
    id: entityId(type, name),
    type,
    name,
    aliases: [],
    mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, sentence: 0, type }],
    typeEvidence: evidence,
  };
  return { entities: [entity], events: [] as EventRecord[] } as unknown as KnowledgeRecord;
}

function corpus(...records: KnowledgeRecord[]): TypeVotes {
  const votes = new TypeVotes();
  for (const r of records) votes.add(recordVotes(r));
  return votes;
}

describe('the corpus type pass: one type per name across an output folder', () => {
  // Invented names: a company firmly read as one in three articles ("the toy maker Brambleco said"), and an
  // article whose lone "Brambleco said" the tagger read as a surname, weakly.
  const firm = () => article('Brambleco', 'group', 0.9);
  const weak = () => article('Brambleco', 'person', 0.1);

  test('a weakly typed name takes the type most articles give it, with their id', () => {
    const votes = corpus(firm(), firm(), firm(), weak());
    const r = weak();
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(true);
    expect(r.entities[0]!.type).toBe('group');
    expect(r.entities[0]!.id).toBe(entityId('group', 'Brambleco'));
    expect(r.entities[0]!.mentions[0]!.type).toBe('group');
    expect(r.entities[0]!.local).toEqual({ type: 'person', id: entityId('person', 'Brambleco') });
  });

  test('firm local evidence keeps its type', () => {
    const votes = corpus(firm(), firm(), firm(), article('Brambleco', 'person', 0.8));
    const r = article('Brambleco', 'person', 0.8);
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
    expect(r.entities[0]!.type).toBe('person');
  });

  test('no corpus type without enough articles, a clear share, and firm readings', () => {
    const few = corpus(firm(), firm(), weak());
    expect(few.resolve('brambleco')).toBeNull(); // two group articles < minArticles
    const split = corpus(firm(), firm(), firm(), weak(), weak(), weak());
    expect(split.resolve('brambleco')).toBeNull(); // half and half
    const guesses = corpus(...[1, 2, 3, 4].map(() => article('Brambleco', 'group', 0.3)), weak());
    expect(guesses.resolve('brambleco')).toBeNull(); // a majority of weak guesses settles nothing
  });

  test('a town and its club are not settled by the corpus (place and group stay as each article reads them)', () => {
    const votes = corpus(
      ...[1, 2, 3, 4].map(() => article('Dunmore', 'place', 0.9, 'Floods hit Dunmore.')),
      article('Dunmore', 'group', 0.2, 'Dunmore 3 Kilbride 1'),
    );
    const r = article('Dunmore', 'group', 0.2, 'Dunmore 3 Kilbride 1');
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
    expect(TYPE_VOTE.placeGroup).toBe(false);
  });

  test('an article that names the thing with both types keeps both', () => {
    const votes = corpus(firm(), firm(), firm());
    const r = weak();
    const other = article('Brambleco', 'group', 0.9).entities[0]!;
    r.entities.push(other);
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
  });

  test('event references follow the new id, and a second application changes nothing (it votes with local types)', () => {
    const votes = corpus(firm(), firm(), firm(), weak());
    const r = weak();
    const local = r.entities[0]!.id;
    r.events = [
      {
        participants: [{ entity: local, role: 'agent' }],
        arguments: [
          {
            role: 'agent',
            entity: local,
            start: 0,
            end: 9,
            text: 'Brambleco',
            sentence: 0,
            head: { start: 0, end: 9, text: 'Brambleco' },
          },
        ],
        reportedBy: local,
      } as unknown as EventRecord,
    ];
    applyCorpusTypes(r, (k) => votes.resolve(k));
    const once = JSON.stringify(r);
    expect(r.events[0]!.participants[0]!.entity).toBe(entityId('group', 'Brambleco'));
    expect(r.events[0]!.arguments![0]!.entity).toBe(entityId('group', 'Brambleco'));
    expect(r.events[0]!.reportedBy).toBe(entityId('group', 'Brambleco'));
    // The resolved record votes as its article did.
    expect(recordVotes(r)).toEqual(recordVotes(weak()));
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
    expect(JSON.stringify(r)).toBe(once);
    // When the corpus no longer says so, the article's own reading comes back, references included.
    expect(applyCorpusTypes(r, () => null)).toBe(true);
    expect(r.entities[0]!.type).toBe('person');
    expect(r.entities[0]!.local).toBeUndefined();
    expect(r.events[0]!.participants[0]!.entity).toBe(local);
  });

  test('a place an event happened in is not retyped away from place', () => {
    const votes = corpus(...[1, 2, 3].map(() => article('Ostry Vale', 'person', 0.9)));
    const r = article('Ostry Vale', 'place', 0.1, 'A flood struck Ostry Vale.');
    r.events = [{ participants: [], place: r.entities[0]!.id } as unknown as EventRecord];
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
  });

  test('the tally is order-free: adding and removing articles in any order gives the same answers', () => {
    const records = [firm(), weak(), firm(), weak(), firm(), firm()];
    const a = corpus(...records);
    const b = corpus(...[...records].reverse(), article('Other', 'place', 1));
    b.add(recordVotes(article('Other', 'place', 1)), -1);
    expect(b.resolve('brambleco')).toEqual(a.resolve('brambleco'));
    expect(b.resolve('other')).toBeNull();
    expect([...b.names.keys()].sort()).toEqual([...a.names.keys()].sort());
    expect(voteKey({ name: 'The Brambleco' })).toBe('brambleco');
  });
});
