#!/usr/bin/env node
/**
 * `npm run bench:tables [-- --articles 2000 --add 5 --rounds 9]`: what a run's table update costs as the
 * output grows. Times `updateTables` adding `--add` new articles to an output of `--articles` articles and
 * to an empty one (the same records), interleaved round by round so that load on this shared machine
 * falls on both; also changing and removing that many articles of the big output. Prints medians and
 * the big/empty ratio (target ≤ 2). Records are the bundled articles run through the pipeline once, then
 * copied with fresh article ids, about half their entities renamed per copy (new entities), the rest
 * shared (entities that recur across articles).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { OutputStore } from '../../output/store.js';
import { TypePass } from '../../pipeline/type-pass.js';
import { recordVotes } from '../../entities/type-vote.js';
import { spawnSync } from 'node:child_process';
import { rebuildTables, updateTables } from '../../output/tables.js';
import { createArticleProcessor, extractText, DEFAULT_SETTINGS } from '../../pipeline/extract.js';
import type { KnowledgeRecord } from '../../types.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const hex = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The bundled articles through the pipeline: the templates copies are made from. */
function templates(): KnowledgeRecord[] {
  const dir = new URL('../../../data/articles/', import.meta.url);
  const processor = createArticleProcessor(DEFAULT_SETTINGS);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const r = extractText(processor, readFileSync(new URL(f, dir), 'utf8'), f);
      if (!r.ok) throw new Error(r.failure.reason);
      return r.record;
    });
}

