/**
 * Incremental reruns: what a run may skip, which failures it already knew, and which stored articles
 * lost their input. The index (`state/index.json`) remembers, per source path, the content id, size,
 * mtime and pipeline fingerprint it was last processed with.
 *
 * - A file whose size, mtime and fingerprint match, and whose record is on disk, is skipped unread.
 * - A file whose size or mtime moved is read and hashed; content the index already holds under the same
 *   fingerprint (a touched but unchanged file) is skipped without extraction.
 * - Content processed before from another path, or by a run whose index was lost, is skipped when its
 *   record on disk carries the current fingerprint.
 * - A source the index knows but discover no longer found (deleted or renamed) is removed, with its
 *   record unless another source still holds the same content.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IndexEntry, OutputStore, StateIndex } from '../output/store.js';
import type { SourceFile } from '../types.js';
import { sha256 } from '../ids.js';

/** The end of a feed item's index key (`feedItemKey`). */
const ITEM_KEY = /#item-[0-9a-f]{16}$/;

/**
 * The index key of an item of a feed file: the file's path, `#item-` and 16 hex digits of the item's id
 * (and its occurrence, for a feed that repeats an id). No file's path has this form under a folder that
 * holds the feed as a file, so an item's key never meets a file's.
 */
export function feedItemKey(feedPath: string, itemId: string, occurrence: number): string {
  const id = occurrence > 1 ? `${itemId}\u0000${occurrence}` : itemId;
  return `${feedPath}#item-${sha256(id).slice(0, 16)}`;
}

/** The feed file's path of a feed item's index key; null for a file's own key. */
export function feedOfItemKey(key: string): string | null {
  const m = ITEM_KEY.exec(key);
  return m ? key.slice(0, m.index) : null;
}

/** What to do with a discovered file before reading it. */
export type BeforeRead =
  /** Unchanged by size, mtime and fingerprint, record present: not read at all. */
  | { kind: 'skip' }
  /** Read and hash it; `known` is what the index held for this path (for the content check after reading). */
  | { kind: 'read'; known: IndexEntry | undefined };

export class Incremental {
  constructor(
    private readonly store: OutputStore,
    private readonly index: StateIndex,
    private readonly fingerprint: string,
    private readonly force: boolean,
  ) {}

  /** True when the record of `articleId` is on disk and not empty (an empty one is what power loss leaves). */
  async recordUsable(articleId: string): Promise<boolean> {
    return stat(this.store.recordPath(articleId)).then(
      (st) => st.size > 0,
      () => false,
    );
  }

  async beforeRead(source: SourceFile): Promise<BeforeRead> {
    const known = this.index.get(source.path);
    if (
      !this.force &&
      known?.ok === true &&
      known.size === source.size &&
      known.mtimeMs === source.mtimeMs &&
      known.fingerprint === this.fingerprint &&
      (await this.recordUsable(known.articleId))
    )
      return { kind: 'skip' };
    return { kind: 'read', known };
  }

  /**
   * After reading: true when the content needs no extraction — the index holds it for this path under
   * this fingerprint (a touched but unchanged file), or its record on disk carries this fingerprint and
   * this path (a lost index). A renamed file is processed again, so its record names the path it has now.
   */
  async unchangedContent(known: IndexEntry | undefined, articleId: string, relPath: string): Promise<boolean> {
    if (this.force) return false;
    if (known?.ok === true && known.articleId === articleId && known.fingerprint === this.fingerprint)
      return this.recordUsable(articleId);
    // The record's JSON holds `"fingerprint":"…"` once, in its pipeline block; the article text cannot
    // contain that sequence unescaped, so a substring test is exact and needs no parse.
    const body = await readFile(this.store.recordPath(articleId), 'utf8').catch(() => '');
    return (
      body.endsWith('\n') &&
      body.includes(`"fingerprint":"${this.fingerprint}"`) &&
      body.includes(`"source":{"path":${JSON.stringify(relPath)},`)
    );
  }

  /** True when the index saw this failure (same code) on this same content under this fingerprint. */
  knownFailure(known: IndexEntry | undefined, articleId: string, code: string): boolean {
    return (
      known !== undefined &&
      !known.ok &&
      known.articleId === articleId &&
      known.failure === code &&
      known.fingerprint === this.fingerprint
    );
  }
}

/**
 * Sources the index holds under `roots` that this run did not meet. `seen` holds the paths discover
 * listed (and, under shards, whose content fell in this shard); a path under a folder that could not be
 * listed (`unlisted`) is kept, since its file may well still be there.
 */
export function missingSources(
  index: StateIndex,
  roots: readonly string[],
  seen: { has(sourcePath: string): boolean },
  unlisted: readonly string[],
): string[] {
  const under = (p: string, dir: string) => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  const out: string[] = [];
  for (const p of index.paths()) {
    if (seen.has(p)) continue;
    if (!roots.some((r) => under(p, r))) continue;
    if (unlisted.some((d) => under(p, d))) continue;
    out.push(p);
  }
  return out.sort();
}
