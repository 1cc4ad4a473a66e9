/**
 * Readings added for issue 14's WikiEvents precision (session 8): law enforcement is not an attack, an
 * accidental explosion is an accident wherever the article tells it, a crowd that takes to the streets
 * to vote is not protesting. Each rule in docs/events.md has a sentence of
 * its own here; none is taken from a data set.
 */
import { events } from './builders.js';

interface Case {
  rule: string;
  text: string;
  /** Events as "type:trigger:status", in text order (all of them, weak ones included). */
  expect: string[];
}

const CASES: Case[] = [
  {
    rule: 'a raid launched by the police is law enforcement, not an attack',
    text: 'Detectives and police officers launched raids on three flats in Leeds on Tuesday.',
    expect: [],
  },
  {
    rule: 'a later "the raids" with no doer of its own is the same police operation',
    text: 'Police launched raids in the harbour district overnight. Neighbours heard dogs barking during the raids.',
    expect: [],
  },
  {
    rule: 'a police raid in which someone is shot stays an attack',
    text: 'Police raided a farmhouse near the border, and two suspects were shot dead.',
    expect: ['attack:raided:occurred', 'death:dead:occurred'],
  },
  {
    rule: 'a raid by an armed group stays an attack',
    text: 'Rebels raided an army post near the border on Sunday.',
    expect: ['attack:raided:occurred'],
  },
  {
    rule: 'an operation the authorities order against a group is law enforcement',
    text: 'The ministers authorised an operation against the smuggling gang.',
    expect: [],
  },
  {
    rule: 'a gas explosion is an accident, not an attack',
    text: 'A gas explosion destroyed a bakery in the old town on Friday.',
    expect: ['accident:explosion:occurred'],
  },
  {
    rule: 'an explosion with no doer in an article that calls its explosions accidental is that accident',
    text: 'Four miners hurt in blast\nFour miners were injured in an accidental explosion at a quarry on Monday.',
    // The headline and the lead tell one accident and one injury (merged).
    expect: ['injury:hurt:occurred', 'accident:blast:occurred'],
  },
  {
    rule: '"took to the streets to vote" is not a protest',
    text: 'Millions of citizens took to the streets to vote in the referendum.',
    expect: ['election:vote:planned', 'election:referendum:occurred'],
  },
  {
    rule: '"took to the streets to demand" stays a protest',
    text: 'Thousands of nurses took to the streets to demand higher pay.',
    expect: ['protest:took:occurred'],
  },
  {
    rule: 'a present-tense "continue to" names a habit: generic',
    text: 'Smugglers who continue to attack border guards operate from the hills.',
    expect: ['attack:attack:generic'],
  },
  {
    rule: 'a past "continued to" tells what went on that day: ongoing',
    text: 'The rebels continued to attack the garrison until dawn.',
    expect: ['attack:attack:ongoing'],
  },
];

describe('readings for WikiEvents precision', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs } = events(c.text, { minConfidence: 0 });
    expect(evs.map((e) => `${e.type}:${e.trigger.text}:${e.status}`)).toEqual(c.expect);
  });
});
