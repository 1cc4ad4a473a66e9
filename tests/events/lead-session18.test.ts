/**
 * Session 18 (the lead): event nouns the tagger reads as adjectives. Sentences written for the rule and its false
 * senses; none is taken from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string): EventRecord[] => allEvents(text, '2024-03-08');

const types = (text: string): string[] => run(text).map((e) => `${e.type}:${e.trigger.text}`);

describe('"offensive" heading a noun phrase is the military operation, not the adjective', () => {
  it.each([
    'The army launched an offensive against the rebels in the north.',
    'Government troops began a major offensive on the port town.',
    "The army's offensive in the hills entered its third week.",
    'The rebels said their offensive had reached the outskirts of the city.',
  ])('%s', (text) => {
    expect(types(text)).toContain('attack:offensive');
  });

  it.each([
    // The adjective: before a noun it modifies, or after a verb as its complement.
    'The minister apologised for his offensive remarks about the rebels.',
    'Critics said the cartoon was offensive to believers.',
    'The team changed its offensive strategy before the final.',
  ])('%s', (text) => {
    expect(types(text).some((t) => t.endsWith(':offensive'))).toBe(false);
  });
});

describe('an article opens its noun phrase: a word before it is no part of the argument', () => {
  const patients = (text: string): string[] =>
    run(text).flatMap((e) => (e.arguments ?? []).filter((a) => a.role === 'patient').map((a) => a.text));

  it.each([
    ['In 1990 the first Zentrix tablet was released to the public.', 'the first Zentrix tablet'],
    ['On Sunday the two smugglers were arrested at the border.', 'the two smugglers'],
  ])('%s', (text, phrase) => {
    expect(patients(text)).toContain(phrase);
  });

  it.each([
    // A predeterminer stays in the phrase.
    ['In 2027 both the jets were delivered to the airline.', 'both the jets'],
  ])('%s', (text, phrase) => {
    expect(patients(text)).toContain(phrase);
  });
});
