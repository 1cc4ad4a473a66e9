/**
 * Word tables for time expressions. Keys are lower-cased token texts as wink splits them (`nov.` is one
 * token, `third-quarter` is three: `third`, `-`, `quarter`). Rules live in `rules/`; the words here.
 */
import type { Grain } from './calendar.js';
import { FUTURE_MODALS as FUTURE_MODAL_WORDS, MONTH_NAMES, WEEKDAY_NAMES } from '../words.js';

/** Abbreviations of each month (January first), as wink splits them: `nov.` is one token. */
const MONTH_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['jan', 'jan.'],
  ['feb', 'feb.'],
  ['mar.'],
  ['apr', 'apr.'],
  [],
  ['jun.'],
  ['jul.'],
  ['aug', 'aug.'],
  ['sept', 'sept.', 'sep.'],
  ['oct', 'oct.'],
  ['nov', 'nov.'],
  ['dec', 'dec.'],
];
/** Abbreviations of each weekday (Monday first). */
const WEEKDAY_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['mon.'],
  ['tue.', 'tues.'],
  ['wed.'],
  ['thu.', 'thur.', 'thurs.'],
  ['fri.'],
  ['sat.'],
  ['sun.'],
];
/** Each name (src/words.ts) lower-cased, then its abbreviations, → its number (index + 1). */
const numbered = (names: readonly string[], abbreviations: readonly (readonly string[])[]) =>
  new Map(
    names.flatMap((name, i) => [name.toLowerCase(), ...abbreviations[i]!].map((k): [string, number] => [k, i + 1])),
  );

/** Month names and abbreviations → month number. `may` and `march` are checked for capitals in the grammar. */
export const MONTHS: ReadonlyMap<string, number> = numbered(MONTH_NAMES, MONTH_ABBREVIATIONS);

/** Weekday names → ISO day number (Monday 1). Plural forms mark a SET ("on Mondays"). */
export const WEEKDAYS: ReadonlyMap<string, number> = numbered(WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS);
export const WEEKDAYS_PLURAL: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.map((name, i): [string, number] => [`${name.toLowerCase()}s`, i + 1]),
);

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['dozen', 12],
]);
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
]);

/** Ordinals → number ("first quarter", "the 27th"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

/** Words that stand for an unknown number of units ("several years" → PXY). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set([
  'several',
  'few',
  'many',
  'some',
  'numerous',
  'dozens',
  'hundreds',
  'thousands',
]);

/** A duration unit: its TIMEX3 letter, whether it sits after `T`, the calendar grain and a multiplier. */
export interface Unit {
  letter: 'Y' | 'M' | 'W' | 'D' | 'H' | 'S' | 'Q';
  time: boolean;
  grain: Grain | 'hour' | 'minute' | 'second';
  /** Multiplier onto `letter` (a decade is 10 Y). */
  factor: number;
  /** Letter for an unknown count (`PXY` for "years" and "decades", `PXCE` for "centuries"). */
  vague: string;
}
const Y: Unit = { letter: 'Y', time: false, grain: 'year', factor: 1, vague: 'Y' };
// "decades" with no count is a number of years (`PXY`), as TimeBank and MEANTIME write it.
const DE: Unit = { letter: 'Y', time: false, grain: 'decade', factor: 10, vague: 'Y' };
const CE: Unit = { letter: 'Y', time: false, grain: 'century', factor: 100, vague: 'CE' };
const MO: Unit = { letter: 'M', time: false, grain: 'month', factor: 1, vague: 'M' };
const Q: Unit = { letter: 'Q', time: false, grain: 'quarter', factor: 1, vague: 'Q' };
const WK: Unit = { letter: 'W', time: false, grain: 'week', factor: 1, vague: 'W' };
const DY: Unit = { letter: 'D', time: false, grain: 'day', factor: 1, vague: 'D' };
const HR: Unit = { letter: 'H', time: true, grain: 'hour', factor: 1, vague: 'H' };
const MI: Unit = { letter: 'M', time: true, grain: 'minute', factor: 1, vague: 'M' };
const SE: Unit = { letter: 'S', time: true, grain: 'second', factor: 1, vague: 'S' };

/** Unit words, singular and plural. */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['year', Y],
  ['years', Y],
  ['yr', Y],
  ['yrs', Y],
  ['decade', DE],
  ['decades', DE],
  ['century', CE],
  ['centuries', CE],
  ['month', MO],
  ['months', MO],
  ['quarter', Q],
  ['quarters', Q],
  ['week', WK],
  ['weeks', WK],
  ['day', DY],
  ['days', DY],
  ['hour', HR],
  ['hours', HR],
  ['hrs', HR],
  ['minute', MI],
  ['minutes', MI],
  ['mins', MI],
  ['second', SE],
  ['seconds', SE],
]);

/** Parts of the day → TIMEX3 suffix. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
]);

/** Clock words → `HH:MM`. */
export const CLOCK_WORDS: ReadonlyMap<string, string> = new Map([
  ['noon', '12:00'],
  ['midday', '12:00'],
  ['midnight', '24:00'],
]);

