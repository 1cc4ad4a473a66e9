/**
 * The rules of the time-expression grammar, one per file, in priority order: at each token the longest
 * match wins and, between matches of the same length, the rule earlier in this list. Adding a rule is
 * one file in this folder (exporting a `TimexRule` with its start declaration) and one line here.
 */
import type { TimexRule } from '../rule.js';
import { clock } from './clock.js';
import { deictic } from './deictic.js';
import { definiteUnit } from './definite-unit.js';
import { duration } from './duration.js';
import { holiday } from './holiday.js';
import { isoDate } from './iso-date.js';
import { mid } from './mid.js';
import { month } from './month.js';
import { nineMonths } from './nine-months.js';
import { quarter } from './quarter.js';
import { relativeUnit } from './relative-unit.js';
import { season } from './season.js';
import { set } from './set.js';
import { vague } from './vague.js';
import { weekday } from './weekday.js';
import { year } from './year.js';
import { yearEnd } from './year-end.js';

export const RULES: readonly TimexRule[] = [
  month,
  weekday,
  deictic,
  relativeUnit,
  quarter,
  nineMonths,
  duration,
  year,
  mid,
  season,
  clock,
  set,
  vague,
  holiday,
  isoDate,
  yearEnd,
  definiteUnit,
];
