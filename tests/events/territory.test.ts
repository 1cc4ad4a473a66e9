/**
 * Session 19 (the lead): places taken and retaken (ACLED's battles "Non-state actor overtakes territory" and
 * "Government regains territory"). Sentences written for the rules and their false senses; none is taken from a
 * data set or a gold file.
 */
import { allEvents, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string, entities: EntitySpec[] = []): EventRecord[] => allEvents(text, '2024-03-08', { entities });

const kinds = (evs: readonly EventRecord[]): string[] =>
  evs.map((e) => `${e.type}/${e.subtype ?? ''}:${e.trigger.text}`);

describe('a place captured, seized or overrun is territory taken', () => {
  it.each([
    ['Rebels captured the town of Varska on Monday.', 'attack/territory-taken:captured'],
    ['Militia fighters seized control of the airport on Sunday.', 'attack/territory-taken:seized'],
    ['Insurgents overran an army outpost near the border.', 'attack/territory-taken:overran'],
    ['The base was seized by militants overnight.', 'attack/territory-taken:seized'],
    ['The insurgents captured parts of the city after a week of fighting.', 'attack/territory-taken:captured'],
  ])('%s', (text, kind) => {
    expect(kinds(run(text))).toContain(kind);
  });

  it('a place name as the object is a place taken, and the event is placed there', () => {
    const evs = run('Rebels captured Varska on Monday.', [{ name: 'Varska', type: 'place' }]);
    const taken = evs.find((e) => e.subtype === 'territory-taken');
    expect(taken).toBeDefined();
    expect(taken!.acledSubEvent).toBe('Non-state actor overtakes territory');
    expect(taken!.place).toBeDefined();
  });

  it.each([
    // People captured, goods or power seized, a mood captured: no place is taken.
    'Police captured the gang leader on Monday.',
    'Customs officers seized two tonnes of cocaine in the port on Monday.',
    'The army seized power in a coup on Monday.',
    'The photograph captured the mood of the city.',
    'Militants seized weapons from a police station in the town.',
    'The company captured a third of the market last year.',
    // A bare place noun names no one place: a campaign, not a row.
    'The government is retaking territory from the rebels.',
  ])('%s', (text) => {
    expect(run(text).some((e) => (e.subtype ?? '').startsWith('territory'))).toBe(false);
  });
});

describe("a place retaken, or taken by a state's forces, is territory regained", () => {
  it.each([
    ['The army retook the town on Sunday.', 'attack/territory-regained:retook'],
    ['Government forces recaptured the city of Orvan on Sunday.', 'attack/territory-regained:recaptured'],
    ['Troops liberated the village of Tarsk after heavy fighting.', 'attack/territory-regained:liberated'],
    // A capture by a state's forces: troops, the army, security forces, a nationality's forces.
    ['Troops captured the town of Varska on Monday.', 'attack/territory-regained:captured'],
    ['Security forces seized the district headquarters and the town on Monday.', 'attack/territory-regained:seized'],
    ['Syrian forces overran a rebel stronghold in the hills.', 'attack/territory-regained:overran'],
    // A nationality the product does not know as one stays a capture by a doer not read as a state.
    ['Kelvanian forces overran a rebel stronghold in the hills.', 'attack/territory-taken:overran'],
  ])('%s', (text, kind) => {
    expect(kinds(run(text))).toContain(kind);
  });

  it('a country named as the doer is a state', () => {
    const evs = run('Iran captured the town of Varska on Monday.', [{ name: 'Iran', type: 'place' }]);
    expect(kinds(evs)).toContain('attack/territory-regained:captured');
  });
});
