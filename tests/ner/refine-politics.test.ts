/**
 * Session 17 (issue 18): names of bodies in political, court and conflict news. Parties, courts, armies and
 * ministries are named in full with "of the", numbered by an ordinal, linked by an ezafe particle, and written
 * after a hyphenated modifier or a sentence's first "The". Every sentence is our own, with made-up names.
 */
import { refineInOrder } from './refine-builder.js';

describe('a hyphenated lower-case modifier before a name is not part of it', () => {
  test('"anti-…", "pro-…" before a longer name are dropped', () => {
    expect(
      refineInOrder('Voters backed the anti-Zedland Quorn Party in May.', [['anti-Zedland Quorn Party', 'ORG']]),
    ).toEqual([['Quorn Party', 'ORG']]);
    expect(refineInOrder('The pro-Quorn Zedish League held a rally.', [['pro-Quorn Zedish League', 'ORG']])).toEqual([
      ['Zedish League', 'ORG'],
    ]);
  });

  test('not a span of the hyphenated word alone, nor a capitalised first word', () => {
    expect(refineInOrder('He met pro-Quorn activists.', [['pro-Quorn', 'MISC']])).toEqual([['pro-Quorn', 'MISC']]);
    expect(refineInOrder('The Zed-Quorn Alliance won.', [['Zed-Quorn Alliance', 'ORG']])).toEqual([
      ['Zed-Quorn Alliance', 'ORG'],
    ]);
  });
});

describe('a name continues over an ezafe particle between hyphens', () => {
  test('"-e-", "-i-" and a capitalised word join the name the tagger cut', () => {
    expect(refineInOrder('The banned Jamaat-e-Quorni said it was not involved.', [['Jamaat', 'ORG']])).toEqual([
      ['Jamaat-e-Quorni', 'ORG'],
    ]);
    expect(refineInOrder('Fighters of Tehrik-i-Zedan attacked a checkpoint.', [['Tehrik', 'ORG']])).toEqual([
      ['Tehrik-i-Zedan', 'ORG'],
    ]);
  });

  test('not before a lower-case word', () => {
    expect(refineInOrder('Quorn-e-mail users complained.', [['Quorn', 'ORG']])).toEqual([['Quorn', 'ORG']]);
  });
});

describe('a body named with "of the" and a name is one group', () => {
  test('the tagger\'s span after "of the" is taken whole, its own "of the" included', () => {
    expect(
      refineInOrder('The Armed Forces of the Democratic Republic of Zedland said it had pulled back.', [
        ['Armed Forces', 'LOC'],
        ['Democratic Republic of Zedland', 'LOC'],
      ]),
    ).toEqual([['Armed Forces of the Democratic Republic of Zedland', 'ORG']]);
  });

  test('without a span after it, the capitalised words are taken', () => {
    expect(refineInOrder('A Council of the Quorn Islands met on Friday.', [['Council', 'ORG']])).toEqual([
      ['Council of the Quorn Islands', 'ORG'],
    ]);
  });

  test('not a lower-case noun after "of the"', () => {
    expect(refineInOrder('The Zedton Council of the city met.', [['Zedton Council', 'ORG']])).toEqual([
      ['Zedton Council', 'ORG'],
    ]);
  });
});

describe('a sentence\'s first "The" before a body\'s name is not part of it', () => {
  test('dropped before a name headed by a word for a body', () => {
    expect(refineInOrder('The Zedland Workers Party won 40 seats.', [['The Zedland Workers Party', 'ORG']])).toEqual([
      ['Zedland Workers Party', 'ORG'],
    ]);
    expect(
      refineInOrder('Talks failed. The Council of Quorn said it would meet.', [['The Council of Quorn', 'ORG']]),
    ).toEqual([['Council of Quorn', 'ORG']]);
  });

  test('kept mid-sentence and before a name no body word heads (a paper)', () => {
    expect(refineInOrder('He voted for The Quorn Party in May.', [['The Quorn Party', 'ORG']])).toEqual([
      ['The Quorn Party', 'ORG'],
    ]);
    expect(refineInOrder('The Zedton Times said the mayor would resign.', [['The Zedton Times', 'ORG']])).toEqual([
      ['The Zedton Times', 'ORG'],
    ]);
  });
});

