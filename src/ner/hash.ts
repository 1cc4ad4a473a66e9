/**
 * 32-bit hashing for features and gazetteer keys. Features are integers, never strings, so tagging
 * allocates nothing per feature: the trainer and the tagger compute the same hashes from the same
 * character loops.
 */

/** FNV-1a offset basis: the hash of the empty string. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** Folds one UTF-16 code unit into an FNV-1a hash. */
export function hashChar(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Lower-cases one code unit without allocating for ASCII (non-ASCII goes through the string API). */
export function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const lowered = String.fromCharCode(code).toLowerCase();
  return lowered.length === 1 ? lowered.charCodeAt(0) : code;
}

/** FNV-1a hash of a whole string. */
export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < s.length; k++) h = hashChar(h, s.charCodeAt(k));
  return h;
}

/**
 * Hash of a name for gazetteer and document look-ups: lower case, whitespace removed. A run of wink
 * tokens hashes the same way by folding each token's characters in turn, so "al-Saadi" matches however
 * wink splits it.
 */
export function nameKey(s: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) continue;
    h = hashChar(h, lowerCode(c));
  }
  return h;
}

/** Folds a string's lower-cased characters into `h` (continues a `nameKey` over the next token). */
export function foldLower(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = hashChar(h, lowerCode(s.charCodeAt(k)));
  return h;
}

/** Murmur3 finaliser: spreads bits so combined keys do not cluster in the weight table. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Feature key of a template with one value. */
export function feat1(template: number, a: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Feature key of a template with two values. */
export function feat2(template: number, a: number, b: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ a ^ Math.imul(mix(b), 0x27d4eb2f));
}

/** Feature key of a template with three values. */
export function feat3(template: number, a: number, b: number, c: number): number {
  return feat2(template, a, mix(b) ^ Math.imul(c, 0x165667b1));
}
