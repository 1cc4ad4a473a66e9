/**
 * Dates from the event's own clause first (issue 14 item 6), session 9: which time expressions of a sentence
 * are not the event's date (a background noun's clause, a date under another noun, a later relative clause, a
 * span's start point, a reaction's date), and which are (a toll "claimed", a compound "shooting death", a
 * year-less month read the past way). Every sentence is our own.
 */
import { events, view, type TimexSpec } from './builders.js';

function dated(text: string, timexes: TimexSpec[], published: string | null = '2025-09-12') {
  const { events: evs, names } = events(text, { timexes, published, minConfidence: 0 });
  return view(evs, names);
}
const on = (views: ReturnType<typeof dated>, trigger: string) => views.find((e) => e.trigger === trigger);
const tuesday: TimexSpec = { text: 'on Tuesday', value: '2025-09-09', precision: 'day' };

describe('a time expression that dates the event', () => {
  it('next to "claimed … lives", a toll and not a report ("the bombings last month claimed 40 lives")', () => {
    const v = dated('The bombings in the two towns last month claimed at least 40 lives.', [
      { text: 'last month', value: '2025-08', precision: 'month' },
    ]);
    expect(on(v, 'bombings')).toMatchObject({ date: '2025-08' });
  });

  it('after an indefinite article, a past event of its own ("the strongest since a 2004 flood")', () => {
    const v = dated('A storm flattened the harbour on Tuesday, the worst to hit the coast since a 2004 flood.', [
      tuesday,
      { text: '2004', value: '2004', precision: 'year' },
    ]);
    expect(on(v, 'flood')).toMatchObject({ date: '2004' });
  });

  it('before a compound whose first noun is the event ("last week’s shooting death")', () => {
    const v = dated('Relatives of the driver spoke at a vigil about last week’s shooting death.', [
      { text: 'last week’s', value: '2025-W36', precision: 'week' },
    ]);
    expect(on(v, 'shooting')).toMatchObject({ date: '2025-W36' });
  });

  it('the reaction’s day when the text says "earlier in the day"', () => {
    const v = dated(
      'Police on Tuesday began to investigate the shooting, which wounded two guards earlier in the day.',
      [tuesday],
    );
    expect(on(v, 'shooting')).toMatchObject({ date: '2025-09-09' });
  });
});

describe('a time expression of the sentence that is not the event’s date', () => {
  it('the clause of a background noun ("searched the rubble on Sunday after the explosion")', () => {
    const v = dated('Rescue crews searched the rubble on Sunday after the explosion at the fuel depot.', [
      { text: 'on Sunday', value: '2025-09-07', precision: 'day' },
    ]);
    expect(on(v, 'explosion')).toMatchObject({ date: null });
  });

  it('the clause of a noun of place or trace ("returned on Monday to the scene of the shooting")', () => {
    const v = dated('Detectives returned on Monday to the scene of the shooting near the stadium.', [
      { text: 'on Monday', value: '2025-09-08', precision: 'day' },
    ]);
    expect(on(v, 'shooting')).toMatchObject({ date: null });
    const w = dated('Hundreds on Tuesday mourned the victims of the bombing at the stadium.', [tuesday]);
    expect(on(w, 'bombing')).toMatchObject({ date: null });
  });

  it('the object of a verb of reaction or inquiry ("on Tuesday began to investigate the shooting")', () => {
    const v = dated('Police on Tuesday began to investigate the shooting at the stadium.', [tuesday]);
    expect(on(v, 'shooting')).toMatchObject({ date: null });
  });

  it('a date under another noun ("the biggest protest since the strikes of early March")', () => {
    const v = dated('The rally in the square was the biggest protest since the strikes of early March.', [
      { text: 'early March', value: '2025-03', precision: 'month' },
    ]);
    expect(on(v, 'rally')?.date).not.toBe('2025-03');
  });

  it('a later relative clause ("since the revolution that toppled the king in 1979")', () => {
    const v = dated(
      'Hundreds of people protested in the main square, the largest crowd since the revolution that toppled the king in 1979.',
      [{ text: '1979', value: '1979', precision: 'year' }],
    );
    expect(on(v, 'protested')?.date).not.toBe('1979');
  });

  it('the start of a span for repeated occurrences ("a series of arson attacks dating back to 2019")', () => {
    const v = dated('Police linked the man to a series of arson attacks dating back to 2019.', [
      { text: '2019', value: '2019', precision: 'year' },
    ]);
    expect(on(v, 'attacks')).toMatchObject({ date: null });
  });
});

describe('a time expression inside a temporal phrase about another event', () => {
  it('dates that event, not the main clause ("After the attack on Tuesday, police arrested … on Thursday")', () => {
    const v = dated('After the attack on Tuesday, police arrested three men in the capital on Thursday.', [
      tuesday,
      { text: 'on Thursday', value: '2025-09-11', precision: 'day' },
    ]);
    expect(on(v, 'attack')).toMatchObject({ date: '2025-09-09' });
    expect(on(v, 'arrested')).toMatchObject({ date: '2025-09-11' });
  });
});

describe('repeated occurrences counted with "times"', () => {
  it.each(['a dozen times', 'dozens of times'])('"arrested %s" has no date', (count) => {
    const v = dated(
      `Police detained the activist on Tuesday. She has been arrested ${count} at rallies in the capital.`,
      [tuesday],
    );
    expect(on(v, 'arrested')).toMatchObject({ date: null });
  });
});

describe('a year-less month or weekday read into the future while the event is told in the past', () => {
  it('takes the past reading: the month a year before ("In March, a car bomb killed four soldiers")', () => {
    const v = dated(
      'In March, a car bomb killed four soldiers near the border.',
      [{ text: 'March', value: '2025-03', precision: 'month' }],
      '2025-02-10',
    );
    expect(on(v, 'killed')).toMatchObject({ date: '2024-03', status: 'occurred' });
  });

  it('the weekday a week before ("Gunmen attacked a bus on Saturday")', () => {
    const v = dated('Gunmen attacked a bus on Saturday.', [
      { text: 'on Saturday', value: '2025-09-13', precision: 'day' },
    ]);
    expect(on(v, 'attacked')).toMatchObject({ date: '2025-09-06', status: 'occurred' });
  });

  it('a future event keeps its date ("Opposition groups will hold a protest on Saturday")', () => {
    const v = dated('Opposition groups will hold a protest on Saturday.', [
      { text: 'on Saturday', value: '2025-09-13', precision: 'day' },
    ]);
    expect(on(v, 'protest')).toMatchObject({ date: '2025-09-13', status: 'planned' });
  });
});

describe('session 12: a relative clause on another noun, and the time of writing', () => {
  it('a date in a relative clause on another noun is not the event’s ("The verdict ends a feud that began in 2019")', () => {
    const v = dated('The verdict of the high court ends a long feud that began in 2019.', [
      { text: '2019', value: '2019', precision: 'year' },
    ]);
    expect(on(v, 'verdict')?.date ?? null).not.toBe('2019');
  });

  it('a relative clause on the event’s own noun keeps its date ("the bombing, which took place on Tuesday")', () => {
    const v = dated('The bombing, which took place on Tuesday, destroyed a bridge.', [tuesday]);
    expect(on(v, 'bombing')).toMatchObject({ date: '2025-09-09' });
  });

  it('"current" dates the event to the publication day ("the minister’s current visit to Oslo")', () => {
    const v = dated('Reporters followed the minister’s current visit to Oslo.', [
      { text: 'current', value: 'PRESENT_REF', precision: 'vague' },
    ]);
    expect(on(v, 'visit')).toMatchObject({ date: '2025-09-12' });
  });
});
