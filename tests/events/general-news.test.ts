/**
 * Events of general news outside conflict (issue 14, session 10): votes, court steps, launches and company
 * news are rows when the text dates them, and business words that are figures rather than events (turnover
 * "sales", accounting "charges", a takeover "bid" launched, holders who "elected to" convert) are not. Every
 * sentence is our own, written for the rule it tests; none is taken from a data set.
 */
import { events, view, type TimexSpec } from './builders.js';

/** Events kept at the default confidence (as `dossier run` keeps them). */
function kept(text: string, timexes: TimexSpec[] = [], published = '2025-11-03') {
  const { events: evs, names } = events(text, { timexes, published });
  return view(evs, names);
}
const typed = (text: string, timexes: TimexSpec[] = []): string[] =>
  kept(text, timexes).map((e) => `${e.type}:${e.trigger}`);
/** Every trigger read, whatever its confidence: the readings themselves. */
const read = (text: string, timexes: TimexSpec[] = []): string[] =>
  events(text, { timexes, published: '2025-11-03', minConfidence: 0 }).events.map((e) => `${e.type}:${e.trigger.text}`);

describe('an event its own clause dates is a row without named parties', () => {
  it.each<[string, TimexSpec, string]>([
    [
      'Voters elected a new parliament on Sunday.',
      { text: 'on Sunday', value: '2025-11-02', precision: 'day' },
      'election:elected',
    ],
    [
      'A separate lawsuit filed by anglers last year is still pending.',
      { text: 'last year', value: '2024', precision: 'year' },
      'lawsuit:lawsuit',
    ],
    [
      'Heavy rain caused flooding in the lowlands on Thursday.',
      { text: 'on Thursday', value: '2025-10-30', precision: 'day' },
      'disaster:flooding',
    ],
  ])('%s', (text, timex, expected) => {
    expect(typed(text, [timex])).toContain(expected);
  });

  it('an undated mention of a kind of event in passing stays out ("advocates of direct election")', () => {
    expect(typed('Advocates of direct election of a president lost the argument.')).toEqual([]);
  });
});

describe('business words that are figures, not events', () => {
  it.each([
    ['Net sales for the quarter were $14 million.'],
    ['In fiscal 1989, the toy maker had sales of about $40 million.'],
    ['The brewer expects its export sales to soon grow to a quarter of the total.'],
  ])('turnover "sales" is no sale: %s', (text) => {
    expect(read(text).filter((t) => t.startsWith('contract'))).toEqual([]);
  });

  it('a transfer of named goods stays a sale ("approved arms sales to Zedland")', () => {
    const t = read('The government approved arms sales to Zedland last year.', [
      { text: 'last year', value: '2024', precision: 'year' },
    ]);
    expect(t.some((x) => x.startsWith('contract'))).toBe(true);
  });

  it.each([
    ['The chemicals group booked 71 million guilders of extraordinary charges last year.'],
    ['Profit was helped by charges taken in the year-earlier period.'],
    ['During the third quarter, the miller charged about $46 million against earnings.'],
  ])('accounting charges are no criminal charge: %s', (text) => {
    const t = read(
      text,
      [
        { text: 'last year', value: '2024', precision: 'year' },
        { text: 'the third quarter', value: '2025-Q3', precision: 'quarter' },
      ].filter((x) => text.includes(x.text)) as TimexSpec[],
    );
    expect(t.filter((x) => x.startsWith('charge'))).toEqual([]);
  });

  it('a criminal charge stays one ("Prosecutors charged the mayor with fraud on Monday")', () => {
    expect(
      read('Prosecutors charged the mayor with fraud on Monday.', [
        { text: 'on Monday', value: '2025-11-03', precision: 'day' },
      ]),
    ).toContain('charge:charged');
  });

  it.each([
    ['A hostile takeover bid was launched last week by a rival bank.'],
    ['The regulator launched an inquiry into the merger last week.'],
  ])('a bid or an inquiry launched is no product launch: %s', (text) => {
    const t = read(text, [{ text: 'last week', value: '2025-W44', precision: 'week' }]);
    expect(t.filter((x) => x.startsWith('product-launch'))).toEqual([]);
  });

  it('a product launched stays a launch ("The carmaker launched a new hatchback last week")', () => {
    expect(
      read('The carmaker launched a new hatchback last week.', [
        { text: 'last week', value: '2025-W44', precision: 'week' },
      ]),
    ).toContain('product-launch:launched');
  });

  it('"elected to convert" is a choice, not an election', () => {
    const t = read('Holders of the notes have elected to convert the debt into shares on Friday.', [
      { text: 'on Friday', value: '2025-10-31', precision: 'day' },
    ]);
    expect(t.filter((x) => x.startsWith('election'))).toEqual([]);
  });
});

describe('appointments, votes and visits the lexicon reads', () => {
  it.each([
    ['The board named Ana Ruiz chief executive on Monday.', 'appointment:named'],
    ['Ivo Marek was named as head coach of the national side.', 'appointment:named'],
    ['Hanna Berg stepped down as chair of the rowing club last month.', 'appointment:stepped down'],
    ['The governing party won 61 of the 90 seats.', 'election:won'],
    ['He lost his campaign for re-election in 1996.', 'election:re-election'],
    ['The prime minister will visit Lisbon next Tuesday.', 'meeting:visit'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The bridge was named after a local poet.', 'appointment'],
    ['A man named Ivo Marek answered the door.', 'appointment'],
    ['Northport won the league title on Saturday.', 'election'],
    ['The club won a contract to rebuild the stadium.', 'election'],
    ['Readers can visit our website for details.', 'meeting'],
  ])('no such event: %s', (text, type) => {
    expect(read(text).filter((t) => t.startsWith(`${type}:`))).toEqual([]);
  });
});

describe('launches that are no product', () => {
  it('a tender offer launched is no product launch ("launched a $10-a-share tender offer for")', () => {
    expect(
      read('A unit of the fund launched a $10-a-share tender offer for the shares of Zedco.').filter((t) =>
        t.startsWith('product-launch'),
      ),
    ).toEqual([]);
  });
});
