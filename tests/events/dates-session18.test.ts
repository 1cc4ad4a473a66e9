/**
 * Session 18 (issue 14 item 6, "dates from the event's own clause first"): phenomena found reading the errors of
 * the fresh2, fresh3, fresh6, fresh7 and held-out date splits. Every sentence is our own.
 */
import { datedViews as dated, viewOn as on, type EntitySpec, type TimexSpec } from './builders.js';

const dur = (text: string, value: string): TimexSpec => ({ text, value, precision: 'unknown', type: 'DURATION' });
/** The event of `trigger` is found and is not dated `value`. */
function notDatedAs(views: ReturnType<typeof dated>, trigger: string, value: string): void {
  expect(on(views, trigger)).toBeDefined();
  expect(on(views, trigger)?.date).not.toBe(value);
}

describe('a gerund after a noun modifier heads the dated noun phrase', () => {
  it('"the June 4 sniper shooting of a bus driver" is the June 4 shooting', () => {
    const v = dated('Detectives want to question a neighbour about the June 4 sniper shooting of a bus driver.', [
      { text: 'June 4', value: '2025-06-04', precision: 'day' },
    ]);
    expect(on(v, 'shooting')).toMatchObject({ date: '2025-06-04', dateSource: 'clause' });
  });

  it('a gerund with an object is no head: "the 2024 world boxing champion" dates no event of the clause', () => {
    const v = dated('Two men attacked the 2024 world boxing champion outside a gym in the port on Monday.', [
      { text: '2024', value: '2024', precision: 'year' },
      { text: 'on Monday', value: '2025-10-13', precision: 'day' },
    ]);
    expect(on(v, 'attacked')?.date).toBe('2025-10-13');
  });
});

describe('a report verb with a noun-phrase object', () => {
  it('is dated by a time expression after the phrase ("declared a cholera outbreak … over on Wednesday")', () => {
    const v = dated(
      'The health ministry declared a cholera outbreak in three northern districts over on Wednesday, a month after the last case.',
      [{ text: 'on Wednesday', value: '2025-10-15', precision: 'day' }, dur('a month', 'P1M')],
      '2025-10-17',
      [{ name: 'health ministry', type: 'group' }],
    );
    expect(on(v, 'declared')).toMatchObject({ date: '2025-10-15', dateSource: 'clause' });
  });

  it('not by the bound of a span or a noun\'s own date in the phrase ("until March", "after the March 3 floods")', () => {
    const ministry: EntitySpec[] = [{ name: 'health ministry', type: 'group' }];
    const bound = dated(
      'The health ministry declared the cholera outbreak in the two northern coastal provinces over until March.',
      [{ text: 'until March', value: '2026-03', precision: 'month' }],
      '2025-10-17',
      ministry,
    );
    notDatedAs(bound, 'declared', '2026-03');
    const noun = dated(
      'The health ministry declared the cholera outbreak after the March 3 floods in the northern provinces over.',
      [{ text: 'March 3', value: '2025-03-03', precision: 'day' }],
      '2025-10-17',
      ministry,
    );
    notDatedAs(noun, 'declared', '2025-03-03');
  });
});

describe('DURATION after <clause>', () => {
  it('a name the recogniser cut at its hyphen is still the phrase clause\'s subject ("a week after Park Ji-won resigned")', () => {
    const v = dated(
      'The board named Ana Ruiz chief executive on Thursday, a week after Park Ji-won resigned over a recall.',
      [{ text: 'on Thursday', value: '2025-10-16', precision: 'day' }, dur('a week', 'P1W')],
      '2025-10-17',
      [
        { name: 'Ana Ruiz', type: 'person' },
        { name: 'Park Ji-won', type: 'person', forms: ['Park Ji'] },
      ],
    );
    expect(on(v, 'resigned')).toMatchObject({ date: '2025-10-09', dateSource: 'relative' });
  });

  it('another verb before the event still keeps the phrase from dating it ("a week after Park Ji-won said …")', () => {
    const v = dated(
      'The board named Ana Ruiz chief executive on Thursday, a week after Park Ji-won said the founder resigned.',
      [{ text: 'on Thursday', value: '2025-10-16', precision: 'day' }, dur('a week', 'P1W')],
      '2025-10-17',
      [{ name: 'Park Ji-won', type: 'person', forms: ['Park Ji'] }],
    );
    notDatedAs(v, 'resigned', '2025-10-09');
  });

  it('hangs on a conjunct that shares its subject, not on a plan\'s date ("called a vote for March 2, two days after")', () => {
    const v = dated(
      'The president dissolved the assembly on Tuesday and called a snap vote for March 2, two days after the opposition filed a censure motion.',
      [
        { text: 'on Tuesday', value: '2025-10-14', precision: 'day' },
        { text: 'March 2', value: '2026-03-02', precision: 'day' },
        dur('two days', 'P2D'),
      ],
    );
    expect(on(v, 'filed')).toMatchObject({ date: '2025-10-12', dateSource: 'relative' });
  });
});

