/**
 * Place linking: each place entity of an article to one GeoNames place of the offline table, chosen by a
 * prior (level and population) times the article's context. The rules, each the general case it covers:
 * - **Level prior.** A country name means the country ("Georgia" is the country unless the article is
 *   about the US state, below); a capital beats a region of the same name ("Washington"); a region beats
 *   other towns of its name ("Victoria" the state); among towns, the more populous is the likelier.
 * - **Seat.** When a region and a city inside it share the name, and the city holds a tenth or more of
 *   the region's people, the city is meant ("Baghdad", "Basra"): news names such a city far more often
 *   than the province it gives its name to. Not for a city found without its "City" ("Oklahoma" is the
 *   state, not Oklahoma City; "New York" is the city through the alias list, as news writes it).
 * - **Tie.** Two countries that answer to one name with nothing in the article to choose ("Congo") are
 *   left unlinked.
 * - **Qualifier.** "Paris, Texas", "Toulouse, France": a place written right after a comma qualifies the
 *   one before, which must lie inside it.
 * - **Context.** A candidate in a country or first-level region that the article's other places resolve
 *   to, with little doubt, gains weight (region much more than country): "Paris" in an article naming
 *   Texas, Dallas and Houston is Paris, Texas.
 * - **Foreign small town.** A town of under 50,000 people in a country none of the article's other places
 *   lies in, while they do lie in some country, is left unlinked ("Badia" in an article on Syria is the
 *   Syrian desert, not the Italian village).
 * - **Facilities and world regions.** "Heathrow airport" is not the town Heathrow; continents and world
 *   regions (the alias list's "-" entry) are left unlinked.
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
/** A capital against a region of its name ("Washington"): above any region's prior. */
const CAPITAL_PRIOR = 2 * REGION_PRIOR;
/** Towns under this many people are not linked outside the article's countries (see `linkPlaces`). */
const SMALL_TOWN = 50_000;
/** A city holding at least this share of its region's people is what the region's shared name means. */
const SEAT_SHARE = 0.1;
/** Weight of a candidate in a country the article's other places lie in. */
const COUNTRY_CONTEXT = 30;
/** Weight of a candidate in a first-level region the article's other places lie in. */
const REGION_CONTEXT = 100;
/** A pass-1 winner with at least this share of the scores gives its country and region as context. */
const CONTEXT_SHARE = 0.9;

/** Keys under which a surface form is looked up: the folded name, its canonical alias, without a generic word. */
export function placeKeys(surface: string, alias: PlaceAliasFn): string[] {
  const keys = new Set<string>();
  const folded = foldPlaceName(surface);
  if (folded === '') return [];
  const aliased = alias(folded);
  keys.add(folded);
  keys.add(aliased);
  for (const k of [folded, aliased]) {
    const core = regionCoreKey(k);
    if (core !== null) {
      keys.add(core);
      keys.add(alias(core));
    }
  }
  const cityOf = folded.replace(/^city of /, '');
  if (cityOf !== folded) keys.add(cityOf);
  return [...keys];
}

/**
 * A facility named after its town is not the town ("Heathrow airport", "Changi International Airport",
 * "the Moscone Center in San Francisco"): an entity most of whose mentions end in a facility word is not
 * linked, and the facility forms of any other entity are not looked up.
 */
const FACILITY =
  /\b(?:airport|airfield|air ?base|base|center|centre|factory|plant|station|stadium|arena|square|street|avenue|road|bridge|hospital|university|college|school|hotel|church|cathedral|mosque|temple|palace|building|tower|museum|park|harbou?r|prison|embassy|consulate|camp|mall|market|terminal|headquarters|hq)$/i;

/** True when a place entity's name is that of a facility (see `FACILITY`). */
export function isFacilityName(name: string): boolean {
  let facility = facilityMemo.get(name);
  if (facility === undefined) {
    facility = FACILITY.test(name.trim().replace(/[.,;:]+$/, ''));
    if (facilityMemo.size >= FACILITY_MEMO) facilityMemo.clear();
    facilityMemo.set(name, facility);
  }
  return facility;
}
/** Names tested before in this process (`FACILITY` is tried at every position of a name, for every form). */
const facilityMemo = new Map<string, boolean>();
const FACILITY_MEMO = 50_000;

/** A name written with a region word ("Idlib province"); "Republic of" also names countries, so it does not count. */
function hasRegionWord(name: string): boolean {
  const key = foldPlaceName(name);
  return regionCoreKey(key) !== null && !key.startsWith('republic of ');
}

