/**
 * Signal handling of a run: the first SIGINT/SIGTERM asks the run to stop taking articles (those in a
 * worker finish); a second one abandons those in flight. SIGXFSZ (over a file-size limit, `ulimit -f`)
 * is handled so the write fails with EFBIG instead of the kernel killing the process mid-write.
 */

/** What the run does on a signal. */
export interface StopHandlers {
  stop(signal: NodeJS.Signals): void;
  abandon(signal: NodeJS.Signals): void;
}

/** The part of `process` this needs (a plain EventEmitter in tests). */
export interface SignalTarget {
  on(event: string, listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: string, listener: (signal: NodeJS.Signals) => void): unknown;
}

/**
 * Set by the CLI: when the process may receive each signal twice (a child that its parent relays signals to,
 * `src/cli/trim.ts`, and that a signal to the process group also reaches), the same signal again within
 * `echoWindowMs` of the last one is the same signal, not a second one. 0: every signal counts.
 */
export const signalSettings = { echoWindowMs: 0 };

/** Installs the handlers; returns the function that removes them. */
export function handleStopSignals(
  handlers: StopHandlers,
  target: SignalTarget = process,
  now: () => number = Date.now,
): () => void {
  let signalled = false;
  let last: { signal: NodeJS.Signals; at: number } | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    const at = now();
    if (last !== null && last.signal === signal && at - last.at < signalSettings.echoWindowMs) return;
    last = { signal, at };
    if (signalled) handlers.abandon(signal);
    else {
      signalled = true;
      handlers.stop(signal);
    }
  };
  const onFileSizeLimit = (): void => undefined;
  target.on('SIGINT', onSignal);
  target.on('SIGTERM', onSignal);
  target.on('SIGXFSZ', onFileSizeLimit);
  return () => {
    target.off('SIGINT', onSignal);
    target.off('SIGTERM', onSignal);
    target.off('SIGXFSZ', onFileSizeLimit);
  };
}
