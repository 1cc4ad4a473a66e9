/**
 * Errors meant for the user (after spaCy's errors.py): each has a code from the catalogue (src/codes.ts),
 * an exit code and a sentence that says what to do. Internal contract violations use `invariant` instead.
 */
import { CODES, type UserErrorCode, type ExitCodeValue } from './codes.js';

export { ExitCode, type ExitCodeValue, type UserErrorCode } from './codes.js';

/** An error meant for the user: a code, the problem, and what to do about it (the catalogue's hint). */
export class DossierError extends Error {
  readonly exitCode: ExitCodeValue;
  constructor(
    readonly code: UserErrorCode,
    problem: string,
  ) {
    super(`dossier: ${problem} — ${CODES[code].hint} [${code}]`);
    this.name = 'DossierError';
    this.exitCode = CODES[code].exit;
  }
}

/** Guards an internal contract; a failure is a bug in dossier, not bad input. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`dossier internal error: ${message}`);
}
