/**
 * Reading one listed source file safely: the file may have vanished, changed, grown past the size cap,
 * turned into a folder or a FIFO, or lost its read permission since it was listed. Every such case
 * becomes a failure with a code and a sentence; nothing here throws for a bad file, and nothing reads
 * more than `maxBytes + 1` bytes into memory.
 */
import { close, constants, fstat, open, read } from 'node:fs';
import type { SourceFile } from '../types.js';
import type { FailureCode } from '../codes.js';

/** The bytes read, or why the file could not be read. */
export type SourceRead =
  | { ok: true; bytes: Buffer; size: number; mtimeMs: number }
  | {
      ok: false;
      code: Extract<FailureCode, 'E_VANISHED' | 'E_UNREADABLE' | 'E_PERMISSION' | 'E_NOT_REGULAR' | 'E_TOO_LARGE'>;
      reason: string;
    };

/** Plain-language names for the errno codes a read can meet. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'the file vanished after it was listed',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder now, not a file',
  ELOOP: 'too many levels of symbolic links',
  EIO: 'input/output error from the disk',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
};

/** The calls {@link readSource} makes on an open file (a seam: tests count the bytes it asks for). */
export interface SourceHandle {
  stat(): Promise<{ isFile(): boolean; size: number; mtimeMs: number }>;
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/**
 * Opens `path` non-blocking and returns its calls on the descriptor through Node's callback API: no `FileHandle`
 * (an object with a promise per call and a close tracked by the collector) for each of a run's files, which the
 * main thread reads one after another while it also feeds the workers and writes their records.
 */
function openNonBlocking(path: string): Promise<SourceHandle> {
  const settle =
    <T>(resolve: (v: T) => void, reject: (e: Error) => void) =>
    (err: Error | null, value: T): void =>
      err ? reject(err) : resolve(value);
  return new Promise((resolve, reject) =>
    open(path, constants.O_RDONLY | constants.O_NONBLOCK, (err, fd) => {
      if (err) {
        reject(err);
        return;
      }
      resolve({
        stat: () => new Promise((res, rej) => fstat(fd, settle(res, rej))),
        read: (buffer, offset, length, position) =>
          new Promise((res, rej) =>
            read(fd, buffer, offset, length, position, (e, bytesRead) => settle(res, rej)(e, { bytesRead })),
          ),
        close: () => new Promise<void>((res, rej) => close(fd, (e) => settle(res, rej)(e ?? null, undefined))),
      });
    }),
  );
}

/**
 * Reads `source` with at most `maxBytes + 1` bytes in memory. Opens non-blocking (a FIFO swapped in
 * after listing must not hang the run) and checks the opened file, not the listed one, is a regular
 * file within the cap.
 */
export async function readSource(
  source: Pick<SourceFile, 'path'>,
  maxBytes: number,
  openFile: (path: string) => Promise<SourceHandle> = openNonBlocking,
): Promise<SourceRead> {
  let fh;
  try {
    fh = await openFile(source.path);
  } catch (e) {
    return errnoFailure(e);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile())
      return {
        ok: false,
        code: 'E_NOT_REGULAR',
        reason: 'not a regular file (a FIFO, device or socket was found at this path); not read',
      };
    if (st.size > maxBytes)
      return {
        ok: false,
        code: 'E_TOO_LARGE',
        reason: `file is ${st.size} bytes, over the ${maxBytes}-byte limit ("maxFileBytes"); not read`,
      };
    // Read until EOF but never past the cap + 1: a file that grows while we read is caught without
    // reading it all. The first buffer fits the listed size; it doubles only if the file grew.
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    let filled = 0;
    for (;;) {
      if (filled === buf.length) {
        if (buf.length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const { bytesRead } = await fh.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes)
      return {
        ok: false,
        code: 'E_TOO_LARGE',
        reason: `file grew past the ${maxBytes}-byte limit ("maxFileBytes") while it was read; not processed`,
      };
    return { ok: true, bytes: buf.subarray(0, filled), size: filled, mtimeMs: Math.trunc(st.mtimeMs) };
  } catch (e) {
    return errnoFailure(e);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

function errnoFailure(e: unknown): SourceRead & { ok: false } {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  const text = ERRNO_TEXT[code] ?? (e as Error).message;
  if (code === 'ENOENT')
    return { ok: false, code: 'E_VANISHED', reason: `${text}; it will be picked up by a later run if it comes back` };
  if (code === 'EACCES' || code === 'EPERM')
    return {
      ok: false,
      code: 'E_PERMISSION',
      reason: `cannot read file: ${text} (${code}); give the user running dossier read access`,
    };
  if (code === 'EISDIR') return { ok: false, code: 'E_NOT_REGULAR', reason: `cannot read file: ${text}` };
  return {
    ok: false,
    code: 'E_UNREADABLE',
    reason: `cannot read file: ${text} (${code}); check it exists and is readable`,
  };
}
