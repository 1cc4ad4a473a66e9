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

/** Compressed article text the page may carry by default (base64 adds a third on top). */
export const DEFAULT_TEXT_BUDGET = 8_000_000;

/** Colours per event-type category (fixed, so a category reads the same in every report). */
export const CATEGORY_COLOURS: Record<string, string[]> = {
  conflict: ['#c0392b', '#e4572e', '#8e1b10', '#f08a5d', '#d9822b', '#a93226', '#f4b183', '#6e1a0e'],
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
  legal: ['#7b3294', '#a66bbf', '#4f1a66'],
  business: ['#1b7837', '#5aae61', '#0a4d22', '#8bcf8d', '#2f9e5b', '#4c7a2c'],
  other: ['#8c6d3f', '#7f7f7f', '#b39b72', '#5c5c5c'],
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

/** Timeline granularity from the span of event days. */
export function chooseBucket(days: number[]): 'day' | 'week' | 'month' {
  let min = Infinity;
  let max = -Infinity;
  for (const d of days) {
    if (d < -999_999) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const span = max - min;
  if (!(span >= 0) || span <= 92) return 'day';
  return span <= 2 * 366 ? 'week' : 'month';
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
  /** cap of compressed article text in bytes */
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
  return {
    bucket: chooseBucket(data.events.day),
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
  const packed = await packDetails(path.join(root, 'records'), order, opts.textBudget ?? DEFAULT_TEXT_BUDGET);
  if (packed.left > 0)
    data.notes.push(
      `The text of ${packed.left} of ${recordNames.length} articles is not embedded, to keep the page small (the newest are); their entities and events are counted everywhere, and each text is in records/<articleId>.json.`,
    );
  const map = baseMap();
  const json = pageData(data, packed.blockOf, map.project);
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
    articleBlocks: packed.blocks,
  });
  return {
    html,
    stats: {
      bytes: Buffer.byteLength(html, 'utf8'),
      articles: data.articles.length,
      articlesWithText: packed.blockOf.size,
      entities: data.entities.length,
      events: data.events.type.length,
      places: json.places.length,
      notes: data.notes,
    },
  };
}
