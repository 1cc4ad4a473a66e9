import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutputStore, StateIndex } from '../../src/output/store.js';
import { Incremental, missingSources } from '../../src/pipeline/incremental.js';
import { tempDir } from '../helpers.js';

const FP = '0123456789abcdef';
const ID = 'a_00000000000000aa';

async function setup() {
  const store = new OutputStore(tempDir());
  await store.ensure();
  const index = await StateIndex.load(store);
  return { store, index };
}

const source = (size = 10, mtimeMs = 1000) => ({ path: '/in/a.txt', relPath: 'a.txt', size, mtimeMs });

describe('incremental skip', () => {
  test('size, mtime and fingerprint unchanged and the record on disk: skipped unread', async () => {
    const { store, index } = await setup();
    index.set('/in/a.txt', { articleId: ID, size: 10, mtimeMs: 1000, fingerprint: FP, ok: true });
    writeFileSync(store.recordPath(ID), '{"x":1}\n');
    const inc = new Incremental(store, index, FP, false);
    expect(await inc.beforeRead(source())).toEqual({ kind: 'skip' });
    // --force, another fingerprint, an empty record, a touched file: read.
    expect((await new Incremental(store, index, FP, true).beforeRead(source())).kind).toBe('read');
    expect((await new Incremental(store, index, 'ffffffffffffffff', false).beforeRead(source())).kind).toBe('read');
    expect((await inc.beforeRead(source(10, 2000))).kind).toBe('read');
    writeFileSync(store.recordPath(ID), '');
    expect((await inc.beforeRead(source())).kind).toBe('read');
  });

  test('a touched but unchanged file (same content id) needs no extraction; changed content does', async () => {
    const { store, index } = await setup();
    const entry = { articleId: ID, size: 10, mtimeMs: 1000, fingerprint: FP, ok: true };
    writeFileSync(store.recordPath(ID), `{"pipeline":{"fingerprint":"${FP}"}}\n`);
    const inc = new Incremental(store, index, FP, false);
    expect(await inc.unchangedContent(entry, ID, 'a.txt')).toBe(true);
    expect(await inc.unchangedContent(entry, 'a_00000000000000bb', 'a.txt')).toBe(false);
    expect(await new Incremental(store, index, FP, true).unchangedContent(entry, ID, 'a.txt')).toBe(false);
  });

  test('content the index does not hold for this path is trusted only when its record carries this fingerprint and path', async () => {
    const { store, index } = await setup();
    const inc = new Incremental(store, index, FP, false);
    const src = '"source":{"path":"a.txt","bytes":1}';
    writeFileSync(store.recordPath(ID), `{${src},"pipeline":{"fingerprint":"${FP}"}}\n`);
    expect(await inc.unchangedContent(undefined, ID, 'a.txt')).toBe(true);
    expect(await inc.unchangedContent(undefined, ID, 'renamed.txt')).toBe(false);
    writeFileSync(store.recordPath(ID), `{${src},"pipeline":{"fingerprint":"ffffffffffffffff"}}\n`);
    expect(await inc.unchangedContent(undefined, ID, 'a.txt')).toBe(false);
    writeFileSync(store.recordPath(ID), `{${src},"pipeline":{"fingerprint":"${FP}"}`); // cut short
    expect(await inc.unchangedContent(undefined, ID, 'a.txt')).toBe(false);
  });

  test('a failure is known only for the same content, code and fingerprint', async () => {
    const { store, index } = await setup();
    const inc = new Incremental(store, index, FP, false);
    const failed = { articleId: ID, size: 0, mtimeMs: 1, fingerprint: FP, ok: false, failure: 'E_EMPTY' };
    expect(inc.knownFailure(failed, ID, 'E_EMPTY')).toBe(true);
    expect(inc.knownFailure(failed, ID, 'E_BINARY')).toBe(false);
    expect(inc.knownFailure(failed, 'a_00000000000000bb', 'E_EMPTY')).toBe(false);
    expect(inc.knownFailure({ ...failed, fingerprint: 'x' }, ID, 'E_EMPTY')).toBe(false);
    expect(inc.knownFailure(undefined, ID, 'E_EMPTY')).toBe(false);
  });
});

describe('missing sources', () => {
  test("those under this run's inputs that were not met, except under folders that could not be listed", async () => {
    const { index } = await setup();
    const e = { articleId: ID, size: 1, mtimeMs: 1, fingerprint: FP, ok: true };
    for (const p of ['/in/a.txt', '/in/gone.txt', '/in/locked/x.txt', '/other/b.txt', '/in2/c.txt', '/input/d.txt'])
      index.set(p, e);
    const missing = missingSources(index, ['/in', '/in2'], new Set(['/in/a.txt']), [path.join('/in', 'locked')]);
    expect(missing).toEqual(['/in/gone.txt', '/in2/c.txt']);
  });

  test('the index marks the paths a run met: a path added later is marked after its set, a deleted one loses its mark', async () => {
    // A run asks at its end which indexed paths it did not meet; the marks sit in the index (a byte per slot)
    // rather than in a set of every path listed.
    const { index } = await setup();
    const e = { articleId: ID, size: 1, mtimeMs: 1, fingerprint: FP, ok: true };
    index.set('/in/kept.txt', e);
    index.set('/in/gone.txt', e);
    index.set('/in/renamed.txt', e);
    index.markSeen('/in/kept.txt');
    index.markSeen('/in/new.txt'); // not indexed yet: nothing to mark
    expect(index.wasSeen('/in/new.txt')).toBe(false);
    index.set('/in/new.txt', e);
    expect(index.wasSeen('/in/new.txt')).toBe(false);
    index.markSeen('/in/new.txt');
    index.set('/in/kept.txt', { ...e, size: 2 }); // set again: the mark stays
    index.delete('/in/renamed.txt');
    index.set('/in/other.txt', e); // reuses the deleted slot: not marked
    const seen = { has: (p: string) => index.wasSeen(p) };
    expect(missingSources(index, ['/in'], seen, [])).toEqual(['/in/gone.txt', '/in/other.txt']);
  });

  test('StateIndex.delete drops a source and its reference', async () => {
    const { index } = await setup();
    const e = { articleId: ID, size: 1, mtimeMs: 1, fingerprint: FP, ok: true };
    index.set('/in/a.txt', e);
    index.set('/in/b.txt', e);
    index.delete('/in/a.txt');
    expect(index.has(ID)).toBe(true);
    index.delete('/in/b.txt');
    expect(index.has(ID)).toBe(false);
    expect(index.size).toBe(0);
  });
});
