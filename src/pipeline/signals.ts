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

/** Installs the handlers; returns the function that removes them. */
export function handleStopSignals(handlers: StopHandlers, target: SignalTarget = process): () => void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
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