/** Seasons → TIMEX3 code. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** Fixed-date holidays → month, day. */
export const HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['christmas', [12, 25]],
  ['halloween', [10, 31]],
  ['valentine', [2, 14]],
]);

/** Time-zone tokens that belong to a clock time ("3 p.m. EDT"). */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'edt',
  'est',
  'cdt',
  'cst',
  'mdt',
  'mst',
  'pdt',
  'pst',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
  'et',
  'pt',
]);

/** Meridiem tokens. */
export const MERIDIEM: ReadonlyMap<string, 'am' | 'pm'> = new Map([
  ['a.m.', 'am'],
  ['am', 'am'],
  ['a.m', 'am'],
  ['p.m.', 'pm'],
  ['pm', 'pm'],
  ['p.m', 'pm'],
]);

/** Single words (or the last word of a short phrase) that are vague references. */
export const VAGUE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['lately', 'PAST_REF'],
  ['current', 'PRESENT_REF'],
  ['soon', 'FUTURE_REF'],
]);

/** Multi-word vague references, token by token. */
export const VAGUE_PHRASES: ReadonlyArray<[string[], string]> = [
  [['right', 'now'], 'PRESENT_REF'],
  [['just', 'now'], 'PRESENT_REF'],
  [['these', 'days'], 'PRESENT_REF'],
  [['at', 'present'], 'PRESENT_REF'],
  [['the', 'present'], 'PRESENT_REF'],
  [['the', 'past'], 'PAST_REF'],
  [['the', 'future'], 'FUTURE_REF'],
  [['the', 'near', 'future'], 'FUTURE_REF'],
  [['a', 'later', 'date'], 'FUTURE_REF'],
  [['more', 'recently'], 'PAST_REF'],
  [['until', 'recently'], 'PAST_REF'],
  [['in', 'the', 'past'], 'PAST_REF'],
  [['the', 'recent', 'past'], 'PAST_REF'],
  [['very', 'soon'], 'FUTURE_REF'],
  [['then', 'current'], 'PAST_REF'],
  [['the', 'near', 'term'], 'FUTURE_REF'],
  [['the', 'short', 'term'], 'FUTURE_REF'],
];

/** Modifiers written before a quantity ("more than five months"), longest first. */
export const QUANTITY_MODS: ReadonlyArray<[string[], string]> = [
  [['no', 'more', 'than'], 'EQUAL_OR_LESS'],
  [['no', 'less', 'than'], 'EQUAL_OR_MORE'],
  [['more', 'than'], 'MORE_THAN'],
  [['less', 'than'], 'LESS_THAN'],
  [['fewer', 'than'], 'LESS_THAN'],
  [['at', 'least'], 'EQUAL_OR_MORE'],
  [['at', 'most'], 'EQUAL_OR_LESS'],
  [['up', 'to'], 'EQUAL_OR_LESS'],
  [['just', 'over'], 'MORE_THAN'],
  [['well', 'over'], 'MORE_THAN'],
  [['just', 'under'], 'LESS_THAN'],
  [['over'], 'MORE_THAN'],
  [['under'], 'LESS_THAN'],
  [['nearly'], 'LESS_THAN'],
  [['almost'], 'LESS_THAN'],
  [['about'], 'APPROX'],
  [['around'], 'APPROX'],
  [['approximately'], 'APPROX'],
  [['roughly'], 'APPROX'],
  [['some'], 'APPROX'],
];

/** Modifiers written before a calendar point ("the beginning of last February"), longest first. */
export const POINT_MODS: ReadonlyArray<[string[], string]> = [
  [['the', 'beginning', 'of'], 'START'],
  [['the', 'start', 'of'], 'START'],
  [['the', 'end', 'of'], 'END'],
  [['the', 'middle', 'of'], 'MID'],
  [['the', 'turn', 'of'], 'START'],
  [['beginning', 'of'], 'START'],
  [['start', 'of'], 'START'],
  [['end', 'of'], 'END'],
  [['middle', 'of'], 'MID'],
  [['the', 'early'], 'START'],
  [['the', 'late'], 'END'],
  [['the', 'mid'], 'MID'],
  [['early'], 'START'],
  [['late'], 'END'],
  [['mid'], 'MID'],
  [['earlier'], 'START'],
  [['later'], 'END'],
];

/** Auxiliaries that point to the future ("will meet on Friday"; src/words.ts says why this group alone). */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(FUTURE_MODAL_WORDS);
/** Verbs that point to the future when followed by "to" ("is expected to", "is going to"). */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'going',
  'expected',
  'scheduled',
  'due',
  'slated',
  'planned',
  'planning',
  'plans',
  'plan',
  'set',
  'intends',
  'intend',
  'aims',
]);

/** Irregular past forms not recognisable from `text ≠ lemma` (forms equal to their lemma). */
export const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', "'d"]);
export const PRESENT_BE: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  "'s",
  "'re",
  "'m",
  'has',
  'have',
  'does',
  'do',
]);
