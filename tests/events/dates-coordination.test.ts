/**
 * Session 13 (issue 14 item 6): dates of coordinated clauses, of a conjunct that moves on by a span, of a
 * relative clause on the event noun itself, of a statement's noun, and the paragraph's reference time that a
 * background clause does not move. Every sentence is our own.
 */
import { events, view, type TimexSpec } from './builders.js';

function dated(text: string, timexes: TimexSpec[], published: string | null = '2025-10-17') {
  const { events: evs, names } = events(text, { timexes, published, minConfidence: 0 });
  return view(evs, names);
}
const on = (views: ReturnType<typeof dated>, trigger: string) => views.find((e) => e.trigger === trigger);

describe('coordinated clauses', () => {
  it('each conjunct keeps its own date ("detained him on Sunday and charged him on Tuesday")', () => {
    const v = dated('Border guards detained a smuggler on Sunday and charged him on Tuesday with fraud.', [
      { text: 'on Sunday', value: '2025-10-12', precision: 'day' },
      { text: 'on Tuesday', value: '2025-10-14', precision: 'day' },
    ]);
    expect(on(v, 'detained')).toMatchObject({ date: '2025-10-12' });
    expect(on(v, 'charged')).toMatchObject({ date: '2025-10-14' });
  });

  it('in the passive too ("was arrested on Monday and charged on Thursday")', () => {
    const v = dated('A lorry driver was arrested on Monday and charged on Thursday with dangerous driving.', [
      { text: 'on Monday', value: '2025-10-13', precision: 'day' },
      { text: 'on Thursday', value: '2025-10-16', precision: 'day' },
    ]);
    expect(on(v, 'charged')).toMatchObject({ date: '2025-10-16' });
  });

  it('a conjunct without a date shares its partner’s ("met … on Wednesday and agreed …")', () => {
    const v = dated('The two mayors met in Lyon on Wednesday and agreed to share the cost of the bridge.', [
      { text: 'on Wednesday', value: '2025-10-15', precision: 'day' },
    ]);
    expect(on(v, 'met')?.date).toBe('2025-10-15');
    expect(on(v, 'agreed')?.date).toBe('2025-10-15');
  });

  it('a fronted date governs both conjuncts ("On Monday, police raided … and arrested …")', () => {
    const v = dated('On Monday, police raided a warehouse and arrested four men.', [
      { text: 'On Monday', value: '2025-10-13', precision: 'day' },
    ]);
    expect(on(v, 'arrested')).toMatchObject({ date: '2025-10-13' });
  });
});

describe('a conjunct that moves on by a span', () => {
  it('"was shot on Friday and died three days later" is three days after the Friday', () => {
    const v = dated('The farmer was shot near his barn on Friday and died in hospital three days later.', [
      { text: 'on Friday', value: '2025-10-10', precision: 'day' },
      { text: 'three days', value: 'P3D', precision: 'unknown', type: 'DURATION' },
    ]);
    expect(on(v, 'shot')).toMatchObject({ date: '2025-10-10' });
    expect(on(v, 'died')).toMatchObject({ date: '2025-10-13' });
  });

  it('hours after an event fall on its day ("resigned hours after the vote", a DURATION in hours)', () => {
    const v = dated(
      'Parliament rejected the budget on Wednesday, and the finance minister resigned hours after the vote.',
      [
        { text: 'on Wednesday', value: '2025-10-15', precision: 'day' },
        { text: 'hours', value: 'PTXH', precision: 'unknown', type: 'DURATION' },
      ],
    );
    expect(on(v, 'resigned')).toMatchObject({ date: '2025-10-15' });
  });
});

describe('a relative clause on the event noun itself', () => {
  it('dates the noun ("charged over a robbery that took place earlier this month")', () => {
    const v = dated('Police on Thursday charged two brothers over a robbery that took place earlier this month.', [
      { text: 'on Thursday', value: '2025-10-16', precision: 'day' },
      { text: 'earlier this month', value: '2025-10', precision: 'month', mod: 'START' },
    ]);
    expect(on(v, 'charged')).toMatchObject({ date: '2025-10-16' });
    expect(on(v, 'robbery')).toMatchObject({ date: '2025-10' });
  });

  it('a crime qualified by a participle is still the legal step’s crime ("charged … with attempted murder")', () => {
    const v = dated('Prosecutors on Friday charged a guard with attempted murder.', [
      { text: 'on Friday', value: '2025-10-17', precision: 'day' },
    ]);
    expect(on(v, 'murder')?.date ?? null).toBeNull();
  });
});

describe('a statement’s noun', () => {
  it('takes the date after it ("claimed the ambush in a statement on Thursday"), not the event it is about', () => {
    const v = dated('A rebel group claimed responsibility for the ambush in a statement on Thursday.', [
      { text: 'on Thursday', value: '2025-10-16', precision: 'day' },
    ]);
    expect(on(v, 'ambush')?.date ?? null).not.toBe('2025-10-16');
  });
});

describe('the paragraph’s reference time', () => {
  it('is not moved by a relative clause on a noun that is no event ("a man who had left prison in 2021")', () => {
    const v = dated(
      'Police on Tuesday named a man who had left prison in 2021 as their main suspect. He was detained at a petrol station.',
      [
        { text: 'on Tuesday', value: '2025-10-14', precision: 'day' },
        { text: 'in 2021', value: '2021', precision: 'year' },
      ],
    );
    expect(on(v, 'detained')?.date).not.toBe('2021');
  });

  it('is not moved by a "since" clause ("protests every week since the law was passed in May")', () => {
    const v = dated(
      'Farmers blocked the motorway on Monday. Unions have called protests every week since the law was passed in May. Police arrested six drivers.',
      [
        { text: 'on Monday', value: '2025-10-13', precision: 'day' },
        { text: 'in May', value: '2025-05', precision: 'month' },
      ],
    );
    expect(on(v, 'arrested')).toMatchObject({ date: '2025-10-13' });
  });
});

describe('dated from another event of the text', () => {
  it('"A week after the attack, the army will hold a ceremony": the attack\'s date moved a week', () => {
    const v = dated(
      'Gunmen attacked a border post on Monday. A week after the attack, the army will hold a ceremony for the dead.',
      [
        { text: 'on Monday', value: '2025-10-13', precision: 'day' },
        { text: 'A week', value: 'P1W', precision: 'unknown', type: 'DURATION' },
      ],
    );
    expect(on(v, 'ceremony')).toMatchObject({ date: '2025-10-20' });
  });

  it('the phrase\'s event does not take another conjunct\'s date ("two days after the vote, and the assembly will meet on Friday")', () => {
    const v = dated(
      'Voters elected a new assembly on Sunday. Coalition talks will begin two days after the vote, and the assembly will meet on Friday.',
      [
        { text: 'on Sunday', value: '2025-10-12', precision: 'day' },
        { text: 'two days', value: 'P2D', precision: 'unknown', type: 'DURATION' },
        { text: 'on Friday', value: '2025-10-24', precision: 'day' },
      ],
      '2025-10-14',
    );
    expect(on(v, 'vote')?.date ?? null).not.toBe('2025-10-22');
  });
});
