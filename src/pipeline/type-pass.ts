/**
 * The corpus type pass of an output folder (the vote itself is src/entities/type-vote.ts): after a run
 * has written its records, every weakly typed entity whose name has another type in most of the folder's
 * articles takes that type, and takes it back when the folder no longer says so.
 *
 * State: `state/type-votes.json` holds every article's local votes (name key, type, id, evidence), so a
 * run adds and takes away only the votes of the articles it wrote or removed, and rewrites only
 * - the records it wrote (their own entities may follow the corpus), and
 * - the records holding a weakly typed entity of a name whose corpus type changed.
 * Each rewrite is atomic and happens only when the record's bytes change. The state is saved before the
 * run clears `state/tables-dirty`; a run that finds the marker (a killed run) or no state rebuilds it from
 * the records on disk and applies the pass to every record, so the folder always ends as if the pass had
 * run once over all its articles: the result depends only on the set of articles (not on the order,
 * the number of workers, shards merged by `dossier merge`, or reruns).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  applyCorpusTypes,
  recordVotes,
  settles,
  TYPE_VOTE,
  TypeVotes,
  type EntityVote,
} from '../entities/type-vote.js';
import type { EntityType, KnowledgeRecord } from '../types.js';
import { writeFileAtomically, writeJsonAtomic, type OutputStore } from '../output/store.js';
import { listRecordFiles } from '../output/tables.js';

/** One vote as the state file stores it: [key, type, id, evidence]. */
type StoredVote = [string, EntityType, string, number];

interface StateFile {
  version: 1;
  /** Article id → its local votes. */
  articles: Record<string, StoredVote[]>;
}

export class TypePass {
  private readonly votes = new TypeVotes();
  /** Name key → articles holding weakly typed entities of it, and how many (only those can change with the corpus). */
  private readonly weak = new Map<string, Map<string, number>>();
  /** The corpus type of each name touched this run, as it was before the run (JSON, for comparing). */
  private readonly before = new Map<string, string>();
  /** Articles whose record this run wrote. */
  private readonly written = new Set<string>();
  /** True when the state was rebuilt from the records: the pass then applies to every record. */
  private everything = false;

  private constructor(private readonly articles: Map<string, EntityVote[]>) {
    for (const [id, votes] of articles) this.count(id, votes, 1, false);
  }

  /** The state of `store`, or, when it is missing or `rebuild` (a killed run), the votes of every record on disk. */
  static async load(store: OutputStore, rebuild: boolean): Promise<TypePass> {
    if (!rebuild) {
      try {
        const raw = JSON.parse(await readFile(stateFile(store), 'utf8')) as StateFile;
        if (raw.version === 1 && raw.articles !== null && typeof raw.articles === 'object') {
          const articles = new Map<string, EntityVote[]>();
          for (const id of Object.keys(raw.articles))
            articles.set(
              id,
              raw.articles[id]!.map(([key, type, eid, evidence]) => ({ key, type, id: eid, evidence })),
            );
          return new TypePass(articles);
        }
      } catch {
        // Missing or unreadable: rebuilt from the records below.
      }
    }
    return TypePass.fromRecords(store);
  }

  /** The votes of every record on disk; the pass will apply to every record. */
  static async fromRecords(store: OutputStore): Promise<TypePass> {
    const articles = new Map<string, EntityVote[]>();
    for (const name of await listRecordFiles(store)) {
      const record = await readRecord(store, name.slice(0, -'.json'.length));
      if (record !== null) articles.set(record.articleId, recordVotes(record));
    }
    const pass = new TypePass(articles);
    pass.everything = true;
    return pass;
  }

