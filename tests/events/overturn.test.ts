/**
 * "Overturn": a court overturns a verdict, a ban is overturned (a ruling); a bus, a lorry or a boat that
 * overturns, with no object, has had an accident; one that is overturned (in a crash, by the wind) is no ruling. Every sentence is our own, written for the rule.
 */
import { events } from './builders.js';

function read(text: string): string[] {
  return events(text, { published: '2026-03-03', minConfidence: 0 }).events.map((e) => `${e.type}:${e.trigger.text}`);
}

describe('overturn', () => {
  it.each([
    ['A minibus overturned on a mountain road in the south, police said.', 'accident:overturned'],
    ['The fuel lorry overturned, spilling diesel across the motorway.', 'accident:overturned'],
    ['A fishing boat overturned and sank off the coast.', 'accident:overturned'],
  ])('a vehicle or boat that overturns has an accident, not a ruling: %s', (text, expected) => {
    const read1 = read(text);
    expect(read1).toContain(expected);
    expect(read1.filter((t) => t.startsWith('ruling'))).toEqual([]);
  });

  it.each([
    ['The appeals court overturned the conviction of the former mayor.', 'ruling:overturned'],
    ['The judges overturned it on a technicality.', 'ruling:overturned'],
    ['The ban was overturned by the supreme court.', 'ruling:overturned'],
  ])('a court overturning a verdict, or a verdict overturned, is a ruling: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('a vehicle that is overturned is no ruling and no event of its own (the crash that overturned it is)', () => {
    const got = read('A train collided with a truck at a level crossing. The truck was overturned, spilling its load.');
    expect(got).toContain('accident:collided');
    expect(got.filter((t) => t.endsWith(':overturned'))).toEqual([]);
  });
});
