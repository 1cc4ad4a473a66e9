/**
 * `npm run docs:codes`: writes docs/codes.md from the catalogue of codes (src/codes.ts), so the reference
 * cannot drift from what the program raises. tests/codes.test.ts fails when docs/codes.md is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODES, EXIT_CODE_MEANING, type Code, type Severity } from '../codes.js';

const SECTIONS: Array<{ severity: Severity; title: string; intro: string }> = [
  {
    severity: 'error',
    title: 'Errors: the command stops',
    intro:
      'Printed on standard error as `dossier: <problem> — <what to do> [CODE]`; nothing (or nothing more) is processed and the command exits with the code shown.',
  },
  {
    severity: 'failure',
    title: 'Failures: one article produced no record',
    intro:
      'The run goes on. Each failure is logged, listed in the run manifest and written to `output/failed/<articleId>.json` (schemas/failure.schema.json) with its stage, code and reason; the end-of-run summary says what to do per code. A run with new failures exits 1.',
  },
  {
    severity: 'warning',
    title: 'Warnings: kept on the record',
    intro:
      'The article has a record; the finding is kept in its `warnings` (stage, code, and a message with this article’s details) and in the `warnings` table.',
  },
];

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** docs/codes.md as a string. */
export function codesMarkdown(): string {
  const out: string[] = [
    '# Codes',
    '',
    '<!-- Generated from src/codes.ts by `npm run docs:codes`; do not edit by hand. -->',
    '',
    'Every error, failure and warning dossier gives has a code. The code strings are a data contract (records, failure files, the `warnings` table) and never change meaning. `dossier codes [CODE…]` prints the same catalogue on a terminal.',
    '',
    '## Exit codes',
    '',
    '| Exit code | Meaning |',
    '| --- | --- |',
    ...Object.entries(EXIT_CODE_MEANING).map(([code, meaning]) => `| ${code} | ${cell(meaning)} |`),
  ];
  for (const section of SECTIONS) {
    const codes = (Object.keys(CODES) as Code[]).filter((c) => CODES[c].severity === section.severity).sort();
    const withExit = section.severity === 'error';
    out.push('', `## ${section.title}`, '', section.intro, '');
    out.push(
      withExit ? '| Code | Raised by | Exit | Meaning | What to do |' : '| Code | Raised by | Meaning | What to do |',
    );
    out.push(withExit ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |');
    for (const code of codes) {
      const c = CODES[code];
      const exit = withExit && 'exit' in c ? ` ${c.exit} |` : '';
      out.push(`| \`${code}\` | ${c.stages.join(', ')} |${exit} ${cell(c.message)} | ${cell(c.hint)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Where the generated reference lives. */
export const CODES_DOC = fileURLToPath(new URL('../../docs/codes.md', import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(CODES_DOC, codesMarkdown());
  process.stdout.write(`wrote ${path.relative(process.cwd(), CODES_DOC)}\n`);
}
