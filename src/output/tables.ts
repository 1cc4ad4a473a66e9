/**
 * Flat NDJSON tables for analytics, kept equal to the records and updated per run at a cost that grows with
 * the articles the run changed, not with the output.
 *
 * Layout (every file is NDJSON; read a table by glob, e.g. DuckDB `read_json('output/tables/events/*.ndjson')`):
 * - `tables/<table>/part-<runId>-<n>.ndjson` for the per-article tables: each part holds all rows of a set of
 *   at most {@link PART_SIZE} articles, and the same articles in every table. A run writes its new and
 *   changed articles to new parts and rewrites only the older parts that held a changed or removed article,
 *   so a superseded row never stays visible. Small parts are merged once there are
 *   {@link COMPACT_AT} of them.
 * - `tables/entity_dim/part-e<n>.ndjson`: the entity dimension in parts of at most {@link ENTITY_PART_SIZE}
 *   rows. A rebuild packs the entities most articles name into the first parts, so the entities a new article
 *   names again sit together; a run rewrites the parts holding the entities its articles touched and puts
 *   entities seen for the first time into a part of its own. Each row carries the counts it was derived
 *   from, so no other state is needed to change it.
 * - `state/tables/manifest.json`: which articles each part holds, which part holds each entity, the layout
 *   version. It is the one file an update reads and writes whole (about 25 bytes per article and entity).
 *   `state/tables/updating` exists while an update is under way: a killed update is repaired by a rebuild.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatAjvErrors, TABLES, validators, type TableName } from '../schema/validators.js';
import type { KnowledgeRecord } from '../types.js';
import { ARTICLE_TABLES, articleTableRows, EntityDimension, type ArticleTable, type Row } from './rows.js';
import { OutputStore, writeJsonAtomic } from './store.js';
import { EntityIndex } from './entity-index.js';
import { ArticleIdMap } from './id-map.js';

export { ARTICLE_TABLES, articleTableRows, EntityDimension, type Row } from './rows.js';

/** Articles per part file. Rewriting a part for one changed article costs at most this many articles' rows. */
export const PART_SIZE = 256;
/** Parts with fewer than PART_SIZE / 2 articles are small; this many small parts are merged into full ones. */
export const COMPACT_AT = 8;
/** Rows per entity_dim part. Rewriting a part for one changed entity costs at most this many rows. */
export const ENTITY_PART_SIZE = 256;

const LAYOUT = 'parts-v2';

/** What the runner hands over after a run (see PROTOCOL: the runner decides what changed). */
export interface TablesUpdate {
  /** Records new or changed in this run. */
  upserted: KnowledgeRecord[];
  /** Article ids whose records are gone (input deleted or changed to other content). */
  removed: string[];
  runId: string;
  /** ISO timestamp the run processed these articles at (the articles table's `processed_at`). */
  processedAt: string;
}

/** What an update or rebuild did. */
export interface TablesReport {
  /** True when the tables were rebuilt from every record (no or broken table state, or asked for). */
  rebuilt: boolean;
  /** Rows written per table (for an update: rows of the new parts and the changed entity_dim rows). */
  rows: Record<TableName, number>;
  /** Part files rewritten because they held a changed or removed article. */
  partsRewritten: number;
  compacted: boolean;
}

interface TablesManifest {
  layout: string;
  /** Counter for part names, so two updates of one run never pick the same name. */
  nextPart: number;
  /** Part id → its article ids. */
  parts: Record<string, string[]>;
  nextEntityPart: number;
  /** entity_dim part number → rows in it. */
  entityParts: Record<string, number>;
}

function paths(root: string) {
  const tables = path.join(root, 'tables');
  const state = path.join(root, 'state', 'tables');
  return {
    tables,
    state,
    manifest: path.join(state, 'manifest.json'),
    entityIndex: path.join(state, 'entity-index.ndjson'),
    updating: path.join(state, 'updating'),
    tableDir: (t: TableName) => path.join(tables, t),
    part: (t: ArticleTable, id: string) => path.join(tables, t, `part-${id}.ndjson`),
    entityPart: (n: number | string) => path.join(tables, 'entity_dim', `part-e${String(n).padStart(6, '0')}.ndjson`),
  };
}

