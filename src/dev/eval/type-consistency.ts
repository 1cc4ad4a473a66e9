/**
 * `dossier eval type-consistency [DIR…]`: whether a name gets the same type (person, group, place) in
 * every article it appears in. With no folder, the bench corpus (src/dev/bench/corpus.ts: the bundled
 * articles, the dev datasets' documents and mixed articles up to 5 MB) is used. A name is a mention's
 * text normalised (`normalizeEntityName`); in each article it takes the type most of its mentions have.
 * Figures, over names seen in at least two articles: the share of (name, article) pairs whose type is
 * the name's majority type (the issue's "≥ 97% of the articles it appears in"), and the number of names
 * with more than one type.
 *
 * On the bench corpus it also prints the share per source of the articles, and a ceiling: the same
 * figure for the CoNLL-2003 documents computed on their gold annotation, next to ours on the same
 * documents. Gold data does not give one type per name either (a city is a place, and its club a
 * group: "Chicago 5 Houston 3"), so a tagger that were right everywhere would score about that.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeEntityName } from '../../ids.js';
import { EvalRunner } from './pipeline-run.js';
import { listFiles } from './files.js';
import { parseConll } from './conll.js';
import { buildCorpus } from '../bench/corpus.js';
import { applyCorpusTypes, recordVotes, TypeVotes } from '../../entities/type-vote.js';
import type { EntityType, KnowledgeRecord } from '../../types.js';

/** Per-type article counts of one name. */
type TypeCounts = Partial<Record<EntityType, number>>;

/** The consistency figures of one set of (name, article) types. */
export interface ConsistencyFigures {
  /** Names seen in at least two articles. */
  names: number;
  /** (name, article) pairs of those names. */
  occurrences: number;
  /** Of those, pairs typed with the name's majority type. */
  consistent: number;
  share: number;
}

export interface TypeConsistencyReport extends ConsistencyFigures {
  articles: number;
  /** Names typed differently in some article. */
  inconsistentNames: number;
  /** The most frequent inconsistent names with their per-type article counts. */
  worst: Array<{ name: string; types: TypeCounts }>;
  /** The bench corpus only: the figures of each source's articles taken alone. */
  bySource?: Record<string, ConsistencyFigures>;
  /** The bench corpus only: the CoNLL-2003 documents, typed by their gold annotation and by us. */
  conllCeiling?: { gold: ConsistencyFigures; ours: ConsistencyFigures };
  /** The figures before the corpus type pass (each article's own types; the figures above are after it). */
  local: ConsistencyFigures & { inconsistentNames: number };
  /** What the corpus type pass changed: articles and entities retyped. */
  pass: { articles: number; entities: number };
  /** The bench corpus only: type accuracy on the CoNLL-2003 documents against their gold, before and after the pass. */
  conllAccuracy?: { local: GoldAccuracy; corpus: GoldAccuracy };
}

/** Counts, per name, the articles that give it each type (an article's type is its mentions' majority). */
export class TypeTally {
  readonly byName = new Map<string, TypeCounts>();

  /** Adds one article's mentions as (normalised name, type) pairs. */
  addArticle(mentions: Iterable<[string, EntityType]>): void {
    const counts = new Map<string, TypeCounts>();
    for (const [name, type] of mentions) {
      const key = normalizeEntityName(name);
      if (key === '') continue;
      const c = counts.get(key) ?? counts.set(key, {}).get(key)!;
      c[type] = (c[type] ?? 0) + 1;
    }
    for (const [key, c] of counts) {
      const type = (Object.entries(c) as Array<[EntityType, number]>).sort((a, b) => b[1] - a[1])[0]![0];
      const all = this.byName.get(key) ?? this.byName.set(key, {}).get(key)!;
      all[type] = (all[type] ?? 0) + 1;
    }
  }

  figures(): ConsistencyFigures {
    let names = 0;
    let occurrences = 0;
    let consistent = 0;
    for (const types of this.byName.values()) {
      const counts = Object.values(types);
      const total = counts.reduce((a, b) => a + b, 0);
      if (total < 2) continue;
      names++;
      occurrences += total;
      consistent += Math.max(...counts);
    }
    return { names, occurrences, consistent, share: occurrences === 0 ? 1 : consistent / occurrences };
  }
}

