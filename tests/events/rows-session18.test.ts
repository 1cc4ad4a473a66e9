/**
 * Session 18 ("evprec" helper): rows an analyst can trust on conflict news. Each block is one phenomenon of a
 * wrong or missing row, argument or place, with sentences written for the rule and its false senses. None is
 * taken from a data set or a gold file.
 */
import { allEvents, type EntitySpec, type TimexSpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const L = (name: string): EntitySpec => ({ name, type: 'place' });

const run = (text: string, opts: { timexes?: TimexSpec[]; entities?: EntitySpec[] } = {}): EventRecord[] =>
  allEvents(text, '2024-03-08', opts);

const at = (evs: readonly EventRecord[], trigger: string): EventRecord | undefined =>
  evs.find((e) => (e.mentions ?? [e.trigger]).some((m) => m.text === trigger));

const heads = (e: EventRecord | undefined, role: string): string[] =>
  (e?.arguments ?? []).filter((a) => a.role === role).map((a) => a.head.text);

describe('a date with a comma inside or after it does not end the adverbial that places the sentence', () => {
  it.each([
    ['On March 3, 2021 in Kandar, a suicide bomber blew himself up at a checkpoint.', 'March 3, 2021', 'blew'],
    ['On 3 March 2021, in Kandar, gunmen attacked a police post.', '3 March 2021', 'attacked'],
    ['On Friday, October 8, in Kandar, a car bomb exploded outside a bank.', 'Friday, October 8', 'exploded'],
  ])('%s', (text, date, trigger) => {
    const evs = run(text, {
      entities: [L('Kandar')],
      timexes: [{ text: date, value: '2021-03-03', precision: 'day' }],
    });
    expect(heads(at(evs, trigger), 'place')).toEqual(['Kandar']);
  });

  it.each([
    // The place belongs to a noun phrase of the main clause after the date's comma: no fronted adverbial.
    ['On Monday, police in Kandar said a bomb exploded outside the bank.', 'Monday', 'exploded'],
    // A place after the first clause's verb is that clause's, not the sentence head's.
    ['On Monday, a bomb exploded outside the bank.', 'Monday', 'exploded'],
  ])('no fronted place: %s', (text, date, trigger) => {
    const evs = run(text, {
      entities: /Kandar/.test(text) ? [L('Kandar')] : [],
      timexes: [{ text: date, value: '2024-03-04', precision: 'day' }],
    });
    expect(at(evs, trigger)).toBeDefined();
    expect(heads(at(evs, trigger), 'place')).toEqual([]);
  });
});

describe('"since <date>, when …" tells the earlier event the main clause is measured from', () => {
  const year = (text: string): TimexSpec => ({ text, value: text, precision: 'year' });

  it('the death of the main clause is no victim of the earlier attack, and the two deaths stay apart', () => {
    const evs = run(
      'It was the first death of a peacekeeper in Velmar since 2019, when a sergeant died in the same valley, apparently hit by artillery fire from rebel lines.',
      { entities: [L('Velmar')], timexes: [year('2019')] },
    );
    const fire = at(evs, 'artillery fire');
    expect(fire).toBeDefined();
    expect(heads(fire, 'victim')).toEqual(['sergeant']);
    expect(heads(fire, 'place')).not.toContain('Velmar');
    expect(at(evs, 'death')).not.toBe(at(evs, 'died'));
  });

  it('a bombing measured against an older bombing is not that bombing', () => {
    const evs = run(
      'A car bomb killed six people in the capital on Monday. The bombing was the deadliest there since 2015, when 40 people died in a truck bombing at a market.',
      { timexes: [year('2015'), { text: 'Monday', value: '2024-03-04', precision: 'day' }] },
    );
    const old = evs.find((e) => e.mentions?.some((m) => m.text === 'bombing' && e.trigger.start > 60));
    expect(old).toBeDefined();
    expect(old!.mentions!.map((m) => m.text)).toEqual(['bombing']);
    expect(heads(old, 'victim')).toEqual(['people']);
    expect(old!.casualties?.killed?.value).toBe(40);
  });

  it.each([
    // A when-clause on a date without "since" tells the date of the main clause's own event.
    ['On Monday, when a bomb exploded in the market, twelve people died.', 'Monday'],
    // A when-clause after the main clause tells the cause of its deaths.
    ['Twelve people died on Monday when a bomb exploded in the market.', 'Monday'],
  ])('deaths still fold into their cause: %s', (text, date) => {
    const evs = run(text, { timexes: [{ text: date, value: '2024-03-04', precision: 'day' }] });
    expect(heads(at(evs, 'exploded'), 'victim')).toEqual(['people']);
  });
});

describe('trigger mentions are words that name an event of the type; words that only refer back are not', () => {
  it('"the attack" retells the bombing as a mention; "the incident", "the tragedy" and "it" are no mentions', () => {
    const evs = run(
      'A car bomb exploded outside a police station in Kandar on Monday, killing nine people. Police said the incident was the worst in the city for years. Officials called the tragedy a crime, and it shocked residents. The attack was condemned by the mayor.',
      { entities: [L('Kandar')], timexes: [{ text: 'Monday', value: '2024-03-04', precision: 'day' }] },
    );
    const bombing = at(evs, 'exploded');
    expect(bombing?.mentions?.map((m) => m.text)).toEqual(['exploded', 'attack']);
    const words = evs.flatMap((e) => (e.mentions ?? [e.trigger]).map((m) => m.text));
    expect(words).not.toContain('incident');
    expect(words).not.toContain('tragedy');
    expect(words).not.toContain('it');
  });
});

describe('shots aimed "on" or "at" something name the target; the words of "opened fire" are none', () => {
  it.each([
    ['A gunman opened fire on shoppers outside a bakery on Sunday.', 'opened fire', ['shoppers']],
    ['Border guards opened fire at the smugglers.', 'opened fire', ['smugglers']],
    ['Troops fired on the marchers near the square.', 'fired', ['marchers']],
    ['A sniper shot at two medics near the bridge.', 'shot', ['medics']],
  ])('%s', (text, trigger, target) => {
    expect(heads(at(run(text), trigger), 'target')).toEqual(target);
  });

  it.each([
    // No object at all: "fire" is the trigger's own word, not what was attacked.
    ['Police opened fire, witnesses said.', 'opened fire', []],
    // A passive subject is the target; "at close range" says how, not at whom.
    ['The judge was shot at close range.', 'shot', ['judge']],
    // A word for a kind of place says where the shots went, not whom they hit.
    ['Soldiers fired at a checkpoint outside the town.', 'fired', []],
    // A date after "on" is when.
    ['Gunmen opened fire on Monday, killing two guards.', 'opened fire', []],
  ])('no target from the phrase: %s', (text, trigger, target) => {
    const evs = run(text, {
      timexes: /Monday/.test(text) ? [{ text: 'Monday', value: '2024-03-04', precision: 'day' }] : [],
    });
    expect(at(evs, trigger)).toBeDefined();
    expect(heads(at(evs, trigger), 'target')).toEqual(target);
  });
});

describe('a word for a kind of place names the place it stands for: in apposition, or with "of" and a list', () => {
  it.each([
    ['Thousands protested in the capital, Ostava, on Sunday.', 'protested', ['Ostava']],
    ['Gunmen stormed a hotel in the Kenyan capital Ostava on Friday.', 'stormed', ['Ostava']],
    ['Militants attacked police posts in the towns of Kandar and Tarsk.', 'attacked', ['Kandar', 'Tarsk']],
    ['Troops shelled rebel positions near the Syrian villages of Kandar and Tarsk.', 'shelled', ['Kandar', 'Tarsk']],
  ])('%s', (text, trigger, places) => {
    const names = ['Ostava', 'Kandar', 'Tarsk'].filter((n) => text.includes(n));
    const evs = run(text, { entities: names.map(L) });
    expect(heads(at(evs, trigger), 'place')).toEqual(places);
  });

  it('a name that goes on into another noun is no apposition ("the town, Kandar officials said")', () => {
    const evs = run('Troops clashed with rebels in the town, Kandar officials said.', { entities: [L('Kandar')] });
    expect(heads(at(evs, 'clashed'), 'place')).not.toContain('Kandar');
  });
});

describe('a bare plural said to be common, rare or regular names a kind of event, not one', () => {
  it.each([
    ['Epidemics are common in the rural north of Velmar.', 'Epidemics'],
    ['Kidnappings are a regular occurrence in the border province.', 'Kidnappings'],
    ['Ambushes remain rare on the coast road.', 'Ambushes'],
  ])('%s', (text, trigger) => {
    const e = at(run(text, { entities: /Velmar/.test(text) ? [L('Velmar')] : [] }), trigger);
    if (e) expect(e.status).toBe('generic');
  });

  it.each([
    ['Clashes were reported in Velmar on Monday.', 'Clashes'],
    // A definite noun names the events told: "the attacks" are no kind.
    ['The attacks were common knowledge in Velmar by Monday.', 'attacks'],
  ])('still an occurrence: %s', (text, trigger) => {
    const evs = run(text, {
      entities: [L('Velmar')],
      timexes: [{ text: 'Monday', value: '2024-03-04', precision: 'day' }],
    });
    expect(at(evs, trigger)?.status).not.toBe('generic');
  });
});

describe('places joined by "and" over the word for their kind or a "nearby"', () => {
  it.each([
    ['Airstrikes hit rebel positions in Kandar province and Tarsk province on Monday.', 'Airstrikes', 2],
    ['Clashes broke out in Kandar and nearby Tarsk.', 'Clashes', 2],
  ])('%s', (text, trigger, n) => {
    const evs = run(text, {
      entities: [L('Kandar'), L('Tarsk')],
      timexes: /Monday/.test(text) ? [{ text: 'Monday', value: '2024-03-04', precision: 'day' }] : [],
    });
    expect(heads(at(evs, trigger), 'place')).toHaveLength(n);
  });

  it('a place and the country it lies in are one place ("Kandar, Velmar")', () => {
    const evs = run('Gunmen attacked a bakery in Kandar, Velmar.', { entities: [L('Kandar'), L('Velmar')] });
    expect(heads(at(evs, 'attacked'), 'place')).toEqual(['Kandar']);
  });
});