const emptyCounts = (): Record<TableName, number> =>
  Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;

/** Writes a table file through `.tmp/` and a rename. No fsync: tables are derived and the manifest says what is whole. */
async function writeTableFile(store: OutputStore, file: string, lines: string[]): Promise<void> {
  const temp = store.tempFor(file);
  await writeFile(temp, lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  await rename(temp, file);
}

async function readLines(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw e;
  });
  return text === '' ? [] : text.split('\n').filter((l) => l !== '');
}

/** The value of a string key in a row line we wrote (keys and ids never need escaping). */
function keyOfLine(line: string, key: 'article_id' | 'entity_id'): string {
  const at = line.indexOf(`"${key}":"`);
  if (at < 0) return '';
  const from = at + key.length + 4;
  return line.slice(from, line.indexOf('"', from));
}

async function loadManifest(file: string): Promise<TablesManifest | null> {
  try {
    const m = JSON.parse(await readFile(file, 'utf8')) as TablesManifest;
    const objects = [m.parts, m.entityParts].every((o) => o !== null && typeof o === 'object');
    return m.layout === LAYOUT && objects ? m : null;
  } catch {
    return null;
  }
}

function validateRows(table: TableName, rows: Row[], where: string): string[] {
  const validate = validators().tables[table];
  return rows.map((row) => {
    if (!validate(row))
      throw new Error(`table ${table}: a row of ${where} is invalid: ${formatAjvErrors(validate.errors)}`);
    return JSON.stringify(row);
  });
}

/** True when the output folder has tables in the current layout (else the runner rebuilds them). */
export async function tablesExist(outDir: string): Promise<boolean> {
  const p = paths(outDir);
  return (
    (await loadManifest(p.manifest)) !== null &&
    !(await stat(p.updating).then(
      () => true,
      () => false,
    ))
  );
}

/** Writes the rows of `records` as new part files; returns their rows and entity rows. */
async function writeParts(
  store: OutputStore,
  manifest: TablesManifest,
  records: KnowledgeRecord[],
  runId: string,
  processedAt: string,
  counts: Record<TableName, number>,
  onEntityRow: (row: Row) => void,
): Promise<void> {
  const p = paths(store.root);
  const partId = `${runId}-${String(manifest.nextPart++).padStart(6, '0')}`;
  const lines = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, [] as string[]])) as Record<ArticleTable, string[]>;
  for (const record of records) {
    const rows = articleTableRows(record, runId, processedAt);
    for (const t of ARTICLE_TABLES) {
      lines[t].push(...validateRows(t, rows[t], `article ${record.articleId}`));
      counts[t] += rows[t].length;
    }
    for (const row of rows.entities) onEntityRow(row);
  }
  for (const t of ARTICLE_TABLES) await writeTableFile(store, p.part(t, partId), lines[t]);
  manifest.parts[partId] = records.map((r) => r.articleId);
}

/** Writes entity_dim rows as a new part; returns its number. Lines are sorted by entity id. */
async function writeEntityPart(
  store: OutputStore,
  manifest: TablesManifest,
  index: EntityIndex,
  lines: string[],
): Promise<number> {
  const n = manifest.nextEntityPart++;
  lines.sort(); // entity_id is a row's first column, so lines sort by it as plain strings
  await writeTableFile(store, paths(store.root).entityPart(n), lines);
  manifest.entityParts[n] = lines.length;
  for (const line of lines) index.set(keyOfLine(line, 'entity_id'), n);
  return n;
}

/**
 * Changes entity_dim for entity rows taken away and added: loads the touched rows from the parts that
 * hold them, applies the changes, rewrites those parts, and writes entities seen for the first time to a
 * new part.
 */
