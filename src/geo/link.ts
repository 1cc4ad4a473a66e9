/**
 * Place linking: each place entity of an article to one GeoNames place of the offline table, chosen by a
 * prior (level and population) times the article's context. The rules, each the general case it covers:
 * - **Level prior.** A country name means the country ("Georgia" is the country unless the article is
 *   about the US state, below); a capital beats a region of the same name ("Washington"); a region beats
 *   other towns of its name ("Victoria" the state); among towns, the more populous is the likelier.
 * - **Seat.** When a region and a city inside it share the name, and the city holds a tenth or more of
 *   the region's people, the city is meant ("Baghdad", "New York"): news names such a city far more
 *   often than the province it gives its name to (but "Texas" is the state, not Texas City).
 * - **Qualifier.** "Paris, Texas", "Toulouse, France": a place written right after a comma qualifies the
 *   one before, which must lie inside it.
 * - **Context.** A candidate in a country or first-level region that the article's other places resolve
 *   to, with little doubt, gains weight (region much more than country): "Paris" in an article naming
 *   Texas, Dallas and Houston is Paris, Texas.
 * The confidence is the winner's share of the candidates' scores (lower when found through a derived key).
 * Pure: the table and the alias table are passed in, nothing is read here.
 */
import { foldPlaceName, regionCoreKey, type GeoCandidate, type GeoPlace, type GeoTable } from './gazetteer.js';
import type { EntityRecord, GeoLink } from '../types.js';

export type { GeoLink };

/** Maps a folded variant to the folded canonical name ("america" → "united states"), or returns it. */
export type PlaceAliasFn = (foldedKey: string) => string;

const COUNTRY_PRIOR = 1e9;
const REGION_PRIOR = 5e6;
const DERIVED_REGION_PRIOR = 2e5;
const CAPITAL_PRIOR = 2e7;
/** A city holding at least this share of its region's people is what the region's shared name means. */
const SEAT_SHARE = 0.1;
/** Weight of a candidate in a country the article's other places lie in. */
const COUNTRY_CONTEXT = 50;
/** Weight of a candidate in a first-level region the article's other places lie in. */
const REGION_CONTEXT = 1000;
/** A pass-1 winner with at least this share of the scores gives its country and region as context. */
const CONTEXT_SHARE = 0.9;

/** Keys under which a surface form is looked up: the folded name, its canonical alias, without a generic word. */
export function placeKeys(surface: string, alias: PlaceAliasFn): string[] {
  const keys = new Set<string>();
  const folded = foldPlaceName(surface);
  if (folded === '') return [];
  keys.add(folded);
  keys.add(alias(folded));
  const core = regionCoreKey(folded);
  if (core !== null) {
    keys.add(core);
    keys.add(alias(core));
  }
  const cityOf = folded.replace(/^city of /, '');
  if (cityOf !== folded) keys.add(cityOf);
  return [...keys];
}

/** The candidates of an entity: every place any of its surface forms names, once each (best `via` kept). */
export function candidatesOf(entity: EntityRecord, table: GeoTable, alias: PlaceAliasFn): GeoCandidate[] {
  const out = new Map<GeoPlace, GeoCandidate>();
  const rank = { name: 0, alt: 1, derived: 2 } as const;
  for (const surface of [entity.name, ...entity.aliases])
    for (const key of placeKeys(surface, alias))
      for (const c of table.lookup(key)) {
        const had = out.get(c.place);
        if (had === undefined || rank[c.via] < rank[had.via]) out.set(c.place, c);
      }
  return [...out.values()];
}

/** The prior of each candidate, the seat and capital rules applied. */
function priors(cands: readonly GeoCandidate[]): number[] {
  const regions = new Map<string, number>();
  for (const c of cands) if (c.place.level === 'admin1') regions.set(regionKey(c.place), c.place.population);
  return cands.map(({ place, via }) => {
    if (place.level === 'country') return COUNTRY_PRIOR;
    if (place.level === 'admin1') return via === 'derived' ? DERIVED_REGION_PRIOR : REGION_PRIOR;
    const code = place.featureCode;
    let p = Math.max(place.population, 1) * (code === 'PPLC' ? 10 : code === 'PPLA' ? 2 : 1);
    if (via === 'derived') p *= 0.5;
    if (code === 'PPLC') p = Math.max(p, CAPITAL_PRIOR);
    const regionPopulation = regions.get(regionKey(place));
    if (regionPopulation !== undefined && place.population >= SEAT_SHARE * regionPopulation)
      p = Math.max(p, REGION_PRIOR * 2);
    return p;
  });
}

