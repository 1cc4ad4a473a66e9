/**
 * Session 20 (issue 14 item 6, dates ≥ 85 % on unseen news): dating groups read on the development date splits.
 * Every sentence is our own; each rule has its false senses beside it.
 */
import { datedViews as dated, viewOn as on, type TimexSpec } from './builders.js';

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

describe('a dash that closes an aside hands the clause back to its main verb', () => {
  const monday: TimexSpec = { text: 'on Monday', value: '2025-10-13', precision: 'day' };
  const lead = 'The farm minister said he would meet union leaders.\n\n';

  it('"In a rally …, thousands of farmers -- some driving tractors and others carrying banners -- marched … on Monday"', () => {
    const v = dated(
      `${lead}In a large rally against the new tax, thousands of farmers -- some driving tractors and others carrying banners -- marched through the capital on Monday, blocking traffic.`,
      [monday],
    );
    expect(on(v, 'rally')?.date).toBe('2025-10-13');
  });

  it('an aside the dashes open keeps its date for its own verb ("where farmers -- who had blocked roads on Monday --")', () => {
    const v = dated(
      `${lead}A large rally against the tax drew thousands to the capital, where farmers -- who had blocked roads on Monday -- waved banners.`,
      [monday],
    );
    expect(on(v, 'rally')).toBeDefined();
    expect(on(v, 'rally')?.date).not.toBe('2025-10-13');
  });
});
