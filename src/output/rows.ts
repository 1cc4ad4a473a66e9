/**
 * Table rows from knowledge records: the one place that says what each column of `schemas/tables/` holds.
 * Pure functions (no I/O besides the taxonomy, loaded once): `articleTableRows` gives the rows of every
 * per-article table for one record, and `EntityDimension` folds entity rows of many articles into the
 * one-row-per-entity dimension, both ways (an article's rows can be added and taken away again), so the
 * tables can be updated for the articles of a run without reading the others.
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_DIR } from '../schema/validators.js';
import type { KnowledgeRecord } from '../types.js';
import { dateColumns } from './dates.js';

/** A table row: column → JSON value, keys in the schema's column order. */
export type Row = Record<string, unknown>;

/** Tables with rows per article (each article's rows live in one part file per table). */
export const ARTICLE_TABLES = [
  'articles',
  'entities',
  'mentions',
  'events',
  'event_participants',
  'timexes',
  'warnings',
] as const;
export type ArticleTable = (typeof ARTICLE_TABLES)[number];

/** Run-specific columns: they say which run wrote a row, not what the records hold. */
export const RUN_COLUMNS = ['run_id', 'processed_at'] as const;

// The record shape grows (events, geo helpers): read new fields through loose views, all optional.
interface GeoLink {
  geonamesId?: number | null;
  lat?: number | null;
  lon?: number | null;
  countryCode?: string | null;
  level?: string | null;
  confidence?: number | null;
}
interface EntityView {
  id: string;
  type: 'person' | 'group' | 'place';
  name: string;
  aliases: string[];
  mentions: Array<{ start: number; end: number; text: string; sentence: number }>;
  geo?: GeoLink | null;
}
interface CasualtyView {
  value?: number | null;
  min?: number | null;
  max?: number | null;
  precision?: string | null;
}
interface EventView {
  id: string;
  type: string;
  subtype?: string | null;
  cameo?: string | null;
  acled?: string | null;
  acledSubEvent?: string | null;
  kairos?: string | null;
  trigger: { start: number; end: number; text: string; sentence: number };
  date?: { value?: string | null; mod?: string | null; source?: string | null } | null;
  participants?: Array<{ entity: string; role: string }>;
  place?: string | null;
  status: string;
  salience?: string | null;
  reportedBy?: string | null;
  cause?: string | null;
  casualties?: { killed?: CasualtyView | null; injured?: CasualtyView | null } | null;
  evidence?: Array<{ text: string }>;
  confidence: number;
}
interface TimexView {
  id: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
  mod?: string | null;
  sentence: number;
  anchor: string;
}
interface WarningView {
  stage: string;
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** Codes of an event type in other taxonomies, from `schemas/event-types.json`. */
interface TypeCodes {
  cameo: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
  kairos: string | null;
}

let taxonomy: Map<string, TypeCodes> | null = null;

/** Event type id → its CAMEO / ACLED / KAIROS codes (read once per process). */
function typeCodes(type: string): TypeCodes | undefined {
  if (taxonomy === null) {
    taxonomy = new Map();
    const raw = JSON.parse(readFileSync(new URL('event-types.json', SCHEMA_DIR), 'utf8')) as {
      types: Array<Record<string, unknown>>;
    };
    for (const t of raw.types) {
      const cameo = t['cameo'] as { code?: string } | null | undefined;
      const acled = t['acled'] as { eventType?: string; subEventType?: string } | null | undefined;
      const kairos = t['kairos'] as { type?: string; code?: string } | string | null | undefined;
      taxonomy.set(String(t['id']), {
        cameo: cameo?.code ?? null,
        acledEventType: acled?.eventType ?? null,
        acledSubEventType: acled?.subEventType ?? null,
        kairos: typeof kairos === 'string' ? kairos : (kairos?.type ?? kairos?.code ?? null),
      });
    }
  }
  return taxonomy.get(type);
}

/** Roles that make an entity actor 1 (the initiator) or actor 2 (the other side), best first. */
const ACTOR1_ROLES = ['attacker', 'agent', 'source'];
const ACTOR2_ROLES = ['target', 'victim', 'patient', 'recipient'];

/** Actor 1 and actor 2 of an event, ACLED-style: people and groups only, places go to the place columns. */
export function pickActors(
  participants: ReadonlyArray<{ entity: string; role: string }>,
): [string | null, string | null] {
  const actors = participants.filter((p) => !p.entity.startsWith('plc_'));
  const byRoles = (roles: string[], except: string | null) => {
    for (const role of roles) {
      const p = actors.find((x) => x.role === role && x.entity !== except);
      if (p) return p.entity;
    }
    return null;
  };
  const others = (except: string | null) => actors.find((x) => x.entity !== except)?.entity ?? null;
  let a1 = byRoles(ACTOR1_ROLES, null);
  let a2 = byRoles(ACTOR2_ROLES, a1);
  if (a1 === null) a1 = actors.find((x) => x.role === 'participant' && x.entity !== a2)?.entity ?? null;
  if (a2 === null)
    a2 = a1 === null ? null : (actors.find((x) => x.role === 'participant' && x.entity !== a1)?.entity ?? null);
  if (a1 === null && a2 === null) a1 = others(null);
  return [a1, a2];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const country = (v: unknown): string | null => (typeof v === 'string' && /^[A-Z]{2}$/.test(v) ? v : null);

/** The rows of every per-article table for one record, each row in its schema's column order. */
export function articleTableRows(
  record: KnowledgeRecord,
  runId: string,
  processedAt: string,
): Record<ArticleTable, Row[]> {
  const rows: Record<ArticleTable, Row[]> = {
    articles: [],
    entities: [],
    mentions: [],
    events: [],
    event_participants: [],
    timexes: [],
    warnings: [],
  };
  const a = record.articleId;
  const entities = record.entities as unknown as EntityView[];
  const events = record.events as unknown as EventView[];
  const timexes = record.timexes as unknown as TimexView[];
  const warnings = record.warnings as unknown as WarningView[];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const published = dateColumns(record.publication.date);
  let nMentions = 0;
  for (const e of entities) nMentions += e.mentions.length;

  rows.articles.push({
    article_id: a,
    source_path: record.source.path,
    title: record.title,
    published_value: published.value,
    published_start: published.start,
    published_end: published.end,
    published_precision: published.precision,
    published_time: record.publication.time ?? null,
    published_source: record.publication.source,
    bytes: record.source.bytes,
    sha256: record.source.sha256,
    pipeline_version: record.pipeline.version,
    schema_version: record.schemaVersion,
    n_entities: entities.length,
    n_mentions: nMentions,
    n_timexes: timexes.length,
    n_events: events.length,
    n_warnings: warnings.length,
    processed_at: processedAt,
    run_id: runId,
  });

  for (const e of entities) {
    const geo = e.type === 'place' ? e.geo : null;
    let first = Infinity;
    for (const m of e.mentions) first = Math.min(first, m.start);
    rows.entities.push({
      article_id: a,
      entity_id: e.id,
      entity_type: e.type,
      name: e.name,
      aliases: JSON.stringify([...e.aliases].sort()),
      n_mentions: e.mentions.length,
      first_offset: first,
      geonames_id: int(geo?.geonamesId),
      lat: num(geo?.lat),
      lon: num(geo?.lon),
      country_code: country(geo?.countryCode),
      geo_level: str(geo?.level),
      geo_confidence: num(geo?.confidence),
      run_id: runId,
    });
    for (const m of e.mentions)
      rows.mentions.push({
        article_id: a,
        entity_id: e.id,
        start_offset: m.start,
        end_offset: m.end,
        mention_text: m.text,
        sentence_index: m.sentence,
        run_id: runId,
      });
  }

  for (const ev of events) {
    const codes = typeCodes(ev.type);
    const date = dateColumns(ev.date?.value ?? null);
    const participants = ev.participants ?? [];
    const [actor1, actor2] = pickActors(participants);
    const name = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? null) : null);
    const actorType = (id: string | null) => (id ? (byId.get(id)?.type ?? null) : null);
    const place = ev.place ? byId.get(ev.place) : undefined;
    const geo = place?.geo ?? null;
    const killed = ev.casualties?.killed ?? null;
    const injured = ev.casualties?.injured ?? null;
    rows.events.push({
      event_id: ev.id,
      article_id: a,
      event_type: ev.type,
      sub_type: str(ev.subtype),
      // A death or injury caused by another event of the article is coded under its cause only (ACLED
      // counts the attack once, with its fatalities), so grouping rows by these codes counts it once.
      cameo_code: ev.cause ? null : (str(ev.cameo) ?? codes?.cameo ?? null),
      acled_event_type: ev.cause ? null : (str(ev.acled) ?? codes?.acledEventType ?? null),
      acled_sub_event_type: ev.cause ? null : (str(ev.acledSubEvent) ?? codes?.acledSubEventType ?? null),
      kairos_type: str(ev.kairos) ?? codes?.kairos ?? null,
      date_value: date.value,
      date_start: date.start,
      date_end: date.end,
      date_precision: date.precision,
      date_mod: str(ev.date?.mod),
      date_source: ev.date?.source ?? 'unknown',
      actor1_id: actor1,
      actor1_name: name(actor1),
      actor1_type: actorType(actor1),
      actor2_id: actor2,
      actor2_name: name(actor2),
      actor2_type: actorType(actor2),
      place_id: ev.place ?? null,
      place_name: place?.name ?? null,
      geonames_id: int(geo?.geonamesId),
      lat: num(geo?.lat),
      lon: num(geo?.lon),
      country_code: country(geo?.countryCode),
      geo_precision: str(geo?.level),
      fatalities: int(killed?.value),
      fatalities_min: int(killed?.min),
      fatalities_max: int(killed?.max),
      fatalities_precision: str(killed?.precision),
      injured: int(injured?.value),
      injured_min: int(injured?.min),
      injured_max: int(injured?.max),
      injured_precision: str(injured?.precision),
      status: ev.status,
      // Records written before schema 2.4 have no salience: every event was counted then.
      salience: ev.salience ?? 'news',
      confidence: ev.confidence,
      trigger_text: ev.trigger.text,
      trigger_start: ev.trigger.start,
      trigger_end: ev.trigger.end,
      sentence_index: ev.trigger.sentence,
      evidence_text: (ev.evidence ?? []).map((x) => x.text).join(' … '),
      reported_by_id: ev.reportedBy ?? null,
      reported_by_name: name(ev.reportedBy),
      n_participants: participants.length,
      cause_event_id: ev.cause ?? null,
      published_date: published.start,
      run_id: runId,
    });
    for (const p of participants) {
      const e = byId.get(p.entity);
      rows.event_participants.push({
        event_id: ev.id,
        article_id: a,
        entity_id: p.entity,
        role: p.role,
        entity_type: e?.type ?? entityTypeOf(p.entity),
        entity_name: e?.name ?? '',
        run_id: runId,
      });
    }
  }

