import { foldPlaceName, parseGeoTable, placeKeysOf, regionCoreKey } from '../../src/geo/gazetteer.js';
import { linkPlaces } from '../../src/geo/link.js';
import { aliasTable, geoTable } from '../../src/resources.js';
import type { EntityRecord } from '../../src/types.js';

/** Place entities for the given names, with their mentions found in `text` (each name one entity). */
function placesIn(text: string, names: string[]): EntityRecord[] {
  return names.map((name) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      mentions.push({ start: at, end: at + name.length, text: name, sentence: 0, type: 'place' as const });
    return { id: 'plc_0000000000000000', type: 'place', name, aliases: [], mentions };
  });
}

function link(text: string, names: string[]) {
  const aliases = aliasTable();
  const entities = placesIn(text, names);
  const links = linkPlaces(entities, text, geoTable(), (k) => aliases.places.get(k) ?? k);
  return Object.fromEntries(entities.map((e) => [e.name, links.get(e)]));
}

describe('place names fold for look-up', () => {
  test.each([
    ['Île-de-France', 'ile de france'],
    ['U.S.', 'us'],
    ['the Netherlands', 'netherlands'],
    ['İzmir', 'izmir'],
    ["Côte d'Ivoire", 'cote divoire'],
  ])('%j → %j', (name, key) => expect(foldPlaceName(name)).toBe(key));

  test('a region is also found without its generic word; a "City" or comma-qualified city without it', () => {
    expect(regionCoreKey('nineveh province')).toBe('nineveh');
    expect(regionCoreKey('canton of geneva')).toBe('geneva');
    expect(regionCoreKey('texas')).toBeNull();
    expect(placeKeysOf('city', 'Kuwait City', [])).toEqual(['n:kuwait city', 'd:kuwait']);
    expect(placeKeysOf('city', 'Washington, D.C.', [])).toEqual(['n:washington dc', 'd:washington']);
  });

  test('the table is parsed from its keys column, places built on look-up', () => {
    const t = parseGeoTable(
      '# comment\n1\tcountry\tXA\t\tAtlantis\t1\t2\t100\tAtlantica\tn:atlantis|a:atlantica\n' +
        '2\tcity:PPLA\tXA\t01\tPoseidonia\t1.5\t2.5\t50\t\tn:poseidonia\n',
    );
    expect(t.size).toBe(3);
    expect(t.lookup('atlantica')).toEqual([
      {
        via: 'alt',
        place: expect.objectContaining({ geonamesId: 1, level: 'country', countryCode: 'XA', name: 'Atlantis' }),
      },
    ]);
    expect(t.lookup('poseidonia')[0]!.place).toMatchObject({ level: 'city', featureCode: 'PPLA', lat: 1.5 });
    expect(t.lookup('nowhere')).toEqual([]);
  });

  test('a key shared by several places gives them in file order; a key ends at its line', () => {
    // The last key of a line has no bar after it: the next line's keys must not run into it.
    const t = parseGeoTable(
      '1\tcity:PPL\tXA\t\tSpringfield\t1\t2\t10\t\tn:springfield\n' +
        '2\tcity:PPL\tXB\t\tShelbyville\t3\t4\t20\t\tn:shelbyville|a:springfield\n' +
        '3\tcity:PPL\tXC\t\tSpringfield\t5\t6\t30\t\td:springfield|n:capital city\n',
    );
    expect(t.size).toBe(3);
    expect(t.lookup('springfield').map((c) => [c.place.geonamesId, c.via])).toEqual([
      [1, 'name'],
      [2, 'alt'],
      [3, 'derived'],
    ]);
    expect(t.lookup('capital city').map((c) => c.place.geonamesId)).toEqual([3]);
    expect(t.lookup('springfield|a')).toEqual([]);
    expect(t.lookup('')).toEqual([]);
  });

  test('a key looked up again gives the same frozen list, so no caller can change what the next article sees', () => {
    const t = parseGeoTable('1\tcity:PPL\tXA\t\tSpringfield\t1\t2\t10\t\tn:springfield\n');
    const first = t.lookup('springfield');
    expect(t.lookup('springfield')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    expect(t.lookup('nowhere')).toBe(t.lookup('nowhere'));
  });

  test('folding the same name twice gives the same key (memoised per process)', () => {
    expect(foldPlaceName('Île-de-France')).toBe(foldPlaceName('Île-de-France'));
    expect(foldPlaceName('The Hague')).toBe('hague');
    expect(foldPlaceName('The Hague')).toBe('hague');
  });
});

describe('linking places to GeoNames', () => {
  test('a country name means the country, with its GeoNames id, ISO code and level', () => {
    const r = link('Talks between Norway and Chile resumed.', ['Norway', 'Chile']);
    expect(r.Norway).toMatchObject({ geonamesId: 3144096, countryCode: 'NO', level: 'country' });
    expect(r.Chile).toMatchObject({ geonamesId: 3895114, countryCode: 'CL', level: 'country' });
    expect(r.Norway!.confidence).toBeGreaterThan(0.9);
  });

  test('curated variants reach the same country ("America", "Britain")', () => {
    const r = link('Officials in America and Britain disagreed.', ['America', 'Britain']);
    expect(r.America).toMatchObject({ geonamesId: 6252001, countryCode: 'US' });
    expect(r.Britain).toMatchObject({ geonamesId: 2635167, countryCode: 'GB' });
  });

  test('population is the prior: a bare "Paris" is the French capital', () => {
    expect(link('The fair opened in Paris on Monday.', ['Paris']).Paris).toMatchObject({
      countryCode: 'FR',
      level: 'city',
    });
  });

  test('context: "Paris" in an article about Texas is Paris, Texas', () => {
    const text = 'Storms crossed Texas overnight. In Paris, roofs were torn off; Dallas was spared.';
    const r = link(text, ['Texas', 'Paris', 'Dallas']);
    expect(r.Paris).toMatchObject({ countryCode: 'US', level: 'city' });
    expect(r.Paris!.name).toBe('Paris');
    expect(r.Texas).toMatchObject({ level: 'admin1', countryCode: 'US' });
  });

  test('qualifier: "Paris, Tennessee" lies in Tennessee', () => {
    const r = link('A fire broke out in Paris, Tennessee, on Sunday.', ['Paris', 'Tennessee']);
    expect(r.Paris).toMatchObject({ countryCode: 'US' });
    expect(r.Paris!.lat).toBeCloseTo(36.3, 0);
  });

  test("a country beats a region of its name unless the article is about that region's country", () => {
    expect(link('Georgia and Armenia signed a deal.', ['Georgia', 'Armenia']).Georgia).toMatchObject({
      level: 'country',
      countryCode: 'GE',
    });
    const us = link('Voters in Atlanta and Savannah went to the polls across Georgia.', [
      'Atlanta',
      'Savannah',
      'Georgia',
    ]);
    expect(us.Georgia).toMatchObject({ level: 'admin1', countryCode: 'US' });
  });

  test('seat: a big city that gives its name to its province is the city; a small one is not', () => {
    expect(link('Protesters gathered in Baghdad on Friday.', ['Baghdad']).Baghdad).toMatchObject({
      level: 'city',
      countryCode: 'IQ',
    });
    expect(link('Snow fell in New York on Friday.', ['New York'])['New York']).toMatchObject({
      level: 'city',
      geonamesId: 5128581,
    });
    expect(link('Drought gripped Texas this summer.', ['Texas']).Texas).toMatchObject({ level: 'admin1' });
    // Found without its "City", a city is no seat: Oklahoma is the state.
    expect(link('Storms crossed Oklahoma today.', ['Oklahoma']).Oklahoma).toMatchObject({ level: 'admin1' });
  });

  test('a region written with its generic word is the region ("Nineveh Province")', () => {
    expect(link('Fighting spread across Nineveh Province.', ['Nineveh Province'])['Nineveh Province']).toMatchObject({
      level: 'admin1',
      countryCode: 'IQ',
    });
  });

  test('a capital beats a region of the same name ("Washington")', () => {
    expect(link('Officials in Washington said talks would go on.', ['Washington']).Washington).toMatchObject({
      geonamesId: 4140963,
      level: 'city',
    });
  });

  test('a facility named after a town is not the town: "Heathrow airport", "Gatwick Airport"', () => {
    expect(link('Flights left Heathrow airport late.', ['Heathrow']).Heathrow).toBeUndefined();
    expect(link('Crowds filled Gatwick Airport.', ['Gatwick Airport'])['Gatwick Airport']).toBeUndefined();
  });

  test('a region word after the name means the region: "fighting in Idlib province"', () => {
    expect(link('Shelling hit villages in Idlib province overnight.', ['Idlib']).Idlib).toMatchObject({
      level: 'admin1',
      geonamesId: 169387,
    });
  });

  test('a small foreign town is not linked when the article is about other countries ("Badia" in Syria)', () => {
    const r = link('Troops in Syria moved across the Badia toward Homs.', ['Syria', 'Badia', 'Homs']);
    expect(r.Badia).toBeUndefined();
    expect(r.Homs).toMatchObject({ countryCode: 'SY' });
  });

  test('continents and world regions are left unlinked, not linked to a town of their name', () => {
    expect(link('Demand grew across Asia and Europe.', ['Asia', 'Europe'])).toEqual({
      Asia: undefined,
      Europe: undefined,
    });
  });

  test('a place fused by a hyphen to another word is found by its first part ("Lisbon-based")', () => {
    expect(link('The Lisbon-based firm grew.', ['Lisbon-based'])['Lisbon-based']).toMatchObject({ countryCode: 'PT' });
  });

  test('a town told apart by its river is found without it ("Frankfurt" = Frankfurt am Main)', () => {
    expect(link('The jet landed in Frankfurt.', ['Frankfurt']).Frankfurt).toMatchObject({ geonamesId: 2925533 });
  });

  test('an AP state abbreviation qualifies a town: "Salina, Kan."', () => {
    const r = link('A tornado struck Salina, Kan. on Monday.', ['Salina', 'Kan.']);
    expect(r.Salina).toMatchObject({ countryCode: 'US' });
    expect(r['Kan.']).toMatchObject({ level: 'admin1', geonamesId: 4273857 });
  });

  test('two countries of one name with nothing to choose between them are left unlinked ("Congo")', () => {
    expect(link('Aid reached Congo this week.', ['Congo']).Congo).toBeUndefined();
  });

  test('a name GeoNames does not know is left unlinked', () => {
    expect(link('They sailed across the Zorblax Sea.', ['Zorblax Sea'])['Zorblax Sea']).toBeUndefined();
  });
});
