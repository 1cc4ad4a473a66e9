/**
 * The map's base layer, made when the report is built so the page needs no library: world-atlas country
 * outlines (Natural Earth 1:110m) projected with d3-geo's Natural Earth projection into SVG path strings,
 * and the same projection for place points.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';

/** Size of the map's SVG coordinate space. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

/** Country outlines as SVG paths, plus the projection that placed them. */
export interface BaseMap {
  width: number;
  height: number;
  countries: Array<{ name: string; d: string }>;
  project(lon: number, lat: number): [number, number] | null;
}

let cached: BaseMap | null = null;

/** Projects world-atlas's 1:110m countries once per process. */
export function baseMap(): BaseMap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection<Geometry, { name?: string }>;
  const projection: GeoProjection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'Sphere' },
  );
  const toPath = geoPath(projection).digits(1);
  const out: BaseMap['countries'] = [];
  for (const f of countries.features as Array<Feature<Geometry, { name?: string }>>) {
    const d = toPath(f);
    if (d) out.push({ name: f.properties?.name ?? '', d });
  }
  cached = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    countries: out,
    project(lon, lat) {
      const p = projection([lon, lat]);
      return p ? [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] : null;
    },
  };
  return cached;
}

/** The SVG outline of the whole globe in the same projection (the sea). */
export function spherePath(): string {
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'Sphere' },
  );
  return geoPath(projection).digits(1)({ type: 'Sphere' }) ?? '';
}
