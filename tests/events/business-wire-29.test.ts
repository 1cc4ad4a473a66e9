/**
 * Events of business and wire copy, session 17 (issue 14, items 2 and 6): what the fresh8 split (MEANTIME
 * business news and TimeBank wire) still dated the wrong way or never found. Each rule is tested in its event
 * sense and in its false senses. Every sentence is our own, written for the rule it tests; none is taken from
 * a data set.
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const PUBLISHED = '2025-11-07';
function dated(text: string, timexes: TimexSpec[]) {
  const { events: evs, names } = events(text, { timexes, published: PUBLISHED, minConfidence: 0 });
  return view(evs, names);
}
const on = (views: ReturnType<typeof dated>, trigger: string) => views.find((e) => e.trigger === trigger);
const monday: TimexSpec = { text: 'Monday', value: '2025-11-03', precision: 'day' };

describe('a present perfect reported by a dated report verb takes the report’s day', () => {
  it.each([
    ['Kestrel Motors announced Monday it has settled its patent dispute with Halden Group.', 'settled'],
    ['Kestrel Motors announced Monday that it has finally settled its patent dispute with Halden Group.', 'settled'],
    ['Kestrel Motors said Monday the company has acquired Halden Group.', 'acquired'],
  ])('%s', (text, trigger) => {
    expect(on(dated(text, [monday]), trigger)).toMatchObject({ date: '2025-11-03', dateSource: 'clause' });
  });

  it.each([
    // A past perfect is before the report: background, not the report's news.
    ['Kestrel Motors announced Monday it had settled its patent dispute with Halden Group.', 'settled'],
    // A negation says it has not happened.
    ['Kestrel Motors said Monday it has never acquired a rival.', 'acquired'],
    // A progressive perfect is a course, not one act of the report's day.
    ['Kestrel Motors said Monday it has been selling trucks to Halden Group.', 'selling'],
  ])('not: %s', (text, trigger) => {
    expect(on(dated(text, [monday]), trigger)?.date ?? null).not.toBe('2025-11-03');
  });
});

describe('the end of a span is not the event’s date', () => {
  const y = (v: string): TimexSpec => ({ text: v, value: v, precision: 'year' });
  it('"between 2027 and 2029 it will take delivery": the span’s start', () => {
    const v = dated('Between 2027 and 2029 Orvia will take delivery of ten new jets from Zentrix.', [
      y('2027'),
      y('2029'),
    ]);
    expect(on(v, 'delivery')?.date).toBe('2027');
  });

  it('"from 2027 to 2029": the span’s start', () => {
    const v = dated('From 2027 to 2029 Zentrix will deliver ten jets to Orvia.', [y('2027'), y('2029')]);
    expect(on(v, 'deliver')?.date).toBe('2027');
  });

  it('not a lone "until" (a delay’s new date)', () => {
    const v = dated('Zentrix will deliver the jets to Orvia until 2029.', [y('2029')]);
    expect(on(v, 'deliver')?.date).toBe('2029');
  });
});

describe('a business event with no party of its own takes one the sentence gives', () => {
  const groups: EntitySpec[] = [
    { name: 'Zentrix', type: 'group' },
    { name: 'Orvia', type: 'group' },
    { name: 'Kestrel Motors', type: 'group' },
  ];
  const parties = (text: string, trigger: string, entities: EntitySpec[] = groups) => {
    const { events: evs, names } = events(text, {
      published: PUBLISHED,
      minConfidence: 0,
      entities: entities.filter((e) => text.includes(e.name)),
    });
    return view(evs, names).find((e) => e.trigger === trigger)?.participants ?? {};
  };

  it.each([
    ['Orvia has negotiated the purchase of ten new jets.', 'purchase', 'Orvia'],
    ['Kestrel Motors announced the launch of a new electric van.', 'launch', 'Kestrel Motors'],
  ])('the subject of a verb that makes the event its own act: %s', (text, trigger, party) => {
    expect(parties(text, trigger)).toEqual({ agent: [party] });
  });

  it.each([
    ['Orvia has criticised the purchase of ten new jets.', 'purchase'],
    ['The purchase of ten new jets was negotiated by a broker.', 'purchase'],
  ])('not a verb of another view, nor a passive: %s', (text, trigger) => {
    expect(parties(text, trigger).agent ?? []).not.toContain('Orvia');
  });

  it('the group whose possessive owns the product’s phrase', () => {
    const text = "Zentrix's forthcoming Orbit operating system, to be released in 2026, will run on the tablet.";
    expect(parties(text, 'released')).toEqual({ participant: ['Zentrix'] });
  });

  it.each([
    // A pronoun names nobody.
    ['Its forthcoming Orbit operating system, to be released in 2026, will run on the tablet.', []],
    // A person's possessive is no maker.
    [
      "Dana Whitfield's forthcoming memoir, to be released in 2026, tells of her years at the firm.",
      [{ name: 'Dana Whitfield', type: 'person' } as EntitySpec],
    ],
  ])('not: %s', (text, entities) => {
    expect(parties(text, 'released', entities as EntitySpec[]).participant).toBeUndefined();
  });
});
