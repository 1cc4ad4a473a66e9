/**
 * What `dossier run` shows on a terminal: a progress bar with rate, time left and failures so far
 * (cli-progress), and log lines as one readable sentence each instead of JSON (a pipe or a log file
 * still gets pino's JSON lines, for machines).
 */
import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import pino, { type Logger } from 'pino';

/** The progress callback `runBatch` calls, and a function that removes the bar at the end. */
export interface TerminalProgress {
  update: (done: number, total: number, failed?: number) => void;
  stop: () => void;
}

/** A progress bar on stderr; redrawn at most ten times a second. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): TerminalProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'dossier {bar} {value}/{total} articles · {rate}/s · {eta_formatted} left · {failed} failed',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: false,
      etaBuffer: 50,
      fps: 10,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let running = false;
  return {
    update(done, total, failed = 0) {
      const secs = (Date.now() - started) / 1000;
      const payload = { failed, rate: secs > 0 ? (done / secs).toFixed(1) : '0.0' };
      if (!running) {
        bar.start(Math.max(total, done), done, payload);
        running = true;
        return;
      }
      bar.setTotal(Math.max(total, done));
      bar.update(done, payload);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warning',
  50: 'error',
  60: 'fatal',
};
/** Fields that are pino's own or shown otherwise, left out of the readable line. */
const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'article', 'path', 'code', 'signal']);

/** One pino JSON line as a sentence: `dossier: warning: a.txt: the file looks binary … [E_BINARY]`. */
export function readableLogLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const level = LEVELS[o['level'] as number] ?? 'log';
  const where = typeof o['path'] === 'string' ? `${o['path']}: ` : '';
  let msg = String(o['msg'] ?? '');
  // The signal handler's message, said the way a terminal user acts on it.
  if (o['signal'] === 'SIGINT') msg = msg.replace('signal again', 'press Ctrl-C again');
  const extra = Object.entries(o)
    .filter(([k, v]) => !HIDDEN.has(k) && (typeof v === 'string' || typeof v === 'number'))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const code = typeof o['code'] === 'string' ? ` [${o['code']}]` : '';
  return `dossier: ${level}: ${where}${msg}${extra ? ` (${extra})` : ''}${code}`;
}

/** A pino logger that writes readable lines to a terminal, clearing the progress bar's line first. */
export function terminalLogger(level: string, stream: NodeJS.WriteStream = process.stderr): Logger {
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') stream.write(`\r\x1b[K${readableLogLine(line)}\n`);
      cb();
    },
  });
  return pino({ level }, out);
}
