/**
 * The output folder: where records, failures, tables, manifests and the incremental-state index live.
 * Every path is built from ids the pipeline computed (never from input names), and every file is
 * written atomically: the bytes go to a temp file in `output/.tmp/` (same file system, outside every
 * folder readers list), are fsynced, then renamed over the target. A reader of `records/`, `tables/`,
 * `failed/` or `runs/` therefore sees either the old file or the new one, never a partial one, even
 * when the process is killed; temp files a killed run left behind are swept by the next run.
 */
import { randomBytes } from 'node:crypto';
import { writeFile as writeFileCallback } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { invariant } from '../errors.js';
import { ArticleIdMap, packArticleId, unpackArticleId } from './id-map.js';

const ARTICLE_ID = /^a_[0-9a-f]{16}$/;
const RUN_ID = /^[0-9TZ-]+-[0-9a-f]{6}$/;
const TABLE_NAME = /^[a-z_]+$/;

/** Absolute paths inside one output folder. */
export class OutputStore {
  readonly records: string;
  readonly failed: string;
  readonly tables: string;
  readonly runs: string;
  readonly state: string;
  /** Temp files for atomic writes; never listed by readers. */
  readonly tmp: string;

  constructor(readonly root: string) {
    this.records = path.join(root, 'records');
    this.failed = path.join(root, 'failed');
    this.tables = path.join(root, 'tables');
    this.runs = path.join(root, 'runs');
    this.state = path.join(root, 'state');
    this.tmp = path.join(root, '.tmp');
  }

  /** Creates the folder layout (see {@link makeDirs}: fails at once where `mkdir -p` would spin). */
  async ensure(): Promise<void> {
    for (const dir of [this.records, this.failed, this.tables, this.runs, this.state, this.tmp]) await makeDirs(dir);
  }

