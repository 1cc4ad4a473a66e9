/**
 * Which events are worth a row at the default confidence: an event whose clause says in plain words who
 * did it or to whom counts as one naming an entity would; a thing in that slot does not. Every sentence is
 * written for the rule it tests; none is taken from a data set.
 */
import { events } from './builders.js';

const types = (text: string): string[] => events(text).events.map((e) => `${e.type}:${e.trigger.text}`);

describe('plain-word participants', () => {
  it.each([
    ['Prosecutors charged the former mayor with fraud.', 'charge:charged'],
    ['She was sentenced to six years in prison.', 'sentence:sentenced'],
    ['Investigators detained two customs officers at the port.', 'arrest:detained'],
  ])('people named in words make the event a row: %s', (text, expected) => {
    expect(types(text)).toContain(expected);
  });

  it.each([
    ['Shops may stop selling the toys next year.'],
    ['Manufacturers usually supply spare parts for a decade.'],
    ['Stores stopped selling Galaxy 5 last year.'],
  ])('a thing in the slot is no participant: %s', (text) => {
    expect(types(text)).toEqual([]);
  });
});
