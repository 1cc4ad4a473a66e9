import { annotate } from '../../src/nlp/wink.js';
import { GAZ, NameTable } from '../../src/ner/gazetteer.js';
import { tagSpans } from '../../src/ner/index.js';
import { recogniser } from '../../src/resources.js';
import { CLASSES } from '../../src/ner/tags.js';
import { refine } from './refine-builder.js';

/** What the committed model, gazetteers and clean-up find in `text`. */
function tag(text: string): string[][] {
  const a = annotate(text);
  return tagSpans(a, recogniser()).map((s) => [
    text.slice(a.tokens[s.start]!.start, a.tokens[s.end - 1]!.end),
    CLASSES[s.cls]!,
  ]);
}

describe('span clean-up for business and technology news', () => {
  test('a span made only of job-title words is nobody', () => {
    expect(
      refine('The former Chief Operating Officer, Tim Cook, will succeed Jobs as CEO.', [
        ['Chief', 'Officer', 'PER'],
        ['Tim', 'Cook', 'PER'],
        ['CEO', 'CEO', 'ORG'],
      ]),
    ).toEqual([['Tim Cook', 'PER']]);
    expect(
      refine("Apple's C.E.O. said so.", [
        ['Apple', 'Apple', 'ORG'],
        ['C.E.O.', 'C.E.O.', 'ORG'],
      ]),
    ).toEqual([['Apple', 'ORG']]);
    expect(
      refine('Steve Jobs, the Apple Chief Executive Officer, spoke.', [
        ['Steve', 'Jobs', 'PER'],
        ['Executive', 'Officer', 'PER'],
      ]),
    ).toEqual([['Steve Jobs', 'PER']]);
    // a title that is also a surname stays a name
    expect(refine('"We need her," King said.', [['King', 'King', 'PER']])).toEqual([['King', 'PER']]);
  });

  test('a company title after a name is dropped, and what holds the office is a group', () => {
    expect(
      refine('Skyco CEO Jane Roe said so.', [
        ['Skyco', 'CEO', 'PER'],
        ['Jane', 'Roe', 'PER'],
      ]),
    ).toEqual([
      ['Skyco', 'ORG'],
      ['Jane Roe', 'PER'],
    ]);
    expect(refine('Skyco Computer Chairman Bob Ray said so.', [['Skyco', 'Chairman', 'ORG']])).toEqual([
      ['Skyco Computer', 'ORG'],
    ]);
    expect(
      refine('Jane Roe, the Skyco Chief Executive Officer, spoke.', [
        ['Jane', 'Roe', 'PER'],
        ['Skyco', 'Officer', 'ORG'],
      ]),
    ).toEqual([
      ['Jane Roe', 'PER'],
      ['Skyco', 'ORG'],
    ]);
  });

  test('holidays and time-zone abbreviations alone are not entities', () => {
    expect(
      refine('Sales rose over Christmas, and the jet left at 08:30 UTC.', [
        ['Christmas', 'Christmas', 'PER'],
        ['UTC', 'UTC', 'ORG'],
      ]),
    ).toEqual([]);
    expect(
      refine('It landed at 6:40 GMT in Easter Island.', [
        ['GMT', 'GMT', 'ORG'],
        ['Easter', 'Island', 'LOC'],
      ]),
    ).toEqual([['Easter Island', 'LOC']]);
  });

  test('a listed company read as a product (MISC) is the company, unless a model number or an article shows the product', () => {
    const names = new NameTable();
    names.addName('Skyco', GAZ.group);
    expect(refine('The jet was made by Skyco.', [['Skyco', 'Skyco', 'MISC']], names)).toEqual([['Skyco', 'ORG']]);
    expect(refine('They flew an Skyco to Rome.', [['Skyco', 'Skyco', 'MISC']], names)).toEqual([['Skyco', 'MISC']]);
    expect(refine('Skyco A380 jets flew.', [['Skyco', 'Skyco', 'MISC']], names)).toEqual([['Skyco A380', 'MISC']]);
  });

  test('an "on/of/for + Capitalised" group tail does not run into a date', () => {
    expect(
      refine('The Widget Accountability Office on June 18 called for a re-run.', [['Widget', 'Office', 'ORG']]),
    ).toEqual([['Widget Accountability Office', 'ORG']]);
    expect(refine('The Senate Committee on Foreign Relations met.', [['Senate', 'Committee', 'ORG']])).toEqual([
      ['Senate Committee on Foreign Relations', 'ORG'],
    ]);
  });

  test('a name the group list completes, over the next words or the next span, is that group', () => {
    const names = new NameTable();
    names.addName('Zedland Air Force', GAZ.group);
    names.addName('Skyco Computer', GAZ.group);
    expect(
      refine(
        'Emails among Zedland Air Force officials leaked.',
        [
          ['Zedland', 'Zedland', 'LOC'],
          ['Air', 'Force', 'ORG'],
        ],
        names,
      ),
    ).toEqual([['Zedland Air Force', 'ORG']]);
    expect(refine('Skyco Computer announced it.', [['Skyco', 'Skyco', 'ORG']], names)).toEqual([
      ['Skyco Computer', 'ORG'],
    ]);
    // a partial overlap with the next span is left alone
    expect(
      refine(
        'Zedland Air Force Base opened.',
        [
          ['Zedland', 'Zedland', 'LOC'],
          ['Force', 'Base', 'LOC'],
        ],
        names,
      ),
    ).toEqual([
      ['Zedland', 'LOC'],
      ['Force Base', 'LOC'],
    ]);
  });

  test('a listed maker with a model number is the product, and so is the name after it', () => {
    const names = new NameTable();
    names.addName('Skyco', GAZ.group);
    expect(refine('Skyco 787 jets flew.', [['Skyco', 'Skyco', 'ORG']], names)).toEqual([['Skyco 787', 'MISC']]);
    expect(
      refine(
        'The Skyco A380-800 Starliner flew.',
        [
          ['Skyco', 'Skyco', 'ORG'],
          ['Starliner', 'Starliner', 'PER'],
        ],
        names,
      ),
    ).toEqual([
      ['Skyco A380-800', 'MISC'],
      ['Starliner', 'MISC'],
    ]);
    expect(
      refine(
        'The Skyco 787 "Starliner" flew.',
        [
          ['Skyco', 'Skyco', 'MISC'],
          ['Starliner', 'Starliner', 'PER'],
        ],
        names,
      ),
    ).toEqual([
      ['Skyco 787', 'MISC'],
      ['Starliner', 'MISC'],
    ]);
    // years, scores and unlisted names are not model numbers of a maker
    expect(refine('Skyco 2008 results were good.', [['Skyco', 'Skyco', 'ORG']], names)).toEqual([['Skyco', 'ORG']]);
    expect(
      refine(
        'Lancashire 297 Smith 85 and Skyco 4.',
        [
          ['Lancashire', 'Lancashire', 'ORG'],
          ['Smith', 'Smith', 'PER'],
        ],
        names,
      ),
    ).toEqual([
      ['Lancashire', 'ORG'],
      ['Smith', 'PER'],
    ]);
  });

  test('a model designation alone, a suffix written onto it, and a name after it are the product', () => {
    expect(refine('Skyco unveils the new 787 Starliner today.', [['Starliner', 'Starliner', 'PER']])).toEqual([
      ['Starliner', 'MISC'],
    ]);
    expect(refine('It ordered six A350 XWB aircraft.', [['XWB', 'XWB', 'ORG']])).toEqual([['XWB', 'MISC']]);
    expect(refine('The 777-200LR can fly far.', [['LR', 'LR', 'ORG']])).toEqual([['LR', 'MISC']]);
    expect(refine('The A380 landed.', [['A380', 'A380', 'ORG']])).toEqual([['A380', 'MISC']]);
    // counts and score tables: names after plain numbers stay names
    expect(
      refine('More than 300 Zedland warplanes and about 100 Skyco Air workers came.', [
        ['Zedland', 'Zedland', 'LOC'],
        ['Skyco', 'Air', 'ORG'],
      ]),
    ).toEqual([
      ['Zedland', 'LOC'],
      ['Skyco Air', 'ORG'],
    ]);
    expect(refine('Pedro Linhart 72 73 67 78 291 Phillip Price 72 76', [['Phillip', 'Price', 'PER']])).toEqual([
      ['Phillip Price', 'PER'],
    ]);
  });

  test('an airline name is a group, and a web address written onto a name makes it one', () => {
    expect(refine('The losses of Skyco Air Flight 574 mounted.', [['Skyco', 'Air', 'PER']])).toEqual([
      ['Skyco Air', 'ORG'],
    ]);
    expect(refine('The losses of Skyco Air Flight 574 mounted.', [['Skyco', 'Flight', 'PER']])).toEqual([
      ['Skyco Air', 'ORG'],
    ]);
    expect(refine('It was quoted by Skynews.com today.', [['Skynews', 'Skynews', 'PER']])).toEqual([
      ['Skynews.com', 'ORG'],
    ]);
  });

  test('a name led by a lower-case-first word ("iPod", "iTunes") is a product', () => {
    expect(
      refine('Skyco launched the iTunes Music Store and the iPod Nano.', [
        ['iTunes', 'Store', 'ORG'],
        ['iPod', 'Nano', 'PER'],
      ]),
    ).toEqual([
      ['iTunes Music Store', 'MISC'],
      ['iPod Nano', 'MISC'],
    ]);
  });

  test('a place the place lists complete over "of" and the next span is that place', () => {
    const names = new NameTable();
    names.addName('United States of Zedland', GAZ.place);
    expect(
      refine(
        'It landed in the United States of Zedland on Monday.',
        [
          ['United', 'States', 'LOC'],
          ['Zedland', 'Zedland', 'LOC'],
        ],
        names,
      ),
    ).toEqual([['United States of Zedland', 'LOC']]);
  });

  test('a name right after a lower-case-first product word continues the product', () => {
    expect(refine('It sells music on the iTunes Music Store now.', [['Music', 'Store', 'PER']])).toEqual([
      ['iTunes Music Store', 'MISC'],
    ]);
    expect(refine('It works with the iPod Nano.', [['Nano', 'Nano', 'ORG']])).toEqual([['iPod Nano', 'MISC']]);
  });

  test('a multi-word name headed by a product or event noun is not a person', () => {
    expect(refine('They released the Software Development Kit today.', [['Development', 'Kit', 'PER']])).toEqual([
      ['Development Kit', 'MISC'],
    ]);
    expect(refine('It is the most-sold MP3 Player in the world.', [['MP3', 'Player', 'PER']])).toEqual([
      ['MP3 Player', 'MISC'],
    ]);
    expect(refine('He met Kit Harington there.', [['Kit', 'Harington', 'PER']])).toEqual([['Kit Harington', 'PER']]);
  });

  test('a flight number is not part of the airline name', () => {
    expect(refine('The losses of Skyco Air Flight 574 and more.', [['Skyco', 'Flight', 'ORG']])).toEqual([
      ['Skyco Air', 'ORG'],
    ]);
    expect(refine('The Flight Safety Foundation said so.', [['Flight', 'Foundation', 'ORG']])).toEqual([
      ['Flight Safety Foundation', 'ORG'],
    ]);
  });

  test('an airport is a place, and a facility is never a person', () => {
    expect(refine('It flew to Easton International Airport today.', [['Easton', 'Airport', 'ORG']])).toEqual([
      ['Easton International Airport', 'LOC'],
    ]);
    expect(refine('They unveiled it at their Norton Factory near Easton.', [['Norton', 'Factory', 'PER']])).toEqual([
      ['Norton Factory', 'LOC'],
    ]);
    expect(refine('A flight from the Skyco Delivery Center landed.', [['Delivery', 'Center', 'PER']])).toEqual([
      ['Delivery Center', 'LOC'],
    ]);
    expect(refine('The National Hurricane Center warned.', [['National', 'Center', 'ORG']])).toEqual([
      ['National Hurricane Center', 'ORG'],
    ]);
  });

  test('well-known companies are groups with the committed model and lists', () => {
    expect(tag('The first A380 superjumbo, made by Airbus, was delivered today.')).toContainEqual(['Airbus', 'ORG']);
    expect(tag('Boeing pushes back its replacement development.')).toContainEqual(['Boeing', 'ORG']);
    expect(tag('Irish low cost airline, Ryanair, announced today that it is exercising its options.')).toContainEqual([
      'Ryanair',
      'ORG',
    ]);
    expect(tag('Northrop Grumman and Lockheed Martin lost the contract.')).toEqual([
      ['Northrop Grumman', 'ORG'],
      ['Lockheed Martin', 'ORG'],
    ]);
    expect(tag('German magazine Der Spiegel cited the documents.')).toContainEqual(['Der Spiegel', 'ORG']);
  });

  describe('a market index is the index, not the company or the exchange', () => {
    test('a name before a noun for an index, with the number of its shares and a modifier, is MISC', () => {
      // Invented indices of invented providers.
      expect(
        refine('The Zedquist 300 index rose 12 points.', [['Zedquist', 'Zedquist', 'ORG']]).filter(
          ([, c]) => c !== 'MISC',
        ),
      ).toEqual([]);
      expect(
        refine('The Marlow Brooks industrial average fell sharply.', [['Marlow', 'Brooks', 'ORG']]).filter(
          ([, c]) => c !== 'MISC',
        ),
      ).toEqual([]);
      expect(
        refine("Marlow & Penn's 400 index closed lower.", [['Marlow', 'Penn', 'ORG']]).filter(([, c]) => c !== 'MISC'),
      ).toEqual([]);
      expect(
        refine('The Quarnex composite slipped in early trade.', [['Quarnex', 'Quarnex', 'ORG']]).filter(
          ([, c]) => c !== 'MISC',
        ),
      ).toEqual([]);
      // "benchmark" before a name: an index, a bond or a crude grade.
      expect(
        refine('The benchmark Zedspi fell 2 percent.', [['Zedspi', 'Zedspi', 'ORG']]).filter(([, c]) => c !== 'MISC'),
      ).toEqual([]);
    });

    test('the company, a body named in full, a place and a person stay', () => {
      expect(refine('Zedquist said its profit rose.', [['Zedquist', 'Zedquist', 'ORG']])).toEqual([
        ['Zedquist', 'ORG'],
      ]);
      // A possessive without a number is the company's own figure ("Zedquist's index of prices").
      expect(refine("Zedquist's index of prices rose.", [['Zedquist', 'Zedquist', 'ORG']])).toEqual([
        ['Zedquist', 'ORG'],
      ]);
      expect(refine('The Quarn Stock Exchange index was down 1.66 points.', [['Quarn', 'Exchange', 'ORG']])).toEqual([
        ['Quarn Stock Exchange', 'ORG'],
      ]);
      const towns = new NameTable();
      towns.addName('Zedton', GAZ.place);
      expect(refine('The Zedton general index fell.', [['Zedton', 'Zedton', 'LOC']], towns)).toEqual([
        ['Zedton', 'LOC'],
      ]);
      // A score is not an index's number: "Quorley 300 runs" keeps the person.
      expect(refine('Quorley 300 runs in the season.', [['Quorley', 'Quorley', 'PER']])).toEqual([['Quorley', 'PER']]);
    });

    test('end to end: the committed model and the clean-up', () => {
      const found = tag('The Dow Jones industrial average fell 80 points. Dow Jones & Co. said its profit rose.');
      expect(found.filter(([, c]) => c !== 'MISC')).toEqual([['Dow Jones', 'ORG']]);
    });
  });
});
