/**
 * Where a place entity is on the map: its `geo` field (the geo stage's lat/lon) when the record has one,
 * else the offline name table data/geo/places.json (countries and large cities; see
 * src/dev/report/build-places.ts), looked up by the entity's name and then its aliases.
 */
import { readFileSync } from 'node:fs';

/** Lower-cased name → [lat, lon, ISO 3166-1 alpha-2, level]. */
export type PlaceTable = Record<string, [number, number, string, string]>;

/** A resolved position and where it came from. */
export interface PlacePosition {
  lat: number;
  lon: number;
  countryCode: string | null;
  source: 'geo' | 'lookup';
}

/** The key a name is looked up under: lower case, single spaces, no dots ("U.S." → "us"), "the" dropped. */
export function placeKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

let table: PlaceTable | null = null;

/** The committed name table, loaded once per process. */
export function loadPlaceTable(): PlaceTable {
  if (table === null) {
    const doc = JSON.parse(readFileSync(new URL('../../data/geo/places.json', import.meta.url), 'utf8')) as {
      places: PlaceTable;
    };
    table = doc.places;
  }
  return table;
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Position of a place entity from its `geo` field, or its names in `places`; null when neither knows it. */
export function resolvePlace(
  entity: { name?: unknown; aliases?: unknown; geo?: unknown },
  places: PlaceTable,
): PlacePosition | null {
  const geo = entity.geo as { lat?: unknown; lon?: unknown; countryCode?: unknown } | null | undefined;
  if (geo && finite(geo.lat) && finite(geo.lon) && Math.abs(geo.lat) <= 90 && Math.abs(geo.lon) <= 180)
    return {
      lat: geo.lat,
      lon: geo.lon,
      countryCode: typeof geo.countryCode === 'string' ? geo.countryCode : null,
      source: 'geo',
    };
  const names = [entity.name, ...(Array.isArray(entity.aliases) ? entity.aliases : [])];
  for (const n of names) {
    if (typeof n !== 'string') continue;
    const hit = places[placeKey(n)];
    if (hit) return { lat: hit[0], lon: hit[1], countryCode: hit[2], source: 'lookup' };
  }
  return null;
}