/** The candidates of an entity: every place any of its surface forms names, once each (best `via` kept). */
export function candidatesOf(entity: EntityRecord, table: GeoTable, alias: PlaceAliasFn, text = ''): GeoCandidate[] {
  // The word written right after a mention belongs to it when it is a generic one: "Heathrow airport",
  // "Idlib province".
  const forms = entity.mentions.map((m) => {
    const next = /^ ([a-z]+)\b/.exec(text.slice(m.end, m.end + 24));
    return next === null ? m.text : `${m.text} ${next[1]}`;
  });
  // The entity is a facility when most of its mentions name one; otherwise its facility forms are skipped.
  const facilities = forms.filter(isFacilityName).length;
  if (facilities * 2 > forms.length || (isFacilityName(entity.name) && facilities * 2 >= forms.length)) return [];
  const out = new Map<GeoPlace, GeoCandidate>();
  const rank = { name: 0, alt: 1, derived: 2 } as const;
  const collect = (surface: string) => {
    for (const key of placeKeys(surface, alias)) {
      if (alias(key) === UNLINKABLE) return;
      for (const c of table.lookup(key)) {
        const had = out.get(c.place);
        if (had === undefined || rank[c.via] < rank[had.via]) out.set(c.place, c);
      }
    }
  };
  const surfaces = [entity.name, ...entity.aliases].filter((x) => !isFacilityName(x));
  for (const surface of surfaces) collect(surface);
  // A name written with a region word ("Idlib province", "the Province of Idlib") means the region.
  const regionForms = forms.filter(hasRegionWord).length;
  if (hasRegionWord(entity.name) || regionForms * 2 > forms.length) {
    const regions = [...out.values()].filter((c) => c.place.level === 'admin1');
    if (regions.length > 0) return regions;
  }
  // A place name fused by a hyphen to another word ("San Jose-based", "Basra-Baghdad") is looked up by
  // what precedes the hyphen, when the whole finds nothing.
  if (out.size === 0)
    for (const surface of surfaces) {
      const cut = surface.lastIndexOf('-');
      if (cut > 2) collect(surface.slice(0, cut));
    }
  return [...out.values()];
}

/**
 * The canonical name of the alias list's "no place" entry: continents and world regions ("Asia",
 * "Middle East") are not the towns that share their names, and the offline table holds no place for them.
 */
export const UNLINKABLE = '-';

/** The prior of each candidate, the seat and capital rules applied. */
function priors(cands: readonly GeoCandidate[]): number[] {
  const regions = new Map<string, number>();
  for (const c of cands) if (c.place.level === 'admin1') regions.set(regionKey(c.place), c.place.population);
  return cands.map(({ place, via }) => {
    if (place.level === 'country') return COUNTRY_PRIOR;
    if (place.level === 'admin1') return via === 'derived' ? DERIVED_REGION_PRIOR : REGION_PRIOR;
    const code = place.featureCode;
    let p = Math.max(place.population, 1) * (code === 'PPLC' ? 3 : code === 'PPLA' ? 2 : 1);
    if (via === 'derived') p *= 0.5;
    // A capital beats a region of its name elsewhere in the country ("Washington"); inside its own
    // region the seat rule below decides.
    if (code === 'PPLC' && [...regions.keys()].some((k) => k !== regionKey(place))) p = Math.max(p, CAPITAL_PRIOR);
    const regionPopulation = regions.get(regionKey(place));
    if (via !== 'derived' && regionPopulation !== undefined && place.population >= SEAT_SHARE * regionPopulation)
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
  const scores: number[] = [];
  cands.forEach((c, i) => {
    let s = prior[i]!;
    if ((countries.get(c.place.countryCode) ?? 0) > 0) s *= COUNTRY_CONTEXT;
    if (c.place.level !== 'country' && (regions.get(regionKey(c.place)) ?? 0) > 0) s *= REGION_CONTEXT;
    total += s;
    scores.push(s);
    if (s > bestScore) {
      bestScore = s;
      bestAt = i;
    }
  });
  // Two countries with one name ("Congo") and nothing in the article to choose: no link.
  const best = cands[bestAt]!;
  if (best.place.level === 'country') {
    const rival = cands.findIndex((c, i) => i !== bestAt && c.place.level === 'country' && scores[i] === bestScore);
    if (rival >= 0) return null;
  }
  return { best, share: bestScore / total };
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
  for (const e of places) cands.set(e, candidatesOf(e, table, alias, text));

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
    // A small town in a country none of the article's other places lies in, when they do lie in some
    // country, is more likely a name the table lacks (a desert, a district) than that town.
    const foreignTown =
      d !== null &&
      d.best.place.level === 'city' &&
      d.best.place.population < SMALL_TOWN &&
      (countries.get(d.best.place.countryCode) ?? 0) <= 0 &&
      [...countries.values()].some((n) => n > 0);
    if (own !== undefined) {
      bump(countries, own.country, 1);
      bump(regions, own.region, 1);
    }
    if (d === null || foreignTown) continue;
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
