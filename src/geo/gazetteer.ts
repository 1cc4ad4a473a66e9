/**
 * The offline GeoNames table (data/gazetteers/geonames.tsv, built by `npm run build:geo`) as an index from
 * folded names to candidate places. Parsing is pure (`parseGeoTable`); src/resources.ts reads the file once
 * per process, and the linker receives the table.
 */

/** Feature level of a place, as the record's `geo.level` states it. */
export type GeoLevel = 'country' | 'admin1' | 'admin2' | 'city' | 'other';

/** One place of the table. */
export interface GeoPlace {
  /** GeoNames id, or null when the source has none (never made up). */
  geonamesId: number | null;
  level: GeoLevel;
  /** GeoNames feature code for cities (`PPL`, `PPLA`, `PPLC`, …); `PCLI` for countries, `ADM1` for regions. */
  featureCode: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames first-level admin code (`TX`, `07`, …); empty for countries. */
  admin1: string;
  name: string;
  lat: number;
  lon: number;
  population: number;
}

/** A candidate for a key: the place and how the key was found. */
export interface GeoCandidate {
  place: GeoPlace;
  /** `name` (the primary name), `alt` (an alternative name), `derived` (a region name without its generic word). */
  via: 'name' | 'alt' | 'derived';
}

/** Name → candidates. Places are read from their line on first look-up (loading parses only the keys). */
export interface GeoTable {
  /** The candidates of a folded key (see `foldPlaceName`), or an empty list. */
  lookup(key: string): readonly GeoCandidate[];
  /** Number of distinct keys. */
  readonly size: number;
}

/**
 * Folds a place name for look-up: Unicode compatibility form, diacritics dropped, lower case, dots of
 * abbreviations dropped ("U.S." = "US"), "&" read as "and", hyphens and other punctuation read as spaces,
 * apostrophes dropped, a leading "the" dropped. "Île-de-France" and "ile de france" share a key.
 */
export function foldPlaceName(name: string): string {
  let folded = foldMemo.get(name);
  if (folded === undefined) {
    folded = foldPlaceNameOnce(name);
    if (foldMemo.size >= FOLD_MEMO) foldMemo.clear();
    foldMemo.set(name, folded);
  }
  return folded;
}

/**
 * Folded names met before in this process: the linker folds every surface form and mention of every place
 * entity (eight regular-expression passes each), and articles name the same places again and again.
 */
const foldMemo = new Map<string, string>();
/** The memo starts over when it holds this many names. */
const FOLD_MEMO = 50_000;

