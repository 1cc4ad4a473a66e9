/** Stable identifiers: pure functions of content, so the same input always yields the same ids. */
import * as crypto from 'node:crypto';
import type { EntityType } from './types.js';

/** Node's one-shot hash (Node >= 20.12): no Hash object per call, which ids are made from many times per article. */
const hashOnce = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string }).hash;

/** Hex sha256 of a string or bytes. */
export function sha256(data: string | Uint8Array): string {
  return hashOnce !== undefined
    ? hashOnce('sha256', data, 'hex')
    : crypto.createHash('sha256').update(data).digest('hex');
}

/** Article id: the first 16 hex digits of the raw content's sha256, prefixed `a_`. */
export function articleIdFromHash(contentHash: string): string {
  return `a_${contentHash.slice(0, 16)}`;
}

const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Normalises an entity name for identity across articles: Unicode NFKC, case-folded, curly quotes and
 * dashes unified, punctuation other than inner hyphens and apostrophes dropped, whitespace collapsed, a
 * leading "the" removed. "The Iraqi Al-Nujaba Movement" and "iraqi al-nujaba movement" share one key.
 */
export function normalizeEntityName(name: string): string {
  // Most names are plain ASCII words with single spaces, for which every general step but the
  // lower-casing and the article is a no-op (alias grouping calls this several times per mention).
  if (PLAIN_NAME.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return normalizeEntityNameGeneral(name);
}

/** The general steps of `normalizeEntityName`, for any name (exported so tests can pin the fast path to it). */
export function normalizeEntityNameGeneral(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Ids of names seen before in this process, one memo per type (a combined `type + name` key would be a
 * fresh string to hash on every call): articles name the same countries, groups and people again and again.
 */
const entityIds: Record<EntityType, Map<string, string>> = { person: new Map(), group: new Map(), place: new Map() };
/** A type's memo starts over when it holds this many names (a few MB). */
const ENTITY_ID_MEMO = 50_000;

/** Entity id, stable across articles: same type + normalised name → same id. */
export function entityId(type: EntityType, name: string): string {
  const memo = entityIds[type];
  let id = memo.get(name);
  if (id === undefined) {
    const prefix = type === 'person' ? 'per' : type === 'group' ? 'grp' : 'plc';
    id = `${prefix}_${sha256(`${type}\u0000${normalizeEntityName(name)}`).slice(0, 16)}`;
    if (memo.size >= ENTITY_ID_MEMO) memo.clear();
    memo.set(name, id);
  }
  return id;
}

/** Event id: stable for the same article, type and trigger position. */
export function eventId(articleId: string, type: string, triggerStart: number): string {
  return `evt_${sha256(`${articleId}\u0000${type}\u0000${triggerStart}`).slice(0, 16)}`;
}

/** Timex id within an article (ordinal by position). */
export function timexId(index: number): string {
  return `t${index + 1}`;
}
