import { annotate } from '../../src/nlp/wink.js';
import { CodeTable, clusterPrefix, parseClusters } from '../../src/ner/clusters.js';
import {
  activeTokens,
  baseFeatures,
  caseTable,
  hashAttributes,
  markClusters,
  tokenTable,
} from '../../src/ner/features.js';
import { clusterUse } from '../../src/ner/index.js';
import { HASH_SEED, foldLower } from '../../src/ner/hash.js';
import type { NerModel } from '../../src/ner/modelfile.js';
import { bisect, twoMeans } from '../../src/dev/ner/build-clusters.js';
import { clusterSpecName, parseArgs, parseClusterSpec } from '../../src/dev/ner/train.js';

// Made-up words and paths: two city-like words share the 2-bit cluster 11, and a given name sits apart.
const FILE = ['# test clusters', '# depth 4', 'harbourton\t1101', 'millbrook\t1100', 'rosalind\t0010', ''].join('\n');

function keysAt(f: { offsets: Int32Array; keys: Int32Array }, i: number): number[] {
  return Array.from(f.keys.subarray(f.offsets[i]!, f.offsets[i + 1]!));
}

describe('word cluster file', () => {
  test('maps a lower-cased word to its path with a leading 1; prefixes keep the leading 1', () => {
    const t = parseClusters(FILE);
    expect(t.depth).toBe(4);
    const code = t.codes.get(foldLower(HASH_SEED, 'harbourton'), 0);
    expect(code).toBe(0b11101);
    expect(clusterPrefix(code, 4, 2)).toBe(0b111);
    expect(clusterPrefix(t.codes.get(foldLower(HASH_SEED, 'millbrook'), 0), 4, 2)).toBe(0b111);
    // Prefixes of different lengths never collide (a 1-bit 1 is not a 2-bit 01).
    expect(clusterPrefix(0b10010, 4, 1)).not.toBe(clusterPrefix(0b10010, 4, 2));
    expect(t.codes.get(foldLower(HASH_SEED, 'unknownword'), 0)).toBe(0);
  });

  test('look-ups answer the same through the memo of recent words, present or absent', () => {
    const t = new CodeTable(1000);
    for (let k = 1; k <= 1000; k++) t.set(k * 7919, k);
    // Keys 8192 apart share a memo slot, so the memo must check the key it holds.
    const keys = [7919, 7919 + 8192, 7919 * 3, 5, 5 + 8192, 7919 * 1000, -7919];
    const first = keys.map((k) => t.get(k, -1));
    expect(first).toEqual([1, -1, 3, -1, -1, 1000, -1]);
    for (let round = 0; round < 3; round++) expect(keys.map((k) => t.get(k, -1))).toEqual(first);
    expect(t.size).toBe(1000);
  });

  test('rejects a file without a depth or with a path of the wrong length', () => {
    expect(() => parseClusters('word\t0101\n')).toThrow(/depth/);
    expect(() => parseClusters('# depth 4\nword\t010\n')).toThrow(/bad cluster line/);
  });
});

describe('cluster features', () => {
  const table = parseClusters(FILE);
  const featuresOf = (text: string, own: number[], context: number[]) => {
    const { tokens, sentences } = annotate(text);
    const t = tokenTable(tokens, sentences);
    markClusters(t, table, null);
    const gaz = new Int32Array(tokens.length);
    return { tokens, t, base: baseFeatures(t, sentences, gaz, undefined, { table, own, context }), sentences, gaz };
  };

  test('a word in a cluster gets one key per prefix length; the same cluster gives the same keys whatever the case', () => {
    // Two unseen town names of one cluster look alike to the model, which is what clusters are for.
    const a = featuresOf('Ships left Harbourton today.', [2], []);
    const b = featuresOf('Ships left MILLBROOK today.', [2], []);
    const none = featuresOf('Ships left Harbourton today.', [], []);
    const at = (f: typeof a, w: string) =>
      keysAt(
        f.base,
        f.tokens.findIndex((x) => x.text === w),
      );
    const extra = at(a, 'Harbourton').filter((k) => !at(none, 'Harbourton').includes(k));
    expect(extra).toHaveLength(1);
    expect(at(b, 'MILLBROOK')).toContain(extra[0]);
    // A word not in the file adds nothing.
    expect(keysAt(a.base, 0)).toEqual(keysAt(none.base, 0));
  });

  test('neighbours add their clusters as context keys; own cluster keys are counted as own keys', () => {
    const f = featuresOf('Rosalind visited Harbourton.', [2, 4], [2]);
    const plain = featuresOf('Rosalind visited Harbourton.', [], []);
    const visited = f.tokens.findIndex((x) => x.text === 'visited');
    // "visited" is in no cluster, but both its neighbours are: one context key each.
    expect(keysAt(f.base, visited).length - keysAt(plain.base, visited).length).toBe(2);
    // "Rosalind": two own keys (in the tagger's per-word cached tail) and its neighbour "visited" none.
    expect(f.base.ownTail[0]! - plain.base.ownTail[0]!).toBe(2);
    expect(keysAt(f.base, 0).length - keysAt(plain.base, 0).length).toBe(2);
  });

  test('clusters filled only near scored tokens give scored tokens the same features as a full table', () => {
    const text =
      'the ferry to Harbourton left late, and Rosalind waited.\nnothing here near millbrook is scored at all';
    const { tokens, sentences } = annotate(text);
    const use = { table, own: [2, 4], context: [2] };
    const full = tokenTable(tokens, sentences);
    markClusters(full, table, null);
    const partial = caseTable(tokens, sentences);
    const active = activeTokens(partial, tokens, sentences);
    hashAttributes(partial, tokens, active);
    markClusters(partial, table, active);
    const gaz = new Int32Array(tokens.length);
    const a = baseFeatures(full, sentences, gaz, active, use);
    const b = baseFeatures(partial, sentences, gaz, active, use);
    expect(Array.from(b.keys)).toEqual(Array.from(a.keys));
    expect(partial.cluster[tokens.findIndex((x) => x.text === 'millbrook')]).toBe(0);
  });
});

