/**
 * Arguments with their words (`event.arguments`, schema 2.1): each rule of docs/events.md "Arguments" that
 * fills a role from a phrase naming no entity, or moves an entity argument's head to the word the text
 * uses, has a sentence of its own here. None is taken from a data set.
 */
import { events, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const L = (name: string): EntitySpec => ({ name, type: 'place' });
const G = (name: string): EntitySpec => ({ name, type: 'group' });
const P = (name: string): EntitySpec => ({ name, type: 'person' });

interface Case {
  rule: string;
  text: string;
  entities?: EntitySpec[];
  /** The event whose trigger is this word. */
  trigger: string;
  /** Role → head words, in text order; roles not listed must be absent. */
  heads: Record<string, string[]>;
  /** Role → entity names for arguments that name one. */
  entities_?: Record<string, string[]>;
}

const CASES: Case[] = [
  {
    rule: 'passive with a by-phrase: the subject is the victim, the by-phrase the attacker; a locative phrase with a word for a place is the place',
    text: 'The mayor was killed by a gunman outside his house.',
    trigger: 'killed',
    heads: { victim: ['mayor'], attacker: ['gunman'], place: ['house'] },
  },
  {
    rule: 'active transitive: subject attacker, object victim (with a figure lead)',
    text: 'Militants killed at least two soldiers near the border on Sunday.',
    trigger: 'killed',
    heads: { attacker: ['Militants'], victim: ['soldiers'], place: ['border'] },
  },
  {
    rule: '"left N dead": the subject of a predicative adjective undergoes the event',
    text: 'The ambush left eight policemen dead.',
    trigger: 'dead',
    heads: { victim: ['policemen'] },
  },
  {
    rule: 'a reduced passive (headline participle with no auxiliary and no object) has its subject as victim',
    text: 'Four guards killed in raid on prison',
    trigger: 'killed',
    heads: { victim: ['guards'], place: ['prison'] },
  },
  {
    rule: '"attack on X": the object of "on" right after an attack noun is its target',
    text: 'Gunmen carried out an attack on a police station in the capital.',
    trigger: 'attack',
    heads: { attacker: ['Gunmen'], target: ['station'], place: ['capital'] },
  },
  {
    rule: 'an unresolved pronoun is kept as the argument head (a shooting is an attack: its patient is the target)',
    text: 'He was shot outside a mosque.',
    trigger: 'shot',
    heads: { target: ['He'], place: ['mosque'] },
  },
  {
    rule: 'a weapon is not the attacker ("a roadside bomb killed")',
    text: 'A roadside bomb killed three soldiers.',
    trigger: 'killed',
    heads: { victim: ['soldiers'] },
  },
  {
    rule: 'a name modifying the nouns after it: the head is the noun, the entity is linked',
    text: 'Taliban fighters attacked a checkpoint.',
    entities: [G('Taliban')],
    trigger: 'attacked',
    heads: { attacker: ['fighters'], target: ['checkpoint'] },
    entities_: { attacker: ['Taliban'] },
  },
  {
    rule: 'a relative pronoun after an entity: the pronoun is the head, linked to its antecedent',
    text: 'Police said Omar Said, who died on Friday, had been shot in the chest.',
    entities: [P('Omar Said')],
    trigger: 'died',
    heads: { victim: ['who'] },
    entities_: { victim: ['Omar Said'] },
  },
  {
    rule: 'a place named right before "which" is where the event happened, not who did it',
    text: 'Two bombs exploded at a market in Kandar, which killed five people.',
    entities: [L('Kandar')],
    trigger: 'killed',
    heads: { victim: ['people'] },
  },
  {
    rule: 'coordinated subject phrases are all victims',
    text: 'Four workers and two soldiers were killed.',
    trigger: 'killed',
    heads: { victim: ['soldiers', 'workers'] },
  },
  {
    rule: 'a thing is not a doer ("the opportunity to attack")',
    text: 'The rebels saw an opportunity to attack the garrison.',
    trigger: 'attack',
    heads: { target: ['garrison'] },
  },
  {
    rule: 'a possessor before a word for people: the head is that word, the entity the possessor',
    text: "The Kardian army's soldiers attacked the village.",
    entities: [G('Kardian army')],
    trigger: 'attacked',
    heads: { attacker: ['soldiers'], target: ['village'] },
    entities_: { attacker: ['Kardian army'] },
  },
  {
    rule: 'a possessor before a word for a thing: the entity itself is the doer ("the Front\'s decision to attack")',
    text: "The Liberation Front's decision to attack the depot surprised observers.",
    entities: [G('Liberation Front')],
    trigger: 'attack',
    heads: { attacker: ['Front'], target: ['depot'] },
  },
  {
    rule: 'the subject of an intransitive explosion verb is the device, not a doer',
    text: 'They exploded one after another in the market.',
    trigger: 'exploded',
    heads: { place: ['market'] },
  },
  {
    rule: 'a reflexive explosion ("blew himself up") keeps its doer',
    text: 'A suicide bomber blew himself up at a checkpoint.',
    trigger: 'blew',
    heads: { attacker: ['bomber'], place: ['checkpoint'] },
  },
];

function find(evs: readonly EventRecord[], trigger: string): EventRecord | undefined {
  return evs.find((e) => (e.mentions ?? [e.trigger]).some((m) => m.text === trigger));
}

describe('event arguments with their words', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs, names } = events(c.text, { entities: c.entities ?? [], minConfidence: 0 });
    // Result words folded into a cause are events of their own: take the one whose mention is the trigger.
    const e =
      find(
        evs.filter((x) => x.trigger.text === c.trigger),
        c.trigger,
      ) ?? find(evs, c.trigger);
    expect(e).toBeDefined();
    const byRole: Record<string, string[]> = {};
    const named: Record<string, string[]> = {};
    for (const a of e!.arguments ?? []) {
      (byRole[a.role] ??= []).push(a.head.text);
      if (a.entity) (named[a.role] ??= []).push(names.get(a.entity) ?? a.entity);
      expect(c.text.slice(a.start, a.end)).toBe(a.text);
      expect(c.text.slice(a.head.start, a.head.end)).toBe(a.head.text);
    }
    for (const list of Object.values(byRole)) list.sort();
    const want = Object.fromEntries(Object.entries(c.heads).map(([r, l]) => [r, [...l].sort()]));
    expect(byRole).toEqual(want);
    for (const [role, list] of Object.entries(c.entities_ ?? {})) expect(named[role]).toEqual(list);
  });
});
