/**
 * The compact per-article maps and sets of a run (src/output/id-map.ts) behave as `Map` and `Set` do,
 * through growth and deletions, and the compact incremental index saves exactly what it loaded.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ArticleIdMap, ArticleIdSet, packArticleId, unpackArticleId } from '../../src/output/id-map.js';
import { OutputStore, StateIndex } from '../../src/output/store.js';
import { tempDir } from '../helpers.js';

/** A deterministic stream of 16-hex-digit ids (xorshift), some sharing their low or high half. */
function ids(n: number): string[] {
  let x = 0x2545f491;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const hi = i % 7 === 0 ? 0 : next();
    const lo = i % 11 === 0 ? 0xffffffff : next();
    out.push(`a_${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')}`);
  }
  return out;
}

describe('compact article-id maps', () => {
  test('ids pack into two 32-bit words and back; other strings do not pack', () => {
    expect(packArticleId('a_00000001ffffffff')).toEqual([1, 0xffffffff]);
    expect(unpackArticleId(1, 0xffffffff)).toBe('a_00000001ffffffff');
    for (const odd of ['a_00000001FFFFFFFF', 'a_1', 'b_0000000000000000', 'a_00000000000000000', 'a_000000000000000g'])
      expect(packArticleId(odd)).toBeNull();
  });

  test('ArticleIdMap agrees with a Map through growth, overwrites and deletions (odd ids included)', () => {
    const keys = [...ids(5000), 'path-like id', 'a_XYZ'];
    const map = new ArticleIdMap();
    const ref = new Map<string, number>();
    keys.forEach((k, i) => {
      map.set(k, i);
      ref.set(k, i);
    });
    // Delete every third, overwrite every fifth: backward-shift deletion must keep every probe chain intact.
    keys.forEach((k, i) => {
      if (i % 3 === 0) expect(map.delete(k)).toBe(ref.delete(k));
      else if (i % 5 === 0) {
        map.set(k, -i);
        ref.set(k, -i);
      }
    });
    expect(map.delete('a_0123456789abcdef')).toBe(false);
    expect(map.size).toBe(ref.size);
    for (const k of keys) expect(map.get(k)).toBe(ref.get(k));
    expect(new Map(map.entries())).toEqual(ref);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.get(keys[1]!)).toBeUndefined();
  });

  test('ArticleIdSet holds each id once and iterates every one', () => {
    const some = [...new Set(ids(300))];
    const set = new ArticleIdSet([...some, ...some.slice(0, 50)]);
    expect(set.size).toBe(some.length);
    expect([...set].sort()).toEqual([...some].sort());
    for (const id of some.slice(0, 100)) set.delete(id);
    expect(set.size).toBe(some.length - 100);
    expect(set.has(some[0]!)).toBe(false);
    expect(set.has(some.at(-1)!)).toBe(true);
  });
});

describe('the compact incremental index', () => {
  test('saves byte for byte what an index of entry objects saved, failures and odd ids included', async () => {
    const store = new OutputStore(tempDir());
    await store.ensure();
    const sources = {
      '/in/a.txt': {
        articleId: 'a_00000000000000aa',
        size: 10,
        mtimeMs: 1733500000123.456,
        ok: true,
        fingerprint: 'f1',
      },
      '/in/b.txt': {
        articleId: 'a_00000000000000bb',
        size: 0,
        mtimeMs: 1,
        ok: false,
        failure: 'E_EMPTY',
        fingerprint: 'f1',
      },
      '/in/c.txt': { articleId: 'hand-edited', size: 3, mtimeMs: 2, ok: true, fingerprint: 'f2' },
      '/in/d.txt': { articleId: 'a_00000000000000aa', size: 10, mtimeMs: 3, ok: true, fingerprint: 'f1' },
    };
    const text = `${JSON.stringify({ version: 1, sources })}\n`;
    writeFileSync(store.indexPath, text);
    const index = await StateIndex.load(store);
    expect(index.get('/in/b.txt')).toEqual(sources['/in/b.txt']);
    expect(index.get('/in/c.txt')!.articleId).toBe('hand-edited');
    expect(index.isReferenced('a_00000000000000aa', '/in/a.txt')).toBe(true);
    index.delete('/in/d.txt');
    expect(index.isReferenced('a_00000000000000aa', '/in/a.txt')).toBe(false);
    expect(index.has('a_00000000000000aa')).toBe(true);
    // A freed slot is reused and holds the new entry only.
    index.set('/in/d.txt', sources['/in/d.txt']);
    await index.save(store);
    expect(readFileSync(store.indexPath, 'utf8')).toBe(text);
  });
});
