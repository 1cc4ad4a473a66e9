import { summariseSmaps } from '../../../src/dev/soak/smaps.js';

/** One smaps entry: the header line and the fields the summary reads. */
function entry(start: number, end: number, perms: string, name: string, rssKiB: number): string {
  const hex = (n: number): string => n.toString(16).padStart(12, '0');
  return [
    `${hex(start)}-${hex(end)} ${perms} 00000000 00:00 0${name === '' ? '' : `                          ${name}`}`,
    `Size:             ${(end - start) / 1024} kB`,
    `Rss:              ${rssKiB} kB`,
    `Pss:              ${rssKiB} kB`,
  ].join('\n');
}

const MIB = 1024 * 1024;

describe('smaps summary', () => {
  it('tells the malloc arenas from the other anonymous memory and from files', () => {
    const base = 0x7f00_0000_0000; // a multiple of 64 MiB
    const text = [
      entry(0x5600_0000_0000, 0x5600_0010_0000, 'r-xp', '/usr/bin/node', 900),
      entry(0x5600_1000_0000, 0x5600_1100_0000, 'rw-p', '[heap]', 3000),
      // A thread arena's heap: 12 MiB read-write, then the 52 MiB reserve, on a 64 MiB boundary.
      entry(base, base + 12 * MIB, 'rw-p', '', 8000),
      entry(base + 12 * MIB, base + 64 * MIB, '---p', '', 0),
      // A heap wholly in use.
      entry(base + 64 * MIB, base + 128 * MIB, 'rw-p', '', 20_000),
      // Anonymous memory on a 64 MiB boundary that is not an arena heap (4 MiB, no reserve after it).
      entry(base + 128 * MIB, base + 132 * MIB, 'rw-p', '', 4000),
      // V8 heap pages and a stack: anonymous, off the boundary.
      entry(base + 133 * MIB, base + 133 * MIB + 256 * 1024, 'rw-p', '', 256),
      entry(base + 140 * MIB, base + 148 * MIB, 'rw-p', '[stack]', 100),
      entry(0x7f10_0000_0000, 0x7f10_0001_0000, 'r--p', '/usr/lib/x86_64-linux-gnu/libc.so.6', 60),
    ].join('\n');
    expect(summariseSmaps(text)).toEqual({
      mainArena: 3000,
      threadArenas: 28_000,
      arenaHeaps: 2,
      otherAnon: 4356,
      file: 960,
      total: 36_316,
    });
  });

  it('reads an empty file as nothing resident', () => {
    expect(summariseSmaps('')).toEqual({
      mainArena: 0,
      threadArenas: 0,
      arenaHeaps: 0,
      otherAnon: 0,
      file: 0,
      total: 0,
    });
  });
});
