/**
 * Wire phrasings of session 21 (issue 14, item 2; "evbiz" helper): a raid by the authorities or investigators on
 * offices or premises is a step of an investigation, not an attack and not nothing. Every sentence is our own,
 * written for the rule it tests; none is taken from a data set.
 */
import { events, view } from './builders.js';

const PUBLISHED = '2027-05-14'; // a Friday
const tuesday = { text: 'Tuesday', value: '2027-05-11', precision: 'day' as const };

const typesOf = (text: string): string[] =>
  view(events(text, { published: PUBLISHED, timexes: [tuesday] }).events, new Map()).map((e) => e.type);

describe('a raid on offices by the authorities is an investigation', () => {
  it.each([
    "Prosecutors raided the shipping firm's offices in Gdansk on Tuesday.",
    'Tax investigators raided the headquarters of the bank on Tuesday.',
  ])('%s', (text) => {
    expect(typesOf(text)).toEqual(['investigation']);
  });

  it.each([
    // A police raid on a hideout or on homes stays law enforcement that is no row.
    'Police raided a rebel hideout near the border on Tuesday.',
    'Police raided several homes in the village on Tuesday.',
  ])('not a raid on a hideout or on homes: %s', (text) => {
    expect(typesOf(text)).toEqual([]);
  });

  it('gunmen who raid offices attack them', () => {
    expect(typesOf('Gunmen raided the offices of a radio station on Tuesday.')).toEqual(['attack']);
  });
});
