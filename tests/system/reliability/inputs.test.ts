/**
 * Hostile input folders (issue 7): one `dossier run` over a folder holding every bad kind of file next
 * to good articles; each case checks its own file's outcome and that the good articles were unaffected.
 */
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  article,
  articles,
  configFile,
  failureFor,
  lastManifest,
  readRecords,
  recordFor,
  runCli,
  sh,
  tempDir,
  writeFiles,
} from './harness.js';

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
  0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n', 'latin1'),
  Buffer.from([0x78, 0x9c, 0, 0, 1, 2, 0xff, 0xfe, 0, 3]),
  Buffer.from('\nendstream\nendobj\n'),
]);
const ZIP = Uint8Array.from([
  0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0, 0xb7, 0x7a, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0x61, 0x2e,
  0x74, 0x78, 0x74,
]);
const MIXED =
  'Thursday, June 20, 2024\n\nA note from Berlin\n\n\u0645\u0631\u062d\u0628\u0627 \u200f\u0628\u0627\u0644\u0639\u0627\u0644\u0645\u200e 👩\u200d👩\u200d👧 Angela Merkel met officials of the United Nations in Berlin on Monday 🇩🇪. The family emoji 👨\u200d👩\u200d👦 and the word caf\u00e9 stay whole.\n';

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

const root = tempDir();
const input = path.join(root, 'in');
const outside = path.join(root, 'outside');
const out = path.join(root, 'out');
const nested = 20_000;
const endless = Array.from({ length: 40_000 }, (_, i) => ['word', 'another', 'thing', 'Merkel', 'river'][i % 5]).join(
  ' ',
);
let result: ReturnType<typeof runCli>;

beforeAll(() => {
  writeFiles(input, {
    ...articles(3, 'good'),
    'empty.txt': '',
    'empty-copy.txt': '',
    'whitespace.txt': ' \n\t\r\n   \n',
    'photo.txt': PNG,
    'paper.txt': PDF,
    'archive.txt': ZIP,
    'photo.png': PNG,
    'invalid-utf8.txt': Buffer.concat([
      Buffer.from(article(101)),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]),
      Buffer.from(' Tail sentence about Paris.\n'),
    ]),
    'utf16le.txt': utf16(article(102), false),
    'utf16be.txt': utf16(article(103), true),
    'crlf.txt':
      'Thursday, June 20, 2024\r\n\r\nMixed endings\r\n\nAngela Merkel met officials in Berlin on Monday.\rShe said talks would resume.\r\n',
    'endless.txt': endless,
    'nested.html': `${'<div>'.repeat(nested)}Angela Merkel met officials in Berlin on Monday.${'</div>'.repeat(nested)}`,
    'broken.html':
      '<html><head><title>Broken page</title><style>p { color: red }</style></head><body><p>Angela Merkel met officials <b>in Berlin <i>on Monday.</p><script>var stolen = "SCRIPT_TEXT";</script><div><span>She said talks would resume<noscript>NOSCRIPT_TEXT</noscript>',
    'mixed-scripts.txt': MIXED,
    'sub/deep/ok.md': article(104),
  });
  // A file far over the size cap that must be skipped unread: sparse, so it costs no disk.
  writeFileSync(path.join(input, 'huge.txt'), '');
  truncateSync(path.join(input, 'huge.txt'), 6 * 1024 ** 3);
  // Symbolic links: to a file outside the input folder, and a loop back to an ancestor.
  writeFiles(outside, { 'secret.txt': article(900, 'OUTSIDE_SECRET') });
  symlinkSync(path.join(outside, 'secret.txt'), path.join(input, 'escape.txt'));
  symlinkSync(outside, path.join(input, 'escape-dir'));
  // The loop points at a folder below the input root (an ancestor of the link, not the root itself).
  symlinkSync('..', path.join(input, 'sub', 'deep', 'loop'));
  // A FIFO named like an article: opening it would block forever.
  expect(sh(`mkfifo '${path.join(input, 'pipe.txt')}'`).status).toBe(0);
  const config = configFile(root, {
    inputs: ['in'],
    output: 'out',
    maxFileBytes: 1_000_000,
    followSymlinks: true,
    workers: 1,
    log: { level: 'warn', file: null },
  });
  result = runCli(['run', '-c', config, '--progress', 'never']);
}, 180_000);

