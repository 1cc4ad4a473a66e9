/**
 * Property tests (issue 7) on the real article pipeline, in process: for arbitrary text and bytes the
 * pipeline never throws past the article boundary, every span's text equals the record text at its
 * offsets, and every record validates against the schemas.
 */
import fc from 'fast-check';
import {
  createArticleProcessor,
  DEFAULT_SETTINGS,
  extractText,
  type ArticleResult,
} from '../../src/pipeline/extract.js';
import { validators } from '../../src/schema/validators.js';
import { checkRecordConsistency } from '../../src/stages/validate.js';
import type { KnowledgeRecord } from '../../src/types.js';

const processor = createArticleProcessor({ ...DEFAULT_SETTINGS, fallbackPublicationDate: '2024-06-20' });

/** Pieces that stress decoding, offsets, markup and the extractors, mixed with arbitrary text. */
const FRAGMENTS = [
  'Angela Merkel',
  'the United Nations',
  'Berlin',
  'on Monday',
  'June 20, 2024',
  'last week',
  'U.S.',
  'Dr. Smith',
  'was killed',
  'met',
  'said',
  '. ',
  ', ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '\u00a0',
  '\u200f',
  '\u200e',
  '\u200d',
  '\u200b',
  '\ufeff',
  '\ufffd',
  '👩\u200d👩\u200d👧',
  '🇩🇪',
  'e\u0301',
  '\u0645\u0631\u062d\u0628\u0627',
  '\u4e2d\u6587',
  '\ud800',
  '\udfff',
  '---\ntitle: x\n---\n',
  '<div>',
  '</div>',
  '<script>x()</script>',
  '<p>',
  '&amp;',
  'AAAAAAAAAAAA',
  '------------',
  "''''''",
  '123456789',
  'the the the the',
  'link',
  'No comments:',
  'Thursday, June 20, 2024\n\n',
];
const piece = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const fileName = fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.htm', '../../e.txt', '/abs/f.txt');

/** Failures that say "this input is not an article", as opposed to a bug in a stage. */
const INPUT_FAILURES = new Set(['E_EMPTY', 'E_BINARY', 'E_STAGE_INGEST']);

function checkResult(result: ArticleResult): void {
  if (!result.ok) {
    expect(INPUT_FAILURES.has(result.failure.code)).toBe(true);
    if (result.failure.code === 'E_STAGE_INGEST') expect(result.failure.reason).toContain('has no text');
    return;
  }
  const record: KnowledgeRecord = result.record;
  expect(validators().record(record)).toBe(true);
  expect(checkRecordConsistency(record)).toEqual([]);
  const at = (s: { start: number; end: number }) => record.text.slice(s.start, s.end);
  for (const e of record.entities) for (const m of e.mentions) expect(at(m)).toBe(m.text);
  for (const t of record.timexes) expect(at(t)).toBe(t.text);
  for (const ev of record.events) {
    expect(at(ev.trigger)).toBe(ev.trigger.text);
    for (const x of ev.evidence) expect(at(x)).toBe(x.text);
  }
}

describe('the article pipeline on arbitrary input', () => {
  it('never throws, and every record validates with exact offsets (arbitrary text)', () => {
    fc.assert(
      fc.property(text, fileName, (t, name) => {
        checkResult(extractText(processor, t, name));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes (binary, broken UTF-8, UTF-16 byte order marks)', () => {
    const bom = fc.constantFrom(
      new Uint8Array(),
      Uint8Array.of(0xef, 0xbb, 0xbf),
      Uint8Array.of(0xff, 0xfe),
      Uint8Array.of(0xfe, 0xff),
    );
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 300 }), fileName, (head, body, name) => {
        const bytes = new Uint8Array([...head, ...body]);
        checkResult(
          processor.process({ source: { path: name, relPath: name, size: bytes.length, mtimeMs: 0 }, bytes }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('keeps offsets exact in real sentences around hostile characters', () => {
    const noisy = fc
      .array(
        fc.constantFrom(
          '\u200f',
          '\u200d',
          '👩\u200d👩\u200d👧',
          '\u0645\u0631\u062d\u0628\u0627',
          'e\u0301',
          '\t',
          '\r\n',
          '  ',
        ),
        { maxLength: 4 },
      )
      .map((x) => x.join(''));
    fc.assert(
      fc.property(noisy, noisy, noisy, (a, b, c) => {
        const t = `Thursday, June 20, 2024\n\n${a}Angela Merkel${b} met officials of the United Nations in Berlin on Monday.${c} She said talks would resume last week.\n`;
        const result = extractText(processor, t, 'x.txt');
        checkResult(result);
        expect(result.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