async function updateEntityDim(
  store: OutputStore,
  manifest: TablesManifest,
  index: EntityIndex,
  removedRows: Row[],
  addedRows: Row[],
  runId: string,
  counts: Record<TableName, number>,
): Promise<void> {
  const p = paths(store.root);
  const touched = new Set<string>();
  for (const row of removedRows) touched.add(row['entity_id'] as string);
  for (const row of addedRows) touched.add(row['entity_id'] as string);
  const homes = new Map<number, Set<string>>();
  for (const id of touched) {
    const home = index.get(id);
    if (home !== undefined) (homes.get(home) ?? homes.set(home, new Set()).get(home)!).add(id);
  }
  const dim = new EntityDimension();
  const kept = new Map<number, string[]>();
  for (const [home, ids] of homes) {
    const keep: string[] = [];
    for (const line of await readLines(p.entityPart(home))) {
      if (ids.has(keyOfLine(line, 'entity_id'))) dim.load(JSON.parse(line) as Row);
      else keep.push(line);
    }
    kept.set(home, keep);
  }
  for (const row of removedRows) dim.apply(row, -1, runId);
  for (const row of addedRows) dim.apply(row, 1, runId);
  const validate = validators().tables.entity_dim;
  const fresh: string[] = [];
  for (const id of [...touched].sort()) {
    const row = dim.row(id);
    const home = index.get(id);
    if (row === null) {
      index.delete(id);
      continue;
    }
    if (!validate(row)) throw new Error(`table entity_dim: row ${id} is invalid: ${formatAjvErrors(validate.errors)}`);
    counts.entity_dim++;
    if (home === undefined) fresh.push(JSON.stringify(row));
    else kept.get(home)!.push(JSON.stringify(row));
  }
  for (const [home, lines] of kept) {
    if (lines.length === 0) {
      await rm(p.entityPart(home), { force: true });
      delete manifest.entityParts[home];
    } else {
      lines.sort();
      await writeTableFile(store, p.entityPart(home), lines);
      manifest.entityParts[home] = lines.length;
    }
  }
  if (fresh.length > 0) await writeEntityPart(store, manifest, index, fresh);
}

/** Merges small entity_dim parts (under half full) once there are COMPACT_AT of them. */
async function compactEntityParts(store: OutputStore, manifest: TablesManifest, index: EntityIndex): Promise<boolean> {
  const small = Object.keys(manifest.entityParts)
    .filter((n) => manifest.entityParts[n]! < ENTITY_PART_SIZE / 2)
    .sort((a, b) => Number(a) - Number(b));
  if (small.length < COMPACT_AT) return false;
  const p = paths(store.root);
  const groups: string[][] = [];
  let size = ENTITY_PART_SIZE;
  for (const n of small) {
    if (size + manifest.entityParts[n]! > ENTITY_PART_SIZE) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]!.push(n);
    size += manifest.entityParts[n]!;
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const lines: string[] = [];
    for (const n of group) lines.push(...(await readLines(p.entityPart(n))));
    await writeEntityPart(store, manifest, index, lines);
    for (const n of group) delete manifest.entityParts[n];
    await saveState(store, manifest, index);
    for (const n of group) await rm(p.entityPart(n), { force: true });
  }
  return true;
}

/** Saves the entity index, then the manifest (an update is whole only once both are written). */
async function saveState(store: OutputStore, manifest: TablesManifest, index: EntityIndex): Promise<void> {
  const p = paths(store.root);
  await index.save(p.entityIndex, store.tempFor(p.entityIndex));
  await saveManifest(store, manifest);
}

async function saveManifest(store: OutputStore, manifest: TablesManifest): Promise<void> {
  // No fsync: the tables are derived from the records, and `dossier validate` finds what a power loss broke.
  await writeJsonAtomic(paths(store.root).manifest, manifest, false, false);
}

