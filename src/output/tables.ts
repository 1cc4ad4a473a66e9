/**
 * Flat NDJSON tables for analytics, derived from the records on disk. Rebuilt whole (streamed, one record
 * in memory at a time, sorted by article id) and swapped in atomically, so tables are always consistent
 * with the records and a rerun can never duplicate rows.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, opendir, readFile, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { TABLES, type TableName, validators, formatAjvErrors } from '../schema/validators.js';
import type { KnowledgeRecord } from '../types.js';
import type { OutputStore } from './store.js';

/** Rows of every table for one record, in schema field order. */
export function tableRows(r: KnowledgeRecord): Record<TableName, Array<Record<string, unknown>>> {
  const rows: Record<TableName, Array<Record<string, unknown>>> = { articles: [], entities: [], mentions: [], events: [], event_participants: [] };
  rows.articles.push({
    article_id: r.articleId, source_path: r.source.path, title: r.title, published: r.publication.date,
    published_source: r.publication.source, pipeline_version: r.pipeline.version, n_entities: r.entities.length,
    n_timexes: r.timexes.length, n_events: r.events.length, n_warnings: r.warnings.length,
  });
  for (const e of r.entities) {
    rows.entities.push({ article_id: r.articleId, entity_id: e.id, type: e.type, name: e.name, aliases: e.aliases, n_mentions: e.mentions.length, first_offset: Math.min(...e.mentions.map((m) => m.start)) });
    for (const m of e.mentions) rows.mentions.push({ article_id: r.articleId, entity_id: e.id, start: m.start, end: m.end, text: m.text, sentence: m.sentence });
  }
  for (const ev of r.events) {
    rows.events.push({
      event_id: ev.id, article_id: r.articleId, type: ev.type, cameo: ev.cameo ?? null, acled: ev.acled ?? null, acled_sub_event: ev.acledSubEvent ?? null,
      date: ev.date.value, date_precision: ev.date.precision, date_mod: ev.date.mod ?? null, date_source: ev.date.source,
      status: ev.status, place_id: ev.place ?? null, reported_by: ev.reportedBy ?? null, trigger: ev.trigger.text,
      sentence: ev.trigger.sentence, evidence: ev.evidence.map((x) => x.text).join(' … '), confidence: ev.confidence,
      published: r.publication.date,
    });
    for (const p of ev.participants) rows.event_participants.push({ event_id: ev.id, article_id: r.articleId, entity_id: p.entity, role: p.role });
  }
  return rows;
}

/** Sorted record file names (names only: memory is ~25 bytes per article). */
export async function listRecordFiles(store: OutputStore): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of await opendir(store.records)) if (entry.isFile() && /^a_[0-9a-f]{16}\.json$/.test(entry.name)) names.push(entry.name);
  return names.sort();
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function closeAndSync(stream: WriteStream, file: string): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const fh = await open(file, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Rebuilds every table from the records; returns row counts. Temp files are removed on failure. */
export async function rebuildTables(store: OutputStore, runId: string): Promise<Record<TableName, number>> {
  // Temp files live in output/.tmp/ so nobody listing tables/ ever sees a half-written table.
  const temps = Object.fromEntries(TABLES.map((t) => [t, store.tempFor(store.tablePath(t))])) as Record<TableName, string>;
  const streams = Object.fromEntries(TABLES.map((t) => [t, createWriteStream(temps[t], { flags: 'w' })])) as Record<TableName, WriteStream>;
  const counts = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;
  const errorOf = Promise.race(TABLES.map((t) => once(streams[t], 'error').then(([e]) => { throw e as Error; })));
  errorOf.catch(() => undefined);
  try {
    const validate = validators().tables;
    for (const name of await listRecordFiles(store)) {
      let record: KnowledgeRecord;
      try {
        record = JSON.parse(await readFile(`${store.records}/${name}`, 'utf8')) as KnowledgeRecord;
      } catch {
        continue; // a record removed or replaced while we read: the next rebuild picks it up
      }
      const rows = tableRows(record);
      for (const t of TABLES) {
        for (const row of rows[t]) {
          if (!validate[t](row)) throw new Error(`table ${t}: row from ${name} is invalid: ${formatAjvErrors(validate[t].errors)}`);
          await Promise.race([writeLine(streams[t], `${JSON.stringify(row)}\n`), errorOf]);
          counts[t]++;
        }
      }
    }
    for (const t of TABLES) await Promise.race([closeAndSync(streams[t], temps[t]), errorOf]);
    for (const t of TABLES) await rename(temps[t], store.tablePath(t));
    return counts;
  } catch (e) {
    for (const t of TABLES) {
      streams[t].destroy();
      await rm(temps[t], { force: true });
    }
    throw e;
  }
}
