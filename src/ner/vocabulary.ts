/**
 * The domain vocabulary of the NER clean-up rules (src/ner/refine.ts): head words of group, facility,
 * place and product names, name particles, holidays and time zones. The lists are data, one word a line
 * under `data/vocabulary/` (each file says which phenomenon it serves); `src/resources.ts` reads them and
 * this module only parses what it is given. Grammar words (weekdays, months, titles) come from src/words.ts.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../words.js';
import { parseNameList } from './gazetteer-files.js';

/** List → its file under `data/vocabulary/`. */
export const VOCABULARY_FILES = {
  groupHeads: 'group-heads.txt',
  facilityHeads: 'facility-heads.txt',
  geoHeads: 'geo-heads.txt',
  geoLeads: 'geo-leads.txt',
  productHeads: 'product-heads.txt',
  eventHeads: 'event-heads.txt',
  nameParticles: 'name-particles.txt',
  holidays: 'holidays.txt',
  timeZones: 'time-zones.txt',
} as const;

export type VocabularyList = keyof typeof VOCABULARY_FILES;

/**
 * The lists as sets of lower-case words, plus `calendar`: words that name a time, not an entity, alone; and
 * `countriesAndRegions`: the country and region names of the place gazetteer as `countryKey`s (a national
 * side keeps its country's name and is a place in CoNLL-2003, unlike a club named after its town); and
 * `firstLevelDivisions`: the names of data/gazetteers/admin1.txt (states, provinces, governorates) as
 * `countryKey`s, which the clean-up takes as evidence for a place as it does the place gazetteer (they are
 * in `countriesAndRegions` too); and `givenNames`: the given names of data/gazetteers/given-names.txt in
 * lower case, the clean-up's evidence for a person before a surname that is also a town's name.
 */
export type RefineVocabulary = Readonly<
  Record<
    VocabularyList | 'calendar' | 'countriesAndRegions' | 'firstLevelDivisions' | 'givenNames',
    ReadonlySet<string>
  >
>;

/** A name's key for `RefineVocabulary.countriesAndRegions`: its letters and digits in lower case ("Czech Republic" → "czechrepublic"). */
export function countryKey(name: string): string {
  // Most names are ASCII letters and digits only: lower-casing is then the whole job (the clean-up asks for
  // a key for every place span, and the Unicode pattern below costs more than the rest of the look-up).
  if (plainKey(name)) return name.toLowerCase();
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when `name` holds ASCII letters and digits only, so that its `countryKey` is its lower case. */
export function plainKey(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/**
 * Parses the vocabulary files; `read(file)` gives a file's text. Words are compared with lower-cased tokens,
 * so a word with a capital letter is an error in the file, not a word that never matches. `countriesAndRegions`
 * is the text of the country and region gazetteers (data/gazetteers/countries.txt and regions.txt, one name a line),
 * `firstLevelDivisions` that of data/gazetteers/admin1.txt, `givenNames` that of data/gazetteers/given-names.txt.
 */
export function parseVocabulary(
  read: (file: string) => string,
  countriesAndRegions = '',
  firstLevelDivisions = '',
  givenNames = '',
): RefineVocabulary {
  const lists = {} as Record<VocabularyList, ReadonlySet<string>>;
  for (const [list, file] of Object.entries(VOCABULARY_FILES) as Array<[VocabularyList, string]>) {
    const words = parseNameList(read(file));
    const upper = words.find((w) => w !== w.toLowerCase());
    if (upper !== undefined) throw new Error(`data/vocabulary/${file}: "${upper}" must be written in lower case`);
    lists[list] = new Set(words);
  }
  const calendar = new Set([
    ...[...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()),
    ...lists.holidays,
    ...lists.timeZones,
  ]);
  const divisions = new Set(parseNameList(firstLevelDivisions).map(countryKey));
  return {
    ...lists,
    calendar,
    countriesAndRegions: new Set([...parseNameList(countriesAndRegions).map(countryKey), ...divisions]),
    firstLevelDivisions: divisions,
    givenNames: new Set(parseNameList(givenNames).map((n) => n.toLowerCase())),
  };
}