  for (const t of timexes) {
    const date = dateColumns(t.value);
    rows.timexes.push({
      article_id: a,
      timex_id: t.id,
      timex_type: t.type,
      timex_text: t.text,
      start_offset: t.start,
      end_offset: t.end,
      sentence_index: t.sentence,
      date_value: date.value,
      date_start: date.start,
      date_end: date.end,
      date_precision: date.precision,
      date_mod: str(t.mod),
      anchor: t.anchor,
      run_id: runId,
    });
  }

  warnings.forEach((w, i) =>
    rows.warnings.push({
      article_id: a,
      warning_index: i,
      stage: w.stage,
      code: w.code,
      message: w.message,
      start_offset: w.start ?? null,
      end_offset: w.end ?? null,
      run_id: runId,
    }),
  );
  return rows;
}

function entityTypeOf(id: string): 'person' | 'group' | 'place' {
  return id.startsWith('per_') ? 'person' : id.startsWith('grp_') ? 'group' : 'place';
}

/** One geo link candidate of an entity, with how many articles chose it. */
interface GeoVote {
  geonames_id: number | null;
  lat: number | null;
  lon: number | null;
  country_code: string | null;
  geo_level: string | null;
  n: number;
}

/** What the dimension keeps per entity: counts, so an article's contribution can be taken away again. */
interface EntityTally {
  type: string;
  articles: number;
  mentions: number;
  /** Surface form → number of articles whose entity row uses it as name or alias. */
  forms: Map<string, number>;
  /** Form used as the name → number of articles. */
  names: Map<string, number>;
  geo: Map<string, GeoVote>;
  runId: string;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/** The most frequent key; ties go to the longer, then the alphabetically first. */
function favourite(map: Map<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [k, n] of map) {
    if (
      best === null ||
      n > bestN ||
      (n === bestN && (k.length > best.length || (k.length === best.length && k < best)))
    ) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

/**
 * The `entity_dim` table as tallies: entity rows of articles are added (`sign` 1) or taken away (`sign` -1),
 * and each touched entity's row is derived from its tally. The tallies themselves are kept in the row
 * (`name_counts`, `geo_links`), so a dimension row read back from disk can be updated without any other
 * state.
 */
export class EntityDimension {
  private readonly tallies = new Map<string, EntityTally>();
  /** Entities whose row changed since the last `takeTouched`. */
  private touched = new Set<string>();

  /** Loads a dimension row written earlier (its tallies are in `name_counts` and `geo_links`). */
  load(row: Row): void {
    const id = row['entity_id'] as string;
    const names = new Map(Object.entries(JSON.parse(row['name_counts'] as string) as Record<string, number>));
    const forms = new Map(Object.entries(JSON.parse(row['form_counts'] as string) as Record<string, number>));
    const geo = new Map<string, GeoVote>();
    for (const v of JSON.parse(row['geo_links'] as string) as GeoVote[]) geo.set(geoKey(v), v);
    this.tallies.set(id, {
      type: row['entity_type'] as string,
      articles: row['n_articles'] as number,
      mentions: row['n_mentions'] as number,
      forms,
      names,
      geo,
      runId: row['run_id'] as string,
    });
  }

  /** Adds (sign 1) or takes away (sign -1) one article's `entities` row. */
  apply(entityRow: Row, sign: 1 | -1, runId: string): void {
    const id = entityRow['entity_id'] as string;
    let t = this.tallies.get(id);
    if (!t) {
      if (sign < 0) return; // nothing to take away (a dimension rebuilt meanwhile)
      t = {
        type: entityRow['entity_type'] as string,
        articles: 0,
        mentions: 0,
        forms: new Map(),
        names: new Map(),
        geo: new Map(),
        runId,
      };
      this.tallies.set(id, t);
    }
    t.articles += sign;
    t.mentions += sign * (entityRow['n_mentions'] as number);
    const name = entityRow['name'] as string;
    bump(t.names, name, sign);
    const forms = new Set([name, ...(JSON.parse(entityRow['aliases'] as string) as string[])]);
    for (const f of forms) bump(t.forms, f, sign);
    if (entityRow['geonames_id'] !== null || entityRow['lat'] !== null) {
      const vote: GeoVote = {
        geonames_id: entityRow['geonames_id'] as number | null,
        lat: entityRow['lat'] as number | null,
        lon: entityRow['lon'] as number | null,
        country_code: entityRow['country_code'] as string | null,
        geo_level: entityRow['geo_level'] as string | null,
        n: 0,
      };
      const key = geoKey(vote);
      const v = t.geo.get(key) ?? vote;
      v.n += sign;
      if (v.n > 0) t.geo.set(key, v);
      else t.geo.delete(key);
    }
    t.runId = runId;
    if (t.articles <= 0) this.tallies.delete(id);
    this.touched.add(id);
  }

  /** Ids whose rows changed since the last call (present or deleted), and forgets them. */
  takeTouched(): string[] {
    const ids = [...this.touched].sort();
    this.touched = new Set();
    return ids;
  }

  /** The dimension row of an entity, or null when no article mentions it any more. */
  row(id: string): Row | null {
    const t = this.tallies.get(id);
    if (!t) return null;
    const name = favourite(t.names) ?? favourite(t.forms) ?? '';
    const votes = [...t.geo.values()].sort((x, y) => y.n - x.n || geoKey(x).localeCompare(geoKey(y)));
    const top = votes[0];
    const sorted = (m: Map<string, number>) =>
      JSON.stringify(Object.fromEntries([...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))));
    return {
      entity_id: id,
      entity_type: t.type,
      name,
      aliases: JSON.stringify([...t.forms.keys()].filter((f) => f !== name).sort()),
      n_articles: t.articles,
      n_mentions: t.mentions,
      geonames_id: top?.geonames_id ?? null,
      lat: top?.lat ?? null,
      lon: top?.lon ?? null,
      country_code: top?.country_code ?? null,
      geo_level: top?.geo_level ?? null,
      name_counts: sorted(t.names),
      form_counts: sorted(t.forms),
      geo_links: JSON.stringify(votes),
      run_id: t.runId,
    };
  }

  /** Every entity id, sorted. */
  ids(): string[] {
    return [...this.tallies.keys()].sort();
  }

  get size(): number {
    return this.tallies.size;
  }
}

function geoKey(v: GeoVote): string {
  return `${v.geonames_id ?? ''}|${v.lat ?? ''}|${v.lon ?? ''}|${v.country_code ?? ''}|${v.geo_level ?? ''}`;
}
