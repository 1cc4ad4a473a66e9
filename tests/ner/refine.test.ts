import { GAZ, NameTable } from '../../src/ner/gazetteer.js';
import { refine } from './refine-builder.js';

describe('span clean-up', () => {
  test('a particle hyphenated before a name is pulled in, and a kunya name with a nisba is a person', () => {
    expect(refine('The leader, Abu Baqir al-Saadi, was killed.', [['Abu', 'Saadi', 'LOC']])).toEqual([
      ['Abu Baqir al-Saadi', 'PER'],
    ]);
    expect(refine('They met al-Sadr in Najaf.', [['Sadr', 'Sadr', 'PER']])).toEqual([['al-Sadr', 'PER']]);
  });

  test('spans on both sides of a joined hyphen are one name, typed by its head', () => {
    expect(
      refine('The Iraqi Al-Nujaba Movement spoke.', [
        ['Iraqi', 'Al', 'MISC'],
        ['Nujaba', 'Movement', 'PER'],
      ]),
    ).toEqual([['Iraqi Al-Nujaba Movement', 'ORG']]);
  });

  test('a name headed by an organisational word is a group, and continues over "on + Capitalised"', () => {
    expect(refine('The Iraqi Resistance Coordination Committee met.', [['Iraqi', 'Committee', 'MISC']])).toEqual([
      ['Iraqi Resistance Coordination Committee', 'ORG'],
    ]);
    expect(
      refine('She spoke before the Senate Committee on Foreign Relations today.', [['Senate', 'Senate', 'ORG']]),
    ).toEqual([['Senate Committee on Foreign Relations', 'ORG']]);
  });

  test('a nationality word followed by a capitalised name with an organisational head starts a group', () => {
    expect(refine('The Iraqi-American Military Committee met.', [['Iraqi', 'American', 'MISC']])).toEqual([
      ['Iraqi-American Military Committee', 'ORG'],
    ]);
    expect(refine('Iraqi Army units moved.', [['Iraqi', 'Iraqi', 'MISC']])).toEqual([['Iraqi Army', 'ORG']]);
    expect(refine('The Iraqi Prime Minister spoke.', [['Iraqi', 'Iraqi', 'MISC']])).toEqual([['Iraqi', 'MISC']]);
  });

  test('a trailing title is dropped, and what remains is a place when the lists know it', () => {
    const names = new NameTable();
    names.addName('US', GAZ.place);
    expect(refine('The US Ambassador to Baghdad spoke.', [['US', 'Ambassador', 'ORG']], names)).toEqual([
      ['US', 'LOC'],
    ]);
  });

  test('an exact curated group name is a group; a lone weekday or month is nothing', () => {
    const names = new NameTable();
    names.addName('Al-Arabi Al-Jadeed', GAZ.group);
    expect(
      refine(
        'He told Al-Arabi Al-Jadeed on Monday.',
        [
          ['Al', 'Jadeed', 'LOC'],
          ['Monday', 'Monday', 'PER'],
        ],
        names,
      ),
    ).toEqual([['Al-Arabi Al-Jadeed', 'ORG']]);
  });

  test('a lone initial is no name; an initial with its surname is', () => {
    // A score card broken after the initial: "Quarnby 58; C." then "Tolley 4-68" on the next line.
    expect(refine('Quarnby 58; C.\nTolley 4-68.', [['C.', 'C.', 'PER']])).toEqual([]);
    expect(refine('The vote went to plan B and J won.', [['J', 'J', 'ORG']])).toEqual([]);
    expect(refine('C. Tolley took four wickets.', [['C.', 'Tolley', 'PER']])).toEqual([['C. Tolley', 'PER']]);
  });

  test('hyphenated common words are not pulled into a name', () => {
    expect(refine('France-registered ships sailed.', [['France', 'France', 'LOC']])).toEqual([['France', 'LOC']]);
  });
});
