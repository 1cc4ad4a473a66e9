/**
 * Feature extraction. Every feature is a 32-bit key (template id mixed with hashed values), written
 * into one flat Int32Array per document with per-token offsets, so the tagger never builds a feature
 * string. The trainer and the tagger call the same functions, so training sees what production sees.
 */
import { clusterPrefix, type ClusterTable, type ClusterUse } from './clusters.js';
import { HASH_SEED, feat1, feat2, feat3, foldLower, hashChar, hashString, lowerCode } from './hash.js';
import { LoweredTokens, markRun } from './gazetteer.js';
import type { Arena } from './arena.js';
import { IntMap } from './intmap.js';
import { classOf, decodeSpans, type TokenSpan } from './tags.js';
import type { Sentence, Token } from '../types.js';

/** Feature keys of one document: token `i` owns `keys[offsets[i] .. offsets[i + 1])`. */
export interface DocFeatures {
  offsets: Int32Array;
  keys: Int32Array;
}

/**
 * Per-token hashed attributes shared by the feature templates. `lower` and `flags` hold every token;
 * the other arrays hold what `hashAttributes` filled (every token, or only the scored ones and their
 * neighbours) and are 0 elsewhere.
 */
export interface TokenTable {
  n: number;
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  short: Int32Array;
  pos: Int32Array;
  /** Prefix hashes of the lower-cased word, lengths 1–3 (3 per token). */
  prefix: Int32Array;
  /** Suffix hashes of the lower-cased word, lengths 1–4 (4 per token). */
  suffix: Int32Array;
  flags: Uint8Array;
  length: Uint8Array;
  /** Word-cluster path of the lower-cased word (see `markClusters`; 0: not in the cluster file, or not filled). */
  cluster: Int32Array;
}

/** Token flags. */
export const F_INIT_CAP = 1;
export const F_ALL_CAPS = 2;
export const F_SENT_START = 4;
export const F_CAPS_LINE = 8;
export const F_ALPHA = 16;
export const F_LOWER_INIT = 32;
export const F_HAS_LOWER = 64;
/** Some letter of the token is upper case ("Baghdad", "eBay", "ISIS"). */
export const F_HAS_UPPER = 128;

const BOUNDARY = hashString('<s>');
const X = 88;
const LX = 120;
const D = 100;

function charClass(c: number, original: number): number {
  if (c >= 48 && c <= 57) return D;
  if (original !== c) return X; // lower-casing changed it: an upper-case letter
  if ((c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c))) return LX;
  return c;
}

/** Hashes the attributes of every token once (training and tools; the tagger hashes fewer, see `caseTable`). */
export function tokenTable(tokens: readonly Token[], sentences: readonly Sentence[]): TokenTable {
  const t = caseTable(tokens, sentences);
  hashAttributes(t, tokens, null);
  return t;
}

/** `caseTable`'s lower-cased characters when its caller keeps none. */
const ownLowered = new LoweredTokens();

/**
 * The first half of a token table: every token's lower-case hash and flags, which document evidence,
 * gazetteer-free look-ups and `activeTokens` read for all tokens, and its exact-text hash and short shape,
 * made from the same characters in the same loop (`hashWord`'s). The other attributes are left zero
 * for `hashAttributes`. With `arena`, the arrays are the arena's (valid until the next call with it).
 * Fills `lowered` with every token's lower-cased characters on the way (what `markGazetteers` reads: the
 * loop lower-cases each character for the hash anyway).
 */
