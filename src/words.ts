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