const regionKey = (p: GeoPlace): string => `${p.countryCode}.${p.admin1}`;

/** Context an entity gives the others: its country and, below country level, its region. */
interface Evidence {
  country: string;
  region: string | null;
}

/** Scores, winner and share of one entity's candidates, with the context given. */
function decide(
  cands: readonly GeoCandidate[],
  countries: ReadonlyMap<string, number>,
  regions: ReadonlyMap<string, number>,
): { best: GeoCandidate; share: number } | null {
  if (cands.length === 0) return null;
  const prior = priors(cands);
  let total = 0;
  let bestAt = 0;
  let bestScore = -1;
  cands.forEach((c, i) => {
    let s = prior[i]!;
    if ((countries.get(c.place.countryCode) ?? 0) > 0) s *= COUNTRY_CONTEXT;
    if (c.place.level !== 'country' && (regions.get(regionKey(c.place)) ?? 0) > 0) s *= REGION_CONTEXT;
    total += s;
    if (s > bestScore) {
      bestScore = s;
      bestAt = i;
    }
  });
  return { best: cands[bestAt]!, share: bestScore / total };
}

/**
 * Links every place entity of an article. `text` is the article text (for "X, Y" qualifiers). Returns the
 * link of each linked entity; entities without any candidate are left out.
 */
export function linkPlaces(
  entities: readonly EntityRecord[],
  text: string,
  table: GeoTable,
  alias: PlaceAliasFn = (k) => k,
): Map<EntityRecord, GeoLink> {
  const places = entities.filter((e) => e.type === 'place');
  const cands = new Map<EntityRecord, GeoCandidate[]>();
  for (const e of places) cands.set(e, candidatesOf(e, table, alias));

  // Qualifiers: "X, Y" where Y is a mention of another place entity whose candidates are countries or regions.
  const entityAt = new Map<number, EntityRecord>();
  for (const e of places) for (const m of e.mentions) entityAt.set(m.start, e);
  const qualifiers = new Map<EntityRecord, EntityRecord>();
  for (const e of places)
    for (const m of e.mentions) {
      const gap = /^,\s{0,2}/.exec(text.slice(m.end, m.end + 4));
      if (gap === null) continue;
      const q = entityAt.get(m.end + gap[0].length);
      if (q !== undefined && q !== e && !qualifiers.has(e)) qualifiers.set(e, q);
    }
  for (const [e, q] of qualifiers) {
    const areas = (cands.get(q) ?? []).filter((c) => c.place.level === 'country' || c.place.level === 'admin1');
    const inside = (cands.get(e) ?? []).filter((c) =>
      areas.some((a) =>
        a.place.level === 'country'
          ? a.place.countryCode === c.place.countryCode && c.place !== a.place
          : regionKey(a.place) === regionKey(c.place) && c.place.level !== 'admin1',
      ),
    );
    if (inside.length > 0) cands.set(e, inside);
  }

  // Pass 1: each entity alone; confident winners become context for the others.
  const none = new Map<string, number>();
  const evidence = new Map<EntityRecord, Evidence>();
  for (const e of places) {
    const d = decide(cands.get(e)!, none, none);
    if (d === null || d.share < CONTEXT_SHARE) continue;
    const p = d.best.place;
    evidence.set(e, { country: p.countryCode, region: p.level === 'country' ? null : regionKey(p) });
  }
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string | null, by: number) => {
    if (k !== null) m.set(k, (m.get(k) ?? 0) + by);
  };
  for (const ev of evidence.values()) {
    bump(countries, ev.country, 1);
    bump(regions, ev.region, 1);
  }

  // Pass 2: with the context of the other entities (an entity's own evidence taken out).
  const out = new Map<EntityRecord, GeoLink>();
  for (const e of places) {
    const own = evidence.get(e);
    if (own !== undefined) {
      bump(countries, own.country, -1);
      bump(regions, own.region, -1);
    }
    const d = decide(cands.get(e)!, countries, regions);
    if (own !== undefined) {
      bump(countries, own.country, 1);
      bump(regions, own.region, 1);
    }
    if (d === null) continue;
    const p = d.best.place;
    const confidence = Math.round(Math.min(0.99, d.share) * (d.best.via === 'derived' ? 0.9 : 1) * 100) / 100;
    out.set(e, {
      geonamesId: p.geonamesId,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      countryCode: p.countryCode,
      level: p.level,
      confidence,
    });
  }
  return out;
}
