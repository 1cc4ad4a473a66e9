/**
 * Business news of session 23 (issue 14, event dates and recall; "evbiz" helper): a product a company presents, a
 * product whose pre-orders begin, a fine a company pays, a company called "the company" as the doer of its own news.
 * Every sentence is our own, written for the rule it tests, with its false senses; none is taken from a data set.
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const PUBLISHED = '2027-05-14'; // a Friday
const tuesday: TimexSpec = { text: 'Tuesday', value: '2027-05-11', precision: 'day' };
const zentrix: EntitySpec[] = [{ name: 'Zentrix', type: 'group' }];

/** The events kept at the product's confidence threshold, as views (with the entities the text names). */
const kept = (text: string, timexes: TimexSpec[] = [tuesday], entities: EntitySpec[] = zentrix) => {
  const named = entities.filter((e) => text.includes(e.name));
  const r = events(text, { published: PUBLISHED, timexes, entities: named });
  return view(r.events, r.names);
};
const typesOf = (text: string, timexes: TimexSpec[] = [tuesday], entities: EntitySpec[] = zentrix) =>
  kept(text, timexes, entities).map((e) => e.type);

describe('a product a company presents is launched', () => {
  it.each([
    ['Zentrix presented its new tablet on Tuesday.', 'Zentrix'],
    ['Zentrix presented the Orbit X2 on Tuesday.', 'Zentrix'],
  ])('%s', (text, agent) => {
    const found = kept(text).filter((e) => e.type === 'product-launch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      trigger: text.split(' ')[1],
      date: '2027-05-11',
      participants: { agent: [agent] },
    });
  });

  it('"the company" that presents a named product, in its own dated clause, is one company’s launch', () => {
    const lastWeek: TimexSpec = { text: 'Last week', value: '2027-W18', precision: 'week' };
    const found = kept('Zentrix makes phones. Last week the company presented the Orbit.', [lastWeek]);
    expect(found.filter((e) => e.type === 'product-launch').map((e) => [e.trigger, e.date])).toEqual([
      ['presented', '2027-W18'],
    ]);
  });

  it.each([
    'The prosecutor presented evidence on Tuesday.',
    'Zentrix presented its plan to investors on Tuesday.',
    'Zentrix presented the award to Ilse Marsh on Tuesday.',
    'The minister presented the new car to the winner on Tuesday.',
    'Zentrix presented the results on Tuesday.',
    'Zentrix presented Ann Lee as its new chief on Tuesday.',
  ])('not evidence, a plan, an award, results, a person, or a non-company’s act: %s', (text) => {
    expect(typesOf(text, [tuesday], [...zentrix, { name: 'Ilse Marsh', type: 'person' }])).not.toContain(
      'product-launch',
    );
  });
});

describe('pre-orders or sales of a product that begin are its launch', () => {
  it.each([
    ['Pre-orders of the new Orbit 4 began Tuesday, swamping Zentrix.', 'began'],
    ['Sales of the Orbit tablet started on Tuesday.', 'started'],
  ])('%s', (text, trigger) => {
    const found = kept(text).filter((e) => e.type === 'product-launch');
    expect(found.map((e) => [e.trigger, e.date])).toEqual([[trigger, '2027-05-11']]);
  });

  it.each([
    'Sales began to fall on Tuesday.',
    'Sales of Zentrix started rising on Tuesday.',
    'The meeting began on Tuesday.',
    'Sales of the company started on Tuesday.',
  ])('not a trend, a company’s sales or another thing begun: %s', (text) => {
    expect(typesOf(text)).not.toContain('product-launch');
  });
});

describe('a company that pays a fine is the one fined', () => {
  it.each([
    'Zentrix paid a fine of 5 million dollars on Tuesday.',
    'Zentrix paid penalties of 5 million dollars to regulators on Tuesday.',
  ])('%s', (text) => {
    const found = kept(text).filter((e) => e.type === 'sentence');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ trigger: 'paid', date: '2027-05-11', participants: { patient: ['Zentrix'] } });
  });

  it.each([
    'Zentrix paid a fine tribute to its founder on Tuesday.',
    'Zentrix paid its suppliers on Tuesday.',
    'Zentrix paid the price for its delays on Tuesday.',
  ])('not a tribute, a payment or a price: %s', (text) => {
    expect(typesOf(text)).not.toContain('sentence');
  });
});

