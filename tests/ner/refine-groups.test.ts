import { GAZ, NameTable } from '../../src/ner/gazetteer.js';
import { refine } from './refine-builder.js';

describe('a plural name after "the" is a group', () => {
  test('a band or a team the tagger read as a person is a group', () => {
    expect(refine("The Quokkatones' label sued the studio.", [['Quokkatones', 'Quokkatones', 'PER']])).toEqual([
      ['Quokkatones', 'ORG'],
    ]);
    expect(refine('Fans of the Zedmark Rovers cheered all night.', [['Zedmark', 'Rovers', 'PER']])).toEqual([
      ['Zedmark Rovers', 'ORG'],
    ]);
  });

  test('a family the article names a member of stays people', () => {
    expect(
      refine('Anna Quorley said the Quorleys would stay.', [
        ['Anna', 'Quorley', 'PER'],
        ['Quorleys', 'Quorleys', 'PER'],
      ]),
    ).toEqual([
      ['Anna Quorley', 'PER'],
      ['Quorleys', 'PER'],
    ]);
  });

  test('not a singular name ending in s, not without "the", not a listed place', () => {
    expect(refine('It was the Marcus of old.', [['Marcus', 'Marcus', 'PER']])).toEqual([['Marcus', 'PER']]);
    expect(refine('Quokkatones sang.', [['Quokkatones', 'Quokkatones', 'PER']])).toEqual([['Quokkatones', 'PER']]);
    const lands = new NameTable();
    lands.addName('Zedlands', GAZ.place);
    expect(refine('She toured the Zedlands.', [['Zedlands', 'Zedlands', 'PER']], lands)).toEqual([['Zedlands', 'PER']]);
  });
});