export function caseTable(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  arena?: Arena,
  lowered: LoweredTokens = ownLowered,
): TokenTable {
  const n = tokens.length;
  const i32 = (name: string, size: number): Int32Array =>
    arena === undefined ? new Int32Array(size) : arena.int32(name, size);
  const u8 = (name: string, size: number): Uint8Array =>
    arena === undefined ? new Uint8Array(size) : arena.uint8(name, size);
  const t: TokenTable = {
    n,
    word: i32('word', n),
    lower: i32('lower', n),
    shape: i32('shape', n),
    short: i32('short', n),
    pos: i32('pos', n),
    prefix: i32('prefix', n * 3),
    suffix: i32('suffix', n * 4),
    flags: u8('flags', n),
    length: u8('length', n),
    cluster: i32('cluster', n),
  };
  lowered.begin(n);
  const charStart = lowered.start;
  const startBits = lowered.upper;
  const firstCodes = lowered.first;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const text = tokens[i]!.text;
    const len = text.length;
    let lower = HASH_SEED;
    let word = HASH_SEED;
    let short = HASH_SEED;
    let prevClass = -1;
    let upper = 0;
    let lowers = 0;
    charStart[i] = at;
    const chars = lowered.room(at, len);
    for (let k = 0; k < len; k++) {
      const c = text.charCodeAt(k);
      const lc = lowerCode(c);
      chars[at++] = lc;
      lower = hashChar(lower, lc);
      word = hashChar(word, c);
      const cls = charClass(lc, c);
      if (cls !== prevClass) short = hashChar(short, cls);
      prevClass = cls;
      if (cls === X) upper++;
      else if (cls === LX) lowers++;
    }
    const letters = upper + lowers;
    t.lower[i] = lower;
    t.word[i] = word;
    t.short[i] = short;
    let f = 0;
    if (letters > 0) f |= F_ALPHA;
    const first = text.charCodeAt(0);
    if (lowerCode(first) !== first) f |= F_INIT_CAP;
    else if (letters > 0 && lowers > 0 && charClass(first, first) === LX) f |= F_LOWER_INIT;
    if (letters > 1 && upper === letters) f |= F_ALL_CAPS;
    if (lowers > 0) f |= F_HAS_LOWER;
    if (upper > 0) f |= F_HAS_UPPER;
    t.flags[i] = f;
    startBits[i] = LoweredTokens.startBits(text);
    firstCodes[i] = len === 0 ? 0 : first;
  }
  charStart[n] = at;
  for (const s of sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    t.flags[s.tokenStart] |= F_SENT_START;
    let letters = false;
    let hasLower = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if ((t.flags[i]! & F_ALPHA) === 0) continue;
      letters = true;
      if ((t.flags[i]! & F_HAS_LOWER) !== 0) hasLower = true;
    }
    // A line written in capitals (a headline) hides the capitalisation evidence the model leans on.
    if (letters && !hasLower && s.tokenEnd - s.tokenStart > 1) {
      let caps = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) if ((t.flags[i]! & F_ALL_CAPS) !== 0) caps++;
      if (caps * 2 >= s.tokenEnd - s.tokenStart - 1)
        for (let i = s.tokenStart; i < s.tokenEnd; i++) t.flags[i] |= F_CAPS_LINE;
    }
  }
  return t;
}

/**
 * The second half of a token table: word, shape, short shape, POS, prefix, suffix and length hashes.
 * With `active` (from `activeTokens`), only scored tokens and their neighbours get them: features read
 * them for a scored token and its neighbours only, and most tokens are neither. (The tagger splits this
 * in two, `wordAttributes` and `ownAttributes`, so that words whose own sums it holds skip the second.)
 */
export function hashAttributes(t: TokenTable, tokens: readonly Token[], active: Uint8Array | null): void {
  const n = t.n;
  for (let i = 0; i < n; i++) {
    if (active !== null && !nearActive(active, i, n)) continue;
    hashWord(t, tokens[i]!, i);
    hashOwn(t, tokens[i]!.text, i);
  }
}

/** Whether token `i` is scored or next to a scored token. */
function nearActive(active: Uint8Array, i: number, n: number): boolean {
  return active[i] !== 0 || (i > 0 && active[i - 1] !== 0) || (i + 1 < n && active[i + 1] !== 0);
}

/**
 * The attributes that a scored token's neighbours' features and the tagger's per-word cache read: the
 * exact-text hash and the short shape (`caseTable` made them for every token) and the POS hash, for scored
 * tokens and their neighbours.
 */
export function wordAttributes(t: TokenTable, tokens: readonly Token[], active: Uint8Array): void {
  const n = t.n;
  for (let i = 0; i < n; i++) if (nearActive(active, i, n)) t.pos[i] = hashString(tokens[i]!.pos);
}

/**
 * The attributes only a token's own keys read (shape, prefixes, suffixes, length), for the tokens whose
 * `needed` flag is set: a word whose own keys' sums the tagger already holds needs none of them.
 */
export function ownAttributes(t: TokenTable, tokens: readonly Token[], needed: Uint8Array): void {
  for (let i = 0; i < t.n; i++) if (needed[i] !== 0) hashOwn(t, tokens[i]!.text, i);
}

