/**
 * Gazetteers as features: name lists keyed by `nameKey` (lower case, no whitespace), each list one bit.
 * A token run that matches a list gets that list's BILOU position as a feature; the tagger decides.
 */
import { HASH_SEED, hashChar, lowerCode, nameKey } from './hash.js';
import type { Sentence, Token } from '../types.js';

/** Gazetteer slots (bit positions). Slots 0–3 come from training data, 4–7 from data/gazetteers/. */
export const GAZ = {
  trainPer: 0,
  trainOrg: 1,
  trainLoc: 2,
  trainMisc: 3,
  place: 4,
  firstName: 5,
  group: 6,
  demonym: 7,
} as const;

/** Filter bits per slot of a `NameTable` (two slots or more per key: 16 bits or more per key). */
const FILTER_BITS_PER_SLOT = 8;

/** Longest name (in wink tokens) a gazetteer match may span. */
export const MAX_NAME_TOKENS = 7;

/**
 * Open-addressing set of 32-bit name keys, each with a bit mask of the lists that hold it. A slot is
 * `[key, bits]` side by side (bits 0 = empty), so a look-up touches one cache line: the tagger looks up
 * every window of tokens that ends on a capital.
 */
export class NameTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /**
   * One bit per `FILTER_BITS_PER_SLOT` × slot, set for every key held (see `filterBit`): most windows the tagger
   * looks up hold no name, and this bit array, an eighth of the slots' size, answers them from the core's cache
   * (one absent key in 16 or fewer passes to the slots, which decide).
   */
  private filter: Int32Array;
  private filterShift: number;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.filterShift = 0;
    this.filter = this.emptyFilter(cap);
  }

  /** A zeroed filter for `cap` slots (and its shift). */
  private emptyFilter(cap: number): Int32Array {
    const bits = cap * FILTER_BITS_PER_SLOT;
    this.filterShift = 32 - Math.log2(bits);
    return new Int32Array(bits / 32);
  }

  /** The filter bit of `key`: the top bits of a multiplicative hash, independent of its slot (the low bits). */
  private filterBit(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.filterShift;
  }

  /** Sets the filter bit of `key`. */
  private markFilter(key: number): void {
    const f = this.filterBit(key);
    this.filter[f >>> 5]! |= 1 << (f & 31);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.count;
  }

  /** Adds list bits for a key. */
  addKey(key: number, bits: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    let i = key & this.mask;
    while (slots[2 * i + 1] !== 0 && slots[2 * i] !== key) i = (i + 1) & this.mask;
    if (slots[2 * i + 1] === 0) this.count++;
    slots[2 * i] = key;
    slots[2 * i + 1]! |= bits;
    if (bits !== 0) this.markFilter(key);
  }

  /** Adds a name (any spacing or case) to list `slot`. */
  addName(name: string, slot: number): void {
    this.addKey(nameKey(name), 1 << slot);
  }

  /** The list bits for a key (0 when absent). */
  get(key: number): number {
    const f = this.filterBit(key);
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return 0;
    const slots = this.slots;
    let i = key & this.mask;
    for (;;) {
      const v = slots[2 * i + 1]!;
      if (v === 0) return 0;
      if (slots[2 * i] === key) return v;
      i = (i + 1) & this.mask;
    }
  }

  /** The slots (`[key, bits]` pairs) and the key count, for src/compiled.ts. */
  parts(): { slots: Int32Array; count: number } {
    return { slots: this.slots, count: this.count };
  }

  /** A table with the `parts()` of another (the slots are used as they are). */
  static fromParts(slots: Int32Array, count: number): NameTable {
    const t = new NameTable(0);
    t.slots = slots;
    t.mask = slots.length / 2 - 1;
    t.count = count;
    t.filter = t.emptyFilter(t.mask + 1);
    for (let i = 0; i <= t.mask; i++) if (slots[2 * i + 1] !== 0) t.markFilter(slots[2 * i]!);
    return t;
  }

  /** Keys and bits, for serialisation. */
  entries(): { keys: Int32Array; bits: Uint8Array } {
    const keys = new Int32Array(this.count);
    const bits = new Uint8Array(this.count);
    let n = 0;
    for (let i = 0; i <= this.mask; i++) {
      if (this.slots[2 * i + 1] !== 0) {
        keys[n] = this.slots[2 * i]!;
        bits[n++] = this.slots[2 * i + 1]!;
      }
    }
    return { keys, bits };
  }

  /** Rebuilds a table from serialised keys and bits. */
  static fromEntries(keys: Int32Array, bits: Uint8Array): NameTable {
    const t = new NameTable(keys.length);
    for (let k = 0; k < keys.length; k++) t.addKey(keys[k]!, bits[k]!);
    return t;
  }

  /** One table holding every key of `tables` with the union of its bits (one look-up instead of several). */
  static union(tables: readonly NameTable[]): NameTable {
    const t = new NameTable(tables.reduce((n, x) => n + x.size, 0));
    for (const x of tables) {
      const { keys, bits } = x.entries();
      for (let k = 0; k < keys.length; k++) t.addKey(keys[k]!, bits[k]!);
    }
    return t;
  }

  private grow(): void {
    const old = this.entries();
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.count = 0;
    this.filter = this.emptyFilter(cap);
    for (let k = 0; k < old.keys.length; k++) this.addKey(old.keys[k]!, old.bits[k]!);
  }
}

function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0]!.toLowerCase());
}

function isWordStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

