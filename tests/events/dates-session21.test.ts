/**
 * Session 21 (issue 14 item 6, dates ≥ 85 % on unseen news): dating groups read on the development date splits.
 * Every sentence is our own; each rule has its false senses beside it.
 */
import { datedViews as dated, viewOn as on, type TimexSpec } from './builders.js';

const sunday: TimexSpec = { text: 'on Sunday', value: '2025-10-12', precision: 'day' };
const tuesday: TimexSpec = { text: 'on Tuesday', value: '2025-10-14', precision: 'day' };
const may: TimexSpec = { text: 'in May', value: '2025-05', precision: 'month' };

describe('a past perfect sets no reference time for the sentences after it', () => {
  it('"The two sides had signed a truce in May. … and 9 soldiers were killed" is not May\'s', () => {
    const v = dated(
      'Border talks collapsed on Tuesday. The two sides had signed a truce in May. Shelling resumed near the border, and nine soldiers were killed when a shell hit their post.',
      [tuesday, may],
    );
    expect(on(v, 'signed')?.date).toBe('2025-05');
    expect(on(v, 'killed')?.date ?? null).not.toBe('2025-05');
  });

  it('the past perfect clause keeps its own date, and a conjunct sharing it too ("had met in May and agreed …")', () => {
    const v = dated('The two leaders had met in May and agreed to reopen the crossing.', [may]);
    expect(on(v, 'met')?.date).toBe('2025-05');
  });

  it('a date fronted before the past perfect sets the scene ("On May 4, the envoys had just left. … when the bomb went off")', () => {
    const v = dated(
      'The embassy reopened on Tuesday. On May 4, the two envoys had just left the building. They were still talking outside when the bomb exploded.',
      [tuesday, { text: 'May 4', value: '2025-05-04', precision: 'day' }],
    );
    expect(on(v, 'exploded')?.date).toBe('2025-05-04');
  });

  it('a simple past keeps setting it ("The two sides signed a truce in May. Shelling resumed …")', () => {
    const v = dated('The two sides signed a truce in May. Shelling resumed near the border and destroyed a school.', [
      may,
    ]);
    expect(on(v, 'Shelling')?.date).toBe('2025-05');
  });
});

describe('two clauses told in the simple past, each with its subject, share a date', () => {
  it('"Shelling resumed … on Sunday, a local official said, and nine soldiers were killed": Sunday', () => {
    const v = dated(
      'Border talks collapsed on Tuesday. Shelling resumed near the border on Sunday, a local official said, and nine soldiers were killed when a shell hit their post.',
      [tuesday, sunday],
    );
    expect(on(v, 'killed')?.date).toBe('2025-10-12');
  });

  it('and the clause that tells when the later one happened ("… were killed when their bus crashed near Dilling")', () => {
    const v = dated(
      'Border talks collapsed on Tuesday. Shelling resumed in Kordofan on Sunday, a local official said, and at least nine people were killed when their bus crashed into a crater near Dilling.',
      [tuesday, sunday],
      '2025-10-17',
      [
        { name: 'Kordofan', type: 'place' },
        { name: 'Dilling', type: 'place' },
      ],
    );
    expect(on(v, 'crashed')?.date).toBe('2025-10-12');
  });

  it('not a "when" clause under a later conjunct told in the future ("…, and the rebels will hold the town when troops withdraw")', () => {
    const v = dated(
      'Shelling resumed in Kordofan on Sunday, and the rebels will hold the town when troops withdraw from it.',
      [sunday],
    );
    expect(on(v, 'withdraw')?.date ?? null).not.toBe('2025-10-12');
  });

  it('"Farmers blocked the road on Sunday, and police arrested 12 of them": Sunday', () => {
    const v = dated(
      'The farm minister resigned on Tuesday. Farmers blocked the road to the port on Sunday, and police arrested 12 of them.',
      [tuesday, sunday],
    );
    expect(on(v, 'arrested')?.date).toBe('2025-10-12');
  });

  it('not across tenses ("will visit the port on Sunday, and police have arrested 12 farmers")', () => {
    const v = dated('The farm minister will visit the port on Sunday, and police have arrested 12 farmers.', [
      { text: 'on Sunday', value: '2025-10-19', precision: 'day' },
    ]);
    expect(on(v, 'arrested')?.date ?? null).not.toBe('2025-10-19');
  });

  it('not a past perfect conjunct ("Farmers blocked the road on Sunday, and police had arrested 12 of them")', () => {
    const v = dated('Farmers blocked the road to the port on Sunday, and police had arrested 12 of their leaders.', [
      sunday,
    ]);
    expect(on(v, 'arrested')?.date ?? null).not.toBe('2025-10-12');
  });
});

