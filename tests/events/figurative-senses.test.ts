/**
 * Senses of violence, arrest and protest words that name no such event (session 15, issue 14 precision): a
 * medical "attack" or "arrest", words killed or executed that are no one, filming, figures that explode or
 * shoot up, markets that rally, critics who attack, a film that bombs. Each rule has a sentence of its own
 * beside one where the word keeps its event; none is taken from a data set.
 */
import { events } from './builders.js';

interface Case {
  rule: string;
  text: string;
  /** The trigger word looked at. */
  word: string;
  /** The type of the event at that word, or null for none. */
  type: string | null;
}

const CASES: Case[] = [
  {
    rule: 'a heart attack is an illness',
    text: 'The former mayor died of a heart attack at home.',
    word: 'attack',
    type: null,
  },
  {
    rule: 'a panic attack is an illness',
    text: 'The pilot suffered a panic attack before landing.',
    word: 'attack',
    type: null,
  },
  {
    rule: 'an attack on a convoy stays an attack',
    text: 'Rebels staged an attack on a convoy near the pass.',
    word: 'attack',
    type: 'attack',
  },
  {
    rule: 'cardiac arrest is no detention',
    text: 'The runner went into cardiac arrest after the race.',
    word: 'arrest',
    type: null,
  },
  {
    rule: 'an arrest by police stays an arrest',
    text: 'The arrest of the suspect by police came after a long chase.',
    word: 'arrest',
    type: 'arrest',
  },
  {
    rule: 'a bill is killed without a death',
    text: 'The upper house killed the bill on Thursday.',
    word: 'killed',
    type: null,
  },
  {
    rule: 'talks killed in the passive are no one',
    text: 'The talks were killed by new demands from both sides.',
    word: 'killed',
    type: null,
  },
  {
    rule: 'people killed stay a killing',
    text: 'The gunmen killed two guards at the gate.',
    word: 'killed',
    type: 'killing',
  },
  {
    rule: 'a plan is executed without a death',
    text: 'The engineers executed the plan without delay.',
    word: 'executed',
    type: null,
  },
  {
    rule: 'prisoners executed stay a killing',
    text: 'The militia executed four prisoners at dawn.',
    word: 'executed',
    type: 'killing',
  },
  {
    rule: 'a film is shot without a shot fired',
    text: 'The film was shot in the northern desert.',
    word: 'shot',
    type: null,
  },
  { rule: 'figures that shoot up rise', text: 'Fuel prices shot up after the storm.', word: 'shot', type: null },
  {
    rule: 'shooting to fame is no shooting',
    text: 'The young singer shot to fame with her first song.',
    word: 'shot',
    type: null,
  },
  {
    rule: 'a village shot up stays an attack',
    text: 'Gunmen shot up the village market.',
    word: 'shot',
    type: 'attack',
  },
  {
    rule: 'a figure that explodes grows',
    text: 'Online sales exploded during the winter.',
    word: 'exploded',
    type: null,
  },
  {
    rule: 'a bomb that explodes stays an attack',
    text: 'A bomb exploded near the bus station.',
    word: 'exploded',
    type: 'attack',
  },
  {
    rule: 'a currency that rallies rises',
    text: 'The dollar rallied against the yen on Tuesday.',
    word: 'rallied',
    type: null,
  },
  {
    rule: 'shares of a company that rally rise',
    text: 'Shares of the airline rallied after the results.',
    word: 'rallied',
    type: null,
  },
  {
    rule: 'rallying behind someone is support',
    text: 'Party members rallied behind the new leader.',
    word: 'rallied',
    type: null,
  },
  {
    rule: 'people who rally against a law protest',
    text: 'Thousands of farmers rallied against the new tax.',
    word: 'rallied',
    type: 'protest',
  },
  {
    rule: 'protesting one’s innocence is no protest',
    text: 'The accused protested his innocence in court.',
    word: 'protested',
    type: null,
  },
  {
    rule: 'critics attack with words',
    text: 'Critics attacked the museum for its new entry fee.',
    word: 'attacked',
    type: null,
  },
  {
    rule: 'attacked by critics is criticism',
    text: 'The coach was attacked by commentators after the defeat.',
    word: 'attacked',
    type: null,
  },
  { rule: 'a film that bombs fails', text: 'The sequel bombed at the box office.', word: 'bombed', type: null },
  {
    rule: 'aircraft that bomb a town attack it',
    text: 'Warplanes bombed the town overnight.',
    word: 'bombed',
    type: 'attack',
  },
];

describe('figurative senses of violence, arrest and protest words', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs } = events(c.text, { minConfidence: 0 });
    const at = evs.filter((e) => (e.mentions ?? [e.trigger]).some((m) => m.text === c.word));
    if (c.type === null) expect(at.map((e) => e.type)).toEqual([]);
    else expect(at.map((e) => e.type)).toContain(c.type);
  });
});
