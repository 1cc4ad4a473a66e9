import { places, refine } from './refine-builder.js';

describe('a person by a family noun after "the"', () => {
  test('an unlisted name between "the" and a family noun is a person, everywhere in the article', () => {
    expect(
      refine('Police questioned the Quorley family on Monday. Quorley declined to comment.', [
        ['Quorley', 'Quorley', 'LOC'],
      ]),
    ).toEqual([['Quorley', 'PER']]);
    expect(refine('The Brimwell brothers sold the farm.', [['Brimwell', 'Brimwell', 'ORG']])).toEqual([
      ['Brimwell', 'PER'],
    ]);
  });

  test('not before "of", not a listed place (a place names where a family lives)', () => {
    expect(refine('They bought the Zedco family of funds.', [['Zedco', 'Zedco', 'ORG']])).toEqual([['Zedco', 'ORG']]);
    expect(
      refine('Officials visited the Zedton family at home.', [['Zedton', 'Zedton', 'LOC']], places('Zedton')),
    ).toEqual([['Zedton', 'LOC']]);
  });
});

describe('a person by an age in apposition', () => {
  test('"Name, 41," is a person, listed or not', () => {
    expect(refine('Quorley, 41, won the vote easily.', [['Quorley', 'Quorley', 'ORG']])).toEqual([['Quorley', 'PER']]);
    expect(refine('Zedton, 37, was arrested at home.', [['Zedton', 'Zedton', 'LOC']], places('Zedton'))).toEqual([
      ['Zedton', 'PER'],
    ]);
  });

  test('not in a table of figures, not a country', () => {
    expect(refine('Quorley 12, 14, 16 and 18.', [['Quorley', 'Quorley', 'ORG']])).toEqual([['Quorley', 'ORG']]);
    expect(refine('Results: Quorley, 4, 5 points.', [['Quorley', 'Quorley', 'ORG']])).toEqual([['Quorley', 'ORG']]);
    expect(refine('France, 25, tops the list.', [['France', 'France', 'LOC']])).toEqual([['France', 'LOC']]);
  });
});

describe('people in a cricket scorecard', () => {
  test('the batsman, the fielder and the bowler of a dismissal are people', () => {
    expect(
      refine(
        'Quorley c Zedby b Marten 43',
        [
          ['Quorley', 'Quorley', 'LOC'],
          ['Zedby', 'Zedby', 'ORG'],
          ['Marten', 'Marten', 'ORG'],
        ],
        places('Quorley'),
      ),
    ).toEqual([
      ['Quorley', 'PER'],
      ['Zedby', 'PER'],
      ['Marten', 'PER'],
    ]);
    expect(refine('Brimwell not out 12', [['Brimwell', 'Brimwell', 'ORG']])).toEqual([['Brimwell', 'PER']]);
    expect(refine('Brimwell 53 not out', [['Brimwell', 'Brimwell', 'ORG']])).toEqual([['Brimwell', 'PER']]);
    expect(refine('Brimwell run out 4', [['Brimwell', 'Brimwell', 'ORG']])).toEqual([['Brimwell', 'PER']]);
    expect(
      refine('Quorley c and b Marten 8', [
        ['Quorley', 'Quorley', 'ORG'],
        ['Marten', 'Marten', 'ORG'],
      ]),
    ).toEqual([
      ['Quorley', 'PER'],
      ['Marten', 'PER'],
    ]);
  });

  test('a team before its score, and capitalised words, stay', () => {
    expect(
      refine('Quorley 43 Zedby 12', [
        ['Quorley', 'Quorley', 'ORG'],
        ['Zedby', 'Zedby', 'ORG'],
      ]),
    ).toEqual([
      ['Quorley', 'ORG'],
      ['Zedby', 'ORG'],
    ]);
    expect(refine('Quorley B team won.', [['Quorley', 'Quorley', 'ORG']])).toEqual([['Quorley', 'ORG']]);
  });
});

describe('kin after a possessive, past participles and noun modifiers', () => {
  test('"sole surviving parent", "kindergarten teacher" make an unlisted name a person', () => {
    expect(refine("He is Quorley's sole surviving parent.", [['Quorley', 'Quorley', 'ORG']])).toEqual([
      ['Quorley', 'PER'],
    ]);
    expect(refine("Quorley's kindergarten teacher came too.", [['Quorley', 'Quorley', 'LOC']])).toEqual([
      ['Quorley', 'PER'],
    ]);
    // The noun after the modifiers must still be one only people have.
    expect(refine("Quorley's product family grew.", [['Quorley', 'Quorley', 'ORG']])).toEqual([['Quorley', 'ORG']]);
  });
});

