/**
 * Session 19 ("evprec"): attacks, deaths and protests of conflict news and their places. Sentences written for
 * the rules and their false senses; none is taken from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const KANDAR = { name: 'Kandar', type: 'place' as const };
const run = (text: string): EventRecord[] =>
  allEvents(text, '2024-03-08', { entities: text.includes('Kandar') ? [KANDAR] : [] });

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

/** Every event found in `text`, as type (with subtype) and trigger word. */
const found = (text: string): string[] =>
  run(text).map((e) => `${e.type}${e.subtype ? `/${e.subtype}` : ''}:${e.trigger.text}`);

describe('an attacker or a weapon that strikes, hits or tears through something is an attack', () => {
  it.each([
    ['A suicide bomber struck a crowded mosque in Kandar during Friday prayers.', 'attack:struck'],
    ['Militants struck a military convoy on the highway north of Kandar.', 'attack:struck'],
    ['Two rockets hit a girls school in Kandar on Monday.', 'attack/shelling:hit'],
    ['The fuel depot was struck by a drone before dawn.', 'attack/air-strike:struck'],
    ['A car bomb ripped through a busy vegetable market in Kandar.', 'attack/explosion:ripped'],
    ['A bomb tore through a police checkpoint on the airport road.', 'attack/explosion:tore'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  it.each([
    // Workers strike; a storm or an earthquake strikes (its noun is the event); firms strike deals.
    'Dock workers struck for a second day over unpaid wages.',
    'A violent storm struck the coast of Kandar overnight.',
    'The two airlines struck a deal to share routes.',
    'The rebels struck a deal with the government on prisoner releases.',
    'The speech struck a chord with young voters.',
    // A fire tears through a building; a vehicle hits a pedestrian; a striker hits the post.
    'A fire tore through a textile warehouse in Kandar on Sunday.',
    'The pedestrian was hit by a delivery van on the ring road.',
    'Their striker hit the post twice in the first half.',
    'Shares in the arms maker hit a record high on Monday.',
  ])('%s', (text) => {
    expect(run(text).filter((e) => e.type === 'attack')).toEqual([]);
  });
});

describe('setting fire to a building is arson (property destruction, as "torched")', () => {
  it('Rioters set fire to a police station and two banks in Kandar.', () => {
    expect(found('Rioters set fire to a police station and two banks in Kandar.')).toContain('looting:set fire');
  });

  it('what an explosion sets on fire is no arson of its own', () => {
    expect(found('A gas main exploded under the market. The explosion set fire to a shop.')).not.toContain(
      'looting:set fire',
    );
    expect(found('In the night the protesters set fire to two buses.')).toContain('looting:set fire');
  });

  it('setting fire to oneself is not arson', () => {
    expect(found('A street vendor set fire to himself outside the governor office.')).not.toContain('looting:set fire');
  });
});

describe('"spread" after an event noun, before a preposition, is the verb the tagger read as a noun', () => {
  it.each([
    ['Protests spread to three more cities on Tuesday.', 'protest:Protests'],
    ['The riots spread across the northern suburbs overnight.', 'riot:riots'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  it('a noun "spread" stays a noun', () => {
    // A spread of pages: the event word modifies it and names no event.
    expect(found('The magazine ran a four-page election spread on Sunday.')).not.toContain('election:election');
  });
});

describe('a definite weapon that kills in the next sentence retells the attack before it', () => {
  const attack = (text: string): EventRecord | undefined => run(text).find((e) => e.type === 'attack');

  it('a second report of the toll joins the attack count as its range', () => {
    const text =
      'Officials said three people were killed when a bomb tore through a cafe in Kandar. ' +
      'But a local radio station said the bomb killed nine people.';
    expect(attack(text)?.casualties?.killed).toMatchObject({ value: 3, min: 3, max: 9 });
  });

  it('an indefinite weapon names another attack', () => {
    const text =
      'Officials said three people were killed when a bomb tore through a cafe in Kandar. ' +
      'Later a second bomb killed nine people at a bus stop.';
    expect(attack(text)?.casualties?.killed).toMatchObject({ value: 3, min: 3, max: 3 });
  });
});
