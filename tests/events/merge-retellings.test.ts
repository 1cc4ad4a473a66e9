/**
 * One event told through its claim, its reactions and the legal steps after it is one event (issue 14 item 1:
 * analysts count events, so a retelling left apart is a double count). The phrases that keep a retelling
 * apart are those that give it a date or a kind of its own that it does not have: the clause of the legal
 * step or of the search about it dates the step, not the event; "previous attacks" are other events than the
 * story's; an event ordered against another in its sentence did not happen when that one did. Test sentences
 * are our own.
 */
import { events, type EntitySpec, type TimexSpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string, entities: EntitySpec[] = [], timexes: TimexSpec[] = []): EventRecord[] =>
  events(text, { entities, timexes, minConfidence: 0, published: '2025-09-12' }).events;

const mentionsOf = (evs: EventRecord[], type: string): string[][] =>
  evs
    .filter((e) => e.type === type)
    .map((e) => ((e as EventRecord & { mentions?: Array<{ text: string }> }).mentions ?? []).map((m) => m.text));

const eventAt = (evs: EventRecord[], word: string): EventRecord | undefined =>
  evs.find((e) =>
    ((e as EventRecord & { mentions?: Array<{ text: string }> }).mentions ?? [e.trigger]).some((m) => m.text === word),
  );

describe('events before the story are not the story', () => {
  // Phenomenon: "previous attacks", "past bombings" name events before the one told; a later "Saturday's
  // attack" retells the story's attack, not them.
  it('keeps "previous attacks" apart and joins the retellings to the story\'s attack', () => {
    const evs = run(
      "Police are questioned after Saturday's attack on a market in Dorvia. " +
        'A neighbour said he had warned officers about the man praising previous attacks in Europe.\n\n' +
        "Officers arrested four people in connection with Saturday's attack.",
      [{ name: 'Dorvia', type: 'place' }],
      [
        { text: 'Saturday', value: '2025-09-06', precision: 'day' },
        { text: 'Saturday', value: '2025-09-06', precision: 'day', nth: 1 },
      ],
    );
    const attacks = mentionsOf(evs, 'attack');
    expect(attacks).toContainEqual(['attacks']);
    expect(attacks).toContainEqual(['attack', 'attack']);
  });
});

describe("the date of a legal step or a search is not the event's", () => {
  // Phenomenon: "accused of carrying out the bombing" names the crime of the accusation, as "accused of the
  // bombing" does: the plea's day is not the bombing's.
  it('leaves "the Harlow bombing" undated by the plea of the men accused of carrying it out', () => {
    const evs = run(
      'Two men accused of carrying out the Harlow bombing pleaded not guilty on Tuesday.',
      [],
      [{ text: 'on Tuesday', value: '2025-09-09', precision: 'day' }],
    );
    expect(eventAt(evs, 'bombing')?.date.value ?? null).toBeNull();
  });

  // Phenomenon: an event named as what something is about ("messages related to the bombing") is known
  // already; the clause dates the messages.
  it('joins "messages related to the bombing" to the bombing, not dated by the deletion', () => {
    const evs = run(
      'A bomb exploded at the bus station in Dorvia on Monday, killing four people.\n\n' +
        'On Thursday the suspect deleted messages related to the bombing from his phone.',
      [{ name: 'Dorvia', type: 'place' }],
      [
        { text: 'on Monday', value: '2025-09-08', precision: 'day' },
        { text: 'On Thursday', value: '2025-09-11', precision: 'day' },
      ],
    );
    expect(mentionsOf(evs, 'attack')).toEqual([['exploded', 'bombing']]);
    expect(eventAt(evs, 'bombing')?.date.value).toBe('2025-09-08');
  });
});

describe('an event ordered against another takes not its date', () => {
  // Phenomenon: "died after a shootout two days after the bombing": the shootout is not on the bombing's day,
  // so the date the article gave its attacks is not lent to it.
  it('leaves a shootout undated that its sentence places two days after the dated bombing', () => {
    const evs = run(
      'A bomb exploded at the bus station in Dorvia on Monday, killing four people.\n\n' +
        'The suspected bomber died in a shootout with police two days after the bombing.',
      [{ name: 'Dorvia', type: 'place' }],
      [{ text: 'on Monday', value: '2025-09-08', precision: 'day' }],
    );
    expect(eventAt(evs, 'shootout')?.date.value ?? null).toBeNull();
    expect(eventAt(evs, 'exploded')?.date.value).toBe('2025-09-08');
  });
});

