/**
 * Session 14 (issue 14 item 6, "dates from the event's own clause first"): phenomena found on whole documents
 * (the dates2 gold split). Every sentence is our own.
 */
import { datedViews as dated, viewOn as on, type EntitySpec } from './builders.js';

const G = (name: string): EntitySpec => ({ name, type: 'group' });

describe('a report date sets no narrative time', () => {
  it('"…, a governor said on Thursday. The rebels … looted shops" is the night the attack was told for', () => {
    const v = dated(
      'Rebels shelled a border town on Tuesday night, a regional governor said on Thursday. The rebels burned the market and looted shops.',
      [
        { text: 'Tuesday night', value: '2025-10-14TNI', precision: 'day' },
        { text: 'on Thursday', value: '2025-10-16', precision: 'day' },
      ],
    );
    expect(on(v, 'shelled')?.date).toBe('2025-10-14TNI');
    expect(on(v, 'looted')?.date).toBe('2025-10-14TNI');
  });
});

describe('a result folded into its cause', () => {
  it('takes the cause’s date before another clause’s ("this month; a bus overturned … on Oct. 3, killing five")', () => {
    const v = dated(
      'It was the third crash on the mountain road this month; a bus overturned near the pass on Oct. 3, killing five passengers.',
      [
        { text: 'this month', value: '2025-10', precision: 'month' },
        { text: 'on Oct. 3', value: '2025-10-03', precision: 'day' },
      ],
    );
    expect(v.find((e) => e.trigger === 'killing')?.date).toBe('2025-10-03');
  });

  it('does not merge with a death told for another date ("since a truck bomb killed 200 people in 2019")', () => {
    const v = dated(
      'Car bomb kills 30 at bus station\n\nA car bomb exploded at a bus station on Sunday, killing 30 people, police said on Monday. It was the deadliest attack in the city since a truck bomb killed 200 people in 2019.',
      [
        { text: 'on Sunday', value: '2025-10-12', precision: 'day' },
        { text: 'on Monday', value: '2025-10-13', precision: 'day' },
        { text: 'in 2019', value: '2019', precision: 'year' },
      ],
    );
    // The headline's "kills" is the lead's killing; the 2019 killing stays an event of its own.
    expect(v.filter((e) => e.type === 'killing').map((e) => [e.trigger, e.date])).toEqual([
      ['kills', '2025-10-12'],
      ['killed', '2019'],
    ]);
  });
});

describe('results are dated by their report, not by the period they cover', () => {
  it('"reported a drop in second-quarter profit on Thursday" is the Thursday', () => {
    const v = dated(
      'Heineken reported a sharp drop in second-quarter profit on Thursday.',
      [
        { text: 'second-quarter', value: '2025-Q2', precision: 'quarter' },
        { text: 'on Thursday', value: '2025-10-16', precision: 'day' },
      ],
      '2025-10-17',
      [G('Heineken')],
    );
    expect(on(v, 'reported')?.date).toBe('2025-10-16');
  });

  it('"posted third-quarter net income of …" is not dated by the quarter', () => {
    const v = dated(
      'Heineken posted third-quarter net income of 40 million euros.',
      [{ text: 'third-quarter', value: '2025-Q3', precision: 'quarter' }],
      '2025-10-17',
      [G('Heineken')],
    );
    expect(on(v, 'posted')).toBeDefined();
    expect(on(v, 'posted')?.date).not.toBe('2025-Q3');
  });

  it('"rose on Friday after it reported results a day earlier" is the Thursday', () => {
    const v = dated(
      'Shares of Heineken rose on Friday after it reported higher sales a day earlier.',
      [
        { text: 'on Friday', value: '2025-10-17', precision: 'day' },
        { text: 'a day', value: 'P1D', precision: 'unknown', type: 'DURATION' },
      ],
      '2025-10-17',
      [G('Heineken')],
    );
    expect(on(v, 'reported')?.date).toBe('2025-10-16');
  });
});

