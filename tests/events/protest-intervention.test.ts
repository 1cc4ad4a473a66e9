/**
 * Session 19 (the lead): a protest the police intervene in (ACLED's "Protest with intervention"). Sentences
 * written for the rule and its false senses; none is taken from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string): EventRecord[] => allEvents(text, '2024-03-08');
const protests = (text: string): EventRecord[] => run(text).filter((e) => e.type === 'protest');

describe('an intervention in a protest is a protest with intervention', () => {
  it.each([
    'Police dispersed the demonstrators with tear gas on Saturday.',
    'Riot police fired tear gas at protesters outside the ministry on Friday.',
    'Police broke up a rally in the main square on Sunday.',
    'Police used water cannon to disperse the marchers on Monday.',
    'The protesters were dispersed by riot police on Monday.',
  ])('%s', (text) => {
    const p = protests(text);
    expect(p).toHaveLength(1);
    expect(p[0]!.subtype).toBe('intervention');
    expect(p[0]!.acledSubEvent).toBe('Protest with intervention');
    expect(p[0]!.status).toBe('occurred');
  });

  it('an intervention after the protest in its paragraph is that protest, not a second row', () => {
    const p = protests('Thousands protested in the capital on Saturday. Police fired rubber bullets at the crowd.');
    expect(p).toHaveLength(1);
    expect(p[0]!.trigger.text).toBe('protested');
    expect(p[0]!.subtype).toBe('intervention');
  });

  it('a protest nobody intervenes in stays a peaceful protest', () => {
    const p = protests('Thousands protested in the capital on Saturday. The march ended peacefully.');
    expect(p.length).toBeGreaterThan(0);
    expect(p.every((e) => e.subtype === undefined)).toBe(true);
  });

  it.each([
    // A crowd leaving of itself, relations broken, tear gas bought: no intervention.
    'The crowd dispersed peacefully after the speeches.',
    // An ergative verb after its noun is the crowd's own act, not a reduced passive.
    'But the crowd dispersed without incident.',
    'The rally broke up at dusk.',
    'The two countries broke off relations in 2019.',
    'The ministry bought tear gas from a supplier last year.',
  ])('%s', (text) => {
    expect(run(text).some((e) => e.subtype === 'intervention')).toBe(false);
  });
});
