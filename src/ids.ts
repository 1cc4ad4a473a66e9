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

/** Dots of an abbreviation written with them: "U.S." → "US", "U.N." → "UN" (two or more single letters). */
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu;
/** A possessive ending: "Apple's", "Reuters'", with a straight or curly apostrophe. */
const POSSESSIVE = /(?:['\u2019]s|(?<=s)['\u2019])$/u;
/**
 * Legal-form suffixes of companies. A group's name with one is the same group without it ("Apple Inc." =
 * "Apple", "Ford Motor Co." = "Ford Motor"): the suffix states the legal form, not another body.
 */
const CORPORATE_SUFFIX =
  / (?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|llp|lp|gmbh|ag|sa|sas|se|nv|bv|spa|ab|asa|oyj|pty ltd|pty)$/;

/**
 * The identity key of a name of a type, by general rules on top of `normalizeEntityName` (case, quotes,
 * punctuation, a leading "the"): the dots of an abbreviation do not count ("U.S." = "US"), nor does a
 * possessive ending ("Apple's" = "Apple"), nor, for groups, a legal-form suffix ("Apple Inc." = "Apple",
 * "& Co." included). Curated variants that no rule covers ("America") are mapped by `src/entities/canonical.ts`.
 */
export function canonicalKey(type: EntityType, name: string): string {
  const memo = canonicalKeys[type];
  let key = memo.get(name);
  if (key === undefined) {
    key = canonicalKeyOnce(type, name);
    if (memo.size >= ENTITY_ID_MEMO) memo.clear();
    memo.set(name, key);
  }
  return key;
}

/**
 * Canonical keys of names met before in this process, one memo per type: every entity of every article
 * has its key worked out (several regular-expression passes) when ids are assigned.
 */
const canonicalKeys: Record<EntityType, Map<string, string>> = {
  person: new Map(),
  group: new Map(),
  place: new Map(),
};

/** `canonicalKey` without the memo. */
function canonicalKeyOnce(type: EntityType, name: string): string {
  const undotted = name.replace(DOTTED_ABBREVIATION, (m) => m.replace(/\./g, '')).replace(POSSESSIVE, '');
  let key = normalizeEntityName(undotted);
  if (type === 'group') {
    for (let i = 0; i < 2; i++) {
      const stripped = key.replace(CORPORATE_SUFFIX, '').replace(/ and$/, '');
      if (stripped === key || stripped === '') break;
      key = stripped;
    }
  }
  return key;
}

/** Entity id from a canonical key already worked out (`canonicalKey`, a curated alias, or `geonames:<id>`). */
export function entityIdForKey(type: EntityType, key: string): string {
  const memo = idsForKeys[type];
  let id = memo.get(key);
  if (id === undefined) {
    const prefix = type === 'person' ? 'per' : type === 'group' ? 'grp' : 'plc';
    id = `${prefix}_${sha256(`${type}\u0000${key}`).slice(0, 16)}`;
    if (memo.size >= ENTITY_ID_MEMO) memo.clear();
    memo.set(key, id);
  }
  return id;
}

/** Ids of canonical keys met before in this process, one memo per type (a sha256 per entity per article otherwise). */
const idsForKeys: Record<EntityType, Map<string, string>> = { person: new Map(), group: new Map(), place: new Map() };

/**
 * Ids of names seen before in this process, one memo per type (a combined `type + name` key would be a
 * fresh string to hash on every call): articles name the same countries, groups and people again and again.
 */
const entityIds: Record<EntityType, Map<string, string>> = { person: new Map(), group: new Map(), place: new Map() };
/** A type's memo starts over when it holds this many names (a few MB). */
const ENTITY_ID_MEMO = 50_000;

/** Entity id, stable across articles: same type + canonical key (`canonicalKey`) → same id. */
export function entityId(type: EntityType, name: string): string {
  const memo = entityIds[type];
  let id = memo.get(name);
  if (id === undefined) {
    id = entityIdForKey(type, canonicalKey(type, name));
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
