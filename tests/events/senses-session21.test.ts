/**
 * Session 21 ("senses" helper): wrong senses and wrong statuses of political, sports and market wire (judged9's
 * and judged10's phenomena, read for errors). Every sentence is written for the rule it tests; none is taken
 * from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string): EventRecord[] => allEvents(text, '2023-05-12');
const types = (text: string): string[] => run(text).map((e) => e.type);
const statusOf = (text: string, type: string): string | undefined => run(text).find((e) => e.type === type)?.status;

describe('people released are freed, not launched', () => {
  it('Orvia releases Kellish police after talks.', () => {
    expect(types('Orvia releases Kellish police after talks.')).not.toContain('product-launch');
  });

  it('an age in apposition closes the subject of a passive', () => {
    const evs = allEvents(
      'Two tourists, Anna Berg, 50, and Lena Holt, 25, were released after 40 days in captivity.',
      '2023-05-12',
      {
        entities: [
          { name: 'Anna Berg', type: 'person' },
          { name: 'Lena Holt', type: 'person' },
        ],
      },
    );
    expect(evs.map((e) => e.type)).not.toContain('product-launch');
  });

  it('kept: Zentrix releases Nordic version of its phone', () => {
    expect(types('Zentrix released its new Nordic phone on Tuesday.')).toContain('product-launch');
  });
});

describe('wrong senses: ideas sold, pledges signed, religious orders, fixtures boycotted, wars launched', () => {
  it.each([
    ['It would be very difficult to sell to the committee a programme which cut fewer jobs.', 'contract'],
    ['The minister tried to sell the reform to sceptical farmers on Monday.', 'contract'],
    ['A printer said police forced him to sign an undertaking not to print the leaflets.', 'agreement'],
    ['She stepped down as head of her Little Sisters of Mercy order in 1997.', 'contract'],
    ['The team returned to Kell for the first time since boycotting a World Cup fixture there in May.', 'sanction'],
    ['Critics said the war Orvia launched in 1931 was aggressive.', 'product-launch'],
  ])('%s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it.each([
    ['Zentrix sold its hotel chain to a pension fund on Monday.', 'contract'],
    ['Kell and Orvia signed a trade accord on Monday.', 'agreement'],
    ['Nordair placed an order for 12 jets on Monday.', 'contract'],
    ['Orvia launched a new satellite phone on Monday.', 'product-launch'],
  ])('kept: %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('statuses: results, future elections, guesses, refusals, acts in general', () => {
  it('a race won after an -ed verb the tagger reads as an adjective occurred', () => {
    expect(statusOf('Nora Lind, a rookie, outclassed the veterans to win the first race on Sunday.', 'sport')).toBe(
      'occurred',
    );
  });

  it('elections that will be free and fair are still to come', () => {
    expect(statusOf("Kell's governor pledged the elections will be free and fair.", 'election')).toBe('planned');
  });

  it('kept: elections held on Sunday occurred', () => {
    expect(statusOf('Voters in Kell went to the polls in elections on Sunday.', 'election')).toBe('occurred');
  });

  it('a purchase a trader suspects will come is a guess', () => {
    expect(statusOf('One trader said he was suspicious that they will buy more wheat in October.', 'acquisition')).toBe(
      'hypothetical',
    );
  });

  it('kept: a purchase a company says it will make is planned', () => {
    expect(statusOf('Zentrix said it will buy Nordair for $2 billion.', 'acquisition')).toBe('planned');
  });

  it('a meeting one side is unwilling to hold is no planned meeting', () => {
    expect(statusOf('Jan Kessel has seemed unwilling to meet Tomas Brenn this month.', 'meeting')).not.toBe('planned');
  });

  it('the cost of protesting names no protest', () => {
    const protest = run('Lawyers warned that the cost of protesting is high in Kell.').find(
      (e) => e.type === 'protest',
    );
    expect(protest === undefined || protest.status === 'generic').toBe(true);
  });

  it('fighting the leaders agreed to cease is no planned attack', () => {
    const evs = run('The two leaders agreed on Friday to cease the fighting and pull back their forces.');
    expect(evs.filter((e) => e.type === 'attack' && e.status === 'planned')).toEqual([]);
  });

  it('an assembly that failed to elect a president held its vote', () => {
    expect(statusOf('The Kell assembly failed on Tuesday to elect a new president.', 'election')).toBe('occurred');
  });

  it('a headline: assembly fails to elect president', () => {
    expect(statusOf('Kell assembly fails to elect state president.', 'election')).toBe('occurred');
  });

  it('kept: talks that failed to reach an agreement did not make one', () => {
    expect(statusOf('Kell and Orvia failed on Tuesday to reach an agreement on fishing.', 'agreement')).toBe('negated');
  });
});
