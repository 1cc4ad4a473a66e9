/** pino loggers: JSON lines to stderr or to a file, the same setup in the main thread and in workers. */
import pino, { type Logger } from 'pino';

/** Where and how much to log. */
export interface LogOptions {
  level: string;
  file: string | null;
}

/** A synchronous pino logger (sync keeps lines whole across worker threads and survives a hard exit). */
export function createLogger(opts: LogOptions, base: Record<string, unknown> = {}): Logger {
  const dest = opts.file
    ? pino.destination({ dest: opts.file, append: true, sync: true, mkdir: true })
    : pino.destination({ fd: 2, sync: true });
  return pino({ level: opts.level, base: { ...base }, timestamp: pino.stdTimeFunctions.isoTime }, dest);
}
