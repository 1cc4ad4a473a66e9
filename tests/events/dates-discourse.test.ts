/**
 * Dates across sentences (issue 14 item 6): which events take a date from another sentence, and which must
 * not. A result told in the next paragraph belongs to its cause; an event told again later takes the date
 * the article gave it; a past perfect, a repeated occurrence, the crime of an accusation and a report's own
 * date do not date an event. Every sentence is our own.
 */
import { events, view, type TimexSpec } from './builders.js';

function dated(text: string, timexes: TimexSpec[], published: string | null = '2025-09-12') {
  const { events: evs, names } = events(text, { timexes, published, minConfidence: 0 });
  return { all: evs, views: view(evs, names) };
}
const on = (of: ReturnType<typeof dated>, trigger: string) => of.views.find((e) => e.trigger === trigger);
const tuesday: TimexSpec = { text: 'on Tuesday', value: '2025-09-09', precision: 'day' };

describe('a result told in the paragraph after its cause', () => {
  it('belongs to the cause: its date and its toll ("… on Tuesday.\\n\\nThree officers were killed")', () => {
    const d = dated(
      'Gunmen attacked a police post in the hills on Tuesday.\n\nThree officers were killed and two were wounded.',
      [tuesday],
    );
    expect(on(d, 'killed')).toMatchObject({ date: '2025-09-09' });
    const attack = d.all.find((e) => e.type === 'attack')!;
    expect(attack.casualties).toMatchObject({ killed: { value: 3 }, injured: { value: 2 } });
  });

  it('not when the paragraph states a date of its own: a new date starts another story', () => {
    const d = dated(
      'On Tuesday, gunmen attacked a bus. Four people died.\n\nIn March, militants killed 30 villagers.',
      [
        { text: 'On Tuesday', value: '2025-09-09', precision: 'day' },
        { text: 'In March', value: '2025-03', precision: 'month' },
      ],
    );
    expect(on(d, 'killed')).toMatchObject({ date: '2025-03' });
    expect(d.all.find((e) => e.type === 'attack')!.casualties?.killed?.value).toBe(4);
  });
});

