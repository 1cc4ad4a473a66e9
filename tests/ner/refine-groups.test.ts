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

describe('a listed group acronym that spells a word', () => {
  const listed = (): NameTable => {
    const t = new NameTable();
    t.addName('IS', GAZ.group);
    t.addName('WHO', GAZ.group);
    return t;
  };

  test('written in capitals in a line that is not, it is the group even when the article writes the word', () => {
    expect(refine('The desert is quiet now. Five guards died in IS attacks last year.', [], listed())).toEqual([
      ['IS', 'ORG'],
    ]);
    expect(refine('Doctors who treated them said WHO had sent vaccines.', [], listed())).toEqual([['WHO', 'ORG']]);
  });

  test('the word in lower case, a line in capitals or an unlisted acronym is no group', () => {
    expect(refine('The desert is quiet now.', [], listed())).toEqual([]);
    expect(refine('THE PRICE IS RIGHT', [], listed())).toEqual([]);
    expect(refine('Five guards died in ZQ attacks last year.', [], listed())).toEqual([]);
  });
});
