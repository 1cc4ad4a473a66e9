/**
 * `dossier validate DIR`: re-checks an output folder against `schemas/` — every record (schema, span
 * consistency, real dates), failure file, run manifest and table row — and that the tables hold exactly
 * the rows the records imply, row for row, with their ids resolving (referential integrity). Each problem
 * says how to repair it.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../errors.js';
import { formatAjvErrors, validators, type TableName } from '../schema/validators.js';
import { checkRecordConsistency } from '../stages/validate.js';
import type { KnowledgeRecord } from '../types.js';
import { isValidDay } from './dates.js';
import { RUN_COLUMNS } from './rows.js';
import { OutputStore } from './store.js';
import {
  ARTICLE_TABLES,
  articleTableRows,
  EntityDimension,
  listRecordFiles,
  tableFiles,
  tableLayout,
  type Row,
} from './tables.js';

/** Result of checking an output folder. */
export interface CheckReport {
  files: number;
  rows: number;
  problems: string[];
}

const MAX_PROBLEMS = 200;
/** Mismatched rows reported per table before the rest are only counted. */
const MAX_ROW_DIFFS = 5;

/** What repairs a record or the tables; `--force` reprocesses every article and rebuilds every table. */
export const REPAIR_RECORD = 'reprocess it: `dossier run --force`';
export const REPAIR_TABLES = 'rebuild the tables: `dossier run --force`';

/** A row as the records determine it: without the columns that only say which run wrote it. */
function contentKey(row: Row): string {
  const copy: Row = {};
  for (const [k, v] of Object.entries(row)) if (!(RUN_COLUMNS as readonly string[]).includes(k)) copy[k] = v;
  return JSON.stringify(copy);
}

/** Day-shaped values in a record (publication, time expressions, event dates) must name real days. */
function checkRecordDates(rec: KnowledgeRecord): string[] {
  const out: string[] = [];
  const day = /^\d{4}-\d{2}-\d{2}/;
  const check = (value: string | null | undefined, what: string) => {
    if (typeof value === 'string' && day.test(value) && !isValidDay(value.slice(0, 10)))
      out.push(`${what} ${value} is not a real date`);
  };
  check(rec.publication.date, 'publication date');
  for (const t of rec.timexes) check(t.value, `time expression ${t.id}`);
  for (const e of rec.events) check(e.date?.value, `date of event ${e.id}`);
  return out;
}

class RowDiff {
  private readonly expected = new Map<string, number>();
  private readonly found = new Map<string, { n: number; where: string }>();

  expect(row: Row): void {
    const k = contentKey(row);
    this.expected.set(k, (this.expected.get(k) ?? 0) + 1);
  }

  see(row: Row, where: string): void {
    const k = contentKey(row);
    const e = this.expected.get(k) ?? 0;
    if (e > 1) this.expected.set(k, e - 1);
    else if (e === 1) this.expected.delete(k);
    else {
      const f = this.found.get(k);
      this.found.set(k, { n: (f?.n ?? 0) + 1, where: f?.where ?? where });
    }
  }

  /** Problems for rows found but not implied, and rows implied but not found. */
  report(table: string, where: string): string[] {
    const out: string[] = [];
    let extra = 0;
    let missing = 0;
    for (const [k, f] of this.found) {
      extra += f.n;
      if (out.length < MAX_ROW_DIFFS) out.push(`${f.where}: row not implied by the records: ${k.slice(0, 200)}`);
    }
    for (const [k, n] of this.expected) {
      missing += n;
      if (out.length < MAX_ROW_DIFFS * 2) out.push(`${where}: row the records imply is missing: ${k.slice(0, 200)}`);
    }
    if (extra + missing > 0)
      out.push(`table ${table}: ${extra} rows not implied by the records, ${missing} missing; ${REPAIR_TABLES}`);
    return out;
  }
}

