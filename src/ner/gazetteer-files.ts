/**
 * The name lists under data/gazetteers/ (one name a line, `#` starts a comment), put into one table.
 * Which file feeds which gazetteer slot is fixed here, because the model's weights are tied to the slots.
 * The files are read by `src/resources.ts`; this module only parses what it is given.
 */
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

/** Parses one list: trimmed non-empty lines, comments dropped. */
export function parseNameList(content: string): string[] {
  const out: string[] = [];
  for (const line of content.split('\n')) {
    const name = line.replace(/#.*/, '').trim();
    if (name !== '') out.push(name);
  }
  return out;
}

/**
 * All gazetteer lists in one table. `contents[i]` is the text of `GAZETTEER_FILES[i]`, or null when that
 * file is missing (an empty list).
 */
export function gazetteerTable(contents: ReadonlyArray<string | null>): NameTable {
  const table = new NameTable(65536);
  GAZETTEER_FILES.forEach(([, slot], i) => {
    const content = contents[i];
    if (content === null || content === undefined) return;
    for (const name of parseNameList(content)) table.addName(name, slot);
  });
  return table;
}
