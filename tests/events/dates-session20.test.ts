/**
 * Session 20 (issue 14 item 6, dates ≥ 85 % on unseen news): dating groups read on the development date splits.
 * Every sentence is our own; each rule has its false senses beside it.
 */
import { datedViews as dated, viewOn as on } from './builders.js';

describe('a count up to now or a toll over a season absorbs no later dated event', () => {
  it('"Storms have killed 40 people since the rains began. In 2019 a cyclone killed 300" are two events', () => {
    const v = dated(
      'Storms have killed 40 people in the region since the rains began. In 2019 a cyclone killed 300 people on the coast.',
      [{ text: '2019', value: '2019', precision: 'year' }],
    );
    const killed = v.filter((e) => e.trigger === 'killed');
    expect(killed.map((e) => e.date)).toEqual([null, '2019']);
  });

  it('a single event is still retold ("A bomb exploded … on Monday. The explosion wounded 12 people")', () => {
    const v = dated('A bomb exploded in a market in Dalo on Monday. The explosion wounded 12 people.', [
      { text: 'on Monday', value: '2025-10-13', precision: 'day' },
    ]);
    expect(v.filter((e) => e.type === 'attack')).toHaveLength(1);
    expect(on(v, 'exploded')).toMatchObject({ date: '2025-10-13', evidence: 2 });
  });
});
