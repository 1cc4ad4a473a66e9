/**
 * One event told with two trigger words (issue 14: "introduced" … "unveiled" the same product): mentions
 * of a non-violent event merge when they act on the same thing and their dates agree; another product
 * launched the same day stays its own event. Test sentences are our own.
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const of = (text: string, entities: EntitySpec[] = [], timexes: TimexSpec[] = []) => {
  const { events: evs, names } = events(text, { entities, timexes, minConfidence: 0, published: '2025-09-12' });
  return view(evs, names);
};

const ENTITIES: EntitySpec[] = [
  { name: 'Fjord Motors', type: 'group' },
  { name: 'Ingrid Haugen', type: 'person' },
  { name: 'Oslo', type: 'place' },
];

describe('one event told with another verb', () => {
  it('merges "introduced the X" and a later "unveiled the device" of the same day', () => {
    const evs = of(
      'Fjord Motors today introduced the Polar electric van in Oslo.\n\n' +
        'The van has a range of 400 kilometres.\n\n' +
        'Chief executive Ingrid Haugen unveiled the vehicle by driving it onto the stage.',
      ENTITIES,
      [{ text: 'today', value: '2025-09-12', precision: 'day' }],
    );
    expect(evs.filter((e) => e.type === 'product-launch')).toEqual([expect.objectContaining({ evidence: 2 })]);
  });

  it('keeps a second product launched the same day apart', () => {
    const evs = of(
      'Fjord Motors today introduced the Polar electric van in Oslo.\n\n' +
        'Fjord Motors also released its Tundra navigation app.',
      ENTITIES.slice(0, 1).concat(ENTITIES.slice(2)),
      [{ text: 'today', value: '2025-09-12', precision: 'day' }],
    );
    expect(evs.filter((e) => e.type === 'product-launch')).toHaveLength(2);
  });

  it('keeps attacks on one target by different verbs apart (violence is merged by its own rules)', () => {
    const evs = of(
      'Rebels attacked the town on Monday.\n\nTroops shelled the town on Wednesday.',
      [],
      [
        { text: 'on Monday', value: '2025-09-08', precision: 'day' },
        { text: 'on Wednesday', value: '2025-09-10', precision: 'day' },
      ],
    );
    expect(evs.filter((e) => e.type === 'attack')).toHaveLength(2);
  });
});

describe("a day's event told again", () => {
  // Two paragraphs apart, so only a definite description may refer back (a bare "an attack" would not).
  it('merges "Saturday\'s attack" into the attack told before', () => {
    const evs = of(
      'Gunmen attacked a police post near the market on Saturday, the governor said.\n\n' +
        'The market reopened with extra guards.\n\n' +
        "Residents are still shaken by Saturday's attack, the governor said.",
      [],
      [{ text: 'on Saturday', value: '2025-09-06', precision: 'day' }],
    );
    expect(evs.filter((e) => e.type === 'attack')).toEqual([expect.objectContaining({ evidence: 2 })]);
  });
});
