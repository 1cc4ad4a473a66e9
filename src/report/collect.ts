/**
 * Reads an output folder for `dossier report` and aggregates it on the way in: one record in memory at a
 * time, compact columns for events and entity incidence, and notes for everything missing or unreadable.
 * Every field of a record is treated as optional, so older schema versions, partial folders and records
 * without events or places still give a report (with notes), never an exception.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadPlaceTable, resolvePlace, type PlaceTable } from './places.js';

/** Filters given on the command line; dates are YYYY, YYYY-MM or YYYY-MM-DD. */
export interface ReportFilters {
  since?: string;
  until?: string;
  types?: string[];
}

/** How an event got its place on the timeline. */
export const DateBasis = {
  /** the event's own day (or week/part of day) */
  Own: 0,
  /** the event's month: placed on its first day */
  Month: 1,
  /** the event's date is vaguer than a month or missing: the article's publication date stands in */
  Publication: 2,
} as const;
/** One of the `DateBasis` values. */
export type DateBasis = (typeof DateBasis)[keyof typeof DateBasis];

/** One article in the index (text and annotations live in the compressed detail blocks). */
export interface ArticleIndexEntry {
  id: string;
  title: string;
  path: string;
  /** publication date as days since 1970-01-01, or null */
  day: number | null;
  nEntities: number;
  nTimexes: number;
  nEvents: number;
  nWarnings: number;
  schemaVersion: string;
}

/** An entity across articles; per-article figures are in `ReportData.incidence`. */
export interface EntityEntry {
  id: string;
  type: string;
  name: string;
}

/** A place entity with a position, projected later by the map module. */
export interface PlacePoint {
  entity: number;
  lat: number;
  lon: number;
  source: 'geo' | 'lookup';
}

/** Run facts from output/runs/*.json and output/failed/*.json. */
export interface RunFacts {
  runs: number;
  latest: {
    runId: string;
    startedAt: string | null;
    endedAt: string | null;
    pipeline: Record<string, string>;
    counts: Record<string, number>;
    exitCode: number | null;
    interrupted: boolean;
    failures: number;
  } | null;
  /** failures of the latest run and failed/*.json, by code */
  failuresByCode: Record<string, number>;
  /** the first failures, for the table */
  failures: Array<{ path: string; stage: string; code: string; reason: string }>;
}

/** Everything the page shows except article text. */
export interface ReportData {
  folder: string;
  notes: string[];
  filters: ReportFilters;
  run: RunFacts;
  records: {
    read: number;
    unreadable: number;
    filteredOut: number;
    schemaVersions: Record<string, number>;
    pipelines: Record<string, number>;
    nerModels: Record<string, number>;
    warnings: Record<string, number>;
  };
  articles: ArticleIndexEntry[];
  entities: EntityEntry[];
  /** per article: [entity index, mentions, entity index, mentions, …] */
  incidence: number[][];
  /** event columns, one entry per event */
  events: { article: number[]; type: number[]; day: number[]; basis: number[]; place: number[]; killed: number[] };
  eventTypes: string[];
  places: PlacePoint[];
  /** place entities named in events or articles that have no position */
  unplaced: number;
}

/** Days since 1970-01-01 of a YYYY-MM-DD prefix, or null. */
export function dayOf(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** Where an event sits on the timeline: its own date when at least as precise as a month, else the article's. */
export function eventDay(value: unknown, publicationDay: number | null): { day: number | null; basis: DateBasis } {
  if (typeof value === 'string') {
    const d = dayOf(value);
    if (d !== null) return { day: d, basis: DateBasis.Own };
    const week = /^(\d{4})-W(\d{2})$/.exec(value);
    if (week) {
      // ISO week 1 holds January 4th; its Monday is the week's start.
      const jan4 = Date.UTC(Number(week[1]), 0, 4) / 86_400_000;
      const monday = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7);
      return { day: monday + (Number(week[2]) - 1) * 7, basis: DateBasis.Own };
    }
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) return { day: dayOf(`${value}-01`), basis: DateBasis.Month };
  }
  return { day: publicationDay, basis: DateBasis.Publication };
}

