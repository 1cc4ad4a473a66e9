/**
 * `dossier report`: reads an output folder and writes one self-contained HTML page (see docs/report.md).
 * collect.ts aggregates the records, detail.ts packs article texts, map.ts projects the outlines and
 * page.ts assembles the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { collectReport, type ReportData, type ReportFilters } from './collect.js';
import { packDetails } from './detail.js';
import { baseMap, spherePath } from './map.js';
import { renderPage } from './page.js';

/**
 * Size the page aims to stay under. Article texts fill what the data and the page itself leave: the
 * budget for compressed text is what remains of this, less base64's third.
 */
export const PAGE_TARGET_BYTES = 14_000_000;

/** Colours per event-type category (fixed, so a category reads the same in every report). */
export const CATEGORY_COLOURS: Record<string, string[]> = {
  conflict: [
    '#c0392b',
    '#e4572e',
    '#8e1b10',
    '#f08a5d',
    '#d9822b',
    '#a93226',
    '#f4b183',
    '#6e1a0e',
    '#e8743b',
    '#b5651d',
    '#ff9f80',
    '#c75d3a',
  ],
  life: ['#3d3d3d', '#6f6f6f', '#9a9a9a', '#525252'],
  political: [
    '#1f5fa8',
    '#4c8fd6',
    '#123e73',
    '#7fb3e6',
    '#2c7fb8',
    '#5b6fd6',
    '#0f6f8f',
    '#9cc3ee',
    '#3d4fa3',
    '#67a9cf',
    '#214d8f',
    '#8fa6e8',
    '#15507a',
  ],
  legal: ['#7b3294', '#a66bbf', '#4f1a66', '#c9a0dc', '#8e44ad', '#5e3370'],
  business: ['#1b7837', '#5aae61', '#0a4d22', '#8bcf8d', '#2f9e5b', '#4c7a2c'],
  other: ['#8c6d3f', '#b39b72', '#6b5330', '#d1bc8f'],
};

interface TaxonomyType {
  id: string;
  label?: string;
  category?: string;
}

/** Event types with their label, category and colour, for the types present in `data`. */
export function typeStyles(
  present: string[],
  taxonomy: TaxonomyType[],
): Array<{ id: string; label: string; category: string; color: string }> {
  const slot = new Map<string, { label: string; category: string; color: string }>();
  const used: Record<string, number> = {};
  for (const t of taxonomy) {
    const category = t.category && t.category in CATEGORY_COLOURS ? t.category : 'other';
    const palette = CATEGORY_COLOURS[category];
    const n = used[category] ?? 0;
    used[category] = n + 1;
    slot.set(t.id, { label: t.label ?? t.id, category, color: palette[n % palette.length] });
  }
  return present.map((id) => {
    const known = slot.get(id);
    if (known) return { id, ...known };
    const n = used.other ?? 0;
    used.other = n + 1;
    return { id, label: id, category: 'other', color: CATEGORY_COLOURS.other[n % CATEGORY_COLOURS.other.length] };
  });
}

function loadTaxonomy(): TaxonomyType[] {
  try {
    const doc = JSON.parse(readFileSync(new URL('../../schemas/event-types.json', import.meta.url), 'utf8')) as {
      types?: TaxonomyType[];
    };
    return Array.isArray(doc.types) ? doc.types : [];
  } catch {
    return [];
  }
}

/** The timeline's window and granularity. */
export interface TimelineWindow {
  bucket: 'day' | 'week' | 'month';
  /** first and last day drawn (days since 1970), or null when no event is dated */
  from: number | null;
  to: number | null;
  /** dated events outside the window */
  outside: number;
}

/**
 * The window holds the middle 99% of dated events, so a stray date (a history paragraph's 1946, a plan
 * for 2044) does not squeeze the rest into a few pixels; the granularity follows the window's span.
 */
export function chooseTimeline(days: number[]): TimelineWindow {
  const dated = days.filter((d) => d > -999_999).sort((a, b) => a - b);
  if (dated.length === 0) return { bucket: 'day', from: null, to: null, outside: 0 };
  const from = dated[Math.floor(dated.length * 0.005)];
  const to = dated[Math.ceil(dated.length * 0.995) - 1];
  const outside = dated.filter((d) => d < from || d > to).length;
  const span = to - from;
  return { bucket: span <= 92 ? 'day' : span <= 2 * 366 ? 'week' : 'month', from, to, outside };
}

/** Figures about a built page. */
export interface ReportStats {
  bytes: number;
  articles: number;
  articlesWithText: number;
  entities: number;
  events: number;
  places: number;
  notes: string[];
}

