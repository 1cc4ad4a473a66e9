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
 *   {@link TYPE_VOTE}`.minArticles` articles and at least `minShare` of the name's articles, or when every
 *   firm reading of the name gives one type, in at least `minArticles` articles (weak guesses do not block it).
 * - An entity whose local evidence (`typeEvidence`) is below `weakBelow` and whose type differs takes the
 *   corpus type and the id most of the name's articles of that type give it (so it joins them; a place
 *   taken this way has no GeoNames link of its own). Not when the article itself holds the name with the
 *   corpus type too (it tells two things apart), nor when an event of the article uses the entity as its
 *   place (that is local evidence of a place), nor when the article links the place to a country or a
 *   first-level division (a country's or a state's name is that place: "Johnson Cty, Kan." whoever is called
 *   Kan elsewhere). A weak person reading of a one-word name the folder knows as a surname (people named in
 *   full with it) keeps its type against a place or group corpus type ({@link SURNAME_PERSONS}).
 * - The surname link ({@link surnameLink}): a one-word name that is also the surname of a person the corpus
 *   names in full, mostly one person ("Fidel Castro" in most articles naming a Castro in full), is that person
 *   where an article reads it weakly as a place ("Castro said", cut out of its article, read as the town of
 *   Castro): the cross-article form of alias grouping's "a bare surname is the person of the article who
 *   ends with it".
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
  /**
   * Local evidence from this up is firm: the corpus type needs `firmArticles` articles that read it firmly.
   * The same line as `weakBelow` (0.5 is the median margin of the bench corpus's names): a reading is weak
   * or firm. It was 0.7, which a person read by the tagger alone hardly ever reaches (its margins are
   * smaller than a place's), so a person named in 71 articles ("Juan Miguel Gonzalez", none of them over
   * 0.7) could never be a corpus type, while a place could.
   */
  firmFrom: 0.5,
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
  /** Set when the type comes from the surname link (a person of that surname), which overrides places only. */
  surname?: true;
  /**
   * Set on a place or group corpus type when the corpus names people in full with this name as their
   * surname ({@link SURNAME_PERSONS}): a weak person reading of it keeps its type.
   */
  surnameOfPersons?: true;
}

/**
 * Prefix of the vote keys that count persons by surname: a person named in full ("Fidel Castro") votes once
 * more, under `SURNAME_KEY + "castro"`, with its own id. No name key starts with it (`normalizeEntityName`
 * keeps letters, digits, apostrophes, hyphens and spaces only).
 */
export const SURNAME_KEY = '\u0001';

/** The surname a person's name key ends with, or '' for a one-word name. */
function surnameOf(key: string): string {
  const at = key.lastIndexOf(' ');
  return at < 0 ? '' : key.slice(at + 1);
}

/** The name key a surname vote key speaks for ('' for an ordinary key). */
export function surnameTarget(key: string): string {
  return key.startsWith(SURNAME_KEY) ? key.slice(SURNAME_KEY.length) : '';
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
    if (type !== 'person') continue;
    const surname = surnameOf(key);
    const s = `${SURNAME_KEY}${surname}\u0000${type}\u0000${id}`;
    if (surname === '' || seen.has(s)) continue;
    seen.add(s);
    votes.push({ key: SURNAME_KEY + surname, type, id, evidence: e.typeEvidence ?? 1 });
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
    const own = corpusType(readings);
    if (own?.type === 'person' || key.includes(' ')) return own;
    const persons = this.names.get(SURNAME_KEY + key);
    if (persons === undefined) return own;
    const link = surnameLink(readings, persons);
    if (link !== null || own === null) return link;
    return surnamed(persons) ? { ...own, surnameOfPersons: true } : own;
  }
}

/**
 * Articles naming a person in full with a name as surname from which a weak person reading of the lone
 * name is not moved to the name's place or group corpus type. The phenomenon: a place's or a club's name is
 * often a surname too ("Jordan", "Williams", "Lincoln"), and the lone surname in a sentence about a person
 * ("Jordan said in a statement released by the studio") is the person; the corpus majority of the name
 * says only that the place or club is named more often.
 */
