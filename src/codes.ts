/**
 * The one catalogue of codes (after spaCy's errors.py): every `E_…` error or failure and every `W_…` warning
 * dossier can give, each with a one-line message, a hint saying what the user should do, the stage (or part
 * of the command) that raises it, its severity and, for errors and failures, the process exit code.
 *
 * - `error`: the command stops before or while running (bad configuration, a locked or unwritable output
 *   folder); thrown as a `DossierError` (src/errors.ts), whose text names the problem and the hint.
 * - `failure`: one article produced no record; the run goes on, the failure is written to
 *   `output/failed/<articleId>.json` (schemas/failure.schema.json) and the run exits 1.
 * - `warning`: the article has a record, with the finding kept on it as data (`warnings` in
 *   schemas/record.schema.json and the `warnings` table), made by `warning()` below.
 *
 * The code strings are a data contract (records, failure files, the `warnings` table): never rename one.
 * The schemas fix their form (`^E_[A-Z0-9_]+$`, `^W_[A-Z0-9_]+$`); tests/codes.test.ts checks that every code
 * written in src/ is here, that every code here is raised somewhere, and that docs/codes.md
 * (`npm run docs:codes`) is up to date. `dossier codes [CODE]` prints this catalogue.
 */
import type { Warning } from './types.js';