describe('models and cluster files', () => {
  const model = (info: Record<string, unknown>) => ({ info }) as unknown as NerModel;
  test('a model trained with clusters needs the file, at the depth it was trained on', () => {
    const table = parseClusters(FILE);
    expect(clusterUse(model({}), null)).toBeNull();
    expect(() => clusterUse(model({ clusters: { own: [2], context: [], depth: 4 } }), null)).toThrow(/missing/);
    expect(() => clusterUse(model({ clusters: { own: [2], context: [], depth: 12 } }), table)).toThrow(/depth 12/);
    expect(clusterUse(model({ clusters: { own: [2], context: [3], depth: 4 } }), table)).toEqual({
      table,
      own: [2],
      context: [3],
    });
  });

  test('training options name cluster configurations as OWN/CONTEXT prefix lengths', () => {
    expect(parseClusterSpec('4,8,12/8')).toEqual({ own: [4, 8, 12], context: [8] });
    expect(parseClusterSpec('none')).toEqual({ own: [], context: [] });
    expect(parseClusterSpec('/6')).toEqual({ own: [], context: [6] });
    expect(clusterSpecName({ own: [6, 10], context: [] })).toBe('6,10/');
    expect(clusterSpecName({ own: [], context: [] })).toBe('none');
    expect(() => parseClusterSpec('4,x/')).toThrow(/bad cluster prefix/);
  });

  test('cross-validation needs no dev file, and neither does a final training scored later by npm run eval', () => {
    const cv = parseArgs(['--train', 't.conll', '--cv', 'none;4,8/8']);
    expect(cv.cv).toEqual([
      { own: [], context: [] },
      { own: [4, 8], context: [8] },
    ]);
    expect(parseArgs(['--train', 't.conll', '--clusters', '6,10/']).clusters).toEqual({ own: [6, 10], context: [] });
    expect(() => parseArgs(['--dev', 'd.conll'])).toThrow(/--train/);
    expect(() => parseArgs(['--train', 't.conll', '--cv-passes', '3'])).toThrow(/cv-passes/);
  });
});

describe('building clusters', () => {
  // Two tight groups of unit vectors around opposite directions, and a third off to the side.
  const rows: number[][] = [];
  for (let k = 0; k < 6; k++) rows.push([1, 0.01 * k, 0]);
  for (let k = 0; k < 6; k++) rows.push([-1, 0.01 * k, 0]);
  for (let k = 0; k < 4; k++) rows.push([0, 0.01 * k, 1]);
  const x = Float32Array.from(
    rows.flatMap((r) => {
      const n = Math.hypot(...r);
      return r.map((v) => v / n);
    }),
  );

  test('2-means keeps each tight group on one side', () => {
    const side = twoMeans(
      x,
      3,
      Int32Array.from({ length: 12 }, (_, k) => k),
      () => 0.5,
    );
    expect(new Set(side.subarray(0, 6)).size).toBe(1);
    expect(new Set(side.subarray(6, 12)).size).toBe(1);
    expect(side[0]).not.toBe(side[6]);
  });

  test('bisection is deterministic for a seed and separates the groups at some depth', () => {
    const a = bisect(x, 3, 16, 2, 7);
    expect(Array.from(bisect(x, 3, 16, 2, 7))).toEqual(Array.from(a));
    // Every leaf holds points of one group only (a group alone in a node may still be split further).
    const groupOf = (k: number) => (k < 6 ? 0 : k < 12 ? 1 : 2);
    const leafGroup = new Map<number, number>();
    a.forEach((path, k) => {
      expect(leafGroup.get(path) ?? groupOf(k)).toBe(groupOf(k));
      leafGroup.set(path, groupOf(k));
    });
  });
});
