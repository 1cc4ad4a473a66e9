/**
 * Session 16 (issue 18): names typed by what they stand for in their sentence. A town's name before a player's
 * role is its club, a founder's possessive name before a legal suffix is the company, and a company named like a
 * place is the company where only a company fits. Every sentence is our own, with made-up names.
 */
import { places, refineInOrder } from './refine-builder.js';

describe("a town's name before a player's or a staff's role is the club", () => {
  const towns = places('Zedton', 'Quarville');

  test('a place or a listed town read as a person, before a position or a staff noun, is a group', () => {
    expect(refineInOrder('The Zedton striker was sent off in the second half.', [['Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'ORG'],
    ]);
    expect(
      refineInOrder(
        'Quarville coach Ana Brimley praised her defence.',
        [
          ['Quarville', 'PER'],
          ['Ana Brimley', 'PER'],
        ],
        towns,
      ),
    ).toEqual([
      ['Quarville', 'ORG'],
      ['Ana Brimley', 'PER'],
    ]);
    expect(refineInOrder('A former Zedton goalkeeper joined the staff.', [['Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'ORG'],
    ]);
  });

  test("not a country's name (a national side is a place), nor a person the lists do not hold", () => {
    expect(refineInOrder('The Iceland captain scored twice.', [['Iceland', 'LOC']], towns)).toEqual([
      ['Iceland', 'LOC'],
    ]);
    expect(refineInOrder('Brimley coach Ana Vell resigned.', [['Brimley', 'PER']], towns)).toEqual([
      ['Brimley', 'PER'],
    ]);
    // The role noun must follow the name: "the striker from Zedton" names the town.
    expect(refineInOrder('The striker from Zedton scored.', [['Zedton', 'LOC']], towns)).toEqual([['Zedton', 'LOC']]);
  });
});

describe("a founder's possessive name inside a company's name", () => {
  test('name, possessive, capitalised words and a legal suffix are one company', () => {
    expect(refineInOrder("Quorley's Market Co. agreed to buy a rival.", [['Quorley', 'LOC']])).toEqual([
      ["Quorley's Market Co.", 'ORG'],
    ]);
    // The tagger's span of the words after the possessive joins it.
    expect(
      refineInOrder("Shares of Zedley's Fine Foods Inc. rose.", [
        ['Zedley', 'ORG'],
        ['Fine Foods Inc.', 'ORG'],
      ]),
    ).toEqual([["Zedley's Fine Foods Inc.", 'ORG']]);
    expect(refineInOrder("Brimley's Corp. cut 40 jobs.", [['Brimley', 'PER']])).toEqual([["Brimley's Corp.", 'ORG']]);
  });

  test("not a country's possessive, nor a person's full name, nor without a legal suffix", () => {
    expect(
      refineInOrder("Japan's Zedco Motor Corp. said profit rose.", [
        ['Japan', 'LOC'],
        ['Zedco Motor Corp.', 'ORG'],
      ]),
    ).toEqual([
      ['Japan', 'LOC'],
      ['Zedco Motor Corp.', 'ORG'],
    ]);
    expect(
      refineInOrder("Media owner Ana Quorley's Zedline Corp Ltd posted a loss.", [
        ['Ana Quorley', 'PER'],
        ['Zedline Corp Ltd', 'ORG'],
      ]),
    ).toEqual([
      ['Ana Quorley', 'PER'],
      ['Zedline Corp Ltd', 'ORG'],
    ]);
    expect(refineInOrder("Quorley's Market opened on Sunday.", [['Quorley', 'PER']])).toEqual([['Quorley', 'PER']]);
    // A listed town read as a place, with the words after its possessive a name of their own.
    expect(
      refineInOrder(
        "Zedton's Quarn Inc. hired 30 workers.",
        [
          ['Zedton', 'LOC'],
          ['Quarn Inc.', 'ORG'],
        ],
        places('Zedton'),
      ),
    ).toEqual([
      ['Zedton', 'LOC'],
      ['Quarn Inc.', 'ORG'],
    ]);
  });
});

describe('a company named like a place', () => {
  const towns = places('Zedton', 'Quarville');

  test('a listed town with what only a company has in its sentence is the company, here and elsewhere in the article', () => {
    expect(
      refineInOrder(
        "Zedton's shareholders approved the deal. Analysts expect Zedton to grow.",
        [
          ['Zedton', 'LOC'],
          ['Zedton', 'LOC'],
        ],
        towns,
      ),
    ).toEqual([
      ['Zedton', 'ORG'],
      ['Zedton', 'ORG'],
    ]);
    expect(refineInOrder('Investors bought shares of Quarville on Monday.', [['Quarville', 'PER']], towns)).toEqual([
      ['Quarville', 'ORG'],
    ]);
  });

  test('a place that reports profit or sales is a company, listed or not', () => {
    expect(refineInOrder('Zedton said quarterly profit rose 4 percent.', [['Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'ORG'],
    ]);
    expect(refineInOrder('Amarlo reported record sales in the holiday season.', [['Amarlo', 'LOC']])).toEqual([
      ['Amarlo', 'ORG'],
    ]);
  });

  test("a town's government, a country, a person and a locative word keep their reading", () => {
    // A town reports jobs, taxes and revenue.
    expect(refineInOrder('Zedton said it would cut 200 jobs.', [['Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refineInOrder('Zedton said sales tax receipts fell.', [['Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refineInOrder('Officials in Zedton said sales rose.', [['Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refineInOrder('Iceland said first-quarter exports rose.', [['Iceland', 'LOC']])).toEqual([
      ['Iceland', 'LOC'],
    ]);
    // A person reports the accounts of the company.
    expect(refineInOrder('Ana Quorley said sales rose.', [['Ana Quorley', 'PER']])).toEqual([['Ana Quorley', 'PER']]);
    // Elsewhere in the article, after a locative word, the town stays.
    expect(
      refineInOrder(
        "Zedton's shareholders met in Quarville. The plant in Zedton will close.",
        [
          ['Zedton', 'LOC'],
          ['Quarville', 'LOC'],
          ['Zedton', 'LOC'],
        ],
        towns,
      ),
    ).toEqual([
      ['Zedton', 'ORG'],
      ['Quarville', 'LOC'],
      ['Zedton', 'LOC'],
    ]);
  });
});