describe('a date of another clause is not the event’s', () => {
  it('"reported a loss on Tuesday and said it would cut 900 jobs": the cuts take neither the Tuesday nor a deadline', () => {
    const v = dated(
      'Lufthansa reported a loss on Tuesday and said it would cut 900 jobs by the end of next year.',
      [
        { text: 'on Tuesday', value: '2025-10-14', precision: 'day' },
        { text: 'the end of next year', value: '2026', precision: 'year', mod: 'END' },
      ],
      '2025-10-17',
      [G('Lufthansa')],
    );
    expect(on(v, 'loss')?.date).toBe('2025-10-14');
    expect(on(v, 'said')?.date).toBe('2025-10-14');
    expect(on(v, 'cut')).toMatchObject({ date: null });
  });

  it('nor a later clause’s when the event hangs on an undated one ("talks will begin a week after the vote, and parliament will meet on Monday")', () => {
    const v = dated('Coalition talks will begin a week after the vote, and the new parliament will meet on Monday.', [
      { text: 'a week', value: 'P1W', precision: 'unknown', type: 'DURATION' },
      { text: 'on Monday', value: '2025-10-20', precision: 'day' },
    ]);
    expect(on(v, 'talks')).toMatchObject({ date: null });
  });

  it('a deadline is no date ("will cut 900 jobs by 2027")', () => {
    const v = dated('The airline will cut 900 jobs by 2027.', [{ text: '2027', value: '2027', precision: 'year' }]);
    expect(on(v, 'cut')).toMatchObject({ date: null });
  });

  it('a conjunct with a subject of its own ("will tour … on Monday, and an inquiry has been opened")', () => {
    const v = dated('The mayor will tour the flooded district on Monday, and an investigation has been opened.', [
      { text: 'on Monday', value: '2025-10-20', precision: 'day' },
    ]);
    expect(on(v, 'tour')?.date).toBe('2025-10-20');
    expect(on(v, 'investigation')).toMatchObject({ date: '2025-10-17', dateSource: 'tense' });
  });
});

describe('events with no single date', () => {
  it('a count over a span up to now ("14 people have been killed … since January") takes no narrative date', () => {
    const v = dated(
      'Truckers blocked the ring road on Monday. Police said 14 people have been killed by the gangs since January.',
      [
        { text: 'on Monday', value: '2025-10-13', precision: 'day' },
        { text: 'January', value: '2025-01', precision: 'month' },
      ],
    );
    expect(on(v, 'killed')).toMatchObject({ date: null });
  });

  it('a count over a span does not merge into the one event told before ("14 arrests since the start of the year")', () => {
    const v = dated(
      'Police arrested two smugglers on Sunday. There have been 14 arrests since the start of the year.',
      [
        { text: 'on Sunday', value: '2025-10-12', precision: 'day' },
        { text: 'the start of the year', value: '2025', precision: 'year', mod: 'START' },
      ],
    );
    expect(on(v, 'arrested')?.date).toBe('2025-10-12');
    expect(v.find((e) => e.trigger === 'arrests')).toMatchObject({ date: null });
  });

  it('an event said not to have happened ("passed … in July without a vote") has no date', () => {
    const v = dated('The pension law was passed by parliament in July without a vote.', [
      { text: 'in July', value: '2025-07', precision: 'month' },
    ]);
    expect(on(v, 'vote')).toMatchObject({ status: 'negated', date: null });
  });

  it('the crime of a charge over a long object ("charged a 41-year-old Danish man on Friday with planning a knife attack")', () => {
    const v = dated(
      'Prosecutors charged a 41-year-old Danish man on Friday with planning a knife attack on a concert.',
      [{ text: 'on Friday', value: '2025-10-17', precision: 'day' }],
    );
    expect(on(v, 'charged')?.date).toBe('2025-10-17');
    expect(on(v, 'attack')).toMatchObject({ date: null });
  });
});
