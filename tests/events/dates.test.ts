/**
 * Event dates: the clause's time expression, else the sentence's, else the narrative reference time,
 * else unknown; never the publication date for an event the text leaves undated or dates elsewhere.
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

const ISRAEL: EntitySpec = { name: 'Israel', type: 'place' };
const RAFAH: EntitySpec = { name: 'Rafah', type: 'place' };

function dated(
  text: string,
  entities: EntitySpec[],
  timexes: TimexSpec[],
  type: string,
  published: string | null = '2024-06-20',
) {
  const { events: evs, names } = events(text, { entities, timexes, published, minConfidence: 0 });
  return view(evs, names).filter((e) => e.type === type);
}

describe('event dates', () => {
  it('takes the time expression of the trigger clause over another one in the sentence', () => {
    const [attack] = dated(
      'The Pentagon said on Monday that Israel attacked Rafah last January.',
      [ISRAEL, RAFAH],
      [
        { text: 'on Monday', value: '2024-06-17', precision: 'day' },
        { text: 'last January', value: '2024-01', precision: 'month' },
      ],
      'attack',
    );
    expect(attack).toMatchObject({ date: '2024-01', dateSource: 'clause' });
  });

  it('falls back to the sentence: "stated, last night, Wednesday, that it held a meeting"', () => {
    const [meeting] = dated(
      'The Coordination Committee stated, last night, Wednesday, that it held an extraordinary meeting.',
      [{ name: 'Coordination Committee', type: 'group' }],
      [{ text: 'Wednesday', value: '2024-06-19', precision: 'day' }],
      'meeting',
    );
    expect(meeting).toMatchObject({ date: '2024-06-19', dateSource: 'sentence' });
  });

  it('uses the narrative reference time of the paragraph, and not across paragraphs', () => {
    const text = 'Fighting resumed in Gaza on June 3. Israel attacked Rafah.\n\nIsrael attacked Rafah again.';
    const { events: evs, names } = events(text, {
      entities: [ISRAEL, RAFAH, { name: 'Gaza', type: 'place' }],
      timexes: [{ text: 'on June 3', value: '2024-06-03', precision: 'day' }],
      minConfidence: 0,
    });
    const attacks = view(evs, names).filter((e) => e.type === 'attack');
    // "Fighting" (tagged as a verb, read as the event noun it is) is dated by its own clause.
    expect(attacks.map((a) => [a.trigger, a.date, a.dateSource])).toEqual([
      ['Fighting', '2024-06-03', 'clause'],
      ['attacked', '2024-06-03', 'narrative'],
      ['attacked', null, 'unknown'],
    ]);
  });

  it('dates an undated past violent event of the opening paragraph on or before publication, and says so', () => {
    const [attack] = dated('Israel attacked Rafah.', [ISRAEL, RAFAH], [], 'attack', '2024-06-20');
    expect(attack).toMatchObject({ date: '2024-06-20', dateSource: 'publication' });
  });

  it('leaves undated an event of a later paragraph, a planned one, and a meeting', () => {
    const later = dated('Talks went on.\n\nIsrael attacked Rafah.', [ISRAEL, RAFAH], [], 'attack', '2024-06-20');
    expect(later[0]).toMatchObject({ date: null, dateSource: 'unknown' });
    const planned = dated('Israel will attack Rafah.', [ISRAEL, RAFAH], [], 'attack', '2024-06-20');
    expect(planned[0]).toMatchObject({ date: null, dateSource: 'unknown' });
    const meeting = dated(
      'Israel met Egypt in Rafah.',
      [ISRAEL, RAFAH, { name: 'Egypt', type: 'place' }],
      [],
      'meeting',
    );
    expect(meeting[0]).toMatchObject({ date: null, dateSource: 'unknown' });
  });

  it('dates an undated one-off business, legal or political act of the opening paragraph on or before publication', () => {
    // Phenomenon: a report opens with its news in any domain; the lead's undated act is the news of the day.
    const ZED: EntitySpec = { name: 'Zedcorp', type: 'group' };
    const YBANK: EntitySpec = { name: 'Ybank', type: 'group' };
    const [buy] = dated('Zedcorp said it bought Ybank for $3 million.', [ZED, YBANK], [], 'acquisition');
    expect(buy).toMatchObject({ date: '2024-06-20', dateSource: 'publication' });
    const [named] = dated(
      'Zedcorp named Ann Vole its chief executive.',
      [ZED, { name: 'Ann Vole', type: 'person' }],
      [],
      'appointment',
    );
    expect(named).toMatchObject({ date: '2024-06-20', dateSource: 'publication' });
    // Planned acts, and the same act in a later paragraph, stay undated.
    const [planned] = dated('Zedcorp will buy Ybank for $3 million.', [ZED, YBANK], [], 'acquisition');
    expect(planned).toMatchObject({ date: null, dateSource: 'unknown' });
    const [later] = dated('Shares rose.\n\nZedcorp bought Ybank for $3 million.', [ZED, YBANK], [], 'acquisition');
    expect(later).toMatchObject({ date: null, dateSource: 'unknown' });
  });

  it('does not let a date line or heading set the narrative time', () => {
    const text = 'Thursday, June 20, 2024\nIsrael attacked Rafah.';
    const [attack] = dated(
      text,
      [ISRAEL, RAFAH],
      [{ text: 'Thursday, June 20, 2024', value: '2024-06-20', precision: 'day' }],
      'attack',
    );
    // Not the narrative time of the date line: at most the opening-paragraph fallback, which says so.
    expect(attack!.dateSource).not.toBe('narrative');
  });

  it('skips durations and prefers a specific date to a vague one outside the clause', () => {
    const [attack] = dated(
      'Several days ago, less than 24 hours after talks in March, Israel attacked Rafah.',
      [ISRAEL, RAFAH],
      [
        { text: 'Several days ago', value: 'PAST_REF', precision: 'vague' },
        { text: 'less than 24 hours', value: 'PT24H', precision: 'unknown', type: 'DURATION' },
      ],
      'attack',
    );
    // The clause's own time is the vague "Several days ago" (not March of another clause); since session 16 a
    // vague reference gives no calendar value (no "PAST_REF" in a date column), its source stays the clause.
    expect(attack).toMatchObject({ date: null, dateSource: 'clause' });
  });

  it('does not date a background event in a temporal phrase by its sentence ("since the armistice")', () => {
    const text = 'The Coordination Committee met on Wednesday for the first time since the ceasefire with Israel.';
    const [ceasefire] = dated(
      text,
      [{ name: 'Coordination Committee', type: 'group' }, ISRAEL],
      [{ text: 'on Wednesday', value: '2024-06-19', precision: 'day' }],
      'ceasefire',
    );
    expect(ceasefire).toMatchObject({ date: null, dateSource: 'unknown' });
  });

  it('leaves a time expression to the verb of its own comma phrase', () => {
    const text = 'Boeing announced that development of the jet, begun two years ago, was delayed.';
    const [statement] = dated(
      text,
      [{ name: 'Boeing', type: 'group' }],
      [{ text: 'two years ago', value: '2022', precision: 'year' }],
      'statement',
    );
    // Not 2022: the announcement is dated by its report verb (here, on or before publication).
    expect(statement).toMatchObject({ date: '2024-06-20', dateSource: 'publication' });
  });

  it('dates a statement by its report verb, never by what was said', () => {
    const officials: EntitySpec[] = [{ name: 'Ministry of Defence', type: 'group', forms: ['ministry'] }];
    const withdraw = { text: 'on Friday', value: '2024-06-21', precision: 'day' as const };
    // The date in the reported clause is the withdrawal's; the saying happened on or before publication.
    const [content] = dated('The ministry said troops will withdraw on Friday.', officials, [withdraw], 'statement');
    expect(content).toMatchObject({ date: '2024-06-20', dateSource: 'publication', status: 'occurred' });
    // A time expression at the verb dates the saying.
    const tuesday = { text: 'on Tuesday', value: '2024-06-18', precision: 'day' as const };
    const [own] = dated('The ministry said on Tuesday that troops will withdraw.', officials, [tuesday], 'statement');
    expect(own).toMatchObject({ date: '2024-06-18', dateSource: 'clause' });
    // A future or negated report is not dated by publication.
    const [future] = dated('The ministry will say more.', officials, [], 'statement');
    expect(future?.date ?? null).toBeNull();
  });

  it('dates a present or present-perfect verb at the time of writing; a simple-past report verb on or before publication', () => {
    const boeing: EntitySpec[] = [{ name: 'Boeing', type: 'group' }];
    const { events: says } = events('Boeing says the jet is late.', { entities: boeing, minConfidence: 0 });
    expect(says[0]!.date).toEqual({ value: '2024-06-20', precision: 'day', source: 'tense' });
    const { events: has } = events('Boeing has announced a delay.', { entities: boeing, minConfidence: 0 });
    expect(has[0]!.date).toEqual({ value: '2024-06-20', precision: 'day', mod: 'ON_OR_BEFORE', source: 'tense' });
    const { events: past } = events('Boeing announced a delay.', { entities: boeing, minConfidence: 0 });
    expect(past[0]!.date).toEqual({
      value: '2024-06-20',
      precision: 'day',
      mod: 'ON_OR_BEFORE',
      source: 'publication',
    });
    const { events: none } = events('Boeing says the jet is late.', {
      entities: boeing,
      published: null,
      minConfidence: 0,
    });
    expect(none[0]!.date.value).toBeNull();
  });

  it('does not date an event by a possessive time expression ("at this year\'s conference")', () => {
    const text = "Yesterday, at this year's developers conference, Steve Jobs unveiled the iPhone 4.";
    const [launch] = dated(
      text,
      [{ name: 'Steve Jobs', type: 'person' }],
      [
        { text: 'Yesterday', value: '2010-06-07', precision: 'day' },
        { text: 'this year', value: '2010', precision: 'year' },
      ],
      'product-launch',
      '2010-06-08',
    );
    expect(launch).toMatchObject({ date: '2010-06-07', dateSource: 'clause' });
  });

  it('makes an event dated after publication planned', () => {
    const [meeting] = dated(
      'Iraq and the United States hold talks in Baghdad on July 4.',
      [
        { name: 'Iraq', type: 'place' },
        { name: 'United States', type: 'place' },
        { name: 'Baghdad', type: 'place' },
      ],
      [{ text: 'on July 4', value: '2024-07-04', precision: 'day' }],
      'negotiation',
    );
    expect(meeting).toMatchObject({ date: '2024-07-04', status: 'planned' });
  });

  it('carries precision and mod from the time expression', () => {
    const { events: evs } = events(
      'Since the beginning of last February, the factions have observed a truce with Washington.',
      {
        entities: [{ name: 'Washington', type: 'place' }],
        timexes: [{ text: 'the beginning of last February', value: '2024-02', precision: 'month', mod: 'START' }],
        minConfidence: 0,
      },
    );
    const truce = evs.find((e) => e.type === 'ceasefire')!;
    expect(truce.date).toEqual({ value: '2024-02', precision: 'month', mod: 'START', source: 'clause', timex: 't1' });
  });
});
