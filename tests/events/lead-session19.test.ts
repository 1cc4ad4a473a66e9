/**
 * Session 19 (the lead): a listed word that only modifies the object's head. Sentences written for the rule and
 * its false senses; none is taken from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string): EventRecord[] => allEvents(text, '2024-03-08');

const types = (text: string): string[] => run(text).map((e) => `${e.type}:${e.trigger.text}`);

describe('"meet" judges its object by its head, not by a word that modifies it', () => {
  it.each([
    // "opposition", "target", "challenge" modify the people met.
    ['The prime minister met opposition leader Tarek Volan in the capital on Tuesday.', 'meeting:met'],
    ['The envoy met opposition lawmakers at the embassy on Monday.', 'meeting:met'],
    ['The mayor met challenge organisers at city hall on Friday.', 'meeting:met'],
  ])('%s', (text, event) => {
    expect(types(text)).toContain(event);
  });

  it.each([
    // The listed word is the head: satisfy, not gather.
    'The plan met stiff opposition from farmers on Monday.',
    'The company met its targets last year.',
    'The new reactor meets the safety standards.',
    "The bank met analysts' estimates for the quarter.",
  ])('%s', (text) => {
    expect(types(text)).not.toContain('meeting:met');
  });

  it('a time word after the head does not continue the object phrase', () => {
    const yesterday = { text: 'yesterday', value: '2024-03-07', precision: 'day' as const };
    const evs = allEvents('The firm met the deadline yesterday.', '2024-03-08', { timexes: [yesterday] });
    expect(evs.map((e) => e.type)).not.toContain('meeting');
  });
});

describe('the agency of a date line is no antecedent of "it"', () => {
  const attackers = (text: string, groups: string[]): string[] => {
    const evs = allEvents(text, '2024-03-08', { entities: groups.map((name) => ({ name, type: 'group' as const })) });
    return evs.flatMap((e) =>
      (e.arguments ?? []).filter((a) => a.role === 'attacker' && a.entity !== undefined).map((a) => a.text),
    );
  };

  it('"it" after a date line with no named speaker stays unresolved', () => {
    const text = 'KABUL, March 6 (Reuters) - The army says it shelled rebel positions near Tarsk on Sunday.';
    expect(attackers(text, ['Reuters'])).toEqual([]);
  });

  it('a group named after the date line is still the antecedent', () => {
    const text = 'KABUL, March 6 (Reuters) - The Tarsk Front said it attacked a police post near Varska on Sunday.';
    expect(attackers(text, ['Reuters', 'Tarsk Front'])).toEqual(['it']);
  });
});

describe('the first word after a date line opens the sentence', () => {
  it.each([
    [
      'KABUL, March 6 (Reuters) - Clashes between two militias near Tarsk left 12 people dead on Sunday.',
      'attack:Clashes',
    ],
    ['ORVAN (AP) - Airstrikes hit rebel positions near the border on Monday.', 'attack:Airstrikes'],
  ])('%s', (text, event) => {
    expect(types(text)).toContain(event);
  });

  it('a capitalised word inside the sentence is still read as a name', () => {
    expect(types('Officials of the Clashes Trust met in the capital on Monday.')).not.toContain('attack:Clashes');
  });
});
