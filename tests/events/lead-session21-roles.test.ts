/**
 * Session 21 (the lead): a locative inside the doer's phrase is where the doer acted, never the doer. Sentences
 * written for the rule and its false senses; none is taken from a data set or a gold file.
 */
import { events, type EntitySpec } from './builders.js';

const run = (text: string, entities: EntitySpec[]) => {
  const { events: evs, names } = events(text, { published: '2024-03-07', entities, minConfidence: 0 });
  return evs.map((e) => ({
    type: e.type,
    participants: e.participants.map((p) => `${p.role}:${names.get(p.entity)}`),
    place: e.place === undefined || e.place === null ? null : names.get(e.place),
  }));
};

describe("the place in the doer's own phrase", () => {
  it('"Police in Velmar\'s capital fired tear gas": the police fired, in Velmar', () => {
    const evs = run("Police in Velmar's capital fired tear gas at the marchers.", [{ name: 'Velmar', type: 'place' }]);
    const fired = evs.find((e) => e.type === 'protest');
    expect(fired?.participants ?? []).not.toContain('agent:Velmar');
    expect(fired?.place).toBe('Velmar');
  });

  it('"Police in Orvan arrested 12 people": the arrest took place in Orvan', () => {
    const evs = run('Police in Orvan arrested 12 people.', [{ name: 'Orvan', type: 'place' }]);
    expect(evs.find((e) => e.type === 'arrest')?.place).toBe('Orvan');
  });

  it('the possessor\'s named possession is the place ("in Velmar\'s Orvan province")', () => {
    const evs = run("Health officials in Velmar's Orvan province declared an outbreak of cholera.", [
      { name: 'Velmar', type: 'place' },
      { name: 'Orvan', type: 'place' },
    ]);
    expect(evs.find((e) => e.type === 'disaster')?.place).toBe('Orvan');
  });

  it('officials from a place may act elsewhere: no place from "from"', () => {
    const evs = run('Doctors from Velmar treated the wounded.', [{ name: 'Velmar', type: 'place' }]);
    for (const e of evs) expect(e.place).not.toBe('Velmar');
  });
});

describe('"that" after a noun opens a clause', () => {
  it('"told reporters that troops had been deployed": the troops were deployed, not the reporters', () => {
    const { events: evs } = events('The governor told reporters that troops had been deployed to the area.', {
      published: '2024-03-07',
      minConfidence: 0,
    });
    const deployed = evs.find((e) => e.type === 'deployment');
    const patients = (deployed?.arguments ?? []).filter((a) => a.role === 'patient').map((a) => a.text);
    expect(patients).toEqual(['troops']);
  });

  it('a demonstrative "that" still opens its phrase ("condemned that attack on the troops")', () => {
    const { events: evs } = events('The minister said that attack on the troops was cowardly.', {
      published: '2024-03-07',
      minConfidence: 0,
    });
    expect(evs.some((e) => e.type === 'attack')).toBe(true);
  });
});