describe("an ordinal before a body's name numbers it", () => {
  test('a court or an army with its number is one group', () => {
    expect(
      refineInOrder('A panel of the 4th Zedland Circuit Court of Appeals ruled on Monday.', [
        ['Zedland Circuit Court of Appeals', 'ORG'],
      ]),
    ).toEqual([['4th Zedland Circuit Court of Appeals', 'ORG']]);
    expect(refineInOrder('The 23rd Quorn Brigade moved north.', [['Quorn Brigade', 'ORG']])).toEqual([
      ['23rd Quorn Brigade', 'ORG'],
    ]);
  });

  test('not before a place or a name no body word heads', () => {
    expect(refineInOrder('She lives on 4th Quorn Avenue.', [['Quorn Avenue', 'LOC']])).toEqual([
      ['Quorn Avenue', 'LOC'],
    ]);
    expect(refineInOrder('He finished 3rd Zedley behind two others.', [['Zedley', 'PER']])).toEqual([
      ['Zedley', 'PER'],
    ]);
  });
});

describe('"Force" heads a body', () => {
  test('an air force read as a place is a group', () => {
    expect(
      refineInOrder('The Zedland Air Force said it shot down two drones.', [['Zedland Air Force', 'LOC']]),
    ).toEqual([['Zedland Air Force', 'ORG']]);
  });
});

describe("a name's stock or stockholders are a company's", () => {
  test('a person or place span before "stock", "stockholders" or "shareholders" is a group', () => {
    expect(refineInOrder('Brokers cut their rating on Quorley stock on Friday.', [['Quorley', 'PER']])).toEqual([
      ['Quorley', 'ORG'],
    ]);
    expect(refineInOrder('Zedmore stockholders will vote in March.', [['Zedmore', 'LOC']])).toEqual([
      ['Zedmore', 'ORG'],
    ]);
  });

  test('not "shares" as a verb, nor a stock market', () => {
    expect(refineInOrder('Quorley shares the view of his partner.', [['Quorley', 'PER']])).toEqual([
      ['Quorley', 'PER'],
    ]);
    expect(refineInOrder('The Zedmore stock market fell.', [['Zedmore', 'LOC']])).toEqual([['Zedmore', 'LOC']]);
  });
});

describe('a model alone after the sales or deliveries "of the"', () => {
  test('a name the lists lack after a noun of a product\'s trade and "of the" is a product, and a model listed beside it', () => {
    expect(
      refineInOrder('Zedco said sales of the Quolt and the Marnier rose in Brazil.', [
        ['Zedco', 'ORG'],
        ['Quolt', 'LOC'],
        ['Marnier', 'ORG'],
      ]),
    ).toEqual([
      ['Zedco', 'ORG'],
      ['Quolt', 'MISC'],
      ['Marnier', 'MISC'],
    ]);
    expect(refineInOrder('Dealers halted deliveries of the Zedra last week.', [['Zedra', 'LOC']])).toEqual([
      ['Zedra', 'MISC'],
    ]);
  });

  test("not a body's name, nor after another noun", () => {
    expect(refineInOrder('The sales of the Zedco Group fell.', [['Zedco Group', 'ORG']])).toEqual([
      ['Zedco Group', 'ORG'],
    ]);
    expect(refineInOrder('He praised the leaders of the Quolt.', [['Quolt', 'ORG']])).toEqual([['Quolt', 'ORG']]);
  });
});

describe('kept as the tagger read them', () => {
  test('a one-letter mark before a seeded team, a stock and bond market, a table heading', () => {
    expect(refineInOrder('Draw: x-Quorn Zedton ( Zedland ) v Marten.', [['x-Quorn Zedton', 'ORG']])).toEqual([
      ['x-Quorn Zedton', 'ORG'],
    ]);
    expect(refineInOrder('Zedton stock and bond markets were closed.', [['Zedton', 'LOC']])).toEqual([
      ['Zedton', 'LOC'],
    ]);
  });
});
