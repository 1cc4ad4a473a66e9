/** User errors carry their catalogue code, hint and exit code; internal contracts fail as bugs. */
import { CODES } from '../src/codes.js';
import { DossierError, invariant } from '../src/errors.js';

describe('DossierError', () => {
  test("says the problem, the hint and the code, with the code's exit code", () => {
    const e = new DossierError('E_LOCKED', 'output folder out/ is locked by another run');
    expect(e.message).toBe(`dossier: output folder out/ is locked by another run — ${CODES.E_LOCKED.hint} [E_LOCKED]`);
    expect(e.exitCode).toBe(CODES.E_LOCKED.exit);
    expect(e.code).toBe('E_LOCKED');
    expect(e).toBeInstanceOf(Error);
  });
});

describe('invariant', () => {
  test('passes a true condition and throws an internal error for a false one', () => {
    expect(() => invariant(1, 'never')).not.toThrow();
    expect(() => invariant(null, 'stage order checked at start-up')).toThrow(
      'dossier internal error: stage order checked at start-up',
    );
  });
});
