/**
 * Rows an analyst counting events does not want: word senses that name no event of the type, events that did
 * not happen typed as if they had, and statements that state nothing or voice a crowd's view. Every sentence
 * is written for the rule it tests; none is taken from a data set.
 */
import { events } from './builders.js';

/** Named parties, placed where the sentence names them. */
const PARTIES = [
  { name: 'Tom Varga', type: 'person' },
  { name: 'Arsenal', type: 'group' },
  { name: 'Midland Bank', type: 'group' },
  { name: 'Basque', type: 'group' },
] as const;

const rows = (text: string): Array<[string, string, string, string | undefined]> =>
  events(text, {
    published: '2021-06-14',
    timexes: [],
    entities: PARTIES.filter((p) => text.includes(p.name)).map((p) => ({ ...p })),
    minConfidence: 0,
  }).events.map((e) => [e.trigger.text, e.type, e.status, e.salience]);
const typed = (text: string, type: string): string[] =>
  rows(text)
    .filter(([, t]) => t === type)
    .map(([w]) => w);

describe('dismiss: a person from a post, not a claim or a case', () => {
  it('a criticism or a lawsuit dismissed is no dismissal from office', () => {
    expect(typed('Tom Varga dismissed the criticism as political theatre.', 'appointment')).toEqual([]);
    expect(typed("The city's lawyers moved to dismiss the tenants' lawsuit on Monday.", 'appointment')).toEqual([]);
    expect(typed('The charges against the two farmers were dismissed.', 'appointment')).toEqual([]);
  });
  it('a minister, a coach or staff dismissed are', () => {
    expect(typed('Arsenal dismissed Tom Varga after the defeat.', 'appointment')).toEqual(['dismissed']);
    expect(typed('Tom Varga was dismissed by Arsenal on Friday.', 'appointment')).toEqual(['dismissed']);
  });
});

describe('custody: guardianship is no arrest', () => {
  it('custody of a child, or in a parent’s custody, is not an arrest', () => {
    expect(typed('Her grandmother asked a family court for custody of the girl.', 'arrest')).toEqual([]);
    expect(typed('The agency will transfer the boy to his custody next week.', 'arrest')).toEqual([]);
  });
  it('taken into custody still is', () => {
    expect(typed('Police took the driver into custody on Sunday.', 'arrest')).toEqual(['custody']);
  });
});

describe('a company selling its own securities is no contract', () => {
  it('a quantity of its shares, or the sale of shares', () => {
    expect(typed('The insurer also sold 2.4 million of its shares to its parent for $9 each.', 'contract')).toEqual([]);
    expect(typed('The sale of 500,000 shares to a pension fund raised $4 million.', 'contract')).toEqual([]);
  });
  it('goods sold still are', () => {
    expect(typed('The shipyard sold four patrol boats to the navy.', 'contract')).toEqual(['sold']);
  });
});

describe('launched proceedings are no product launch', () => {
  it('a lawsuit launched', () => {
    expect(
      typed('A judge delayed a ruling on the lawsuit launched by the growers against the mill.', 'product-launch'),
    ).toEqual([]);
  });
});

describe('events that did not happen', () => {
  it('a gerund after "from" under a verb of protecting or preventing', () => {
    const protectedFrom = rows('The charity said its duty was to protect refugees from being attacked.').find(
      ([w]) => w === 'attacked',
    );
    if (protectedFrom) expect(protectedFrom[2]).toBe('hypothetical');
    const prevented = rows('Soldiers stopped the crowd from marching on the palace.').find(([w]) => w === 'marching');
    if (prevented) expect(prevented[2]).toBe('negated');
  });
  it('the means of an act told in the future shares its mood', () => {
    const out = rows('Tom Varga warned that Arsenal would violate the treaty by bombing the bridges.');
    expect(out.find(([w]) => w === 'bombing')?.[2]).toBe('planned');
  });
  it('the means of a purpose may have happened', () => {
    const out = rows('The gang tried to frighten the villagers by burning the market.');
    expect(out.find(([w]) => w === 'burning')?.[2]).not.toBe('planned');
  });
  it('an infinitive after a chance or a right is hypothetical, unless the right is exercised', () => {
    expect(
      rows('The ruling gives prosecutors a second chance to charge the banker.').find(([w]) => w === 'charge')?.[2],
    ).toBe('hypothetical');
    expect(rows('The fund will exercise its option to buy the rest of the mill.').find(([w]) => w === 'buy')?.[2]).toBe(
      'planned',
    );
  });
});

describe('statements that state nothing are comments', () => {
  it('a no-comment', () => {
    expect(rows('Midland Bank said it could not comment on the inquiry.').find(([w]) => w === 'said')?.[3]).toBe(
      'comment',
    );
    expect(rows('Tom Varga said on Monday that taxes will rise.').find(([w]) => w === 'said')?.[3]).toBe('news');
  });
  it('a counted part of a crowd voices a view', () => {
    expect(
      rows('Many Basque farmers said the mayor is to blame for the floods.').find(([w]) => w === 'said')?.[3],
    ).toBe('comment');
    expect(rows('Some Basque economists said rates could fall.').find(([w]) => w === 'said')?.[3]).toBe('comment');
    expect(rows('Basque officers said the rebels were short of food.').find(([w]) => w === 'said')?.[3]).toBe('news');
  });
});