/** Exact-text hash, short shape (one class per run of characters) and POS hash of token `i`. */
function hashWord(t: TokenTable, token: Token, i: number): void {
  const text = token.text;
  let word = HASH_SEED;
  let short = HASH_SEED;
  let prevClass = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    word = hashChar(word, c);
    const cls = charClass(lowerCode(c), c);
    if (cls !== prevClass) short = hashChar(short, cls);
    prevClass = cls;
  }
  t.word[i] = word;
  t.short[i] = short;
  t.pos[i] = hashString(token.pos);
}

/** Shape (runs cut at four), lower-case prefixes of 1–3 and suffixes of 1–4 characters, and length of token `i`. */
function hashOwn(t: TokenTable, text: string, i: number): void {
  const len = text.length;
  let shape = HASH_SEED;
  let run = 0;
  let prevClass = -1;
  let prefix = HASH_SEED;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(k);
    const lc = lowerCode(c);
    if (k < 3) t.prefix[i * 3 + k] = prefix = hashChar(prefix, lc);
    const cls = charClass(lc, c);
    if (cls === prevClass) run++;
    else run = 0;
    if (run < 4) shape = hashChar(shape, cls);
    prevClass = cls;
  }
  for (let k = len; k < 3; k++) t.prefix[i * 3 + k] = prefix;
  for (let k = 1; k <= 4; k++) {
    let h = HASH_SEED;
    for (let q = Math.max(0, len - k); q < len; q++) h = hashChar(h, lowerCode(text.charCodeAt(q)));
    t.suffix[i * 4 + k - 1] = h;
  }
  t.shape[i] = shape;
  t.length[i] = Math.min(len, 12);
}

/**
 * Fills `t.cluster` from the word-cluster table (a look-up of the lower-case hash). With `active`, only
 * the tokens whose clusters features read: scored tokens, and their neighbours when `neighbours` (the
 * model has context cluster features).
 */
export function markClusters(
  t: TokenTable,
  clusters: ClusterTable,
  active: Uint8Array | null,
  neighbours = true,
): void {
  const n = t.n;
  for (let i = 0; i < n; i++) {
    if (
      active !== null &&
      active[i] === 0 &&
      (!neighbours || ((i === 0 || active[i - 1] === 0) && (i + 1 === n || active[i + 1] === 0)))
    )
      continue;
    t.cluster[i] = clusters.codes.get(t.lower[i]!, 0);
  }
}

/**
 * The tokens the tagger scores; every other token is decoded as O without being scored. Tokens written
 * without a space between them (`al - Saadi`, `York - based`) form one word, and a word is scored when:
 * - it holds an upper-case letter ("Basra", "eBay", "ISIS", "al-Saadi");
 * - it lies between two such words with at most one other word ("Bank of England", "University of the
 *   West Indies", "Johnson & Johnson");
 * - it comes right before one and is a lower-case word of at most three letters, the particles that
 *   open names ("de Gaulle", "bin Laden", "van Gogh", "al Maliki"), or holds a digit ("1860 Munich");
 * - it comes right after one and holds a digit ("Apollo 13"), or closes the name: a closing bracket or
 *   a possessive written apart ("Mladost ( BJ )", "Lord 's").
 * So punctuation around a name, the longer words leading into it ("said", "told") and the lower-case
 * words after it ("Smith said") are not scored: a name does not end on a lower-case word ("BBC radio"
 * is "BBC"). That costs the rare name written with a lower-case last word ("Star magazine").
 * English names are written with capitals, so almost no name token is left out, while most text skips
 * the weight look-ups that are most of the tagger's time. Decoding is exact under that constraint (see
 * `tagDocument`). With `arena`, the array is the arena's.
 */