/** Process exit codes. */
export const ExitCode = {
  /** Every article processed or skipped. */
  OK: 0,
  /** The run finished but some articles failed (see output/failed/). */
  SOME_FAILED: 1,
  /** Bad configuration or command-line usage: nothing was processed. */
  USAGE: 2,
  /** Another run holds the output folder's lock. */
  LOCKED: 3,
  /** The output could not be written (disk full, permissions): the run stopped, earlier output is intact. */
  OUTPUT_UNWRITABLE: 4,
  /** An unexpected internal error. */
  INTERNAL: 5,
  /** Interrupted by SIGINT/SIGTERM: in-flight articles were finished or abandoned, the manifest was written. */
  INTERRUPTED: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** What each exit code means, for `--help` and docs/codes.md. */
export const EXIT_CODE_MEANING: Record<ExitCodeValue, string> = {
  0: 'every article was processed or skipped as unchanged',
  1: 'the run finished but some articles failed (see output/failed/; `--strict` counts known failures too)',
  2: 'bad command-line usage or configuration: nothing was processed',
  3: 'another run holds the output folder’s lock',
  4: 'the output could not be written (disk full, permissions): the run stopped, earlier output is intact',
  5: 'an internal error (a bug in dossier: please report it with the message)',
  130: 'interrupted by SIGINT/SIGTERM: the manifest was written; run again to finish',
};

export type Severity = 'error' | 'failure' | 'warning';

/** The stages of an article, and the parts of a command, that raise codes. */
export type CodeStage =
  | 'cli'
  | 'config'
  | 'run'
  | 'discover'
  | 'ingest'
  | 'annotate'
  | 'entities'
  | 'timex'
  | 'events'
  | 'validate'
  | 'worker'
  | 'merge'
  | 'report';

/** One entry of the catalogue. */
export interface CodeInfo {
  severity: Severity;
  /** Where it is raised (the `stage` of a failure or warning; the command for errors). */
  stages: readonly CodeStage[];
  /** One line saying what happened. */
  message: string;
  /** What the user should do about it. */
  hint: string;
  /** Exit code of the command (errors and failures). */
  exit?: ExitCodeValue;
}

const stageFailure = (stage: CodeStage, what: string) =>
  ({
    severity: 'failure',
    stages: [stage],
    message: `the ${stage} stage failed on this article (${what})`,
    hint: 'the reason in output/failed/<articleId>.json names the cause; if the article is a readable news text, report it as a bug with the file',
    exit: ExitCode.SOME_FAILED,
  }) as const;

export const CODES = {
  // Errors: the command stops.
  E_USAGE: {
    severity: 'error',
    stages: ['cli', 'config', 'run', 'merge'],
    message: 'the command line is not valid',
    hint: 'see `dossier --help`',
    exit: ExitCode.USAGE,
  },
  E_CONFIG_READ: {
    severity: 'error',
    stages: ['config'],
    message: 'the config file cannot be read',
    hint: 'check the path given to --config, or omit it to use ./pipeline.config.json',
    exit: ExitCode.USAGE,
  },
  E_CONFIG_JSON: {
    severity: 'error',
    stages: ['config'],
    message: 'the config file is not valid JSON',
    hint: 'fix the JSON syntax at the position named',
    exit: ExitCode.USAGE,
  },
  E_CONFIG_INVALID: {
    severity: 'error',
    stages: ['config'],
    message: 'the configuration breaks schemas/config.schema.json',
    hint: 'fix or remove the key named; schemas/config.schema.json lists every key and its allowed values',
    exit: ExitCode.USAGE,
  },
  E_INPUT_MISSING: {
    severity: 'error',
    stages: ['run'],
    message: 'an input folder does not exist or is not a folder',
    hint: 'check the folder named in --input or "inputs"',
    exit: ExitCode.USAGE,
  },
  E_FILE_MISSING: {
    severity: 'error',
    stages: ['cli'],
    message: 'the article file given to `dossier extract` cannot be read',
    hint: 'check the path of the article file given to `dossier extract` (or use - to read standard input)',
    exit: ExitCode.USAGE,
  },
  E_EVAL_DATA: {
    severity: 'error',
    stages: ['cli'],
    message: 'a data set file or folder given to `dossier eval` cannot be read',
    hint: 'check the path: the public data sets are not shipped with dossier; eval/README.md gives each mode its files and where they come from',
    exit: ExitCode.USAGE,
  },
  E_LOCKED: {
    severity: 'error',
    stages: ['run', 'merge'],
    message: 'another run holds the output folder’s lock',
    hint: 'another dossier run is writing this output folder; wait for it to finish (a lock left by a killed run expires by itself after 30 s)',
    exit: ExitCode.LOCKED,
  },
  E_OUTPUT_UNWRITABLE: {
    severity: 'error',
    stages: ['run', 'merge', 'report'],
    message: 'the output cannot be written (disk full, permissions)',
    hint: 'free disk space or fix permissions on the output folder, then run again: finished articles are kept and skipped',
    exit: ExitCode.OUTPUT_UNWRITABLE,
  },
  E_VALIDATE_DIR: {
    severity: 'error',
    stages: ['cli', 'merge'],
    message: 'the folder is not a dossier output folder (it has no records/)',
    hint: 'point `dossier validate` at an output folder written by `dossier run`',
    exit: ExitCode.USAGE,
  },

  // Failures: one article (or path) produced no record; the run goes on.
  E_VANISHED: {
    severity: 'failure',
    stages: ['discover', 'ingest'],
    message: 'the file or folder vanished after it was listed',
    hint: 'nothing to do if it was deleted on purpose; a file that comes back is picked up by the next run',
    exit: ExitCode.SOME_FAILED,
  },
  E_UNREADABLE: {
    severity: 'failure',
    stages: ['discover', 'ingest'],
    message: 'the file or folder cannot be read (an input/output or other system error)',
    hint: 'check that it exists and is readable (the system error is named), then run again',
    exit: ExitCode.SOME_FAILED,
  },
  E_PERMISSION: {
    severity: 'failure',
    stages: ['ingest'],
    message: 'permission to read the file is denied',
    hint: 'give the user running dossier read access to the file, then run again',
    exit: ExitCode.SOME_FAILED,
  },
  E_NOT_REGULAR: {
    severity: 'failure',
    stages: ['discover', 'ingest'],
    message: 'a FIFO, socket, device or folder was found where an article file was listed',
    hint: 'remove it from the input folder, or exclude it with the "exclude" globs',
    exit: ExitCode.SOME_FAILED,
  },
  E_TOO_LARGE: {
    severity: 'failure',
    stages: ['ingest'],
    message: 'the file is larger than "maxFileBytes"; not read',
    hint: 'raise "maxFileBytes" in the config if the file really is one article, or split it',
    exit: ExitCode.SOME_FAILED,
  },
  E_SYMLINK: {
    severity: 'failure',
    stages: ['discover'],
    message: 'a symbolic link was not followed (not allowed, broken, or pointing outside the input folder)',
    hint: 'set "followSymlinks": true to follow links inside the input folder; links outside it are never followed',
    exit: ExitCode.SOME_FAILED,
  },
  E_SYMLINK_LOOP: {
    severity: 'failure',
    stages: ['discover'],
    message: 'a folder was reached a second time through a symbolic link; not walked again',
    hint: 'nothing is lost (the folder was walked once); remove the loop to silence this',
    exit: ExitCode.SOME_FAILED,
  },
  E_BINARY: {
    severity: 'failure',
    stages: ['ingest'],
    message: 'the file looks binary (NUL or control bytes), not a text article',
    hint: 'remove it from the input folder or exclude it with the "include" globs',
    exit: ExitCode.SOME_FAILED,
  },
  E_EMPTY: {
    severity: 'failure',
    stages: ['ingest'],
    message: 'the file is empty or holds only whitespace',
    hint: 'remove the file, or fill it with the article',
    exit: ExitCode.SOME_FAILED,
  },
  E_TIMEOUT: {
    severity: 'failure',
    stages: ['worker'],
    message: 'the article took longer than "articleTimeoutMs"; stopped',
    hint: 'raise "articleTimeoutMs" for very long articles; if the article is ordinary, report it as a bug with the file',
    exit: ExitCode.SOME_FAILED,
  },
  E_WORKER_CRASH: {
    severity: 'failure',
    stages: ['worker'],
    message: 'the worker thread died while processing the article; it was replaced',
    hint: 'run again (out of memory is the usual cause); if the same article fails again, report it as a bug with the file',
    exit: ExitCode.SOME_FAILED,
  },
  E_STAGE_INGEST: {
    ...stageFailure('ingest', 'e.g. no text left after removing markup, front matter and boilerplate'),
    hint: 'check that the file holds an article; the reason in output/failed/<articleId>.json says what was missing',
  },
  E_STAGE_ANNOTATE: stageFailure('annotate', 'tokens and sentences'),
  E_STAGE_ENTITIES: stageFailure('entities', 'people, groups and places'),
  E_STAGE_TIMEX: stageFailure('timex', 'time expressions'),
  E_STAGE_EVENTS: stageFailure('events', 'dated events'),
  E_STAGE_VALIDATE: stageFailure('validate', 'the record breaks schemas/record.schema.json'),

  // Warnings: kept on the record.
  W_INVALID_UTF8: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'invalid UTF-8 byte sequences were replaced with U+FFFD',
    hint: 're-save the file as UTF-8',
  },
  W_UTF16: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the file was decoded as UTF-16',
    hint: 'nothing to do; re-save as UTF-8 to make the file smaller and plainer',
  },
  W_MOJIBAKE_REPAIRED: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'UTF-8 text that had been read as Windows-1252 ("Ã©") was repaired',
    hint: 'nothing to do; fix the source that double-encoded the file to keep the original clean',
  },
  W_MOJIBAKE_SUSPECTED: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'some text looks like UTF-8 read as Windows-1252 but could not be repaired with certainty',
    hint: 'check the file’s encoding and re-save it as UTF-8',
  },
  W_ENCODING_UNKNOWN: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the file declares an encoding dossier does not know; the encoding was detected instead',
    hint: 'fix the charset declaration, or re-save the file as UTF-8',
  },
  W_ENCODING_MISMATCH: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the declared encoding does not match the bytes; the bytes were believed',
    hint: 'fix the charset declaration of the file',
  },
  W_ENCODING_UNCERTAIN: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the file is not UTF-8, declares no encoding, and was detected with low confidence',
    hint: 're-save the file as UTF-8 if characters look wrong',
  },
  W_FEED_ITEMS: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the feed holds several items; only the first was read here',
    hint: '`dossier run` reads every item of a feed as an article of its own; `dossier extract` and `dossier eval` read a file as one article',
  },
  W_HTML_UNUSUAL: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the page is too deep or too large for the main-text extractor; the page body without furniture was kept',
    hint: 'check the record’s text; save the article alone (reader view, or plain text) for a cleaner result',
  },
  W_HTML_EXTRACT: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the main-text extractor failed on the page; the text of the whole page body was kept',
    hint: 'check the record’s text; save the article alone (reader view, or plain text) for a cleaner result',
  },
  W_JSONLD_INVALID: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'a JSON-LD block is not valid JSON; its dates were not used',
    hint: 'nothing to do unless the publication date is wrong; then fix the page’s JSON-LD or add a date line',
  },
  W_BOILERPLATE: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'footer boilerplate was removed from the end of the article',
    hint: 'nothing to do; check the end of the record’s text if an article seems cut short',
  },
  W_PUBDATE_IMPOSSIBLE: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'a date given for the publication is not a day of the calendar; ignored',
    hint: 'fix the date in the article (e.g. 2024-02-30)',
  },
  W_PUBDATE_NO_YEAR: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'the dateline gives a day without a year',
    hint: 'add the year to the file name or set a publication date',
  },
  W_PUBDATE_CONFLICT: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'trusted sources disagree on the publication date; the most trusted was kept',
    hint: 'check the publication date of the record; fix the source that is wrong',
  },
  W_PUBDATE_FALLBACK: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'no publication date was found; the configured fallback date was used',
    hint: 'add a date line to the article, or put the date in its file name',
  },
  W_NO_PUBDATE: {
    severity: 'warning',
    stages: ['ingest'],
    message: 'no publication date was found; relative dates stay unresolved',
    hint: 'add a date line, put the date in the file name, or set "fallbackPublicationDate" in the config',
  },
  W_TIMEX_UNRESOLVED: {
    severity: 'warning',
    stages: ['timex'],
    message: 'relative time expressions were left unresolved because the article has no publication date',
    hint: 'give the article a publication date (see W_NO_PUBDATE) and run with --force',
  },
} as const satisfies Record<string, CodeInfo>;

