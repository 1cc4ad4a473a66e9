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
    // "on prison" is the raid's (what it attacked), not the killing's: phrases after an event noun are its own.
    heads: { victim: ['guards'] },
  },
  {
    rule: 'the object of "on" after a raid in a headline is what the raid attacked',
    text: 'Four guards killed in raid on prison',
    trigger: 'raid',
    heads: { victim: ['guards'], target: ['prison'] },
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
  {
    rule: 'a result participle whose object opens with an adjective is active ("which injured several people")',
    text: 'A blast which injured several people hit the town.',
    trigger: 'injured',
    heads: { victim: ['people'] },
  },
  {
    rule: 'a word for people tagged as an adjective heads its phrase when no noun follows ("a major general")',
    text: 'A major general was killed in the town by a bomb.',
    trigger: 'killed',
    heads: { victim: ['general'], place: ['town'] },
  },
  {
    rule: 'a verb coordinated after an earlier verb phrase shares its subject',
    text: 'They killed 23 soldiers and injured another 15.',
    trigger: 'injured',
    heads: { attacker: ['They'], victim: ['15'] },
  },
  {
    rule: 'a vague quantity noun stands for people ("Scores died")',
    text: 'Scores died in the attacks.',
    trigger: 'died',
    heads: { victim: ['Scores'] },
  },
  {
    rule: 'a figure before "more" is the subject ("five more were wounded")',
    text: 'A man was killed and five more were wounded in the clash.',
    trigger: 'wounded',
    heads: { victim: ['five'] },
  },
  {
    rule: 'an apposition between commas is read over; a role before "of" heads the subject, linked to the group',
    text: "A local commander of Zedland's Defence Forces, a veteran militia, was also killed.",
    entities: [L('Zedland'), G('Defence Forces')],
    trigger: 'killed',
    heads: { victim: ['commander'] },
    entities_: { victim: ['Defence Forces'] },
  },
  {
    rule: 'a comma list closed by "and" under a preposition gives every phrase; a gerund after "the" takes its "of"-phrase',
    text: 'They deplored the maiming of men, women and children.',
    trigger: 'maiming',
    heads: { victim: ['children', 'men', 'women'] },
  },
  {
    rule: 'a result folded into a cause of its sentence takes the cause’s doer ("…, killing six soldiers")',
    text: 'A suicide bomber blew himself up at a checkpoint, killing six soldiers.',
    trigger: 'killing',
    // The death told in the participle clause happened where the bomber blew himself up.
    heads: { attacker: ['bomber'], victim: ['soldiers'], 'place (inherited)': ['checkpoint'] },
  },
  {
    rule: 'a second participle after "and" in a participle clause has no subject of its own words: the cause lends its doer',
    text: 'Militants launched attacks across the city, killing 30 people and injuring dozens more.',
    trigger: 'injuring',
    heads: { attacker: ['Militants'], victim: ['dozens'], 'place (inherited)': ['city'] },
  },
  {
    rule: 'what a detonation verb acts on is the device, not a target',
    text: 'They carried the bombs to the square before detonating them.',
    trigger: 'detonating',
    heads: {},
  },
  {
    rule: 'a result adjective after an active verb ("shot dead"): the subject is the doer, the phrase after it the victim',
    text: 'Gunmen shot dead five people.',
    trigger: 'dead',
    heads: { agent: ['Gunmen'], victim: ['people'] },
  },
  {
    rule: 'a reduced "shot dead by" between dashes: the name before it is the victim, the by-phrase the doer',
    text: 'The suspect, Omar Zed – shot dead by police – had fled.',
    entities: [P('Omar Zed')],
    trigger: 'dead',
    heads: { agent: ['police'], victim: ['Zed'] },
    entities_: { victim: ['Omar Zed'] },
  },
  {
    rule: 'a place in the adverbial opening the sentence, after a time, is the place',
    text: 'On Monday in Kandar, a bomber blew himself up.',
    entities: [L('Kandar')],
    trigger: 'blew',
    heads: { attacker: ['bomber'], place: ['Kandar'] },
  },
  {
    rule: 'the antecedent of a relative "where" is the place; a name modifying nouns after it gives the noun as head',
    text: 'The worst explosion was at the busy Kardia Street bus station, where at least six people were killed.',
    entities: [L('Kardia Street')],
    trigger: 'killed',
    heads: { victim: ['people'], place: ['station'] },
  },
  {
    rule: 'places joined by "and" are all places of the event',
    text: 'Fighters were killed in attacks in Badia and Sukhna.',
    entities: [L('Badia'), L('Sukhna')],
    trigger: 'attacks',
    heads: { victim: ['Fighters'], place: ['Badia', 'Sukhna'] },
  },
  {
    rule: 'a place after a comma is the larger place the first lies in, not a second place',
    text: 'Gunmen attacked a camp in Helmand Province, Zedland.',
    entities: [L('Helmand Province'), L('Zedland')],
    trigger: 'attacked',
    heads: { attacker: ['Gunmen'], target: ['camp'], place: ['Province'] },
  },
  {
    rule: 'a named place right after a word for a kind of place locates it: both are given',
    text: 'A device exploded, wounding 13 people on a busy street in the city of Lyon.',
    entities: [L('Lyon')],
    trigger: 'wounding',
    heads: { victim: ['people'], place: ['Lyon', 'street'] },
  },
  {
    rule: 'the "of"-phrase of an attack naming a settlement is where it happened, not a target',
    text: 'The bombing of the city caused chaos.',
    trigger: 'bombing',
    heads: { place: ['city'] },
  },
  {
    rule: 'what an attack noun as subject of "target" hits is its target',
    text: 'The explosion targeted a bakery on the central street.',
    trigger: 'explosion',
    heads: { target: ['bakery'], place: ['street'] },
  },
  {
    rule: 'the subject of a passive verb of destruction with an attack noun as by-agent is its target; its locative the place',
    text: 'The federal building in Zedland was shattered by an explosion.',
    entities: [L('Zedland')],
    trigger: 'explosion',
    heads: { target: ['building'], place: ['Zedland'] },
  },
  {
    rule: 'whoever accepts responsibility for an attack is its attacker',
    text: 'The Kardian Front accepted responsibility for the bombings.',
    entities: [G('Kardian Front')],
    trigger: 'bombings',
    heads: { attacker: ['Front'] },
  },
  {
    rule: 'the subject of "involved in" an attack is its attacker',
    text: 'Investigators said 34 people are involved in the assassination attempt.',
    trigger: 'assassination',
    heads: { attacker: ['people'] },
  },
  {
    rule: 'a participle before an attack noun is read over to "involved in" ("the failed assassination attempt")',
    text: 'Investigators said 34 people are involved in the failed assassination attempt.',
    trigger: 'assassination',
    heads: { attacker: ['people'] },
  },
  {
    rule: 'a gerund coordinated with a noun is a noun: it takes its "of"-phrase ("the slaughter and maiming of")',
    text: 'They deplored the slaughter and maiming of men, women and children.',
    trigger: 'maiming',
    heads: { victim: ['children', 'men', 'women'] },
  },
  {
    rule: 'an adjective between a figure and its noun stays in the phrase ("seven more demonstrators")',
    text: 'The opposition called for protests following the slaying of seven more demonstrators.',
    trigger: 'slaying',
    heads: { victim: ['demonstrators'] },
  },
  {
    rule: 'a phrase naming nobody ("no group") fills no role',
    text: 'No group has claimed responsibility for the explosion.',
    trigger: 'explosion',
    heads: {},
  },
  {
    rule: 'an event is not what an attack hits',
    text: 'The region sees frequent attacks on security forces and assassinations.',
    trigger: 'attacks',
    heads: { target: ['forces'] },
  },
  {
    rule: 'phrases after an event noun belong to it, not to the verb before ("killed in an attack on a market in Kandar")',
    text: 'Five people were killed in an attack on a market in Kandar.',
    entities: [L('Kandar')],
    trigger: 'killed',
    // Session 19: the deaths take the attack's place, marked as inherited (not words of their own clause).
    heads: { victim: ['people'], 'place (inherited)': ['Kandar'] },
  },
  {
    rule: 'an auxiliary after the trigger opens another clause: its phrases are not the event’s',
    text: 'Of the 130 injured, 77 were women out shopping in the city centre.',
    trigger: 'injured',
    heads: { victim: ['130'] },
  },
  {
    rule: 'a fight named with its two sides: the first side is the attacker, the second the side attacked (ACLED actor 1 and 2)',
    text: 'A fierce battle between soldiers and smugglers near the border left two villagers dead.',
    trigger: 'battle',
    heads: { attacker: ['soldiers'], target: ['smugglers'], victim: ['villagers'], place: ['border'] },
  },
  {
    rule: 'a fight between two named sides: the first named side attacks, the second is attacked',
    text: 'Heavy clashes between the Kharan Front and the Ostava Guard were reported overnight.',
    entities: [G('Kharan Front'), G('Ostava Guard')],
    trigger: 'clashes',
    heads: { attacker: ['Front'], target: ['Guard'] },
  },
  {
    rule: 'a quoted name before a noun for the kind of organisation it is: the name is the doer, not the noun',
    text: 'The "Velvet Hand" militant group attacked a convoy outside the port.',
    trigger: 'attacked',
    heads: { attacker: ['Hand'], target: ['convoy'], place: ['port'] },
  },
  {
    rule: 'a named group before a noun for its kind keeps its name as head; a name before a member noun does not',
    text: 'The Kharan Front militia ambushed six Ostava Guard soldiers on the highway.',
    entities: [G('Kharan Front'), G('Ostava Guard')],
    trigger: 'ambushed',
    heads: { attacker: ['Front'], target: ['soldiers'], place: ['highway'] },
  },
  {
    rule: 'an attacker crashing a vehicle over a participle phrase: the subject is the attacker, what it crashed into the target',
    text: 'A suicide bomber driving a van packed with explosives crashed into an army patrol near the bridge.',
    trigger: 'crashed',
    heads: { attacker: ['bomber'], target: ['patrol'], place: ['bridge'] },
  },
  {
    rule: 'a title right before a person name with no comma is a close apposition: the person is the argument',
    text: 'Gunmen ambushed the provincial governor Omar Tasi near the border.',
    entities: [P('Omar Tasi')],
    trigger: 'ambushed',
    heads: { attacker: ['Gunmen'], target: ['Tasi'], place: ['border'] },
    entities_: { target: ['Omar Tasi'] },
  },
  {
    rule: 'the by-phrase of "attended" names who took part, not who held the event',
    text: 'Students held a rally attended by Ana Brel.',
    entities: [P('Ana Brel')],
    trigger: 'rally',
    heads: { agent: ['Students'], participant: ['Brel'] },
    entities_: { participant: ['Ana Brel'] },
  },
  {
    rule: '"it" opening the clause of a reporting verb whose speaker is a company named by no entity stands for the speaker',
    text: 'The company said it will merge with a rival.',
    trigger: 'merge',
    heads: { agent: ['it'], participant: ['rival'] },
  },
  {
    rule: '"it" after "<country> said that" is the country speaking as a state: the agent, linked to the country',
    text: 'Zedland said that it would hold talks with Ostava.',
    entities: [L('Zedland'), L('Ostava')],
    trigger: 'talks',
    heads: { agent: ['it'], participant: ['Ostava'] },
    entities_: { agent: ['Zedland'], participant: ['Ostava'] },
  },
  {
    rule: '"it" after a person speaking is not the speaker: no agent',
    text: 'The spokesman said it will merge with a rival.',
    trigger: 'merge',
    heads: { participant: ['rival'] },
  },
  {
    rule: 'an apposition ending in a list of nouns is read over to the subject before it',
    text: 'Harwell Foods, a seller of fruit, vegetables and other goods, said it would merge with a rival.',
    entities: [G('Harwell Foods')],
    trigger: 'said',
    heads: { agent: ['Foods'] },
    entities_: { agent: ['Harwell Foods'] },
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
      (byRole[a.inherited === true ? `${a.role} (inherited)` : a.role] ??= []).push(a.head.text);
      if (a.entity) (named[a.role] ??= []).push(names.get(a.entity) ?? a.entity);
      expect(c.text.slice(a.start, a.end)).toBe(a.text);
      expect(c.text.slice(a.head.start, a.head.end)).toBe(a.head.text);
    }
    for (const list of Object.values(byRole)) list.sort();
    const want = Object.fromEntries(Object.entries(c.heads).map(([r, l]) => [r, [...l].sort()]));
    expect(byRole).toEqual(want);
    for (const [role, list] of Object.entries(c.entities_ ?? {})) expect(named[role]).toEqual(list);
  });

  test('a company that said it will merge is the agent of the planned merger, which is kept at the default confidence', () => {
    const text = "Harwell's Market Co., a grocer, said it will merge with a new company formed by the owners.";
    const { events: evs } = events(text, { entities: [P('Harwell')] });
    const merger = evs.find((e) => e.trigger.text === 'merge');
    expect(merger?.status).toBe('planned');
    expect(merger?.arguments?.find((a) => a.role === 'agent')?.head.text).toBe('it');
  });

  test('a result naming its own doer in a new sentence is another event, not the last attack’s consequence', () => {
    const text = 'Gunmen attacked a market in Kandar. The attacker, Omar Zed – shot dead by police – had fled.';
    const { events: evs } = events(text, { entities: [L('Kandar'), P('Omar Zed')], minConfidence: 0 });
    const dead = evs.find((e) => e.trigger.text === 'dead');
    const attack = evs.find((e) => e.trigger.text === 'attacked');
    expect(dead?.cause).toBeUndefined();
    expect(attack?.arguments?.map((a) => a.head.text).sort()).toEqual(['Gunmen', 'Kandar', 'market']);
  });
});
