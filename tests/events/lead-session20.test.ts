/**
 * Session 20 (the lead): rows an analyst would count wrong, found by reading wire and broadcast copy written for
 * the purpose. Sentences written for each rule and its false senses; none is taken from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const monday = { text: 'on Monday', value: '2024-03-04', precision: 'day' as const };

describe('a count over a span and a later event of one day stay two events', () => {
  const killings = (evs: EventRecord[]): EventRecord[] => evs.filter((e) => e.type === 'killing');

  it('a killing of one day keeps its own toll, not the total before it', () => {
    const text =
      'The rebels have killed more than 4,000 people since their uprising began in 2012, the monitors say.\n\n' +
      'Separately, gunmen on motorbikes attacked a bus station in Tarsk on Monday, killing six travellers.';
    const evs = allEvents(text, '2024-03-05', { timexes: [monday] });
    const day = evs.filter((e) => e.date.value === '2024-03-04');
    expect(day.length).toBeGreaterThan(0);
    for (const e of day) expect(e.casualties?.killed?.value).not.toBe(4000);
    // The total is a row of its own, with no day.
    const total = killings(evs).find((e) => e.casualties?.killed?.value === 4000);
    expect(total?.date.value ?? null).toBeNull();
  });

  it('a total since a date does not absorb the day event after it either', () => {
    const text =
      'Bandits have killed 230 farmers since January, officials say.\n\n' +
      'Bandits on horseback killed four farmers near Kelso on Monday, a police officer said.';
    const evs = allEvents(text, '2024-03-05', {
      timexes: [monday, { text: 'January', value: '2024-01', precision: 'month' }],
    });
    const ks = killings(evs);
    expect(ks.map((e) => e.casualties?.killed?.value).sort()).toEqual([230, 4]);
    expect(ks.find((e) => e.casualties?.killed?.value === 4)?.date.value).toBe('2024-03-04');
  });

  it('two mentions of one day event still merge (the rule is about totals only)', () => {
    const text =
      'Gunmen killed six travellers at a bus station in Tarsk on Monday.\n\nThe killing drew condemnation from the governor.';
    const ks = killings(allEvents(text, '2024-03-05', { timexes: [monday] }));
    expect(ks).toHaveLength(1);
  });
});
