/**
 * Entity identity across articles. An entity's id is its type prefix plus a hash of its canonical key:
 * - a place linked to GeoNames: `geonames:<id>`, so "U.S.", "US", "United States" and "America" are one
 *   place, and "Georgia" the US state and "Georgia" the country are two;
 * - otherwise the name's `canonicalKey` (general rules: case, accents kept, dots of abbreviations,
 *   possessive, a leading "the", a group's legal-form suffix), mapped through the curated alias list
 *   (data/gazetteers/aliases.tsv) when it is a listed variant ("UN" → "united nations").
 * Within an article, an abbreviation defined in parentheses after a name, and shorter forms, already join
 * the full name's entity (src/ner/aliases.ts); its canonical name is the fullest form.
 * Two entities of an article that end with one id are merged into one (mentions and aliases united).
 * Pure: the alias table and the links are passed in.
 */
import { canonicalKey, entityIdForKey } from '../ids.js';
import { foldPlaceName } from '../geo/gazetteer.js';
import type { EntityRecord, EntityType } from '../types.js';

/** The curated variants: per type, a variant's canonical key → the canonical name's key. */
export interface AliasTable {
  /** `canonicalKey(type, variant)` → `canonicalKey(type, canonical)`. */
  byType: Record<EntityType, Map<string, string>>;
  /** Folded place variant → folded canonical place name, for the place linker. */
  places: Map<string, string>;
}

/**
 * Parses aliases.tsv: `type <TAB> canonical <TAB> variant|variant…`; `#` lines are comments. A place
 * line whose canonical name is `-` lists names the place linker leaves unlinked (continents, world regions).
 */
export function parseAliasTable(text: string): AliasTable {
  const byType: AliasTable['byType'] = { person: new Map(), group: new Map(), place: new Map() };
  const places = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [type, canonical, variants] = line.split('\t');
    if (type !== 'person' && type !== 'group' && type !== 'place') continue;
    if (canonical === undefined || variants === undefined) continue;
    const target = canonicalKey(type, canonical);
    for (const v of variants.split('|')) {
      const variant = v.trim();
      if (variant === '') continue;
      const key = canonicalKey(type, variant);
      if (type === 'place') places.set(foldPlaceName(variant), canonical === '-' ? '-' : foldPlaceName(canonical));
      if (canonical === '-') continue;
      if (key !== target) byType[type].set(key, target);
    }
  }
  return { byType, places };
}

/** The canonical key of a name of a type: the rules, then the curated list. */
export function canonicalNameKey(type: EntityType, name: string, aliases: AliasTable | null): string {
  const key = canonicalKey(type, name);
  return aliases?.byType[type].get(key) ?? key;
}

/**
 * Sets each entity's id from its canonical key (`geo.geonamesId` for linked places) and merges entities of
 * the article that end with the same id. Returns the entities in first-mention order.
 */
export function assignCanonicalIds<E extends EntityRecord>(entities: readonly E[], aliases: AliasTable | null): E[] {
  const byId = new Map<string, E>();
  for (const e of entities) {
    const gid = e.geo?.geonamesId;
    const key =
      e.type === 'place' && gid !== undefined && gid !== null
        ? `geonames:${gid}`
        : canonicalNameKey(e.type, e.name, aliases);
    const id = entityIdForKey(e.type, key);
    const had = byId.get(id);
    if (had === undefined) {
      e.id = id;
      byId.set(id, e);
      continue;
    }
    // Merge: the fuller name stays the name, every other surface form becomes an alias.
    const mentions = [...had.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    const name = e.name.length > had.name.length ? e.name : had.name;
    const forms = new Set([had.name, e.name, ...had.aliases, ...e.aliases]);
    forms.delete(name);
    had.name = name;
    had.aliases = [...forms].sort();
    had.mentions = mentions;
    if (had.typeEvidence !== undefined || e.typeEvidence !== undefined)
      had.typeEvidence = Math.max(had.typeEvidence ?? 0, e.typeEvidence ?? 0);
  }
  return [...byId.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