export function activeTokens(
  t: TokenTable,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  arena?: Arena,
): Uint8Array {
  const active = arena === undefined ? new Uint8Array(t.n) : arena.uint8('active', t.n);
  // Words of the sentence: word w spans tokens [starts[w], starts[w + 1]) (scratch arrays reused per call).
  if (wordStarts.length < t.n + 1) {
    wordStarts = new Int32Array(2 * t.n + 1);
    wordCapital = new Uint8Array(2 * t.n + 1);
  }
  const starts = wordStarts;
  const capital = wordCapital;
  for (const s of sentences) {
    let words = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (i === s.tokenStart || tokens[i]!.start > tokens[i - 1]!.end) {
        starts[words] = i;
        capital[words++] = 0;
      }
      if ((t.flags[i]! & F_HAS_UPPER) !== 0) capital[words - 1] = 1;
    }
    starts[words] = s.tokenEnd;
    for (let w = 0; w < words; w++) {
      const from = starts[w]!;
      const to = starts[w + 1]!;
      let scored = capital[w] === 1;
      if (!scored) {
        const follows = w > 0 && capital[w - 1] === 1;
        const precedes = w + 1 < words && capital[w + 1] === 1;
        scored =
          (follows && (precedes || (w + 2 < words && capital[w + 2] === 1))) ||
          (precedes && w > 1 && capital[w - 2] === 1) ||
          (precedes && (isParticle(tokens, from, to) || hasDigit(tokens, from, to))) ||
          (follows && (hasDigit(tokens, from, to) || closesName(tokens, from, to)));
      }
      if (scored) for (let i = from; i < to; i++) active[i] = 1;
    }
  }
  return active;
}

/** `activeTokens`' scratch: each word's first token, and whether the word holds an upper-case letter. */
let wordStarts = new Int32Array(0);
let wordCapital = new Uint8Array(0);

