/**
 * Events one sentence relates to each other are two events, not one told twice (issue 14 item 1: analysts
 * count events, and a wrong merge undercounts as surely as a repeat overcounts). A temporal phrase orders
 * its event against the clause's ("died in a shootout two days after the bombing"), a causative verb or a
 * response phrase makes its event the clause's consequence ("prompting airstrikes", "in retaliation for
 * the raid"): an event is neither before nor the cause of itself. A definite retelling ("the bombing") then
 * joins an earlier event of a compatible kind, not a clash or strike of another kind told in between. Test
 * sentences are our own.
 */
import { events, type EntitySpec, type TimexSpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string, entities: EntitySpec[] = [], timexes: TimexSpec[] = []): EventRecord[] =>
  events(text, { entities, timexes, minConfidence: 0, published: '2025-09-12' }).events;

const mentionsOf = (evs: EventRecord[], type: string): string[][] =>
  evs
    .filter((e) => e.type === type)
    .map((e) => ((e as EventRecord & { mentions?: Array<{ text: string }> }).mentions ?? []).map((m) => m.text));

describe('events a sentence relates stay apart', () => {
  it('keeps a shootout apart from the bombing it is dated after, which retells the first bombing', () => {
    const evs = run(
      'A bomb exploded at the bus station in Dorvia on Monday, killing four people. ' +
        'The suspected bomber died in a shootout with police two days after the bombing.',
      [{ name: 'Dorvia', type: 'place' }],
      [{ text: 'on Monday', value: '2025-09-08', precision: 'day' }],
    );
    const attacks = mentionsOf(evs, 'attack');
    expect(attacks).toHaveLength(2);
    expect(attacks).toContainEqual(['exploded', 'bombing']);
    expect(attacks).toContainEqual(['shootout']);
  });

  it('keeps the airstrikes a raid prompted apart from the raid', () => {
    const evs = run('Rebels raided an army post near Kessa, prompting retaliatory airstrikes on their camps.', [
      { name: 'Kessa', type: 'place' },
    ]);
    expect(mentionsOf(evs, 'attack')).toHaveLength(2);
  });

  it('keeps a reprisal apart from the attack it answers', () => {
    const evs = run('Militia fighters attacked the village of Orro in retaliation for the raid on their camp.', [
      { name: 'Orro', type: 'place' },
    ]);
    expect(mentionsOf(evs, 'attack')).toHaveLength(2);
  });

  it('still merges a retelling in one sentence that no phrase relates ("the attack … in the attack")', () => {
    const evs = run('Gunmen attacked a checkpoint in Kessa and two guards were wounded in the attack.', [
      { name: 'Kessa', type: 'place' },
    ]);
    expect(mentionsOf(evs, 'attack')).toHaveLength(1);
  });
});

describe('definite retellings of an event told already', () => {
  // Phenomenon: a participle between the determiner and the event noun ("the failed coup attempt", "the
  // foiled bombing") keeps the description definite: it refers back like "the attempt".
  it('merges "the failed assassination attempt" into the attempt told before', () => {
    const evs = run(
      'Prosecutors named 12 people involved in an assassination attempt against the governor of Kessa. ' +
        'Officials said on Monday that 30 people took part in the failed assassination attempt.',
      [{ name: 'Kessa', type: 'place' }],
    );
    expect(mentionsOf(evs, 'attack')).toHaveLength(1);
  });

  it('merges "the failed assassination" in a later paragraph into the attack on the governor', () => {
    const evs = run(
      'Gunmen opened fire on the convoy of the governor of Kessa on Monday.\n\n' +
        'Residents said the town was calm.\n\nPolice arrested three men over the failed assassination.',
      [{ name: 'Kessa', type: 'place' }],
      [{ text: 'on Monday', value: '2025-09-08', precision: 'day' }],
    );
    expect(mentionsOf(evs, 'attack')).toHaveLength(1);
  });

  // Phenomenon: the victims named again with the verb as a reduced relative ("the six soldiers killed were
  // all conscripts", "those injured") are the victims of the killing told already, not a second killing.
  it('merges "the members killed" into the killing told before', () => {
    const evs = run(
      'A car bomb exploded near a patrol in Dorvia, killing six members of the border guard. ' +
        'All six of the members killed were conscripts.',
      [{ name: 'Dorvia', type: 'place' }],
    );
    expect(mentionsOf(evs, 'killing')).toHaveLength(1);
  });
});

describe('a new event told with the same verb', () => {
  // Phenomenon: a mention that names its own doer ("the police killed two suspects" after "a bomb … killing six
  // guards") is not a nameless retelling of the earlier event, whatever the verb: a retelling names nobody.
  it('keeps "the police killed two" a killing of its own', () => {
    const evs = run(
      'A car bomb exploded near a patrol in Dorvia, killing six members of the border guard. ' +
        'The next week the police killed two suspects in a raid in Orro.',
      [
        { name: 'Dorvia', type: 'place' },
        { name: 'Orro', type: 'place' },
      ],
    );
    expect(mentionsOf(evs, 'killing')).toHaveLength(2);
  });
});
