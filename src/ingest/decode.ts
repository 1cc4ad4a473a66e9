/**
 * Bytes to text. The encoding comes from, in order: a byte order mark; the UTF-16 pattern of zero bytes
 * (UTF-16 without a BOM); a declaration (HTML `<meta charset>`, the XML declaration, a MIME
 * `Content-Type` header) checked against the bytes; valid UTF-8; else the `chardet` detector. Decoding
 * is done by `iconv-lite`. Mojibake (UTF-8 read as Windows-1252, "JosÃ©") is repaired when the repair
 * is certain and flagged when it is not. Newlines are normalised to LF.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { EncodingInfo, Warning } from '../types.js';
import { warning, type FailureCode } from '../codes.js';

/** Result of decoding a file's bytes. */
export interface Decoded {
  text: string;
  encoding: EncodingInfo;
  warnings: Warning[];
}

/** Thrown for input that is not text at all; the runner records the article as failed. */
export class NotTextError extends Error {
  constructor(
    readonly code: Extract<FailureCode, 'E_BINARY' | 'E_EMPTY'>,
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
 * UTF-16 without a byte order mark: English text in UTF-16 has a zero byte in every other position
 * (the high byte of ASCII characters). Returns the byte order, or null.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * The encoding a document declares about itself in its first bytes: the XML declaration, an HTML
 * `<meta charset>` or `http-equiv` Content-Type, or a MIME `Content-Type: …; charset=` header line.
 * Returned as written (lower-cased), or null.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const mime = /^content-type:[^\n]*\bcharset\s*=\s*["']?([\w.:-]+)/im.exec(head);
  if (mime) return mime[1]!.toLowerCase();
  return null;
}

/**
 * The encoding to decode with for a label, as browsers do (WHATWG Encoding): Latin-1 and ASCII labels
 * mean Windows-1252, and a UTF-16 label on a byte stream without UTF-16's zero bytes means UTF-8.
 * Null for labels iconv-lite does not know.
 */
function canonical(label: string): string | null {
  const l = label.toLowerCase().replace(/_/g, '-');
  if (/^(?:us-)?ascii$|^iso-?8859-1$|^latin-?1$|^l1$|^cp819$|^iso-ir-100$|^windows-1252$|^cp1252$|^x-cp1252$/.test(l))
    return 'windows-1252';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (/^utf-?16/.test(l) || l === 'unicode') return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}

function utf8Valid(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Decodes bytes to a string and says which encoding was used, from where, with what confidence. Throws
 * `NotTextError` for binary or empty input; every other oddity is a warning.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: Warning[] = [];
  let encoding: EncodingInfo;
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    encoding = { name: 'utf-8', source: 'bom', confidence: 1 };
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    body = bytes.subarray(2);
    encoding = { name: 'utf-16le', source: 'bom', confidence: 1 };
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    body = bytes.subarray(2);
    encoding = { name: 'utf-16be', source: 'bom', confidence: 1 };
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) encoding = { name: utf16, source: 'pattern', confidence: 0.95 };
    else encoding = chooseEightBit(bytes, warnings);
  }