/** First day of a --since/--until value (YYYY, YYYY-MM or YYYY-MM-DD), or its last day when `end`. */
export function boundDay(value: string, end: boolean): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const d = dayOf(value);
    return d !== null && new Date(d * 86_400_000).toISOString().slice(0, 10) === value ? d : null;
  }
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return end ? Date.UTC(y, mo, 1) / 86_400_000 - 1 : Date.UTC(y, mo - 1, 1) / 86_400_000;
  }
  return end ? Date.UTC(y + 1, 0, 1) / 86_400_000 - 1 : Date.UTC(y, 0, 1) / 86_400_000;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);
const bump = (m: Record<string, number>, k: string, by = 1) => {
  m[k] = (m[k] ?? 0) + by;
};

/** Record file names in a folder, sorted (any `*.json`: older outputs may name records differently). */
async function listJson(dir: string): Promise<string[] | null> {
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) return null;
  const names: string[] = [];
  try {
    for await (const entry of await opendir(dir))
      if (entry.isFile() && entry.name.endsWith('.json')) names.push(entry.name);
  } catch {
    return null;
  }
  return names.sort();
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** A record as read: only the parts the report uses, each checked. */
export interface RecordView {
  raw: Obj;
  articleId: string;
  day: number | null;
}

/** Calls `visit` for every readable record in `names` order; returns how many were unreadable. */
export async function forEachRecord(
  recordsDir: string,
  names: string[],
  visit: (r: RecordView, name: string) => void,
): Promise<number> {
  let unreadable = 0;
  for (const name of names) {
    const raw = await readJson(path.join(recordsDir, name));
    if (!isObj(raw)) {
      unreadable++;
      continue;
    }
    const articleId = str(raw.articleId, name.replace(/\.json$/, ''));
    const publication = isObj(raw.publication) ? raw.publication : {};
    visit({ raw, articleId, day: typeof publication.date === 'string' ? dayOf(publication.date) : null }, name);
  }
  return unreadable;
}

