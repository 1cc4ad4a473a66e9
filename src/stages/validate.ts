/**
 * Stage 7: builds the knowledge record and checks it against `schemas/record.schema.json` (compiled
 * once), plus what a schema cannot say: every span's text equals the record text at its offsets, and
 * every entity id an event names exists.
 */
import { SCHEMA_VERSION } from '../version.js';
import { formatAjvErrors, validators } from '../schema/validators.js';
import type { ArticleDoc, KnowledgeRecord, PipelineInfo } from '../types.js';
import type { ArticleStage } from '../pipeline/stage.js';

/** Assembles the record from a finished document. Field order is fixed so output is byte-stable. */
export function buildRecord(doc: ArticleDoc, pipeline: PipelineInfo): KnowledgeRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    articleId: doc.articleId,
    source: {
      path: doc.source.relPath,
      bytes: doc.source.size,
      sha256: doc.contentHash,
      ...(doc.encoding ? { encoding: doc.encoding } : {}),
      ...(doc.source.item ? { item: { id: doc.source.item.id, link: doc.source.item.link } } : {}),
    },
    title: doc.title,
    publication: doc.publication,
    pipeline,
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    timexes: doc.timexes,
    events: doc.events,
    warnings: doc.warnings,
  };
}

/** Problems a JSON Schema cannot express; empty when the record is consistent. */
export function checkRecordConsistency(r: KnowledgeRecord): string[] {
  const problems: string[] = [];
  // A span's label is built only when the span is wrong: building one for each of a record's hundreds of
  // spans was most of this check's time and garbage.
  const check = (s: { start: number; end: number; text?: string }, where: () => string) => {
    const problem = spanProblem(r.text, s);
    if (problem !== null) problems.push(`${where()}: ${problem}`);
  };
  const ids = new Set(r.entities.map((e) => e.id));
  if (ids.size !== r.entities.length) problems.push('entities: duplicate entity id');
  r.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(m, () => `entities[${i}].mentions[${j}]`)));
  r.timexes.forEach((t, i) => check(t, () => `timexes[${i}]`));
  r.events.forEach((ev, i) => {
    check(ev.trigger, () => `events[${i}].trigger`);
    ev.evidence.forEach((x, j) => check(x, () => `events[${i}].evidence[${j}]`));
    for (const p of ev.participants)
      if (!ids.has(p.entity)) problems.push(`events[${i}]: participant ${p.entity} is not an entity of this record`);
    (ev.arguments ?? []).forEach((a, j) => {
      check(a, () => `events[${i}].arguments[${j}]`);
      check(a.head, () => `events[${i}].arguments[${j}].head`);
      if (a.entity !== undefined && !ids.has(a.entity))
        problems.push(`events[${i}]: argument ${a.entity} is not an entity of this record`);
    });
    if (ev.place !== undefined && !ids.has(ev.place))
      problems.push(`events[${i}]: place ${ev.place} is not an entity of this record`);
  });
  return problems;
}

/** What is wrong with a span of `text`, or null. */
function spanProblem(text: string, s: { start: number; end: number; text?: string }): string | null {
  if (s.start > s.end || s.end > text.length) return `span [${s.start}, ${s.end}) is outside the text`;
  // Same test as comparing with `text.slice(start, end)`, without copying every span's text.
  if (s.text !== undefined && (s.text.length !== s.end - s.start || !text.startsWith(s.text, s.start)))
    return `text ${JSON.stringify(s.text)} does not match the record text at [${s.start}, ${s.end})`;
  return null;
}

/** The validate stage needs the pipeline info; it is created per process by `createValidateStage`. */
export function createValidateStage(pipeline: PipelineInfo): ArticleStage {
  return {
    name: 'validate',
    requires: ['articleId', 'source', 'text', 'title', 'publication', 'sentences', 'entities', 'timexes', 'events'],
    provides: ['record'],
    run(doc) {
      const record = buildRecord(doc, pipeline);
      const validate = validators().record;
      if (!validate(record))
        throw new Error(`record does not match schemas/record.schema.json: ${formatAjvErrors(validate.errors)}`);
      const problems = checkRecordConsistency(record);
      if (problems.length > 0) throw new Error(`record is inconsistent: ${problems.slice(0, 5).join('; ')}`);
      doc.record = record;
    },
  };
}
