/**
 * A map from 32-bit integer keys (feature and name hashes) to integers, for per-document tallies.
 *
 * Why not `Map<number, number>`: half of all int32 hashes fall outside V8's small-integer range, so a
 * `Map` boxes such a key as a heap number on every `set` and hashes it as a double. This table keeps
 * keys and values in typed arrays, and `clear()` is O(1) (a generation stamp per slot), so one table
 * serves every document a process reads.
 */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  /** A slot is in use when its stamp equals `generation`. */
  private stamps: Uint32Array;
  private generation = 1;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.stamps = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  /** Number of keys held. */
  get size(): number {
    return this.count;
  }

  /** Forgets every key. */
  clear(): void {
    this.count = 0;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** The value of `key`, or `missing` when it is not held. */
  get(key: number, missing: number): number {
    const i = this.slot(key);
    return this.stamps[i] === this.generation ? this.values[i]! : missing;
  }

  /** Whether `key` is held. */
  has(key: number): boolean {
    return this.stamps[this.slot(key)] === this.generation;
  }

  /** Sets the value of `key`. */
  set(key: number, value: number): void {
    let i = this.slot(key);
    if (this.stamps[i] !== this.generation) {
      if ((this.count + 1) * 2 > this.mask + 1) {
        this.grow();
        i = this.slot(key);
      }
      this.stamps[i] = this.generation;
      this.keys[i] = key;
      this.count++;
    }
    this.values[i] = value;
  }

  /** ORs `bits` into the value of `key` (a key not held counts as 0). One probe: it runs for most tokens. */
  or(key: number, bits: number): void {
    const i = this.slot(key);
    if (this.stamps[i] === this.generation) this.values[i]! |= bits;
    else this.set(key, bits);
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slot(key: number): number {
    const { keys, stamps, generation, mask } = this;
    const h = Math.imul(key, 0x9e3779b1);
    let i = (h ^ (h >>> 16)) & mask;
    while (stamps[i] === generation && keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keys, values, stamps, generation } = this;
    const cap = (this.mask + 1) * 2;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.stamps = new Uint32Array(cap);
    this.mask = cap - 1;
    this.count = 0;
    this.generation = 1;
    for (let i = 0; i < keys.length; i++) if (stamps[i] === generation) this.set(keys[i]!, values[i]!);
  }
}