/** Options of `buildReport`. */
export interface BuildOptions {
  filters?: ReportFilters;
  /** cap of compressed article text in bytes (default: what PAGE_TARGET_BYTES leaves) */
  textBudget?: number;
}

function pack(json: unknown): string {
  return deflateRawSync(Buffer.from(JSON.stringify(json), 'utf8'), { level: 9 }).toString('base64');
}

/** The page's data block: columns, so 20,000 articles stay a few megabytes. */
function pageData(
  data: ReportData,
  blockOf: Map<string, number>,
  project: (lon: number, lat: number) => [number, number] | null,
) {
  const places: Array<[number, number, number, string, number, number]> = [];
  for (const p of data.places) {
    const xy = project(p.lon, p.lat);
    if (xy) places.push([p.entity, xy[0], xy[1], p.source, p.lat, p.lon]);
  }
  const timeline = chooseTimeline(data.events.day);
  return {
    bucket: timeline.bucket,
    timeline: { from: timeline.from, to: timeline.to },
    types: typeStyles(data.eventTypes, loadTaxonomy()),
    articles: {
      id: data.articles.map((a) => a.id),
      title: data.articles.map((a) => a.title),
      path: data.articles.map((a) => a.path),
      day: data.articles.map((a) => a.day),
      nEnt: data.articles.map((a) => a.nEntities),
      nEv: data.articles.map((a) => a.nEvents),
      block: data.articles.map((a) => blockOf.get(a.id) ?? -1),
    },
    entities: {
      id: data.entities.map((e) => e.id),
      type: data.entities.map((e) => e.type),
      name: data.entities.map((e) => e.name),
    },
    incidence: data.incidence,
    events: data.events,
    places,
  };
}

/** Builds the report page for an output folder; never throws for missing or bad content. */
export async function buildReport(
  outputDir: string,
  opts: BuildOptions = {},
): Promise<{ html: string; stats: ReportStats }> {
  const root = path.resolve(outputDir);
  const { data, recordNames } = await collectReport(root, opts.filters ?? {});
  // Texts go in newest first, so a capped page keeps the most recent articles readable.
  const order = recordNames
    .map((name, i) => ({ name, day: data.articles[i]?.day ?? null }))
    .sort((a, b) => (b.day ?? -Infinity) - (a.day ?? -Infinity) || (a.name < b.name ? -1 : 1))
    .map((x) => x.name);
  const map = baseMap();
  const entityIndex = new Map(data.entities.map((e, i) => [e.id, i]));
  const page = (blockOf: Map<string, number>, articleBlocks: string[]) => {
    const json = pageData(data, blockOf, map.project);
    const html = renderPage({
      title: `dossier report: ${path.basename(root)}`,
      folder: root,
      notes: data.notes,
      run: data.run,
      recordFacts: data.records,
      counts: {
        articles: data.articles.length,
        entities: data.entities.length,
        events: data.events.type.length,
        places: json.places.length,
      },
      map: { width: map.width, height: map.height, sphere: spherePath(), countries: map.countries },
      dataBlock: pack(json),
      articleBlocks,
    });
    return { html, places: json.places.length };
  };
  const timeline = chooseTimeline(data.events.day);
  if (timeline.outside > 0 && timeline.from !== null && timeline.to !== null) {
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    data.notes.push(
      `${timeline.outside} event(s) dated before ${iso(timeline.from)} or after ${iso(timeline.to)} (outside the middle 99% of event dates) are left off the timeline; they count everywhere else.`,
    );
  }
  // The page without texts (block numbers barely change its size) says what the texts may use.
  const shell = Buffer.byteLength(page(new Map(), []).html, 'utf8');
  const budget = opts.textBudget ?? Math.max(500_000, Math.floor(((PAGE_TARGET_BYTES - shell - 200_000) * 3) / 4));
  const packed = await packDetails(path.join(root, 'records'), order, budget, entityIndex);
  if (packed.left > 0)
    data.notes.push(
      `The text of ${packed.left} of ${recordNames.length} articles is not embedded, to keep the page under ${PAGE_TARGET_BYTES / 1e6} MB (the newest ${packed.blockOf.size} are); every article's entities and events are counted everywhere, and each text is in records/<articleId>.json.`,
    );
  const { html, places } = page(packed.blockOf, packed.blocks);
  return {
    html,
    stats: {
      bytes: Buffer.byteLength(html, 'utf8'),
      articles: data.articles.length,
      articlesWithText: packed.blockOf.size,
      entities: data.entities.length,
      events: data.events.type.length,
      places,
      notes: data.notes,
    },
  };
}
