/**
 * The catalogue of codes (src/codes.ts): every code written in src/ is in it, every code in it is raised
 * somewhere, warnings are made only through `warning()`, the codes fit the schemas' patterns, and
 * docs/codes.md is what `npm run docs:codes` writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CODES, describeCode, isCode, stageFailureCode, warning, withHint, type Code } from '../src/codes.js';
import { DossierError, ExitCode } from '../src/errors.js';
import { codesMarkdown } from '../src/dev/codes-doc.js';
import { REPO } from './helpers.js';

const SRC = path.join(REPO, 'src');
const CATALOGUE_FILE = path.join(SRC, 'codes.ts');

/** Every .ts file under src/, with its text. */
function sources(dir = SRC): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [{ file: full, text: readFileSync(full, 'utf8') }] : [];
  });
}

const CODE_LITERAL = /['"`]([EW]_[A-Z0-9_]+)['"`]/g;
const ALL = sources();
const OUTSIDE_CATALOGUE = ALL.filter((s) => s.file !== CATALOGUE_FILE);
const rel = (file: string) => path.relative(REPO, file);

describe('the catalogue of codes', () => {
  test('every code written in src/ is in the catalogue', () => {
    const unknown: string[] = [];
    for (const { file, text } of OUTSIDE_CATALOGUE)
      for (const m of text.matchAll(CODE_LITERAL)) if (!isCode(m[1]!)) unknown.push(`${rel(file)}: ${m[1]}`);
    expect(unknown).toEqual([]);
  });

  test('codes built at run time (E_STAGE_<stage>) are built by stageFailureCode only', () => {
    const built = OUTSIDE_CATALOGUE.filter(({ text }) => /`[EW]_[A-Z_]*\$\{/.test(text)).map((s) => rel(s.file));
    expect(built).toEqual([]);
  });

  test('every code of the catalogue is raised somewhere in the runtime', () => {
    const runtime = OUTSIDE_CATALOGUE.filter((s) => !s.file.startsWith(path.join(SRC, 'dev') + path.sep));
    const written = new Set(runtime.flatMap(({ text }) => [...text.matchAll(CODE_LITERAL)].map((m) => m[1]!)));
    const stageNames = new Set(
      sources(path.join(SRC, 'stages')).flatMap(({ text }) => [...text.matchAll(/\bname: '(\w+)'/g)].map((m) => m[1]!)),
    );
    const extract = readFileSync(path.join(SRC, 'pipeline', 'extract.ts'), 'utf8');
    expect(extract).toContain('stageFailureCode(stage.name)');
    const unraised = (Object.keys(CODES) as Code[]).filter((code) => {
      const stage = /^E_STAGE_(\w+)$/.exec(code);
      if (stage) return !stageNames.has(stage[1]!.toLowerCase());
      return !written.has(code);
    });
    expect(unraised).toEqual([]);
  });

  test('runtime warnings are made only by warning(), whose stage is the catalogue’s', () => {
    const offenders: string[] = [];
    for (const { file, text } of OUTSIDE_CATALOGUE) {
      if (file.startsWith(path.join(SRC, 'dev') + path.sep)) continue;
      for (const m of text.matchAll(/([\s\S]{0,20})'(W_[A-Z0-9_]+)'/g))
        if (!/warning\(\s*$/.test(m[1]!)) offenders.push(`${rel(file)}: ${m[0].trim()}`);
    }
    expect(offenders).toEqual([]);
    expect(warning('W_TIMEX_UNRESOLVED', '2 left')).toEqual({
      stage: 'timex',
      code: 'W_TIMEX_UNRESOLVED',
      message: '2 left',
    });
    expect(Object.keys(warning('W_BOILERPLATE', 'x', { start: 1, end: 2 }))).toEqual([
      'stage',
      'code',
      'message',
      'start',
      'end',
    ]);
  });

  test('each entry is complete, fits its severity and the schemas’ code patterns', () => {
    const schema = (name: string) => JSON.parse(readFileSync(path.join(REPO, 'schemas', name), 'utf8')) as unknown;
    const failurePattern = new RegExp(
      (schema('failure.schema.json') as { properties: { code: { pattern: string } } }).properties.code.pattern,
    );
    const warningPattern = new RegExp(
      /"code":\s*\{[^}]*"pattern":\s*"(\^W_[^"]+)"/.exec(
        readFileSync(path.join(REPO, 'schemas', 'record.schema.json'), 'utf8'),
      )![1]!,
    );
    for (const [code, c] of Object.entries(CODES)) {
      expect([code, c.message.length > 0 && !c.message.includes('\n')]).toEqual([code, true]);
      expect([code, c.hint.length > 0 && !c.hint.includes('\n') && !c.hint.endsWith('.')]).toEqual([code, true]);
      expect([code, c.stages.length > 0]).toEqual([code, true]);
      if (c.severity === 'warning') {
        expect([code, warningPattern.test(code), 'exit' in c]).toEqual([code, true, false]);
        expect([code, c.stages.length]).toEqual([code, 1]);
      } else {
        expect([code, failurePattern.test(code), 'exit' in c]).toEqual([code, true, true]);
        if (c.severity === 'failure') expect([code, 'exit' in c && c.exit]).toEqual([code, ExitCode.SOME_FAILED]);
      }
    }
  });

  test('a stage that throws fails with its own catalogue code', () => {
    expect(stageFailureCode('ingest')).toBe('E_STAGE_INGEST');
    expect(stageFailureCode('validate')).toBe('E_STAGE_VALIDATE');
    expect(() => stageFailureCode('nosuchstage')).toThrow(/internal error/);
  });

  test('docs/codes.md is generated from the catalogue (run `npm run docs:codes` when this fails)', () => {
    expect(readFileSync(path.join(REPO, 'docs', 'codes.md'), 'utf8')).toBe(codesMarkdown());
  });
});

describe('message and hint reach the user', () => {
  test('a user error names the problem, the hint and the code, and carries the exit code', () => {
    const e = new DossierError('E_CONFIG_READ', 'cannot read config file /x/pipeline.config.json (ENOENT)');
    expect(e.message).toBe(
      `dossier: cannot read config file /x/pipeline.config.json (ENOENT) — ${CODES.E_CONFIG_READ.hint} [E_CONFIG_READ]`,
    );
    expect(e.exitCode).toBe(ExitCode.USAGE);
  });

  test('a failure reason gains the hint once', () => {
    expect(withHint('E_TOO_LARGE', 'file is 9 bytes, over the 8-byte limit ("maxFileBytes"); not read')).toBe(
      `file is 9 bytes, over the 8-byte limit ("maxFileBytes"); not read — ${CODES.E_TOO_LARGE.hint}`,
    );
    const already = `the file looks binary; ${CODES.E_BINARY.hint}`;
    expect(withHint('E_BINARY', already)).toBe(already);
    expect(describeCode('E_TOO_LARGE')).toContain(CODES.E_TOO_LARGE.hint);
  });
});
