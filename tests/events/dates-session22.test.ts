/**
 * Session 22 (issue 14 item 6, dates ≥ 85 % on unseen news): dating groups read on the development date splits and
 * the hand-judged samples. Every sentence is our own; each rule has its false senses beside it.
 */
import { datedViews as dated, viewOn as on, type TimexSpec } from './builders.js';

// Published on Wednesday 15 October 2025; the time-expression stage reads a bare weekday by the tense it sees.
const wednesday = '2025-10-15';
const pastFriday: TimexSpec = { text: 'on Friday', value: '2025-10-10', precision: 'day' };
const pastMonday: TimexSpec = { text: 'on Monday', value: '2025-10-13', precision: 'day' };

describe('a vow or threat lies ahead: its weekday is the coming one', () => {
  it('"vowed to protest again on Friday" in a Wednesday story is the coming Friday', () => {
    const v = dated(
      'Opposition supporters vowed to protest again on Friday outside the parliament.',
      [pastFriday],
      wednesday,
    );
    expect(on(v, 'protest')?.status).toBe('threatened');
    expect(on(v, 'protest')?.date).toBe('2025-10-17');
  });

  it('false sense: a protest told in the past keeps the past Friday', () => {
    const v = dated('Opposition supporters protested again on Friday outside the parliament.', [pastFriday], wednesday);
    expect(on(v, 'protested')?.date).toBe('2025-10-10');
  });
});

describe("a time between a past verb of intention and its infinitive is the promise's", () => {
  it('"promised on Monday to hold talks": the talks have no date (not the coming Monday)', () => {
    const v = dated('The rebels promised on Monday to hold talks with the government.', [pastMonday], wednesday);
    expect(on(v, 'talks')?.status).toBe('planned');
    expect(on(v, 'talks')?.date ?? null).toBeNull();
  });

  it('"vowed on Friday to protest": the protest has no date', () => {
    const v = dated(
      'Opposition leaders vowed on Friday to protest until the vote is annulled.',
      [pastFriday],
      wednesday,
    );
    expect(on(v, 'protest')?.date ?? null).toBeNull();
  });

  it('false sense: after the infinitive the time is the event\'s ("promised to hold talks on Monday")', () => {
    const v = dated('The rebels promised to hold talks with the government on Monday.', [pastMonday], wednesday);
    expect(on(v, 'talks')?.date).toBe('2025-10-20');
  });

  it('false sense: "agreed on Monday to buy" is the deal of Monday', () => {
    const v = dated('Harlow Chemicals agreed on Monday to buy a rival paint maker.', [pastMonday], wednesday);
    expect(on(v, 'buy')?.date).toBe('2025-10-13');
  });
});

describe('an event opening "DURATION after <clause>" is that long before the main clause\'s', () => {
  const twoDays: TimexSpec = { text: 'two days', value: 'P2D', precision: 'unknown', type: 'DURATION' };

  it('"The raid came two days after rebels shelled the town": two events, the shelling two days before the raid', () => {
    const v = dated('The raid came two days after rebels shelled the town.', [twoDays], wednesday);
    expect(on(v, 'raid')?.date).toBe(wednesday);
    expect(on(v, 'shelled')?.date).toBe('2025-10-13');
    expect(on(v, 'shelled')?.dateSource).toBe('relative');
  });

  it('the main clause dated by its paragraph: the shelling is two days before that date', () => {
    const v = dated(
      'Troops raided a rebel base on Friday. The raid came two days after rebels shelled the town.',
      [pastFriday, twoDays],
      wednesday,
    );
    expect(on(v, 'raided')?.date).toBe('2025-10-10');
    expect(on(v, 'shelled')?.date).toBe('2025-10-08');
  });

  it('false sense: a date inside the phrase is its own event\'s ("… shelled the town on Monday")', () => {
    const v = dated(
      'The raid came two days after rebels shelled the town on Monday.',
      [twoDays, pastMonday],
      wednesday,
    );
    expect(on(v, 'shelled')?.date).toBe('2025-10-13');
    expect(on(v, 'raid')?.date).toBe(wednesday);
  });

  it('false sense: the main clause\'s verb keeps its own date ("Rebels shelled the town on Monday, and troops raided their base after the shelling")', () => {
    const v = dated(
      'Rebels shelled the town on Monday, and troops raided their base after the shelling.',
      [pastMonday],
      wednesday,
    );
    expect(on(v, 'shelled')?.date).toBe('2025-10-13');
  });
});

describe('a relative clause with no relative pronoun keeps its time for its own verb', () => {
  const july: TimexSpec = { text: 'in July', value: '2025-07', precision: 'month' };

  it('"beat Neumann … to add the title to the gold medal she won in July": July is not the win\'s', () => {
    const v = dated('Ballanger beat Neumann in the final to add the world title to the gold medal she won in July.', [
      july,
    ]);
    expect(on(v, 'beat')?.date ?? null).not.toBe('2025-07');
  });

  it('false sense: after the object of a verb of telling the clause is what was said ("told reporters he attacked …")', () => {
    const v = dated('Police told reporters he attacked the guard on Monday.', [pastMonday], wednesday);
    expect(on(v, 'attacked')?.date).toBe('2025-10-13');
  });
});

describe('a later mention dated by its possessive dates the event told undated', () => {
  const tuesday: TimexSpec = { text: 'Tuesday', value: '2025-10-14', precision: 'day' };

  it('"The governor condemned Tuesday\'s attack" (a new paragraph) dates the attack the lead told undated', () => {
    const v = dated(
      "Gunmen attacked a police post in the north, killing four officers.\n\nThe governor condemned Tuesday's attack.",
      [tuesday],
      wednesday,
    );
    expect(on(v, 'attacked')?.date).toBe('2025-10-14');
  });

  it('false sense: a label given to the event told is no new event ("called the shooting an attack")', () => {
    const v = dated(
      'Gunmen shot four officers at a police post in the north.\n\nThe governor called the shooting a cowardly attack.',
      [],
      wednesday,
    );
    expect(v.filter((e) => e.trigger === 'attack')).toHaveLength(0);
  });
});
