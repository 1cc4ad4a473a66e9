/** Word lists shared across the runtime and its tooling, so each is written once. */

/** English month names, capitalised, January first (index + 1 is the month number). */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English weekday names, capitalised, Monday first (index + 1 is the ISO weekday number, Monday 1). */
export const WEEKDAY_NAMES: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** The weekday name of a JavaScript day number (`Date#getUTCDay()`: Sunday 0). */
export function weekdayName(jsDay: number): string {
  return WEEKDAY_NAMES[(jsDay + 6) % 7]!;
}

/*
 * Modal auxiliaries, lower case as tokens are compared (wink splits "won't" into "wo" + "n't" and
 * "we'll" into "we" + "'ll"), in two groups by what they say of the verb they govern:
 * - FUTURE_MODALS point ahead: "will meet", "'ll meet", "shall meet", "won't meet", and "would" as the future
 *   seen from the past ("said they would meet on Friday").
 * - HYPOTHETICAL_MODALS make it possible, conditional or required, not planned: "could attack", "must leave".
 * Time expressions need only the first group (the tense that anchors "Friday"); an event's status needs both
 * (any modal means the event has not happened) and then tells them apart, so each user picks its group and
 * MODALS is their union.
 */
/** Modals that point to the future. */
export const FUTURE_MODALS: readonly string[] = ['will', "'ll", 'shall', 'wo', 'would'];
/** Modals of possibility, condition or obligation. */
export const HYPOTHETICAL_MODALS: readonly string[] = ['could', 'may', 'might', 'should', 'must', 'can'];
/** Every modal auxiliary. */
export const MODALS: readonly string[] = [...FUTURE_MODALS, ...HYPOTHETICAL_MODALS];

/*
 * Personal titles, lower case, with the abbreviations news text uses. Each user builds its own set from these
 * groups plus the words only it needs (src/ner/refine.ts: trailing titles, job-title words, company offices).
 */
/** Forms of address before a name. */
export const HONORIFICS: readonly string[] = ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.'];
/** Public offices and spokespeople: "President …", "… Minister", "Spokeswoman …". */
export const PUBLIC_OFFICES: readonly string[] = [
  'president',
  'minister',
  'secretary',
  'envoy',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'governor',
  'senator',
  'premier',
  'chancellor',
];
/** Company offices: "Skyco CEO", "co-founder …". */
export const COMPANY_OFFICES: readonly string[] = [
  'ceo',
  'c.e.o.',
  'cfo',
  'coo',
  'cto',
  'chairman',
  'chairwoman',
  'founder',
  'co-founder',
];
