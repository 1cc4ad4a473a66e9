import { annotate } from '../../src/nlp/wink.js';
import { recogniser } from '../../src/resources.js';
import { CLASSES } from '../../src/ner/tags.js';
import { tagSpans } from '../../src/ner/index.js';
import { refine, refineInOrder } from './refine-builder.js';

/** What the committed model, gazetteers and clean-up find in `text` (the curated lists are read here). */
function tag(text: string): string[][] {
  const a = annotate(text);
  return tagSpans(a, recogniser()).map((s) => [
    text.slice(a.tokens[s.start]!.start, a.tokens[s.end - 1]!.end),
    CLASSES[s.cls]!,
  ]);
}

describe('products named by maker and model', () => {
  test('a listed maker and a model after a determiner is a product, not the maker', () => {
    expect(tag('Sales of the Toyota Kestrel doubled.')).toEqual([['Toyota Kestrel', 'MISC']]);
    expect(tag('The dealer sold its last Chevrolet Arrowhead on Friday.')).toEqual([['Chevrolet Arrowhead', 'MISC']]);
  });

  test('a maker the article names alone is a maker before a model and a product noun', () => {
    expect(
      refineInOrder('Quorvex said on Monday that the new Quorvex Marten sedan would ship in May.', [
        ['Quorvex', 'ORG'],
        ['Quorvex Marten', 'ORG'],
      ]),
    ).toEqual([
      ['Quorvex', 'ORG'],
      ['Quorvex Marten', 'MISC'],
    ]);
    // Without a product noun a short form alone says nothing: a company's short name is a group too.
    expect(
      refineInOrder('Quorvex said the Quorvex Daltry daily reported it.', [
        ['Quorvex', 'ORG'],
        ['Quorvex Daltry', 'ORG'],
      ]),
    ).toEqual([
      ['Quorvex', 'ORG'],
      ['Quorvex Daltry', 'ORG'],
    ]);
  });

  test('a company, a unit of one, a body, a team or a place after the maker is no model', () => {
    expect(tag('Shares of the Toyota Motor Corp. rose.')).toEqual([['Toyota Motor Corp.', 'ORG']]);
    expect(tag('Analysts at the Nissan Europe unit agreed.')).toEqual([['Nissan Europe', 'ORG']]);
    expect(refine('A poll by the Sony Music Foundation was published.', [['Sony', 'Foundation', 'ORG']])).toEqual([
      ['Sony Music Foundation', 'ORG'],
    ]);
    // A body's name goes on with "for" or "of".
    expect(
      refine('Exiles urged the Toyota Quorley Trust for Refugees to act.', [['Toyota', 'Trust', 'ORG']])[0],
    ).toEqual(['Toyota Quorley Trust', 'ORG']);
    // A city that names a team before the team's full name: not a maker.
    expect(tag('Boston 5 Chicago 3. The Boston Quahogs pickups won.')).toEqual([
      ['Boston', 'ORG'],
      ['Chicago', 'ORG'],
      ['Boston Quahogs', 'ORG'],
    ]);
  });

  test('a model alone before a product noun is a product, and so is the model alone elsewhere in the article', () => {
    expect(
      refineInOrder('Zedco will build more Kestrel crossovers. Demand for the Kestrel rose, and 9,000 Kestrels sold.', [
        ['Zedco', 'ORG'],
        ['Kestrel', 'PER'],
        ['Kestrel', 'LOC'],
        ['Kestrels', 'PER'],
      ]),
    ).toEqual([
      ['Zedco', 'ORG'],
      ['Kestrel', 'MISC'],
      ['Kestrel', 'MISC'],
      ['Kestrels', 'MISC'],
    ]);
    // A listed place or maker before the noun stays what the tagger read ("Detroit sedans", "Boeing airliners").
    expect(tag('Buyers want Detroit sedans.')).toEqual([['Detroit', 'ORG']]);
    expect(tag('Airlines ordered Boeing airliners.')).toEqual([['Boeing', 'ORG']]);
  });
});

describe('market indexes and exchanges', () => {
  test('an index by its name and its move', () => {
    expect(refine('The broader S&P 500 lost 4.7 percent on Monday.', [['S&P', 'S&P', 'ORG']])).toEqual([
      ['S&P', 'MISC'],
    ]);
    expect(refine("Frankfurt's DAX shed 2.7 percent.", [['DAX', 'DAX', 'ORG']])).toEqual([['DAX', 'MISC']]);
    expect(refine('The Nikkei closed down 1.4 percent.', [['Nikkei', 'Nikkei', 'ORG']])).toEqual([['Nikkei', 'MISC']]);
    expect(refine('The Quorley Industrial Average fell 50 points.', [['Quorley', 'Average', 'ORG']])).toEqual([
      ['Quorley Industrial Average', 'MISC'],
    ]);
  });

  test('a company or a survey that moves stays a group', () => {
    expect(refine('Zedco fell 3 percent in Tokyo.', [['Zedco', 'Zedco', 'ORG']])).toEqual([['Zedco', 'ORG']]);
    expect(refine('The Zedton PMA rose 8.8 points.', [['PMA', 'PMA', 'ORG']])).toEqual([['PMA', 'ORG']]);
    expect(refine('S&P cut its rating by one notch.', [['S&P', 'S&P', 'ORG']])).toEqual([['S&P', 'ORG']]);
  });

  test('where shares are listed is the exchange, a group', () => {
    expect(refine('Its shares are listed on the Nasdaq.', [['Nasdaq', 'Nasdaq', 'MISC']])).toEqual([['Nasdaq', 'ORG']]);
    expect(refine('Zedco plans a Nasdaq listing.', [['Nasdaq', 'Nasdaq', 'MISC']])).toEqual([['Nasdaq', 'ORG']]);
    expect(refine('The Nasdaq itself fell 3.9 percent.', [['Nasdaq', 'Nasdaq', 'MISC']])).toEqual([['Nasdaq', 'MISC']]);
  });
});