  /** Adds or takes away an article's votes; `track`: remember the corpus type of each name before it moves. */
  private count(articleId: string, votes: readonly EntityVote[], sign: 1 | -1, track = true): void {
    for (const v of votes) {
      if (track && !this.before.has(v.key)) this.before.set(v.key, JSON.stringify(this.votes.resolve(v.key)));
      if (v.evidence >= TYPE_VOTE.weakBelow) continue;
      const holders = this.weak.get(v.key) ?? this.weak.set(v.key, new Map()).get(v.key)!;
      const n = (holders.get(articleId) ?? 0) + sign;
      if (n > 0) holders.set(articleId, n);
      else holders.delete(articleId);
      if (holders.size === 0) this.weak.delete(v.key);
    }
    this.votes.add(votes, sign);
  }

  /** The record of `articleId` was written with these local votes (replacing what it had). */
  set(articleId: string, votes: readonly EntityVote[]): void {
    this.remove(articleId);
    this.articles.set(articleId, [...votes]);
    this.count(articleId, votes, 1);
    this.written.add(articleId);
  }

  /** The record of `articleId` is gone. */
  remove(articleId: string): void {
    const old = this.articles.get(articleId);
    this.written.delete(articleId);
    if (old === undefined) return;
    this.articles.delete(articleId);
    this.count(articleId, old, -1);
  }

  /**
   * Articles whose record may change: those written this run with a weak vote the corpus overrides (a
   * record just written holds its local reading, so one without such a vote is already right and is not
   * read back), and the weak holders of names whose corpus type moved.
   */
  private candidates(): string[] {
    if (this.everything) return [...this.articles.keys()].sort();
    const out = new Set<string>();
    for (const id of this.written) if (this.articles.get(id)!.some((v) => this.overridden(v))) out.add(id);
    for (const [key, was] of this.before)
      if (JSON.stringify(this.votes.resolve(key)) !== was)
        for (const id of this.weak.get(key)?.keys() ?? []) out.add(id);
    return [...out].filter((id) => this.articles.has(id)).sort();
  }

  /** True when the corpus may override this local vote (see `applyCorpusTypes`). */
  private overridden(v: EntityVote): boolean {
    if (v.evidence >= TYPE_VOTE.weakBelow) return false;
    const corpus = this.votes.resolve(v.key);
    return corpus !== null && corpus.type !== v.type && settles(v.type, corpus.type);
  }

  /** True when the run changed any vote (the state needs saving). */
  get changed(): boolean {
    return this.before.size > 0 || this.everything;
  }

  /**
   * Applies the corpus types to the records that may change; rewrites those whose bytes change and calls
   * `onRewrite` before each write (the runner marks the tables dirty and notes the article). Returns the
   * number of records rewritten.
   */
  async apply(store: OutputStore, onRewrite: (articleId: string) => Promise<void> | void): Promise<number> {
    let rewritten = 0;
    const resolve = (key: string) => this.votes.resolve(key);
    for (const id of this.candidates()) {
      const text = await readFile(store.recordPath(id), 'utf8').catch(() => null);
      if (text === null) continue;
      const record = JSON.parse(text) as KnowledgeRecord;
      applyCorpusTypes(record, resolve);
      const json = `${JSON.stringify(record)}\n`;
      if (json === text) continue;
      await onRewrite(id);
      await writeFileAtomically(store.recordPath(id), json, false);
      rewritten++;
    }
    this.written.clear();
    return rewritten;
  }

  /** Saves the votes; the next run starts from them. */
  async save(store: OutputStore): Promise<void> {
    this.before.clear();
    this.everything = false;
    const articles: Record<string, StoredVote[]> = {};
    for (const id of [...this.articles.keys()].sort())
      articles[id] = this.articles.get(id)!.map((v) => [v.key, v.type, v.id, v.evidence]);
    await writeJsonAtomic(stateFile(store), { version: 1, articles } satisfies StateFile, false, false);
  }
}

function stateFile(store: OutputStore): string {
  return path.join(store.state, 'type-votes.json');
}

async function readRecord(store: OutputStore, articleId: string): Promise<KnowledgeRecord | null> {
  try {
    return JSON.parse(await readFile(store.recordPath(articleId), 'utf8')) as KnowledgeRecord;
  } catch {
    return null;
  }
}
