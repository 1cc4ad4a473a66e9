import { places, refine, refineInOrder } from './refine-builder.js';

describe('datelines and state abbreviations of wire stories', () => {
  test('a name opening its line before an agency in parentheses and a dash is a place', () => {
    expect(
      refine('QUARVILLE (Zedwire) - Zedco said on Friday it would close a plant.', [
        ['QUARVILLE', 'QUARVILLE', 'ORG'],
        ['Zedwire', 'Zedwire', 'ORG'],
        ['Zedco', 'Zedco', 'ORG'],
      ]),
    ).toEqual([
      ['QUARVILLE', 'LOC'],
      ['Zedwire', 'ORG'],
      ['Zedco', 'ORG'],
    ]);
  });

  test('a state abbreviation after a name and a comma is a place, and so is the name before it', () => {
    expect(
      refine('ZEDTON, Mich. — Quorley Motors will hire 300 workers.', [
        ['ZEDTON', 'ZEDTON', 'ORG'],
        ['Quorley', 'Motors', 'ORG'],
      ]),
    ).toEqual([
      ['ZEDTON', 'LOC'],
      ['Mich.', 'LOC'],
      ['Quorley Motors', 'ORG'],
    ]);
    expect(
      refine('The parts came from a supplier in Quarville, Ind., last year.', [['Quarville', 'Quarville', 'PER']]),
    ).toEqual([
      ['Quarville', 'LOC'],
      ['Ind.', 'LOC'],
    ]);
  });

  test('a listed town in a dateline in capitals is a place throughout the article', () => {
    const towns = places('Zedton');
    expect(
      refine(
        'ZEDTON (Zedwire) - Car sales rose.\nAnalysts said Zedton would recover.',
        [
          ['ZEDTON', 'ZEDTON', 'ORG'],
          ['Zedwire', 'Zedwire', 'ORG'],
          ['Zedton', 'Zedton', 'ORG'],
        ],
        towns,
      ),
    ).toEqual([
      ['ZEDTON', 'LOC'],
      ['Zedwire', 'ORG'],
      ['Zedton', 'LOC'],
    ]);
  });

  test('not a company before a comma, nor an unlisted name in capitals before a dash (a sports headline)', () => {
    expect(refine('Quorley Motor Co., Mich. sources said.', [['Quorley', 'Co.', 'ORG']])).toEqual([
      ['Quorley Motor Co.', 'ORG'],
      ['Mich.', 'LOC'],
    ]);
    expect(refine('The Zedton, Wash.-based company grew.', [['Zedton', 'Zedton', 'PER']])).toEqual([['Zedton', 'PER']]);
    expect(refine('ZEDBALL - QUORLEY UNITED WIN AGAIN', [['ZEDBALL', 'ZEDBALL', 'ORG']])).toEqual([['ZEDBALL', 'ORG']]);
  });
});

describe("a group's initials are the group", () => {
  test('capitals that spell a group named in the article are that group', () => {
    expect(refine('Quorley Zedmark Co. said on Monday that QZ would cut jobs.', [['Quorley', 'Co.', 'ORG']])).toEqual([
      ['Quorley Zedmark Co.', 'ORG'],
      ['QZ', 'ORG'],
    ]);
    expect(
      refine('The Zedland Vehicle Safety Board opened an inquiry. ZVSB said it would report.', [
        ['Zedland', 'Board', 'ORG'],
        ['ZVSB', 'ZVSB', 'MISC'],
      ]),
    ).toEqual([
      ['Zedland Vehicle Safety Board', 'ORG'],
      ['ZVSB', 'ORG'],
    ]);
  });

  test('not other capitals, nor capitals in a headline in capitals', () => {
    expect(refine('Quorley Zedmark said QX would rise.', [['Quorley', 'Zedmark', 'ORG']])).toEqual([
      ['Quorley Zedmark', 'ORG'],
    ]);
    expect(refine('WHY QZ FANS WAIT\nQuorley Zedmark said so.', [['Quorley', 'Zedmark', 'ORG']])).toEqual([
      ['Quorley Zedmark', 'ORG'],
    ]);
  });
});

describe('a maker named after its founder', () => {
  test('the company where its sentence shows one, the person elsewhere', () => {
    expect(
      refineInOrder('Vel Quorley founded the firm. Quorley, 58, retired. Shares of Quorley rose 2 percent.', [
        ['Vel Quorley', 'PER'],
        ['Quorley', 'PER'],
        ['Quorley', 'PER'],
      ]),
    ).toEqual([
      ['Vel Quorley', 'PER'],
      ['Quorley', 'PER'],
      ['Quorley', 'ORG'],
    ]);
  });
});

describe('not a dateline', () => {
  test('a team in title case before a parenthesised letter and a dash in a results table', () => {
    expect(refine('Zedbury ( N ) - Quorlton ( to be played on Sunday )', [['Zedbury', 'Zedbury', 'ORG']])).toEqual([
      ['Zedbury', 'ORG'],
    ]);
  });
});

describe('a model alone named by an apposition or listed beside a model', () => {
  test('an apposition headed by a product noun makes the name before it a product', () => {
    expect(
      refineInOrder("Buyers chose the Zedra, Quorvex's own midsize sedan, over its rivals.", [
        ['Zedra', 'ORG'],
        ['Quorvex', 'ORG'],
      ]),
    ).toEqual([
      ['Zedra', 'MISC'],
      ['Quorvex', 'ORG'],
    ]);
    expect(
      refineInOrder('Quorvex also makes the Zedra, a car that sells for $9,000.', [
        ['Quorvex', 'ORG'],
        ['Zedra', 'LOC'],
      ]),
    ).toEqual([
      ['Quorvex', 'ORG'],
      ['Zedra', 'MISC'],
    ]);
  });

  test('not a company in apposition ("a car maker"), nor without "the"', () => {
    expect(refineInOrder('Analysts like the Zedra, a car maker from Quarnia.', [['Zedra', 'ORG']])).toEqual([
      ['Zedra', 'ORG'],
    ]);
    expect(refineInOrder('Zedra, a car that sells well, is cheap.', [['Zedra', 'ORG']])).toEqual([['Zedra', 'ORG']]);
  });

  test('a name listed with "the" beside a model is a model', () => {
    expect(
      refineInOrder('Quorvex sold more Zedra crossovers. Dealers compared the Zedra and the Marlet.', [
        ['Quorvex', 'ORG'],
        ['Zedra', 'PER'],
        ['Zedra', 'LOC'],
        ['Marlet', 'LOC'],
      ]),
    ).toEqual([
      ['Quorvex', 'ORG'],
      ['Zedra', 'MISC'],
      ['Zedra', 'MISC'],
      ['Marlet', 'MISC'],
    ]);
  });
});

test("a group's initials before a group's name lead it, and before another capitalised word are left alone", () => {
  expect(
    refineInOrder('The Quorley Zedmark Exchange grew. Rivals bought QZE Netlink and QZE Holdings.', [
      ['Quorley Zedmark Exchange', 'ORG'],
      ['Netlink', 'ORG'],
    ]),
  ).toEqual([
    ['Quorley Zedmark Exchange', 'ORG'],
    ['QZE Netlink', 'ORG'],
  ]);
});
