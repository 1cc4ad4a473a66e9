/**
 * Table-driven: (sentence, publication date) → the expression found, its TIMEX3 value, type and mod.
 * Each row names the rule it exercises; the sentence supplies the tense context.
 */
import { annotate } from '../../src/nlp/wink.js';
import { extractTimexes } from '../../src/timex/index.js';
import type { TimexRecord } from '../../src/types.js';

function timexes(text: string, dct: string | null): TimexRecord[] {
  const a = annotate(text);
  return extractTimexes({
    text,
    tokens: a.tokens,
    sentences: a.sentences,
    lowerForms: a.lowerForms,
    publication: dct ? { date: dct, source: 'config', confidence: 1 } : { date: null, source: 'none', confidence: 0 },
  }).timexes;
}

/** [rule, sentence, publication date, expression text, value, type, mod ('' for none)] */
type Row = [string, string, string, string, string, string, string];

const ROWS: Row[] = [
  // Deictic days and parts of day against the publication date.
  ['yesterday', 'The minister resigned yesterday.', '2024-06-20', 'yesterday', '2024-06-19', 'DATE', ''],
  ['tomorrow across a month end', 'Talks resume tomorrow.', '2024-06-30', 'tomorrow', '2024-07-01', 'DATE', ''],
  ['yesterday across a year end', 'Markets closed yesterday.', '2024-01-01', 'yesterday', '2023-12-31', 'DATE', ''],
  ['tomorrow on a leap day', 'Voting ends tomorrow.', '2024-02-28', 'tomorrow', '2024-02-29', 'DATE', ''],
  ['today', 'The court rules today.', '2024-06-20', 'today', '2024-06-20', 'DATE', ''],
  ['last night', 'Rockets hit the base last night.', '2024-06-20', 'last night', '2024-06-19TNI', 'TIME', ''],
  ['tonight', 'He speaks tonight.', '2024-06-20', 'tonight', '2024-06-20TNI', 'TIME', ''],
  ['this morning', 'The talks began this morning.', '2024-06-20', 'this morning', '2024-06-20TMO', 'TIME', ''],
  // Weekdays by tense.
  ['weekday, past tense', 'The committee met on Wednesday.', '2024-06-20', 'Wednesday', '2024-06-19', 'DATE', ''],
  ['weekday, future tense', 'The committee will meet on Monday.', '2024-06-20', 'Monday', '2024-06-24', 'DATE', ''],
  [
    'weekday, past tense across a year',
    'The vote took place on Friday.',
    '2025-01-01',
    'Friday',
    '2024-12-27',
    'DATE',
    '',
  ],
  [
    'weekday equal to the publication day',
    'Officials said Thursday that talks continue.',
    '2024-06-20',
    'Thursday',
    '2024-06-20',
    'DATE',
    '',
  ],
  ['last weekday', 'The strike began last Thursday.', '2024-06-20', 'last Thursday', '2024-06-13', 'DATE', ''],
  ['next weekday', 'The strike ends next Monday.', '2024-06-20', 'next Monday', '2024-06-24', 'DATE', ''],
  [
    'weekday and part of day',
    'Shelling resumed Wednesday night.',
    '2024-06-20',
    'Wednesday night',
    '2024-06-19TNI',
    'TIME',
    '',
  ],
  [
    'weekday with full date',
    'It happened on Thursday, June 20, 2024 in Baghdad.',
    '2024-06-25',
    'Thursday, June 20, 2024',
    '2024-06-20',
    'DATE',
    '',
  ],
  // Months and days without a year: tense and nearest occurrence.
  ['month, past tense', 'Talks began in January.', '2024-06-20', 'January', '2024-01', 'DATE', ''],
  [
    'month after the publication month, past tense',
    'The deal was signed in November.',
    '2024-06-20',
    'November',
    '2023-11',
    'DATE',
    '',
  ],
  [
    'month before the publication month, future tense',
    'Elections will be held in March.',
    '2024-10-20',
    'March',
    '2025-03',
    'DATE',
    '',
  ],
  [
    'month without a tense cue: nearest',
    'The deadline: February 3.',
    '2024-11-20',
    'February 3',
    '2025-02-03',
    'DATE',
    '',
  ],
  [
    'day-month, past tense, previous year',
    'The attack came on December 30.',
    '2025-01-02',
    'December 30',
    '2024-12-30',
    'DATE',
    '',
  ],
  ['day month order', 'The summit opened on 20 June 2024.', '2024-06-21', '20 June 2024', '2024-06-20', 'DATE', ''],
  ['leap day with a year', 'The law passed on Feb. 29, 2024.', '2024-06-20', 'Feb. 29, 2024', '2024-02-29', 'DATE', ''],
  ['last month name', 'Talks began last January.', '2024-06-20', 'last January', '2024-01', 'DATE', ''],
  [
    'last month name, same month last year',
    'It was agreed last June.',
    '2024-06-20',
    'last June',
    '2023-06',
    'DATE',
    '',
  ],
  // Session 21: the month just before the story's is "last month"; named with "last", it is a year back.
  [
    "last month name, the month before the story's",
    'Two trawlers sank last February.',
    '2024-03-02',
    'last February',
    '2023-02',
    'DATE',
    '',
  ],
  [
    'last month name, two months back',
    'Two trawlers sank last February.',
    '2024-04-02',
    'last February',
    '2024-02',
    'DATE',
    '',
  ],
  [
    'previous month name',
    'The fleet had sailed the previous February.',
    '2024-03-02',
    'previous February',
    '2024-02',
    'DATE',
    '',
  ],
  ['month and last year', 'Prices rose in July last year.', '2024-06-20', 'July last year', '2023-07', 'DATE', ''],
  // Session 20: a date between a reporting verb and its "that" clause is the report's, whatever the clause's tense.
  [
    'report date before a future complement',
    'The carmaker announced on Dec. 20 that it would close the plant.',
    '2025-01-09',
    'Dec. 20',
    '2024-12-20',
    'DATE',
    '',
  ],
  [
    'report weekday before a future complement',
    'The airline said Friday that it will cut 900 jobs.',
    '2024-06-20',
    'Friday',
    '2024-06-14',
    'DATE',
    '',
  ],
  [
    "not a future clause's own date",
    'The carmaker will close the plant on Dec. 20.',
    '2025-01-09',
    'Dec. 20',
    '2025-12-20',
    'DATE',
    '',
  ],
  // Session 20: a half or quarter not yet begun, in an outlook ("expects … to"), is the one to come.
  [
    'outlook half',
    'The company expects sales to recover in the second half.',
    '2026-03-10',
    'the second half',
    '2026-H2',
    'DATE',
    '',
  ],
  [
    'outlook half, no object',
    'The firm expects to open a plant in the second half.',
    '2026-03-10',
    'the second half',
    '2026-H2',
    'DATE',
    '',
  ],
  [
    "past half stays last year's",
    'Sales fell in the second half.',
    '2026-03-10',
    'the second half',
    '2025-H2',
    'DATE',
    '',
  ],
  // Session 20: a month "of last year" or "of that year" (the "of" had cut the expression, and the month was read
  // against its clause's tense; "that year" against the publication date).
  [
    'month of last year',
    'Rebels seized the port in May of last year.',
    '2024-03-20',
    'May of last year',
    '2023-05',
    'DATE',
    '',
  ],
  [
    'month of next year',
    'The mine will reopen in April of next year.',
    '2024-06-20',
    'April of next year',
    '2025-04',
    'DATE',
    '',
  ],
  [
    'month of that year: the year the sentence named',
    'She was charged in 2019 and jailed in October of that year.',
    '2024-06-20',
    'October of that year',
    '2019-10',
    'DATE',
    '',
  ],
  [
    'month of the same year',
    'The firm was founded in 1998 and listed in June of the same year.',
    '2024-06-20',
    'June of the same year',
    '1998-06',
    'DATE',
    '',
  ],
  ['month with year', 'The plant closed in June 1998.', '2024-06-20', 'June 1998', '1998-06', 'DATE', ''],
  ['ISO date', 'The memo is dated 2024-06-19.', '2024-06-20', '2024-06-19', '2024-06-19', 'DATE', ''],
  // Relative units.
  ['last week', 'The army withdrew last week.', '2024-06-20', 'last week', '2024-W24', 'DATE', ''],
  ['next week across a year', 'Trading resumes next week.', '2024-12-30', 'next week', '2025-W02', 'DATE', ''],
  ['this year', 'Exports grew this year.', '2024-06-20', 'this year', '2024', 'DATE', ''],
  ['last year', 'Exports fell last year.', '2024-06-20', 'last year', '2023', 'DATE', ''],
  ['next month', 'The law takes effect next month.', '2024-12-20', 'next month', '2025-01', 'DATE', ''],
  ['this weekend', 'Protests are planned this weekend.', '2024-06-20', 'this weekend', '2024-W25-WE', 'DATE', ''],
  ['this summer', 'Fighting eased this summer.', '2024-08-20', 'this summer', '2024-SU', 'DATE', ''],
  [
    'quarter with ordinal',
    'Profit rose in the first quarter.',
    '2024-06-20',
    'the first quarter',
    '2024-Q1',
    'DATE',
    '',
  ],
  [
    'quarter not yet begun: last year',
    'Sales fell in the fourth quarter.',
    '2024-06-20',
    'the fourth quarter',
    '2023-Q4',
    'DATE',
    '',
  ],
  [
    'quarter with year',
    'Sales fell in the third quarter of 1990.',
    '2024-06-20',
    'the third quarter of 1990',
    '1990-Q3',
    'DATE',
    '',
  ],
  ['half', 'Output rose in the first half.', '2024-06-20', 'the first half', '2024-H1', 'DATE', ''],
  // "N ago" and anaphoric counts.
  ['months ago', 'The truce began four months ago.', '2024-06-20', 'four months ago', '2024-02', 'DATE', ''],
  ['years ago across a boundary', 'He left two years ago.', '2024-01-05', 'two years ago', '2022', 'DATE', ''],
  ['days ago', 'The ship sank three days ago.', '2024-03-02', 'three days ago', '2024-02-28', 'DATE', ''],
  [
    'more than N ago',
    'It was offered more than four months ago.',
    '2024-06-20',
    'more than four months ago',
    '2024-02',
    'DATE',
    'BEFORE',
  ],
  ['vague count ago', 'She spoke several days ago.', '2024-06-20', 'several days ago', 'PAST_REF', 'DATE', ''],
  // Durations.
  [
    'duration with modifier',
    'The troops have stayed for more than five months.',
    '2024-06-20',
    'more than five months',
    'P5M',
    'DURATION',
    'MORE_THAN',
  ],
  ['duration in hours', 'The siege lasted 24 hours.', '2024-06-20', '24 hours', 'PT24H', 'DURATION', ''],
  [
    'number words',
    'The ceasefire held for twenty-four hours.',
    '2024-06-20',
    'twenty-four hours',
    'PT24H',
    'DURATION',
    '',
  ],
  ['fraction', 'He served 2 1/2 years in prison.', '2024-06-20', '2 1/2 years', 'P2Y6M', 'DURATION', ''],
  ['and a half', 'The trial took a year and a half.', '2024-06-20', 'a year and a half', 'P1Y6M', 'DURATION', ''],
  ['half an hour', 'The meeting lasted half an hour.', '2024-06-20', 'half an hour', 'PT30M', 'DURATION', ''],
  ['vague quantity', 'The war has lasted several years.', '2024-06-20', 'several years', 'PXY', 'DURATION', ''],
  ['decade', 'The dispute lasted two decades.', '2024-06-20', 'two decades', 'P20Y', 'DURATION', ''],
  ['adjectival', 'They signed a two-year contract.', '2024-06-20', 'two-year', 'P2Y', 'DURATION', ''],
  [
    'the past N units',
    'Prices doubled over the past three months.',
    '2024-06-20',
    'the past three months',
    'P3M',
    'DURATION',
    '',
  ],
  ['approximate', 'The flight took about five hours.', '2024-06-20', 'about five hours', 'PT5H', 'DURATION', 'APPROX'],
  [
    'N after an event is a duration',
    'Talks began less than 24 hours after three soldiers were killed.',
    '2024-06-20',
    'less than 24 hours',
    'PT24H',
    'DURATION',
    'LESS_THAN',
  ],
  // Point modifiers.
  [
    'start',
    'Since the beginning of last February, calm has held.',
    '2024-06-20',
    'the beginning of last February',
    '2024-02',
    'DATE',
    'START',
  ],
  ['end', 'A deal is expected by the end of the year.', '2024-06-20', 'the end of the year', '2024', 'DATE', 'END'],
  ['early', 'Inflation peaked in early 1990.', '2024-06-20', 'early 1990', '1990', 'DATE', 'START'],
  ['mid', 'Growth slowed in mid-1996.', '2024-06-20', 'mid-1996', '1996', 'DATE', 'MID'],
  [
    'earlier this month',
    'Prices rose earlier this month.',
    '2024-06-20',
    'earlier this month',
    '2024-06',
    'DATE',
    'START',
  ],
  // Years and decades.
  ['year', 'The company was founded in 1998.', '2024-06-20', '1998', '1998', 'DATE', ''],
  ['fiscal year', 'Results for fiscal 1989 improved.', '2024-06-20', 'fiscal 1989', '1989', 'DATE', ''],
  ['decade', 'Crime fell in the 1990s.', '2024-06-20', 'the 1990s', '199', 'DATE', ''],
  ['decade written short', "Crime fell in the '90s.", '2024-06-20', "the '90s", '199', 'DATE', ''],
  // wink types "1990s" as a decade and "10am" as a time, not as numbers: they still start an expression.
  ['decade without an article', 'Industrial output fell sharply in 1990s.', '2024-06-20', '1990s', '199', 'DATE', ''],
  [
    'count with a thousands comma',
    'He was jailed for 1,500 days.',
    '2024-06-20',
    '1,500 days',
    'P1500D',
    'DURATION',
    '',
  ],
  [
    'clock time with meridiem, zone and day',
    'The vote is at 9 a.m. EDT tomorrow.',
    '2024-06-20',
    '9 a.m. EDT tomorrow',
    '2024-06-21T09:00',
    'TIME',
    '',
  ],
  [
    'vague phrase opened by a preposition',
    'Elections in the past were quieter.',
    '2024-06-20',
    'the past',
    'PAST_REF',
    'DATE',
    '',
  ],
  ['spoken year', 'In nineteen ninety-one he was convicted.', '2024-06-20', 'nineteen ninety-one', '1991', 'DATE', ''],
  // Clock times.
  [
    'clock time',
    'The blast occurred at 3:14 p.m. on the bridge.',
    '2024-06-20',
    '3:14 p.m.',
    '2024-06-20T15:14',
    'TIME',
    '',
  ],
  [
    'clock time and weekday',
    'Polls close at 9 a.m. Tuesday.',
    '2024-06-20',
    '9 a.m. Tuesday',
    '2024-06-18T09:00',
    'TIME',
    '',
  ],
  ['noon', 'The deadline expires at noon.', '2024-06-20', 'noon', '2024-06-20T12:00', 'TIME', ''],
  [
    'clock time written as one token',
    'The talks resumed at 10am on Monday.',
    '2024-06-20',
    '10am on Monday',
    '2024-06-17T10:00',
    'TIME',
    '',
  ],
  // SETs.
  ['every unit', 'Inspectors visit every month.', '2024-06-20', 'every month', 'P1M', 'SET', ''],
  ['each weekday', 'The council meets each Thursday.', '2024-06-20', 'each Thursday', 'XXXX-WXX-4', 'SET', ''],
  ['each month name', 'Orangemen march each July through the town.', '1998-03-22', 'each July', 'XXXX-07', 'SET', ''],
  ['every season', 'Floods return every spring.', '1998-03-22', 'every spring', 'XXXX-SP', 'SET', ''],
  [
    '"will one day" is an unspecified future',
    'Islam will one day be the second largest religion there.',
    '1998-03-03',
    'one day',
    'FUTURE_REF',
    'DATE',
    '',
  ],
  [
    '"a year-earlier loss" is the comparison quarter',
    'Profit rose in the third quarter, compared with a year-earlier loss of $26,956.',
    '1989-11-02',
    'year-earlier',
    '1988-Q3',
    'DATE',
    '',
  ],
  [
    'a capitalised time word in a title is no time expression',
    'Baker spoke on ABC\'s "This Week" and later on "60 Minutes."',
    '1990-08-13',
    '',
    '',
    '',
    '',
  ],
  ['plural weekday', 'The market opens on Mondays.', '2024-06-20', 'Mondays', 'XXXX-WXX-1', 'SET', ''],
  ['adverb', 'The figures are published daily.', '2024-06-20', 'daily', 'P1D', 'SET', ''],
  // Vague references.
  ['now', 'The group now controls the town.', '2024-06-20', 'now', 'PRESENT_REF', 'DATE', ''],
  ['recently', 'The rules were recently changed.', '2024-06-20', 'recently', 'PAST_REF', 'DATE', ''],
  ['soon', 'Talks will resume soon.', '2024-06-20', 'soon', 'FUTURE_REF', 'DATE', ''],
  ['the future', 'Nobody knows what the future holds.', '2024-06-20', 'the future', 'FUTURE_REF', 'DATE', ''],
  [
    'reporting verb skipped for a month',
    'In January, officials said, the plant reopens.',
    '1989-10-31',
    'January',
    '1990-01',
    'DATE',
    '',
  ],
  ['"is to" is a plan', 'Trading is to resume in Paris Tuesday.', '1989-10-27', 'Tuesday', '1989-10-31', 'DATE', ''],
  [
    '"until" before a clock time points ahead',
    'The deadline was extended until 9 a.m. Tuesday.',
    '2000-04-03',
    '9 a.m. Tuesday',
    '2000-04-04T09:00',
    'TIME',
    '',
  ],
  [
    '"plans to" points ahead',
    'On Tuesday, the League plans to hold a news conference.',
    '1998-10-26',
    'Tuesday',
    '1998-10-27',
    'DATE',
    '',
  ],
  [
    'a reporting verb across a quote does not date the weekday',
    "''He will leave early in the morning on Thursday,'' Castro said.",
    '2000-04-05',
    'Thursday',
    '2000-04-06',
    'DATE',
    '',
  ],
  [
    'a reporting verb next to the weekday dates it',
    'Officials said Tuesday that talks had failed.',
    '2000-04-05',
    'Tuesday',
    '2000-04-04',
    'DATE',
    '',
  ],
  [
    '"as early as" points ahead',
    'The group may arrive as early as Tuesday.',
    '2000-04-03',
    'Tuesday',
    '2000-04-04',
    'DATE',
    '',
  ],
  [
    '"since" points back whatever the verb',
    'The carrier, on patrol since March, was scheduled to return.',
    '1990-08-13',
    'March',
    '1990-03',
    'DATE',
    '',
  ],
  [
    '"effective" points ahead',
    'The labour pact, effective June 1, raises wages.',
    '1989-10-26',
    'June 1',
    '1990-06-01',
    'DATE',
    '',
  ],
  [
    '"payable" points ahead',
    'Directors declared a dividend, payable Dec. 7 to holders of record Nov. 22.',
    '1989-10-27',
    'Dec. 7',
    '1989-12-07',
    'DATE',
    '',
  ],
  [
    'a participle in an infinitive is not a past tense',
    'They expect the sale to be completed by Dec. 15.',
    '1989-10-31',
    'Dec. 15',
    '1989-12-15',
    'DATE',
    '',
  ],
  [
    'a past perfect plan lies in the past',
    'The offer had been due to expire Friday evening.',
    '1989-10-30',
    'Friday evening',
    '1989-10-27TEV',
    'DATE',
    '',
  ],
  [
    '"planning" points ahead',
    'Exiles were planning a large demonstration on Saturday.',
    '2000-01-07',
    'Saturday',
    '2000-01-08',
    'DATE',
    '',
  ],
  [
    'a scheduling verb points ahead, a purpose clause after the day does not count',
    'The university has scheduled a news conference Thursday to announce a development.',
    '1999-05-05',
    'Thursday',
    '1999-05-06',
    'DATE',
    '',
  ],
  [
    'a verb whose past is its base form',
    'Shares hit a record in December.',
    '1990-10-30',
    'December',
    '1989-12',
    'DATE',
    '',
  ],
  [
    '"N days later" is a duration (TimeML: "later" is a signal)',
    'Three days later, the index recovered.',
    '1989-10-30',
    'Three days',
    'P3D',
    'DURATION',
    '',
  ],
  [
    '"N days later than" stays a date',
    'The jet arrives on November 11, three days later than planned.',
    '2005-11-05',
    'three days later',
    '2005-11-14',
    'DATE',
    '',
  ],
  [
    '"current" is the present',
    'Based on the current number of shares, the offer is worth $5 billion.',
    '1989-10-27',
    'current',
    'PRESENT_REF',
    'DATE',
    '',
  ],
  [
    '"then current" is the past',
    'Holders may buy shares at 50% of the then current market price.',
    '1989-10-26',
    'then current',
    'PAST_REF',
    'DATE',
    '',
  ],
  [
    '"the near term"',
    'We do not minimize the challenges of the near term.',
    '1989-10-30',
    'the near term',
    'FUTURE_REF',
    'DATE',
    '',
  ],
  [
    'ordinal century without an article',
    'She is a 20th century democrat.',
    '1998-02-13',
    '20th century',
    '19',
    'DATE',
    '',
  ],
  [
    '"more" between count and unit',
    'He may stay for at least two more weeks.',
    '2000-06-01',
    'at least two more weeks',
    'P2W',
    'DURATION',
    'EQUAL_OR_MORE',
  ],
  [
    '"trading days"',
    'Eight trading days after Oct. 12, the index had recovered.',
    '1989-10-30',
    'Eight trading days',
    'P8D',
    'DURATION',
    '',
  ],
  [
    '"an additional year"',
    'The group may extend the notes for an additional year.',
    '1989-11-02',
    'an additional year',
    'P1Y',
    'DURATION',
    '',
  ],
  [
    'plural unit made an adjective of length',
    'It ended a decades-long battle.',
    '2000-01-15',
    'decades-long',
    'PXY',
    'DURATION',
    '',
  ],
  [
    'singular unit made an adjective of length',
    'They left their third day-long meeting.',
    '2000-04-03',
    'day-long',
    'P1D',
    'DURATION',
    '',
  ],
  ['"over the years"', 'Over the years many more patients died.', '1998-03-31', 'the years', 'PXY', 'DURATION', ''],
  [
    '"the weeks ahead"',
    'Funds may sell bonds in the weeks ahead.',
    '1989-10-27',
    'the weeks ahead',
    'PXW',
    'DURATION',
    '',
  ],
  [
    'vague count of quarters',
    'It achieved profitability after several quarters of losses.',
    '1989-10-30',
    'several quarters',
    'PXQ',
    'DURATION',
    '',
  ],
  [
    'part of day written apart',
    'By mid afternoon, the shelling stopped.',
    '1998-03-06',
    'mid afternoon',
    '1998-03-06TAF',
    'TIME',
    'MID',
  ],
  [
    'part of day on the day after it',
    'In London at mid-afternoon yesterday, shares were up.',
    '1989-11-02',
    'mid-afternoon yesterday',
    '1989-11-01TAF',
    'TIME',
    'MID',
  ],
  [
    'hour "in the morning"',
    'He will leave at 4 in the morning.',
    '2000-04-05',
    '4 in the morning',
    '2000-04-05T04:00',
    'TIME',
    '',
  ],
  [
    'the week of a date',
    'The case will be heard the week of March 6.',
    '2000-02-24',
    'the week of March 6',
    '2000-W10',
    'DATE',
    '',
  ],
  [
    'year-end is the end of the publication year',
    'They plan to complete the sale by year-end.',
    '1989-11-02',
    'year-end',
    '1989',
    'DATE',
    'END',
  ],
  [
    '"since year-end" is the end of last year',
    'The percentage change is since year-end.',
    '1989-10-30',
    'year-end',
    '1988',
    'DATE',
    'END',
  ],
  ['weeks ago is a week', 'The boat sank six weeks ago.', '2000-01-06', 'six weeks ago', '1999-W47', 'DATE', ''],
  [
    'last month and day',
    'He was shot to death last Oct. 23 at his home.',
    '1999-04-19',
    'last Oct. 23',
    '1998-10-23',
    'DATE',
    '',
  ],
  [
    '"today\'s" before a specific noun is the day',
    "The offer was advertised in today's editions.",
    '1989-11-02',
    'today',
    '1989-11-02',
    'DATE',
    '',
  ],
  [
    'frequency adjective before a noun',
    'Clinton spoke in his weekly radio address.',
    '1998-08-08',
    'weekly',
    'P1W',
    'SET',
    '',
  ],
  [
    'month and a spoken year',
    'One person is killed. January nineteen ninety-seven.',
    '1998-02-27',
    'January nineteen ninety-seven',
    '1997-01',
    'DATE',
    '',
  ],
  [
    'season and a spoken year',
    'Prices fell to the level we saw in the winter of nineteen ninety-four.',
    '1998-02-23',
    'the winter of nineteen ninety-four',
    '1994-WI',
    'DATE',
    '',
  ],
  [
    '"the last half of" a year',
    'It means lower earnings for the last half of 1989.',
    '1989-10-26',
    'the last half of 1989',
    '1989-H2',
    'DATE',
    '',
  ],
  [
    '"the first two quarters of" a year',
    'Demand stays weak through the first two quarters of 1990.',
    '1989-10-26',
    'the first two quarters of 1990',
    '1990-H1',
    'DATE',
    '',
  ],
  [
    '"the day before" a weekday',
    "The day before last Tuesday's hearing, he went to Washington.",
    '2000-02-24',
    'The day before last Tuesday',
    '2000-02-21',
    'DATE',
    '',
  ],
  [
    '"soon" in a past clause is not after publication',
    'He was taken to a hospital and was soon released.',
    '2000-02-24',
    '',
    '',
    '',
    '',
  ],
  [
    '"the corresponding period last year"',
    'Profit rose in the third quarter from $1.8 million for the corresponding period last year.',
    '1989-11-01',
    'the corresponding period last year',
    '1988-Q3',
    'DATE',
    '',
  ],
  [
    'clock time in UTC',
    'It took off at 18:00 UTC on Tuesday.',
    '2009-12-16',
    '18:00 UTC on Tuesday',
    '2009-12-15T18:00Z',
    'TIME',
    '',
  ],
  [
    'clock time with a date',
    'Bids are due by 5 p.m. EST, Nov. 6.',
    '1989-10-30',
    '5 p.m. EST, Nov. 6',
    '1989-11-06T17:00',
    'TIME',
    '',
  ],
  ['bare plural after "for"', 'They have waited for weeks.', '2024-06-20', 'weeks', 'PXW', 'DURATION', ''],
  [
    'hours alone before "after"',
    'The coach quit hours after the final.',
    '2024-06-20',
    'hours',
    'PTXH',
    'DURATION',
    '',
  ],
  [
    'minutes alone before "later"',
    'The second bomb went off minutes later.',
    '2024-06-20',
    'minutes',
    'PTXM',
    'DURATION',
    '',
  ],
  ['hours after a determiner are no span', 'Talks ran into the hours before dawn.', '2024-06-20', '', '', '', ''],
  ['ordinal century', 'It was built in the 11th century.', '2024-06-20', 'the 11th century', '10', 'DATE', ''],
  [
    'the next morning',
    'He was arrested on March 3, 2023. He appeared in court the next morning.',
    '2024-06-20',
    'the next morning',
    '2023-03-04TMO',
    'TIME',
    '',
  ],
  [
    'year-earlier as an adjective',
    'Year-earlier results were restated.',
    '1989-11-02',
    'Year-earlier',
    '1988',
    'DATE',
    '',
  ],
  [
    'the latest quarter: the last one completed',
    'Profit rose in the latest quarter.',
    '1989-11-02',
    'the latest quarter',
    '1989-Q3',
    'DATE',
    '',
  ],
  [
    'the year ended …: a duration',
    'Net income for the year ended June 30 rose.',
    '1989-11-02',
    'the year',
    'P1Y',
    'DURATION',
    '',
  ],
  ['for the year', 'Sales for the year were flat.', '1989-11-02', 'the year', '1989', 'DATE', ''],
  // Holidays.
  [
    'Thanksgiving, past',
    'He was rescued on Thanksgiving Day.',
    '2000-01-06',
    'Thanksgiving Day',
    '1999-11-25',
    'DATE',
    '',
  ],
  ['Christmas', 'The truce held over Christmas.', '2024-01-03', 'Christmas', '2023-12-25', 'DATE', ''],
];

