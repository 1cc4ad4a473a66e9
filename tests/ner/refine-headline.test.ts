import { places, refineInOrder } from './refine-builder.js';

/**
 * Session 20: a headline in title case capitalises every word, so the tagger reads common words into names; the
 * lead below it names the same things in running text. Sentences written for the rule.
 */
describe('names in a title-case headline', () => {
  const body = '\n\nKELSO — Army troops killed 14 rebels in a raid in Varsk province on Sunday, the army said.';

  test('a span keeps the part the text below spells, with that span’s class', () => {
    expect(
      refineInOrder(`Troops Kill Rebels in Varsk Raid, Army Says${body}`, [
        ['Varsk Raid', 'LOC'],
        ['Army Says', 'ORG'],
        ['KELSO', 'LOC'],
        ['Varsk', 'LOC'],
      ]),
    ).toEqual([
      ['Varsk', 'LOC'],
      ['KELSO', 'LOC'],
      ['Varsk', 'LOC'],
    ]);
  });

  test('a span below that spells the run whole gives the class, before a longer one that holds it', () => {
    expect(
      refineInOrder(
        'Court Convicts Friend of Quarville Bombing Suspect\n\nA friend of a Quarville Marathon bomber was convicted in Quarville.',
        [
          ['Quarville Bombing Suspect', 'ORG'],
          ['Quarville Marathon', 'ORG'],
          ['Quarville', 'LOC'],
        ],
      ),
    ).toEqual([
      ['Quarville', 'LOC'],
      ['Quarville Marathon', 'MISC'],
      ['Quarville', 'LOC'],
    ]);
  });

  test('a surname alone in the headline is kept when the text names the whole person', () => {
    expect(
      refineInOrder('Tarven Meets Envoy Over Border Dispute\n\nPresident Ilsa Tarven met the envoy on Monday.', [
        ['Tarven', 'PER'],
        ['Ilsa Tarven', 'PER'],
      ]),
    ).toEqual([
      ['Tarven', 'PER'],
      ['Ilsa Tarven', 'PER'],
    ]);
  });

  test('a listed place the text does not repeat is kept; an unlisted name is dropped', () => {
    expect(
      refineInOrder(
        'Floods Hit Zedland as Quorva Storm Moves North\n\nHeavy rain flooded two towns on Monday.',
        [
          ['Zedland', 'LOC'],
          ['Quorva Storm', 'ORG'],
        ],
        places('Zedland'),
      ),
    ).toEqual([['Zedland', 'LOC']]);
  });

  test('a headline in sentence case and running text are left alone', () => {
    expect(
      refineInOrder('Troops kill rebels in Varsk Raid operation\n\nThe Army Says group met.', [
        ['Varsk Raid', 'LOC'],
        ['Army Says', 'ORG'],
      ]),
    ).toEqual([
      ['Varsk Raid', 'LOC'],
      ['Army Says', 'ORG'],
    ]);
  });
});
