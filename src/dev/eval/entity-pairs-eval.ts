/**
 * `dossier eval entity-pairs`: canonicalisation against hand-labelled name pairs (eval/gold/entity-pairs,
 * PROVENANCE.md there). Each row: `type  nameA  nameB  same|different  source`. The system calls a pair
 * "same" when both names, each met alone in an article, get the same entity id: the canonical key
 * (src/entities/canonical.ts), and for places the GeoNames id the linker gives the name without context.
 * Precision = gold-same among predicted-same; recall = predicted-same among gold-same.
 */
import { canonicalNameKey } from '../../entities/canonical.js';
import { loadResources } from '../../resources.js';
import { entityIdForKey } from '../../ids.js';
import { linkPlaces } from '../../geo/link.js';
import type { EntityRecord, EntityType } from '../../types.js';

export interface PairGold {
  type: EntityType;
  a: string;
  b: string;
  same: boolean;
  source: string;
}

/** Parses the pairs TSV (`#` lines are comments). */
export function parsePairGold(text: string): PairGold[] {
  const out: PairGold[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [type, a, b, label, source] = line.split('\t');
    if (type !== 'person' && type !== 'group' && type !== 'place')
      throw new Error(`entity pairs: bad type in: ${line}`);
    if (label !== 'same' && label !== 'different') throw new Error(`entity pairs: bad label in: ${line}`);
    out.push({ type, a: a ?? '', b: b ?? '', same: label === 'same', source: source ?? '' });
  }
  return out;
}

/** The id a name of a type gets when it is an article's only entity. */
export function isolatedId(type: EntityType, name: string): string {
  const { geo, aliases } = loadResources().entities;
  if (type === 'place') {
    const e: EntityRecord = {
      id: '',
      type,
      name,
      aliases: [],
      mentions: [{ start: 0, end: name.length, text: name, sentence: 0, type }],
    };
    const link = linkPlaces([e], name, geo, (k) => aliases.places.get(k) ?? k).get(e);
    if (link?.geonamesId !== undefined && link.geonamesId !== null)
      return entityIdForKey(type, `geonames:${link.geonamesId}`);
  }
  return entityIdForKey(type, canonicalNameKey(type, name, aliases));
}

export interface PairReport {
  pairs: number;
  goldSame: number;
  goldDifferent: number;
  predictedSame: number;
  truePositives: number;
  precision: number;
  recall: number;
  falseMerges: PairGold[];
  missedMerges: PairGold[];
}

export function scorePairs(gold: readonly PairGold[]): PairReport {
  let tp = 0;
  let predicted = 0;
  const falseMerges: PairGold[] = [];
  const missedMerges: PairGold[] = [];
  for (const p of gold) {
    const same = isolatedId(p.type, p.a) === isolatedId(p.type, p.b);
    if (same) predicted++;
    if (same && p.same) tp++;
    if (same && !p.same) falseMerges.push(p);
    if (!same && p.same) missedMerges.push(p);
  }
  const goldSame = gold.filter((p) => p.same).length;
  return {
    pairs: gold.length,
    goldSame,
    goldDifferent: gold.length - goldSame,
    predictedSame: predicted,
    truePositives: tp,
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: goldSame === 0 ? 1 : tp / goldSame,
    falseMerges,
    missedMerges,
  };
}

export function formatPairReport(r: PairReport): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const show = (p: PairGold) => `- ${p.type}: ${JSON.stringify(p.a)} / ${JSON.stringify(p.b)} (${p.source})`;
  return [
    `entity pairs: ${r.pairs} (${r.goldSame} same, ${r.goldDifferent} different)`,
    `precision ${r.truePositives}/${r.predictedSame} = ${pct(r.precision)}%  recall ${r.truePositives}/${r.goldSame} = ${pct(r.recall)}%`,
    '',
    `false merges (${r.falseMerges.length}):`,
    ...r.falseMerges.map(show),
    '',
    `missed merges (${r.missedMerges.length}):`,
    ...r.missedMerges.map(show),
  ].join('\n');
}
