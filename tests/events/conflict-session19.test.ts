/**
 * Session 19 ("evprec"): attacks, deaths and protests of conflict news and their places. Sentences written for
 * the rules and their false senses; none is taken from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const KANDAR = { name: 'Kandar', type: 'place' as const };
const run = (text: string): EventRecord[] => allEvents(text, '2024-03-08', { entities: [KANDAR] });

/** The place arguments of the first event of `type`: head word, and whether the record marks it inherited. */
const places = (text: string, type: string): string[] =>
  (run(text).find((e) => e.type === type)?.arguments ?? [])
    .filter((a) => a.role === 'place')
    .map((a) => `${a.head.text}${a.inherited === true ? ' (inherited)' : ''}`);

describe('a death or injury told inside its attack takes the attack place, marked inherited', () => {
  it.each([
    ['Four soldiers were killed in an attack near Kandar on Tuesday.', 'killing'],
    ['Two guards were wounded during clashes in Kandar on Friday.', 'injury'],
    ['Six pilgrims were killed by an explosion at a shrine in Kandar.', 'killing'],
    // A participle clause of the attack's sentence, as before, now says the place is lent.
    ['A bomb exploded at a bus depot in Kandar on Monday, killing nine people.', 'killing'],
  ])('%s', (text, type) => {
    const got = places(text, type);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((p) => p.endsWith('(inherited)'))).toBe(true);
    expect(run(text).find((e) => e.type === type)?.place).toBeDefined();
  });

  it('the attack keeps its own place, not marked', () => {
    expect(places('Four soldiers were killed in an attack near Kandar on Tuesday.', 'attack')).toEqual(['Kandar']);
  });

  it.each([
    // The death's own locative is its own.
    ['Four soldiers were killed in Kandar in an attack on a checkpoint.', 'killing', ['Kandar']],
    // A death told in a sentence of its own lends nothing from the attack of the previous sentence.
    ['Gunmen attacked a checkpoint in Kandar on Tuesday. Four soldiers were killed.', 'killing', []],
  ])('%s', (text, type, want) => {
    expect(places(text, type)).toEqual(want);
  });
});
