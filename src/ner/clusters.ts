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
import { IntMap } from './intmap.js';

/** Word → cluster path, keyed by the lower-cased word's hash. */
export interface ClusterTable {
  /** Bits of every path (all leaves are this deep). */
  depth: number;
  /** Lower-case hash → path with a leading 1 bit (`1 << depth | bits`); 0 when absent. */
  codes: IntMap;
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
  const codes = new IntMap(lines.length);
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
