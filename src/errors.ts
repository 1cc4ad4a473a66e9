/**
 * The catalogue of errors a user can meet (after spaCy's errors.py): each has a code, an exit code and a
 * sentence that says what to do. Internal contract violations use `invariant` instead.
 */

/** Process exit codes, documented in the README. */
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

const CATALOGUE = {
  E_CONFIG_READ: {
    exit: ExitCode.USAGE,
    hint: 'check the path given to --config, or omit it to use ./pipeline.config.json',
  },
  E_CONFIG_JSON: { exit: ExitCode.USAGE, hint: 'fix the JSON syntax at the position named' },
  E_CONFIG_INVALID: {
    exit: ExitCode.USAGE,
    hint: 'fix or remove the key named; schemas/config.schema.json lists every key and its allowed values',
  },
  E_USAGE: { exit: ExitCode.USAGE, hint: 'see `dossier --help`' },
  E_INPUT_MISSING: { exit: ExitCode.USAGE, hint: 'check the folder named in --input or "inputs"' },
  E_FILE_MISSING: {
    exit: ExitCode.USAGE,
    hint: 'check the path of the article file given to `dossier extract` (or use - to read standard input)',
  },
  E_LOCKED: {
    exit: ExitCode.LOCKED,
    hint: 'another dossier run is writing this output folder; wait for it to finish (a lock left by a killed run expires by itself after 30 s)',
  },
  E_OUTPUT_UNWRITABLE: {
    exit: ExitCode.OUTPUT_UNWRITABLE,
    hint: 'free disk space or fix permissions on the output folder, then run again: finished articles are kept and skipped',
  },
  E_VALIDATE_DIR: {
    exit: ExitCode.USAGE,
    hint: 'point `dossier validate` at an output folder written by `dossier run`',
  },
} as const;

export type UserErrorCode = keyof typeof CATALOGUE;

/** An error meant for the user: a code, the problem, and what to do about it. */
export class DossierError extends Error {
  readonly exitCode: ExitCodeValue;
  constructor(
    readonly code: UserErrorCode,
    problem: string,
  ) {
    super(`dossier: ${problem} — ${CATALOGUE[code].hint} [${code}]`);
    this.name = 'DossierError';
    this.exitCode = CATALOGUE[code].exit;
  }
}

/** Guards an internal contract; a failure is a bug in dossier, not bad input. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`dossier internal error: ${message}`);
}
