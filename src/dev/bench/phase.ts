/** What each bench phase measures. */
export interface PhaseResult {
  docs: number;
  tokens: number;
  bytes: number;
  /** Wall-clock milliseconds of the measured loop (or of the whole `dossier run`). */
  ms: number;
  /** CPU milliseconds (user + system) the phase used: robust to other load on a shared machine. */
  cpuMs: number;
  /** Peak resident set size of the phase's process, MB. */
  maxRssMb: number;
  failed: number;
  /** Milliseconds per pipeline stage (summed over articles; over all workers for `dossier run`). */
  stageMs: Record<string, number>;
  extra?: Record<string, number>;
  /** Phase (a) only: a digest of what wink read (token values, POS, lemmas, spacing, sentences). */
  digest?: string;
}

/** Phases (a) and (b) first process every 5th document untimed, so both are measured warm. */
export const WARMUP_STRIDE = 5;