describe("an event during, amid or at another takes that event's date", () => {
  it('"Opposition supporters protested … on Tuesday, …, and police said they detained 30 people during the protest"', () => {
    const v = dated(
      'The election commission declared the result on Sunday. Opposition supporters protested in the capital on Tuesday, saying the count was rigged, and police said they detained 30 people during the protest.',
      [sunday, tuesday],
    );
    expect(on(v, 'detained')?.date).toBe('2025-10-14');
  });

  it('fronted: "During the march, riot police arrested 12 students"', () => {
    const v = dated(
      'Students marched through the capital on Tuesday, and the rector resigned on Sunday. During the march, riot police arrested 12 students.',
      [tuesday, sunday],
    );
    expect(on(v, 'arrested')?.date).toBe('2025-10-14');
  });

  it('not an indefinite occasion ("detained 30 people during a protest")', () => {
    const v = dated(
      'Students marched through the capital on Tuesday. Police said they detained 30 people during a protest.',
      [tuesday],
    );
    expect(on(v, 'detained')?.dateSource).not.toBe('relative');
  });

  it('not a time noun ("arrested 12 students during the night")', () => {
    const v = dated('Students marched through the capital on Tuesday. Police arrested 12 students during the night.', [
      tuesday,
    ]);
    expect(on(v, 'arrested')?.dateSource).not.toBe('relative');
  });
});

describe('a report verb in an infinitive after the time is what the act was for, not a report', () => {
  const wednesday: TimexSpec = { text: 'on Wednesday', value: '2025-10-15', precision: 'day' };

  it('"The Senate voted 58 to 41 on Wednesday to confirm a new envoy": the vote is Wednesday\'s', () => {
    const v = dated('The Senate voted 58 to 41 on Wednesday to confirm a new envoy to the United Nations.', [
      wednesday,
    ]);
    expect(on(v, 'voted')?.date).toBe('2025-10-15');
  });

  it('a finite report verb after the time still takes it ("The ministry on Wednesday confirmed that 12 people were killed")', () => {
    const v = dated('The ministry on Wednesday confirmed that 12 people were killed in the blast.', [wednesday]);
    expect(on(v, 'killed')?.date ?? null).not.toBe('2025-10-15');
  });
});

describe('an event after an irregular participle describing a noun is background ("the crater left by the blast")', () => {
  it('"On Tuesday, the envoy laid a wreath beside the crater left by the blast": the blast is not Tuesday\'s', () => {
    const v = dated(
      'A car bomb exploded outside the embassy on Sunday. On Tuesday, the envoy laid a wreath beside the crater left by the blast.',
      [sunday, { text: 'On Tuesday', value: '2025-10-14', precision: 'day' }],
    );
    expect(v.filter((e) => e.type.startsWith('attack')).map((e) => e.date)).not.toContain('2025-10-14');
  });

  it('a verb of its own is not ("the envoy left by the back door after the blast")', () => {
    const v = dated('A car bomb exploded outside the embassy on Sunday. The envoy left by the back door on Sunday.', [
      sunday,
      { text: 'on Sunday', value: '2025-10-12', precision: 'day', nth: 1 },
    ]);
    expect(on(v, 'exploded')?.date).toBe('2025-10-12');
  });
});
