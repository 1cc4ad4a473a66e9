/**
 * Stage 1 (batch): streams candidate files from the input folders. Folders are read with `opendir`, one
 * entry at a time, so a folder of millions of files never becomes one array. Symbolic links are not
 * followed unless configured, and never out of the input folder; loops are detected.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { SourceFile } from '../types.js';
import type { FailureCode } from '../codes.js';

/** What discover needs from the config. */
export interface DiscoverOptions {
  inputs: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  followSymlinks: boolean;
}

/** A file to process, or a path passed over with a reason (reported as a failure or notice). */
export type Discovered =
  | { kind: 'file'; source: SourceFile; root: string }
  | { kind: 'skip'; path: string; relPath: string; code: FailureCode; reason: string };

export const discoverStage = {
  name: 'discover',
  requires: ['config.inputs', 'config.include', 'config.exclude'] as const,
  provides: ['source'] as const,
  run: discoverFiles,
};

/** Yields files under every input folder that match `include` and not `exclude`, in folder order (output does not depend on it). */
export async function* discoverFiles(opts: DiscoverOptions): AsyncGenerator<Discovered> {
  const isIncluded = picomatch(opts.include as string[], { dot: true });
  const isExcluded = opts.exclude.length > 0 ? picomatch(opts.exclude as string[], { dot: true }) : () => false;
  for (const input of opts.inputs) {
    const root = await realpath(input);
    // Real paths of the folders walked: a folder reached again (through a link back to an ancestor,
    // or a second link to the same place) is not walked twice.
    const visited = new Set<string>();
    // Depth-first with an explicit stack of folders; files are yielded as the folder is read.
    const stack: string[] = [root];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const real = dir === root ? root : await realpath(dir).catch(() => null);
      if (real === null) {
        yield skip(dir, root, 'E_VANISHED', 'folder vanished while the input was being listed');
        continue;
      }
      if (visited.has(real)) {
        yield skip(
          dir,
          root,
          'E_SYMLINK_LOOP',
          'folder already walked through another path (a symbolic link loop or a second link to it); not walked again',
        );
        continue;
      }
      visited.add(real);
      let handle;
      try {
        handle = await opendir(dir);
      } catch (e) {
        yield skip(
          dir,
          root,
          'E_UNREADABLE',
          `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'}); check its permissions`,
        );
        continue;
      }
      const subdirs: string[] = [];
      try {
        for await (const entry of handle) {
          const full = path.join(dir, entry.name);
          const rel = toPosix(path.relative(root, full));
          let isDir = entry.isDirectory();
          let isFile = entry.isFile();
          if (entry.isSymbolicLink()) {
            if (!opts.followSymlinks) {
              if (isIncluded(rel) && !isExcluded(rel))
                yield skip(
                  full,
                  root,
                  'E_SYMLINK',
                  'symbolic link not followed; set "followSymlinks": true to follow links inside the input folder',
                );
              continue;
            }
            let target: string;
            try {
              target = await realpath(full);
            } catch {
              yield skip(full, root, 'E_SYMLINK', 'broken symbolic link');
              continue;
            }
            if (target !== root && !target.startsWith(root + path.sep)) {
              yield skip(full, root, 'E_SYMLINK', 'symbolic link points outside the input folder; not followed');
              continue;
            }
            const st = await stat(target).catch(() => null);
            if (st === null) continue;
            isDir = st.isDirectory();
            isFile = st.isFile();
            if (isDir && visited.has(target)) {
              yield skip(full, root, 'E_SYMLINK_LOOP', 'symbolic link loop; not followed again');
              continue;
            }
          }
          // An excluded folder is not entered at all (".git", ".cache", …).
          if (isDir) {
            if (!isExcluded(rel) && !isExcluded(`${rel}/`)) subdirs.push(full);
          } else if (isFile && isIncluded(rel) && !isExcluded(rel)) yield await describe(full, rel, root);
          // A FIFO, socket or device named like an article: opening a FIFO would block the run forever.
          else if (!isFile && isIncluded(rel) && !isExcluded(rel))
            yield skip(full, root, 'E_NOT_REGULAR', 'not a regular file (FIFO, socket or device); not read');
        }
      } catch (e) {
        yield skip(
          dir,
          root,
          'E_UNREADABLE',
          `folder could not be listed completely (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        );
      }
      subdirs.sort().reverse();
      stack.push(...subdirs);
    }
  }
}

/** Size and mtime of a file, or a skip when it vanished between listing and stat. */
async function describe(full: string, rel: string, root: string): Promise<Discovered> {
  // No `instanceof Error` here: errors from another realm (a test VM, a worker) would slip past it.
  const st = await stat(full).then(
    (s) => ({ ok: true as const, s }),
    (e: NodeJS.ErrnoException) => ({ ok: false as const, code: e.code }),
  );
  if (!st.ok)
    return skip(
      full,
      root,
      st.code === 'ENOENT' ? 'E_VANISHED' : 'E_UNREADABLE',
      st.code === 'ENOENT'
        ? 'file vanished while the input was being listed'
        : `file cannot be read (${st.code ?? 'error'})`,
    );
  return {
    kind: 'file',
    root,
    source: { path: full, relPath: rel, size: st.s.size, mtimeMs: Math.trunc(st.s.mtimeMs) },
  };
}

function skip(full: string, root: string, code: FailureCode, reason: string): Discovered {
  return { kind: 'skip', path: full, relPath: toPosix(path.relative(root, full)), code, reason };
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
