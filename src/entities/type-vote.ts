/**
 * The corpus type pass: one type per name across an output folder (issue 18 item 4).
 *
 * The phenomenon: a name the article gives little evidence for is typed from its shape alone, and the
 * same name comes out a person in one article and a place or a group in another ("Castro said", an
 * unknown one-word company read as a surname). Across many articles the name's usual type is known; an
 * article whose own reading is weak should follow it, and one whose reading is firm (the tagger's margin
 * is large, or a rule of the span clean-up read the sentence: "the animation company Pixar", "a storm hit
 * Lisbon") keeps its type, so a city and its club ("Chicago 5 Houston 3") stay apart where the text says so.
 *
 * - Every entity votes with its *local* reading (the type, id and link its article alone gave, kept in
 *   `local` when the pass changed them), so the result depends only on the set of articles, in any order,
 *   and applying the pass again changes nothing.
 * - A name (`normalizeEntityName` of the entity's name) has a corpus type when one type has at least
 *   {@link TYPE_VOTE}`.minArticles` articles and at least `minShare` of the name's articles.
 * - An entity whose local evidence (`typeEvidence`) is below `weakBelow` and whose type differs takes the
 *   corpus type and the id most of the name's articles of that type give it (so it joins them; a place
 *   taken this way has no GeoNames link of its own). Not when the article itself holds the name with the
 *   corpus type too (it tells two things apart), nor when an event of the article uses the entity as its
 *   place (that is local evidence of a place).
 * Pure: the runner (src/pipeline/type-pass.ts) keeps the tally and rewrites the records whose result changes.
 */
import { normalizeEntityName } from '../ids.js';
import type { EntityRecord, EntityType, KnowledgeRecord } from '../types.js';

/** The pass's settings (documented in docs/entities.md, Type consistency). */
export const TYPE_VOTE = {
  /** Articles a type needs before it is the name's corpus type. */
  minArticles: 3,
  /** Share of the name's articles the corpus type needs. */
  minShare: 2 / 3,
  /** Local evidence below this is weak: the entity follows the corpus type. */
  weakBelow: 0.5,
  /** Local evidence from this up is firm: the corpus type needs `firmArticles` articles that read it firmly. */
  firmFrom: 0.7,
  firmArticles: 2,
  /** Whether the pass moves names between place and group (a town and its club: see {@link settles}). */
  placeGroup: false,
};

/** One entity's local vote: the name's key, its own type and id, and how firmly its article typed it. */
export interface EntityVote {
  key: string;
  type: EntityType;
  id: string;
  evidence: number;
}

/** A name's corpus type and the id most of its articles of that type give it. */
export interface CorpusType {
  type: EntityType;
  id: string;
}

/** The key a name votes under: its normalised form (case, punctuation and a leading "the" do not count). */
export function voteKey(entity: Pick<EntityRecord, 'name'>): string {
  return normalizeEntityName(entity.name);
}

/** The entity's own reading in its article. */
function localOf(e: EntityRecord): { type: EntityType; id: string } {
  return e.local ? { type: e.local.type, id: e.local.id } : { type: e.type, id: e.id };
}

/**
 * The local votes of a record, one per distinct (key, type, id) (an article votes once for each reading).
 * Entities without `typeEvidence` (records of schema 2.2 and before) count as firmly typed.
 */
export function recordVotes(record: Pick<KnowledgeRecord, 'entities'>): EntityVote[] {
  const seen = new Set<string>();
  const votes: EntityVote[] = [];
  for (const e of record.entities) {
    const key = voteKey(e);
    if (key === '') continue;
    const { type, id } = localOf(e);
    const k = `${key}\u0000${type}\u0000${id}`;
    if (seen.has(k)) continue;
    seen.add(k);
    votes.push({ key, type, id, evidence: e.typeEvidence ?? 1 });
  }
  return votes;
}

/** Articles giving one reading of a name: all of them, and those that read it firmly. */
export interface ReadingCount {
  n: number;
  firm: number;
}

/** Per name: the articles giving each (type, id). Add and remove articles in any order. */
export class TypeVotes {
  /** key → `type\u0000id` → articles. */
  readonly names = new Map<string, Map<string, ReadingCount>>();

  add(votes: readonly EntityVote[], sign: 1 | -1 = 1): void {
    for (const v of votes) {
      const readings = this.names.get(v.key) ?? this.names.set(v.key, new Map()).get(v.key)!;
      const k = `${v.type}\u0000${v.id}`;
      const c = readings.get(k) ?? { n: 0, firm: 0 };
      c.n += sign;
      if (v.evidence >= TYPE_VOTE.firmFrom) c.firm += sign;
      if (c.n > 0) readings.set(k, c);
      else readings.delete(k);
      if (readings.size === 0) this.names.delete(v.key);
    }
  }

  /** The name's corpus type, or null when no type has the support and share it needs. */
  resolve(key: string): CorpusType | null {
    const readings = this.names.get(key);
    if (readings === undefined) return null;
    return corpusType(readings);
  }
}

