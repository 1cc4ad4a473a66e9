/**
 * No real event counted twice (issue 14 item 1): a headline restating the lead, a pronoun's label ("This
 * is an accident"), a nameless retelling with the same trigger word, and a headline's calamity word for the
 * body's accident. Events the article separates stay apart. Test sentences are our own.
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const of = (text: string, entities: EntitySpec[] = [], timexes: TimexSpec[] = []) => {
  const { events: evs, names } = events(text, { entities, timexes, minConfidence: 0, published: '2025-09-12' });
  return view(evs, names);
};

describe('one event told twice', () => {
  it('merges a headline with the lead that retells it', () => {
    const evs = of(
      'Nokia unveils folding phone\n\nOn Tuesday, chief executive Pekka Lundmark unveiled the phone in Espoo.',
      [
        { name: 'Nokia', type: 'group' },
        { name: 'Pekka Lundmark', type: 'person' },
        { name: 'Espoo', type: 'place' },
      ],
      [{ text: 'On Tuesday', value: '2025-09-09', precision: 'day' }],
    );
    const launches = evs.filter((e) => e.type === 'product-launch');
    expect(launches).toHaveLength(1);
    expect(launches[0]).toMatchObject({ date: '2025-09-09', evidence: 2 });
  });

  it("merges a headline's calamity word into the body's accident", () => {
    const evs = of(
      'Families mourn victims of ferry disaster\n\nThe ferry capsized near the harbour on Sunday, killing 31 passengers.',
      [],
      [{ text: 'on Sunday', value: '2025-09-07', precision: 'day' }],
    );
    expect(evs.filter((e) => e.type === 'disaster')).toEqual([]);
    expect(evs.filter((e) => e.type === 'accident')).toEqual([expect.objectContaining({ evidence: 2 })]);
  });

  it('merges a pronoun\'s label ("This was a deliberate attack") into the event told', () => {
    const evs = of('Gunmen fired on a police post in Tillabéri. "This was a deliberate attack," the governor said.', [
      { name: 'Tillabéri', type: 'place' },
    ]);
    expect(evs.filter((e) => e.type === 'attack')).toHaveLength(1);
  });

  it('merges a nameless retelling with the same trigger word in the next sentence', () => {
    const evs = of(
      'The new frigate was delivered to the navy on Monday. After the ship was delivered, it sailed to Brest.',
      [{ name: 'Brest', type: 'place' }],
      [{ text: 'on Monday', value: '2025-09-08', precision: 'day' }],
    );
    expect(evs.filter((e) => e.type === 'contract')).toHaveLength(1);
  });
});

describe('events the article separates', () => {
  it('keeps a headline apart from a body event of another date', () => {
    const evs = of(
      'Rebels attack army base\n\nRebels attacked a police station on 3 March. The army base was attacked on 9 March.',
      [],
      [
        { text: 'on 3 March', value: '2025-03-03', precision: 'day' },
        { text: 'on 9 March', value: '2025-03-09', precision: 'day' },
      ],
    );
    const dates = evs.filter((e) => e.type === 'attack').map((e) => e.date);
    expect(dates).toContain('2025-03-03');
    expect(dates).toContain('2025-03-09');
  });

  it('keeps two deliveries on different days apart', () => {
    const evs = of(
      'A tanker was delivered to the fleet on Monday. A second tanker was delivered on Friday.',
      [],
      [
        { text: 'on Monday', value: '2025-09-08', precision: 'day' },
        { text: 'on Friday', value: '2025-09-12', precision: 'day' },
      ],
    );
    expect(evs.filter((e) => e.type === 'contract')).toHaveLength(2);
  });
});

describe('an ordinal in the predicate ranks the event told, it does not start a new one (session 12)', () => {
  const saturday: TimexSpec = { text: 'on Saturday', value: '2025-09-06', precision: 'day' };

  it('"The burglary was the second at the school since 2018" retells the break-in', () => {
    const evs = of(
      'Burglars broke into a school in Leiden on Saturday and robbed the office. The burglary was the second at the school since 2018.',
      [],
      [saturday, { text: '2018', value: '2018', precision: 'year' }],
    );
    expect(evs.filter((e) => e.type === 'theft')).toHaveLength(1);
  });

  it('"a second burglary" before the noun is a new one', () => {
    const evs = of(
      'Burglars robbed the office of a school on Saturday. A second burglary hit a shop nearby.',
      [],
      [saturday],
    );
    expect(evs.filter((e) => e.type === 'theft')).toHaveLength(2);
  });
});