async function readRunFacts(root: string, notes: string[]): Promise<RunFacts> {
  const facts: RunFacts = { runs: 0, latest: null, failuresByCode: {}, failures: [] };
  const runsDir = path.join(root, 'runs');
  const names = await listJson(runsDir);
  const seen = new Set<string>();
  const addFailure = (f: unknown) => {
    if (!isObj(f)) return;
    const row = { path: str(f.path, '?'), stage: str(f.stage, '?'), code: str(f.code, '?'), reason: str(f.reason) };
    const key = `${row.path}\u0000${row.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    bump(facts.failuresByCode, row.code);
    if (facts.failures.length < 200) facts.failures.push(row);
  };
  if (names === null || names.length === 0) notes.push('No run manifests (runs/*.json): run facts are missing.');
  else {
    let latest: Obj | null = null;
    for (const name of names) {
      const m = await readJson(path.join(runsDir, name));
      if (!isObj(m)) continue;
      facts.runs++;
      const key = str(m.endedAt, str(m.startedAt, name));
      if (latest === null || key >= str(latest.endedAt, str(latest.startedAt, ''))) latest = m;
    }
    if (latest !== null) {
      const pipeline: Record<string, string> = {};
      if (isObj(latest.pipeline))
        for (const [k, v] of Object.entries(latest.pipeline)) if (typeof v === 'string') pipeline[k] = v;
      const counts: Record<string, number> = {};
      if (isObj(latest.counts))
        for (const [k, v] of Object.entries(latest.counts)) if (typeof v === 'number') counts[k] = v;
      const failures = arr(latest.failures);
      facts.latest = {
        runId: str(latest.runId, '?'),
        startedAt: typeof latest.startedAt === 'string' ? latest.startedAt : null,
        endedAt: typeof latest.endedAt === 'string' ? latest.endedAt : null,
        pipeline,
        counts,
        exitCode: typeof latest.exitCode === 'number' ? latest.exitCode : null,
        interrupted: latest.interrupted === true,
        failures: failures.length,
      };
      failures.forEach(addFailure);
    } else notes.push('The run manifests in runs/ could not be read: run facts are missing.');
  }
  const failedDir = path.join(root, 'failed');
  for (const name of (await listJson(failedDir)) ?? []) addFailure(await readJson(path.join(failedDir, name)));
  return facts;
}

/**
 * Reads the folder and aggregates it. `places` defaults to the committed name table; tests may pass
 * their own. Never throws for missing or bad content.
 */
export async function collectReport(
  root: string,
  filters: ReportFilters = {},
  places: PlaceTable = loadPlaceTable(),
): Promise<{ data: ReportData; recordNames: string[] }> {
  const notes: string[] = [];
  const data: ReportData = {
    folder: root,
    notes,
    filters,
    run: { runs: 0, latest: null, failuresByCode: {}, failures: [] },
    records: { read: 0, unreadable: 0, filteredOut: 0, schemaVersions: {}, pipelines: {}, nerModels: {}, warnings: {} },
    articles: [],
    entities: [],
    incidence: [],
    events: { article: [], type: [], day: [], basis: [], place: [], killed: [] },
    eventTypes: [],
    places: [],
    unplaced: 0,
  };
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) {
    notes.push(`The output folder ${root} does not exist: nothing to show. Run \`dossier run\` first.`);
    return { data, recordNames: [] };
  }
  data.run = await readRunFacts(root, notes);
  const recordsDir = path.join(root, 'records');
  const names = await listJson(recordsDir);
  if (names === null) {
    notes.push('No records/ folder: no articles, entities or events to show.');
    return { data, recordNames: [] };
  }
  if (names.length === 0) notes.push('The records/ folder is empty: no articles, entities or events to show.');

  const since = filters.since ? boundDay(filters.since, false) : null;
  const until = filters.until ? boundDay(filters.until, true) : null;
  const typeFilter = filters.types && filters.types.length > 0 ? new Set(filters.types) : null;
  const dateFiltered = since !== null || until !== null;
  const inRange = (d: number | null) => d !== null && (since === null || d >= since) && (until === null || d <= until);

  const entityIndex = new Map<string, number>();
  const typeIndex = new Map<string, number>();
  const placeDone = new Set<number>();
  const placeTried = new Set<number>();
  const kept: string[] = [];
  let noEventsArticles = 0;
  let noPlacesArticles = 0;
  let eventsSeen = 0;

  const entityOf = (e: Obj): number | null => {
    const id = str(e.id);
    if (id === '') return null;
    let i = entityIndex.get(id);
    if (i === undefined) {
      i = data.entities.length;
      entityIndex.set(id, i);
      data.entities.push({ id, type: str(e.type, 'unknown'), name: str(e.name, id) });
    }
    if (str(e.type) === 'place' && !placeDone.has(i)) {
      placeTried.add(i);
      const pos = resolvePlace(e, places);
      if (pos) {
        placeDone.add(i);
        data.places.push({ entity: i, lat: pos.lat, lon: pos.lon, source: pos.source });
      }
    }
    return i;
  };

  data.records.unreadable = await forEachRecord(recordsDir, names, (r, name) => {
    const raw = r.raw;
    const events = arr(raw.events).filter(isObj);
    eventsSeen += events.length;
    // Events that pass the filters, with their timeline day.
    const chosen: Array<{ ev: Obj; day: number | null; basis: DateBasis }> = [];
    for (const ev of events) {
      if (typeFilter && !typeFilter.has(str(ev.type))) continue;
      const date = isObj(ev.date) ? ev.date.value : undefined;
      const at = eventDay(date, r.day);
      if (dateFiltered && !inRange(at.day)) continue;
      chosen.push({ ev, ...at });
    }
    const articleKept = typeFilter ? chosen.length > 0 : !dateFiltered || chosen.length > 0 || inRange(r.day);
    if (!articleKept) {
      data.records.filteredOut++;
      return;
    }
    data.records.read++;
    kept.push(name);
    bump(data.records.schemaVersions, str(raw.schemaVersion, 'none'));
    const pipeline = isObj(raw.pipeline) ? raw.pipeline : {};
    bump(data.records.pipelines, str(pipeline.version, 'unknown'));
    bump(data.records.nerModels, str(pipeline.nerModel, 'unknown'));
    for (const w of arr(raw.warnings)) if (isObj(w)) bump(data.records.warnings, str(w.code, 'W_?'));

    const article = data.articles.length;
    const entities = arr(raw.entities).filter(isObj);
    const incidence: number[] = [];
    let hasPlace = false;
    for (const e of entities) {
      const i = entityOf(e);
      if (i === null) continue;
      if (str(e.type) === 'place') hasPlace = true;
      incidence.push(i, Math.max(1, arr(e.mentions).length));
    }
    data.incidence.push(incidence);
    if (events.length === 0) noEventsArticles++;
    if (!hasPlace) noPlacesArticles++;
    for (const { ev, day, basis } of chosen) {
      const type = str(ev.type, 'unknown');
      let t = typeIndex.get(type);
      if (t === undefined) {
        t = data.eventTypes.length;
        typeIndex.set(type, t);
        data.eventTypes.push(type);
      }
      const placeId = str(ev.place);
      const place = placeId === '' ? -1 : (entityIndex.get(placeId) ?? -1);
      const casualties = isObj(ev.casualties) ? ev.casualties : {};
      const killed =
        isObj(casualties.killed) && typeof casualties.killed.value === 'number' ? casualties.killed.value : 0;
      data.events.article.push(article);
      data.events.type.push(t);
      data.events.day.push(day ?? -1_000_000);
      data.events.basis.push(basis);
      data.events.place.push(place);
      data.events.killed.push(killed);
    }
    data.articles.push({
      id: r.articleId,
      title: str(raw.title, '') || str(isObj(raw.source) ? raw.source.path : '', r.articleId),
      path: str(isObj(raw.source) ? raw.source.path : ''),
      day: r.day,
      nEntities: entities.length,
      nTimexes: arr(raw.timexes).length,
      nEvents: events.length,
      nWarnings: arr(raw.warnings).length,
      schemaVersion: str(raw.schemaVersion, 'none'),
    });
  });

  data.unplaced = placeTried.size - placeDone.size;
  if (data.records.unreadable > 0)
    notes.push(`${data.records.unreadable} record file(s) could not be read as JSON and are left out.`);
  const versions = Object.keys(data.records.schemaVersions);
  if (
    versions.some(
      (v) =>
        v !== '1.0' &&
        v !== '2.0' &&
        v !== '2.1' &&
        v !== '2.2' &&
        v !== '2.3' &&
        v !== '2.4' &&
        v !== '2.5' &&
        v !== '2.6' &&
        v !== '2.7' &&
        v !== '2.8' &&
        v !== '2.9' &&
        v !== '2.10',
    )
  )
    notes.push(
      `Records of schema version(s) ${versions.join(', ')} are shown with what they hold; \`dossier run --force\` rewrites them in the current shape.`,
    );
  if (data.records.read > 0 && eventsSeen === 0)
    notes.push('No record has events: the timeline and the event layer of the map are empty.');
  else if (noEventsArticles > 0) notes.push(`${noEventsArticles} article(s) have no events.`);
  if (data.records.read > 0 && data.places.length === 0)
    notes.push('No place has a known position: the map shows country outlines only.');
  if (noPlacesArticles > 0) notes.push(`${noPlacesArticles} article(s) name no place.`);
  if (data.unplaced > 0)
    notes.push(
      `${data.unplaced} place(s) have no coordinates (no \`geo\` field and not in the offline country/city table) and are not on the map.`,
    );
  const undated = data.events.day.filter((d) => d < -999_999).length;
  if (undated > 0) notes.push(`${undated} event(s) have no date and no publication date: not on the timeline.`);
  const byPublication = data.events.basis.filter((b) => b === DateBasis.Publication).length - undated;
  if (byPublication > 0)
    notes.push(
      `${byPublication} event(s) with a date vaguer than a month (or none) are placed at their article's publication date.`,
    );
  if (data.records.filteredOut > 0) notes.push(`${data.records.filteredOut} article(s) left out by the filters.`);
  if (typeFilter)
    for (const t of typeFilter)
      if (!typeIndex.has(t)) notes.push(`No event of type "${t}" in the selected articles and dates.`);
  return { data, recordNames: kept };
}