/** The corpus type of one name's readings (`type\u0000id` → articles). */
export function corpusType(readings: ReadonlyMap<string, ReadingCount>): CorpusType | null {
  const byType = new Map<EntityType, ReadingCount>();
  let total = 0;
  for (const [k, c] of readings) {
    const type = k.slice(0, k.indexOf('\u0000')) as EntityType;
    const t = byType.get(type) ?? byType.set(type, { n: 0, firm: 0 }).get(type)!;
    t.n += c.n;
    t.firm += c.firm;
    total += c.n;
  }
  let best: EntityType | null = null;
  let bestN = 0;
  for (const [type, c] of byType)
    if (c.n > bestN || (c.n === bestN && best !== null && type < best)) {
      best = type;
      bestN = c.n;
    }
  if (best === null || bestN < TYPE_VOTE.minArticles || bestN < TYPE_VOTE.minShare * total) return null;
  if (byType.get(best)!.firm < TYPE_VOTE.firmArticles) return null;
  // Only one type can pass a share over one half; its most frequent id (the smallest on a tie).
  let id = '';
  let idN = 0;
  for (const [k, c] of readings) {
    const at = k.indexOf('\u0000');
    if (k.slice(0, at) !== best) continue;
    const candidate = k.slice(at + 1);
    if (c.n > idN || (c.n === idN && candidate < id)) {
      id = candidate;
      idN = c.n;
    }
  }
  return { type: best, id };
}

/**
 * Whether the corpus may settle a name between two types. Not between a place and a group: a town's name
 * names the town and its clubs ("Chicago 5 Houston 3", "Leeds beat Chelsea"), a country its national side,
 * and which one an article means is real ambiguity that its own sentence decides, even when weakly; the
 * corpus majority of such a name says only which sense the corpus has more of.
 */
export function settles(local: EntityType, corpus: EntityType): boolean {
  return TYPE_VOTE.placeGroup || local === 'person' || corpus === 'person';
}

/**
 * Sets every entity of `record` to what the corpus says (in place): first back to its local reading, then,
 * for a weakly typed entity whose name has another corpus type, to that type and id. Event references
 * (participants, arguments, place, reportedBy) follow the ids. Returns true when anything changed.
 */
export function applyCorpusTypes(record: KnowledgeRecord, resolve: (key: string) => CorpusType | null): boolean {
  const before = JSON.stringify(record.entities);
  /** Current id → final id. */
  const moved = new Map<string, string>();
  const places = new Set<string>();
  for (const ev of record.events) {
    if (ev.place !== undefined) places.add(ev.place);
    for (const a of ev.arguments ?? []) if (a.role === 'place' && a.entity !== undefined) places.add(a.entity);
  }
  // The local readings, which decide what the article itself tells apart.
  const localIds = new Set<string>();
  const localKeys = new Set<string>();
  for (const e of record.entities) {
    const { type, id } = localOf(e);
    localIds.add(id);
    localKeys.add(`${voteKey(e)}\u0000${type}`);
  }
  for (const e of record.entities) {
    const current = e.id;
    if (e.local) {
      e.type = e.local.type;
      e.id = e.local.id;
      if (e.local.geo) e.geo = e.local.geo;
      else delete e.geo;
      delete e.local;
    }
    const corpus = resolve(voteKey(e));
    if (
      corpus !== null &&
      corpus.type !== e.type &&
      settles(e.type, corpus.type) &&
      (e.typeEvidence ?? 1) < TYPE_VOTE.weakBelow &&
      !localIds.has(corpus.id) &&
      !localKeys.has(`${voteKey(e)}\u0000${corpus.type}`) &&
      !(e.type === 'place' && places.has(current))
    ) {
      e.local = e.geo ? { type: e.type, id: e.id, geo: e.geo } : { type: e.type, id: e.id };
      delete e.geo;
      e.type = corpus.type;
      e.id = corpus.id;
      localIds.add(corpus.id);
    }
    for (const m of e.mentions) m.type = e.type;
    if (e.id !== current) moved.set(current, e.id);
  }
  // Fields in the order the entities stage writes them, so an entity back at its local reading is byte
  // for byte what the article alone gives.
  record.entities = record.entities.map(
    ({ id, type, name, aliases, mentions, attributes, typeEvidence, geo, local }) => ({
      id,
      type,
      name,
      aliases,
      mentions,
      ...(attributes !== undefined ? { attributes } : {}),
      ...(typeEvidence !== undefined ? { typeEvidence } : {}),
      ...(geo !== undefined ? { geo } : {}),
      ...(local !== undefined ? { local } : {}),
    }),
  );
  if (moved.size > 0) {
    const map = (id: string): string => moved.get(id) ?? id;
    for (const ev of record.events) {
      for (const p of ev.participants) p.entity = map(p.entity);
      for (const a of ev.arguments ?? []) if (a.entity !== undefined) a.entity = map(a.entity);
      if (ev.place !== undefined) ev.place = map(ev.place);
      if (ev.reportedBy !== undefined) ev.reportedBy = map(ev.reportedBy);
    }
  }
  return JSON.stringify(record.entities) !== before;
}