/** Copy `i` of a template: a new article id, and entities renamed or kept by a hash of (copy, entity). */
function copyOf(t: KnowledgeRecord, i: number, salt = ''): KnowledgeRecord {
  const rename = new Map<string, string>();
  for (const e of t.entities)
    if (parseInt(hex(`${i}/${e.id}`).slice(0, 2), 16) < 128)
      rename.set(e.id, `${e.id.slice(0, 4)}${hex(`${i}${e.id}`)}`);
  const id = (x: string) => rename.get(x) ?? x;
  const copy = JSON.parse(JSON.stringify(t)) as KnowledgeRecord;
  copy.articleId = `a_${hex(`article ${i}${salt}`)}`;
  for (const e of copy.entities) e.id = id(e.id);
  for (const ev of copy.events) {
    ev.participants = ev.participants.map((p) => ({ ...p, entity: id(p.entity) }));
    if (ev.place) ev.place = id(ev.place);
    if (ev.reportedBy) ev.reportedBy = id(ev.reportedBy);
  }
  return copy;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const articles = arg('articles', 2000);
  const add = arg('add', 5);
  const rounds = arg('rounds', 9);
  const base = templates();
  const big = Array.from({ length: articles }, (_, i) => copyOf(base[i % base.length]!, i));
  const extra = Array.from({ length: add }, (_, i) => copyOf(base[i % base.length]!, articles + i));
  const changed = big.slice(0, add).map((r, i) => copyOf(base[i % base.length]!, i, ' changed'));
  const root = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-tables-'));
  const at = new Date().toISOString();

  // Pristine outputs: tables built once by a rebuild, copied before every timed update.
  const bigDir = path.join(root, 'big');
  const emptyDir = path.join(root, 'empty');
  mkdirSync(path.join(bigDir, 'records'), { recursive: true });
  for (const r of big) writeFileSync(path.join(bigDir, 'records', `${r.articleId}.json`), JSON.stringify(r));
  const built = await rebuildTables(bigDir, 'bench-base', at);
  // The corpus type pass's state of the big output, built from its records as a first run would leave it.
  const bigTypes = await TypePass.load(new OutputStore(bigDir), false);
  await bigTypes.apply(new OutputStore(bigDir), () => undefined);
  await bigTypes.save(new OutputStore(bigDir));
  rmSync(path.join(bigDir, 'records'), { recursive: true });
  mkdirSync(path.join(emptyDir, 'records'), { recursive: true });
  await rebuildTables(emptyDir, 'bench-base', at);

  type Case = 'empty' | 'big' | 'change' | 'remove' | 'emptyTypes' | 'bigTypes';
  const times: Record<Case, number[]> = { empty: [], big: [], change: [], remove: [], emptyTypes: [], bigTypes: [] };
  const cpu: Record<Case, number[]> = { empty: [], big: [], change: [], remove: [], emptyTypes: [], bigTypes: [] };
  /** What a run does after writing the added records: the corpus type pass, then the table update. */
  const addWithTypes = async (d: string): Promise<void> => {
    const store = new OutputStore(d);
    mkdirSync(store.records, { recursive: true });
    const pass = await TypePass.load(store, false);
    for (const r of extra) {
      await pass.set(store, r.articleId, recordVotes(r));
      writeFileSync(store.recordPath(r.articleId), `${JSON.stringify(r)}\n`);
    }
    await pass.apply(store, () => undefined);
    if (pass.changed) await pass.save(store);
    await updateTables(d, { upserted: extra, removed: [], runId: 'bench-add', processedAt: at });
  };
  const timed = async (from: string, run: (dir: string) => Promise<unknown>): Promise<[number, number]> => {
    const dir = path.join(root, 'work');
    rmSync(dir, { recursive: true, force: true });
    cpSync(from, dir, { recursive: true });
    // Flush the copy first: on ext4 an fsync inside the update would otherwise wait for the copy's pages.
    spawnSync('sync');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await run(dir);
    const c = process.cpuUsage(c0);
    const ms = performance.now() - t0;
    rmSync(dir, { recursive: true, force: true });
    return [ms, (c.user + c.system) / 1000];
  };
  const cases = {
    empty: () =>
      timed(emptyDir, (d) => updateTables(d, { upserted: extra, removed: [], runId: 'bench-add', processedAt: at })),
    big: () =>
      timed(bigDir, (d) => updateTables(d, { upserted: extra, removed: [], runId: 'bench-add', processedAt: at })),
    emptyTypes: () => timed(emptyDir, addWithTypes),
    bigTypes: () => timed(bigDir, addWithTypes),
    change: () =>
      timed(bigDir, (d) =>
        updateTables(d, {
          upserted: changed,
          removed: big.slice(0, add).map((r) => r.articleId),
          runId: 'bench-change',
          processedAt: at,
        }),
      ),
    remove: () =>
      timed(bigDir, (d) =>
        updateTables(d, {
          upserted: [],
          removed: big.slice(0, add).map((r) => r.articleId),
          runId: 'bench-remove',
          processedAt: at,
        }),
      ),
  };
  // One untimed warm-up of each, then rounds in alternating order.
  for (const c of Object.values(cases)) await c();
  for (let r = 0; r < rounds; r++) {
    const order = (
      r % 2 === 0
        ? ['empty', 'big', 'change', 'remove', 'emptyTypes', 'bigTypes']
        : ['bigTypes', 'emptyTypes', 'remove', 'change', 'big', 'empty']
    ) as Array<keyof typeof cases>;
    for (const k of order) {
      const [ms, cpuMs] = await cases[k]();
      times[k].push(ms);
      cpu[k].push(cpuMs);
    }
  }
  rmSync(root, { recursive: true, force: true });

  const medians = (xs: Record<Case, number[]>) =>
    Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, median(v)])) as Record<Case, number>;
  const m = medians(times);
  const mc = medians(cpu);
  const ratio = m.big / m.empty;
  const cpuRatio = mc.big / mc.empty;
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  process.stdout.write(
    [
      `bench:tables — ${articles}-article output (${built.rows.entity_dim} entities, ${built.rows.mentions} mentions), ${add} articles per update, ${rounds} rounds, load ${load}`,
      '',
      '| update | median wall ms | median CPU ms | rounds, wall ms |',
      '|---|---:|---:|---|',
      `| add ${add} to an empty output | ${m.empty.toFixed(1)} | ${mc.empty.toFixed(1)} | ${fmt(times.empty)} |`,
      `| add ${add} to the ${articles}-article output | ${m.big.toFixed(1)} | ${mc.big.toFixed(1)} | ${fmt(times.big)} |`,
      `| change ${add} of the ${articles} | ${m.change.toFixed(1)} | ${mc.change.toFixed(1)} | ${fmt(times.change)} |`,
      `| remove ${add} of the ${articles} | ${m.remove.toFixed(1)} | ${mc.remove.toFixed(1)} | ${fmt(times.remove)} |`,
      `| add ${add} to an empty output, with the corpus type pass | ${m.emptyTypes.toFixed(1)} | ${mc.emptyTypes.toFixed(1)} | ${fmt(times.emptyTypes)} |`,
      `| add ${add} to the ${articles}-article output, with the corpus type pass | ${m.bigTypes.toFixed(1)} | ${mc.bigTypes.toFixed(1)} | ${fmt(times.bigTypes)} |`,
      '',
      `ratio add-to-${articles} / add-to-empty: **${ratio.toFixed(2)}** wall, **${cpuRatio.toFixed(2)}** CPU (target ≤ 2)`,
      `with the corpus type pass: **${(m.bigTypes / m.emptyTypes).toFixed(2)}** wall, **${(mc.bigTypes / mc.emptyTypes).toFixed(2)}** CPU`,
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:tables: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
