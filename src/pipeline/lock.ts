/**
 * The output folder's lock (`<output>/.lock`, proper-lockfile): one run writes a folder at a time. The lock
 * is refreshed every 10 s and goes stale after 30 s, so a killed run's lock expires by itself; a run whose
 * lock was taken over (it went stale) is told through `onCompromised` and must stop writing at once.
 */
import lockfile from 'proper-lockfile';
import { DossierError } from '../errors.js';

/** How long a lock may go without a heartbeat before another run may take it over. */
export const LOCK_STALE_MS = 30_000;

/** Takes the lock on `root` (which must exist); resolves with the function that releases it. */
export async function lockOutput(
  root: string,
  onCompromised: (err: Error) => void,
  staleMs = LOCK_STALE_MS,
): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(root, {
      lockfilePath: `${root}/.lock`,
      stale: staleMs,
      update: Math.max(1000, Math.floor(staleMs / 3)),
      realpath: false,
      onCompromised,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new DossierError('E_LOCKED', `output folder ${root} is locked by another run`);
    throw new DossierError(
      'E_OUTPUT_UNWRITABLE',
      `cannot lock output folder ${root} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}
