/**
 * The name lists under data/gazetteers/ (one name a line, `#` starts a comment), loaded once per
 * process into one table. Which file feeds which gazetteer slot is fixed here, because the model's
 * weights are tied to the slots.
 */
import { existsSync, readFileSync } from 'node:fs';
import { GAZ, NameTable } from './gazetteer.js';

/** File name → gazetteer slot. */
export const GAZETTEER_FILES: ReadonlyArray<readonly [string, number]> = [
  ['countries.txt', GAZ.place],
  ['cities.txt', GAZ.place],
  ['regions.txt', GAZ.place],
  ['first-names.txt', GAZ.firstName],
  ['groups.txt', GAZ.group],
  ['demonyms.txt', GAZ.demonym],
];

const DIR = new URL('../../data/gazetteers/', import.meta.url);

/** Parses one list: trimmed non-empty lines, comments dropped. */
export function parseNameList(content: string): string[] {
  const out: string[] = [];
  for (const line of content.split('\n')) {
    const name = line.replace(/#.*/, '').trim();
    if (name !== '') out.push(name);
  }
  return out;
}

let cached: NameTable | null = null;

/** All gazetteer files in one table (a missing file is an empty list). Cached per process. */
export function loadGazetteers(): NameTable {
  if (cached !== null) return cached;
  const table = new NameTable(65536);
  for (const [file, slot] of GAZETTEER_FILES) {
    const url = new URL(file, DIR);
    if (!existsSync(url)) continue;
    for (const name of parseNameList(readFileSync(url, 'utf8'))) table.addName(name, slot);
  }
  cached = table;
  return table;
}

/** The raw bytes of every gazetteer file, in slot order, for the model version hash. */
export function gazetteerBytes(): Buffer[] {
  return GAZETTEER_FILES.map(([file]) => {
    const url = new URL(file, DIR);
    return existsSync(url) ? readFileSync(url) : Buffer.alloc(0);
  });
}
