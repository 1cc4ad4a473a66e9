/**
 * End-to-end fixture articles (tests/fixtures/events/<case>.txt): entities and time expressions are placed
 * by hand from <case>.input.json, and the full event list must equal <case>.expected.json — no event
 * missing, none extra.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const DIR = new URL('../fixtures/events/', import.meta.url);
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));

describe('fixture articles', () => {
  it('has at least one fixture', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s: the full event list', (name) => {
    const text = readFileSync(new URL(`${name}.txt`, DIR), 'utf8');
    const input = JSON.parse(readFileSync(new URL(`${name}.input.json`, DIR), 'utf8')) as {
      published: string;
      entities: EntitySpec[];
      timexes: TimexSpec[];
    };
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, DIR), 'utf8')) as unknown[];
    const { events: evs, names } = events(text, {
      entities: input.entities,
      timexes: input.timexes,
      published: input.published,
    });
    expect(view(evs, names)).toEqual(expected);
  });
});
