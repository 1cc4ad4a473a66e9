/**
 * The corpus type pass of an output folder (the vote itself is src/entities/type-vote.ts): after a run
 * has written its records, every weakly typed entity whose name has another type in most of the folder's
 * articles takes that type, and takes it back when the folder no longer says so.
 *
 * State, `state/type-votes.json`: the tally (per name, the articles giving each type and id, and how many
 * read it firmly) and, per name, the articles holding a weakly typed entity of it with its local type
 * (only those can change). A run adds the votes of the records it writes and takes away those of the
 * records it replaces or removes (read from the record before it goes: the record keeps its local
 * reading), then rewrites only
 * - the records it wrote that hold a weak reading the corpus overrides, and
 * - the records holding a weak reading whose override moved with its name's corpus type.
 * Each rewrite is atomic and happens only when the record's bytes change. The state is saved before the
 * run clears `state/tables-dirty`; a run that finds the marker (a killed run), no state, or `--force`
 * rebuilds it from the records on disk once they are all written and applies the pass to every record.
 * So the folder always ends as if the pass had run once over all its articles: the result depends only
 * on the set of articles (not on their order, the number of workers, shards merged by `dossier merge`,
 * or reruns). The state grows with the folder: about 1 kB per article in memory (the weak readings).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  applyCorpusTypes,
  recordVotes,
  settles,
  surnameTarget,
  TYPE_VOTE,
  TypeVotes,
  type CorpusType,
  type EntityVote,
} from '../entities/type-vote.js';
import type { EntityType, KnowledgeRecord } from '../types.js';
import { writeFileAtomically, writeJsonAtomic, type OutputStore } from '../output/store.js';
import { listRecordFiles } from '../output/tables.js';

const TYPE_CODE: Record<EntityType, string> = { person: 'p', group: 'g', place: 'l' };
const CODE_TYPE: Record<string, EntityType> = { p: 'person', g: 'group', l: 'place' };

/** Version 3: the tally holds surname votes and reads evidence ≥ 0.5 as firm; an older state is rebuilt. */
interface StateFile {
  version: 3;
  /** Name key → readings: [type, id, articles, firm articles]. */
  names: Record<string, Array<[EntityType, string, number, number]>>;
  /** Name key → `articleId:t` of each weak reading (`t`: p, g or l). */
  weak: Record<string, string[]>;
}

export class TypePass {
  private readonly votes = new TypeVotes();
  /** Name key → `articleId:t` of each weak reading of it (only those can change with the corpus). */
  private readonly weak = new Map<string, string[]>();
  /** The corpus type of each name touched this run, as it was before the run. */
  private readonly before = new Map<string, CorpusType | null>();
  /** Articles whose record this run wrote. */
  private readonly written = new Set<string>();
  /** The pass applies to every record at the end (the state is rebuilt from the records then). */
  private everything = false;
  /** A rebuild cannot trust the votes counted as records were written (see `set`): read every record. */
  private rescan = false;
  /** Records this pass has read from disk (to count their votes or to judge them), for measures and tests. */
  recordsRead = 0;

  private constructor() {}

  /**
   * The state of `store`. When it is missing, or `rebuild` (a killed run, --force), the votes are taken
   * from every record on disk at the end of the run (`apply`), and the pass judges every record again.
   */
  static async load(store: OutputStore, rebuild: boolean): Promise<TypePass> {
    const pass = new TypePass();
    if (!rebuild) {
      try {
        const raw = JSON.parse(await readFile(stateFile(store), 'utf8')) as StateFile;
        if (raw.version === 3 && typeof raw.names === 'object' && typeof raw.weak === 'object') {
          for (const key of Object.keys(raw.names)) {
            const readings = new Map<string, { n: number; firm: number }>();
            for (const [type, id, n, firm] of raw.names[key]!) readings.set(`${type}\u0000${id}`, { n, firm });
            pass.votes.names.set(key, readings);
          }
          for (const key of Object.keys(raw.weak)) pass.weak.set(key, raw.weak[key]!);
          return pass;
        }
      } catch {
        // Missing or unreadable: rebuilt from the records at the end (none in a new folder: nothing to rebuild).
      }
    }
    pass.everything = rebuild || (await listRecordFiles(store)).length > 0;
    return pass;
  }

  /** Every record on disk judged again (after a merge). */
  static fromRecords(): TypePass {
    const pass = new TypePass();
    pass.everything = true;
    return pass;
  }

  /** Adds or takes away an article's votes, remembering each name's corpus type before it first moves. */
  private count(articleId: string, votes: readonly EntityVote[], sign: 1 | -1, track = true): void {
    for (const v of votes) {
      // A surname vote moves the corpus type of the one-word name it speaks for, and holds no reading.
      const surname = surnameTarget(v.key);
      const key = surname || v.key;
      if (track && !this.before.has(key)) this.before.set(key, this.votes.resolve(key));
      if (surname !== '' || v.evidence >= TYPE_VOTE.weakBelow) continue;
      const entry = `${articleId}:${TYPE_CODE[v.type]}`;
      const holders = this.weak.get(v.key) ?? this.weak.set(v.key, []).get(v.key)!;
      if (sign > 0) holders.push(entry);
      else {
        const at = holders.indexOf(entry);
        if (at >= 0) holders.splice(at, 1);
        if (holders.length === 0) this.weak.delete(v.key);
      }
    }
    this.votes.add(votes, sign);
  }

