/**
 * Interleaved measurement, for a machine whose speed drifts by ±10–20% within a minute (shared vCPUs).
 *
 * A bench phase script (`floor.js`, `pipeline-one.js`) started with `--serve` warms up, prints `ready`,
 * then measures one chunk of the corpus per line it reads on stdin (`FROM TO`: documents FROM..TO-1),
 * answering each with one JSON line ({@link ChunkResult}); the line `end` makes it print its
 * {@link PhaseResult} (the totals of the chunks it measured) and exit. The parent (`interleave`) keeps two
 * such processes alive and hands them the same chunks in turn, A B B A A B …, so a slow moment of the
 * machine falls on both sides alike instead of on whichever phase happened to run then. Only one process
 * computes at a time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import type { PhaseResult } from './phase.js';

/** What a phase reports for one chunk (or, summed, for all it measured). */
export type ChunkResult = Pick<
  PhaseResult,
  'docs' | 'ms' | 'cpuMs' | 'tokens' | 'bytes' | 'failed' | 'stageMs' | 'extra'
>;

/** Documents per chunk: two of the pipeline's batches, a fifth of a second of its work, far above the cost of a turn. */
export const CHUNK_DOCS = 32;

/** Times `work` (wall and CPU) and returns its counts with the times. */
export function timeChunk(work: () => Omit<ChunkResult, 'ms' | 'cpuMs'>): ChunkResult {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const counts = work();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ...counts, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Adds `b` into `a` (stage and extra figures by name). */
export function addChunk(a: ChunkResult, b: ChunkResult): ChunkResult {
  const stageMs = { ...a.stageMs };
  for (const [k, v] of Object.entries(b.stageMs)) stageMs[k] = (stageMs[k] ?? 0) + v;
  const extra = { ...(a.extra ?? {}) };
  for (const [k, v] of Object.entries(b.extra ?? {})) extra[k] = (extra[k] ?? 0) + v;
  return {
    docs: a.docs + b.docs,
    ms: a.ms + b.ms,
    cpuMs: a.cpuMs + b.cpuMs,
    tokens: a.tokens + b.tokens,
    bytes: a.bytes + b.bytes,
    failed: a.failed + b.failed,
    stageMs,
    extra,
  };
}

/** An empty total. */
export function noChunk(): ChunkResult {
  return { docs: 0, ms: 0, cpuMs: 0, tokens: 0, bytes: 0, failed: 0, stageMs: {}, extra: {} };
}

/**
 * The phase side of `--serve`: answers chunk requests on stdin until `end`, then prints `finish(total)`.
 * `measure(from, to)` must measure documents from..to-1 only.
 */
export async function serveChunks(
  measure: (from: number, to: number) => ChunkResult,
  finish: (total: ChunkResult) => PhaseResult,
): Promise<void> {
  let total = noChunk();
  process.stdout.write('ready\n');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'end') break;
    const [from, to] = line.split(' ').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to))
      throw new Error(`bench --serve: expected "FROM TO" or "end", got ${JSON.stringify(line)}`);
    const r = measure(from!, to!);
    total = addChunk(total, r);
    process.stdout.write(`${JSON.stringify(r)}\n`);
  }
  process.stdout.write(`${JSON.stringify(finish(total))}\n`);
}

/** Side of turn `i` in the order A B B A A B B A …: each pair of turns holds one of each side. */
export function sideOfRun(i: number): 'a' | 'b' {
  return ((i + 1) >> 1) % 2 === 0 ? 'a' : 'b';
}

/** The parent's handle on one `--serve` process: send a line, await the answer line. */
class Server {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private stderr = '';

  constructor(
    readonly label: string,
    script: string,
    args: readonly string[],
    nodeArgs: readonly string[] = [],
  ) {
    this.child = spawn(process.execPath, [...nodeArgs, script, ...args, '--serve'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4000)));
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }

  async next(): Promise<string> {
    const r = await this.lines.next();
    if (r.done) throw new Error(`bench: ${this.label} stopped early: ${this.stderr}`);
    return r.value;
  }

  async ask(line: string): Promise<string> {
    this.child.stdin.write(`${line}\n`);
    return this.next();
  }

  kill(): void {
    this.child.kill();
  }
}

/** One side of an interleaved run: a phase script and its arguments (the corpus first). */
export interface Side {
  label: string;
  script: string;
  args: readonly string[];
  /** Node's own options for the side's process (V8 flags: `--max-semi-space-size=32`, `--single-threaded`). */
  nodeArgs?: readonly string[];
}

/**
 * Runs two `--serve` phases over documents 0..docs-1 in chunks of `chunk`, alternating A B B A …, and
 * returns each side's PhaseResult.
 */
export async function interleave(
  a: Side,
  b: Side,
  docs: number,
  chunk = CHUNK_DOCS,
): Promise<[PhaseResult, PhaseResult]> {
  const servers = [
    new Server(a.label, a.script, a.args, a.nodeArgs),
    new Server(b.label, b.script, b.args, b.nodeArgs),
  ] as const;
  try {
    for (const s of servers) {
      const hello = await s.next();
      if (hello !== 'ready') throw new Error(`bench: ${s.label} did not start: ${hello}`);
    }
    let turn = 0;
    for (let from = 0; from < docs; from += chunk) {
      for (let k = 0; k < 2; k++)
        await servers[sideOfRun(turn++) === 'a' ? 0 : 1].ask(`${from} ${Math.min(docs, from + chunk)}`);
    }
    const results = await Promise.all(servers.map(async (s) => JSON.parse(await s.ask('end')) as PhaseResult));
    return [results[0]!, results[1]!];
  } finally {
    for (const s of servers) s.kill();
  }
}
