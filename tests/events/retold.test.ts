/**
 * Events a later story tells again: an event of some days before retold as the background of the day's news, a
 * series counted since a year long past, an event named only to say what it means. Every sentence is written
 * for the rule it tests; none is taken from a data set.
 */
import { events, type EntitySpec, type TimexSpec } from './builders.js';
import { retold } from '../../src/events/salience.js';

const salience = (
  text: string,
  opts: { timexes?: TimexSpec[]; published?: string; entities?: EntitySpec[] } = {},
): Array<[string, string, string | undefined]> =>
  events(text, {
    published: opts.published ?? '2021-06-14',
    timexes: opts.timexes ?? [],
    entities: opts.entities ?? [],
    minConfidence: 0,
  }).events.map((e) => [e.trigger.text, e.type, e.salience]);

const of = (rows: Array<[string, string, string | undefined]>, word: string): string | undefined =>
  rows.find(([w]) => w === word)?.[2];

describe('an event dated days before the publication is retold', () => {
  it('retold: more than four days before, by the text', () => {
    const d = (value: string, source: 'clause' | 'narrative' | 'publication' = 'clause') =>
      ({ value, precision: 'day', source }) as const;
    expect(retold('attack', d('2021-06-03'), '2021-06-14')).toBe(true);
    expect(retold('attack', d('2021-06-11'), '2021-06-14')).toBe(false);
    // A Monday paper reporting Friday's news: three days.
    expect(retold('statement', d('2021-06-11'), '2021-06-14')).toBe(false);
    // The publication date is no date of the text's.
    expect(retold('attack', d('2021-06-03', 'publication'), '2021-06-14')).toBe(false);
    // A quarter is the period a report covers.
    expect(retold('statement', { value: '2021-Q1', precision: 'quarter', source: 'clause' }, '2021-06-14')).toBe(false);
    // A paragraph's narrated time dates its violent event, not its statements.
    expect(retold('statement', d('2021-06-03', 'narrative'), '2021-06-14')).toBe(false);
    expect(retold('attack', d('2021-06-03', 'narrative'), '2021-06-14', true)).toBe(true);
  });

  it('a bombing of last week told in a story about a funeral is background; the funeral is news', () => {
    const rows = salience(
      'Mourners gathered at the town hall on Sunday for the funeral of the mayor. ' +
        'The mayor died when a car bomb exploded outside the market on June 4.',
      {
        published: '2021-06-14',
        timexes: [
          { text: 'Sunday', value: '2021-06-13', precision: 'day' },
          { text: 'June 4', value: '2021-06-04', precision: 'day' },
        ],
      },
    );
    expect(of(rows, 'exploded')).toBe('background');
    expect(of(rows, 'funeral')).not.toBe('background');
  });

  it('the same bombing told on the next day is news', () => {
    const rows = salience('A car bomb exploded outside the market in Hadi on Friday, police said.', {
      published: '2021-06-12',
      timexes: [{ text: 'Friday', value: '2021-06-11', precision: 'day' }],
    });
    expect(of(rows, 'exploded')).toBe('news');
  });

  it('an old event in the lead stays news (the lead reports the story whatever date it carries)', () => {
    const rows = salience('A car bomb exploded outside the market in Hadi on June 4, the army admitted on Sunday.', {
      published: '2021-06-14',
      timexes: [
        { text: 'June 4', value: '2021-06-04', precision: 'day' },
        { text: 'Sunday', value: '2021-06-13', precision: 'day' },
      ],
    });
    expect(of(rows, 'exploded')).toBe('news');
  });

  it('a later undated mention of that kind of event retells it; another attack does not', () => {
    const text =
      'Investigators from three countries met in the capital on Sunday. ' +
      'They are looking into the June 2 bombing of the central station. ' +
      'A nearly simultaneous blast at the airport wounded nine guards. ' +
      'Separately, gunmen opened another attack on a checkpoint in the north.';
    const rows = salience(text, {
      published: '2021-06-14',
      timexes: [
        { text: 'Sunday', value: '2021-06-13', precision: 'day' },
        { text: 'June 2', value: '2021-06-02', precision: 'day' },
      ],
    });
    expect(of(rows, 'blast')).toBe('background');
    expect(of(rows, 'attack')).not.toBe('background');
  });
});