describe('retellings told with the weapon, the claim or a date', () => {
  // Phenomenon: "The bomb … exploded" in a later section retells the bombing the article opened with: the
  // definite weapon is the one already told of.
  it('joins "The bomb was hidden … and exploded" to the bombing told before', () => {
    const evs = run(
      'The Tarsa cafe bombing was an attack on 3 May 1981 in Tarsa which killed nine people.\n\n' +
        '==The attack==\n\nThe bomb was hidden under a table near the door and exploded at lunchtime.',
      [{ name: 'Tarsa', type: 'place' }],
      [{ text: '3 May 1981', value: '1981-05-03', precision: 'day' }],
    );
    expect(mentionsOf(evs, 'attack')).toEqual([['bombing', 'attack', 'exploded']]);
  });

  // Phenomenon: a claim names the attacker of an attack told with its victims only; parties conflict only
  // when both tellings name someone on the same side (another attacker, another victim).
  it('joins the claim that names the attacker to the attack told with its victims', () => {
    const evs = run(
      'A suicide bomber attacked the Northern Guard in Tarsa on Sunday.\n\n' +
        'Residents said the market was closed.\n\n' +
        'The Kessa Front carried out the attack, its spokesman said.',
      [
        { name: 'Northern Guard', type: 'group' },
        { name: 'Kessa Front', type: 'group' },
        { name: 'Tarsa', type: 'place' },
      ],
      [{ text: 'on Sunday', value: '2025-09-07', precision: 'day' }],
    );
    expect(mentionsOf(evs, 'attack')).toEqual([['attacked', 'attack']]);
  });

  it('keeps apart two attacks whose attackers differ', () => {
    const evs = run(
      'The Kessa Front attacked a patrol of the Northern Guard.\n\n' +
        'Residents said the market was closed.\n\n' +
        'The Orro Brigade said it carried out the attack on the bridge.',
      [
        { name: 'Northern Guard', type: 'group' },
        { name: 'Kessa Front', type: 'group' },
        { name: 'Orro Brigade', type: 'group' },
      ],
    );
    expect(mentionsOf(evs, 'attack').length).toBeGreaterThanOrEqual(1);
    expect(mentionsOf(evs, 'attack')).not.toContainEqual(['attacked', 'attack']);
  });

  // Phenomenon: the attack told again with a verb in another section names the same victims ("A gunman …
  // opened fire on the Northern Guard" after "a gunman killed four soldiers of the Northern Guard"): with no
  // date of its own and no other attacker, it is the attack told.
  it('joins a verb retelling that names the same victims in a later section', () => {
    const evs = run(
      'On 4 March a suicide bomber attacked the Northern Guard in Tarsa.\n\n' +
        '==Victims==\n\nAll four were conscripts.\n\n' +
        '==Attack==\n\nA suicide bomber riding a motorcycle bombed the Northern Guard near the gate.',
      [
        { name: 'Northern Guard', type: 'group' },
        { name: 'Tarsa', type: 'place' },
      ],
      [{ text: '4 March', value: '2025-03-04', precision: 'day' }],
    );
    expect(mentionsOf(evs, 'attack')).toEqual([['attacked', 'bombed']]);
  });

  // Phenomenon: victims told in other words are other victims ("two border guards were killed" … "the
  // assassination of senior commanders" by the other side): a killing named with its own victims is another.
  it('keeps apart killings whose victims differ in words', () => {
    const evs = run(
      'Two Dorvian border guards were killed in an ambush near Kessa.\n\n' +
        'Residents said the market was closed.\n\n' +
        'Marland answered with raids that resulted in the assassination of senior commanders of the militia.',
      [
        { name: 'Kessa', type: 'place' },
        { name: 'Dorvia', type: 'place', forms: ['Dorvian'] },
        { name: 'Marland', type: 'place' },
      ],
    );
    expect(mentionsOf(evs, 'killing')).toHaveLength(2);
  });

  // Phenomenon: a date inside the description ("the April 2, 2024, attack") leaves it definite.
  it('joins "the April 2, 2024, attack" to the bombing named before it', () => {
    const evs = run(
      'Two men accused of carrying out the Dorvia station bombing pleaded not guilty.\n\n' +
        'Neither is charged with planning the April 2, 2024, attack, which killed four people.',
      [{ name: 'Dorvia', type: 'place' }],
      [{ text: 'April 2, 2024', value: '2024-04-02', precision: 'day' }],
    );
    expect(mentionsOf(evs, 'attack')).toEqual([['bombing', 'attack']]);
  });

  // Phenomenon: an event in a participle phrase describing another noun ("injuries suffered during the
  // attack") is background to that noun: "died in 1983" dates the death, not the attack.
  it('does not date "the attack" by the later death of injuries suffered during it', () => {
    const evs = run(
      'A bomb exploded in a cafe in Tarsa on 3 May 1981.\n\n' +
        'A tenth victim died in 1983 of injuries suffered during the attack.',
      [{ name: 'Tarsa', type: 'place' }],
      [
        { text: '3 May 1981', value: '1981-05-03', precision: 'day' },
        { text: '1983', value: '1983', precision: 'year' },
      ],
    );
    expect(mentionsOf(evs, 'attack')).toEqual([['exploded', 'attack']]);
    expect(eventAt(evs, 'exploded')?.date.value).toBe('1981-05-03');
  });
});

describe('who attended an event is on neither side of it', () => {
  // Phenomenon: "a rally attended by the president" names an attendee, not who staged the rally; a later
  // "the rally … by the union leader" names its organiser, which is no other doer.
  it('joins a definite retelling naming a doer to a first mention naming only an attendee', () => {
    const evs = run(
      'Thousands joined a rally attended by President Ana Brel on Friday. ' +
        'A statement was read at the rally of the teachers by Tomas Verin.',
      [
        { name: 'Ana Brel', type: 'person' },
        { name: 'Tomas Verin', type: 'person' },
      ],
    );
    expect(mentionsOf(evs, 'protest')).toEqual([['rally', 'rally']]);
    const rally = eventAt(evs, 'rally')!;
    const roles = Object.fromEntries(rally.participants.map((p) => [p.entity, p.role]));
    expect(Object.values(roles).sort()).toEqual(['agent', 'participant']);
  });
});