/** Merges small parts into full ones (rows move unchanged, keeping the run id that wrote them). */
async function compact(store: OutputStore, manifest: TablesManifest, runId: string): Promise<boolean> {
  const small = Object.keys(manifest.parts)
    .filter((id) => manifest.parts[id]!.length < PART_SIZE / 2)
    .sort();
  if (small.length < COMPACT_AT) return false;
  const p = paths(store.root);
  const groups: string[][] = [];
  let size = PART_SIZE;
  for (const id of small) {
    if (size + manifest.parts[id]!.length > PART_SIZE) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]!.push(id);
    size += manifest.parts[id]!.length;
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const partId = `${runId}-${String(manifest.nextPart++).padStart(6, '0')}`;
    for (const t of ARTICLE_TABLES) {
      const lines: string[] = [];
      for (const id of group) lines.push(...(await readLines(p.part(t, id))));
      await writeTableFile(store, p.part(t, partId), lines);
    }
    manifest.parts[partId] = group.flatMap((id) => manifest.parts[id]!);
    for (const id of group) delete manifest.parts[id];
    await saveManifest(store, manifest);
    for (const id of group) for (const t of ARTICLE_TABLES) await rm(p.part(t, id), { force: true });
  }
  return true;
}

/**
 * Brings the tables up to date after a run: rows of `removed` articles and the old rows of `upserted` ones
 * leave the parts that held them, `upserted` records go to new parts, and the entity dimension changes for
 * the entities these articles name. Cost grows with the number of changed articles (plus reading the part
 * list). When the folder has no tables in this layout, or an earlier update was killed, it rebuilds them
 * from the records on disk instead.
 */