/** Sets bit `4 * slot + part` (B = 0, I = 1, L = 2, U = 3) on tokens `i..j` (inclusive) of a matched run. */
export function markRun(out: Int32Array, i: number, j: number, slot: number): void {
  if (j === i) {
    out[i] |= 1 << (4 * slot + 3);
    return;
  }
  out[i] |= 1 << (4 * slot);
  for (let k = i + 1; k < j; k++) out[k] |= 1 << (4 * slot + 1);
  out[j] |= 1 << (4 * slot + 2);
}

/** Bit of `LoweredTokens.upper` (bit 0: starts upper case) for a token that starts a word. */
const WORD_START = 2;

/**
 * Each token's characters lower-cased by `lowerCode` (token k's are `chars[start[k] .. start[k + 1])`), and per
 * token `upper[k]`: bit 0 when it starts upper case, WORD_START when it starts a word. Gazetteer windows fold a
 * token into the name key of every window it lies in (up to MAX_NAME_TOKENS), so its characters are lower-cased
 * once; the tagger fills this in the same loop that hashes each token's lower-case form (`caseTable`), and
 * `markGazetteers` reads it. Reused from document to document (grown on demand).
 */
export class LoweredTokens {
  chars = new Uint16Array(0);
  start = new Int32Array(1);
  upper = new Uint8Array(0);
  /** Per token, the code of its first character as written (0 for an empty token). */
  first = new Uint16Array(0);

  /** Makes room for `n` tokens (their characters grow with `room`). */
  begin(n: number): void {
    if (this.upper.length < n) {
      this.upper = new Uint8Array(2 * n);
      this.first = new Uint16Array(2 * n);
      this.start = new Int32Array(2 * n + 1);
    }
  }

  /** The character buffer, with room for `count` characters from `at` (what is below `at` is kept). */
  room(at: number, count: number): Uint16Array {
    if (at + count > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * (at + count), 1024));
      grown.set(this.chars.subarray(0, at));
      this.chars = grown;
    }
    return this.chars;
  }

  /** `foldLower(h, text)` of token k's text, from its lower-cased characters. */
  fold(h: number, k: number): number {
    const chars = this.chars;
    const to = this.start[k + 1]!;
    for (let c = this.start[k]!; c < to; c++) h = hashChar(h, chars[c]!);
    return h;
  }

  /** Token k's start bits (see `upper`) from its text. */
  static startBits(text: string): number {
    return (startsUpper(text) ? 1 : 0) | (isWordStart(text) ? WORD_START : 0);
  }

  /** Fills the characters and start bits of every token (when no `caseTable` did). */
  fill(tokens: readonly Token[]): this {
    const n = tokens.length;
    this.begin(n);
    let chars = 0;
    for (let k = 0; k < n; k++) chars += tokens[k]!.text.length;
    const lowerChars = this.room(0, chars);
    chars = 0;
    for (let k = 0; k < n; k++) {
      const text = tokens[k]!.text;
      this.start[k] = chars;
      for (let c = 0; c < text.length; c++) lowerChars[chars++] = lowerCode(text.charCodeAt(c));
      this.upper[k] = LoweredTokens.startBits(text);
      this.first[k] = text.length === 0 ? 0 : text.charCodeAt(0);
    }
    this.start[n] = chars;
    return this;
  }
}

/** `markGazetteers`' scratch, reused from document to document. */
let lastUpperBuffer = new Int32Array(0);
const ownLowered = new LoweredTokens();

/**
 * Marks gazetteer matches: `out[i]` gets bit `4 * slot + part` (part 0 = B, 1 = I, 2 = L, 3 = U) for
 * every run of tokens inside one sentence whose name key is in a list. A run must end on a capitalised
 * token (so "turkey" or "us" in running text match nothing) and start on a word. `lowered`: the tokens'
 * lower-cased characters when the caller made them (`caseTable`); otherwise they are made here.
 */
export function markGazetteers(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  tables: readonly NameTable[],
  out: Int32Array,
  lowered: LoweredTokens = ownLowered.fill(tokens),
): void {
  out.fill(0);
  const n = tokens.length;
  if (lastUpperBuffer.length < n + 1) lastUpperBuffer = new Int32Array(2 * n + 1);
  // Every slot read below is written first.
  const lastUpper = lastUpperBuffer;
  const { upper, start: charStart, chars: lowerChars } = lowered;
  // lastUpper[k]: the last token at or before k that starts upper case (-1 if none in the sentence), so a
  // window stops hashing at the last token a match could end on.
  for (const s of sentences) {
    let seen = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if ((upper[k]! & 1) !== 0) seen = k;
      lastUpper[k] = seen;
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const stop = lastUpper[Math.min(s.tokenEnd, i + MAX_NAME_TOKENS) - 1]!;
      if (stop < i || (upper[i]! & WORD_START) === 0) continue;
      let h = HASH_SEED;
      for (let j = i; j <= stop; j++) {
        // h = foldLower(h, tokens[j].text), from the lower-cased characters.
        const to = charStart[j + 1]!;
        for (let c = charStart[j]!; c < to; c++) h = hashChar(h, lowerChars[c]!);
        if ((upper[j]! & 1) === 0) continue;
        let bits = 0;
        for (const t of tables) bits |= t.get(h);
        if (bits === 0) continue;
        for (let slot = 0; slot < 8; slot++) if ((bits & (1 << slot)) !== 0) markRun(out, i, j, slot);
      }
    }
  }
}
