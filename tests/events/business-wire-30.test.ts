/**
 * Events of business and wire copy, session 18 (issue 14, items 1 and 2): what the fresh8 split (MEANTIME
 * business news and TimeBank wire) never found. Each rule is tested in its event sense and in its false senses.
 * Every sentence is our own, written for the rule it tests; none is taken from a data set.
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const PUBLISHED = '2025-11-07';
/** Events kept at the default confidence threshold, as a run writes them. */
function kept(text: string, timexes: TimexSpec[] = []) {
  const { events: evs, names } = events(text, { timexes, published: PUBLISHED });
  return view(evs, names);
}
const on = (views: ReturnType<typeof kept>, trigger: string) => views.find((e) => e.trigger === trigger);
const year = (v: string): TimexSpec => ({ text: v, value: v, precision: 'year' });
const monday: TimexSpec = { text: 'Monday', value: '2025-11-03', precision: 'day' };

describe('a business event whose only party is the product its clause dates is kept', () => {
  it.each([
    ['The first Kestrel vans will be delivered in 2027.', 'delivered', 'contract', '2027'],
    ['The original Orbit handset was released in 2019.', 'released', 'product-launch', '2019'],
    ['Since the first Orbit tablet was launched in 2018, sales have grown.', 'launched', 'product-launch', '2018'],
  ])('%s', (text, trigger, type, date) => {
    const v = kept(text, [year(date)]);
    expect(on(v, trigger)).toMatchObject({ type, date, dateSource: 'clause', participants: {} });
  });

  it('not when "it" is all the clause says of the thing (the event, a plan or a product)', () => {
    expect(on(kept('It will be delivered in 2027.', [year('2027')]), 'delivered')).toBeUndefined();
  });

  it('not with a doer told in plain words that no entity names (a trade at large or a misread phrase)', () => {
    expect(on(kept('The store sold the new Orbit handsets in 2019.', [year('2019')]), 'sold')).toBeUndefined();
  });

  it('not without a date of its own clause (a mention in passing)', () => {
    expect(on(kept('The first Kestrel vans will be delivered soon.'), 'delivered')).toBeUndefined();
  });
});

const groups: EntitySpec[] = [
  { name: 'Orvia Group', type: 'group' },
  { name: 'Halden Corp.', type: 'group' },
];
/** Events kept in a text that names the groups above, with "Monday" resolved. */
function withGroups(text: string) {
  return events(text, {
    published: PUBLISHED,
    timexes: text.includes('Monday') ? [monday] : [],
    entities: groups.filter((g) => text.includes(g.name)),
  });
}

describe('company results told by a noun of change', () => {
  const typed = (text: string, type: string) => withGroups(text).events.filter((e) => e.type === type);

  it.each([
    'Orvia Group has reached a 40 percent increase in its profits.',
    'Halden Corp. has reached a sharp rise in quarterly net income.',
    'Orvia Group announced a 12 percent drop in third-quarter earnings on Tuesday.',
  ])('%s', (text) => {
    expect(typed(text, 'financial-result')).toHaveLength(1);
  });

  it('a report verb stays the trigger of its own result', () => {
    const found = typed(
      'Halden Corp. reported a sharp decline in net income for its third quarter.',
      'financial-result',
    );
    expect(found.map((e) => e.trigger.text)).toEqual(['reported']);
  });

  it.each([
    // A figure that modifies another noun: a tax, not a result.
    'Orvia Group expects an increase in sales tax next year.',
    // A price or a rate rises; it is no company's result.
    'Orvia Group saw a sharp rise in oil prices on Tuesday.',
    // A market's figures: nobody reports them as theirs.
    'Figures showed a drop in car sales across Europe in May.',
  ])('not: %s', (text) => {
    expect(typed(text, 'financial-result')).toHaveLength(0);
  });
});

describe('a tender offer or a takeover bid is the acquisition offered', () => {
  const run = (text: string) => {
    const { events: evs, names } = withGroups(text);
    return view(evs, names);
  };

  it.each([
    ['Orvia Group launched a hostile takeover bid for Halden Corp. on Monday.', 'takeover bid'],
    ['Orvia Group completed its tender offer for Halden Corp. on Monday.', 'completed'],
  ])('%s', (text, trigger) => {
    expect(on(run(text), trigger)).toMatchObject({ type: 'acquisition', date: '2025-11-03' });
  });

  it('not a tender for works, which stays a contract', () => {
    const v = run('Halden Corp. won the tender for the new bridge on Monday.');
    expect(v.map((e) => e.type)).toContain('contract');
    expect(v.map((e) => e.type)).not.toContain('acquisition');
  });
});
