/**
 * The per-article index the event rules share: token spans of mentions and time expressions, and the
 * definite-description table ("the committee" → the one group whose name has that word). Sentences are
 * made up for these tests.
 */
import { buildArticleIndex, tokenRange } from '../../src/events/article-index.js';
import { eventInput } from './builders.js';

function index(text: string, groups: string[], timexes: string[] = [], places: string[] = []) {
  const input = eventInput(text, {
    entities: [
      ...groups.map((name) => ({ name, type: 'group' as const })),
      ...places.map((name) => ({ name, type: 'place' as const })),
    ],
    timexes: timexes.map((t) => ({ text: t, value: null, precision: 'unknown' as const })),
  });
  return {
    input,
    ix: buildArticleIndex(text, input.tokens, input.sentences, input.lowerForms, input.entities, input.timexes),
  };
}

describe('buildArticleIndex', () => {
  it('places mentions and time expressions on the tokens tokenRange gives', () => {
    const text =
      'Delegates of the Northern Orchard Growers Union met on a rainy Tuesday. The Growers Union left early.';
    const { input, ix } = index(text, ['Northern Orchard Growers Union', 'Growers Union'], ['a rainy Tuesday']);
    const expected = input.entities.flatMap((e) => e.mentions.map((m) => tokenRange(input.tokens, m.start, m.end)));
    expect(ix.mentions.map((m) => [m.tokenStart, m.tokenEnd]).sort()).toEqual(expected.sort());
    for (const m of ix.mentions)
      for (let k = m.tokenStart; k < m.tokenEnd; k++) expect(ix.mentionAt[k]).toBeGreaterThanOrEqual(0);
    const x = input.timexes[0]!;
    expect(ix.timexTokens.get(x)).toEqual(tokenRange(input.tokens, x.start, x.end));
    const [a, b] = ix.timexTokens.get(x)!;
    expect(ix.timexAt.slice(a, b).every((t) => t === x)).toBe(true);
    expect(ix.timexAt[a - 1]).toBeNull();
  });

  it('reads a definite description as the one group whose name holds the word, the fullest of nested names', () => {
    const text =
      'The Lakeside Tenants Association and the Tenants Association of Lakeside sued the Harbour Ferry Cooperative. ' +
      'The Riverside Ferry Board and Lakeside Tenants Association spoke.';
    const { ix } = index(text, [
      'Lakeside Tenants Association',
      'Tenants Association',
      'Harbour Ferry Cooperative',
      'Riverside Ferry Board',
    ]);
    // Only one group is named with "cooperative".
    expect(ix.definiteEntity('cooperative')?.name).toBe('Harbour Ferry Cooperative');
    // "tenants" is in two names, one inside the other: one group, the fullest name.
    expect(ix.definiteEntity('tenants')?.name).toBe('Lakeside Tenants Association');
    // "ferry" is in two unrelated names: ambiguous, unresolved.
    expect(ix.definiteEntity('ferry')).toBeNull();
    // Short and generic words identify nothing.
    expect(ix.definiteEntity('board')?.name).toBe('Riverside Ferry Board');
    expect(ix.definiteEntity('group')).toBeNull();
  });

  it('gives the same table when the same names come again in another article', () => {
    const text = 'The Copper Valley Miners Guild and the Copper Valley Smelters Guild struck.';
    const groups = ['Copper Valley Miners Guild', 'Copper Valley Smelters Guild'];
    const first = index(text, groups).ix;
    const second = index(text, groups).ix;
    for (const w of ['copper', 'valley', 'miners', 'smelters', 'guild'])
      expect(second.definiteEntity(w)?.name ?? null).toBe(first.definiteEntity(w)?.name ?? null);
    expect(first.definiteEntity('miners')?.name).toBe('Copper Valley Miners Guild');
    expect(first.definiteEntity('copper')).toBeNull();
  });

  it('leaves a one-word group name out of the table', () => {
    const { ix } = index('Members of Solidarnosc marched.', ['Solidarnosc']);
    expect(ix.definiteEntity('solidarnosc')).toBeNull();
  });

  it('reads a group named by one word apart from the words of longer names', () => {
    // One-word names (plain ASCII, or with a hyphen or dots, which normalise to two words) beside a longer name.
    const { ix } = index('Orchardists of Tullamore and the Tullamore Orchard Board met Ferrymen and Al-Fulan.', [
      'Orchardists',
      'Tullamore Orchard Board',
      'Ferrymen',
      'Al-Fulan',
    ]);
    expect(ix.definiteEntity('orchardists')).toBeNull();
    expect(ix.definiteEntity('ferrymen')).toBeNull();
    expect(ix.definiteEntity('orchard')?.name).toBe('Tullamore Orchard Board');
    expect(ix.definiteEntity('fulan')?.name).toBe('Al-Fulan');
  });

  it('links a nationality adjective to the country entity by any name the list gives it', () => {
    const text = 'Ruritanian officials and American envoys met in the United States and in Syria.';
    const { ix } = index(text, [], [], ['United States', 'Syria']);
    expect(ix.nationalityEntity('american')?.name).toBe('United States');
    expect(ix.nationalityEntity('syrian')?.name).toBe('Syria');
    // A country the article does not name, and a word that is no nationality, link to nothing.
    expect(ix.nationalityEntity('iraqi')).toBeNull();
    expect(ix.nationalityEntity('ruritanian')).toBeNull();
    expect(ix.nationalityEntity('officials')).toBeNull();
  });

  it('marks each title-case line and the end of a date line glued to a sentence, once per sentence', () => {
    const text =
      'Orchard Growers Vote to Strike Over Prices\n' +
      'ELMWOOD (Valley Wire) - The growers said they would stop picking on Monday.\n' +
      'U.S. - A quiet harvest.\n' +
      'Ciderhouse - the old mill - reopened in May.';
    const { ix } = index(text, []);
    expect(ix.sentences.length).toBe(4);
    expect([...ix.titleCase]).toEqual([1, 0, 0, 0]);
    const dash = (s: number) => ix.lower.indexOf('-', ix.sentences[s]!.tokenStart) + 1;
    // A capitalised word ("Ciderhouse") opens no date line; a verb before the dash ends the search.
    expect([...ix.datelineEnd]).toEqual([-1, dash(1), dash(2), -1]);
  });
});
