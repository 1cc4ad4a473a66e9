/**
 * The corpus type pass of an output folder (the vote itself is src/entities/type-vote.ts): after a run
 * has written its records, every weakly typed entity whose name has another type in most of the folder's
 * articles takes that type, and takes it back when the folder no longer says so.
 *
 * State, `state/type-votes/<shard>.json` (1,024 shards by a hash of the name, so a run that adds a few
 * articles reads and rewrites only the shards of the names they hold, not the whole folder's votes): the
 * tally (per name, the articles giving each type and id, and how many read it firmly) and, per name, the
 * articles holding a weakly typed entity of it with its local type (only those can change). A folder
 * written before the shards (one `state/type-votes.json`) is migrated by its next run: read whole once,
 * written as shards, the old file removed. A run adds the votes of the records it writes and takes away those of the
 * records it replaces or removes (read from the record before it goes: the record keeps its local
 * reading), then rewrites only
 * - the records it wrote that hold a weak reading the corpus overrides, and
 * - the records holding a weak reading whose override moved with its name's corpus type.
 * Each rewrite is atomic and happens only when the record's bytes change. The state is saved before the
 * run clears `state/tables-dirty`; a run that finds the marker (a killed run), no state, or `--force`
 * rebuilds it from the records on disk once they are all written and applies the pass to every record.
 * So the folder always ends as if the pass had run once over all its articles: the result depends only
 * on the set of articles (not on their order, the number of workers, shards merged by `dossier merge`,
 * or reruns). In memory a run holds the shards it touched; a weak reading there is two numbers (16 bytes,
 * about 300 as the string it was before), the run's set of written articles an {@link ArticleIdSet}.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
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
import { writeFileAtomically, type OutputStore } from '../output/store.js';
import { listRecordFiles } from '../output/tables.js';
import { ArticleIdSet, packArticleId, unpackArticleId } from '../output/id-map.js';
import { invariant } from '../errors.js';

/** Type ↔ the letter a weak reading is saved with, and the number it is held as (in the letters' order). */
const TYPE_CODE: Record<EntityType, string> = { person: 'p', group: 'g', place: 'l' };
const CODE_TYPE: Record<string, EntityType> = { p: 'person', g: 'group', l: 'place' };
const TYPE_NUM: Record<EntityType, number> = { group: 0, place: 1, person: 2 };
const NUM_TYPE: readonly EntityType[] = ['group', 'place', 'person'];

/** Shards of the state: a name's shard is a hash of its key (so the shards a run touches are its names'). */
export const TYPE_VOTE_SHARDS = 1024;

/**
 * The shard of a vote key: FNV-1a over the UTF-16 code units of the name it speaks for (a surname vote's
 * is the one-word name's, since resolving a name reads both: they share a shard).
 */
export function voteShard(key: string): number {
  const name = surnameTarget(key) || key;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % TYPE_VOTE_SHARDS;
}

/**
 * One shard file (version 4), and (version 3) the single file of folders written before the shards, read
 * once and migrated. Version 3 and 4: the tally holds surname votes and reads evidence ≥ 0.5 as firm; an
 * older state (version 2) is rebuilt from the records.
 */
interface StateFile {
  version: 3 | 4;
  /** Name key → readings: [type, id, articles, firm articles]. */
  names: Record<string, Array<[EntityType, string, number, number]>>;
  /** Name key → `articleId:t` of each weak reading (`t`: p, g or l). */
  weak: Record<string, string[]>;
}

/**
 * The weak readings of one name: two numbers each, the article id's high 32 bits and its low 32 bits
 * times 4 plus the type's number (exact in a double), so the list sorts as the saved strings do.
 */
type WeakList = number[];

function weakPair(articleId: string, type: EntityType): [number, number] {
  const packed = packArticleId(articleId);
  invariant(
    packed !== null,
    `the type pass needs article ids of the a_ + 16 hex form, got ${JSON.stringify(articleId)}`,
  );
  return [packed[0], packed[1] * 4 + TYPE_NUM[type]];
}

function weakId(hi: number, loType: number): string {
  return unpackArticleId(hi, Math.floor(loType / 4));
}

function weakType(loType: number): EntityType {
  return NUM_TYPE[loType % 4]!;
}

export class TypePass {
  private readonly votes = new TypeVotes();
  /** Name key → the weak readings of it (only those can change with the corpus). */
  private readonly weak = new Map<string, WeakList>();
  /** The corpus type of each name touched this run, as it was before the run. */
  private readonly before = new Map<string, CorpusType | null>();
  /** Articles whose record this run wrote. */
  private readonly written = new ArticleIdSet();
  /** The pass applies to every record at the end (the state is rebuilt from the records then). */
  private everything = false;
  /** A rebuild cannot trust the votes counted as records were written (see `set`): read every record. */
  private rescan = false;
  /**
   * Shards read from disk so far (or being read), when the state lives in shards and is read as needed;
   * null when the whole state is in memory (a new folder, a rebuild, a migrated single file).
   */
  private loaded: Map<number, Promise<void>> | null = null;
  /** Shards whose names changed this run (saved when `loaded` is set; otherwise every shard is). */
  private readonly dirty = new Set<number>();
  /** Records this pass has read from disk (to count their votes or to judge them), for measures and tests. */
  recordsRead = 0;
  /** Shard files this pass has read, for measures and tests. */
  shardsRead = 0;