/** A one-token word of one to three lower-case ASCII letters ("de", "bin", "van", "al"). */
function isParticle(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const text = tokens[from]!.text;
  if (text.length > 3) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A one-token word that can end a name it follows: a closing bracket or a possessive. */
function closesName(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const text = tokens[from]!.text;
  return text === ')' || text === ']' || text === "'s" || text === "'" || text === '\u2019s';
}

/** Whether any token of the word holds a digit. */
function hasDigit(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (DIGIT.test(tokens[i]!.text)) return true;
  return false;
}
const DIGIT = /[0-9]/;

/** Grows a key buffer as features are appended. */
class KeyBuffer {
  keys: Int32Array;
  length = 0;
  /**
   * `expected`: about as many keys as the document will have, so the buffer rarely grows. With `arena`,
   * it starts as the arena's buffer `name` (give it back with `keep`).
   */
  constructor(
    expected: number,
    private readonly arena?: Arena,
    private readonly name = '',
  ) {
    const size = Math.max(256, expected);
    this.keys = arena === undefined ? new Int32Array(size) : arena.int32Buffer(name, size);
  }

  /** Hands a buffer that grew back to the arena. */
  keep(): void {
    this.arena?.keepInt32(this.name, this.keys);
  }
  push(k: number): void {
    if (this.length === this.keys.length) {
      const bigger = new Int32Array(this.keys.length * 2);
      bigger.set(this.keys);
      this.keys = bigger;
    }
    this.keys[this.length++] = k;
  }
}

/**
 * Every token's feature list starts with this many keys that depend on its text alone (bias, word,
 * lower case, shapes, prefixes, suffixes, length).
 */
export const WORD_FEATURES = 13;
/**
 * Layout of a scored token's keys, for the tagger's per-word cache: OWN_HEAD keys that depend on the
 * token itself (the WORD_FEATURES text-only ones, then its POS), CONTEXT_FEATURES keys on its neighbours,
 * then `ownTail[i]` more keys on the token itself (POS with shape; sentence start, capitals line and
 * document evidence when they apply), then gazetteer keys, which depend on where the token is. The own
 * keys are fixed by the token's text and `variant[i]`, so the tagger sums them once per (word, variant).
 */
export const OWN_HEAD = WORD_FEATURES + 1;
export const CONTEXT_FEATURES = 14;

/** The first pass's features, with what the tagger's per-word cache needs (see OWN_HEAD). */
export interface BaseFeatures extends DocFeatures {
  /** Per scored token: its POS hash and the flags and evidence its own keys depend on, as one exact number. */
  variant: Float64Array;
  /** Per scored token: how many own keys follow its context keys. */
  ownTail: Uint8Array;
  /**
   * Per token: 1 when its own keys (the OWN_HEAD before its context keys and the `ownTail` after) are
   * written; 0 when they are left out (a token not scored, or one whose own sums the tagger holds), and
   * then its keys start with the CONTEXT_FEATURES context keys.
   */
  own: Uint8Array;
}

/** What a scored token's own keys depend on besides its text (see `ownVariants`). */
export interface OwnVariants {
  /** Per scored token: its POS hash and its evidence code, as one exact number (the per-word cache's key). */
  variant: Float64Array;
  /** Per scored token: document evidence (bits 0–1) and its initial-capital, sentence-start and capitals-line flags. */
  code: Uint8Array;
}

/** Template ids (changing one changes every key: retrain after). */
const T = {
  bias: 0,
  word: 1,
  lower: 2,
  shape: 3,
  short: 4,
  pos: 5,
  prefix: 6,
  suffix: 7,
  prev1: 8,
  next1: 9,
  prev2: 10,
  next2: 11,
  prevShape: 12,
  nextShape: 13,
  prevPos: 14,
  nextPos: 15,
  bigramL: 16,
  bigramR: 17,
  posTri: 18,
  shapeTri: 19,
  sentStart: 20,
  capsLineWord: 21,
  capsLineShape: 22,
  docEvidence: 23,
  gaz: 24,
  gazPrev: 25,
  gazNext: 26,
  length: 27,
  prevWordShape: 28,
  shapeNextWord: 29,
  posShape: 30,
  docEvidenceWord: 31,
  clusterOwn: 32,
  clusterPrev: 33,
  clusterNext: 34,
  pass1: 40,
  pass1Prev: 41,
  pass1Next: 42,
  docClass: 43,
  docMatch: 44,
  docClassShape: 45,
  docClassPass1: 46,
} as const;

/** The own cluster keys of every path of a cluster use (see `ownClusterKeys`). */
const ownKeyTables = new WeakMap<ClusterUse, Int32Array>();

/**
 * The own cluster keys of every leaf path, `own.length` per path in path order: computed once per
 * cluster use rather than hashed again for every scored token.
 */
function ownClusterKeys(use: ClusterUse): Int32Array {
  let keys = ownKeyTables.get(use);
  if (keys === undefined) {
    const depth = use.table.depth;
    keys = new Int32Array((1 << depth) * use.own.length);
    for (let path = 0; path < 1 << depth; path++) {
      const code = (1 << depth) | path;
      use.own.forEach((bits, k) => {
        keys![path * use.own.length + k] = feat2(T.clusterOwn, bits, clusterPrefix(code, depth, bits));
      });
    }
    ownKeyTables.set(use, keys);
  }
  return keys;
}

/** Per-document tallies keyed by hashes, reused from document to document (see `IntMap`). */
const evidenceSeen = new IntMap();
const consistencyVotes = new IntMap();
const consistencyPredicted = new IntMap();
const consistencyFirsts = new IntMap();
/** `consistencyFeatures`' vote counts, four per voted word (grown on demand). */
let consistencyCounts = new Int32Array(64);

/**
 * Document-level capitalisation evidence: for each lower-cased word, whether it appears capitalised
 * away from a sentence start (code 1) and whether it appears in lower case (code 2) elsewhere.
 */
function documentEvidence(t: TokenTable, arena?: Arena): Uint8Array {
  const seen = evidenceSeen;
  seen.clear();
  for (let i = 0; i < t.n; i++) {
    const f = t.flags[i]!;
    if ((f & F_ALPHA) === 0 || (f & F_CAPS_LINE) !== 0) continue;
    const code = (f & F_INIT_CAP) !== 0 ? ((f & F_SENT_START) === 0 ? 1 : 4) : 2;
    seen.or(t.lower[i]!, code);
  }
  const out = arena === undefined ? new Uint8Array(t.n) : arena.uint8('evidence', t.n);
  for (let i = 0; i < t.n; i++) if ((t.flags[i]! & F_ALPHA) !== 0) out[i] = seen.get(t.lower[i]!, 0) & 3;
  return out;
}

/**
 * The variant of every scored token (every token without `active`): the POS hash and the document
 * evidence and position flags that its own keys read. A token's own keys follow from its text and its
 * variant alone. With `arena`, the arrays are the arena's.
 */
export function ownVariants(t: TokenTable, active?: Uint8Array, arena?: Arena): OwnVariants {
  const evidence = documentEvidence(t, arena);
  const variant = arena === undefined ? new Float64Array(t.n) : arena.float64('variant', t.n);
  const code = arena === undefined ? new Uint8Array(t.n) : arena.uint8('code', t.n);
  for (let i = 0; i < t.n; i++) {
    if (active !== undefined && active[i] === 0) continue;
    // INIT_CAP and ALPHA follow from the text; the rest of what the own keys read is in the variant.
    const c = evidence[i]! | ((t.flags[i]! & (F_INIT_CAP | F_SENT_START | F_CAPS_LINE)) << 2);
    code[i] = c;
    variant[i] = (t.pos[i]! >>> 0) * 64 + c;
  }
  return { variant, code };
}

/**
 * Local, gazetteer and document-evidence features of every token (the first pass's input).
 * `gaz[i]` holds the gazetteer match bits from `markGazetteers`. With `active`, a token whose flag is 0
 * gets no features (an empty key range). With `clusters` (and `t.cluster` filled by `markClusters`), the
 * token's word-cluster path prefixes of the `own` lengths and its neighbours' of the `context` lengths
 * are features too; a word not in the cluster file adds none.
 * `variants`: from `ownVariants` (computed here when absent). With `needed`, a token whose flag is 0 gets
 * no own keys, only its context, gazetteer and neighbour-cluster keys (see `BaseFeatures.own`): the
 * tagger holds the sums of its own keys already. With `arena`, the arrays are the arena's.
 */
export function baseFeatures(
  t: TokenTable,
  sentences: readonly Sentence[],
  gaz: Int32Array,
  active?: Uint8Array,
  clusters?: ClusterUse | null,
  variants?: OwnVariants,
  needed?: Uint8Array,
  arena?: Arena,
): BaseFeatures {
  const depth = clusters?.table.depth ?? 0;
  const ownCount = clusters?.own.length ?? 0;
  const ownKeys = clusters === undefined || clusters === null ? null : ownClusterKeys(clusters);
  const contextBits = clusters?.context ?? [];
  const buf = new KeyBuffer(t.n * 16, arena, 'baseKeys');
  const offsets = arena === undefined ? new Int32Array(t.n + 1) : arena.int32('baseOffsets', t.n + 1);
  const { variant, code: codes } = variants ?? ownVariants(t, active, arena);
  const ownTail = arena === undefined ? new Uint8Array(t.n) : arena.uint8('ownTail', t.n);
  const own = arena === undefined ? new Uint8Array(t.n) : arena.uint8('own', t.n);
  for (const s of sentences) {
    const a = s.tokenStart;
    const b = s.tokenEnd;
    for (let i = a; i < b; i++) {
      offsets[i] = buf.length;
      if (active !== undefined && active[i] === 0) continue;
      const lower = t.lower[i]!;
      const short = t.short[i]!;
      const flags = t.flags[i]!;
      const lp1 = i - 1 >= a ? t.lower[i - 1]! : BOUNDARY;
      const ln1 = i + 1 < b ? t.lower[i + 1]! : BOUNDARY;
      const lp2 = i - 2 >= a ? t.lower[i - 2]! : BOUNDARY;
      const ln2 = i + 2 < b ? t.lower[i + 2]! : BOUNDARY;
      const sp1 = i - 1 >= a ? t.short[i - 1]! : BOUNDARY;
      const sn1 = i + 1 < b ? t.short[i + 1]! : BOUNDARY;
      const pp1 = i - 1 >= a ? t.pos[i - 1]! : BOUNDARY;
      const pn1 = i + 1 < b ? t.pos[i + 1]! : BOUNDARY;
      const withOwn = needed === undefined || needed[i] !== 0;
      // The first WORD_FEATURES keys depend on the token's text alone (the tagger caches their sum per word).
      if (withOwn) {
        buf.push(feat1(T.bias, 0));
        buf.push(feat1(T.word, t.word[i]!));
        buf.push(feat1(T.lower, lower));
        buf.push(feat1(T.shape, t.shape[i]!));
        buf.push(feat1(T.short, short));
        for (let k = 0; k < 3; k++) buf.push(feat2(T.prefix, k, t.prefix[i * 3 + k]!));
        for (let k = 0; k < 4; k++) buf.push(feat2(T.suffix, k, t.suffix[i * 4 + k]!));
        buf.push(feat1(T.length, t.length[i]!));
        buf.push(feat1(T.pos, t.pos[i]!));
      }
      buf.push(feat1(T.prev1, lp1));
      buf.push(feat1(T.next1, ln1));
      buf.push(feat1(T.prev2, lp2));
      buf.push(feat1(T.next2, ln2));
      buf.push(feat1(T.prevShape, sp1));
      buf.push(feat1(T.nextShape, sn1));
      buf.push(feat1(T.prevPos, pp1));
      buf.push(feat1(T.nextPos, pn1));
      buf.push(feat2(T.bigramL, lp1, lower));
      buf.push(feat2(T.bigramR, lower, ln1));
      buf.push(feat3(T.posTri, pp1, t.pos[i]!, pn1));
      buf.push(feat3(T.shapeTri, sp1, short, sn1));
      buf.push(feat2(T.prevWordShape, lp1, short));
      buf.push(feat2(T.shapeNextWord, short, ln1));
      if (withOwn) {
        const tailFrom = buf.length;
        buf.push(feat2(T.posShape, t.pos[i]!, short));
        if ((flags & F_SENT_START) !== 0) buf.push(feat1(T.sentStart, t.shape[i]!));
        if ((flags & F_CAPS_LINE) !== 0) {
          buf.push(feat1(T.capsLineWord, lower));
          buf.push(feat1(T.capsLineShape, short));
        }
        const code = codes[i]!;
        if ((flags & F_ALPHA) !== 0) {
          buf.push(feat1(T.docEvidence, code));
          buf.push(feat2(T.docEvidenceWord, code, lower));
        }
        // The word's cluster follows from its text, so it is an own key (cached per word by the tagger).
        const cl = t.cluster[i]!;
        if (cl !== 0 && ownKeys !== null) {
          const at = (cl - (1 << depth)) * ownCount;
          for (let k = 0; k < ownCount; k++) buf.push(ownKeys[at + k]!);
        }
        ownTail[i] = buf.length - tailFrom;
        own[i] = 1;
      }
      const g = gaz[i]!;
      if (g !== 0) for (let bit = 0; bit < 32; bit++) if ((g & (1 << bit)) !== 0) buf.push(feat1(T.gaz, bit));
      const gp = i - 1 >= a ? gaz[i - 1]! : 0;
      const gn = i + 1 < b ? gaz[i + 1]! : 0;
      // Neighbours' list membership by slot only (which list, not where in the name).
      for (let slot = 0; slot < 8; slot++) {
        if (((gp >>> (4 * slot)) & 15) !== 0) buf.push(feat1(T.gazPrev, slot));
        if (((gn >>> (4 * slot)) & 15) !== 0) buf.push(feat1(T.gazNext, slot));
      }
      if (contextBits.length > 0) {
        const cp = i - 1 >= a ? t.cluster[i - 1]! : 0;
        const cn = i + 1 < b ? t.cluster[i + 1]! : 0;
        for (const bits of contextBits) {
          if (cp !== 0) buf.push(feat2(T.clusterPrev, bits, clusterPrefix(cp, depth, bits)));
          if (cn !== 0) buf.push(feat2(T.clusterNext, bits, clusterPrefix(cn, depth, bits)));
        }
      }
    }
  }
  offsets[t.n] = buf.length;
  buf.keep();
  return { offsets, keys: buf.keys.subarray(0, buf.length), variant, ownTail, own };
}

/**
 * Second-pass features from first-pass tags: the token's own and neighbouring first-pass tags, the
 * majority class the first pass gave the same word elsewhere in the document, and whether the token
 * lies in a string the first pass tagged elsewhere (Ratinov & Roth style document consistency).
 * Returns only these extra features; the second pass also uses the base features (see `concatFeatures`).
 * With `active`, only tokens whose flag is set get features. With `arena`, the arrays are the arena's.
 * `lowered`: the tokens' lower-cased characters (`caseTable`'s), which name hashes fold instead of the texts.
 */
export function consistencyFeatures(
  t: TokenTable,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  tags: Uint8Array,
  active?: Uint8Array,
  arena?: Arena,
  lowered?: LoweredTokens,
): DocFeatures {
  // Votes per (word, class) across the document, from first-pass spans.
  // Each voted word owns four class counts in `counts`, from offset `votes.get(word)`.
  const votes = consistencyVotes;
  votes.clear();
  // Reused from document to document: each word's four counts are zeroed when the word gets them.
  let counts = consistencyCounts;
  const spans: TokenSpan[] = [];
  for (const s of sentences) decodeSpans(tags, s.tokenStart, s.tokenEnd, spans);
  // Class bits of each predicted string's name hash.
  const predicted = consistencyPredicted;
  predicted.clear();
  // Hash of each predicted string's first token: a window can only match a string that starts like it.
  const firstTokens = consistencyFirsts;
  firstTokens.clear();
  for (const sp of spans) {
    // `t.lower` is the token's own lower-case hash, the first step of the name hash below.
    firstTokens.set(t.lower[sp.start]!, 1);
    let h = HASH_SEED;
    for (let k = sp.start; k < sp.end; k++) {
      h = lowered === undefined ? foldLower(h, tokens[k]!.text) : lowered.fold(h, k);
      if ((t.flags[k]! & F_ALPHA) === 0) continue;
      let v = votes.get(t.lower[k]!, -1);
      if (v < 0) {
        v = votes.size * 4;
        votes.set(t.lower[k]!, v);
        if (v + 4 > counts.length) {
          const bigger = new Int32Array(counts.length * 2);
          bigger.set(counts);
          counts = consistencyCounts = bigger;
        }
        counts.fill(0, v, v + 4);
      }
      counts[v + sp.cls]!++;
    }
    predicted.or(h, 1 << sp.cls);
  }
  // Matches of predicted strings anywhere in the document (the same name untagged elsewhere).
  const match = arena === undefined ? new Int32Array(t.n) : arena.int32('match', t.n);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if ((t.flags[i]! & F_ALPHA) === 0) continue;
      let h = t.lower[i]!;
      if (!firstTokens.has(h)) continue;
      const last = Math.min(s.tokenEnd, i + 7);
      for (let j = i; j < last; j++) {
        if (j > i) h = lowered === undefined ? foldLower(h, tokens[j]!.text) : lowered.fold(h, j);
        const bits = predicted.get(h, 0);
        if (bits === 0) continue;
        for (let c = 0; c < 4; c++) if ((bits & (1 << c)) !== 0) markRun(match, i, j, c);
      }
    }
  }
  const buf = new KeyBuffer(t.n * 4, arena, 'secondKeys');
  const offsets = arena === undefined ? new Int32Array(t.n + 1) : arena.int32('secondOffsets', t.n + 1);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      offsets[i] = buf.length;
      if (active !== undefined && active[i] === 0) continue;
      const own = tags[i]!;
      const prev = i - 1 >= s.tokenStart ? tags[i - 1]! : 255;
      const next = i + 1 < s.tokenEnd ? tags[i + 1]! : 255;
      buf.push(feat1(T.pass1, own));
      buf.push(feat2(T.pass1Prev, prev, own));
      buf.push(feat1(T.pass1Next, next));
      if ((t.flags[i]! & F_ALPHA) !== 0) {
        const v = votes.get(t.lower[i]!, -1);
        if (v >= 0) {
          // Leave this token's own vote out, so the feature says what the rest of the document thinks.
          const ownCls = classOf(own);
          let best = -1;
          let bestVotes = 0;
          let total = 0;
          for (let c = 0; c < 4; c++) {
            const n = counts[v + c]! - (c === ownCls ? 1 : 0);
            total += n;
            if (n > bestVotes) {
              best = c;
              bestVotes = n;
            }
          }
          if (best >= 0) {
            const share = bestVotes * 2 > total ? 1 : 0;
            buf.push(feat2(T.docClass, best, share));
            buf.push(feat2(T.docClassShape, best, t.short[i]!));
            buf.push(feat2(T.docClassPass1, best, ownCls + 1));
          }
        }
      }
      const m = match[i]!;
      if (m !== 0) for (let bit = 0; bit < 16; bit++) if ((m & (1 << bit)) !== 0) buf.push(feat1(T.docMatch, bit));
    }
  }
  offsets[t.n] = buf.length;
  buf.keep();
  return { offsets, keys: buf.keys.subarray(0, buf.length) };
}

/** Per-token concatenation of two feature sets (the second pass trains on base + consistency). */
export function concatFeatures(a: DocFeatures, b: DocFeatures): DocFeatures {
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const keys = new Int32Array(a.keys.length + b.keys.length);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    keys.set(a.keys.subarray(a.offsets[i]!, a.offsets[i + 1]!), at);
    at += a.offsets[i + 1]! - a.offsets[i]!;
    keys.set(b.keys.subarray(b.offsets[i]!, b.offsets[i + 1]!), at);
    at += b.offsets[i + 1]! - b.offsets[i]!;
  }
  offsets[n] = at;
  return { offsets, keys };
}