/** `foldPlaceName` without the memo. */
function foldPlaceNameOnce(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıİ]/g, 'i')
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/['\u2018\u2019\u02bc`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Generic words of first-level region names. A region is also found by its name without them
 * ("Nineveh Province" → "Nineveh", "Canton of Geneva" → "Geneva"): the general case is that news writes
 * a province by its proper name alone.
 */
const REGION_WORDS =
  /^(?:(?:province|canton|state|region|department|governorate|prefecture|oblast|county|district|republic|autonomous region|autonomous community) of )|(?: (?:province|governorate|prefecture|region|oblast|krai|kray|state|county|district|department|canton|voivodeship|autonomous region|autonomous community|municipality|emirate|division))$/;

/** A region name without its generic word, or null when it has none. */
export function regionCoreKey(key: string): string | null {
  const core = key.replace(REGION_WORDS, '').trim();
  return core !== key && core !== '' ? core : null;
}

const LEVEL_OF: Record<string, GeoLevel> = { country: 'country', admin1: 'admin1' };

/**
 * The look-up keys of a place (written into the table's last column by the build, so loading folds
 * nothing): its folded name and alternative names; a region's names without their generic word; a
 * city named with a generic "City" or a comma qualifier also without it ("New York City" → "new york",
 * "Washington, D.C." → "washington").
 */
export function placeKeysOf(level: GeoLevel, name: string, alts: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (via: string, key: string) => {
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push(`${via}:${key}`);
  };
  const primary = foldPlaceName(name);
  push('n', primary);
  const folded = alts.map(foldPlaceName);
  for (const a of folded) push('a', a);
  if (level === 'admin1')
    for (const k of [primary, ...folded]) {
      const core = regionCoreKey(k);
      if (core !== null) push('d', core);
    }
  if (level === 'city') {
    const bare = / city$/.test(primary)
      ? primary.slice(0, -5)
      : name.includes(',')
        ? foldPlaceName(name.split(',')[0]!)
        : '';
    push('d', bare);
    // A town told apart by its river or district is written without it in English news
    // ("Frankfurt am Main", "Frankfurt (Oder)", "Halle (Saale)" → "Frankfurt", "Halle").
    const river = /^(.+?)(?: (?:am|an der|im|in der|ob der|upon|on) .+| \(.+\))$/.exec(name);
    if (river !== null) push('d', foldPlaceName(river[1]!));
  }
  return out;
}

const VIA: readonly GeoCandidate['via'][] = ['name', 'alt', 'derived'];
/** Keys whose candidate lists a table keeps (see `lookup`); the memo starts over when it holds this many. */
const LOOKUP_MEMO = 50_000;

/** Parses one line of the table into a place. */
function parseLine(line: string): GeoPlace {
  const [id, levelField, cc, admin1, name, lat, lon, pop] = line.split('\t');
  const [levelName, code] = (levelField ?? '').split(':');
  const level: GeoLevel = LEVEL_OF[levelName!] ?? 'city';
  return {
    geonamesId: id === '-' || id === undefined ? null : Number(id),
    level,
    featureCode: level === 'country' ? 'PCLI' : level === 'admin1' ? 'ADM1' : (code ?? 'PPL'),
    countryCode: cc ?? '',
    admin1: admin1 ?? '',
    name: name ?? '',
    lat: Number(lat),
    lon: Number(lon),
    population: Number(pop) || 0,
  };
}

/** FNV-1a over the bytes `bytes[from, to)`. */
function hashRange(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

const UTF8 = new TextEncoder();

/** True when `s` holds a surrogate code unit that is not half of a pair. */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c >= 0xdc00) return true;
    const d = s.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return true;
    i++;
  }
  return false;
}

/** Growable Int32Array (the index keeps numbers, not one string and Map entry per key). */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  /** The values pushed, in an array of their own length. */
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * The key index of the table's UTF-8 bytes: each key occurrence as its byte offset and length with its code
 * (`row * 4 + via`), an open-addressing hash table of the keys (slot → first occurrence, -1 empty) and the
 * chain of each key's occurrences in file order (`next`, -1 at the end); `starts` is each row's offset.
 * Plain arrays, so the build can keep them (src/compiled.ts) and a thread need not index the text again.
 */
export interface GeoIndex {
  starts: Int32Array;
  keyAt: Int32Array;
  keyLen: Int32Array;
  codes: Int32Array;
  table: Int32Array;
  next: Int32Array;
  /** Number of distinct keys. */
  size: number;
}

/**
 * Indexes the table (see src/dev/geo/build-geo.ts for the format). Only the last column, the folded keys,
 * is read here, and no key becomes a string: each key occurrence is kept as its byte offset and length with
 * its code (`row * 4 + via`), in an open-addressing hash table of typed arrays whose chains keep the
 * occurrences of one key in file order; a row becomes a `GeoPlace` when a look-up first returns it. Every
 * worker thread loads this table at start-up. (Building 139,000 places up front took five times as long as
 * indexing the keys.) The table stays UTF-8 bytes: decoding the 10 MB file into one string (two bytes a
 * character, for its few thousand accented names) was most of a thread's cost of loading it.
 */
export function parseGeoTable(table: string | Uint8Array): GeoTable {
  const bytes = typeof table === 'string' ? UTF8.encode(table) : table;
  return geoTableOf(bytes, indexGeoTable(bytes));
}

