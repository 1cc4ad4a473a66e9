/**
 * Events an analyst counting rows should not get, or should get with another status: figurative and other
 * senses of event words, habits, proposals, bare quotations, and a first mention retold with a definite
 * noun. Every sentence is written for the rule it tests; none is taken from a data set.
 */
import { events } from './builders.js';

const all = (text: string, opts: Parameters<typeof events>[1] = {}): string[] =>
  events(text, { minConfidence: 0, ...opts }).events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`);
const byDefault = (text: string, opts: Parameters<typeof events>[1] = {}): string[] =>
  events(text, opts).events.map((e) => `${e.type}:${e.trigger.text}`);

describe('other senses of event words', () => {
  it.each([
    ['The applicant met the test set out in the statute.', 'meeting'],
    ['Senators introduced a bill to raise the minimum wage.', 'product-launch'],
    ['Prosecutors said they want to introduce the tapes before a grand jury.', 'product-launch'],
    ['The ministry retreated from its earlier position on the tariff.', 'withdrawal'],
    ['The notes will be sold through underwriters led by a large bank.', 'contract'],
    ['Earnings were hurt by the strong dollar.', 'injury'],
  ])('%s has no %s', (text, type) => {
    expect(all(text).filter((e) => e.startsWith(`${type}:`))).toEqual([]);
  });

  it.each([
    ['Acme introduced a new phone on Monday.', 'product-launch:introduced'],
    ['Government troops retreated from the town on Monday.', 'withdrawal:retreated'],
    ['Boeing sold 20 aircraft to the airline on Monday.', 'contract:sold'],
    ['Five people were hurt in the crash on Monday.', 'injury:hurt'],
  ])('the event sense stays: %s', (text, event) => {
    expect(all(text).some((e) => e.startsWith(event))).toBe(true);
  });
});

describe('status', () => {
  it('a frequency phrase makes a habit, after a verb or an event noun', () => {
    expect(all('Orangemen march each July through the Catholic quarter.')).toContain('protest:march:generic');
    expect(all('The two leaders hold a summit every year in Geneva.')).toContain('meeting:summit:generic');
    expect(all('The two leaders held a summit in Geneva on Friday.')).toContain('meeting:summit:occurred');
  });

  it('an event proposed or considered as a gerund is planned', () => {
    expect(all('The airline had proposed acquiring its rival for $7 a share.')).toContain(
      'acquisition:acquiring:planned',
    );
    expect(all('The board is considering selling the unit.')).toContain('contract:selling:planned');
    expect(all('The chain began selling the drug in France on Monday.')).toContain('contract:selling:occurred');
  });
});

describe('quotations', () => {
  const speaker = { entities: [{ name: 'Tom Hardy', type: 'person' as const }] };
  it('a bare quotation is below the default threshold, still there at a lower one', () => {
    const text = '"This will be seen as a turning point," spokesman Tom Hardy said.';
    expect(byDefault(text, speaker)).toEqual([]);
    expect(all(text, speaker)).toContain('statement:said:occurred');
  });

  it.each([
    ['"We will fight on," Tom Hardy said at a news conference.', null],
    ['"The plan works," Tom Hardy said on Friday.', 'Friday'],
    ['Tom Hardy said the company agreed to buy the mill.', null],
  ])('a quotation with a time, a venue, or reported speech stays: %s', (text, day) => {
    const opts = day
      ? { ...speaker, timexes: [{ text: day, value: '2024-06-14', precision: 'day' as const }] }
      : speaker;
    expect(byDefault(text, opts)).toContain('statement:said');
  });
});

describe('retelling', () => {
  it('a definite retelling that names who took part joins a first mention that named nobody', () => {
    const text =
      'The message was read at a rally on Sunday night.\n\nThe rally of several thousand dock workers was addressed by Tom Hardy.';
    const evs = events(text, { minConfidence: 0, entities: [{ name: 'Tom Hardy', type: 'person' }] }).events;
    const rallies = evs.filter((e) => e.type === 'protest');
    expect(rallies).toHaveLength(1);
    expect(rallies[0]!.mentions).toHaveLength(2);
  });
});

describe('subjects and dates of one sentence', () => {
  const places = ['Port Lamont', 'Veldoria', 'Carrow', 'Estmark'].map((name) => ({ name, type: 'place' as const }));

  it('places in a locative list, or a noun inside a prepositional phrase, are no doer', () => {
    const text =
      'Two bombings at the consulates in Port Lamont, Veldoria, and Carrow, Estmark, on May 3 killed 40 people.';
    const evs = events(text, {
      minConfidence: 0,
      entities: places,
      timexes: [{ text: 'May 3', value: '2024-05-03', precision: 'day' }],
    }).events;
    const killing = evs.find((e) => e.type === 'killing')!;
    expect(killing.participants.filter((p) => p.role === 'attacker' || p.role === 'agent')).toEqual([]);
    // The cause takes the date its toll's clause states.
    expect(evs.find((e) => e.type === 'attack')!.date.value).toBe('2024-05-03');
  });

  it('a report without "that" does not take the date of what was said', () => {
    const text = 'Tom Hardy said he now believed the mill would close.';
    const evs = events(text, {
      entities: [{ name: 'Tom Hardy', type: 'person' }],
      timexes: [{ text: 'now', value: 'PRESENT_REF', precision: 'day' }],
    }).events;
    expect(evs.find((e) => e.type === 'statement')!.date).toMatchObject({ value: '2024-06-20', source: 'publication' });
  });
});

describe('the types an analyst finds weakest: orders, deliveries, agreements, meetings', () => {
  it.each([
    ['The mayor ordered the tenants to leave the building.', 'contract'],
    ['The governor ordered an inquiry into the fire.', 'contract'],
    ['The ministry ordered the departure of all non-essential staff.', 'contract'],
    ['The clerk was ordered home.', 'contract'],
    ['The diplomats left the country on orders from the capital.', 'contract'],
    ['The envoy flew in to deliver the king’s message.', 'contract'],
    ['A lecture delivered in 1950 warned of the danger.', 'contract'],
    ['Most voters seem to agree the dam should be rebuilt.', 'agreement'],
    ['Both candidates agree that the fire was a tragedy.', 'agreement'],
    ['Such crimes must be met with a firm response.', 'meeting'],
    ['The bank may not meet the new capital criteria.', 'meeting'],
    ['The mayor read from a letter signed by the owner.', 'agreement'],
  ])('%s has no %s', (text, type) => {
    expect(all(text).filter((e) => e.startsWith(`${type}:`))).toEqual([]);
  });

  it.each([
    ['The airline ordered 20 jets from the plane maker on Monday.', 'contract:ordered'],
    ['The army ordered new equipment from the supplier.', 'contract:ordered'],
    ['The plane maker delivered the first jet to the airline on Monday.', 'contract:delivered'],
    ['The two sides agreed to a truce on Monday.', 'ceasefire:agreed'],
    ['The company agreed to sell its paper mill on Monday.', 'agreement:agreed'],
    ['The two leaders met in Geneva on Monday.', 'meeting:met'],
    ['A judge on Monday ordered the two men held without bail.', 'ruling:ordered'],
    ['The cruise line has three ships on order from the yard.', 'contract:order'],
  ])('the event sense stays: %s', (text, event) => {
    expect(all(text).some((e) => e.startsWith(event))).toBe(true);
  });
});
