/**
 * Session 21 (the lead): rows an analyst would count wrong, found by reading wire and broadcast copy written for
 * the purpose. Sentences written for each rule and its false senses; none is taken from a data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const tuesday = { text: 'late on Tuesday', value: '2024-03-05', precision: 'day' as const };

describe('a lead that sums up an attack undated and the paragraph after it that tells when are one attack', () => {
  const attacks = (text: string, timexes = [tuesday]): EventRecord[] =>
    allEvents(text, '2024-03-07', { timexes, entities: [{ name: 'Kovno', type: 'place' }] }).filter(
      (e) => e.type === 'attack',
    );

  it('the present-perfect lead and the dated detail make one row, dated by the detail', () => {
    const evs = attacks(
      'Officials say militants have killed nine villagers in an attack on a hamlet in the east.\n\n' +
        'The militants arrived on foot late on Tuesday and opened fire on farmers in Kovno, wounding four others.',
    );
    expect(evs).toHaveLength(1);
    expect(evs[0]!.date.value).toBe('2024-03-05');
    expect(evs[0]!.casualties?.killed?.value).toBe(9);
  });

  it('a lead summing up several attacks stays apart from one of them', () => {
    const evs = attacks(
      'Officials say militants have killed nine villagers in attacks on two hamlets in the east.\n\n' +
        'The militants arrived on foot late on Tuesday and opened fire on farmers in Kovno.',
    );
    expect(evs).toHaveLength(2);
  });

  it('a detail with a death toll of its own is another attack', () => {
    const evs = attacks(
      'Officials say militants have killed nine villagers in an attack on a hamlet in the east.\n\n' +
        'Militants opened fire on a bus near Kovno late on Tuesday, killing three passengers.',
    );
    expect(evs).toHaveLength(2);
    expect(evs.map((e) => e.casualties?.killed?.value).sort()).toEqual([3, 9]);
  });

  it('a detail further down the story is not taken for the lead', () => {
    const evs = attacks(
      'Officials say militants have killed nine villagers in an attack on a hamlet in the east.\n\n' +
        'The governor called for calm and promised more troops for the region.\n\n' +
        'The militants arrived on foot late on Tuesday and opened fire on farmers in Kovno.',
    );
    expect(evs).toHaveLength(2);
  });
});

describe('a prison term makes a jailing a sentence', () => {
  const types = (text: string): string[] => allEvents(text, '2024-03-07').map((e) => e.type);

  it('"were jailed for six years" and "jailed him for life" are sentences', () => {
    expect(types('Two former clerks of the water board were jailed for six years each.')).toContain('sentence');
    expect(types('A judge jailed the former mayor for life.')).toContain('sentence');
    expect(types('The former mayor was imprisoned for 12 years.')).toContain('sentence');
  });

  it('a jailing for days, or for a crime, stays an arrest', () => {
    const days = types('The reporter was jailed for two days before being freed.');
    expect(days).toContain('arrest');
    expect(days).not.toContain('sentence');
    const months = types('The reporter returned home, only to be jailed for several months.');
    expect(months).not.toContain('sentence');
    expect(types('The reporter was jailed for six months.')).toContain('sentence');
    const crime = types('The reporter was jailed for contempt.');
    expect(crime).toContain('arrest');
    expect(crime).not.toContain('sentence');
  });
});

describe('"similar" raids with no time of their own are a kind of event, not one that happened', () => {
  const statusOf = (text: string, timexes: { text: string; value: string; precision: 'day' }[] = []): string[] =>
    allEvents(text, '2024-03-07', { timexes })
      .filter((e) => e.type === 'attack')
      .map((e) => e.status);

  it('"have carried out similar raids in the region" is generic', () => {
    expect(statusOf('Militants linked to the group have carried out similar raids in the region.')).toEqual([
      'generic',
    ]);
  });

  it('a singular similar attack, or plural ones with a day, happened', () => {
    expect(statusOf('Militants carried out a similar raid near the border.')).toEqual(['occurred']);
    expect(statusOf('Militants carried out two similar raids near the border.')).toEqual(['occurred']);
    expect(
      statusOf('Similar attacks were reported in two other towns on Monday.', [
        { text: 'on Monday', value: '2024-03-04', precision: 'day' },
      ]),
    ).toEqual(['occurred']);
  });
});

describe('a march whose purpose is to protest is one protest', () => {
  const protests = (text: string): EventRecord[] => allEvents(text, '2024-03-07').filter((e) => e.type === 'protest');

  it('"marched to protest the result" makes one protest that happened', () => {
    const evs = protests('Thousands of farmers marched through the capital to protest the new land law.');
    expect(evs).toHaveLength(1);
    expect(evs[0]!.status).toBe('occurred');
  });

  it('a protest vowed after a verb of its own stays a second protest, still to come', () => {
    const evs = protests('Thousands of farmers marched through the capital and vowed to protest again next month.');
    expect(evs).toHaveLength(2);
    expect(evs.map((e) => e.status).sort()).toEqual(['occurred', 'threatened']);
  });
});

describe('an event placed in the past by its own phrase happened, whatever the verb it depends on', () => {
  const elections = (text: string, timexes: { text: string; value: string; precision: 'week' | 'day' }[] = []) =>
    allEvents(text, '2024-03-07', { timexes }).filter((e) => e.type === 'election');

  it('"to protest the result of last week\'s election": the election was held', () => {
    const evs = elections("Farmers marched to protest the result of last week's presidential election.", [
      { text: "last week's", value: '2024-W09', precision: 'week' },
    ]);
    expect(evs.map((e) => e.status)).toEqual(['occurred']);
  });

  it('an election to come in the same frame stays planned', () => {
    const evs = elections('Farmers plan to boycott the presidential election.');
    expect(evs.map((e) => e.status)).not.toContain('occurred');
  });
});

describe('a week holds its days when mentions are merged', () => {
  // The same two sentences, published in the week after the vote's Saturday or a week later.
  const elections = (published: string, lastWeek: string): EventRecord[] =>
    allEvents(
      "Voters in Velmar chose a new president in last week's election.\n\n" +
        'The opposition candidate won the vote on Saturday with 52 percent.',
      published,
      {
        timexes: [
          { text: "last week's", value: lastWeek, precision: 'week' },
          { text: 'on Saturday', value: '2024-03-02', precision: 'day' },
        ],
        entities: [{ name: 'Velmar', type: 'place' }],
      },
    ).filter((e) => e.type === 'election');

  it('"last week\'s election" and "the vote on Saturday" in one article are one election', () => {
    expect(elections('2024-03-07', '2024-W09')).toHaveLength(1);
  });

  it('a day of another week stays apart', () => {
    expect(elections('2024-03-14', '2024-W10')).toHaveLength(2);
  });
});

describe('two verbs of one week stay two events', () => {
  it('"met him last week" and "met him on Sunday" by different people are two meetings', () => {
    const evs = allEvents(
      'The minister met with Arlo Venn last week to discuss the budget. The president himself met with Venn on Sunday.',
      '2024-03-05',
      {
        timexes: [
          { text: 'last week', value: '2024-W09', precision: 'week' },
          { text: 'on Sunday', value: '2024-03-03', precision: 'day' },
        ],
        entities: [{ name: 'Arlo Venn', type: 'person', forms: ['Arlo Venn', 'Venn'] }],
      },
    ).filter((e) => e.type === 'meeting');
    expect(evs).toHaveLength(2);
  });
});

describe('an outbreak is told by its declaration', () => {
  it('"declared an outbreak of cholera on Thursday": the trigger span is the declaring verb', () => {
    const evs = allEvents('Health officials declared an outbreak of cholera on Thursday.', '2024-03-08', {
      timexes: [{ text: 'on Thursday', value: '2024-03-07', precision: 'day' }],
    }).filter((e) => e.type === 'disaster');
    expect(evs.map((e) => [e.trigger.text, e.date.value])).toEqual([['declared', '2024-03-07']]);
  });

  it('an outbreak told without its declaration keeps its noun', () => {
    const evs = allEvents('The outbreak of cholera has killed 12 people.', '2024-03-08').filter(
      (e) => e.type === 'disaster',
    );
    expect(evs.map((e) => e.trigger.text)).toEqual(['outbreak']);
  });
});
