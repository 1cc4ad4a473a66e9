/**
 * Participant rules of session 14 (docs/events.md "Participants gold", participants2), each with a sentence of
 * its own (none from a data set, none from eval/gold/participants): modifiers inside a noun phrase (a demonym,
 * a participle, a hyphenated compound), conjuncts and role nouns of a subject, by-phrases of another noun,
 * attack nouns that take a territory, names before an event noun, in-phrases that locate nothing, weapon
 * platforms as doers, counted plurals and kin as people, and a named object coordinated with an unnamed one.
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
  /** The instrument's text, or null for none (unchecked when absent). */
  instrument?: string | null;
}

const CASES: Case[] = [
  {
    rule: 'a demonym before a noun modifies it: the noun heads the target',
    text: 'Gunmen attacked Kurdish militant positions near Kandar on Monday.',
    entities: [L('Kandar')],
    trigger: 'attacked',
    heads: { attacker: ['Gunmen'], target: ['positions'], place: ['Kandar'] },
  },
  {
    rule: 'a participle before its noun modifies it, and a counted plural is people',
    text: 'Soldiers shot dead three suspected smugglers near the river.',
    trigger: 'dead',
    heads: { agent: ['Soldiers'], victim: ['smugglers'] },
  },
  {
    rule: 'a hyphenated compound adjective modifies the noun after it',
    text: 'Police arrested a 30-year-old teacher in Kandar on Monday.',
    entities: [L('Kandar')],
    trigger: 'arrested',
    heads: { agent: ['Police'], patient: ['teacher'], place: ['Kandar'] },
  },
  {
    rule: 'a conjunct headed by a possessed noun is a subject as a bare name is',
    text: "Zedland's army and the Kharan Front signed a truce in Ostava on Sunday.",
    entities: [L('Zedland'), G('Kharan Front'), L('Ostava')],
    trigger: 'signed',
    heads: { agent: ['Front', 'Zedland'], place: ['Ostava'] },
  },
  {
    rule: 'a plural role noun with coordinated names in its of-phrase heads the subject',
    text: 'Defence ministers of Zedland and Ostava met in Kandar on Friday.',
    entities: [L('Zedland'), L('Ostava'), L('Kandar')],
    trigger: 'met',
    heads: { agent: ['Ostava', 'ministers'], place: ['Kandar'] },
  },
  {
    rule: 'a by-phrase after a participle that modifies another noun is not the event’s',
    text: 'The Kharan Front signed a truce after talks mediated by Ostava.',
    entities: [G('Kharan Front'), L('Ostava')],
    trigger: 'signed',
    heads: { agent: ['Front'] },
  },
  {
    rule: 'the of-object of an invasion is what was attacked, not where',
    text: "Zedland's invasion of Ostava began at dawn.",
    entities: [L('Zedland'), L('Ostava')],
    trigger: 'invasion',
    heads: { attacker: ['Zedland'], target: ['Ostava'] },
  },
  {
    rule: 'a city named before a meeting noun is where it was held',
    text: 'The ministers left the Kandar summit early on Monday.',
    entities: [L('Kandar')],
    trigger: 'summit',
    heads: { place: ['Kandar'] },
  },
  {
    rule: 'a term served in prison is no place',
    text: 'A judge in Kandar sentenced the smuggler to ten years in prison.',
    entities: [L('Kandar')],
    trigger: 'sentenced',
    // The prison is no place; the judge's own locative is where the sentence was passed (session 21).
    heads: { agent: ['judge'], patient: ['smuggler'], place: ['Kandar'] },
  },
  {
    rule: 'a stake in a company is no place',
    text: 'The Ostava Bank bought a stake in a Kandar brewery last year.',
    entities: [G('Ostava Bank'), L('Kandar')],
    trigger: 'bought',
    heads: { agent: ['Bank'], patient: ['stake'] },
  },
  {
    rule: 'a weapon platform as the subject of an attack verb is the doer, not also the weapon',
    text: 'Zedlandi helicopters attacked a convoy near Kandar on Tuesday.',
    entities: [L('Kandar')],
    trigger: 'attacked',
    heads: { attacker: ['helicopters'], target: ['convoy'], place: ['Kandar'] },
    instrument: null,
  },
  {
    rule: 'a plural noun and a past-tense verb are no compound noun ("drones attacked" is not "drone attack")',
    text: 'Drones attacked a fuel depot in Kandar overnight.',
    entities: [L('Kandar')],
    trigger: 'attacked',
    heads: { attacker: ['Drones'], target: ['depot'], place: ['Kandar'] },
  },
  {
    rule: 'a counted plural is people whatever its noun ("killing six traders")',
    text: 'Rebels shelled the market in Kandar, killing six traders.',
    entities: [L('Kandar')],
    trigger: 'killing',
    heads: { attacker: ['Rebels'], victim: ['traders'], place: ['Kandar'] },
  },
  {
    rule: 'a named object coordinated with an unnamed one: both are victims',
    text: 'Troops killed Dara Vek and his brother on Monday.',
    entities: [P('Dara Vek')],
    trigger: 'killed',
    heads: { attacker: ['Troops'], victim: ['Vek', 'brother'] },
  },
];

function find(evs: readonly EventRecord[], trigger: string): EventRecord | undefined {
  return (
    evs.find((e) => e.trigger.text === trigger) ??
    evs.find((e) => (e.mentions ?? [e.trigger]).some((m) => m.text === trigger))
  );
}

describe('participant rules, session 14', () => {
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
    if (c.instrument !== undefined) expect(e!.instrument?.text ?? null).toBe(c.instrument);
  });

  test('a weapon platform in a by-phrase is the weapon, not a doer', () => {
    const { events: evs } = events('Two guards were killed by a drone near the depot.', { minConfidence: 0 });
    const e = find(evs, 'killed');
    expect(e?.arguments?.filter((a) => a.role === 'attacker' || a.role === 'agent')).toEqual([]);
  });

  test.each([
    ['The union held its first meeting of its kind since the strike ended.', 'meeting'],
    ['It was the largest protest of this sort in the capital for a decade.', 'protest'],
    ['Rebels carried out an attack of that type on a convoy near the border on Monday.', 'attack'],
  ])('"of its kind" compares the event with others and names no one who took part: %s', (text, trigger) => {
    const { events: evs } = events(text, { minConfidence: 0 });
    const e = find(evs, trigger);
    expect(e).toBeDefined();
    expect(e!.arguments?.filter((a) => /kind|sort|type/.test(a.text))).toEqual([]);
  });

  test('a continent before an attack noun labels a series and is no place', () => {
    const { events: evs } = events('Security was tightened after the Africa bombings.', {
      entities: [L('Africa')],
      minConfidence: 0,
    });
    expect(find(evs, 'bombings')?.arguments?.some((a) => a.role === 'place')).toBe(false);
  });
});
