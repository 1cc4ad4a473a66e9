import { TypeTally } from '../../src/dev/eval/type-consistency.js';

describe('type consistency tally', () => {
  test("an article types a name by its mentions' majority; a name counts once per article", () => {
    const t = new TypeTally();
    t.addArticle([
      ['Zedton', 'place'],
      ['Zedton', 'place'],
      ['Zedton', 'group'],
      ['Quorley', 'person'],
    ]);
    t.addArticle([
      ['ZEDTON', 'group'],
      ['Quorley', 'person'],
    ]);
    t.addArticle([['Zedton', 'place']]);
    // Zedton: place, group, place (2 of 3 agree); Quorley: person twice; a name seen once is not counted.
    t.addArticle([['Brimwell', 'group']]);
    expect(t.figures()).toEqual({ names: 2, occurrences: 5, consistent: 4, share: 0.8 });
    expect(t.byName.get('zedton')).toEqual({ place: 2, group: 1 });
  });

  test('no name seen twice: consistent by definition', () => {
    const t = new TypeTally();
    t.addArticle([['Zedton', 'place']]);
    expect(t.figures()).toEqual({ names: 0, occurrences: 0, consistent: 0, share: 1 });
  });
});
