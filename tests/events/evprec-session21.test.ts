/**
 * Session 21 ("evprec" helper, issue 14): arguments and senses of conflict events an analyst would count or join
 * wrong. Sentences written for the rules and their false senses; none is taken from a data set or a gold file.
 */
import { allEvents, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string, entities: EntitySpec[] = []): EventRecord[] => allEvents(text, '2024-03-08', { entities });

const kinds = (evs: readonly EventRecord[]): string[] =>
  evs.map((e) => `${e.type}/${e.subtype ?? ''}:${e.trigger.text}`);

const roleText = (e: EventRecord | undefined, role: string): string[] =>
  (e?.arguments ?? []).filter((a) => a.role === role).map((a) => a.text);

describe('capturing a person is an arrest, capturing a place is territory', () => {
  const tarsk: EntitySpec[] = [{ name: 'Tarsk', type: 'place' }];

  it.each([
    ['Police captured the Tarsk gunman on Monday after a long siege.'],
    ['Officers captured two suspects near Tarsk on Monday.'],
    ['Detectives captured the fugitive in a flat in Tarsk on Sunday.'],
  ])('%s', (text) => {
    const evs = run(text, tarsk);
    expect(kinds(evs).filter((k) => k.startsWith('arrest/:captured'))).toHaveLength(1);
    expect(evs.some((e) => e.subtype?.startsWith('territory'))).toBe(false);
  });

  it('the town before the person is no one arrested: it is where the arrest is placed', () => {
    const evs = run('Police captured the Tarsk gunman on Monday after a long siege.', tarsk);
    const arrest = evs.find((e) => e.type === 'arrest');
    expect(roleText(arrest, 'patient')).toEqual(['Tarsk gunman']);
    expect(arrest?.participants.some((p) => p.role === 'patient')).toBe(false);
    expect(arrest?.place).toBeDefined();
  });

  it.each([
    // A place taken stays territory; a place word after the name keeps it a place ("the Tarsk airport").
    ['Rebels captured the Tarsk airport on Monday.', 'attack/territory-taken:captured'],
    ['Rebels captured the town of Tarsk on Monday.', 'attack/territory-taken:captured'],
  ])('%s', (text, kind) => {
    expect(kinds(run(text, tarsk))).toContain(kind);
  });

  it('capturing a mood or an image is no event', () => {
    expect(run('The photographer captured the mood of the crowd in Tarsk.', tarsk)).toHaveLength(0);
  });
});

describe('a riot keeps what the crowd attacked as its target', () => {
  it.each([
    ['Rioters attacked the police station on Tuesday.', 'the police station'],
    ['Protesters stormed the parliament building on Tuesday.', 'the parliament building'],
    ['A mob attacked two police officers outside the court on Friday.', 'two police officers'],
  ])('%s', (text, target) => {
    const riot = run(text).find((e) => e.type === 'riot');
    expect(roleText(riot, 'target')).toEqual([target]);
  });

  it('the rioters are its doers', () => {
    const riot = run('Rioters attacked the police station on Tuesday.').find((e) => e.type === 'riot');
    expect(roleText(riot, 'agent')).toEqual(['Rioters']);
  });

  it('a weapon or another event is no target of a riot either', () => {
    const riot = run('Rioters attacked the police station with petrol bombs on Tuesday.').find(
      (e) => e.type === 'riot',
    );
    expect(roleText(riot, 'target')).not.toContain('petrol bombs');
  });
});

describe('a group whose short name spells "is" is the doer named before an attack noun', () => {
  const named: EntitySpec[] = [
    { name: 'IS', type: 'group' },
    { name: 'Tarsk', type: 'place' },
  ];

  it.each([
    ['Ten soldiers were killed in IS attacks near Tarsk on Monday.'],
    ['IS attacks near Tarsk killed ten soldiers on Monday.'],
  ])('%s', (text) => {
    const attack = run(text, named).find((e) => e.type === 'attack');
    expect(roleText(attack, 'attacker')).toEqual(['IS']);
  });

  it('the verb "is" before an attack verb names no doer', () => {
    const attack = run('The army said Tarsk is attacked every night.', [{ name: 'Tarsk', type: 'place' }]).find(
      (e) => e.type === 'attack',
    );
    expect(roleText(attack, 'attacker')).toEqual([]);
  });
});

describe('a street named in apposition to "street" is the place', () => {
  it('"on the central street Rue Quarn": the name of the street, not the word "street"', () => {
    const evs = run('A bomb exploded on the central street Rue Quarn on Monday, wounding four people.', [
      { name: 'Rue Quarn', type: 'place' },
    ]);
    const attack = evs.find((e) => e.type === 'attack');
    expect(roleText(attack, 'place')).toEqual(['Rue Quarn']);
  });

  it('a street with no name after it stays the place it names', () => {
    const attack = run('A bomb exploded on the central street on Monday, wounding four people.').find(
      (e) => e.type === 'attack',
    );
    expect(roleText(attack, 'place')).toEqual(['the central street']);
  });
});

describe('a crime named before its suspects or its legal step happened before that step', () => {
  const monday = { text: 'on Monday', value: '2024-03-04', precision: 'day' as const };
  const dated = (text: string): EventRecord[] => allEvents(text, '2024-03-08', { timexes: [monday] });

  it.each([
    ['Police arrested two murder suspects in the port on Monday.', 'murder'],
    ['Detectives questioned the bombing suspect on Monday.', 'bombing'],
  ])('%s', (text, crime) => {
    const e = dated(text).find((x) => x.trigger.text === crime);
    expect(e).toBeDefined();
    expect(e!.date.value).not.toBe('2024-03-04');
    expect(e!.salience).not.toBe('news');
  });

  it('the arrest itself keeps its day', () => {
    const arrest = dated('Police arrested two murder suspects in the port on Monday.').find((e) => e.type === 'arrest');
    expect(arrest?.date.value).toBe('2024-03-04');
  });

  it('a crime told with its victims is still the crime of its own clause', () => {
    const e = dated('Gunmen shot dead two kidnapping victims in the port on Monday.').find(
      (x) => x.type === 'killing' || x.type === 'attack',
    );
    expect(e?.date.value).toBe('2024-03-04');
  });
});
