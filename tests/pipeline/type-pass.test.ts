/**
 * The corpus type pass in an output folder: the records end as if the pass ran once over all the
 * folder's articles, whatever the order they came in, the runs they came in, or the shards merged.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutputStore } from '../../src/output/store.js';
import { mergeOutputs } from '../../src/output/merge.js';
import { TypePass } from '../../src/pipeline/type-pass.js';
import { recordVotes } from '../../src/entities/type-vote.js';
import { entityId } from '../../src/ids.js';
import type { EntityType, KnowledgeRecord } from '../../src/types.js';
import { tempDir } from '../helpers.js';

/** A record of one invented sentence naming `name` as `type`, with the article's own evidence for it. */
function record(n: number, name: string, type: EntityType, evidence: number): KnowledgeRecord {
  const text = `${name} said on Monday that talks would resume (${n}).`;
  const id = entityId(type, name);
  return {
    schemaVersion: '2.10',
    articleId: `a_${n.toString(16).padStart(16, '0')}`,
    source: { path: `${n}.txt`, bytes: text.length, sha256: '0'.repeat(64) },
    title: null,
    publication: { date: '2024-06-20', source: 'dateline', confidence: 0.9 },
    pipeline: { version: '0.1.0', fingerprint: '0123456789abcdef', nerModel: 'm' },
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [
      {
        id,
        type,
        name,
        aliases: [],
        mentions: [{ start: 0, end: name.length, text: name, sentence: 0, type }],
        typeEvidence: evidence,
      },
    ],
    timexes: [],
    events: [
      {
        id: `evt_${n.toString(16).padStart(16, '0')}`,
        type: 'meeting',
        trigger: { start: name.length + 1, end: name.length + 5, text: 'said', sentence: 0 },
        date: { value: null, precision: 'unknown', source: 'unknown' },
        participants: [{ entity: id, role: 'agent' }],
        status: 'occurred',
        evidence: [{ start: 0, end: text.length, text, sentence: 0 }],
        confidence: 0.9,
      },
    ],
    warnings: [],
  } as unknown as KnowledgeRecord;
}

/** Four articles read "Brambleco" as a company (three firmly); two read it weakly as a person. */
const CORPUS = [
  record(1, 'Brambleco', 'group', 0.9),
  record(2, 'Brambleco', 'group', 1),
  record(3, 'Brambleco', 'group', 0.8),
  record(7, 'Brambleco', 'group', 0.4),
  record(4, 'Brambleco', 'person', 0.1),
  record(5, 'Brambleco', 'person', 0.2),
  record(6, 'Ilse Varga', 'person', 0.3),
];

/** Writes records as a worker would and tells the pass, as the runner does. */
async function write(store: OutputStore, pass: TypePass, records: readonly KnowledgeRecord[]): Promise<void> {
  for (const r of records) {
    await pass.set(store, r.articleId, recordVotes(r));
    writeFileSync(store.recordPath(r.articleId), `${JSON.stringify(r)}\n`);
  }
}

async function folder(): Promise<OutputStore> {
  const store = new OutputStore(tempDir());
  await store.ensure();
  return store;
}

function snapshot(store: OutputStore): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(store.records).sort()) out[f] = readFileSync(path.join(store.records, f), 'utf8');
  return out;
}

