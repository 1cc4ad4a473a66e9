/**
 * Where a process's resident memory lives, from `/proc/<pid>/smaps`: the soak (`npm run soak`) reads it every
 * few seconds to tell native growth (the C library's malloc) from the V8 heaps the probe (`probe.ts`) reports.
 *
 * glibc's malloc serves the main thread from the `[heap]` (brk) segment, the main arena. Every other thread
 * that allocates (worker threads, V8's platform threads compiling with TurboFan, libuv's pool) gets an arena
 * of its own, up to 8 per core, whose memory comes in "heaps": mappings placed on a 64 MiB boundary, each a
 * read-write part followed by an inaccessible reserve (`---p`) that together make exactly 64 MiB. An arena
 * returns freed memory to the system only from the top of a heap (or with `malloc_trim`), so fragmentation
 * there shows as resident memory that grows while every V8 heap stays flat. Everything else that is
 * anonymous (V8's heap pages, large malloc blocks served by their own `mmap`, thread stacks) is `otherAnon`;
 * file-backed mappings (the node binary, shared libraries, files read through `mmap`) are `file`.
 */

/** Resident memory of one process by kind, in KiB (the `Rss:` lines of smaps summed). */
export interface SmapsSummary {
  /** The main arena (`[heap]`): the main thread's malloc. */
  mainArena: number;
  /** The other threads' malloc arenas (64 MiB-aligned heaps). */
  threadArenas: number;
  /** How many 64 MiB arena heaps are mapped. */
  arenaHeaps: number;
  /** Other anonymous memory: V8 heap pages, large blocks mapped on their own, stacks. */
  otherAnon: number;
  /** File-backed mappings. */
  file: number;
  /** All of it (the process's RSS). */
  total: number;
}

interface Mapping {
  start: bigint;
  end: bigint;
  perms: string;
  name: string;
  rss: number;
}

const ARENA_HEAP = 64n * 1024n * 1024n;
const HEADER = /^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \d+\s*(.*)$/;

function parse(text: string): Mapping[] {
  const maps: Mapping[] = [];
  for (const line of text.split('\n')) {
    const h = HEADER.exec(line);
    if (h) {
      maps.push({ start: BigInt(`0x${h[1]}`), end: BigInt(`0x${h[2]}`), perms: h[3]!, name: h[4]!.trim(), rss: 0 });
      continue;
    }
    if (line.startsWith('Rss:') && maps.length > 0) maps[maps.length - 1]!.rss = Number(/(\d+)/.exec(line)?.[1] ?? 0);
  }
  return maps;
}

/** Sums the resident memory of `/proc/<pid>/smaps` text by kind (see the module comment). */
export function summariseSmaps(text: string): SmapsSummary {
  const maps = parse(text);
  const out: SmapsSummary = { mainArena: 0, threadArenas: 0, arenaHeaps: 0, otherAnon: 0, file: 0, total: 0 };
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i]!;
    out.total += m.rss;
    if (m.name === '[heap]') {
      out.mainArena += m.rss;
      continue;
    }
    if (m.name !== '' && !m.name.startsWith('[')) {
      out.file += m.rss;
      continue;
    }
    // An arena heap: anonymous, read-write, on a 64 MiB boundary, exactly 64 MiB with the reserve after it.
    if (m.name === '' && m.perms.startsWith('rw') && m.start % ARENA_HEAP === 0n) {
      const next = maps[i + 1];
      const whole =
        m.end - m.start === ARENA_HEAP ||
        (next !== undefined &&
          next.name === '' &&
          next.perms.startsWith('---') &&
          next.start === m.end &&
          next.end - m.start === ARENA_HEAP);
      if (whole) {
        out.threadArenas += m.rss;
        out.arenaHeaps++;
        continue;
      }
    }
    out.otherAnon += m.rss;
  }
  return out;
}
