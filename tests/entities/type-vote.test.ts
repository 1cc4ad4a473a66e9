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
    const firmPerson = () => article('Brambleco', 'person', 0.8);
    const split = corpus(firm(), firm(), firm(), firmPerson(), firmPerson(), firmPerson());
    expect(split.resolve('brambleco')).toBeNull(); // half and half, both read firmly
    const guesses = corpus(...[1, 2, 3, 4].map(() => article('Brambleco', 'group', 0.3)), weak());
    expect(guesses.resolve('brambleco')).toBeNull(); // a majority of weak guesses settles nothing
  });

  test('weak guesses do not block a type every firm reading gives', () => {
    // Three articles read the company firmly, five guess a surname: the guesses follow the company.
    const votes = corpus(firm(), firm(), firm(), weak(), weak(), weak(), weak(), weak());
    expect(votes.resolve('brambleco')?.type).toBe('group');
    const r = weak();
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(true);
    expect(r.entities[0]!.type).toBe('group');
    // Not when one firm reading gives another type, nor with fewer than three firm articles.
    expect(
      corpus(firm(), firm(), firm(), article('Brambleco', 'person', 0.8), weak(), weak()).resolve('brambleco'),
    ).toBeNull();
    expect(corpus(firm(), firm(), weak(), weak(), weak()).resolve('brambleco')).toBeNull();
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

  describe('the surname link: a lone surname the corpus knows as a person', () => {
    // Invented: "Anna Quorlen", a minister, is named in full in five articles (two read firmly); a quote
    // cut out of its article, "Quorlen said the talks would resume", is read weakly as the town of Quorlen.
    const full = (evidence: number) => article('Anna Quorlen', 'person', evidence, 'Anna Quorlen said on Monday.');
    const lone = (type: EntityType, evidence: number) =>
      article('Quorlen', type, evidence, 'Quorlen said the talks would resume.');
    const folder = (...extra: KnowledgeRecord[]) =>
      corpus(full(0.9), full(0.8), full(0.3), full(0.2), full(0.1), ...extra);

    test('a weak place reading of the surname is the person', () => {
      const votes = folder(lone('place', 0.3), lone('place', 0.4), lone('place', 0.9));
      const r = lone('place', 0.3);
      expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(true);
      expect(r.entities[0]!.type).toBe('person');
      // No article reads the lone name as a person: it joins the person named in full, as alias grouping
      // joins a surname to the one person of its article who ends with it.
      expect(r.entities[0]!.id).toBe(entityId('person', 'Anna Quorlen'));
      // When some do, it takes their id.
      const own = folder(lone('place', 0.3), lone('person', 0.2), lone('person', 0.3));
      const r2 = lone('place', 0.3);
      expect(applyCorpusTypes(r2, (k) => own.resolve(k))).toBe(true);
      expect(r2.entities[0]!.id).toBe(entityId('person', 'Quorlen'));
      // A firm place reading stays ("floods hit Quorlen" read by a rule).
      const firm = lone('place', 1);
      expect(applyCorpusTypes(firm, (k) => votes.resolve(k))).toBe(false);
    });

    test('not a group reading (companies and clubs are named after people), nor a town named more often than the person', () => {
      const votes = folder(lone('group', 0.2));
      const club = lone('group', 0.2);
      expect(applyCorpusTypes(club, (k) => votes.resolve(k))).toBe(false);
      const town = folder(...[1, 2, 3, 4, 5, 6].map(() => lone('place', 0.4)));
      const r = lone('place', 0.4);
      expect(applyCorpusTypes(r, (k) => town.resolve(k))).toBe(false);
    });

    test('not when the corpus names several people with that surname, none of them mostly', () => {
      const votes = corpus(
        full(0.9),
        full(0.8),
        article('Marek Quorlen', 'person', 0.9),
        article('Marek Quorlen', 'person', 0.9),
        article('Ida Quorlen', 'person', 0.6),
        lone('place', 0.3),
      );
      const r = lone('place', 0.3);
      expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
    });

    test("a weak person reading of a town's name is kept when the corpus names people with it as surname", () => {
      // "Dunmore" is a town in most articles, but "Kate Dunmore" the director is named in full in two.
      const town = (evidence: number) => article('Dunmore', 'place', evidence, 'Floods hit Dunmore.');
      const votes = corpus(
        ...[0.9, 0.8, 0.7, 0.6, 0.3].map(town),
        article('Kate Dunmore', 'person', 0.4),
        article('Kate Dunmore', 'person', 0.4),
      );
      const r = article('Dunmore', 'person', 0.2, 'Dunmore said the film was finished.');
      expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
      // Without the full names the corpus settles it as the town.
      const plain = corpus(...[0.9, 0.8, 0.7, 0.6, 0.3].map(town));
      expect(applyCorpusTypes(r, (k) => plain.resolve(k))).toBe(true);
      expect(r.entities[0]!.type).toBe('place');
    });
  });

  test('a place its article links to a country or a first-level division keeps its type', () => {
    // "Zedland" is mostly a person's name in the corpus; an article that links it to a state keeps the state.
    const votes = corpus(...[0.9, 0.8, 0.7].map((ev) => article('Zedland', 'person', ev)));
    const r = article('Zedland', 'place', 0.2, 'Floods in Plainfield, Zedland.');
    r.entities[0]!.geo = {
      geonamesId: 1,
      name: 'Zedland',
      lat: 0,
      lon: 0,
      countryCode: 'US',
      level: 'admin1',
      confidence: 0.9,
    };
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(false);
    delete r.entities[0]!.geo;
    expect(applyCorpusTypes(r, (k) => votes.resolve(k))).toBe(true);
  });
});