describe('time expressions: rule table', () => {
  test.each(ROWS)('%s: "%s" (DCT %s)', (_rule, sentence, dct, text, value, type, mod) => {
    if (text === '') {
      // A row with no expression: nothing may be found.
      expect(timexes(sentence, dct)).toEqual([]);
      return;
    }
    const found = timexes(sentence, dct).find((t) => t.text === text);
    expect(found).toBeDefined();
    expect(found!.value).toBe(value);
    expect(found!.type).toBe(type);
    expect(found!.mod ?? '').toBe(mod);
    expect(sentence.slice(found!.start, found!.end)).toBe(text);
  });
});

describe('time expressions: narrative anaphora', () => {
  test('"January 27" after "last January" takes that January\'s year', () => {
    const out = timexes('Talks began last January. The first round, on January 27, led to an agreement.', '2025-01-10');
    expect(out.find((t) => t.text === 'last January')!.value).toBe('2024-01');
    expect(out.find((t) => t.text === 'January 27')).toMatchObject({ value: '2024-01-27', anchor: 'narrative' });
  });

  test('"the next day" counts from the last date the story moved to', () => {
    const out = timexes('The attack came on March 3, 2023. Troops arrived the next day.', '2024-06-20');
    expect(out.find((t) => t.text === 'the next day')).toMatchObject({ value: '2023-03-04', anchor: 'narrative' });
  });

  test('"the next day" counts from the last day named, not from a coarser expression after it in that month', () => {
    const out = timexes(
      'Troops detained two men on Thursday over a raid earlier this month and released them the next day.',
      '2025-10-17',
    );
    expect(out.find((t) => t.text === 'earlier this month')).toMatchObject({ value: '2025-10' });
    expect(out.find((t) => t.text === 'the next day')).toMatchObject({ value: '2025-10-17', anchor: 'narrative' });
  });

  test('a verb after the weekday across "and" or a comma is the next clause\'s, not the tense of the weekday', () => {
    const out = timexes('The governor is due to tour a dairy farm on Saturday and open a school.', '2025-10-15');
    expect(out.find((t) => t.text === 'Saturday')!.value).toBe('2025-10-18');
    const past = timexes(
      'Members approved the merger at a special meeting on Tuesday, clearing the way for a group that will employ 900 people.',
      '2025-10-15',
    );
    expect(past.find((t) => t.text === 'Tuesday')!.value).toBe('2025-10-14');
  });

  test('"the following day" after a month that does not hold the last day named counts from the month, as before', () => {
    const out = timexes(
      'The ferry sank on Thursday. In March, a storm hit the port and the following day it closed.',
      '2025-10-17',
    );
    expect(out.find((t) => t.text === 'the following day')!.value).toBe('2025-03-02');
  });

  test('"a year earlier" compares with the quarter under discussion and does not move the story', () => {
    const out = timexes(
      'Profit rose in the third quarter of 1989. Sales fell from a year earlier. Costs were flat from a year earlier.',
      '1989-11-02',
    );
    const earlier = out.filter((t) => t.text === 'a year earlier');
    expect(earlier.map((t) => t.value)).toEqual(['1988-Q3', '1988-Q3']);
  });

  test('a written-out month and year does not lend its year to a later month-day', () => {
    const out = timexes(
      'The airline will launch the plane in November 2006. It arrives on November 11, three days late.',
      '2005-11-05',
    );
    expect(out.find((t) => t.text === 'November 11')!.value).toBe('2005-11-11');
  });

  test('"the year-ago quarter" is a comparison: "the quarter" after it is still the quarter under discussion', () => {
    const out = timexes(
      'Profit rose in the third quarter. It fell in the year-ago quarter. The quarter included a gain.',
      '1989-11-02',
    );
    expect(out.map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the year-ago quarter', '1988-Q3'],
      ['The quarter', '1989-Q3'],
    ]);
  });

  test('a month the narrative is in still follows a clause that points the other way', () => {
    const out = timexes(
      'KKR must repay the loan by February. Since KKR bought RJR in February, it has sold assets.',
      '1989-10-30',
    );
    expect(out.map((t) => t.value)).toEqual(['1990-02', '1989-02']);
  });

  test('"the previous Friday" counts from the day the story is at', () => {
    const out = timexes('Stocks plunged on Friday. The index closed down 4.5% from the previous Friday.', '1989-10-30');
    expect(out.map((t) => [t.text, t.value])).toEqual([
      ['Friday', '1989-10-27'],
      ['previous Friday', '1989-10-20'],
    ]);
  });

  test("a financial report's comparisons keep to the quarter it reports on, not a quarter named in passing", () => {
    const out = timexes(
      'Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, earnings rose. Charges were taken in the year-earlier period.',
      '1989-11-01',
    );
    expect(out.map((t) => [t.text, t.value])).toEqual([
      ['third-quarter', '1989-Q3'],
      ['flat second quarter', '1989-Q2'],
      ['the year-earlier period', '1988-Q3'],
    ]);
  });

  test('a quarter long past is not the one a report is about', () => {
    const out = timexes(
      'Sales were the lowest since the third quarter of 1984. Profit rose in the third quarter. Costs fell from a year ago.',
      '1989-10-27',
    );
    expect(out.find((t) => t.text === 'a year ago')!.value).toBe('1988-Q3');
  });

  test('"that year" resolves to the year the text is in', () => {
    const out = timexes('The plant opened in 1987. Output doubled that year.', '2024-06-20');
    expect(out.find((t) => t.text === 'that year')!.value).toBe('1987');
  });
});

