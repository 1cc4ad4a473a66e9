/**
 * Session 22 ("senses" helper): wrong senses, statuses and salience of political, sports and market wire
 * (judged11's phenomena, read for errors). Every sentence is written for the rule it tests; none is taken from a
 * data set or a gold file.
 */
import { allEvents, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string, entities: EntitySpec[] = []): EventRecord[] => allEvents(text, '2023-05-12', { entities });
const types = (text: string): string[] => run(text).map((e) => e.type);
const find = (text: string, type: string, entities: EntitySpec[] = []): EventRecord | undefined =>
  run(text, entities).find((e) => e.type === type);

describe('sports fixtures and records are no meetings', () => {
  it.each([
    'The draw means second division club Varno now meet their city rivals Kell United in the third round.',
    'The two sides meet in the final at Orvia on Saturday.',
    'The Hawks have now beaten the Owls in 12 of the past 15 meetings at home.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('meeting');
  });

  it.each([
    'The two ministers will meet in Orvia on Saturday.',
    'Kell and Orvia will meet for a second round of talks next week.',
  ])('kept: %s', (text) => {
    expect(types(text)).toContain('meeting');
  });
});

describe('a debut against a side is a game, not a launch', () => {
  it('will make his debut against Varno', () => {
    const evs = run('Bratt joined the club last week and will make his debut against Varno in the cup on Tuesday.');
    expect(evs.map((e) => e.type)).not.toContain('product-launch');
    expect(evs.map((e) => e.type)).toContain('sport');
  });

  it('kept: a phone makes its debut', () => {
    expect(types('Zentrix will debut its new phone in Orvia on Tuesday.')).toContain('product-launch');
  });
});

describe('rules at home and court orders are no sanctions', () => {
  it.each([
    'Orvia banned the use of lead paint in schools on Monday.',
    'Kell banned nitrate usage in animal feed on Monday.',
    'She won an injunction banning him from coming within 200 metres of her house.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('sanction');
  });

  it('kept: a state bans imports from another', () => {
    expect(types('Orvia banned imports of Kellish beef on Monday.')).toContain('sanction');
  });
});

describe('contracts traded on an exchange are instruments', () => {
  it('Contracts traded in Kell are offset against contracts traded in Orvia.', () => {
    expect(types('Contracts traded in Kell are offset against contracts traded in Orvia.')).not.toContain('contract');
  });

  it('kept: a contract won', () => {
    expect(types('Halvor won a contract on Monday to build a bridge in Orvia.')).toContain('contract');
  });
});

describe('statuses: ranked doers, fears, records of titles', () => {
  it('the first minister to visit Kell since March is on the visit, not planning it', () => {
    expect(
      find('Ms Ode is the first Orvian minister to visit Kell since the election in March.', 'meeting')?.status,
    ).not.toBe('planned');
  });

  it('kept: the next minister to visit is still to come', () => {
    expect(find('Mr Lam will be the next minister to visit Kell in June.', 'meeting')?.status).toBe('planned');
  });

  it('a feared theft is no plan', () => {
    expect(find('"I feared he would steal my money," Ana told the court on Monday.', 'theft')?.status).toBe(
      'hypothetical',
    );
  });

  it('a count of titles won is a record, not one result', () => {
    const win = find('Kell Rovers ruled the league in the 2000s, winning four national titles in six years.', 'sport');
    expect(win === undefined || win.status === 'generic').toBe(true);
  });

  it('kept: one title won', () => {
    expect(find('Kell Rovers won the national title on Sunday with a 2-0 win over Varno.', 'sport')?.status).toBe(
      'occurred',
    );
  });
});

describe('an indefinite event after "after" is told, not named', () => {
  it('a ferry missing after a collision on Monday: the collision is news', () => {
    const text = 'A ferry sank and ten crew were missing after a collision with a tanker off Varno early on Monday.';
    expect(find(text, 'accident')?.salience).toBe('news');
  });

  it('kept: "after the attack" names a known attack, told in passing', () => {
    expect(find('Police held two men on Tuesday after the attack on the port.', 'attack')?.salience).toBe('background');
  });
});

describe('statements after the lead that no day places are details', () => {
  const article = (detail: string): string =>
    `Orvia arrests 12 smugglers\n\nOrvian troops arrested 12 smugglers near the Kell border on Tuesday.\n\n${detail}`;
  const detailOf = (detail: string): EventRecord | undefined => {
    const entities: EntitySpec[] = detail.includes('Halvor')
      ? [{ name: 'Halvor Corp', type: 'group' }]
      : [{ name: 'Ana Brel', type: 'person', forms: ['Brel'] }];
    const timexes = detail.includes('Wednesday')
      ? [{ text: 'Wednesday', value: '2023-05-10', precision: 'day' as const }]
      : [];
    return allEvents(article(detail), '2023-05-12', { entities, timexes }).find((e) => e.type === 'statement');
  };

  it.each(['Brel said the smugglers were well organised.', 'Brel said she was pleased with the work of her men.'])(
    '%s',
    (detail) => {
      expect(detailOf(detail)?.salience).toBe('comment');
    },
  );

  it.each([
    // Dated by its own clause: a statement made on a day.
    'Brel said on Wednesday the smugglers were well organised.',
    // A stance: an accusation is its own row.
    'Brel said the smugglers were well organised and accused Kell of shielding them.',
    // An organisation speaking for itself announces.
    'Halvor Corp said the smugglers had used its trucks.',
  ])('kept: %s', (detail) => {
    expect(detailOf(detail)?.salience).toBe('news');
  });
});

describe('a bare verb coordinated after a modal or an infinitive shares it', () => {
  it('threatened to storm the town and kill the hostages: the killing is threatened too', () => {
    expect(find('The rebels threatened to storm the town and kill the hostages.', 'killing')?.status).toBe(
      'threatened',
    );
  });

  it('feared he would run away or steal my money: the theft is feared, not done', () => {
    expect(
      find('"I feared he would run away with the keys or steal my money," Ana told the court.', 'theft')?.status,
    ).toBe('hypothetical');
  });

  it('kept: a past verb after "and" is its own act', () => {
    expect(find('Police arrested two men and charged them on Monday.', 'charge')?.status).toBe('occurred');
  });
});
