/**
 * The business-news rules of the ninth December session (src/ner/refine.ts, "Business news"): companies the
 * tagger misses or misreads in market reports and in car, tech and aviation news. Every sentence here is our
 * own, with made-up names, none from a dataset.
 */
import { refineInOrder } from './refine-builder.js';
import { groupMentions } from '../../src/ner/aliases.js';
import type { Mention } from '../../src/types.js';

describe('companies by what only companies have', () => {
  test('a trade held at a name makes it the employer, a given name in it or not', () => {
    expect(
      refineInOrder('"Demand is soft," said Nia Quorley, an analyst at Piper Zedley in Quarton.', [
        ['Nia Quorley', 'PER'],
        ['Piper Zedley', 'PER'],
        ['Quarton', 'LOC'],
      ]),
    ).toEqual([
      ['Nia Quorley', 'PER'],
      ['Piper Zedley', 'ORG'],
      ['Quarton', 'LOC'],
    ]);
    expect(refineInOrder('Traders at Marlow Vance Capital expect a cut.', [['Marlow Vance Capital', 'LOC']])).toEqual([
      ['Marlow Vance Capital', 'ORG'],
    ]);
  });

  test('a name whose shares move, and a name someone founded, is a company, and so is the same name elsewhere', () => {
    expect(
      refineInOrder(
        'Zedvane names new chief\nZedvane shares rose 2 percent on Monday. Ola Brun founded Zedvane in 2007.',
        [
          ['Zedvane', 'PER'],
          ['Zedvane', 'PER'],
          ['Ola Brun', 'PER'],
          ['Zedvane', 'PER'],
        ],
      ),
    ).toEqual([
      ['Zedvane', 'ORG'],
      ['Zedvane', 'ORG'],
      ['Ola Brun', 'PER'],
      ['Zedvane', 'ORG'],
    ]);
  });

  test("the tagger's own group with a company's evidence types the same words read as a person elsewhere", () => {
    expect(
      refineInOrder('Quorlix names new chief\nShares of Quorlix fell 3 percent.', [
        ['Quorlix', 'PER'],
        ['Quorlix', 'ORG'],
      ]),
    ).toEqual([
      ['Quorlix', 'ORG'],
      ['Quorlix', 'ORG'],
    ]);
  });

  test("a market report's movers are companies, each name of the list", () => {
    expect(
      refineInOrder('Zedmont and Quarrix were the top gainers, up 4.2 and 3.8 percent.', [
        ['Zedmont', 'LOC'],
        ['Quarrix', 'PER'],
      ]),
    ).toEqual([
      ['Zedmont', 'ORG'],
      ['Quarrix', 'ORG'],
    ]);
  });
});

describe('companies the tagger gave nothing', () => {
  test('a sentence opening with an unknown name and a share move in percent', () => {
    expect(
      refineInOrder('Stocks were mixed. Quillory slid 5 percent after the cruise line cut its outlook.', []),
    ).toEqual([['Quillory', 'ORG']]);
  });

  test('not a commodity, a pronoun, nor a word the article writes in lower case', () => {
    expect(refineInOrder('Gold rose 2 percent. Its shares rose 3 percent.', [])).toEqual([]);
    expect(refineInOrder('Harvest fell 4 percent this year, and the harvest was late.', [])).toEqual([]);
  });

  test('a kind of company or body in apposition after a sentence-opening name', () => {
    expect(refineInOrder('Unibrond, the union that represents the workers, said it would fight the cut.', [])).toEqual([
      ['Unibrond', 'ORG'],
    ]);
  });

  test("a name listed with a market report's movers, the tagger's MISC reading included", () => {
    expect(
      refineInOrder('Shares fell, with Zorvex and Quantrel among the biggest decliners.', [['Zorvex', 'MISC']]),
    ).toEqual([
      ['Zorvex', 'ORG'],
      ['Quantrel', 'ORG'],
    ]);
  });

  test('shares of a name the tagger read as MISC', () => {
    expect(refineInOrder('Shares of Quelvant rose 4 percent.', [['Quelvant', 'MISC']])).toEqual([['Quelvant', 'ORG']]);
  });
});