describe("a given name before a town's name is a person", () => {
  test('a span read as a place, a given name (and an initial) before a listed town, is a person', () => {
    const towns = places('Zedton');
    expect(refine('Crowds cheered Marlon Zedton at the rally.', [['Marlon', 'Zedton', 'LOC']], towns)).toEqual([
      ['Marlon Zedton', 'PER'],
    ]);
    expect(refine('Crowds cheered Dorian J. Zedton at the rally.', [['Dorian', 'Zedton', 'LOC']], towns)).toEqual([
      ['Dorian J. Zedton', 'PER'],
    ]);
  });

  test('not a place lead, a listed whole, a place as first word, an institution, an unlisted surname', () => {
    expect(refine('Flights to North Zedton resumed.', [['North', 'Zedton', 'LOC']], places('Zedton'))).toEqual([
      ['North Zedton', 'LOC'],
    ]);
    expect(
      refine('Flights to Marlon Zedton resumed.', [['Marlon', 'Zedton', 'LOC']], places('Zedton', 'Marlon Zedton')),
    ).toEqual([['Marlon Zedton', 'LOC']]);
    expect(
      refine('Flights to Victoria Zedton resumed.', [['Victoria', 'Zedton', 'LOC']], places('Zedton', 'Victoria')),
    ).toEqual([['Victoria Zedton', 'LOC']]);
    expect(refine('He studied at Marlon University.', [['Marlon', 'University', 'LOC']], places('University'))).toEqual(
      [['Marlon University', 'LOC']],
    );
    expect(refine('Crowds cheered Marlon Quorley.', [['Marlon', 'Quorley', 'LOC']])).toEqual([
      ['Marlon Quorley', 'LOC'],
    ]);
  });
});

describe('a company by what only a company has, one sense per article', () => {
  test('a possessive before a company noun, a phrase a company completes, a kind of company, a price move', () => {
    expect(
      refine("Quorley's shareholders approved the offer. Later Quorley said no more.", [['Quorley', 'Quorley', 'PER']]),
    ).toEqual([['Quorley', 'ORG']]);
    expect(refine('He bought shares of Quorley last week.', [['Quorley', 'Quorley', 'PER']])).toEqual([
      ['Quorley', 'ORG'],
    ]);
    expect(refine('Quorley, a maker of audio equipment, cut jobs.', [['Quorley', 'Quorley', 'LOC']])).toEqual([
      ['Quorley', 'ORG'],
    ]);
    expect(refine('Quorley, a fast-growing British conglomerate, will pay.', [['Quorley', 'Quorley', 'PER']])).toEqual([
      ['Quorley', 'ORG'],
    ]);
    expect(refine('The newsstand chain Quorley was sold.', [['Quorley', 'Quorley', 'PER']])).toEqual([
      ['Quorley', 'ORG'],
    ]);
    expect(refine('In late trading Quorley rose 25 cents to $4.25.', [['Quorley', 'Quorley', 'PER']])).toEqual([
      ['Quorley', 'ORG'],
    ]);
  });

  test('not a market’s place, a person’s trade, a titled or given name, a listed place, a stock market', () => {
    expect(refine('The index in Quorley closed up 6.48 at 2,558.', [['Quorley', 'Quorley', 'LOC']])).toEqual([
      ['Quorley', 'LOC'],
    ]);
    expect(refine('The jewelry wholesaler Quorley left.', [['Quorley', 'Quorley', 'PER']])).toEqual([
      ['Quorley', 'PER'],
    ]);
    // A possessive company noun determines the apposition's head: the person is the company's executive.
    expect(refine("Vel Quorley, the company's chief executive, rang the bell.", [['Vel', 'Quorley', 'PER']])).toEqual([
      ['Vel Quorley', 'PER'],
    ]);
    expect(refine('Mr. Quorley, the newsletter maker, spoke.', [['Quorley', 'Quorley', 'PER']])).toEqual([
      ['Quorley', 'PER'],
    ]);
    expect(refine("Marlon Quorley's shares rose.", [['Marlon', 'Quorley', 'PER']])).toEqual([
      ['Marlon Quorley', 'PER'],
    ]);
    // A listed place takes only nouns no town has (session 16, tests/ner/refine-metonymy.test.ts): a town has
    // revenue, a chairman (of its council) and a bankruptcy.
    expect(refine("Zedton's revenue fell.", [['Zedton', 'Zedton', 'LOC']], places('Zedton'))).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refine("Quorley's stock market fell.", [['Quorley', 'Quorley', 'LOC']])).toEqual([['Quorley', 'LOC']]);
  });
});
