/**
 * Session 19 (issue 14 item 6, dates ≥ 85 % on unseen news): dating groups read on the development date splits.
 * Every sentence is our own; each rule has its false senses beside it.
 */
import { datedViews as dated, viewOn as on, type TimexSpec } from './builders.js';

const monday: TimexSpec = { text: 'on Monday', value: '2025-10-13', precision: 'day' };

describe('a toll over an outbreak or a season has no single date', () => {
  it('"The epidemic killed 230 people" after the day the epidemic was declared over', () => {
    const v = dated(
      'The health ministry declared a measles epidemic in the north over on Monday. The epidemic killed 230 people.',
      [monday],
    );
    expect(on(v, 'killed')?.date ?? null).toBeNull();
  });

  it('deaths counted among cases ("nine cases, including three deaths") are undated', () => {
    const v = dated(
      'The ministry on Monday declared an outbreak of cholera in the south after tests confirmed nine cases, including three deaths.',
      [monday],
    );
    expect(on(v, 'deaths')).toBeDefined();
    expect(on(v, 'deaths')?.date).toBeNull();
  });

  it('a flood named after its season is one flood: "Monsoon floods killed 12 people … on Monday"', () => {
    const v = dated('Monsoon floods killed 12 people in the hills on Monday.', [monday]);
    expect(on(v, 'killed')?.date).toBe('2025-10-13');
  });

  it('a killing during an outbreak is one attack: the lead still falls back to the publication date', () => {
    const v = dated('Gunmen killed 12 villagers in a northern town during the cholera epidemic.', []);
    expect(on(v, 'killed')).toMatchObject({ date: '2025-10-17', dateSource: 'publication' });
  });
});

describe('a count up to now from a clause after "since"', () => {
  it('"Storms have killed 40 people since the rains began" is undated', () => {
    const v = dated(
      'A storm hit the coast on Monday. Storms have killed 40 people in the region since the rains began.',
      [monday],
    );
    expect(on(v, 'killed')?.date ?? null).toBeNull();
  });

  it('not a simple past with its own date ("killed four people on Monday after the rains began")', () => {
    const v = dated('Storms killed four people in the region on Monday after the rains began.', [monday]);
    expect(on(v, 'killed')?.date).toBe('2025-10-13');
  });
});

describe('a trend is no dated event', () => {
  it('"Bombings in the port have fallen by a third this year" takes no date, not even the year', () => {
    const v = dated(
      'Police arrested two men on Monday over an arson attack on a bus depot. Bombings in the port have fallen by a third this year, according to the transport ministry.',
      [monday, { text: 'this year', value: '2025', precision: 'year' }],
    );
    expect(on(v, 'Bombings')).toBeDefined();
    expect(on(v, 'Bombings')?.date).toBeNull();
  });

  it('a definite plural is the told events: "The robberies in the port on Monday have increased fears"', () => {
    const v = dated('The robberies in the port on Monday have increased fears among traders.', [monday]);
    expect(on(v, 'robberies')?.date).toBe('2025-10-13');
  });
});

describe('a coordinated subject makes a base-form verb present: scheduled, the coming day', () => {
  it('"He and the envoy meet separately Monday" in a Friday report is the next Monday', () => {
    const v = dated('He and the envoy meet separately Monday with the foreign minister.', [
      { text: 'Monday', value: '2025-10-13', precision: 'day' },
    ]);
    expect(on(v, 'meet')).toMatchObject({ status: 'planned', date: '2025-10-20' });
  });

  it('a past verb keeps the past Monday ("He and the envoy met separately Monday")', () => {
    const v = dated('He and the envoy met separately Monday with the foreign minister.', [
      { text: 'Monday', value: '2025-10-13', precision: 'day' },
    ]);
    expect(on(v, 'met')?.date).toBe('2025-10-13');
  });
});

describe('the bound of a span in another clause is not the date an ordered event hangs on', () => {
  it('"… for the first time since 1987, and the coach resigned hours after the match" is not 1987', () => {
    const v = dated(
      "Northport beat Riverside 2-1 on Saturday to win the title for the first time since 1987, and Riverside's coach resigned hours after the match.",
      [
        { text: 'on Saturday', value: '2025-10-11', precision: 'day' },
        { text: 'since 1987', value: '1987', precision: 'year' },
        { text: 'hours', value: 'PTXH', precision: 'unknown', type: 'DURATION' },
      ],
    );
    expect(on(v, 'resigned')?.date).not.toBe('1987');
  });
});

describe('a clause embedded in a long subject ends at the main verb group', () => {
  it('"The man who threw the grenade seconds before the bomb exploded was named on Thursday": not Thursday', () => {
    const v = dated(
      'A bomb hit the embassy on Aug. 3. The man who threw a grenade at the guards seconds before the bomb exploded was named on Thursday as a suspect.',
      [
        { text: 'on Aug. 3', value: '2025-08-03', precision: 'day' },
        { text: 'seconds', value: 'PTXS', precision: 'unknown', type: 'DURATION' },
        { text: 'on Thursday', value: '2025-10-16', precision: 'day' },
      ],
    );
    expect(on(v, 'exploded')).toBeDefined();
    expect(on(v, 'exploded')?.date).not.toBe('2025-10-16');
  });

  it('a verb with its own date keeps it: "A second bomb exploded on Thursday near the gate"', () => {
    const v = dated('A second bomb exploded on Thursday near the gate.', [
      { text: 'on Thursday', value: '2025-10-16', precision: 'day' },
    ]);
    expect(on(v, 'exploded')?.date).toBe('2025-10-16');
  });
});

describe('an event at, during or just before an occasion named with its day', () => {
  const saturday: TimexSpec = { text: 'Saturday', value: '2025-10-11', precision: 'day' };
  it('"Supporters clashed with police outside the ground before Saturday\'s derby" is that Saturday', () => {
    const v = dated("Supporters clashed with police outside the ground before Saturday's derby.", [saturday]);
    expect(on(v, 'clashed')?.date).toBe('2025-10-11');
  });

  it('not after the occasion: "The minister resigned after Saturday\'s vote" is not dated by it', () => {
    const v = dated("The minister resigned after Saturday's vote.", [saturday]);
    expect(on(v, 'resigned')).toBeDefined();
    expect(on(v, 'resigned')?.date).not.toBe('2025-10-11');
  });
});
