/**
 * Which entity_dim part holds each entity: a sorted file of fixed-width JSON lines (`["grp_0123456789abcdef","000012"]`),
 * read as one buffer and searched in place, so a run that touches k entities looks up k ids without parsing
 * the whole index, and writes it back by splicing the changed lines into the unchanged runs.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';

const ID_WIDTH = 20; // (per|grp|plc)_ + 16 hex digits
const ID_AT = 2; // after `["`
const PART_AT = ID_AT + ID_WIDTH + 3; // after `","`
const LINE = PART_AT + 6 + 3; // 6 digits, `"]` and a newline

/** Entity id → entity_dim part number, with changes kept aside until `save`. */
export class EntityIndex {
  private readonly changes = new Map<string, number | null>();

  private constructor(private buf: Buffer) {}

  /** An empty index. */
  static empty(): EntityIndex {
    return new EntityIndex(Buffer.alloc(0));
  }

  /** Reads the index file; a missing file is an empty index. */
  static async load(file: string): Promise<EntityIndex> {
    const buf = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return Buffer.alloc(0);
      throw e;
    });
    if (buf.length % LINE !== 0) throw new Error(`entity index ${file} is damaged (length ${buf.length})`);
    return new EntityIndex(buf);
  }

  private idAt(i: number): string {
    return this.buf.toString('latin1', i * LINE + ID_AT, i * LINE + ID_AT + ID_WIDTH);
  }

  /** First line whose id is ≥ `id`. */
  private lowerBound(id: string): number {
    let lo = 0;
    let hi = this.buf.length / LINE;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.idAt(mid) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The part holding `id`, or undefined. */
  get(id: string): number | undefined {
    const changed = this.changes.get(id);
    if (changed !== undefined) return changed === null ? undefined : changed;
    const i = this.lowerBound(id);
    if (i * LINE < this.buf.length && this.idAt(i) === id)
      return Number(this.buf.toString('latin1', i * LINE + PART_AT, i * LINE + PART_AT + 6));
    return undefined;
  }

  set(id: string, part: number): void {
    if (id.length !== ID_WIDTH) throw new Error(`entity index: bad id ${id}`);
    this.changes.set(id, part);
  }

  delete(id: string): void {
    this.changes.set(id, null);
  }

  /** Splices the changes into the sorted lines and writes the file (through a temp file and a rename). */
  async save(file: string, temp: string): Promise<void> {
    const ids = [...this.changes.keys()].sort();
    const pieces: Buffer[] = [];
    let from = 0;
    for (const id of ids) {
      const i = this.lowerBound(id);
      pieces.push(this.buf.subarray(from * LINE, i * LINE));
      from = i * LINE < this.buf.length && this.idAt(i) === id ? i + 1 : i;
      const part = this.changes.get(id);
      if (part !== null && part !== undefined)
        pieces.push(Buffer.from(`["${id}","${String(part).padStart(6, '0')}"]\n`, 'latin1'));
    }
    pieces.push(this.buf.subarray(from * LINE));
    this.buf = Buffer.concat(pieces);
    this.changes.clear();
    await writeFile(temp, this.buf);
    await rename(temp, file);
  }

  /** Every (id, part), in id order, changes included. */
  *entries(): Generator<[string, number]> {
    const ids = [...this.changes.keys()].sort();
    let k = 0;
    for (let i = 0; i < this.buf.length / LINE; i++) {
      const id = this.idAt(i);
      while (k < ids.length && ids[k]! < id) {
        const part = this.changes.get(ids[k]!);
        if (part !== null && part !== undefined) yield [ids[k]!, part];
        k++;
      }
      if (k < ids.length && ids[k] === id) {
        const part = this.changes.get(id);
        if (part !== null && part !== undefined) yield [id, part];
        k++;
        continue;
      }
      yield [id, Number(this.buf.toString('latin1', i * LINE + PART_AT, i * LINE + PART_AT + 6))];
    }
    for (; k < ids.length; k++) {
      const part = this.changes.get(ids[k]!);
      if (part !== null && part !== undefined) yield [ids[k]!, part];
    }
  }
}
