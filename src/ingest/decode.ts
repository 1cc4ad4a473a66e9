/** Bytes to text: BOM-aware UTF-8 / UTF-16 decoding, binary detection, newline normalisation. */
import type { Warning } from '../types.js';

/** Result of decoding a file's bytes. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  warnings: Warning[];
}

/** Thrown for input that is not text at all; the runner records the article as failed. */
export class NotTextError extends Error {
  constructor(
    readonly code: 'E_BINARY' | 'E_EMPTY',
    message: string,
  ) {
    super(message);
    this.name = 'NotTextError';
  }
}

const SNIFF_BYTES = 8192;

/** True when the first bytes look like a binary file (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}

/**
 * Decodes bytes to a string. A UTF-16 BOM selects UTF-16; otherwise UTF-8, with invalid sequences
 * replaced by U+FFFD and reported as a warning. CRLF and lone CR become LF (offsets refer to the
 * normalised text). Throws `NotTextError` for binary or empty input.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: Warning[] = [];
  let encoding: Decoded['encoding'] = 'utf-8';
  let body = bytes;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);

  if (encoding === 'utf-8' && looksBinary(body)) {
    throw new NotTextError(
      'E_BINARY',
      'the file looks binary (NUL or control bytes), not a text article; remove it from the input folder or exclude it with the "include" globs',
    );
  }
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8', { fatal: false }).decode(body);
      warnings.push({
        stage: 'ingest',
        code: 'W_INVALID_UTF8',
        message: 'invalid UTF-8 byte sequences were replaced with U+FFFD; re-save the file as UTF-8',
      });
    }
  } else {
    text = new TextDecoder(encoding, { fatal: false }).decode(body);
    warnings.push({
      stage: 'ingest',
      code: 'W_UTF16',
      message: `decoded as ${encoding.toUpperCase()} (byte order mark found)`,
    });
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw new NotTextError('E_EMPTY', 'the file is empty or holds only whitespace; nothing to extract');
  return { text, encoding, warnings };
}
