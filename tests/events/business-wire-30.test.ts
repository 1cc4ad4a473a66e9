/**
 * Events of business and wire copy, session 18 (issue 14, items 1 and 2): what the fresh8 split (MEANTIME
 * business news and TimeBank wire) never found. Each rule is tested in its event sense and in its false senses.
 * Every sentence is our own, written for the rule it tests; none is taken from a data set.
 */
import { events, view, type TimexSpec } from './builders.js';

const PUBLISHED = '2025-11-07';
/** Events kept at the default confidence threshold, as a run writes them. */
function kept(text: string, timexes: TimexSpec[] = []) {
  const { events: evs, names } = events(text, { timexes, published: PUBLISHED });
  return view(evs, names);
}
const on = (views: ReturnType<typeof kept>, trigger: string) => views.find((e) => e.trigger === trigger);
const year = (v: string): TimexSpec => ({ text: v, value: v, precision: 'year' });

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