describe('a time expression of a long main clause', () => {
  it("dates the clause's subject event: twelve words of a main clause are no comma phrase of another verb", () => {
    const v = dated(
      'A landslide set off by days of heavy rain in the hills buried a passenger bus on a highway west of the capital on Sunday, killing 14 people.',
      [{ text: 'on Sunday', value: '2025-10-12', precision: 'day' }],
    );
    expect(on(v, 'landslide')).toMatchObject({ date: '2025-10-12', dateSource: 'clause' });
  });

  it('a phrase set off by commas with its own verb keeps its date ("The ferry, built … in 1962, sank …")', () => {
    const v = dated('The ferry, built in a Norwegian yard in 1962, sank off the coast on Sunday, killing 12 people.', [
      { text: 'in 1962', value: '1962', precision: 'year' },
      { text: 'on Sunday', value: '2025-10-12', precision: 'day' },
    ]);
    expect(on(v, 'killing')?.date).toBe('2025-10-12');
  });
});

describe('a phrase set off by a comma and a dash', () => {
  it('keeps its date for its own verb (", including two crashes this year - the losses of …")', () => {
    const v = dated(
      'The regulator banned the airline from its airspace on safety grounds, including two crashes this year - the losses of two cargo planes off the coast.',
      [{ text: 'this year', value: '2025', precision: 'year' }],
    );
    notDatedAs(v, 'banned', '2025');
  });
});

describe('an event told in a relative clause', () => {
  it('takes no date of the main clause ("Police on Friday named the man who shot a guard")', () => {
    const v = dated(
      'Police on Friday named the man who shot a guard at the bank in the old town.',
      [{ text: 'on Friday', value: '2025-10-17', precision: 'day' }],
      '2025-10-20',
    );
    notDatedAs(v, 'shot', '2025-10-17');
  });

  it('keeps a date of its own clause ("The guard who was shot at the bank on Tuesday …")', () => {
    const v = dated('The guard who was shot at the bank on Tuesday is recovering in hospital.', [
      { text: 'on Tuesday', value: '2025-10-14', precision: 'day' },
    ]);
    expect(on(v, 'shot')).toMatchObject({ date: '2025-10-14', dateSource: 'clause' });
  });
});

describe('an event noun with a name or noun modifier in a temporal phrase', () => {
  it('is background: "since the Karsa bombings" takes no date of the main clause', () => {
    const v = dated(
      'About 300 aid workers left the province on Monday after a wave of threats against foreigners since the Karsa bombings.',
      [{ text: 'on Monday', value: '2025-10-13', precision: 'day' }],
    );
    notDatedAs(v, 'bombings', '2025-10-13');
  });

  it('keeps a date of its own phrase ("since the Karsa bombings on Oct. 2")', () => {
    const v = dated(
      'About 300 aid workers left the province on Monday after a wave of threats against foreigners since the Karsa bombings on Oct. 2.',
      [
        { text: 'on Monday', value: '2025-10-13', precision: 'day' },
        { text: 'on Oct. 2', value: '2025-10-02', precision: 'day' },
      ],
    );
    expect(on(v, 'bombings')?.date).toBe('2025-10-02');
  });
});