  private constructor(private readonly store: OutputStore | null) {}

  /**
   * The state of `store`. When it is missing, or `rebuild` (a killed run, --force), the votes are taken
   * from every record on disk at the end of the run (`apply`), and the pass judges every record again.
   */
  static async load(store: OutputStore, rebuild: boolean): Promise<TypePass> {
    const pass = new TypePass(store);
    if (!rebuild) {
      // A folder of an earlier version: its single file, read whole (saved as shards, then removed).
      const single = await readState(legacyFile(store), 3);
      if (single !== null && single !== 'broken') {
        pass.read(single);
        return pass;
      }
      if (await isFolder(shardFolder(store))) {
        pass.loaded = new Map();
        return pass;
      }
    }
    pass.everything = rebuild || (await listRecordFiles(store)).length > 0;
    return pass;
  }

  /** Every record on disk judged again (after a merge). */
  static fromRecords(): TypePass {
    const pass = new TypePass(null);
    pass.everything = true;
    return pass;
  }

  /** Adds a state file's names and weak readings to memory. */
  private read(state: StateFile): void {
    for (const key of Object.keys(state.names)) {
      const readings = new Map<string, { n: number; firm: number }>();
      for (const [type, id, n, firm] of state.names[key]!) readings.set(`${type}\u0000${id}`, { n, firm });
      this.votes.names.set(key, readings);
    }
    for (const key of Object.keys(state.weak)) {
      const list: WeakList = [];
      for (const entry of state.weak[key]!) list.push(...weakPair(entry.slice(0, -2), CODE_TYPE[entry.slice(-1)]!));
      if (list.length > 0) this.weak.set(key, list);
    }
  }

  /** Reads the shards of `keys` not read yet (when the state lives in shards). */
  private async need(keys: Iterable<string>): Promise<void> {
    const loaded = this.loaded;
    if (loaded === null || this.store === null) return;
    const waits: Array<Promise<void>> = [];
    for (const key of keys) {
      const shard = voteShard(key);
      let p = loaded.get(shard);
      if (p === undefined) {
        const store = this.store;
        p = readState(shardFile(store, shard), 4).then((state) => {
          this.shardsRead++;
          if (state === 'broken') {
            // A shard that cannot be read: the votes are rebuilt from every record at the end instead.
            this.everything = true;
            this.rescan = true;
          } else if (state !== null) this.read(state);
        });
        loaded.set(shard, p);
      }
      waits.push(p);
    }
    await Promise.all(waits);
  }

