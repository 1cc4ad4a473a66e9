/**
 * `dossier eval type-consistency [DIR…]`: whether a name gets the same type (person, group, place) in
 * every article it appears in. With no folder, the bench corpus (src/dev/bench/corpus.ts: the bundled
 * articles, the dev datasets' documents and mixed articles up to 5 MB) is used. A name is a mention's
 * text normalised (`normalizeEntityName`); in each article it takes the type most of its mentions have.
 * Figures, over names seen in at least two articles: the share of (name, article) pairs whose type is
 * the name's majority type (the issue's "≥ 97% of the articles it appears in"), and the number of names
 * with more than one type.
 */
import { readFileSync } from 'node:fs';
import { normalizeEntityName } from '../../ids.js';
import { EvalRunner } from './pipeline-run.js';
import { listFiles } from './files.js';
import { buildCorpus } from '../bench/corpus.js';
import type { EntityType } from '../../types.js';

export interface TypeConsistencyReport {
  articles: number;
  /** Names seen in at least two articles. */
  names: number;
  /** (name, article) pairs of those names. */
  occurrences: number;
  /** Of those, pairs typed with the name's majority type. */
  consistent: number;
  share: number;
  /** Names typed differently in some article. */
  inconsistentNames: number;
  /** The most frequent inconsistent names with their per-type article counts. */
  worst: Array<{ name: string; types: Partial<Record<EntityType, number>> }>;
}

export function typeConsistency(dirs: readonly string[], benchMinBytes = 5 * 1048576): TypeConsistencyReport {
  const texts: Array<{ id: string; text: string }> = [];
  if (dirs.length === 0)
    for (const d of buildCorpus('data/articles', '../shared/datasets', benchMinBytes))
      texts.push({ id: `${d.source}/${d.name}`, text: d.text });
  for (const f of listFiles(dirs, /\.(txt|md)$/)) texts.push({ id: f, text: readFileSync(f, 'utf8') });
  const runner = new EvalRunner();
  const byName = new Map<string, Partial<Record<EntityType, number>>>();
  for (const t of texts) {
    const aligned = runner.run(t.id, t.text, null);
    if (aligned === null) continue;
    const counts = new Map<string, Partial<Record<EntityType, number>>>();
    for (const e of aligned.record.entities)
      for (const m of e.mentions) {
        const key = normalizeEntityName(m.text);
        if (key === '') continue;
        const c = counts.get(key) ?? counts.set(key, {}).get(key)!;
        c[e.type] = (c[e.type] ?? 0) + 1;
      }
    for (const [key, c] of counts) {
      const type = (Object.entries(c) as Array<[EntityType, number]>).sort((a, b) => b[1] - a[1])[0]![0];
      const all = byName.get(key) ?? byName.set(key, {}).get(key)!;
      all[type] = (all[type] ?? 0) + 1;
    }
  }
  let names = 0;
  let occurrences = 0;
  let consistent = 0;
  const bad: TypeConsistencyReport['worst'] = [];
  for (const [name, types] of byName) {
    const counts = Object.values(types);
    const total = counts.reduce((a, b) => a + b, 0);
    if (total < 2) continue;
    names++;
    occurrences += total;
    consistent += Math.max(...counts);
    if (counts.length > 1) bad.push({ name, types });
  }
  const sum = (t: Partial<Record<EntityType, number>>) => Object.values(t).reduce((a, b) => a + b, 0);
  bad.sort((a, b) => sum(b.types) - sum(a.types) || a.name.localeCompare(b.name));
  return {
    articles: texts.length,
    names,
    occurrences,
    consistent,
    share: occurrences === 0 ? 1 : consistent / occurrences,
    inconsistentNames: bad.length,
    worst: bad,
  };
}

export function formatTypeConsistency(r: TypeConsistencyReport, list: number): string {
  return [
    `type consistency: ${r.articles} articles; ${r.names} names in ≥ 2 articles, ${r.occurrences} (name, article) pairs`,
    `same type as the name's majority: ${r.consistent}/${r.occurrences} = ${(100 * r.share).toFixed(1)}%; names with more than one type: ${r.inconsistentNames}`,
    '',
    ...r.worst.slice(0, list).map(
      (w) =>
        `- ${w.name}: ${Object.entries(w.types)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}`,
    ),
  ].join('\n');
}