/** Every code of the catalogue; an unknown code does not compile. */
export type Code = keyof typeof CODES;
type CodesOf<S extends Severity> = { [K in Code]: (typeof CODES)[K]['severity'] extends S ? K : never }[Code];
/** Codes that stop the command (`DossierError`). */
export type UserErrorCode = CodesOf<'error'>;
/** Codes of an article that produced no record. */
export type FailureCode = CodesOf<'failure'>;
/** Codes of findings kept on a record. */
export type WarningCode = CodesOf<'warning'>;

/** The catalogue entry of a code. */
export function codeInfo(code: Code): CodeInfo {
  return CODES[code];
}

/** True when `s` is a code of the catalogue (for codes read back from files). */
export function isCode(s: string): s is Code {
  return Object.hasOwn(CODES, s);
}

/**
 * The one way stages make a warning: the stage comes from the catalogue, the message is this article's own
 * sentence (what was found, with its numbers). Key order (stage, code, message, start, end) is the record's.
 */
export function warning(code: WarningCode, message: string, span?: { start: number; end: number }): Warning {
  const w: Warning = { stage: CODES[code].stages[0], code, message };
  if (span) {
    w.start = span.start;
    w.end = span.end;
  }
  return w;
}

/** The failure code of an article stage that threw (`E_STAGE_INGEST`, …). */
export function stageFailureCode(stage: string): FailureCode {
  const code = `E_STAGE_${stage.toUpperCase()}`;
  if (!isCode(code) || CODES[code].severity !== 'failure') throw new Error(`dossier internal error: no code ${code}`);
  return code as FailureCode;
}

/** `E_TOO_LARGE: the file is larger than … — raise "maxFileBytes" …`: a code as one line for people. */
export function describeCode(code: Code): string {
  const c = CODES[code];
  return `${code}: ${c.message}. What to do: ${c.hint}.`;
}

/**
 * A failure's reason for people: the reason, then the catalogue's hint unless the reason already says it.
 * (Failure files keep the bare reason; this is for terminals.)
 */
export function withHint(code: Code, reason: string): string {
  const hint = CODES[code].hint;
  return reason.includes(hint) ? reason : `${reason} — ${hint}`;
}

/** The exit codes as `--help` text. */
export function exitCodesHelp(): string {
  const rows = Object.entries(EXIT_CODE_MEANING).map(([code, meaning]) => `  ${code.padStart(3)}  ${meaning}`);
  return `Exit codes:\n${rows.join('\n')}\n\nRun \`dossier codes\` for every error, failure and warning code with what to do.`;
}