describe('a series counted since a year long past is background', () => {
  it('arrested many times since a year long past', () => {
    const rows = salience('The preacher had been arrested in four states since 2009 for blocking clinic doors.', {
      timexes: [{ text: '2009', value: '2009', precision: 'year' }],
    });
    expect(of(rows, 'arrested')).toBe('background');
  });
  it('but not an arrest that a clause since a recent day follows', () => {
    const rows = salience('The preacher was arrested on Friday and has been held since Saturday.', {
      timexes: [
        { text: 'Friday', value: '2021-06-11', precision: 'day' },
        { text: 'Saturday', value: '2021-06-12', precision: 'day' },
      ],
    });
    expect(of(rows, 'arrested')).toBe('news');
  });
});

describe('an event named to say what it means is not narrated', () => {
  it('a possessive event noun subject of "shows", "means" is background', () => {
    const rows = salience(
      'Her murder shows how exposed the judges of the province have become. ' +
        "The general's arrest means the talks will stall. The governor visited the court on Sunday.",
      { timexes: [{ text: 'Sunday', value: '2021-06-13', precision: 'day' }] },
    );
    expect(of(rows, 'murder')).toBe('background');
    expect(of(rows, 'arrest')).toBe('background');
  });
  it('one that did something is narrated', () => {
    const rows = salience('The explosion shattered windows across the old quarter on Sunday.', {
      timexes: [{ text: 'Sunday', value: '2021-06-13', precision: 'day' }],
    });
    expect(of(rows, 'explosion')).toBe('news');
  });
});

describe('"already" in a perfect group recalls a state of things', () => {
  it('has already been charged is background; was charged on Friday is news', () => {
    const rows = salience('The driver has already been charged in the ferry sinking.');
    expect(of(rows, 'charged')).toBe('background');
    const news = salience('The driver was charged on Friday with manslaughter.', {
      timexes: [{ text: 'Friday', value: '2021-06-11', precision: 'day' }],
    });
    expect(of(news, 'charged')).toBe('news');
  });
});

describe('statements that give a view', () => {
  const PEOPLE: EntitySpec[] = [
    { name: 'Ana Holt', type: 'person' },
    { name: 'Jorge Mena', type: 'person' },
    { name: 'The Daily Courier', type: 'group' },
    { name: 'Lindqvist Motors', type: 'group' },
  ];
  const people = (text: string): EntitySpec[] => PEOPLE.filter((p) => text.includes(p.name));
  const said = (text: string, word = 'said'): string | undefined =>
    of(salience(text, { entities: people(text) }), word);

  it('a quotation over several sentences: its attribution is as bare as a one-sentence one', () => {
    const text =
      'Jorge Mena spoke outside the court.\n\n``We will keep fighting for the land. ' +
      "Our village has always stood together,'' Ana Holt said.";
    expect(said(text)).toBe('comment');
  });

  it('an attribution split from a quotation ending on "!" is bare', () => {
    const text = "Jorge Mena addressed the marchers.\n\n``Nobody here surrenders!'' Ana Holt declared.";
    expect(said(text, 'declared')).toBe('comment');
  });

  it('but a sentence after a quotation that reports an announcement is news', () => {
    const text =
      "``Nobody here surrenders!'' Ana Holt shouted.\n" +
      "' Lindqvist Motors announced the closure of its plant in Gdansk on Friday.";
    const rows = salience(text, {
      entities: people(text),
      timexes: [{ text: 'Friday', value: '2021-06-11', precision: 'day' }],
    });
    expect(of(rows, 'announced')).toBe('news');
  });

  it('a commentator speaking of the news is a comment; the company is news', () => {
    expect(said('Ana Holt, an analyst with a Boston brokerage, said the margins looked thin on Monday.')).toBe(
      'comment',
    );
    expect(said('Lindqvist Motors said on Monday it would close its plant in Gdansk.')).toBe('news');
  });

  it('a statement in an editorial is a comment', () => {
    expect(said('The Daily Courier said in an editorial on Monday that the mayor should resign.')).toBe('comment');
  });
});