/** The key index of the table's UTF-8 bytes (see `GeoIndex`). */
export function indexGeoTable(text: Uint8Array): GeoIndex {
  const starts = new IntList();
  const keyAt = new IntList();
  const keyLen = new IntList();
  const codes = new IntList();
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf(10 /* \n */, from);
    if (to < 0) to = text.length;
    if (to > from && text[from] !== 35 /* # */) {
      const row = starts.length;
      starts.push(from);
      const tab = text.lastIndexOf(9 /* \t */, to);
      let k = tab + 1;
      while (k < to) {
        // The key ends at the next '|' of this line. (`indexOf('|')` ran on past the line end to the next
        // bar in the file, often many lines on: that search was nine tenths of loading the table.)
        let bar = k;
        while (bar < to && text[bar] !== 124 /* | */) bar++;
        if (bar - k >= 3) {
          const c = text[k];
          const via = c === 110 /* n */ ? 0 : c === 97 /* a */ ? 1 : 2;
          keyAt.push(k + 2);
          keyLen.push(bar - k - 2);
          codes.push(row * 4 + via);
        }
        k = bar + 1;
      }
    }
    from = to + 1;
  }
  // Hash table: slot → first occurrence of a key (-1: empty); next/last chain the occurrences in order.
  const n = codes.length;
  let slots = 1;
  while (slots < n * 2) slots <<= 1;
  const mask = slots - 1;
  const table = new Int32Array(slots).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const last = new Int32Array(n);
  const sameKey = (a: number, b: number): boolean => {
    const len = keyLen.data[a]!;
    if (len !== keyLen.data[b]) return false;
    const pa = keyAt.data[a]!;
    const pb = keyAt.data[b]!;
    for (let i = 0; i < len; i++) if (text[pa + i] !== text[pb + i]) return false;
    return true;
  };
  let size = 0;
  for (let e = 0; e < n; e++) {
    const at = keyAt.data[e]!;
    let slot = hashRange(text, at, at + keyLen.data[e]!) & mask;
    for (;;) {
      const head = table[slot]!;
      if (head < 0) {
        table[slot] = e;
        last[e] = e;
        size++;
        break;
      }
      if (sameKey(head, e)) {
        next[last[head]!] = e;
        last[head] = e;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return {
    starts: starts.trimmed(),
    keyAt: keyAt.trimmed(),
    keyLen: keyLen.trimmed(),
    codes: codes.trimmed(),
    table,
    next,
    size,
  };
}

/** The table over its UTF-8 bytes `text` with their key index (`indexGeoTable` of the same bytes). */
export function geoTableOf(text: Uint8Array, index: GeoIndex): GeoTable {
  const { starts, keyAt, keyLen, codes, table, next, size } = index;
  const mask = table.length - 1;
  const sameBytes = (key: Uint8Array, at: number): boolean => {
    for (let i = 0; i < key.length; i++) if (text[at + i] !== key[i]) return false;
    return true;
  };
  /** The first occurrence of `key`, or -1. */
  const find = (name: string): number => {
    // A lone surrogate has no UTF-8 form (the encoder would write U+FFFD), and decoded text never holds one.
    if (hasLoneSurrogate(name)) return -1;
    const key = UTF8.encode(name);
    let slot = hashRange(key, 0, key.length) & mask;
    for (;;) {
      const head = table[slot]!;
      if (head < 0) return -1;
      if (keyLen[head] === key.length && sameBytes(key, keyAt[head]!)) return head;
      slot = (slot + 1) & mask;
    }
  };
  // Decoded as Buffer decodes a whole file (a BOM kept, bad bytes replaced alike): each line as it was in the text.
  const lines = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const places = new Map<number, GeoPlace>();
  const placeAt = (row: number): GeoPlace => {
    let p = places.get(row);
    if (p === undefined) {
      const start = starts[row]!;
      let end = text.indexOf(10 /* \n */, start);
      if (end < 0) end = text.length;
      p = parseLine(lines.toString('utf8', start, end));
      places.set(row, p);
    }
    return p;
  };
  // The candidates of a key never change, so each key's list is built once and handed out again (frozen: the
  // linker looks up the same few hundred places in article after article, some keys with hundreds of places).
  const looked = new Map<string, readonly GeoCandidate[]>();
  return {
    size,
    lookup(key: string): readonly GeoCandidate[] {
      let found = looked.get(key);
      if (found === undefined) {
        const out: GeoCandidate[] = [];
        for (let e = find(key); e >= 0; e = next[e]!) {
          const code = codes[e]!;
          const place = placeAt(code >> 2);
          if (!out.some((c) => c.place === place)) out.push(Object.freeze({ place, via: VIA[code & 3]! }));
        }
        found = Object.freeze(out);
        if (looked.size >= LOOKUP_MEMO) looked.clear();
        looked.set(key, found);
      }
      return found;
    },
  };
}
