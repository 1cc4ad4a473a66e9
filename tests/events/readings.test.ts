/**
 * Trigger readings and statuses added for issue 14's precision and weak types: each rule in docs/events.md
 * that decides whether a word is an event of a type, or whether it happened, has a sentence of its own
 * here. None is taken from a data set.
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
    rule: 'a base-form verb after a comparative and before a noun modifies the noun ("longer jail sentences")',
    text: 'The minister wants longer jail terms for smugglers.',
    expect: [],
  },
  {
    rule: 'a base-form verb after a preposition and before a noun modifies the noun ("for arrest warrants")',
    text: 'Prosecutors applied for arrest warrants on Monday.',
    expect: [],
  },
  {
    rule: 'a title-case headline: capitals say nothing about names, so event nouns in it are triggers',
    text: 'Police Arrest Four Men After Bombing In Northern Town',
    expect: ['arrest:Arrest:occurred', 'attack:Bombing:occurred'],
  },
  {
    rule: '"shooting incidents": a noun of occurrence after an event noun keeps the event reading',
    text: 'Police recorded two shooting incidents in the port.',
    expect: ['attack:shooting:occurred'],
  },
  {
    rule: 'an attempted killing ("tried to kill") is an attack that took place, not a killing',
    text: 'Gunmen tried to kill the governor on Monday.',
    expect: ['attack:kill:occurred'],
  },
  {
    rule: 'an assassination attempt, failed or not, is an attack that took place',
    text: 'Nine men were charged over the failed assassination attempt on the senator.',
    expect: ['charge:charged:occurred', 'attack:assassination:occurred'],
  },
  {
    rule: 'a negated trying verb keeps the attempt from having happened',
    text: 'The rebels did not try to kill the envoy.',
    expect: ['attack:kill:planned'],
  },
  {
    rule: 'a negated verb says something of its subject event; the event still happened',
    text: 'The blast did not damage the nearby mosque.',
    expect: ['attack:blast:occurred'],
  },
  {
    rule: 'a negated verb of occurring negates its subject event',
    text: 'The planned meeting between the two ministers did not take place.',
    expect: ['meeting:meeting:negated'],
  },
  {
    rule: '"took to the streets" is a protest',
    text: 'Thousands of teachers took to the streets of the capital on Saturday.',
    expect: ['protest:took:occurred'],
  },
  {
    rule: 'a clash fought by protesters is a riot (violent demonstration), not a battle',
    text: 'Protesters clashed with riot police outside the parliament.',
    expect: ['riot:clashed:occurred'],
  },
  {
    rule: 'a clash between armed groups stays an armed clash',
    text: 'Rebels clashed with troops near the border.',
    expect: ['attack:clashed:occurred'],
  },
];

describe('trigger readings and statuses', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs } = events(c.text, { minConfidence: 0 });
    expect(evs.map((e) => `${e.type}:${e.trigger.text}:${e.status}`)).toEqual(c.expect);
  });
});
