/**
 * Readings that let a sentence's own words support an event (issue 14, session 9): who took part, who was
 * held, what was hit, told in forms the rules did not read before. Each rule in docs/events.md has a
 * sentence of its own here; none is taken from a data set. Events are extracted at the default confidence
 * threshold, so a case also says the event is kept as a row.
 */
import { events, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const L = (name: string): EntitySpec => ({ name, type: 'place' });

interface Case {
  rule: string;
  text: string;
  entities?: EntitySpec[];
  /** The event whose mentions include this word. */
  trigger: string;
  type: string;
  status?: string;
  /** Extract at this threshold instead of the default (for a rule about the reading, not the row). */
  minConfidence?: number;
  /** Role → head words, in text order, that must be among the event's arguments. */
  heads?: Record<string, string[]>;
}

const CASES: Case[] = [
  {
    rule: 'a typographic apostrophe marks a possessive as a straight one does',
    text: 'Police watched Zedco’s nationwide protests on Sunday.',
    entities: [{ name: 'Zedco', type: 'group' }],
    trigger: 'protests',
    type: 'protest',
    heads: { agent: ['Zedco'] },
  },
  {
    rule: "a place owning a crowd's event is where it happened, not who acted: the crowd are its people, not its state",
    text: 'Police watched Zedland’s nationwide protests on Sunday.',
    entities: [L('Zedland')],
    trigger: 'protests',
    type: 'protest',
    heads: { place: ['Zedland'] },
  },
  {
    rule: 'a place owning a riot is where it happened',
    text: "Looters smashed shop windows during Quarnford's riots last night.",
    entities: [L('Quarnford')],
    trigger: 'riots',
    type: 'riot',
    heads: { place: ['Quarnford'] },
  },
  {
    rule: "a place owning an attack is still its doer: a state's strike is the state's act",
    text: "Zedland's airstrikes on the border town killed four people on Sunday.",
    entities: [L('Zedland')],
    trigger: 'airstrikes',
    type: 'attack',
    heads: { attacker: ['Zedland'] },
  },
  {
    rule: '"called for" an event demands it: planned, with the caller as its agent, not a name given to an event',
    text: 'The union called for nationwide protests against the new tax.',
    trigger: 'protests',
    type: 'protest',
    status: 'planned',
    heads: { agent: ['union'] },
  },
  {
    rule: 'coordinate adjectives separated by a comma stay in the event noun’s phrase under its governing verb',
    text: 'The union called for two days of peaceful, nationwide protests.',
    trigger: 'protests',
    type: 'protest',
    status: 'planned',
    heads: { agent: ['union'] },
  },
  {
    rule: 'the police subject of a verb reached over another noun’s of-phrase did not carry out the raid',
    text: 'Police named the leader of Saturday’s raid on the depot.',
    trigger: 'raid',
    type: 'attack',
    minConfidence: 0,
    heads: { target: ['depot'] },
  },
  {
    rule: 'a possessive determiner before an arrest names who was held',
    text: 'Lawyers for the teacher learned of his arrest on Monday.',
    trigger: 'arrest',
    type: 'arrest',
    heads: { patient: ['his'] },
  },
  {
    rule: 'the possessor of a death is its victim, not its agent',
    text: 'Relatives mourned Quarn’s death in the crash.',
    entities: [{ name: 'Quarn', type: 'person' }],
    trigger: 'death',
    type: 'death',
    heads: { victim: ['Quarn'] },
  },
  {
    rule: 'with an of-phrase after a killing, its possessor is the attacker',
    text: 'The court heard that the militia’s killing of the farmers was planned.',
    trigger: 'killing',
    type: 'killing',
    minConfidence: 0,
    heads: { attacker: ['militia'] },
  },
  {
    rule: '"took part in" an event: its subject (through a relative pronoun too) took part',
    text: 'Dozens of nurses who had taken part in demonstrations lost their posts.',
    trigger: 'demonstrations',
    type: 'protest',
    heads: { agent: ['nurses'] },
  },
  {
    rule: '"participated in" an event: its subject took part',
    text: 'Hundreds of farmers participated in the march to the capital.',
    trigger: 'march',
    type: 'protest',
    heads: { agent: ['farmers'] },
  },
  {
    rule: 'a participle after an attack noun ("targeted at", "aimed at") names its target',
    text: 'The province has seen numerous bombings targeted at the army garrison.',
    trigger: 'bombings',
    type: 'attack',
    minConfidence: 0,
    heads: { target: ['garrison'] },
  },
  {
    rule: 'a participle between a determiner and an attack noun modifies it: "the failed attack" happened',
    text: 'The failed attack on the embassy shocked the capital.',
    trigger: 'attack',
    type: 'attack',
    status: 'occurred',
    minConfidence: 0,
    heads: { target: ['embassy'] },
  },
  {
    rule: 'a relative clause after an attack noun ("which seemed to be aimed at") names its target',
    text: 'The bombings, which seemed to be aimed at civilians, shocked the city.',
    trigger: 'bombings',
    type: 'attack',
    minConfidence: 0,
    heads: { target: ['civilians'] },
  },
  {
    rule: '"mutilated" tells an injury',
    text: 'Some forty more were mutilated by the blast.',
    trigger: 'mutilated',
    type: 'injury',
  },
  {
    rule: 'people wounded "in" an ambiguous noun of violence make it the violent event ("in a battle")',
    text: 'A man was killed and five more were wounded, in a battle between troops and gunmen in the market area.',
    trigger: 'battle',
    type: 'attack',
    heads: { victim: ['five'] },
  },
  {
    // Session 21 (schema 2.10): no product launch, but a release from captivity (CAMEO 0841).
    rule: 'people released are no product launch: they are freed from captivity',
    text: 'The rebels released two hostages on Friday.',
    trigger: 'released',
    type: 'release',
  },
];

/** Sentences whose words name no event of the type the trigger word alone suggests. */
const NOT_EVENTS: Array<{ rule: string; text: string; word: string }> = [
  {
    rule: 'names, statements and records released are no product launch',
    text: 'Police released the names of the victims on Monday.',
    word: 'released',
  },
  {
    rule: 'a battle with no violence around it is no attack',
    text: 'The firm won its legal battle with the regulator.',
    word: 'battle',
  },
];

function eventWith(evs: readonly EventRecord[], word: string): EventRecord | undefined {
  return evs.find((e) => (e.mentions ?? [e.trigger]).some((m) => m.text === word));
}

describe('readings that support an event', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs } = events(c.text, { entities: c.entities ?? [], minConfidence: c.minConfidence });
    const e = eventWith(evs, c.trigger);
    expect(e?.type).toBe(c.type);
    if (c.status) expect(e!.status).toBe(c.status);
    for (const [role, heads] of Object.entries(c.heads ?? {})) {
      const got = (e!.arguments ?? []).filter((a) => a.role === role).map((a) => a.head.text);
      expect(got).toEqual(expect.arrayContaining(heads));
    }
  });

  test('released from custody is no product launch, and custody after "from" is no arrest', () => {
    // Session 22: "has since been released" reaches its people over "since", so it is the release it tells (schema
    // 2.10's type), as "was released from custody" is; still no product launch and no arrest.
    const { events: evs } = events('One of the men has since been released from custody.', { minConfidence: 0 });
    expect(evs.map((e) => `${e.type}:${e.trigger.text}`)).toEqual(['release:released']);
  });

  test('dying during an operation says nothing of violence: the operation is no attack', () => {
    const { events: evs } = events('Two patients died during the operation at the clinic.', { minConfidence: 0 });
    expect(evs.map((e) => e.type)).toEqual(['death']);
  });

  test.each(NOT_EVENTS.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs } = events(c.text, { minConfidence: 0 });
    // Nothing at all: the sentences tell no other event either.
    expect(evs.map((e) => `${e.type}:${e.trigger.text}`)).toEqual([]);
    expect(c.text).toContain(c.word);
  });
});