describe('"the company" as a business event’s doer is one company', () => {
  const lastWeek: TimexSpec = { text: 'Last week', value: '2027-W18', precision: 'week' };
  it('a launch by "the firm" in its own dated clause is kept', () => {
    const found = kept('Zentrix makes phones. Last week the firm presented the Orbit.', [lastWeek]);
    expect(found.map((e) => [e.type, e.trigger])).toEqual([['product-launch', 'presented']]);
  });

  it('"a firm" is a trade at large, not one company’s news', () => {
    expect(typesOf('Zentrix makes phones. Last week a firm presented the Orbit.', [lastWeek])).not.toContain(
      'product-launch',
    );
  });
});

describe('a company floated on a stock market is listed', () => {
  const september: TimexSpec = { text: 'September 2026', value: '2026-09', precision: 'month' };
  it.each([
    'Orvia Air, the formerly state-owned company, was floated on British and Irish stock markets in September 2026.',
    'Orvia Air floated on the London Stock Exchange in September 2026.',
  ])('%s', (text) => {
    const found = kept(text, [september], [{ name: 'Orvia Air', type: 'group' }]);
    expect(found.filter((e) => e.type === 'listing').map((e) => [e.trigger, e.date])).toEqual([['floated', '2026-09']]);
  });

  it.each([
    'The minister floated the idea on Tuesday.',
    'The pound was floated on currency markets on Tuesday.',
    'Debris floated on the river on Tuesday.',
  ])('not an idea, a currency or a thing on water: %s', (text) => {
    expect(typesOf(text)).not.toContain('listing');
  });
});

describe('aircraft an airline receives are delivered', () => {
  const orvia: EntitySpec[] = [{ name: 'Orvia Air', type: 'group' }];
  it('the airline is the recipient', () => {
    const found = kept('Orvia Air will receive six new A330 aircraft on Tuesday.', [tuesday], orvia);
    expect(found.filter((e) => e.type === 'contract')).toMatchObject([
      { trigger: 'receive', participants: { recipient: ['Orvia Air'] } },
    ]);
  });

  it.each([
    'Orvia Air received criticism on Tuesday.',
    'To date, 149 orders for the aircraft have been received by Orvia Air.',
  ])('not criticism, nor orders counted: %s', (text) => {
    // ("orders" is a contract noun of its own, shown at its support verb: only the airline as recipient is tested.)
    const found = kept(text, text.includes('Tuesday') ? [tuesday] : [], orvia);
    expect(found.filter((e) => e.type === 'contract' && e.participants.recipient !== undefined)).toEqual([]);
  });
});

describe('"the company" of a business event is the company named before it', () => {
  const september: TimexSpec = { text: 'September 2026', value: '2026-09', precision: 'month' };
  it('in the same sentence: its first group', () => {
    const text =
      'Orvia Air flies to Boston since the formerly state-owned company was floated on the stock market in September 2026.';
    const found = kept(text, [september], [{ name: 'Orvia Air', type: 'group' }]).filter((e) => e.type === 'listing');
    expect(found).toMatchObject([{ participants: { patient: ['Orvia Air'] } }]);
  });

  it('in the sentence before: the group whose name holds the word', () => {
    const text =
      'Orvia Airlines said on Tuesday it had signed a contract with Zentrix. The airline sold its cargo unit in September 2026.';
    const entities: EntitySpec[] = [{ name: 'Orvia Airlines', type: 'group' }, ...zentrix];
    const found = kept(text, [tuesday, september], entities).filter((e) => e.trigger === 'sold');
    expect(found).toMatchObject([{ type: 'contract', participants: { agent: ['Orvia Airlines'] } }]);
  });

  it('two groups before and no name holding the word: the phrase stays words', () => {
    const text = 'Orvia Air and Zentrix talked. The company sold its cargo unit in September 2026.';
    const entities: EntitySpec[] = [{ name: 'Orvia Air', type: 'group' }, ...zentrix];
    const found = kept(text, [september], entities).filter((e) => e.trigger === 'sold');
    expect(found.every((e) => Object.keys(e.participants).length === 0)).toBe(true);
  });
});

describe('a product’s maker named before its model is a party', () => {
  it('"the world’s thinnest phone, the Zentrix X200," delivered has Zentrix as participant', () => {
    const text = "The world's thinnest phone, the Zentrix X200, was delivered to shops on Tuesday.";
    const found = kept(text).filter((e) => e.type === 'contract');
    expect(found).toMatchObject([{ trigger: 'delivered', participants: { participant: ['Zentrix'] } }]);
  });

  it('a score after a name is no model ("Zentrix 0")', () => {
    const text = 'Zentrix makes phones. Rovers 2 Zentrix 0 delivery was delayed on Tuesday.';
    const found = kept(text).filter((e) => e.type === 'contract');
    expect(found.every((e) => !(e.participants.participant ?? []).includes('Zentrix'))).toBe(true);
  });
});