const CONLL_TYPES: Readonly<Record<string, EntityType>> = { PER: 'person', ORG: 'group', LOC: 'place' };

/** Gold (name, type) pairs of the CoNLL-2003 documents, keyed by the bench corpus's document name. */
export function conllGold(datasetsRoot: string): Map<string, Array<[string, EntityType]>> {
  const gold = new Map<string, Array<[string, EntityType]>>();
  for (const split of ['eng.train', 'eng.testa']) {
    const file = join(datasetsRoot, 'conll2003', split);
    if (!existsSync(file)) continue;
    for (const d of parseConll(readFileSync(file, 'utf8'), split))
      gold.set(
        d.id.replace('#', '-'),
        d.entities
          .filter((e) => CONLL_TYPES[e.type] !== undefined)
          .map((e) => [d.text.slice(e.start, e.end), CONLL_TYPES[e.type]!]),
      );
  }
  return gold;
}

export function typeConsistency(
  dirs: readonly string[],
  benchMinBytes = 5 * 1048576,
  datasetsRoot = '../shared/datasets',
): TypeConsistencyReport {
  const texts: Array<{ id: string; source: string; name: string; text: string }> = [];
  if (dirs.length === 0)
    for (const d of buildCorpus('data/articles', datasetsRoot, benchMinBytes))
      texts.push({ id: `${d.source}/${d.name}`, source: d.source, name: d.name, text: d.text });
  for (const f of listFiles(dirs, /\.(txt|md)$/))
    texts.push({ id: f, source: f, name: f, text: readFileSync(f, 'utf8') });
  const gold = dirs.length === 0 ? conllGold(datasetsRoot) : new Map<string, Array<[string, EntityType]>>();
  const runner = new EvalRunner();
  const records: Array<{ source: string; name: string; record: KnowledgeRecord }> = [];
  for (const t of texts) {
    const aligned = runner.run(t.id, t.text, null);
    if (aligned !== null) records.push({ source: t.source, name: t.name, record: aligned.record });
  }
  const local = measure(records, gold, dirs.length === 0);
  // The corpus type pass over the same articles, as `dossier run` applies it to an output folder.
  const votes = new TypeVotes();
  for (const r of records) votes.add(recordVotes(r.record));
  let changedArticles = 0;
  let changedEntities = 0;
  for (const r of records) {
    if (applyCorpusTypes(r.record, (key) => votes.resolve(key))) changedArticles++;
    changedEntities += r.record.entities.filter((e) => e.local !== undefined).length;
  }
  const corpus = measure(records, gold, dirs.length === 0);
  return {
    articles: texts.length,
    ...corpus.report,
    local: { ...local.report.figures, inconsistentNames: local.report.inconsistentNames },
    pass: { articles: changedArticles, entities: changedEntities },
    ...(local.conll ? { conllAccuracy: { local: local.conll, corpus: corpus.conll! } } : {}),
  };
}

/** Typed accuracy of our mentions against gold on the spans both mark. */
export interface GoldAccuracy {
  /** Gold mentions whose text we also mark (matched in order of occurrence, spaces ignored). */
  matched: number;
  /** Of those, typed as the gold types them. */
  sameType: number;
  share: number;
}

