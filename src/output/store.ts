/**
 * The output folder: where records, failures, tables, manifests and the incremental-state index live.
 * Every path is built from ids the pipeline computed (never from input names), and every file is
 * written atomically (temp file + fsync + rename), so readers never see a partial file.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { invariant } from '../errors.js';

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

  constructor(readonly root: string) {
    this.records = path.join(root, 'records');
    this.failed = path.join(root, 'failed');
    this.tables = path.join(root, 'tables');
    this.runs = path.join(root, 'runs');
    this.state = path.join(root, 'state');
  }

  /** Creates the folder layout. */
  async ensure(): Promise<void> {
    for (const dir of [this.records, this.failed, this.tables, this.runs, this.state]) await mkdir(dir, { recursive: true });
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

/** Writes JSON atomically with a trailing newline. */
export async function writeJsonAtomic(file: string, value: unknown, pretty = false): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`, { fsync: true });
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
}

/**
 * Incremental state: source path → what it held when last processed. Lets a rerun skip unchanged files
 * without reading them, and drop the record of a file whose content changed.
 */
export class StateIndex {
  private constructor(private readonly entries: Map<string, IndexEntry>) {}

  static async load(store: OutputStore): Promise<StateIndex> {
    try {
      const raw = JSON.parse(await readFile(store.indexPath, 'utf8')) as { version: number; sources: Record<string, IndexEntry> };
      if (raw.version === 1 && raw.sources && typeof raw.sources === 'object') return new StateIndex(new Map(Object.entries(raw.sources)));
    } catch {
      // Missing or unreadable index: start empty; records on disk still let unchanged articles be skipped.
    }
    return new StateIndex(new Map());
  }

  get(sourcePath: string): IndexEntry | undefined {
    return this.entries.get(sourcePath);
  }

  set(sourcePath: string, entry: IndexEntry): void {
    this.entries.set(sourcePath, entry);
  }

  /** True when some source other than `except` still maps to `articleId`. */
  isReferenced(articleId: string, except: string): boolean {
    for (const [p, e] of this.entries) if (p !== except && e.articleId === articleId) return true;
    return false;
  }

  async save(store: OutputStore): Promise<void> {
    const sources: Record<string, IndexEntry> = {};
    for (const key of [...this.entries.keys()].sort()) sources[key] = this.entries.get(key)!;
    await writeJsonAtomic(store.indexPath, { version: 1, sources });
  }
}