describe('events that take no date from the sentences around them', () => {
  it('the bound of an open span sets no narrative time ("born after 2010")', () => {
    const d = dated(
      'The assembly of Tarn passed a law on Tuesday that bans hunting by anyone born after 2010. ' +
        'Deputies voted 40-12 for the bill.',
      [tuesday, { text: 'after 2010', value: '2010', precision: 'year', mod: 'AFTER' }],
    );
    expect(on(d, 'voted')).toMatchObject({ date: '2025-09-09' });
  });

  it('a planned, supposed or denied event takes no narrative date ("would appeal", "urged him to resign")', () => {
    const d = dated(
      'A court in Vell jailed the mayor on Tuesday. His lawyers said they would appeal the verdict. ' +
        'Rivals urged the governor to resign.',
      [tuesday],
    );
    expect(on(d, 'jailed')).toMatchObject({ date: '2025-09-09' });
    expect(on(d, 'appeal')).toMatchObject({ date: null });
    expect(on(d, 'resign')).toMatchObject({ date: null });
  });

  it('a past perfect happened before the narrative time ("He had shot his neighbour")', () => {
    const d = dated('Police arrested the suspect on Friday. He had shot his neighbour after an argument.', [
      { text: 'on Friday', value: '2025-09-05', precision: 'day' },
    ]);
    expect(on(d, 'arrested')).toMatchObject({ date: '2025-09-05' });
    expect(on(d, 'shot')).toMatchObject({ date: null });
  });

  it('a death with no cause takes no date from the sentence before ("His mother died when their boat sank")', () => {
    const d = dated(
      'Relatives met the minister.\n\nThe boy was found clinging to a raft on Monday. His mother died when their boat sank.',
      [{ text: 'on Monday', value: '2025-09-08', precision: 'day' }],
    );
    expect(on(d, 'died')).toMatchObject({ date: null });
    const caused = dated('A flood hit the town on Monday. Three people died.', [
      { text: 'on Monday', value: '2025-09-08', precision: 'day' },
    ]);
    expect(on(caused, 'died')).toMatchObject({ date: '2025-09-08' });
  });

  it('repeated occurrences have no single date ("bombed several times", "carried out attacks", "every week")', () => {
    expect(on(dated('Clinics in the region have been bombed several times.', []), 'bombed')).toMatchObject({
      date: null,
    });
    expect(on(dated('The rebels have carried out attacks in the region.', []), 'attacks')).toMatchObject({
      date: null,
    });
    const weekly = dated('Protests against the mine have been held every week.', [
      { text: 'every week', value: 'P1W', precision: 'unknown', type: 'SET' },
    ]);
    expect(on(weekly, 'Protests')).toMatchObject({ date: null });
  });

  it('the crime of an accusation or arrest is not dated by the legal step ("convicted him on Tuesday of murder")', () => {
    const d = dated('The court convicted him on Tuesday of murder.', [tuesday]);
    expect(on(d, 'murder')).toMatchObject({ date: null });
    const own = dated("Police arrested a man on Tuesday for Saturday's attack on the depot.", [
      tuesday,
      { text: 'Saturday', value: '2025-09-06', precision: 'day' },
    ]);
    expect(on(own, 'attack')).toMatchObject({ date: '2025-09-06' });
    const after = dated('A man was charged in connection with the bombing of the station last year.', [
      { text: 'last year', value: '2024', precision: 'year' },
    ]);
    expect(on(after, 'bombing')).toMatchObject({ date: '2024' });
  });

  it('a report\'s date is not the reported event\'s ("…, officials said on Friday")', () => {
    const d = dated(
      'At least 40 people were killed in the north, officials said on Friday.',
      [{ text: 'on Friday', value: '2025-09-05', precision: 'day' }],
      '2025-09-06',
    );
    expect(on(d, 'killed')).toMatchObject({ date: '2025-09-06', dateSource: 'publication' });
    const relative = dated('Prosecutors said three days after the April 2 bombing, the men fled.', [
      { text: 'three days', value: 'P3D', precision: 'unknown', type: 'DURATION' },
      { text: 'April 2', value: '2025-04-02', precision: 'day' },
    ]);
    expect(on(relative, 'bombing')).toMatchObject({ date: '2025-04-02' });
  });
});

describe('an event told again later in the article', () => {
  const text =
    "Last year's bombing of the station shocked the city.\n\nThe court heard evidence on Monday.\n\n" +
    'Twin bombs exploded near the platform, killing three people.';
  const timexes: TimexSpec[] = [
    { text: "Last year's", value: '2024', precision: 'year' },
    { text: 'on Monday', value: '2025-09-08', precision: 'day' },
  ];

  it('takes the date the article gave it, as a discourse (narrative) date', () => {
    expect(on(dated(text, timexes), 'exploded')).toMatchObject({ date: '2024', dateSource: 'narrative' });
  });

  it('not when it is marked as another one, nor when the earlier dates disagree', () => {
    const another = text.replace('Twin bombs exploded', 'Another bomb exploded');
    expect(on(dated(another, timexes), 'exploded')).toMatchObject({ date: null });
    const two =
      "Last year's bombing of the station shocked the city. The 2019 bombing of the port did too.\n\n" +
      'A bomb exploded near the platform.';
    const d = dated(two, [
      { text: "Last year's", value: '2024', precision: 'year' },
      { text: '2019', value: '2019', precision: 'year' },
    ]);
    expect(on(d, 'exploded')).toMatchObject({ date: null });
  });

  it('a bare noun dated by a neighbouring clause does not date a retelling', () => {
    const d = dated(
      'The envoy met the minister on Tuesday to finish talks that were interrupted by the bombing.\n\n' +
        'The bomb exploded near the embassy.',
      [tuesday],
    );
    // "The bomb" is the bombing told before: the retelling joins it (merge-retellings.test.ts), and the
    // event holding it is still not dated by the talks' Tuesday.
    const holding = d.all.find((e) => (e.mentions ?? []).some((m) => m.text === 'exploded'));
    expect(holding?.date.value ?? null).toBeNull();
  });
});