export const SURNAME_PERSONS = 2;

/** Whether the corpus names people in full with the surname of these surname votes. */
function surnamed(persons: ReadonlyMap<string, ReadingCount>): boolean {
  let n = 0;
  for (const c of persons.values()) n += c.n;
  return n >= SURNAME_PERSONS;
}

/**
 * The surname link of a one-word name: the person it names where an article reads it weakly as a place.
 * The phenomenon: news names a person in full once and by surname after, and an article that uses the
 * surname alone (a quote, a sentence cut out of its article, a caption) gives the tagger nothing but the
 * word; when the surname is also a town's name ("Castro", "Salisbury", "Dalton") it reads the town. Across
 * the folder the person is known: the link holds when
 * - persons named in full with that surname appear in at least `minArticles` articles, at least
 *   `firmArticles` of them firmly typed, and one of them in at least `minShare` of those (the surname
 *   names one person of the corpus, as alias grouping asks for one person of the article);
 * - those articles and the name's own person readings outnumber its place and group readings (a real
 *   town named in many articles keeps its type: "Washington" the city against George Washington).
 * The id is the one most of the name's own person readings give it (else the person's, named in full).
 * It overrides places only ({@link settles}): companies and clubs are named after people (Ford,
 * Williams, "Stadler FC"), so a group reading of a surname is often right.
 */
export function surnameLink(
  readings: ReadonlyMap<string, ReadingCount>,
  persons: ReadonlyMap<string, ReadingCount>,
): CorpusType | null {
  let n = 0;
  let firm = 0;
  let top = '';
  let topN = 0;
  for (const [k, c] of persons) {
    n += c.n;
    firm += c.firm;
    const id = k.slice(k.indexOf('\u0000') + 1);
    if (c.n > topN || (c.n === topN && id < top)) {
      top = id;
      topN = c.n;
    }
  }
  if (n < TYPE_VOTE.minArticles || firm < TYPE_VOTE.firmArticles || topN < TYPE_VOTE.minShare * n) return null;
  let own = 0;
  let other = 0;
  let id = '';
  let idN = 0;
  for (const [k, c] of readings) {
    const at = k.indexOf('\u0000');
    if (k.slice(0, at) !== 'person') {
      other += c.n;
      continue;
    }
    own += c.n;
    const candidate = k.slice(at + 1);
    if (c.n > idN || (c.n === idN && candidate < id)) {
      id = candidate;
      idN = c.n;
    }
  }
  if (n + own <= other) return null;
  return { type: 'person', id: id || top, surname: true };
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
  if (
    best === null ||
    bestN < TYPE_VOTE.minArticles ||
    bestN < TYPE_VOTE.minShare * total ||
    byType.get(best)!.firm < TYPE_VOTE.firmArticles
  ) {
    // Weak guesses do not block either: a name every firm reading of which gives one type, in at least
    // `minArticles` articles, has that type however many weak readings give another ("Zedco" read firmly as
    // a company in three articles, "Zedco said" read weakly as a surname in five).
    best = null;
    let firmTotal = 0;
    for (const [type, c] of byType) {
      firmTotal += c.firm;
      if (c.firm >= TYPE_VOTE.minArticles) best = type;
    }
    if (best === null || byType.get(best)!.firm < firmTotal) return null;
  }
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
export function settles(local: EntityType, corpus: CorpusType): boolean {
  if (corpus.surname) return local === 'place';
  if (corpus.surnameOfPersons && local === 'person') return false;
  return TYPE_VOTE.placeGroup || local === 'person' || corpus.type === 'person';
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
      settles(e.type, corpus) &&
      (e.typeEvidence ?? 1) < TYPE_VOTE.weakBelow &&
      !localIds.has(corpus.id) &&
      !localKeys.has(`${voteKey(e)}\u0000${corpus.type}`) &&
      !(e.type === 'place' && places.has(current)) &&
      !(e.geo !== undefined && (e.geo.level === 'country' || e.geo.level === 'admin1'))
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