  if (!encoding.name.startsWith('utf-16') && looksBinary(body)) {
    throw new NotTextError(
      'E_BINARY',
      'the file looks binary (NUL or control bytes), not a text article; remove it from the input folder or exclude it with the "include" globs',
    );
  }
  let text: string;
  if (encoding.name === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8', { fatal: false }).decode(body);
      warnings.push(
        warning('W_INVALID_UTF8', 'invalid UTF-8 byte sequences were replaced with U+FFFD; re-save the file as UTF-8'),
      );
    }
  } else {
    text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding.name);
    if (encoding.name.startsWith('utf-16'))
      warnings.push(
        warning(
          'W_UTF16',
          `decoded as ${encoding.name.toUpperCase()} (${encoding.source === 'bom' ? 'byte order mark found' : 'no byte order mark; told by its zero bytes'})`,
        ),
      );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const repaired = repairMojibake(text);
  if (repaired.fixed > 0) {
    text = repaired.text;
    warnings.push(
      warning(
        'W_MOJIBAKE_REPAIRED',
        `repaired ${repaired.fixed} run(s) of UTF-8 text that had been read as Windows-1252 (e.g. "Ã©" → "é")`,
      ),
    );
  }
  if (repaired.suspect > 0)
    warnings.push(
      warning(
        'W_MOJIBAKE_SUSPECTED',
        `${repaired.suspect} run(s) look like UTF-8 read as Windows-1252 but could not be repaired with certainty; check the file's encoding`,
      ),
    );
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw new NotTextError('E_EMPTY', 'the file is empty or holds only whitespace; nothing to extract');
  return { text, encoding, warnings };
}

/** Minimum confidence (0–1) of the detector below which a warning asks the user to check. */
const DETECT_SURE = 0.5;

/** For 8-bit byte streams: the declaration if the bytes agree with it, valid UTF-8, else the detector. */
function chooseEightBit(bytes: Uint8Array, warnings: Warning[]): EncodingInfo {
  const declaredLabel = declaredEncoding(bytes);
  const declared = declaredLabel !== null ? canonical(declaredLabel) : null;
  const high = hasHighBytes(bytes);
  // Pure ASCII (most articles) needs no UTF-8 check.
  const valid = high && utf8Valid(bytes);
  if (declaredLabel !== null && declared === null)
    warnings.push(
      warning(
        'W_ENCODING_UNKNOWN',
        `the file declares the unknown encoding "${declaredLabel}"; the encoding was detected instead`,
      ),
    );
  if (declared !== null) {
    if (!high) return { name: declared, source: 'declared', confidence: 1 };
    if (declared === 'utf-8') {
      if (valid || !legacyPlausible(bytes)) return { name: 'utf-8', source: 'declared', confidence: valid ? 1 : 0.9 };
      const detected = detect(bytes);
      warnings.push(
        warning(
          'W_ENCODING_MISMATCH',
          `the file declares "${declaredLabel}" but is not valid UTF-8; decoded as ${detected.name} (detected, confidence ${detected.confidence.toFixed(2)})`,
        ),
      );
      return detected;
    }
    if (valid) {
      warnings.push(
        warning(
          'W_ENCODING_MISMATCH',
          `the file declares "${declaredLabel}" but its bytes are valid UTF-8 with multi-byte characters; decoded as UTF-8`,
        ),
      );
      return { name: 'utf-8', source: 'detected', confidence: 0.99 };
    }
    return { name: declared, source: 'declared', confidence: 0.95 };
  }
  if (!high) return { name: 'utf-8', source: 'ascii', confidence: 1 };
  if (valid) return { name: 'utf-8', source: 'detected', confidence: 0.99 };
  // Damaged UTF-8 (stray bytes among valid multi-byte characters, or runs of bytes no legacy text has)
  // stays UTF-8, with replacement characters and a warning.
  if (!legacyPlausible(bytes)) return { name: 'utf-8', source: 'detected', confidence: 0.6 };
  const detected = detect(bytes);
  if (detected.confidence < DETECT_SURE)
    warnings.push(
      warning(
        'W_ENCODING_UNCERTAIN',
        `the file is not UTF-8 and declares no encoding; decoded as ${detected.name}, detected with low confidence ${detected.confidence.toFixed(2)}: re-save it as UTF-8 if characters look wrong`,
      ),
    );
  return detected;
}