describe('a hostile input folder', () => {
  it('finishes with "some failed" and processes every good article', () => {
    expect(result.status).toBe(1);
    for (const name of ['good0.txt', 'good1.txt', 'good2.txt', 'sub/deep/ok.md'])
      expect(recordFor(out, name)).toBeDefined();
  });

  it.each([
    ['empty.txt', 'E_EMPTY'],
    ['whitespace.txt', 'E_EMPTY'],
    ['photo.txt', 'E_BINARY'],
    ['paper.txt', 'E_BINARY'],
    ['archive.txt', 'E_BINARY'],
  ])('%s fails with %s and a reason that says what to do', (file, code) => {
    const f = failureFor(out, file);
    expect(f).toMatchObject({ code });
    expect(f!.reason.length).toBeGreaterThan(20);
  });

  it('reports every copy of failing content, not only the first (identical empty files)', () => {
    expect(failureFor(out, 'empty.txt')?.code).toBe('E_EMPTY');
    expect(failureFor(out, 'empty-copy.txt')?.code).toBe('E_EMPTY');
    expect(lastManifest(out).counts['duplicates']).toBe(0);
  });

  it('leaves files outside the include globs alone (photo.png)', () => {
    expect(lastManifest(out).failures.map((f) => f.path)).not.toContain('photo.png');
    expect(recordFor(out, 'photo.png')).toBeUndefined();
  });

  it('decodes invalid UTF-8 with replacement characters and a warning', () => {
    const r = recordFor(out, 'invalid-utf8.txt')!;
    expect(r.text).toContain('\ufffd');
    expect(r.text).toContain('Tail sentence about Paris.');
    expect(r.warnings.map((w) => w.code)).toContain('W_INVALID_UTF8');
  });

  it.each(['utf16le.txt', 'utf16be.txt'])('decodes %s from its byte order mark', (file) => {
    const r = recordFor(out, file)!;
    expect(r.text).toContain('Angela Merkel met officials of the United Nations');
    expect(r.warnings.map((w) => w.code)).toContain('W_UTF16');
    expect(r.entities.map((e) => e.name)).toContain('Angela Merkel');
  });

  it('normalises mixed CRLF, LF and CR line ends, with offsets into the stored text', () => {
    const r = recordFor(out, 'crlf.txt')!;
    expect(r.text).not.toContain('\r');
    expect(r.text).toBe(
      'Thursday, June 20, 2024\n\nMixed endings\n\nAngela Merkel met officials in Berlin on Monday.\nShe said talks would resume.',
    );
    const merkel = r.entities.find((e) => e.name === 'Angela Merkel')!;
    expect(merkel.mentions[0]!.start).toBe(r.text.indexOf('Angela Merkel'));
  });

  it('skips a file over maxFileBytes without reading it', () => {
    const f = failureFor(out, 'huge.txt');
    expect(f).toMatchObject({ code: 'E_TOO_LARGE' });
    expect(f!.reason).toContain('6442450944 bytes');
  });

  it('processes one endless line with no punctuation', () => {
    const r = recordFor(out, 'endless.txt')!;
    expect(r.text).toBe(endless);
  });

  it(`keeps the text of ${nested} nested <div>s (a fragment with no <html> element)`, () => {
    const r = recordFor(out, 'nested.html')!;
    expect(r.text).toBe('Angela Merkel met officials in Berlin on Monday.');
  });

  it('reads broken HTML and drops scripts, styles and noscript', () => {
    const r = recordFor(out, 'broken.html')!;
    expect(r.text).toContain('Angela Merkel met officials in Berlin on Monday.');
    expect(r.text).toContain('She said talks would resume');
    for (const hidden of ['SCRIPT_TEXT', 'NOSCRIPT_TEXT', 'color: red', 'stolen']) expect(r.text).not.toContain(hidden);
  });

  it('keeps mixed scripts (Arabic, RTL marks, zero-width joiners, emoji) byte-exact, with exact offsets', () => {
    const r = recordFor(out, 'mixed-scripts.txt')!;
    expect(r.text).toBe(MIXED.trim());
    for (const e of r.entities) for (const m of e.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    const merkel = r.entities.find((e) => e.name === 'Angela Merkel');
    expect(merkel?.mentions[0]?.start).toBe(MIXED.indexOf('Angela Merkel'));
  });

  it('does not follow symbolic links out of the input folder, even with followSymlinks', () => {
    expect(failureFor(out, 'escape.txt')).toMatchObject({ code: 'E_SYMLINK' });
    expect(failureFor(out, 'escape.txt')!.reason).toContain('outside the input folder');
    expect(failureFor(out, 'escape-dir')).toMatchObject({ code: 'E_SYMLINK' });
    for (const r of readRecords(out)) expect(r.text).not.toContain('OUTSIDE_SECRET');
  });

  it('walks a symbolic link loop once', () => {
    expect(failureFor(out, 'sub/deep/loop')?.code).toBe('E_SYMLINK_LOOP');
    expect(readRecords(out).filter((r) => r.text.includes('article 104'))).toHaveLength(1);
    expect(lastManifest(out).counts['duplicates']).toBe(0);
  });

  it('reports a FIFO named like an article instead of blocking on it', () => {
    expect(failureFor(out, 'pipe.txt')).toMatchObject({ code: 'E_NOT_REGULAR' });
  });

  it('names the file and the reason for every failure on stderr', () => {
    for (const file of ['empty.txt', 'photo.txt', 'huge.txt', 'pipe.txt']) expect(result.stderr).toContain(file);
  });
});

describe('symbolic links with followSymlinks off (the default)', () => {
  it('reports each link as not followed and processes the rest', () => {
    const dir = tempDir();
    writeFiles(path.join(dir, 'in'), articles(1));
    symlinkSync(path.join(dir, 'in', 'art0.txt'), path.join(dir, 'in', 'alias.txt'));
    mkdirSync(path.join(dir, 'in', 'sub'));
    symlinkSync('..', path.join(dir, 'in', 'sub', 'loop'));
    const r = runCli([
      'run',
      '--input',
      path.join(dir, 'in'),
      '--output',
      path.join(dir, 'out'),
      '--workers',
      '1',
      '--progress',
      'never',
    ]);
    expect(r.status).toBe(1);
    expect(failureFor(path.join(dir, 'out'), 'alias.txt')).toMatchObject({ code: 'E_SYMLINK' });
    expect(readRecords(path.join(dir, 'out'))).toHaveLength(1);
  });
});
