/**
 * Word clusters learned from unlabelled text (data/clusters/words.tsv, built by `npm run build:clusters`):
 * each frequent English word has a path in a binary tree of clusters, and a prefix of the path is the
 * word's cluster at a coarser granularity (Brown-style bit prefixes). A word the tagger never saw in
 * training still shares a cluster with words it did see ("Izmir" with other cities, "Fernandes" with
 * other surnames), which is most of what word clusters add to a name tagger (Ratinov & Roth 2009).
 *
 * The file is read by `src/resources.ts`; this module only parses what it is given. Look-ups are by the
 * lower-cased word's hash, the same `TokenTable.lower` hash the features already compute.
 */
import { HASH_SEED, foldLower } from './hash.js';

/**
 * A fixed hash table from 32-bit word hashes to non-zero codes: key and value side by side in one
 * `Int32Array` (a look-up touches one cache line), value 0 marking an empty slot. The table (2 MB for
 * 100,000 words) is larger than a core's cache and is read for every scored token, so a small
 * direct-mapped memo of recent look-ups (64 KB, present or absent alike) sits in front of it: names and
 * capitalised words repeat within and across articles, and a memo hit costs no cache miss.
 */
const RECENT = 8192;

export class CodeTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private readonly recentKeys = new Int32Array(RECENT);
  /** Code of the memo slot's key (0: not in the table), or -1 for an empty memo slot. */
  private readonly recentCodes = new Int32Array(RECENT).fill(-1);

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The slots (`[key, code]` pairs) and the key count, for src/compiled.ts. */
  parts(): { slots: Int32Array; count: number } {
    return { slots: this.slots, count: this.count };
  }

  /** A table with the `parts()` of another (the slots are used as they are). */
  static fromParts(slots: Int32Array, count: number): CodeTable {
    const t = new CodeTable(0);
    t.slots = slots;
    t.mask = slots.length / 2 - 1;
    t.count = count;
    return t;
  }

  /** The code of `key`, or `missing`. */
  get(key: number, missing: number): number {
    const m = (key ^ (key >>> 15)) & (RECENT - 1);
    if (this.recentKeys[m] === key) {
      const c = this.recentCodes[m]!;
      if (c >= 0) return c === 0 ? missing : c;
    }
    const c = this.probe(key);
    this.recentKeys[m] = key;
    this.recentCodes[m] = c;
    return c === 0 ? missing : c;
  }

  /** The code of `key` in the table itself (0 when absent). */
  private probe(key: number): number {
    const slots = this.slots;
    const h = Math.imul(key, 0x9e3779b1);
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const v = slots[2 * i + 1]!;
      if (v === 0) return 0;
      if (slots[2 * i] === key) return v;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Sets the (non-zero) code of `key`; the table must have been made with room for every key, and is
   * filled before it is read (the memo is not updated here).
   */
  set(key: number, code: number): void {
    if (code === 0) throw new Error('CodeTable: codes are non-zero');
    const slots = this.slots;
    const h = Math.imul(key, 0x9e3779b1);
    let i = (h ^ (h >>> 16)) & this.mask;
    while (slots[2 * i + 1] !== 0 && slots[2 * i] !== key) i = (i + 1) & this.mask;
    if (slots[2 * i + 1] === 0) this.count++;
    if (this.count * 2 > this.mask + 1) throw new Error('CodeTable: full');
    slots[2 * i] = key;
    slots[2 * i + 1] = code;
  }
}

/** Word → cluster path, keyed by the lower-cased word's hash. */
export interface ClusterTable {
  /** Bits of every path (all leaves are this deep). */
  depth: number;
  /** Lower-case hash → path with a leading 1 bit (`1 << depth | bits`); 0 when absent. */
  codes: CodeTable;
}

/** Which path prefixes (in bits) the features use: for the token itself, and for its neighbours. */
export interface ClusterUse {
  table: ClusterTable;
  own: readonly number[];
  context: readonly number[];
}

/**
 * Parses the cluster file: `# depth D` in the header comments, then one `word<TAB>path` a line, the path
 * written as D binary digits.
 */
export function parseClusters(content: string): ClusterTable {
  let depth = 0;
  const lines = content.split('\n');
  const codes = new CodeTable(lines.length);
  for (const line of lines) {
    if (line.startsWith('#')) {
      const m = /^#\s*depth\s+(\d+)/.exec(line);
      if (m !== null) depth = Number(m[1]);
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const bits = line.slice(tab + 1).trim();
    if (depth === 0 || bits.length !== depth || !/^[01]+$/.test(bits))
      throw new Error(`dossier ner: bad cluster line ${JSON.stringify(line)} (depth ${depth})`);
    codes.set(foldLower(HASH_SEED, line.slice(0, tab)), (1 << depth) | parseInt(bits, 2));
  }
  if (depth === 0) throw new Error('dossier ner: cluster file has no "# depth D" header');
  return { depth, codes };
}

/** The path prefix of `bits` bits of a code (keeps the leading 1, so prefixes of different lengths differ). */
export function clusterPrefix(code: number, depth: number, bits: number): number {
  return code >>> (depth - Math.min(bits, depth));
}