/** Windows-1252 punctuation and symbols that stand alone between spaces in Western text. */
const STANDALONE = new Set([
  0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xa1, 0xa2, 0xa3, 0xa5, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb1,
  0xb7, 0xbb, 0xbf, 0xd7, 0xf7, 0xbd, 0xbc, 0xbe, 0xb2, 0xb3, 0xb5, 0xb6,
]);
/** Bytes Windows-1252 leaves undefined. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const isAsciiLetter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * True when the bytes read like legacy 8-bit text: no valid UTF-8 multi-byte character among them,
 * and most runs of high bytes are a single symbol or one or two accented letters inside a word. Runs of
 * three or more high bytes, or letters standing alone, are what damaged UTF-8 looks like.
 */
export function legacyPlausible(bytes: Uint8Array): boolean {
  let runs = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && bytes[j]! >= 0x80) j++;
    const len = j - i;
    runs++;
    const b0 = bytes[i]!;
    // A well-formed UTF-8 sequence among the high bytes says the file is UTF-8 (with some damage).
    const need = b0 >= 0xf0 && b0 <= 0xf4 ? 4 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xc2 && b0 <= 0xdf ? 2 : 0;
    let utf8 = need > 0 && len >= need;
    for (let k = 1; utf8 && k < need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) utf8 = false;
    if (utf8) return false;
    let undefinedByte = false;
    for (let k = i; k < j; k++) if (UNDEFINED_1252.has(bytes[k]!)) undefinedByte = true;
    const inWord = isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[j]);
    if (undefinedByte || len >= 3 || (!inWord && !(len === 1 && STANDALONE.has(b0)))) odd++;
    i = j;
  }
  return runs > 0 && odd <= runs * 0.2;
}

/** Single-byte encodings the detector may name for English text; others (CJK, UTF-32) are not trusted. */
const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm\d+)$/;

/** The detector's best single-byte guess; Latin-1 is read as its superset Windows-1252. */
function detect(bytes: Uint8Array): EncodingInfo {
  const results = chardet.analyse(bytes.subarray(0, 65536));
  for (const r of results) {
    const name = r.name.toLowerCase();
    if (!SINGLE_BYTE.test(name)) continue;
    const decodeAs = canonical(name);
    if (decodeAs === null || decodeAs === 'utf-8') continue;
    return { name: decodeAs, source: 'detected', confidence: Math.round(r.confidence) / 100 };
  }
  return { name: 'windows-1252', source: 'detected', confidence: 0.3 };
}

/** Windows-1252's characters at 0x80–0x9F, so mojibake can be turned back into the bytes it came from. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** Characters a Windows-1252 reading of UTF-8 continuation bytes (0x80–0xBF) produces. */
const CONT =
  '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
/** A lead byte (0xC2–0xF4 read as Windows-1252) followed by one to three continuation characters. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4]${CONT}{1,3}`, 'g');

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream ("JosÃ©" → "José",
 * "â€™" → "’"). A run is repaired only when its characters map back to bytes that form exactly one
 * valid UTF-8 character; runs that look like mojibake but do not are counted as suspect.
 */
export function repairMojibake(text: string): { text: string; fixed: number; suspect: number } {
  if (!/[\u00c2-\u00f4]/.test(text)) return { text, fixed: 0, suspect: 0 };
  let fixed = 0;
  let suspect = 0;
  const out = text.replace(MOJIBAKE, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const c = ch.codePointAt(0)!;
      bytes.push(c <= 0xff ? c : CP1252_HIGH[c]!);
    }
    const lead = bytes[0]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    // Only runs led by "Ã", "Â" or "â" (bytes C3, C2, E2: accented Latin letters and punctuation) are
    // flagged when they do not repair: "é’" or "à»" are real text far more often than mojibake.
    const flag = lead === 0xc2 || lead === 0xc3 || lead === 0xe2;
    if (bytes.length < need) {
      if (flag) suspect++;
      return run;
    }
    const head = bytes.slice(0, need);
    try {
      const ch = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(head));
      fixed++;
      return ch + run.slice(need);
    } catch {
      if (flag) suspect++;
      return run;
    }
  });
  return { text: out, fixed, suspect };
}
