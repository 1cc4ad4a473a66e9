/** Name folding and name forms shared by the gazetteer builders. */

/** A name with its diacritics removed ("İzmir" → "Izmir", "São Paulo" → "Sao Paulo"). */
export function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Words that end the English name of a first-level division without being part of what news calls it:
 * "Helmand Province" is "Helmand", "Idlib Governorate" "Idlib", "Rivers State" "Rivers".
 */
const DESIGNATORS =
  /\s+(Province|Region|District|Municipality|County|Governorate|Department|Oblast|State|Prefecture|Parish|Voivodeship|Division|Krai|Okrug|Territory|Autonomous Region|Autonomous Community|Autonomous Okrug|Republic|Emirate|Canton)$/i;
/**
 * Words of a division's name that say where, not which ("Central", "Northern", "Capital", "Coast"): a
 * stripped name made only of them ("Eastern" from "Eastern Province") names nothing by itself.
 */
const GENERIC_WORDS = new Set(
  (
    'north northern south southern east eastern west western central centre center capital coast coastal upper ' +
    'lower greater middle inner outer islands island lakes lake rivers river mountain mountains valley bay hill ' +
    'hills point end town city cape sul norte sur oriental occidental north-east north-west south-east south-west ' +
    'northeast northwest southeast southwest far new old plateau highlands lowlands federal special'
  ).split(' '),
);
/**
 * Common English words that are also the name of some small first-level division ("Forest", "Store", "Act",
 * "Delta"): as place features they would fire on ordinary capitalised words and on surnames.
 */
const COMMON_WORDS = new Set(
  (
    'act ape apes bar bride castel cascade cascades colon delta forest free german grad gulf ogre pest peel pool ' +
    'saga store trinity vale van paul est nord sud ouest centrale plateaux somali flemish silesian pomeranian'
  ).split(' '),
);

/** A first-level division as `iso3166-2-db` gives it. */
export interface IsoRegion {
  name: string;
  names?: Record<string, string>;
}

/** The names of one first-level division: its English and GeoNames names, each with and without designator. */
export function admin1Names(r: IsoRegion): string[] {
  const out = new Set<string>();
  for (const raw of [r.name, r.names?.en, r.names?.geonames]) {
    if (raw === undefined) continue;
    // "Trujillo, Venezuela": a disambiguating country after a comma is not part of the name.
    const name = raw.replace(/,.*$/, '').trim();
    for (const n of [
      name,
      name
        .replace(DESIGNATORS, '')
        .replace(/^Republic of\s+/i, '')
        .trim(),
    ]) {
      if (!/^\p{Lu}/u.test(n) || n.replace(/[^\p{L}]/gu, '').length < 3) continue;
      // Caribbean parishes named after saints ("Saint Andrew") would read person names as places.
      if (/^(Saint|St\.?)\s/.test(n)) continue;
      if (n.split(/[\s-]+/).every((w) => GENERIC_WORDS.has(w.toLowerCase()))) continue;
      // One short word ("Oro", "Uri", "Tak") collides with words and name parts more often than it names a region.
      if (!/\s/.test(n) && (n.length < 4 || COMMON_WORDS.has(n.toLowerCase()))) continue;
      out.add(n);
      const plain = withoutDiacritics(n);
      if (plain !== n && /^\p{Lu}/u.test(plain)) out.add(plain);
    }
  }
  return [...out];
}
