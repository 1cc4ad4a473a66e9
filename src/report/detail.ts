/**
 * Per-article detail for the page (text, mentions, time expressions, events), packed into deflate-raw
 * blocks of a few dozen articles each. The page inflates a block only when one of its articles is opened,
 * so a large output opens fast; past a byte budget, texts are left out with a note instead of growing the
 * page without bound.
 */
import { deflateRawSync } from 'node:zlib';
import { forEachRecord } from './collect.js';

/** Articles per compressed block: small enough to inflate in a blink, large enough to compress well. */
export const ARTICLES_PER_BLOCK = 48;

/** One article as the page reads it (short keys: there may be 20,000 of them). */
export interface ArticleDetail {
  id: string;
  text: string;
  /** mentions, flat: start, end, index into the report's entity table (-1: an entity without an id) */
  m: number[];
  /** time expressions: start, end, type, value, mod */
  tx: Array<[number, number, string, string, string]>;
  ev: Array<{
    id: string;
    type: string;
    status: string;
    date: string;
    /** trigger start, end (or -1, -1) */
    trig: [number, number];
    /** participants: index into the report's entity table (or -1), role, entity id when not in the table */
    parts: Array<[number, string, string]>;
    /** the place: index into the entity table, or its id when not there, or -1 */
    place: number | string;
    killed: number | null;
    injured: number | null;
    conf: number | null;
  }>;
  warn: Array<[string, string]>;
  /** spans dropped because their offsets did not fit the text */
  bad: number;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);

/**
 * The page's view of one record; entities are numbers into the report's entity table (`entityIndex`: id →
 * row), which holds their ids, types and names once for the whole page. Spans whose offsets do not fit
 * the text are counted in `bad` and dropped.
 */
export function articleDetail(raw: Obj, articleId: string, entityIndex: ReadonlyMap<string, number>): ArticleDetail {
  const text = str(raw.text);
  let bad = 0;
  const fits = (s: unknown, e: unknown): s is number =>
    Number.isInteger(s) &&
    Number.isInteger(e) &&
    (s as number) >= 0 &&
    (s as number) < (e as number) &&
    (e as number) <= text.length;
  const m: number[] = [];
  for (const e of arr(raw.entities)) {
    if (!isObj(e)) continue;
    const i = entityIndex.get(str(e.id)) ?? -1;
    for (const x of arr(e.mentions)) {
      if (isObj(x) && fits(x.start, x.end)) m.push(x.start, x.end as number, i);
      else bad++;
    }
  }
  const tx: ArticleDetail['tx'] = [];
  for (const t of arr(raw.timexes)) {
    if (isObj(t) && fits(t.start, t.end))
      tx.push([t.start, t.end as number, str(t.type), t.value === null ? 'unresolved' : str(t.value), str(t.mod)]);
    else bad++;
  }
  const nameOf = (id: string) => {
    const i = entityIndex.get(id);
    return i === undefined ? id : i;
  };
  const ev: ArticleDetail['ev'] = [];
  for (const e of arr(raw.events)) {
    if (!isObj(e)) continue;
    const trigger = isObj(e.trigger) ? e.trigger : {};
    const trig: [number, number] = fits(trigger.start, trigger.end) ? [trigger.start, trigger.end as number] : [-1, -1];
    if (trig[0] < 0) bad++;
    const date = isObj(e.date) ? e.date : {};
    const casualties = isObj(e.casualties) ? e.casualties : {};
    const count = (c: unknown) => (isObj(c) && typeof c.value === 'number' ? c.value : null);
    ev.push({
      id: str(e.id),
      type: str(e.type, 'unknown'),
      status: str(e.status),
      date: date.value === null || date.value === undefined ? '' : String(date.value),
      trig,
      parts: arr(e.participants)
        .filter(isObj)
        .map((p) => [
          entityIndex.get(str(p.entity)) ?? -1,
          str(p.role),
          entityIndex.has(str(p.entity)) ? '' : str(p.entity),
        ]),
      place: e.place === undefined ? -1 : nameOf(str(e.place)),
      killed: count(casualties.killed),
      injured: count(casualties.injured),
      conf: typeof e.confidence === 'number' ? e.confidence : null,
    });
  }
  return {
    id: articleId,
    text,
    m,
    tx,
    ev,
    warn: arr(raw.warnings)
      .filter(isObj)
      .map((w) => [str(w.code), str(w.message)]),
    bad,
  };
}

/** Compressed blocks (base64) and, per article in `order`, its block number or -1 when left out. */
export interface PackedDetails {
  blocks: string[];
  blockOf: Map<string, number>;
  left: number;
  compressedBytes: number;
}

/**
 * Reads the records named in `names` in that order (most important first) and packs their details until
 * `budgetBytes` of compressed data is reached; the rest are left out.
 */
export async function packDetails(
  recordsDir: string,
  names: string[],
  budgetBytes: number,
  entityIndex: ReadonlyMap<string, number>,
): Promise<PackedDetails> {
  const packed: PackedDetails = { blocks: [], blockOf: new Map(), left: 0, compressedBytes: 0 };
  let pending: ArticleDetail[] = [];
  let full = false;
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = deflateRawSync(Buffer.from(JSON.stringify(pending), 'utf8'), { level: 9 });
    if (packed.compressedBytes + bytes.length > budgetBytes) {
      full = true;
      packed.left += pending.length;
    } else {
      packed.compressedBytes += bytes.length;
      for (const d of pending) packed.blockOf.set(d.id, packed.blocks.length);
      packed.blocks.push(bytes.toString('base64'));
    }
    pending = [];
  };
  for (let i = 0; i < names.length && !full; i += ARTICLES_PER_BLOCK) {
    await forEachRecord(recordsDir, names.slice(i, i + ARTICLES_PER_BLOCK), (r) => {
      pending.push(articleDetail(r.raw, r.articleId, entityIndex));
    });
    flush();
  }
  if (full) packed.left = names.length - packed.blockOf.size;
  return packed;
}