describe('the corpus type pass of an output folder', () => {
  test('one run: the weak readings follow the corpus, the firm ones stay, references follow the ids', async () => {
    const store = await folder();
    const pass = await TypePass.load(store, false);
    await write(store, pass, CORPUS);
    const rewritten: string[] = [];
    expect(await pass.apply(store, (id) => void rewritten.push(id))).toBe(2);
    expect(rewritten.sort()).toEqual(['a_0000000000000004', 'a_0000000000000005']);
    const r4 = JSON.parse(readFileSync(store.recordPath('a_0000000000000004'), 'utf8')) as KnowledgeRecord;
    expect(r4.entities[0]!.type).toBe('group');
    expect(r4.entities[0]!.local?.type).toBe('person');
    expect(r4.events[0]!.participants[0]!.entity).toBe(entityId('group', 'Brambleco'));
    rmSync(store.root, { recursive: true, force: true });
  });

  test('order-free and incremental: articles added over three runs, and one removed, equal one run over the set', async () => {
    const once = await folder();
    const p = await TypePass.load(once, false);
    await write(once, p, [...CORPUS.slice(0, 5), CORPUS[6]!]);
    await p.apply(once, () => undefined);
    await p.save(once);

    const steps = await folder();
    // Run 1: the weak readings first (the corpus has no type yet), run 2: the firm ones, in reverse.
    let q = await TypePass.load(steps, false);
    await write(steps, q, [CORPUS[6]!, CORPUS[5]!, CORPUS[4]!]);
    expect(await q.apply(steps, () => undefined)).toBe(0);
    await q.save(steps);
    q = await TypePass.load(steps, false);
    await write(steps, q, [CORPUS[3]!, CORPUS[2]!, CORPUS[1]!, CORPUS[0]!]);
    // Only the weak holders of the name are rewritten (not every record of the folder).
    const rewritten: string[] = [];
    expect(await q.apply(steps, (id) => void rewritten.push(id))).toBe(2);
    expect(rewritten.sort()).toEqual(['a_0000000000000004', 'a_0000000000000005']);
    await q.save(steps);
    // Run 3: article 5 is deleted.
    q = await TypePass.load(steps, false);
    await q.remove(steps, 'a_0000000000000005');
    rmSync(steps.recordPath('a_0000000000000005'));
    await q.apply(steps, () => undefined);
    await q.save(steps);
    expect(snapshot(steps)).toEqual(snapshot(once));

    // Removing two firm readings takes the corpus type away: the weak reading comes back, byte for byte.
    q = await TypePass.load(steps, false);
    for (const id of ['a_0000000000000001', 'a_0000000000000002']) {
      await q.remove(steps, id);
      rmSync(steps.recordPath(id));
    }
    await q.apply(steps, () => undefined);
    expect(readFileSync(steps.recordPath('a_0000000000000004'), 'utf8')).toBe(`${JSON.stringify(CORPUS[4])}\n`);
    for (const s of [once, steps]) rmSync(s.root, { recursive: true, force: true });
  });

  test('a lost state is rebuilt from the records, and applying again rewrites nothing (idempotent)', async () => {
    const store = await folder();
    const pass = await TypePass.load(store, false);
    await write(store, pass, CORPUS);
    await pass.apply(store, () => undefined);
    const before = snapshot(store);
    const again = await TypePass.load(store, true);
    expect(await again.apply(store, () => undefined)).toBe(0);
    expect(snapshot(store)).toEqual(before);
    rmSync(store.root, { recursive: true, force: true });
  });

  test('dossier merge of shards each typed by its own articles equals one folder typed by all', async () => {
    const whole = await folder();
    const p = await TypePass.load(whole, false);
    await write(whole, p, CORPUS);
    await p.apply(whole, () => undefined);
    await p.save(whole);
    const shards: OutputStore[] = [];
    for (let s = 0; s < 3; s++) {
      const shard = await folder();
      const q = await TypePass.load(shard, false);
      await write(
        shard,
        q,
        CORPUS.filter((_, i) => i % 3 === s),
      );
      await q.apply(shard, () => undefined);
      await q.save(shard);
      shards.push(shard);
    }
    const merged = tempDir();
    mkdirSync(merged, { recursive: true });
    await mergeOutputs(
      merged,
      shards.map((s) => s.root),
    );
    expect(snapshot(new OutputStore(merged))).toEqual(snapshot(whole));
    for (const s of [whole, ...shards]) rmSync(s.root, { recursive: true, force: true });
    rmSync(merged, { recursive: true, force: true });
  });

  test('a rebuild (--force) counts the records it writes as it writes them: it reads back only those the corpus retypes', async () => {
    const once = await folder();
    const p = await TypePass.load(once, false);
    await write(once, p, CORPUS);
    await p.apply(once, () => undefined);
    // --force over the same folder: every record is written again, then the pass rebuilds its votes.
    const forced = await TypePass.load(once, true);
    await write(once, forced, CORPUS);
    const rewritten: string[] = [];
    expect(await forced.apply(once, (id) => void rewritten.push(id))).toBe(2);
    expect(rewritten.sort()).toEqual(['a_0000000000000004', 'a_0000000000000005']);
    // Two records read back (the two weak readings the corpus overrides), not the folder's seven twice.
    expect(forced.recordsRead).toBe(2);
    rmSync(once.root, { recursive: true, force: true });
  });

  test('a rebuild after a killed run: records left on disk are read and judged, records written are counted, the result equals one run', async () => {
    const once = await folder();
    const p = await TypePass.load(once, false);
    await write(once, p, CORPUS);
    await p.apply(once, () => undefined);

    const killed = await folder();
    // The killed run wrote the weak readings and died before the pass; the next run writes the rest.
    for (const r of CORPUS.slice(4)) writeFileSync(killed.recordPath(r.articleId), `${JSON.stringify(r)}\n`);
    const q = await TypePass.load(killed, true);
    await write(killed, q, CORPUS.slice(0, 4));
    await q.apply(killed, () => undefined);
    expect(snapshot(killed)).toEqual(snapshot(once));

    // An article written twice in one rebuild run (its first votes no longer hold): the pass reads everything.
    const twice = await folder();
    const t = await TypePass.load(twice, true);
    await write(twice, t, [record(4, 'Brambleco', 'group', 0.9), ...CORPUS]);
    await t.apply(twice, () => undefined);
    expect(snapshot(twice)).toEqual(snapshot(once));
    for (const s of [once, killed, twice]) rmSync(s.root, { recursive: true, force: true });
  });

  test('the surname link is incremental: persons named in full in a later run move the lone surname, and leave it when removed', async () => {
    // "Quorlen" read weakly as a place in two articles; "Anna Quorlen" named in full in three (two firmly).
    const lone = [record(11, 'Quorlen', 'place', 0.3), record(12, 'Quorlen', 'place', 0.2)];
    const full = [0.9, 0.8, 0.2].map((ev, i) => record(13 + i, 'Anna Quorlen', 'person', ev));
    const once = await folder();
    const p = await TypePass.load(once, false);
    await write(once, p, [...lone, ...full]);
    await p.apply(once, () => undefined);
    await p.save(once);
    const r11 = JSON.parse(readFileSync(once.recordPath(lone[0]!.articleId), 'utf8')) as KnowledgeRecord;
    expect(r11.entities[0]!.type).toBe('person');
    expect(r11.entities[0]!.local?.type).toBe('place');

    const steps = await folder();
    let q = await TypePass.load(steps, false);
    await write(steps, q, lone);
    expect(await q.apply(steps, () => undefined)).toBe(0);
    await q.save(steps);
    q = await TypePass.load(steps, false);
    await write(steps, q, [...full].reverse());
    const rewritten: string[] = [];
    expect(await q.apply(steps, (id) => void rewritten.push(id))).toBe(2);
    expect(rewritten.sort()).toEqual(lone.map((r) => r.articleId));
    await q.save(steps);
    expect(snapshot(steps)).toEqual(snapshot(once));
    // The two firm full names go: no link, the lone readings are places again, byte for byte.
    q = await TypePass.load(steps, false);
    for (const r of full.slice(0, 2)) {
      await q.remove(steps, r.articleId);
      rmSync(steps.recordPath(r.articleId));
    }
    await q.apply(steps, () => undefined);
    expect(readFileSync(steps.recordPath(lone[0]!.articleId), 'utf8')).toBe(`${JSON.stringify(lone[0])}\n`);
    for (const s of [once, steps]) rmSync(s.root, { recursive: true, force: true });
  });
});

