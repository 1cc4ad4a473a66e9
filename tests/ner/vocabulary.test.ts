/** The NER clean-up's word lists: data files under data/vocabulary/, parsed by src/ner/vocabulary.ts. */
import { countryKey, parseVocabulary, VOCABULARY_FILES } from '../../src/ner/vocabulary.js';
import { refineVocabulary } from '../../src/resources.js';

describe('NER vocabulary', () => {
  test('every list is read from its file, in lower case, and none is empty', () => {
    const v = refineVocabulary();
    for (const list of Object.keys(VOCABULARY_FILES) as Array<keyof typeof VOCABULARY_FILES>) {
      expect([list, v[list].size > 0]).toEqual([list, true]);
      for (const w of v[list]) expect(w).toBe(w.toLowerCase());
    }
    expect(v.groupHeads.has('committee')).toBe(true);
    expect(v.nameParticles.has('al')).toBe(true);
  });

  test('calendar words: weekdays and months (src/words.ts), holidays and time zones', () => {
    const v = refineVocabulary();
    for (const w of ['monday', 'may', 'christmas', 'gmt']) expect(v.calendar.has(w)).toBe(true);
  });

  test('country and region names from the place gazetteer, keyed by their letters in lower case', () => {
    const v = refineVocabulary();
    for (const w of ['iceland', 'czechrepublic', 'england'])
      expect([w, v.countriesAndRegions.has(w)]).toEqual([w, true]);
    expect(v.countriesAndRegions.has('chelsea')).toBe(false);
    expect(countryKey('Bosnia-Herzegovina')).toBe('bosniaherzegovina');
  });

  test('comments and blank lines are skipped; a capitalised word is an error in the file', () => {
    const files: Record<string, string> = Object.fromEntries(
      Object.values(VOCABULARY_FILES).map((f) => [f, '# a comment\n\nword # trailing\n']),
    );
    expect([...parseVocabulary((f) => files[f]!).groupHeads]).toEqual(['word']);
    files[VOCABULARY_FILES.holidays] = 'Christmas\n';
    expect(() => parseVocabulary((f) => files[f]!)).toThrow(/holidays\.txt: "Christmas" must be written in lower case/);
  });

  test('given names (data/gazetteers/given-names.txt) are kept in lower case', () => {
    const files: Record<string, string> = Object.fromEntries(Object.values(VOCABULARY_FILES).map((f) => [f, '']));
    const v = parseVocabulary((f) => files[f]!, '', '', '# given names\nMarlon\nDorian\n');
    expect([...v.givenNames]).toEqual(['marlon', 'dorian']);
    expect(refineVocabulary().givenNames.has('marlon')).toBe(true);
  });
});