export function measure(
  records: ReadonlyArray<{ source: string; name: string; record: KnowledgeRecord }>,
  gold: ReadonlyMap<string, Array<[string, EntityType]>>,
  bench: boolean,
): {
  report: Omit<TypeConsistencyReport, 'articles' | 'local' | 'pass' | 'conllAccuracy'> & {
    figures: ConsistencyFigures;
  };
  conll: GoldAccuracy | null;
} {
  const all = new TypeTally();
  const bySource = new Map<string, TypeTally>();
  const conllOurs = new TypeTally();
  const conllGoldTally = new TypeTally();
  const accuracy: GoldAccuracy = { matched: 0, sameType: 0, share: 0 };
  for (const { source: src, name, record } of records) {
    const mentions: Array<[string, EntityType]> = [];
    for (const e of record.entities) for (const m of e.mentions) mentions.push([m.text, e.type]);
    all.addArticle(mentions);
    if (!bench) continue;
    const source = bySource.get(src) ?? bySource.set(src, new TypeTally()).get(src)!;
    source.addArticle(mentions);
    const g = src === 'conll2003' ? gold.get(name) : undefined;
    if (g === undefined) continue;
    conllOurs.addArticle(mentions);
    conllGoldTally.addArticle(g);
    // Pair gold and our mentions of the same text in text order.
    const ours = new Map<string, EntityType[]>();
    const sorted = record.entities.flatMap((e) => e.mentions.map((m) => ({ m, type: e.type })));
    sorted.sort((a, b) => a.m.start - b.m.start);
    for (const { m, type } of sorted) {
      const k = m.text.replace(/\s+/g, '');
      (ours.get(k) ?? ours.set(k, []).get(k)!).push(type);
    }
    for (const [text, type] of g) {
      const queue = ours.get(text.replace(/\s+/g, ''));
      const mine = queue?.shift();
      if (mine === undefined) continue;
      accuracy.matched++;
      if (mine === type) accuracy.sameType++;
    }
  }
  accuracy.share = accuracy.matched === 0 ? 0 : accuracy.sameType / accuracy.matched;
  const bad: TypeConsistencyReport['worst'] = [];
  for (const [name, types] of all.byName) {
    const counts = Object.values(types);
    if (counts.length > 1) bad.push({ name, types });
  }
  const sum = (t: TypeCounts) => Object.values(t).reduce((a, b) => a + b, 0);
  bad.sort((a, b) => sum(b.types) - sum(a.types) || a.name.localeCompare(b.name));
  const figures = all.figures();
  return {
    report: {
      ...figures,
      figures,
      inconsistentNames: bad.length,
      worst: bad,
      bySource: Object.fromEntries([...bySource].map(([source, tally]) => [source, tally.figures()])),
      ...(conllGoldTally.byName.size > 0
        ? { conllCeiling: { gold: conllGoldTally.figures(), ours: conllOurs.figures() } }
        : {}),
    },
    conll: accuracy.matched > 0 ? accuracy : null,
  };
}

export function formatTypeConsistency(r: TypeConsistencyReport, list: number): string {
  const pct = (f: ConsistencyFigures): string => `${f.consistent}/${f.occurrences} = ${(100 * f.share).toFixed(2)}%`;
  const acc = (a: GoldAccuracy): string => `${a.sameType}/${a.matched} = ${(100 * a.share).toFixed(2)}%`;
  return [
    `type consistency: ${r.articles} articles; ${r.names} names in ≥ 2 articles, ${r.occurrences} (name, article) pairs`,
    `each article's own types (before the corpus type pass): ${pct(r.local)}; names with more than one type: ${r.local.inconsistentNames}`,
    `after the corpus type pass (${r.pass.entities} entities of ${r.pass.articles} articles retyped): ${pct(r)}; names with more than one type: ${r.inconsistentNames}`,
    ...Object.entries(r.bySource ?? {}).map(
      ([source, f]) => `- ${source} articles alone: ${pct(f)} (${f.names} names)`,
    ),
    ...(r.conllCeiling
      ? [
          `CoNLL-2003 documents typed by their gold annotation (the ceiling): ${pct(r.conllCeiling.gold)}; by us: ${pct(r.conllCeiling.ours)}`,
        ]
      : []),
    ...(r.conllAccuracy
      ? [
          `CoNLL-2003 documents, type accuracy against gold on the mentions both mark: before the pass ${acc(r.conllAccuracy.local)}, after ${acc(r.conllAccuracy.corpus)}`,
        ]
      : []),
    '',
    ...r.worst.slice(0, list).map(
      (w) =>
        `- ${w.name}: ${Object.entries(w.types)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}`,
    ),
  ].join('\n');
}
