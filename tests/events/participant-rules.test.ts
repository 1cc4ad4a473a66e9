/**
 * Participant rules of this session (docs/events.md "Arguments"), each with a sentence of its own (none from a
 * data set, none from eval/gold/participants): coordinated verbs over an adverb, doers named by what they
 * did, telling versus saying, the speaker after a closing quote, parties to a meeting, the place of a death
 * told as the outcome of an event, places that are no doers or parties, and what a person owns.
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
  trigger: string;
  /** Role → head words; roles not listed must be absent. */
  heads: Record<string, string[]>;
}

const CASES: Case[] = [
  {
    rule: 'a verb coordinated after an adverb ("and badly injured") shares the first verb’s subject',
    text: 'Rebels killed four guards and badly injured two drivers on Tuesday.',
    trigger: 'injured',
    heads: { attacker: ['Rebels'], victim: ['drivers'] },
  },
  {
    rule: 'a doer named by what he did ("a sniper") is the attacker of a passive killing',
    text: 'The envoy was killed by a sniper near the bridge.',
    trigger: 'killed',
    heads: { victim: ['envoy'], attacker: ['sniper'], place: ['bridge'] },
  },
  {
    rule: 'what follows "said" is what was said, never a recipient',
    text: 'The Ostava Ministry said Dara Vek had left the country.',
    entities: [G('Ostava Ministry'), P('Dara Vek')],
    trigger: 'said',
    heads: { agent: ['Ministry'] },
  },
  {
    rule: 'the object of a verb of telling is who was told',
    text: 'The Ostava Ministry told reporters that the border was closed.',
    entities: [G('Ostava Ministry')],
    trigger: 'told',
    heads: { agent: ['Ministry'], recipient: ['reporters'] },
  },
  {
    rule: 'the subject of a passive verb of telling is who was told, the by-phrase who told',
    text: 'Dara Vek was told by Ostava Ministry officials that the border was closed.',
    entities: [G('Ostava Ministry'), P('Dara Vek')],
    trigger: 'told',
    heads: { recipient: ['Vek'], agent: ['officials'] },
  },
  {
    rule: 'a report verb right after a closing quote has its speaker after it, not inside the quote',
    text: 'Police arrested the driver in Kandar. "We will find the car before the weekend," said Dara Vek, a police spokesman.',
    entities: [P('Dara Vek'), L('Kandar')],
    trigger: 'said',
    heads: { agent: ['Vek'] },
  },
  {
    rule: 'a name in quotes is no quotation: the verb after its closing quote keeps the quoted name as subject',
    text: 'The so-called “Unity Council” did not announce a new date for the vote.',
    entities: [G('Unity Council')],
    trigger: 'announce',
    heads: { agent: ['Council'] },
  },
  {
    rule: 'the object of "met" is a party to the meeting',
    text: 'The foreign minister met his Zedland counterpart in the capital on Monday.',
    trigger: 'met',
    heads: { agent: ['minister'], participant: ['counterpart'], place: ['capital'] },
  },
  {
    rule: 'a death told in a participle clause of an explosion happened where the explosion did; a coordinated participle is no victim',
    text: 'A bomb exploded at a bus station in Kandar on Friday, killing six people and wounding ten.',
    entities: [L('Kandar')],
    trigger: 'killing',
    heads: { victim: ['people'], place: ['Kandar', 'station'] },
  },
  {
    rule: 'a death whose subject is an event noun with a locative happened there',
    text: 'The blast in Kandar killed three soldiers on Sunday.',
    entities: [L('Kandar')],
    trigger: 'killed',
    heads: { victim: ['soldiers'], place: ['Kandar'] },
  },
  {
    rule: 'a place before a relative "that" is where the event happened, not its doer',
    text: 'Militants claimed responsibility for the bombing at a mosque in Kandar that killed 12 worshippers.',
    entities: [L('Kandar')],
    trigger: 'bombing',
    heads: { attacker: ['Militants'], victim: ['worshippers'], place: ['Kandar', 'mosque'] },
  },
  {
    rule: 'places in a between-phrase locate; they are no parties',
    text: 'Two traders were abducted on the road between Kandar and Velo on Monday.',
    entities: [L('Kandar'), L('Velo')],
    trigger: 'abducted',
    heads: { victim: ['traders'], place: ['road'] },
  },
  {
    rule: 'what a person owns is not that person: the possessed noun heads the speaker',
    text: 'Dara Vek’s lawyers said on Monday that the charges were false.',
    entities: [P('Dara Vek')],
    trigger: 'said',
    heads: { agent: ['lawyers'] },
  },
];

function find(evs: readonly EventRecord[], trigger: string): EventRecord | undefined {
  return (
    evs.find((e) => e.trigger.text === trigger) ??
    evs.find((e) => (e.mentions ?? [e.trigger]).some((m) => m.text === trigger))
  );
}

describe('participant rules', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs } = events(c.text, { entities: c.entities ?? [], minConfidence: 0 });
    const e = find(evs, c.trigger);
    expect(e).toBeDefined();
    const byRole: Record<string, string[]> = {};
    for (const a of e!.arguments ?? [])
      if (a.sentence === e!.trigger.sentence) (byRole[a.role] ??= []).push(a.head.text);
    for (const list of Object.values(byRole)) list.sort();
    const want = Object.fromEntries(Object.entries(c.heads).map(([r, l]) => [r, [...l].sort()]));
    expect(byRole).toEqual(want);
  });

  test('a death dealt by an attack of the same sentence carries the attack’s weapon', () => {
    const { events: evs } = events('The bomb went off near a checkpoint, killing four policemen.', {
      minConfidence: 0,
    });
    expect(find(evs, 'killing')?.instrument?.text).toBe('bomb');
  });
});