/** Checks every file in an output folder; never throws for bad content, only for a missing folder. */
export async function checkOutputDir(dir: string): Promise<CheckReport> {
  const store = new OutputStore(path.resolve(dir));
  const st = await stat(store.records).catch(() => null);
  if (!st?.isDirectory()) throw new DossierError('E_VALIDATE_DIR', `${dir} has no records/ folder`);
  const v = validators();
  const report: CheckReport = { files: 0, rows: 0, problems: [] };
  const problem = (p: string) => {
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(p);
  };

  for (const [sub, validate] of [
    ['failed', v.failure],
    ['runs', v.manifest],
  ] as const) {
    const folder = path.join(store.root, sub);
    if (!(await stat(folder).catch(() => null))) continue;
    for await (const entry of await opendir(folder)) {
      if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
      report.files++;
      const file = path.join(folder, entry.name);
      try {
        const value = JSON.parse(await readFile(file, 'utf8')) as unknown;
        if (!validate(value)) problem(`${file}: ${formatAjvErrors(validate.errors)}`);
      } catch (e) {
        problem(`${file}: not valid JSON (${(e as Error).message})`);
      }
    }
  }

  const recordNames = await listRecordFiles(store);
  const layout = await tableLayout(store.root);
  if (layout === null) {
    report.files += recordNames.length;
    if (recordNames.length > 0) problem(`${store.tables}: no tables (or an unfinished update); ${REPAIR_TABLES}`);
    return report;
  }

  /** Reads and checks one record; returns it when its rows can be compared. */
  const loadRecord = async (id: string): Promise<KnowledgeRecord | null> => {
    const file = store.recordPath(id);
    let rec: KnowledgeRecord;
    try {
      rec = JSON.parse(await readFile(file, 'utf8')) as KnowledgeRecord;
    } catch (e) {
      problem(`${file}: not valid JSON (${(e as Error).message}); ${REPAIR_RECORD}`);
      return null;
    }
    report.files++;
    if (!v.record(rec)) {
      problem(`${file}: ${formatAjvErrors(v.record.errors)}; ${REPAIR_RECORD}`);
      return null;
    }
    if (rec.articleId !== id)
      problem(`${file}: articleId ${rec.articleId} does not match the file name; ${REPAIR_RECORD}`);
    for (const p of checkRecordConsistency(rec)) problem(`${file}: ${p}; ${REPAIR_RECORD}`);
    for (const p of checkRecordDates(rec)) problem(`${file}: ${p}; ${REPAIR_RECORD}`);
    return rec;
  };

  // Integrity keys collected from the rows as found.
  const keys = {
    articles: new Set<string>(),
    entities: new Set<string>(),
    entityDim: new Set<string>(),
    events: new Set<string>(),
  };
  const refs: Array<{ file: string; set: keyof typeof keys; key: string }> = [];
  const readRows = async function* (file: string, table: TableName): AsyncGenerator<[Row, string]> {
    report.files++;
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) {
      problem(`${file}: missing; ${REPAIR_TABLES}`);
      return;
    }
    let n = 0;
    for (const line of text.split('\n')) {
      n++;
      if (line === '') continue;
      report.rows++;
      let row: Row;
      try {
        row = JSON.parse(line) as Row;
      } catch {
        problem(`${file}:${n}: not valid JSON; ${REPAIR_TABLES}`);
        continue;
      }
      if (!v.tables[table](row)) {
        problem(`${file}:${n}: ${formatAjvErrors(v.tables[table].errors)}; ${REPAIR_TABLES}`);
        continue;
      }
      yield [row, `${file}:${n}`];
    }
  };
  const noteKeys = (table: TableName, row: Row, where: string) => {
    const a = row['article_id'] as string;
    const ref = (set: keyof typeof keys, key: string | null | undefined) => {
      if (key) refs.push({ file: where, set, key });
    };
    if (table === 'articles') keys.articles.add(a);
    else if (table !== 'entity_dim') ref('articles', a);
    if (table === 'entities') {
      keys.entities.add(`${a} ${row['entity_id']}`);
      ref('entityDim', row['entity_id'] as string);
    }
    if (table === 'entity_dim') keys.entityDim.add(row['entity_id'] as string);
    if (table === 'events') {
      keys.events.add(`${a} ${row['event_id']}`);
      for (const c of ['actor1_id', 'actor2_id', 'place_id', 'reported_by_id'])
        if (row[c]) ref('entities', `${a} ${row[c]}`);
      // A death or injury points to the event of the same article that caused it.
      if (row['cause_event_id']) ref('events', `${a} ${row['cause_event_id'] as string}`);
    }
    if (table === 'mentions' || table === 'event_participants') ref('entities', `${a} ${row['entity_id']}`);
    if (table === 'event_participants') ref('events', `${a} ${row['event_id']}`);
  };

  const recordIds = new Set(recordNames.map((n) => n.slice(0, -'.json'.length)));
  const inParts = new Set<string>();
  const dim = new EntityDimension();
  const partFiles = new Set<string>();
  for (const [part, ids] of Object.entries(layout.parts).sort(([x], [y]) => (x < y ? -1 : 1))) {
    const diffs = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, new RowDiff()])) as Record<string, RowDiff>;
    for (const id of ids) {
      if (inParts.has(id)) problem(`tables: article ${id} is in two parts; ${REPAIR_TABLES}`);
      inParts.add(id);
      if (!recordIds.has(id)) {
        problem(`tables: article ${id} has rows but no record (its input is gone or changed); ${REPAIR_TABLES}`);
        continue;
      }
      const rec = await loadRecord(id);
      if (rec === null) continue;
      const rows = articleTableRows(rec, '', '');
      for (const t of ARTICLE_TABLES) for (const row of rows[t]) diffs[t]!.expect(row);
      for (const row of rows.entities) dim.apply(row, 1, '');
    }
    for (const t of ARTICLE_TABLES) {
      const file = path.join(store.tables, t, `part-${part}.ndjson`);
      partFiles.add(file);
      for await (const [row, where] of readRows(file, t)) {
        diffs[t]!.see(row, where);
        noteKeys(t, row, where);
      }
      for (const p of diffs[t]!.report(t, file)) problem(p);
    }
  }
  for (const id of recordIds) {
    if (inParts.has(id)) continue;
    problem(`tables: article ${id} has a record but no rows; ${REPAIR_TABLES}`);
    const rec = await loadRecord(id);
    if (rec) for (const row of articleTableRows(rec, '', '').entities) dim.apply(row, 1, '');
  }
  for (const t of ARTICLE_TABLES)
    for (const file of await tableFiles(store.root, t))
      if (!partFiles.has(file)) problem(`${file}: a part the table state does not list (stale rows); ${REPAIR_TABLES}`);

  const dimDiff = new RowDiff();
  for (const id of dim.ids()) dimDiff.expect(dim.row(id)!);
  const entityFiles = new Map(Object.keys(layout.entityParts).map((n) => [layout.entityPartFile(n), Number(n)]));
  for (const file of await tableFiles(store.root, 'entity_dim')) {
    const part = entityFiles.get(file);
    if (part === undefined) {
      problem(`${file}: a part the table state does not list (stale rows); ${REPAIR_TABLES}`);
      continue;
    }
    for await (const [row, where] of readRows(file, 'entity_dim')) {
      dimDiff.see(row, where);
      noteKeys('entity_dim', row, where);
      if (layout.entityHome.get(row['entity_id'] as string) !== part)
        problem(`${where}: the table state places ${row['entity_id']} in another part; ${REPAIR_TABLES}`);
    }
  }
  for (const p of dimDiff.report('entity_dim', path.join(store.tables, 'entity_dim'))) problem(p);

  let broken = 0;
  for (const r of refs) {
    if (keys[r.set].has(r.key)) continue;
    if (++broken <= MAX_ROW_DIFFS)
      problem(`${r.file}: ${r.set === 'entityDim' ? 'entity_dim' : r.set} has no row for ${r.key}; ${REPAIR_TABLES}`);
  }
  if (broken > MAX_ROW_DIFFS) problem(`tables: ${broken} references in all do not resolve; ${REPAIR_TABLES}`);
  return report;
}