describe('time expressions: the sample article (published 2024-06-20)', () => {
  const text = [
    'Thursday, June 20, 2024',
    'The US has been in Iraq for more than five months.',
    'Since the beginning of last February, the factions have held a truce.',
    'The coordination stated, last night, Wednesday, that it discussed the opportunity it gave the government - more than four months ago.',
    'She stressed, several days ago, the importance of stability.',
    'Talks between Baghdad and Washington began last January, less than 24 hours after three soldiers were killed.',
    'The first round of dialogue, held in Baghdad on January 27, led to an agreement.',
  ].join('\n');
  const out = timexes(text, '2024-06-20');
  const value = (t: string): [string | null, string | undefined] => {
    const x = out.find((o) => o.text === t);
    if (!x) throw new Error(`no timex "${t}" in ${JSON.stringify(out.map((o) => o.text))}`);
    return [x.value, x.mod];
  };

  test.each([
    ['last night', '2024-06-19TNI', undefined],
    ['Wednesday', '2024-06-19', undefined],
    ['last January', '2024-01', undefined],
    ['January 27', '2024-01-27', undefined],
    ['the beginning of last February', '2024-02', 'START'],
    ['more than five months', 'P5M', 'MORE_THAN'],
    ['more than four months ago', '2024-02', 'BEFORE'],
    ['several days ago', 'PAST_REF', undefined],
    ['less than 24 hours', 'PT24H', 'LESS_THAN'],
  ])('%s → %s %s', (t, v, m) => {
    expect(value(t)).toEqual([v, m]);
  });
});