/** The state files of a folder, by name (the shards, and the single file of an earlier version). */
function stateFiles(store: OutputStore): Record<string, string> {
  const out: Record<string, string> = {};
  const dir = path.join(store.state, 'type-votes');
  for (const f of readdirSync(dir).sort()) out[f] = readFileSync(path.join(dir, f), 'utf8');
  return out;
}

/** Many names, one article each: `n` articles naming "Name<n>" (a person, firmly) and "Brambleco". */
const MANY = Array.from({ length: 40 }, (_, i) => {
  const r = record(100 + i, `Quillon${i} Harrowgate`, 'person', 0.9);
  const b = record(100 + i, 'Brambleco', i % 4 === 0 ? 'person' : 'group', i % 4 === 0 ? 0.2 : 0.9).entities[0]!;
  return { ...r, entities: [...r.entities, b] } as KnowledgeRecord;
});

describe('the sharded state of the corpus type pass', () => {
  test('a run that adds one article reads and rewrites only the shards of its names; the state equals a rebuild', async () => {
    const store = await folder();
    let pass = await TypePass.load(store, false);
    await write(store, pass, MANY.slice(0, 39));
    await pass.apply(store, () => undefined);
    await pass.save(store);
    const shards = Object.keys(stateFiles(store)).length;
    expect(shards).toBeGreaterThan(30);

    pass = await TypePass.load(store, false);
    await write(store, pass, MANY.slice(39));
    await pass.apply(store, () => undefined);
    await pass.save(store);
    // The shards of its two names and of its person's surname, not the folder's forty-odd.
    expect(pass.shardsRead).toBeLessThanOrEqual(3);

    const rebuilt = await folder();
    const all = await TypePass.load(rebuilt, false);
    await write(rebuilt, all, [...MANY].reverse());
    await all.apply(rebuilt, () => undefined);
    await all.save(rebuilt);
    expect(stateFiles(store)).toEqual(stateFiles(rebuilt));
    expect(snapshot(store)).toEqual(snapshot(rebuilt));
    for (const s of [store, rebuilt]) rmSync(s.root, { recursive: true, force: true });
  });

  test('a folder with the single state file of an earlier version is migrated by its next run', async () => {
    const once = await folder();
    const p = await TypePass.load(once, false);
    await write(once, p, CORPUS);
    await p.apply(once, () => undefined);
    await p.save(once);

    // The single file (version 3) that folder would have held after the first six articles.
    const old = await folder();
    const q = await TypePass.load(old, false);
    await write(old, q, CORPUS.slice(0, 6));
    await q.apply(old, () => undefined);
    await q.save(old);
    const names: Record<string, unknown> = {};
    const weak: Record<string, unknown> = {};
    for (const text of Object.values(stateFiles(old))) {
      const shard = JSON.parse(text) as { names: Record<string, unknown>; weak: Record<string, unknown> };
      Object.assign(names, shard.names);
      Object.assign(weak, shard.weak);
    }
    rmSync(path.join(old.state, 'type-votes'), { recursive: true });
    writeFileSync(path.join(old.state, 'type-votes.json'), `${JSON.stringify({ version: 3, names, weak })}\n`);

    const next = await TypePass.load(old, false);
    await write(old, next, CORPUS.slice(6));
    await next.apply(old, () => undefined);
    await next.save(old);
    expect(readdirSync(old.state)).not.toContain('type-votes.json');
    expect(stateFiles(old)).toEqual(stateFiles(once));
    expect(snapshot(old)).toEqual(snapshot(once));
    for (const s of [once, old]) rmSync(s.root, { recursive: true, force: true });
  });

  test('a shard that cannot be read: the votes are rebuilt from the records, the result equals one run', async () => {
    const once = await folder();
    const p = await TypePass.load(once, false);
    await write(once, p, CORPUS);
    await p.apply(once, () => undefined);
    await p.save(once);

    // The next run's article names Brambleco, whose shard is cut short (a shard no run touches is not read).
    const broken = await folder();
    const q = await TypePass.load(broken, false);
    await write(broken, q, [...CORPUS.slice(0, 5), CORPUS[6]!]);
    await q.apply(broken, () => undefined);
    await q.save(broken);
    for (const f of Object.keys(stateFiles(broken))) writeFileSync(path.join(broken.state, 'type-votes', f), '{"vers');
    const next = await TypePass.load(broken, false);
    await write(broken, next, [CORPUS[5]!]);
    await next.apply(broken, () => undefined);
    await next.save(broken);
    expect(stateFiles(broken)).toEqual(stateFiles(once));
    expect(snapshot(broken)).toEqual(snapshot(once));
    for (const s of [once, broken]) rmSync(s.root, { recursive: true, force: true });
  });
});
