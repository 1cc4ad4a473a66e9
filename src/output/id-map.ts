/**
 * Compact maps and sets keyed by article id, for state a run keeps per article (issue 16: the main
 * thread's memory should not grow with the corpus). An article id is `a_` and 16 hex digits (64 bits of a
 * content hash), so it packs into two 32-bit words: an open-addressing table over typed arrays holds an
 * entry in 17–26 bytes (up to three quarters full), where a `Map` or `Set` of id strings costs about 80 (the string, its header
 * and the hash table's slot). Ids of any other form (none is produced today; an index file edited by
 * hand could hold one) go to an ordinary `Map`, so any string works.
 *
 * Iteration order is not insertion order: callers that need an order sort (ids are hashes).
 */

const EMPTY = 0;
const FULL = 1;

/** The two 32-bit halves of a well-formed article id, or null for any other string. */
export function packArticleId(id: string): [number, number] | null {
  if (id.length !== 18 || id.charCodeAt(0) !== 97 /* a */ || id.charCodeAt(1) !== 95 /* _ */) return null;
  let hi = 0;
  let lo = 0;
  for (let i = 2; i < 18; i++) {
    const c = id.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return null;
    if (i < 10) hi = hi * 16 + d;
    else lo = lo * 16 + d;
  }
  return [hi, lo];
}

/** The article id of two 32-bit halves (inverse of {@link packArticleId}). */
export function unpackArticleId(hi: number, lo: number): string {
  return `a_${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')}`;
}

/** Article id → a 32-bit signed integer. */
export class ArticleIdMap {
  private his = new Uint32Array(16);
  private los = new Uint32Array(16);
  private values = new Int32Array(16);
  private states = new Uint8Array(16);
  private mask = 15;
  private packed = 0;
  /** Ids that are not of the `a_` + 16 hex form. */
  private readonly other = new Map<string, number>();

  get size(): number {
    return this.packed + this.other.size;
  }

  /** Slot of `hi:lo`: where it is, or the empty slot where it would go. */
  private slot(hi: number, lo: number): number {
    // The ids are hashes: their low bits are already uniform.
    let i = (lo ^ hi) & this.mask;
    while (this.states[i] === FULL && (this.his[i] !== hi || this.los[i] !== lo)) i = (i + 1) & this.mask;
    return i;
  }

  get(id: string): number | undefined {
    const p = packArticleId(id);
    if (p === null) return this.other.get(id);
    const i = this.slot(p[0], p[1]);
    return this.states[i] === FULL ? this.values[i] : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: number): this {
    const p = packArticleId(id);
    if (p === null) {
      this.other.set(id, value | 0);
      return this;
    }
    let i = this.slot(p[0], p[1]);
    if (this.states[i] !== FULL) {
      if ((this.packed + 1) * 4 > (this.mask + 1) * 3) {
        this.grow();
        i = this.slot(p[0], p[1]);
      }
      this.states[i] = FULL;
      this.his[i] = p[0];
      this.los[i] = p[1];
      this.packed++;
    }
    this.values[i] = value;
    return this;
  }

  delete(id: string): boolean {
    const p = packArticleId(id);
    if (p === null) return this.other.delete(id);
    let i = this.slot(p[0], p[1]);
    if (this.states[i] !== FULL) return false;
    // Linear probing without tombstones: shift back the entries of the run that follows the hole.
    this.states[i] = EMPTY;
    this.packed--;
    for (let j = (i + 1) & this.mask; this.states[j] === FULL; j = (j + 1) & this.mask) {
      const home = (this.los[j]! ^ this.his[j]!) & this.mask;
      // Entry j may move to the hole i when its home is not cyclically in (i, j].
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        this.states[i] = FULL;
        this.his[i] = this.his[j]!;
        this.los[i] = this.los[j]!;
        this.values[i] = this.values[j]!;
        this.states[j] = EMPTY;
        i = j;
      }
    }
    return true;
  }

  clear(): void {
    this.his = new Uint32Array(16);
    this.los = new Uint32Array(16);
    this.values = new Int32Array(16);
    this.states = new Uint8Array(16);
    this.mask = 15;
    this.packed = 0;
    this.other.clear();
  }

  /** Every id and its value, in no particular order. */
  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i <= this.mask; i++)
      if (this.states[i] === FULL) yield [unpackArticleId(this.his[i]!, this.los[i]!), this.values[i]!];
    yield* this.other.entries();
  }

  *keys(): IterableIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  private grow(): void {
    const { his, los, values, states } = this;
    const capacity = (this.mask + 1) * 2;
    this.his = new Uint32Array(capacity);
    this.los = new Uint32Array(capacity);
    this.values = new Int32Array(capacity);
    this.states = new Uint8Array(capacity);
    this.mask = capacity - 1;
    for (let k = 0; k < states.length; k++) {
      if (states[k] !== FULL) continue;
      const i = this.slot(his[k]!, los[k]!);
      this.states[i] = FULL;
      this.his[i] = his[k]!;
      this.los[i] = los[k]!;
      this.values[i] = values[k]!;
    }
  }
}

/** A set of article ids, as compact as {@link ArticleIdMap}. */
export class ArticleIdSet implements Iterable<string> {
  private readonly map = new ArticleIdMap();

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.add(id);
  }

  get size(): number {
    return this.map.size;
  }

  add(id: string): this {
    this.map.set(id, 1);
    return this;
  }

  has(id: string): boolean {
    return this.map.has(id);
  }

  delete(id: string): boolean {
    return this.map.delete(id);
  }

  clear(): void {
    this.map.clear();
  }

  /** Every id, in no particular order (sort when the order matters). */
  [Symbol.iterator](): IterableIterator<string> {
    return this.map.keys();
  }
}
