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

describe('an "after" clause with a subject and verb of its own is dated apart from its main clause', () => {
  const tuesday: TimexSpec = { text: 'on Tuesday', value: '2025-10-14', precision: 'day' };
  const thursday: TimexSpec = { text: 'on Thursday', value: '2025-10-16', precision: 'day' };

  it('"called the walkout after talks with the ministry broke down on Tuesday": the walkout is not Tuesday\'s', () => {
    const v = dated(
      'Rail workers went on strike on Thursday. The union called the walkout after talks with the ministry broke down on Tuesday.',
      [thursday, tuesday],
    );
    expect(on(v, 'strike')?.date).toBe('2025-10-16');
    expect(on(v, 'walkout')?.date ?? null).not.toBe('2025-10-14');
  });

  it('an attack inside the clause is not dated by the main clause ("will hold a ceremony next year after rebels attacked")', () => {
    const v = dated('The town will hold a memorial service next year after rebels attacked its market.', [
      { text: 'next year', value: '2026', precision: 'year' },
    ]);
    expect(on(v, 'attacked')).toBeDefined();
    expect(on(v, 'attacked')?.date ?? null).not.toBe('2026');
  });

  it('not a noun phrase ("arrested two men on Thursday after the attack on Tuesday") nor "DURATION after <clause>"', () => {
    const v = dated('Police arrested two men on Thursday after the attack on Tuesday.', [thursday, tuesday]);
    expect(on(v, 'arrested')?.date).toBe('2025-10-16');
    const w = dated('The strike began on Thursday, two days after talks with the ministry broke down.', [
      thursday,
      { text: 'two days', value: 'P2D', precision: 'unknown', type: 'DURATION' },
    ]);
    // Talks that broke down are shown at the verb (evbiz, session 20).
    expect(on(w, 'broke')?.date).toBe('2025-10-14');
  });

  it('a year of the main clause holds both ("opened its first branch in 2019 after its chairman met the mayor")', () => {
    const v = dated('The bank opened its first branch in 2019 after its chairman met the mayor in Lyon.', [
      { text: '2019', value: '2019', precision: 'year' },
    ]);
    expect(on(v, 'met')?.date).toBe('2019');
  });
});

describe('a known event as the topic of a planned meeting happened before it', () => {
  const monday: TimexSpec = { text: 'on Monday', value: '2025-10-13', precision: 'day' };
  const friday: TimexSpec = { text: 'on Friday', value: '2025-10-17', precision: 'day' };

  it('"will meet on Friday to discuss the attack": the attack is Monday\'s, told again, not planned for Friday', () => {
    const v = dated(
      'Gunmen attacked a bus near Dalo on Monday. The council will meet on Friday to discuss the attack.',
      [monday, friday],
      '2025-10-15',
    );
    expect(v.filter((e) => e.type === 'attack')).toHaveLength(1);
    expect(on(v, 'attacked')).toMatchObject({ date: '2025-10-13', status: 'occurred', evidence: 2 });
    expect(on(v, 'meet')).toMatchObject({ date: '2025-10-17', status: 'planned' });
  });

  it('not an unsettled one: "to discuss a planned strike" stays planned and undated', () => {
    const v = dated(
      'Union leaders will meet on Friday to discuss a planned strike by dock workers.',
      [friday],
      '2025-10-15',
    );
    expect(on(v, 'strike')).toMatchObject({ status: 'planned', date: null });
  });
});