  /** Adds or takes away an article's votes, remembering each name's corpus type before it first moves. */
  private count(articleId: string, votes: readonly EntityVote[], sign: 1 | -1, track = true): void {
    for (const v of votes) {
      // A surname vote moves the corpus type of the one-word name it speaks for, and holds no reading.
      const surname = surnameTarget(v.key);
      const key = surname || v.key;
      if (track && !this.before.has(key)) this.before.set(key, this.votes.resolve(key));
      if (this.loaded !== null) this.dirty.add(voteShard(v.key));
      if (surname !== '' || v.evidence >= TYPE_VOTE.weakBelow) continue;
      const [hi, loType] = weakPair(articleId, v.type);
      const holders = this.weak.get(v.key) ?? this.weak.set(v.key, []).get(v.key)!;
      if (sign > 0) holders.push(hi, loType);
      else {
        for (let i = 0; i < holders.length; i += 2)
          if (holders[i] === hi && holders[i + 1] === loType) {
            holders.splice(i, 2);
            break;
          }
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
    await this.need(votes.map((v) => v.key));
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
    if (record === null) return;
    const votes = recordVotes(record);
    await this.need(votes.map((v) => v.key));
    this.count(articleId, votes, -1);
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
      const holders = this.weak.get(key) ?? [];
      for (let i = 0; i < holders.length; i += 2) {
        const id = weakId(holders[i]!, holders[i + 1]!);
        const type = weakType(holders[i + 1]!);
        if (this.written.has(id) ? target(type, now) !== '' : moved && target(type, was) !== target(type, now))
          out.add(id);
      }
    }
    return [...out].sort();
  }

  /** True when the state needs saving. */
  get changed(): boolean {
    return this.before.size > 0 || this.everything || (this.loaded === null && this.store !== null);
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
      for (const [key, holders] of this.weak) {
        const now = this.votes.resolve(key);
        for (let i = 0; i < holders.length; i += 2) {
          const id = weakId(holders[i]!, holders[i + 1]!);
          if (this.written.has(id) && target(weakType(holders[i + 1]!), now) !== '') ids.push(id);
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
      // Its other names' corpus types are in their shards (a record not written this run may hold names
      // this run did not touch).
      await this.need(recordVotes(record).map((v) => v.key));
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

  /**
   * Saves the tally and the weak readings; the next run starts from them. When the state lives in shards
   * only the shards whose names changed are written; otherwise every shard is (and shard files no name
   * falls in any more go, as does the single file of an earlier version).
   */
  async save(store: OutputStore): Promise<void> {
    const folder = shardFolder(store);
    const partial = this.loaded !== null && !this.everything;
    const keep = partial ? this.dirty : null;
    // The keys of each shard to write; each shard's file is then built and written on its own, so the
    // whole state is never a second time in memory as objects and text.
    const byShard = new Map<number, { names: string[]; weak: string[] }>();
    const keysOf = (key: string): { names: string[]; weak: string[] } | null => {
      const shard = voteShard(key);
      if (keep !== null && !keep.has(shard)) return null;
      return byShard.get(shard) ?? byShard.set(shard, { names: [], weak: [] }).get(shard)!;
    };
    for (const key of this.votes.names.keys()) keysOf(key)?.names.push(key);
    for (const key of this.weak.keys()) keysOf(key)?.weak.push(key);
    await mkdir(folder, { recursive: true });
    const shardText = (keys: { names: string[]; weak: string[] }): string => {
      const file: StateFile = { version: 4, names: {}, weak: {} };
      for (const key of keys.names.sort()) {
        const readings: StateFile['names'][string] = [];
        for (const [k, c] of [...this.votes.names.get(key)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
          const at = k.indexOf('\u0000');
          readings.push([k.slice(0, at) as EntityType, k.slice(at + 1), c.n, c.firm]);
        }
        file.names[key] = readings;
      }
      for (const key of keys.weak.sort()) {
        const holders = this.weak.get(key)!;
        const pairs: Array<[number, number]> = [];
        for (let i = 0; i < holders.length; i += 2) pairs.push([holders[i]!, holders[i + 1]!]);
        pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        file.weak[key] = pairs.map(([hi, loType]) => `${weakId(hi, loType)}:${TYPE_CODE[weakType(loType)]}`);
      }
      return `${JSON.stringify(file)}\n`;
    };
    // A few writes in flight at a time (the file system's thread pool has four threads).
    const shards = [...byShard.keys()].sort((a, b) => a - b);
    for (let i = 0; i < shards.length; i += 8)
      await Promise.all(
        shards
          .slice(i, i + 8)
          .map((shard) =>
            writeFileAtomically(shardFile(store, shard), shardText(byShard.get(shard)!), false, store.tmp),
          ),
      );
    // A shard left without names: its file goes.
    const removals: Array<Promise<void>> = [];
    if (keep !== null) {
      for (const shard of keep) if (!byShard.has(shard)) removals.push(rm(shardFile(store, shard), { force: true }));
    } else
      for (const name of await readdir(folder))
        if (!byShard.has(Number.parseInt(name, 16)) || name !== shardName(Number.parseInt(name, 16)))
          removals.push(rm(path.join(folder, name), { force: true, recursive: true }));
    await Promise.all(removals);
    if (keep === null) await rm(legacyFile(store), { force: true });
    this.before.clear();
    this.dirty.clear();
    this.everything = false;
  }
}

/** What the corpus makes of a weak local reading of a type: `type id` when it overrides it, '' when it stands. */
function target(type: EntityType, corpus: CorpusType | null): string {
  if (corpus === null) return '';
  return corpus.type !== type && settles(type, corpus) ? `${corpus.type} ${corpus.id}` : '';
}

function legacyFile(store: OutputStore): string {
  return path.join(store.state, 'type-votes.json');
}

function shardFolder(store: OutputStore): string {
  return path.join(store.state, 'type-votes');
}

function shardName(shard: number): string {
  return `${shard.toString(16).padStart(3, '0')}.json`;
}

function shardFile(store: OutputStore, shard: number): string {
  return path.join(shardFolder(store), shardName(shard));
}

async function isFolder(dir: string): Promise<boolean> {
  return readdir(dir).then(
    () => true,
    () => false,
  );
}

/** A state file (a shard, or the single file of an earlier version): null when missing, 'broken' when unreadable or of another version. */
async function readState(file: string, version: 3 | 4): Promise<StateFile | null | 'broken'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'broken';
  }
  try {
    const raw = JSON.parse(text) as StateFile;
    if (
      raw.version === version &&
      typeof raw.names === 'object' &&
      raw.names !== null &&
      typeof raw.weak === 'object' &&
      raw.weak !== null
    )
      return raw;
  } catch {
    // Not JSON.
  }
  return 'broken';
}

async function readRecord(store: OutputStore, articleId: string): Promise<KnowledgeRecord | null> {
  try {
    return JSON.parse(await readFile(store.recordPath(articleId), 'utf8')) as KnowledgeRecord;
  } catch {
    return null;
  }
}