  /**
   * The record of `articleId` is about to be written with `votes`. `store` holds the record it replaces,
   * if any, whose votes go first. (Nothing is counted when the pass will judge every record at the end.)
   */
  async set(store: OutputStore, articleId: string, votes: readonly EntityVote[]): Promise<void> {
    if (this.everything) {
      // Counted now, so the rebuild at the end need not read back the records this run wrote (on a
      // --force run that is every record: it parsed the whole folder twice, 19 % of a one-worker run's
      // wall time in `npm run bench`). An article written twice in one run: the rebuild reads everything.
      if (this.written.has(articleId)) this.rescan = true;
      else {
        this.count(articleId, votes, 1, false);
        this.written.add(articleId);
      }
      return;
    }
    await this.remove(store, articleId);
    this.count(articleId, votes, 1);
    this.written.add(articleId);
  }

  /** The record of `articleId` is about to be removed (or replaced): its votes go. Call before the file goes. */
  async remove(store: OutputStore, articleId: string): Promise<void> {
    if (this.everything) {
      // Votes counted this run for a record that goes again: the rebuild reads everything instead.
      if (this.written.has(articleId)) this.rescan = true;
      return;
    }
    this.written.delete(articleId);
    const record = await readRecord(store, articleId);
    this.recordsRead++;
    if (record !== null) this.count(articleId, recordVotes(record), -1);
  }

  /**
   * Articles whose record may change: those written this run with a weak reading the corpus overrides (a
   * record just written holds its local reading, so one without such a reading is already right and is
   * not read back), and the holders of a weak reading whose override moved with its name's corpus type.
   */
  private candidates(): string[] {
    const out = new Set<string>();
    for (const [key, was] of this.before) {
      const now = this.votes.resolve(key);
      const moved = now?.type !== was?.type || now?.id !== was?.id;
      for (const entry of this.weak.get(key) ?? []) {
        const id = entry.slice(0, -2);
        const type = CODE_TYPE[entry.slice(-1)]!;
        if (this.written.has(id) ? target(type, now) !== '' : moved && target(type, was) !== target(type, now))
          out.add(id);
      }
    }
    return [...out].sort();
  }

  /** True when the state needs saving. */
  get changed(): boolean {
    return this.before.size > 0 || this.everything;
  }

  /**
   * Applies the corpus types to the records that may change; rewrites those whose bytes change and calls
   * `onRewrite` before each write (the runner marks the tables dirty and notes the article). Returns the
   * number of records rewritten.
   */
  async apply(store: OutputStore, onRewrite: (articleId: string) => Promise<void> | void): Promise<number> {
    let ids: string[];
    if (this.everything) {
      // Rebuild: the votes of every record on disk, then every record judged. The records this run wrote
      // were counted as they were written (`set`) and hold their local readings, so only those with a
      // weak reading the corpus overrides are read back; records it did not write are read and judged.
      const files = (await listRecordFiles(store)).map((name) => name.slice(0, -'.json'.length));
      const listed = new Set(files);
      if (this.rescan || [...this.written].some((id) => !listed.has(id))) {
        this.votes.names.clear();
        this.weak.clear();
        this.written.clear();
      }
      ids = [];
      for (const name of files) {
        if (this.written.has(name)) continue;
        const record = await readRecord(store, name);
        this.recordsRead++;
        if (record === null) continue;
        this.count(record.articleId, recordVotes(record), 1, false);
        ids.push(record.articleId);
      }
      for (const [key, entries] of this.weak) {
        const now = this.votes.resolve(key);
        for (const entry of entries) {
          const id = entry.slice(0, -2);
          if (this.written.has(id) && target(CODE_TYPE[entry.slice(-1)]!, now) !== '') ids.push(id);
        }
      }
      ids = [...new Set(ids)].sort();
    } else ids = this.candidates();
    let rewritten = 0;
    const resolve = (key: string) => this.votes.resolve(key);
    for (const id of ids) {
      const text = await readFile(store.recordPath(id), 'utf8').catch(() => null);
      this.recordsRead++;
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

  /** Saves the tally and the weak readings; the next run starts from them. */
  async save(store: OutputStore): Promise<void> {
    const names: StateFile['names'] = {};
    for (const key of [...this.votes.names.keys()].sort()) {
      const readings: StateFile['names'][string] = [];
      for (const [k, c] of [...this.votes.names.get(key)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const at = k.indexOf('\u0000');
        readings.push([k.slice(0, at) as EntityType, k.slice(at + 1), c.n, c.firm]);
      }
      names[key] = readings;
    }
    const weak: StateFile['weak'] = {};
    for (const key of [...this.weak.keys()].sort()) weak[key] = [...this.weak.get(key)!].sort();
    await writeJsonAtomic(stateFile(store), { version: 3, names, weak } satisfies StateFile, false, false);
    this.before.clear();
    this.everything = false;
  }
}

/** What the corpus makes of a weak local reading of a type: `type id` when it overrides it, '' when it stands. */
function target(type: EntityType, corpus: CorpusType | null): string {
  if (corpus === null) return '';
  return corpus.type !== type && settles(type, corpus) ? `${corpus.type} ${corpus.id}` : '';
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
