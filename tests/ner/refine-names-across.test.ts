/**
 * Names the tagger cuts in two at a word it reads as a place (`namesAcrossSpans` in src/ner/refine.ts): an
 * exchange group's market named by its city, and a company's American arm. Every sentence is our own, with
 * made-up names, none from a dataset.
 */
import { places, refine } from './refine-builder.js';

describe("an exchange group's market named by its city", () => {
  test('the operator and a listed city are one group', () => {
    expect(
      refine(
        'Shares of Zedco rose on Nasdaq Quarnby on Tuesday.',
        [
          ['Zedco', 'Zedco', 'ORG'],
          ['Nasdaq', 'Nasdaq', 'MISC'],
          ['Quarnby', 'Quarnby', 'LOC'],
        ],
        places('Quarnby'),
      ),
    ).toEqual([
      ['Zedco', 'ORG'],
      ['Nasdaq Quarnby', 'ORG'],
    ]);
    expect(
      refine(
        'Euronext Zedville suspended trading in the shares.',
        [
          ['Euronext', 'Euronext', 'ORG'],
          ['Zedville', 'Zedville', 'LOC'],
        ],
        places('Zedville'),
      ),
    ).toEqual([['Euronext Zedville', 'ORG']]);
  });

  test('not before a number (an index), not a city no list holds, not across a word', () => {
    expect(
      refine(
        'The OMX Quarnby 30 fell.',
        [
          ['OMX', 'OMX', 'MISC'],
          ['Quarnby', 'Quarnby', 'LOC'],
        ],
        places('Quarnby'),
      ),
    ).toEqual([
      ['OMX', 'MISC'],
      ['Quarnby', 'LOC'],
    ]);
    expect(
      refine('Nasdaq Brellow opened late.', [
        ['Nasdaq', 'Nasdaq', 'ORG'],
        ['Brellow', 'Brellow', 'LOC'],
      ]),
    ).toEqual([
      ['Nasdaq', 'ORG'],
      ['Brellow', 'LOC'],
    ]);
    expect(
      refine(
        'Nasdaq and Quarnby officials met.',
        [
          ['Nasdaq', 'Nasdaq', 'ORG'],
          ['Quarnby', 'Quarnby', 'LOC'],
        ],
        places('Quarnby'),
      ),
    ).toEqual([
      ['Nasdaq', 'ORG'],
      ['Quarnby', 'LOC'],
    ]);
  });
});

describe('a group "of America" is its American arm', () => {
  test('a group followed by "of America" is one group', () => {
    expect(
      refine('Zedco of America recalled 4,000 vans.', [
        ['Zedco', 'Zedco', 'ORG'],
        ['America', 'America', 'LOC'],
      ]),
    ).toEqual([['Zedco of America', 'ORG']]);
  });

  test('not after a person or a place, not another country', () => {
    expect(
      refine('Quorley of America spoke first.', [
        ['Quorley', 'Quorley', 'PER'],
        ['America', 'America', 'LOC'],
      ]),
    ).toEqual([
      ['Quorley', 'PER'],
      ['America', 'LOC'],
    ]);
    expect(
      refine('Zedco of Japan recalled 4,000 vans.', [
        ['Zedco', 'Zedco', 'ORG'],
        ['Japan', 'Japan', 'LOC'],
      ]),
    ).toEqual([
      ['Zedco', 'ORG'],
      ['Japan', 'LOC'],
    ]);
  });
});