export async function updateTables(outDir: string, update: TablesUpdate): Promise<TablesReport> {
  const store = new OutputStore(outDir);
  const p = paths(outDir);
  const manifest = await loadManifest(p.manifest);
  if (
    manifest === null ||
    (await stat(p.updating).then(
      () => true,
      () => false,
    ))
  )
    return rebuildTables(outDir, update.runId, update.processedAt);
  await mkdir(store.tmp, { recursive: true });
  await writeFile(p.updating, update.runId);

  const index = await EntityIndex.load(p.entityIndex);
  const counts = emptyCounts();
  const owner = new Map<string, string>();
  for (const [part, ids] of Object.entries(manifest.parts)) for (const id of ids) owner.set(id, part);
  const upserted = new Map(update.upserted.map((r) => [r.articleId, r]));
  const affected = new Map<string, Set<string>>();
  for (const id of [...update.removed, ...upserted.keys()]) {
    const part = owner.get(id);
    if (part !== undefined) (affected.get(part) ?? affected.set(part, new Set()).get(part)!).add(id);
  }

  const removedEntityRows: Row[] = [];
  for (const [part, ids] of affected) {
    const keep = manifest.parts[part]!.filter((id) => !ids.has(id));
    for (const t of ARTICLE_TABLES) {
      const file = p.part(t, part);
      const lines: string[] = [];
      for (const line of await readLines(file)) {
        if (!ids.has(keyOfLine(line, 'article_id'))) lines.push(line);
        else if (t === 'entities') removedEntityRows.push(JSON.parse(line) as Row);
      }
      if (keep.length === 0) await rm(file, { force: true });
      else await writeTableFile(store, file, lines);
    }
    if (keep.length === 0) delete manifest.parts[part];
    else manifest.parts[part] = keep;
  }

  const addedEntityRows: Row[] = [];
  const records = [...upserted.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
  for (let i = 0; i < records.length; i += PART_SIZE)
    await writeParts(
      store,
      manifest,
      records.slice(i, i + PART_SIZE),
      update.runId,
      update.processedAt,
      counts,
      (row) => addedEntityRows.push(row),
    );
  if (removedEntityRows.length + addedEntityRows.length > 0)
    await updateEntityDim(store, manifest, index, removedEntityRows, addedEntityRows, update.runId, counts);
  await saveState(store, manifest, index);
  const compacted =
    (await compact(store, manifest, update.runId)) || (await compactEntityParts(store, manifest, index));
  await rm(p.updating, { force: true });
  return { rebuilt: false, rows: counts, partsRewritten: affected.size, compacted };
}

/**
 * One article's rows as NDJSON text per article table (in {@link ARTICLE_TABLES} order, each line validated),
 * and the fields of its entity rows the entity dimension folds. Pure: the worker that extracted the record
 * makes this, so a run's first table build reads no record back.
 */
export interface ArticleRowText {
  /** NDJSON text per article table (`''` when the article has no row there). */
  segments: string[];
  /** Rows per article table. */
  counts: number[];
  /** The article's `entities` rows, reduced to what `EntityDimension.apply` reads. */
  entityRows: Row[];
}

/** The columns of an `entities` row that the entity dimension folds. */
const DIM_COLUMNS = [
  'entity_id',
  'entity_type',
  'n_mentions',
  'name',
  'aliases',
  'geonames_id',
  'lat',
  'lon',
  'country_code',
  'geo_level',
] as const;

/** The rows of one record as validated NDJSON text (see {@link ArticleRowText}). */
export function articleRowText(record: KnowledgeRecord, runId: string, processedAt: string): ArticleRowText {
  const rows = articleTableRows(record, runId, processedAt);
  const segments: string[] = [];
  const counts: number[] = [];
  for (const t of ARTICLE_TABLES) {
    const lines = validateRows(t, rows[t], `article ${record.articleId}`);
    segments.push(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
    counts.push(lines.length);
  }
  const entityRows = rows.entities.map((row) => Object.fromEntries(DIM_COLUMNS.map((c) => [c, row[c]])) as Row);
  return { segments, counts, entityRows };
}

/**
 * Where one article's rows sit in a spill file: the byte offset and length of its block, and its byte
 * length and row count per article table. A block is a header line (the lengths, then the counts, as
 * decimal numbers) followed by the tables' NDJSON text, so a reader needs only the block's offset and
 * size: the per-table figures, 14 numbers an article, stay on disk (see {@link PreparedTables}).
 */
export interface SpilledRows {
  file: string;
  offset: number;
  /** Bytes of the whole block, header included. */
  bytes: number;
  lengths: number[];
  counts: number[];
}

/** The header line of a spilled block (see {@link SpilledRows}). */
function spillHeader(lengths: readonly number[], counts: readonly number[]): string {
  return `${lengths.join(' ')} ${counts.join(' ')}\n`;
}

/** Reads a spilled block back: its segments and row counts (`tables` is the number of article tables). */
export function parseSpilledBlock(block: Buffer, tables: number): { segments: string[]; counts: number[] } {
  const eol = block.indexOf(10);
  const numbers = block.toString('latin1', 0, eol).split(' ').map(Number);
  if (eol < 0 || numbers.length !== 2 * tables || numbers.some((n) => !Number.isInteger(n) || n < 0))
    throw new Error('spilled table rows have no valid header');
  const segments: string[] = [];
  let at = eol + 1;
  for (let t = 0; t < tables; t++) {
    const end = at + numbers[t]!;
    if (end > block.length) throw new Error('spilled table rows are cut short');
    segments.push(block.toString('utf8', at, end));
    at = end;
  }
  return { segments, counts: numbers.slice(tables) };
}

/**
 * An append-only file of article rows in the output's `.tmp/`: rows written once during the run, which
 * the table build copies into their parts. A killed run leaves the file in `.tmp/`, which the next run
 * sweeps.
 */
export class RowSpill {
  constructor(readonly file: string) {}

  /** Appends one article's rows; returns where they are. (Opened per append: a worker thread has no exit hook to close it.) */
  append(rows: ArticleRowText): SpilledRows {
    const fd = openSync(this.file, 'a', 0o644);
    try {
      // The file's size, not a count kept here: a write cut short by an error leaves bytes no result names.
      const offset = fstatSync(fd).size;
      const parts = rows.segments.map((segment) => Buffer.from(segment, 'utf8'));
      const lengths = parts.map((b) => b.length);
      parts.unshift(Buffer.from(spillHeader(lengths, rows.counts), 'latin1'));
      let bytes = 0;
      for (const part of parts) {
        for (let off = 0; off < part.length;) off += writeSync(fd, part, off, part.length - off);
        bytes += part.length;
      }
      return { file: this.file, offset, bytes, lengths, counts: rows.counts };
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Characters of prepared rows held in memory before further ones go to the spill file (about 16 MB, the
 * rows of about 1,100 articles of the soak corpus). Past it every article costs the main thread a few
 * dozen bytes (its slot below), not its rows: a 50,000-article run spilled from its 5,000th article
 * with 64 MB, and this buffer was the largest thing the main thread held.
 */
export const PREPARED_MEMORY_CHARS = 16 * 1024 * 1024;

/**
 * Rows of this run's records, derived while the run went, and the entity dimension folded from them as
 * they came: a rebuild copies these instead of reading the records back. The rows of the first
 * `memoryChars` characters stay in memory, later ones go to an append-only spill file in the output's
 * `.tmp/`, so memory stays bounded on a run of any size. If the spill file cannot be written (disk
 * full), preparing stops and the rebuild derives every row from the records, as it would without it.
 *
 * What is kept per article is compact, since it grows with the run: a slot number per article id, and in
 * typed arrays indexed by slot the spill offset (-1 when the rows are in memory) and the size of the
 * spilled block, 12 bytes an article. The byte length and row count of each article table sit in the
 * block's header on disk: kept here in typed arrays they were 56 bytes an article more, about 0.5 MiB per
 * 10,000 articles of the main thread's memory for the whole run (heap snapshots of a 14,000-article
 * soak), in arrays that double as they grow. (Objects and arrays per article cost the main thread about
 * 1.2 kB an article, 60 MB of live heap on a 50,000-article run.)
 */
export class PreparedTables {
  /** Article id → slot (compact: src/output/id-map.ts). */
  private readonly slots = new ArticleIdMap();
  private nextSlot = 0;
  private offsets = new Float64Array(1024);
  /** Bytes of each spilled block. */
  private sizes = new Uint32Array(1024);
  /** Rows held in memory, by slot. */
  private readonly inMemory = new Map<number, { segments: string[]; counts: number[] }>();
  private dimension = new EntityDimension();
  private readonly spill: RowSpill | null;
  private held = 0;
  private fd: number | null = null;
  /** True once preparing was given up (the spill file could not be written). */
  abandoned = false;

  constructor(
    readonly runId: string,
    spillFile: string | null,
    private readonly memoryChars = PREPARED_MEMORY_CHARS,
  ) {
    this.spill = spillFile === null ? null : new RowSpill(spillFile);
  }

  /** The dimension of the prepared articles' entities. */
  get dim(): EntityDimension {
    return this.dimension;
  }

  /** Notes an article's rows and folds its entity rows into the dimension. */
  add(articleId: string, text: ArticleRowText): void {
    if (this.abandoned || this.slots.has(articleId)) return; // one record per content: the first copy's rows stand
    const chars = text.segments.reduce((n, seg) => n + seg.length, 0);
    const slot = this.nextSlot++;
    this.grow(slot + 1);
    if (this.held + chars <= this.memoryChars || this.spill === null) {
      this.inMemory.set(slot, { segments: text.segments, counts: text.counts });
      this.offsets[slot] = -1;
      this.held += chars;
    } else {
      let spilled: SpilledRows;
      try {
        spilled = this.spill.append(text);
      } catch {
        this.abandon();
        return;
      }
      this.offsets[slot] = spilled.offset;
      this.sizes[slot] = spilled.bytes;
    }
    this.slots.set(articleId, slot);
    for (const row of text.entityRows) this.dimension.apply(row, 1, this.runId);
  }

  /** Makes the typed arrays hold at least `n` slots (doubling). */
  private grow(n: number): void {
    if (n <= this.offsets.length) return;
    const size = Math.max(n, this.offsets.length * 2);
    const offsets = new Float64Array(size);
    offsets.set(this.offsets);
    const sizes = new Uint32Array(size);
    sizes.set(this.sizes);
    this.offsets = offsets;
    this.sizes = sizes;
  }

  /** Gives up: the rebuild then reads every record. */
  private abandon(): void {
    this.abandoned = true;
    this.slots.clear();
    this.nextSlot = 0;
    this.inMemory.clear();
    this.dimension = new EntityDimension();
    this.held = 0;
  }

  has(articleId: string): boolean {
    return this.slots.has(articleId);
  }

  /** Article ids prepared, for taking away those whose record is no longer on disk. */
  ids(): string[] {
    // In the order they were added.
    return [...this.slots.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  }

  /** Forgets an article whose record is gone, taking its entity rows out of the dimension. */
  drop(articleId: string): void {
    const slot = this.slots.get(articleId);
    if (slot === undefined) return;
    const entities = this.read(articleId).segments[ARTICLE_TABLES.indexOf('entities')]!;
    for (const line of entities.split('\n'))
      if (line !== '') this.dimension.apply(JSON.parse(line) as Row, -1, this.runId);
    this.slots.delete(articleId);
    this.inMemory.delete(slot);
  }

  /** The article's NDJSON text per table (read back from the spill file if it went there). */
  read(articleId: string): { segments: string[]; counts: number[] } {
    const slot = this.slots.get(articleId)!;
    const held = this.inMemory.get(slot);
    if (held !== undefined) return { segments: held.segments, counts: [...held.counts] };
    const total = this.sizes[slot]!;
    const buf = Buffer.allocUnsafe(total);
    this.fd ??= openSync(this.spill!.file, 'r');
    for (let got = 0; got < total;) {
      const n = readSync(this.fd, buf, got, total - got, this.offsets[slot]! + got);
      if (n === 0) throw new Error(`table rows of ${articleId} are cut short in ${this.spill!.file}`);
      got += n;
    }
    return parseSpilledBlock(buf, ARTICLE_TABLES.length);
  }

  /** Closes the spill file (it stays in `.tmp/` until the caller removes it). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** Sorted record file names (names only: memory is ~25 bytes per article). */
export async function listRecordFiles(store: OutputStore): Promise<string[]> {
  const names = await readdir(store.records).catch(() => [] as string[]);
  return names.filter((n) => /^a_[0-9a-f]{16}\.json$/.test(n)).sort();
}

/**
 * Rebuilds every table from the records on disk (first run, `--force`, repair): streams the records in
 * article id order, PART_SIZE at a time, and writes entity_dim from the tallies of all of them. Rows in
 * `prepared` (made by the workers of this run, with `runId` and `processedAt`) are copied from their spill
 * files instead of being derived from the record again: same bytes, no record read back.
 */
export async function rebuildTables(
  outDir: string,
  runId: string,
  processedAt: string = new Date().toISOString(),
  prepared?: PreparedTables,
): Promise<TablesReport> {
  const store = new OutputStore(outDir);
  const p = paths(outDir);
  await mkdir(p.state, { recursive: true });
  await mkdir(store.tmp, { recursive: true });
  await writeFile(p.updating, runId);
  // Everything under tables/ is ours, including the single-file tables of layout 1.
  for (const name of await readdir(p.tables).catch(() => [] as string[]))
    await rm(path.join(p.tables, name), { recursive: true, force: true });
  for (const t of TABLES) await mkdir(p.tableDir(t), { recursive: true });

  const manifest: TablesManifest = {
    layout: LAYOUT,
    nextPart: 0,
    parts: {},
    nextEntityPart: 0,
    entityParts: {},
  };
  const index = EntityIndex.empty();
  const counts = emptyCounts();
  if (prepared?.abandoned) prepared = undefined;
  const dim = prepared?.dim ?? new EntityDimension();
  const names = await listRecordFiles(store);
  if (prepared) {
    // Rows prepared for a record that is no longer on disk leave the dimension again.
    const onDisk = new Set(names.map((n) => n.slice(0, -'.json'.length)));
    for (const id of prepared.ids()) if (!onDisk.has(id)) prepared.drop(id);
  }
  let chunk: Array<{ articleId: string; segments: string[]; counts: number[] }> = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const partId = `${runId}-${String(manifest.nextPart++).padStart(6, '0')}`;
    for (let t = 0; t < ARTICLE_TABLES.length; t++) {
      const table = ARTICLE_TABLES[t]!;
      const temp = store.tempFor(p.part(table, partId));
      await writeFile(temp, chunk.map((c) => c.segments[t]!).join(''));
      await rename(temp, p.part(table, partId));
      for (const c of chunk) counts[table] += c.counts[t]!;
    }
    manifest.parts[partId] = chunk.map((c) => c.articleId);
    chunk = [];
  };
  try {
    for (const name of names) {
      const articleId = name.slice(0, -'.json'.length);
      if (prepared?.has(articleId)) chunk.push({ articleId, ...prepared.read(articleId) });
      else {
        let record: KnowledgeRecord;
        try {
          record = JSON.parse(await readFile(path.join(store.records, name), 'utf8')) as KnowledgeRecord;
        } catch {
          continue; // a record removed or replaced while we read: the next run's update picks it up
        }
        const text = articleRowText(record, runId, processedAt);
        for (const row of text.entityRows) dim.apply(row, 1, runId);
        chunk.push({ articleId: record.articleId, segments: text.segments, counts: text.counts });
      }
      if (chunk.length === PART_SIZE) await flush();
    }
    await flush();
  } finally {
    prepared?.close();
  }

  // The entities most articles name first: a new article mostly names those again, and finds them together.
  const rows = dim.ids().map((id) => dim.row(id)!);
  rows.sort((a, b) => (b['n_articles'] as number) - (a['n_articles'] as number));
  for (let i = 0; i < rows.length; i += ENTITY_PART_SIZE) {
    const lines = validateRows('entity_dim', rows.slice(i, i + ENTITY_PART_SIZE), 'the entity dimension');
    counts.entity_dim += lines.length;
    await writeEntityPart(store, manifest, index, lines);
  }
  await saveState(store, manifest, index);
  await rm(p.updating, { force: true });
  return { rebuilt: true, rows: counts, partsRewritten: 0, compacted: false };
}

/** The files of a table, sorted (what a glob `tables/<table>/*.ndjson` reads). */
export async function tableFiles(outDir: string, table: TableName): Promise<string[]> {
  const dir = paths(outDir).tableDir(table);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.ndjson'))
    .sort()
    .map((n) => path.join(dir, n));
}

/** What the table state says: the article ids of each part, the rows of each entity part and each entity's part. */
export interface TableLayout {
  parts: Record<string, string[]>;
  entityParts: Record<string, number>;
  /** Entity id → the entity_dim part holding it. */
  entityHome: Map<string, number>;
  /** The file of an entity_dim part. */
  entityPartFile: (n: number | string) => string;
}

/** The table state of an output folder, or null when it has none (or an unfinished update). */
export async function tableLayout(outDir: string): Promise<TableLayout | null> {
  const p = paths(outDir);
  const m = await loadManifest(p.manifest);
  if (
    m === null ||
    (await stat(p.updating).then(
      () => true,
      () => false,
    ))
  )
    return null;
  const entityHome = new Map((await EntityIndex.load(p.entityIndex)).entries());
  return { parts: m.parts, entityParts: m.entityParts, entityHome, entityPartFile: p.entityPart };
}

/** The article ids each part holds, as the manifest says, or null when there is no manifest. */
export async function tableParts(outDir: string): Promise<Record<string, string[]> | null> {
  return (await loadManifest(paths(outDir).manifest))?.parts ?? null;
}
