/**
 * Resources in their run-time form, built once at `npm run build` instead of in every worker thread.
 *
 * Every worker thread of a run used to parse the same data files into the same tables (the NER model's
 * packed weight index, the name gazetteers, the word clusters, the GeoNames key index): about 0.2 s of CPU
 * per thread, paid again for each worker. The tables are plain `Int32Array`s, so the build writes them to
 * `dist/compiled/*.bin` (src/dev/resources-compile.ts) and a thread reads them back as views over one file.
 *
 * A file is used only when its key matches: a digest of the data files it was made from and of the code
 * that builds the tables from them (the `.js`/`.ts` files of that code's folder), so a file left over from
 * older data or code, a file from another machine's byte order, or a missing file (sources run under jest,
 * a build without the step) is ignored and the tables are built from the data as before. The tables are the
 * same either way (tests/compiled.test.ts), so records do not depend on the file; `.bin` files are not in
 * the pipeline fingerprint (src/version.ts hashes code and data).
 *
 * Layout: `DSRC1\n`, a little header (JSON, one line, padded with spaces to a multiple of 8 bytes) with the
 * key, the byte order, numbers (`meta`) and each array's name and length, then the arrays' bytes in order.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** What one compiled file holds. */
export interface Compiled {
  key: string;
  meta: Record<string, number>;
  arrays: Record<string, Int32Array>;
}

const MAGIC = 'DSRC1\n';

interface Header {
  key: string;
  endian: string;
  meta: Record<string, number>;
  arrays: Array<[string, number]>;
}

/** The bytes of a compiled file. */
export function encodeCompiled(c: Compiled): Buffer {
  const header: Header = {
    key: c.key,
    endian: os.endianness(),
    meta: c.meta,
    arrays: Object.entries(c.arrays).map(([name, a]) => [name, a.length]),
  };
  let head = `${MAGIC}${JSON.stringify(header)}\n`;
  while (Buffer.byteLength(head) % 8 !== 0) head = `${head.slice(0, -1)} \n`;
  const parts: Buffer[] = [Buffer.from(head)];
  for (const a of Object.values(c.arrays)) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  return Buffer.concat(parts);
}

/** A compiled file's content, or null when it is not one (or of another byte order). */
export function decodeCompiled(bytes: Buffer): Compiled | null {
  if (bytes.length < MAGIC.length || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const end = bytes.indexOf(10, MAGIC.length);
  if (end < 0) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length, end)) as Header;
  } catch {
    return null;
  }
  if (header.endian !== os.endianness()) return null;
  // The arrays are views over the file's bytes when they are aligned (a file read whole has a buffer of its own).
  const base = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  let at = end + 1;
  const arrays: Record<string, Int32Array> = {};
  for (const [name, length] of header.arrays) {
    if (at + length * 4 > base.length) return null;
    arrays[name] = new Int32Array(base.buffer, base.byteOffset + at, length);
    at += length * 4;
  }
  if (at !== base.length) return null;
  return { key: header.key, meta: header.meta, arrays };
}

/** The compiled file at `url` when it exists and was made for `key`; else null. */
export function readCompiled(url: URL, key: string): Compiled | null {
  if (!existsSync(url)) return null;
  const c = decodeCompiled(readFileSync(url));
  return c !== null && c.key === key ? c : null;
}

/** sha256 over byte strings, hex (a compiled file's key). */
export function digestOf(parts: ReadonlyArray<Uint8Array | string>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\u0000');
  return hash.digest('hex');
}

/**
 * A digest of the code in a folder (its `.js` and `.ts` files, not sub-folders): part of a compiled file's
 * key, so tables built by older code are never read by newer code.
 */
export function codeDigest(dir: URL): string {
  const root = fileURLToPath(dir);
  const files = readdirSync(root)
    .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  return digestOf(files.flatMap((f) => [f, readFileSync(new URL(f, dir))]));
}