describe("one sense per article for a company's name", () => {
  test('the name again where the tagger gave it nothing: a sentence start, a headline in capitals', () => {
    expect(
      refineInOrder('ZORLANTIS TO CUT SHIFT AT PLANT\nZorlantis will cut a shift. Shares of Zorlantis were flat.', [
        ['Zorlantis', 'ORG'],
      ]),
    ).toEqual([
      ['ZORLANTIS', 'ORG'],
      ['Zorlantis', 'ORG'],
      ['Zorlantis', 'ORG'],
    ]);
  });

  test("a company's short name beside its name with a company word, the tagger's MISC reading included", () => {
    expect(
      refineInOrder('Quivian delays deliveries\nQuivian Automotive said on Monday it would wait.', [
        ['Quivian', 'MISC'],
        ['Quivian Automotive', 'ORG'],
      ]),
    ).toEqual([
      ['Quivian', 'ORG'],
      ['Quivian Automotive', 'ORG'],
    ]);
  });

  test("not a MISC name after a determiner, nor over a MISC reading when the group has only the tagger's word", () => {
    expect(
      refineInOrder('Fans love the Zephyra. Critics are buzzing about Zephyra, the newest version. Zephyra said so.', [
        ['Zephyra', 'MISC'],
        ['Zephyra', 'MISC'],
        ['Zephyra', 'ORG'],
      ]),
    ).toEqual([
      ['Zephyra', 'MISC'],
      ['Zephyra', 'MISC'],
      ['Zephyra', 'ORG'],
    ]);
  });

  test('not a word the article also writes in lower case', () => {
    expect(
      refineInOrder('Harbor said it would hire. Harbor staff were told on the harbor front.', [['Harbor', 'ORG']]),
    ).toEqual([['Harbor', 'ORG']]);
  });
});

describe("companies' names in full", () => {
  test('a group continues over the words that end a company name, and a title word at its end stays', () => {
    expect(
      refineInOrder('Zedron Technology and Quell have promised new plants.', [['Zedron Technology', 'ORG']]),
    ).toEqual([['Zedron Technology', 'ORG']]);
    expect(refineInOrder('Zedron Technologies Inc. will hire.', [['Zedron', 'ORG']])).toEqual([
      ['Zedron Technologies Inc.', 'ORG'],
    ]);
  });

  test('a name led by a word for a bank is a bank', () => {
    expect(refineInOrder('said a trader at Banca Quorlesi in Zedtown.', [['Banca Quorlesi', 'LOC']])).toEqual([
      ['Banca Quorlesi', 'ORG'],
    ]);
  });

  test("a kind of company before the name in a headline in capitals is not the name's", () => {
    expect(
      refineInOrder('CHIPMAKER ZORVANT PICKS SITE\nZorvant will build a plant.', [
        ['CHIPMAKER ZORVANT', 'ORG'],
        ['Zorvant', 'ORG'],
      ]),
    ).toEqual([
      ['ZORVANT', 'ORG'],
      ['Zorvant', 'ORG'],
    ]);
  });

  test('an index with the number of its shares that moves, listed or not', () => {
    expect(
      refineInOrder('Small stocks did better, with the Quorvex 2000 up 2 percent.', [['Quorvex 2000', 'ORG']]),
    ).toEqual([['Quorvex 2000', 'MISC']]);
  });
});

describe('alias grouping: a lone word read as a person', () => {
  const m = (text: string, start: number, sentence: number, type: Mention['type']): Mention => ({
    start,
    end: start + text.length,
    text,
    sentence,
    type,
  });

  test("does not take the same word's group mentions when no person is named in full with it", () => {
    const text = 'Zedvane names chief\nZedvane said it would hire.';
    const entities = groupMentions([m('Zedvane', 0, 0, 'person'), m('Zedvane', 20, 1, 'group')], text, new Set());
    expect(entities.map((e) => [e.type, e.mentions.length])).toEqual([
      ['person', 1],
      ['group', 1],
    ]);
  });
});
