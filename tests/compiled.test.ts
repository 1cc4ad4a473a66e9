/**
 * Tables compiled at build time (src/compiled.ts) are the tables a thread would build from the data: the
 * recogniser and the GeoNames index taken from a compiled file tag and look up exactly as built ones, and a
 * file made for other data or code, or not a compiled file at all, is never used.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeDigest, decodeCompiled, encodeCompiled, readCompiled, type Compiled } from '../src/compiled.js';
import { buildRecogniser, compileGeoTable, compileRecogniser, nerModel, refineVocabulary } from '../src/resources.js';
import { recogniserFromParts } from '../src/ner/compiled.js';
import { recogniseEntities } from '../src/ner/index.js';
import { geoTableOf, indexGeoTable, parseGeoTable, type GeoIndex } from '../src/geo/gazetteer.js';
import { REPO } from './helpers.js';
import { annotate } from '../src/nlp/wink.js';

/** A sentence of our own with a person, a group and places, some of them only in the gazetteers. */
const TEXT =
  'Marta Ilves, the mayor of Tartu, told the Estonian Red Cross in Tallinn on Friday that aid for Kharkiv and ' +
  'Zaporizhzhia would leave from Narva, while Jean-Luc Moreau of Médecins Sans Frontières stayed in Bordeaux.';