describe('time expressions: no publication date', () => {
  test('relative expressions stay unresolved, absolute ones and durations keep their values, and a warning says why', () => {
    const text = 'The minister resigned yesterday after two years in office. The law dates from June 1998.';
    const a = annotate(text);
    const out = extractTimexes({
      text,
      tokens: a.tokens,
      sentences: a.sentences,
      lowerForms: a.lowerForms,
      publication: { date: null, source: 'none', confidence: 0 },
    });
    expect(out.timexes.find((t) => t.text === 'yesterday')).toMatchObject({
      value: null,
      anchor: 'unresolved',
      precision: 'unknown',
    });
    expect(out.timexes.find((t) => t.text === 'two years')!.value).toBe('P2Y');
    expect(out.timexes.find((t) => t.text === 'June 1998')!.value).toBe('1998-06');
    expect(out.warnings.map((w) => w.code)).toEqual(['W_TIMEX_UNRESOLVED']);
  });
});

describe('time expressions: what is not one', () => {
  test.each([
    ['ages', 'A 52-year-old man and a woman, 37 years old, were hurt.'],
    ['counts', 'More than 2000 protesters gathered.'],
    ['fractions', 'Iraq imports about three-quarters of its food.'],
    ['names', 'Foreign Minister Jan Kavan spoke.'],
    ['modal may', 'The talks may fail.'],
    ['"as soon as"', 'They will leave as soon as possible.'],
    ['"today\'s" meaning nowadays', "Paternity matters in today's world."],
    ['a quarterly payment', 'The company declared a quarterly dividend of five cents.'],
    ['an average per day', 'It is less than 5% of the average daily volume of 133 million shares.'],
  ])('%s', (_name, sentence) => {
    expect(timexes(sentence, '2024-06-20')).toEqual([]);
  });
});

describe('time expressions: precision and anchor for analytics', () => {
  test.each([
    ['Talks resumed yesterday.', 'yesterday', 'day', 'publication-date'],
    ['Talks resumed last month.', 'last month', 'month', 'publication-date'],
    ['The plant closed in 1998.', '1998', 'year', 'absolute'],
    ['Rockets hit the base last night.', 'last night', 'part-of-day', 'publication-date'],
    ['The rules were recently changed.', 'recently', 'vague', 'absolute'],
    ['The committee met on Wednesday.', 'Wednesday', 'day', 'publication-date+tense'],
  ])('%s → %s is %s via %s', (sentence, text, precision, anchor) => {
    expect(timexes(sentence, '2024-06-20').find((t) => t.text === text)).toMatchObject({ precision, anchor });
  });
});