  /** A fresh temp path in `.tmp/` for a file built in several steps (tables). */
  tempFor(target: string): string {
    return path.join(this.tmp, `${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  }

  /** Removes temp files a killed run left behind; returns how many. Call only while holding the lock. */
  async sweepTemps(): Promise<number> {
    const names = await readdir(this.tmp).catch(() => [] as string[]);
    for (const name of names) await rm(path.join(this.tmp, name), { force: true, recursive: true });
    return names.length;
  }

  /**
   * Marker that records may have changed since the tables were last rebuilt. Set before the first
   * record write of a run and cleared after the tables are rebuilt, so a run killed in between leaves
   * it behind and the next run rebuilds the tables even if it has nothing new to process.
   */
  get dirtyPath(): string {
    return path.join(this.state, 'tables-dirty');
  }

  async markDirty(): Promise<void> {
    await writeFile(this.dirtyPath, '');
  }

  async isDirty(): Promise<boolean> {
    return stat(this.dirtyPath).then(
      () => true,
      () => false,
    );
  }

  async clearDirty(): Promise<void> {
    await rm(this.dirtyPath, { force: true });
  }

  recordPath(articleId: string): string {
    invariant(ARTICLE_ID.test(articleId), `refusing to build a record path from id ${JSON.stringify(articleId)}`);
    return path.join(this.records, `${articleId}.json`);
  }

  failurePath(articleId: string): string {
    invariant(ARTICLE_ID.test(articleId), `refusing to build a failure path from id ${JSON.stringify(articleId)}`);
    return path.join(this.failed, `${articleId}.json`);
  }

  manifestPath(runId: string): string {
    invariant(RUN_ID.test(runId), `refusing to build a manifest path from run id ${JSON.stringify(runId)}`);
    return path.join(this.runs, `${runId}.json`);
  }

  tablePath(name: string): string {
    invariant(TABLE_NAME.test(name), `bad table name ${JSON.stringify(name)}`);
    return path.join(this.tables, `${name}.ndjson`);
  }

  get indexPath(): string {
    return path.join(this.state, 'index.json');
  }
}

/**
 * `mkdir -p` that gives up. Node's `mkdir(…, { recursive: true })` retries for as long as the kernel
 * answers ENOENT for a folder whose parent exists, which is what `/proc` (and some FUSE mounts) do: the
 * call spun at 100% CPU for minutes on `--output /proc/x`. Here each level is created at most once: a
 * folder whose parent exists and that still cannot be made is an error, thrown with the kernel's code.
 */
export async function makeDirs(dir: string, fs: DirFs = { stat, mkdir }): Promise<void> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const st = await fs.stat(d).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
    if (st !== null) {
      if (!st.isDirectory())
        throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR', path: d }) as NodeJS.ErrnoException;
      break;
    }
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    await fs.mkdir(d).catch((e: NodeJS.ErrnoException) => (e.code === 'EEXIST' ? undefined : Promise.reject(e)));
  }
}

/** The two file-system calls {@link makeDirs} makes (a seam: tests count the calls instead of timing them). */
export interface DirFs {
  stat(path: string): Promise<{ isDirectory(): boolean }>;
  mkdir(path: string): Promise<unknown>;
}

/**
 * Creates the temp file of an atomic write of `file` with `create` and returns its path. Output files sit at
 * `<root>/<folder>/<name>`, so the temp file goes to `<root>/.tmp/` (same file system, never listed by
 * readers), or to `tempDir` when the caller knows it (a file deeper in the tree); when that folder does not
 * exist the temp file is a hidden sibling instead. If `create` fails, what it left is removed. Returns the
 * path and what `create` returned.
 */
async function createTemp<T>(
  file: string,
  create: (temp: string) => Promise<T>,
  tempDir?: string,
): Promise<{ temp: string; created: T }> {
  const name = `${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}`;
  let temp = path.join(tempDir ?? path.join(path.dirname(path.dirname(file)), '.tmp'), name);
  try {
    try {
      return { temp, created: await create(temp) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      temp = path.join(path.dirname(file), `.${name}`);
      return { temp, created: await create(temp) };
    }
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Writes `data` to `file` atomically: temp file (created exclusively, see {@link createTemp}) → write → fsync
 * → rename. On any error the temp file is removed and `file` is left as it was.
 */
export async function writeFileAtomically(
  file: string,
  data: string | Uint8Array,
  durable = true,
  tempDir?: string,
): Promise<void> {
  const { temp } = await createTemp(file, (t) => writeNewFile(t, data, durable), tempDir);
  try {
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Creates `file` (exclusively: it must not exist), writes `data`, fsyncs it when `durable`, closes it.
 * Node's callback `writeFile` does the open, writes, fsync (`flush`) and close without a `FileHandle` and
 * a promise per call: about half the main thread's CPU per record of the `FileHandle` calls it replaced.
 */
function writeNewFile(file: string, data: string | Uint8Array, durable: boolean): Promise<void> {
  return new Promise((resolve, reject) =>
    writeFileCallback(file, data, { flag: 'wx', mode: 0o644, flush: durable }, (e) => (e ? reject(e) : resolve())),
  );
}

/**
 * Writes the concatenation of `pieces` to `file` atomically (as {@link writeFileAtomically}), holding about
 * `chunkChars` characters of it in memory at a time, so a large file is never one string.
 */
export async function writePiecesAtomically(
  file: string,
  pieces: Iterable<string>,
  durable = true,
  chunkChars = 1 << 20,
): Promise<void> {
  const { temp, created: fh } = await createTemp(file, (t) => open(t, 'wx', 0o644));
  let handle: FileHandle | null = fh;
  try {
    const writeAll = async (text: string): Promise<void> => {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length;) at += (await fh.write(bytes, at, bytes.length - at)).bytesWritten;
    };
    let chunk: string[] = [];
    let chars = 0;
    for (const piece of pieces) {
      chunk.push(piece);
      chars += piece.length;
      if (chars >= chunkChars) {
        await writeAll(chunk.join(''));
        chunk = [];
        chars = 0;
      }
    }
    if (chunk.length > 0) await writeAll(chunk.join(''));
    if (durable) await fh.sync();
    await fh.close();
    handle = null;
    await rename(temp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Writes JSON atomically with a trailing newline. `durable` adds an fsync before the rename: kept for the
 * index, tables and manifests; per-article records and failures skip it (rename alone already keeps
 * readers and killed runs from ever seeing a partial file; the fsync only guards against power loss and
 * cost ~6 ms per article, 40% of a two-worker run's wall time).
 */
export async function writeJsonAtomic(file: string, value: unknown, pretty = false, durable = true): Promise<void> {
  await writeFileAtomically(file, `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`, durable);
}

/** Removes a file if it exists. */
export async function removeIfExists(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** What the index remembers of one source file. */
export interface IndexEntry {
  articleId: string;
  size: number;
  mtimeMs: number;
  fingerprint: string;
  ok: boolean;
  /** The failure code, when `ok` is false (a rerun that meets the same failure on the same content reports it as known). */
  failure?: string;
}

/**
 * Incremental state: source path → what it held when last processed. Lets a rerun skip unchanged files
 * without reading them, and drop the record of a file whose content changed.
 *
 * Kept compact, since a run holds it for every source of the folder (issue 16: the main thread's memory
 * per article): a path maps to a slot, and each slot's fields sit in typed arrays (the article id as two
 * 32-bit words, size and mtime as doubles, the fingerprint and the failure code as indexes into tables of
 * the few distinct strings). About 60 bytes an entry besides its path, where an `IndexEntry` object took
 * about 450 (each had its own hidden class). `get` builds the entry object when asked.
 */
export class StateIndex {
  /** Source path → slot. */
  private readonly slots = new Map<string, number>();
  private his = new Uint32Array(0);
  private los = new Uint32Array(0);
  private sizes = new Float64Array(0);
  private mtimes = new Float64Array(0);
  /** Index into `strings` of the fingerprint; of the failure code + 1 (0: none); 1 when ok. */
  private fingerprints = new Uint32Array(0);
  private failures = new Uint32Array(0);
  private oks = new Uint8Array(0);
  /**
   * 1 for a slot whose path this run met (`markSeen`). A run used to keep its own `Set` of every path it
   * listed, only to find at the end the indexed paths it had not met (`missingSources`): a second hash
   * table over every path of the folder (about 30 bytes an article on top of the index's own, and a
   * table that doubles as it grows), where a byte per slot answers the same question.
   */
  private seen = new Uint8Array(0);
  /** Slots whose article id is not of the `a_` + 16 hex form (kept as they are). */
  private readonly oddIds = new Map<number, string>();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly free: number[] = [];
  private used = 0;
  /** articleId → number of sources mapping to it; keeps `isReferenced` O(1) on big folders. */
  private readonly refs = new ArticleIdMap();

  private constructor() {}

  static async load(store: OutputStore): Promise<StateIndex> {
    const index = new StateIndex();
    try {
      const raw = JSON.parse(await readFile(store.indexPath, 'utf8')) as {
        version: number;
        sources: Record<string, IndexEntry>;
      };
      if (raw.version === 1 && raw.sources && typeof raw.sources === 'object')
        for (const key of Object.keys(raw.sources)) index.set(key, raw.sources[key]!);
    } catch {
      // Missing or unreadable index: start empty; records on disk still let unchanged articles be skipped.
    }
    return index;
  }

  private intern(s: string): number {
    let at = this.stringIds.get(s);
    if (at === undefined) {
      at = this.strings.push(s) - 1;
      this.stringIds.set(s, at);
    }
    return at;
  }

  private entryAt(slot: number): IndexEntry {
    const failure = this.failures[slot]!;
    const entry: IndexEntry = {
      articleId: this.oddIds.get(slot) ?? unpackArticleId(this.his[slot]!, this.los[slot]!),
      size: this.sizes[slot]!,
      mtimeMs: this.mtimes[slot]!,
      ok: this.oks[slot] === 1,
      fingerprint: this.strings[this.fingerprints[slot]!]!,
    };
    // The key order of the entries written before the index was compact (index.json stays byte-identical).
    return failure === 0
      ? entry
      : {
          articleId: entry.articleId,
          size: entry.size,
          mtimeMs: entry.mtimeMs,
          ok: entry.ok,
          failure: this.strings[failure - 1]!,
          fingerprint: entry.fingerprint,
        };
  }

  private articleIdAt(slot: number): string {
    return this.oddIds.get(slot) ?? unpackArticleId(this.his[slot]!, this.los[slot]!);
  }

  private grow(): void {
    const capacity = Math.max(64, this.his.length * 2);
    const widen = <T extends Uint32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a as never);
      return b;
    };
    this.his = widen(this.his, (n) => new Uint32Array(n));
    this.los = widen(this.los, (n) => new Uint32Array(n));
    this.sizes = widen(this.sizes, (n) => new Float64Array(n));
    this.mtimes = widen(this.mtimes, (n) => new Float64Array(n));
    this.fingerprints = widen(this.fingerprints, (n) => new Uint32Array(n));
    this.failures = widen(this.failures, (n) => new Uint32Array(n));
    this.oks = widen(this.oks, (n) => new Uint8Array(n));
    this.seen = widen(this.seen, (n) => new Uint8Array(n));
  }

  get(sourcePath: string): IndexEntry | undefined {
    const slot = this.slots.get(sourcePath);
    return slot === undefined ? undefined : this.entryAt(slot);
  }

  set(sourcePath: string, entry: IndexEntry): void {
    let slot = this.slots.get(sourcePath);
    if (slot !== undefined) this.unref(this.articleIdAt(slot));
    else {
      slot = this.free.pop();
      if (slot === undefined) {
        if (this.used === this.his.length) this.grow();
        slot = this.used++;
      }
      this.slots.set(sourcePath, slot);
    }
    const packed = packArticleId(entry.articleId);
    if (packed === null) this.oddIds.set(slot, entry.articleId);
    else {
      this.oddIds.delete(slot);
      this.his[slot] = packed[0];
      this.los[slot] = packed[1];
    }
    this.sizes[slot] = entry.size;
    this.mtimes[slot] = entry.mtimeMs;
    this.oks[slot] = entry.ok ? 1 : 0;
    this.fingerprints[slot] = this.intern(String(entry.fingerprint ?? ''));
    this.failures[slot] = entry.failure === undefined ? 0 : this.intern(entry.failure) + 1;
    this.refs.set(entry.articleId, (this.refs.get(entry.articleId) ?? 0) + 1);
  }

  private unref(articleId: string): void {
    const n = (this.refs.get(articleId) ?? 1) - 1;
    if (n > 0) this.refs.set(articleId, n);
    else this.refs.delete(articleId);
  }

  /** Forgets a source (deleted or renamed input). */
  delete(sourcePath: string): void {
    const slot = this.slots.get(sourcePath);
    if (slot === undefined) return;
    this.unref(this.articleIdAt(slot));
    this.slots.delete(sourcePath);
    this.oddIds.delete(slot);
    this.seen[slot] = 0;
    this.free.push(slot);
  }

  /**
   * Notes that this run met `sourcePath`, if the index holds it (call it again after `set` for a path the
   * index did not hold yet). The mark stays when the path's entry is set again and goes when it is deleted.
   */
  markSeen(sourcePath: string): void {
    const slot = this.slots.get(sourcePath);
    if (slot !== undefined) this.seen[slot] = 1;
  }

  /** True when {@link markSeen} was called for `sourcePath` since it was last added. */
  wasSeen(sourcePath: string): boolean {
    const slot = this.slots.get(sourcePath);
    return slot !== undefined && this.seen[slot] === 1;
  }

  /** Every source path known, with its entry (built as it is reached). */
  *all(): IterableIterator<[string, IndexEntry]> {
    for (const [p, slot] of this.slots) yield [p, this.entryAt(slot)];
  }

  /** Every source path known. */
  paths(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** True when some source maps to `articleId`. */
  has(articleId: string): boolean {
    return (this.refs.get(articleId) ?? 0) > 0;
  }

  /** True when some source other than `except` still maps to `articleId`. */
  isReferenced(articleId: string, except: string): boolean {
    const n = this.refs.get(articleId) ?? 0;
    const slot = this.slots.get(except);
    return n - (slot !== undefined && this.articleIdAt(slot) === articleId ? 1 : 0) > 0;
  }

  /** Number of sources known. */
  get size(): number {
    return this.slots.size;
  }

  /**
   * Writes the index (atomically, fsynced), the same bytes as `JSON.stringify({ version: 1, sources })` with
   * the sources sorted by path, but a piece at a time: building the whole object and its text took memory
   * in proportion to the folder at every checkpoint of a run (about 170 bytes an entry, twice over).
   */
  async save(store: OutputStore): Promise<void> {
    const paths = [...this.slots.keys()].sort();
    const slots = this.slots;
    const entryAt = (slot: number): IndexEntry => this.entryAt(slot);
    function* pieces(): Generator<string> {
      yield '{"version":1,"sources":{';
      for (let i = 0; i < paths.length; i++)
        yield `${i > 0 ? ',' : ''}${JSON.stringify(paths[i])}:${JSON.stringify(entryAt(slots.get(paths[i]!)!))}`;
      yield '}}\n';
    }
    await writePiecesAtomically(store.indexPath, pieces());
  }
}