/** Whether two int arrays hold the same values (byte comparison: the tables hold millions of them). */
function sameInts(a: Int32Array | undefined, b: Int32Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function roundTrip(c: Compiled): Compiled {
  const back = decodeCompiled(encodeCompiled(c));
  if (back === null) throw new Error('not decoded');
  return back;
}

describe('compiled files', () => {
  test('keep the key, the numbers and every array exactly', () => {
    const c: Compiled = {
      key: 'k1',
      meta: { n: 3, depth: 12 },
      arrays: { a: Int32Array.from([1, -2, 2147483647]), empty: new Int32Array(0), b: Int32Array.from([-1]) },
    };
    const back = roundTrip(c);
    expect(back.key).toBe('k1');
    expect(back.meta).toEqual({ n: 3, depth: 12 });
    expect(Object.keys(back.arrays)).toEqual(['a', 'empty', 'b']);
    expect([...back.arrays['a']!]).toEqual([1, -2, 2147483647]);
    expect(back.arrays['empty']!.length).toBe(0);
    expect([...back.arrays['b']!]).toEqual([-1]);
  });

  test('are not read when the key differs, the file is cut short, foreign or missing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-compiled-'));
    try {
      const bytes = encodeCompiled({ key: 'data-v1', meta: {}, arrays: { a: Int32Array.from([7, 8, 9]) } });
      const file = path.join(dir, 'x.bin');
      writeFileSync(file, bytes);
      const url = pathToFileURL(file);
      expect(readCompiled(url, 'data-v1')?.arrays['a']?.[2]).toBe(9);
      expect(readCompiled(url, 'data-v2')).toBeNull();
      writeFileSync(file, bytes.subarray(0, bytes.length - 4));
      expect(readCompiled(url, 'data-v1')).toBeNull();
      writeFileSync(file, 'word\t010101\n');
      expect(readCompiled(url, 'data-v1')).toBeNull();
      expect(readCompiled(pathToFileURL(path.join(dir, 'missing.bin')), 'data-v1')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the code digest changes when a file of the folder changes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-code-'));
    try {
      writeFileSync(path.join(dir, 'a.js'), 'export const a = 1;\n');
      writeFileSync(path.join(dir, 'notes.md'), 'not code\n');
      const url = pathToFileURL(`${dir}/`);
      const before = codeDigest(url);
      writeFileSync(path.join(dir, 'notes.md'), 'still not code\n');
      expect(codeDigest(url)).toBe(before);
      writeFileSync(path.join(dir, 'a.js'), 'export const a = 2;\n');
      expect(codeDigest(url)).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the recogniser from its compiled tables', () => {
  test('has the same tables and finds the same entities as the one built from the data', () => {
    const built = buildRecogniser();
    const compiled = roundTrip(compileRecogniser());
    const fromFile = recogniserFromParts(nerModel(), compiled, refineVocabulary());
    expect(built.clusters).not.toBeNull();
    expect(sameInts(fromFile.model.parts().index, built.model.parts().index)).toBe(true);
    expect(sameInts(fromFile.model.parts().entries, built.model.parts().entries)).toBe(true);
    expect(sameInts(fromFile.names.parts().slots, built.names.parts().slots)).toBe(true);
    expect(fromFile.names.size).toBe(built.names.size);
    expect(sameInts(fromFile.clusters?.table.codes.parts().slots, built.clusters?.table.codes.parts().slots)).toBe(
      true,
    );
    expect(fromFile.clusters?.table.codes.size).toBe(built.clusters?.table.codes.size);
    expect(fromFile.clusters?.own).toEqual(built.clusters?.own);
    expect(fromFile.model.trans2).toEqual(built.model.trans2);
    const doc = annotate(TEXT);
    const input = { text: TEXT, tokens: doc.tokens, sentences: doc.sentences };
    const want = recogniseEntities(input, built).entities;
    expect(want.length).toBeGreaterThan(3);
    expect(recogniseEntities(input, fromFile).entities).toEqual(want);
  });
});

describe('the GeoNames table from its compiled index', () => {
  test('looks up keys as the table indexed here', () => {
    const text = readFileSync(path.join(REPO, 'data', 'gazetteers', 'geonames.tsv'));
    const compiled = roundTrip(compileGeoTable());
    const fresh = geoTableOf(text, indexGeoTable(text));
    const fromFile = geoTableOf(text, { ...(compiled.arrays as unknown as GeoIndex), size: compiled.meta['size']! });
    expect(fromFile.size).toBe(fresh.size);
    for (const key of ['paris', 'georgia', 'new york', 'springfield', 'ile de france', 'us', 'washington', 'zedton'])
      expect(fromFile.lookup(key)).toEqual(fresh.lookup(key));
    expect(fresh.lookup('paris').length).toBeGreaterThan(0);
  });
});

describe('geoTableOf', () => {
  test('a table over its own index and over a copy of the index answer alike', () => {
    const text = new TextEncoder().encode(
      [
        '# geonamesId\tlevel\tcountryCode\tadmin1\tname\tlat\tlon\tpopulation\taltNames\tkeys',
        '1\tcountry\tZZ\t\tZedland\t1.5\t2.5\t1000\t\tn:zedland|a:zed',
        '2\tadmin1\tZZ\t01\tNorth Zed Province\t3\t4\t500\t\tn:north zed province|d:north zed',
        '3\tcity:PPLC\tZZ\t01\tZed City\t5\t6\t300\t\tn:zed city|d:zed',
      ].join('\n'),
    );
    const index = indexGeoTable(text);
    const copy = roundTrip({
      key: 'geo',
      meta: { size: index.size },
      arrays: {
        starts: index.starts,
        keyAt: index.keyAt,
        keyLen: index.keyLen,
        codes: index.codes,
        table: index.table,
        next: index.next,
      },
    });
    const a = geoTableOf(text, index);
    const b = geoTableOf(text, { ...(copy.arrays as unknown as GeoIndex), size: copy.meta['size']! });
    for (const key of ['zedland', 'zed', 'north zed', 'north zed province', 'zed city', 'nowhere'])
      expect(b.lookup(key)).toEqual(a.lookup(key));
    expect(a.lookup('zed').map((c) => [c.place.name, c.via])).toEqual([
      ['Zedland', 'alt'],
      ['Zed City', 'derived'],
    ]);
    expect(b.size).toBe(a.size);
  });
});

describe('a GeoNames table kept as UTF-8 bytes', () => {
  // Names and keys outside ASCII take several bytes each: offsets, lengths and look-ups count bytes, and a
  // place's fields come back as the text they were.
  const table = parseGeoTable(
    [
      '7\tcity:PPL\tXC\t02\tSão Vértice\t-1.25\t3.5\t1200\t\tn:são vértice|d:vértice',
      '8\tcity:PPL\tXC\t02\tVértice Norte\t-1\t3\t40\t\tn:vértice norte|a:vértice',
      '9\tcity:PPL\tXD\t\tÉcluse 🌊\t0\t0\t5\t\tn:écluse 🌊',
    ].join('\n'),
  );

  test('finds keys with accented and astral characters in file order', () => {
    expect(table.lookup('vértice').map((c) => [c.place.name, c.via])).toEqual([
      ['São Vértice', 'derived'],
      ['Vértice Norte', 'alt'],
    ]);
    expect(table.lookup('écluse 🌊').map((c) => c.place.countryCode)).toEqual(['XD']);
    expect(table.lookup('são vértice')[0]?.place).toMatchObject({ lat: -1.25, lon: 3.5, population: 1200 });
  });

  test('a key that differs in one byte, or holds a lone surrogate, finds nothing', () => {
    expect(table.lookup('vertice')).toEqual([]);
    expect(table.lookup('vértic')).toEqual([]);
    expect(table.lookup('\ud83cécluse')).toEqual([]);
    expect(table.lookup('écluse \ud83c')).toEqual([]);
  });
});
