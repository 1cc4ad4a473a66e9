/**
 * Within-article alias grouping: mentions of one thing become one entity. Phenomena handled:
 * - a person's later surname or variant ("Tracy Ann Jacobson" … "Anne Jacobson" … "Jacobson");
 * - a shorter name contained in a fuller one of the same type ("the Coordination Committee" after
 *   "Iraqi Resistance Coordination Committee", "Nujaba" after "Al-Nujaba Movement");
 * - acronyms and their expansions ("US" / "United States", "ISIS" / "Islamic State of Iraq and Syria"),
 *   and an abbreviation defined in parentheses after a name ("Singapore Airlines (SIA)");
 * - a bare surname the tagger typed as a group or place becomes the person it names.
 * The canonical name is the fullest form; the id is `entityId(type, canonical name)`.
 */
import { entityId, normalizeEntityName } from '../ids.js';
import type { EntityRecord, EntityType, Mention } from '../types.js';

/** Words that do not count when comparing names or forming acronyms. */
const FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  'de',
  'du',
  'la',
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'van',
  'von',
  'der',
]);
const STOP_FOR_ACRONYM = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&']);

/** The words of a name, lower-cased, split at spaces and hyphens. */
export function nameWords(name: string): string[] {
  return normalizeEntityName(name)
    .split(/[\s-]+/)
    .filter((w) => w !== '');
}

/** What grouping reads of a name, worked out once per name. */
interface NameInfo {
  /** `normalizeEntityName` of the name. */
  key: string;
  /** Its content words (`contentWords(nameWords(name))`). */
  content: readonly string[];
  /** `acronymOf(name)`. */
  acronym: string;
}

/** Names met in recent articles: the same names come back article after article. */
const infoMemo = new Map<string, NameInfo>();
/** The memo starts over when it holds this many names. */
const INFO_MEMO = 50_000;

/** The analysis of `name`, memoised across articles (it depends on the name alone). */
function infoOf(name: string): NameInfo {
  let info = infoMemo.get(name);
  if (info === undefined) {
    info = { key: normalizeEntityName(name), content: contentWords(nameWords(name)), acronym: acronymOf(name) };
    if (infoMemo.size >= INFO_MEMO) infoMemo.clear();
    infoMemo.set(name, info);
  }
  return info;
}

/** Content words: function words and particles left out. */
function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => !FUNCTION_WORDS.has(w));
}

/** Initials of a name's content words ("Islamic State of Iraq and Syria" → "isis"). */
export function acronymOf(name: string): string {
  return normalizeEntityName(name)
    .split(/\s+/)
    .filter((w) => w !== '' && !STOP_FOR_ACRONYM.has(w))
    .map((w) =>
      w
        .split('-')
        .map((p) => p[0] ?? '')
        .join(''),
    )
    .join('');
}

/** True when `short` looks like an acronym: 2–6 letters written in capitals (dots allowed). */
export function isAcronym(short: string): boolean {
  const letters = short.replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters);
}

/** Two given names are variants when one is a prefix of the other or they differ only by a final e ("Ann"/"Anne"). */
function givenVariant(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/**
 * True when `short` can name the same thing as `full` (of the same type): every content word of
 * `short` appears in `full` in order; for people the last words must agree and given names may vary.
 */
export function isShorterForm(short: string, full: string, type: EntityType): boolean {
  return shorterFormWords(contentWords(nameWords(short)), contentWords(nameWords(full)), type);
}

/** `isShorterForm` on content words already split. */
function shorterFormWords(s: readonly string[], f: readonly string[], type: EntityType): boolean {
  if (s.length === 0 || s.length > f.length) return false;
  if (type === 'person') {
    if (s[s.length - 1] !== f[f.length - 1]) return false;
    let k = 0;
    for (const w of s.slice(0, -1)) {
      while (k < f.length - 1 && !givenVariant(w, f[k]!)) k++;
      if (k >= f.length - 1) return false;
      k++;
    }
    return true;
  }
  if (s.length === 1 && s[0]!.length <= 2) return false;
  let k = 0;
  for (const w of s) {
    while (k < f.length && f[k] !== w) k++;
    if (k >= f.length) return false;
    k++;
  }
  // A group's short form keeps its head (last) word: "Coordination Committee", not "Iraqi Resistance".
  return type !== 'group' || s[s.length - 1] === f[f.length - 1] || s.length >= 2;
}

interface Cluster {
  type: EntityType;
  mentions: Mention[];
  /** The name of its first (fullest) mention; it does not change. */
  name: string;
  /** `infoOf(name)`. */
  info: NameInfo;
  /** `fullness` of each of `mentions`' texts, in the same order. */
  scores: number[];
  firstStart: number;
  /** Creation order: candidate lists are kept in it, as a scan of all clusters would find them. */
  order: number;
}

/** Clusters filed under a key, each list in creation order. */
class ClusterIndex<K> {
  private readonly lists = new Map<K, Cluster[]>();
  add(key: K, c: Cluster): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  }
  get(key: K): readonly Cluster[] {
    return this.lists.get(key) ?? NONE;
  }
}
const NONE: readonly Cluster[] = [];

/** The clusters of two creation-ordered lists, once each, in creation order. */
function union(a: readonly Cluster[], b: readonly Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]!.order <= b[j]!.order) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** How full a name is: its content words, then its length (the canonical name is the fullest); `info` is `infoOf(name)`. */
function fullnessOf(name: string, info: NameInfo): number {
  return info.content.length * 1000 + name.length;
}

/**
 * True when `short` is written in parentheses right after the mention `full` in `text` and its letters
 * can be read, in order, out of `full` starting at its first letter (Schwartz & Hearst's abbreviation
 * test): "Singapore Airlines (SIA)", "Government Accountability Office (GAO)".
 */
export function definesAbbreviation(text: string, full: Mention, short: Mention): boolean {
  if (
    short.start <= full.end ||
    !/^\s?\(\s?$/.test(text.slice(full.end, short.start)) ||
    !/^\s?\)/.test(text.slice(short.end, short.end + 2))
  )
    return false;
  const letters = short.text.replace(/\./g, '').toLowerCase();
  const long = full.text.toLowerCase();
  if (letters[0] !== long[0]) return false;
  let k = 0;
  for (const c of letters) {
    k = long.indexOf(c, k);
    if (k < 0) return false;
    k++;
  }
  return true;
}

/**
 * Groups typed mentions (in text order) into entities; output ordered by first mention. With the
 * article `text`, an abbreviation defined in parentheses after a name joins that name's entity.
 * `ownEvidence`: the starts of mentions whose type their own sentence showed ("shares of Ford"); a bare
 * surname among them does not join the person of that surname.
 */
export function groupMentions(
  input: readonly Mention[],
  text?: string,
  ownEvidence: ReadonlySet<number> = new Set(),
): EntityRecord[] {
  // Names are analysed once (`infoOf`): articles repeat names many times. Each mention's analysis is looked
  // up once here and each cluster keeps its name's (a look-up in the large memo costs more than the rest).
  const infos = input.map((m) => infoOf(m.text));
  const scores = input.map((m, i) => fullnessOf(m.text, infos[i]!));
  // Longest first, so short forms find the full name whichever comes first in the text.
  // Abbreviations defined in parentheses go first among equals, so that the same letters used before
  // their definition (a headline's "EADS") join the defined name too.
  // The mentions ending one to three characters before it that an abbreviation spells (`definesAbbreviation`).
  const definers = new Map<Mention, Mention[]>();
  const defines = new Set<Mention>();
  if (text !== undefined) {
    const byEndAt = new Map<number, Mention[]>();
    for (const m of input) (byEndAt.get(m.end) ?? byEndAt.set(m.end, []).get(m.end)!).push(m);
    for (const m of input) {
      if (!isAcronym(m.text)) continue;
      const found: Mention[] = [];
      for (let gap = 1; gap <= 3; gap++)
        for (const full of byEndAt.get(m.start - gap) ?? []) if (definesAbbreviation(text, full, m)) found.push(full);
      if (found.length === 0) continue;
      definers.set(m, found);
      if (found.some((full) => full.type === m.type)) defines.add(m);
    }
  }
  const firsts = Uint8Array.from(input, (m) => (defines.has(m) ? 1 : 0));
  const byFullness = input
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || firsts[b]! - firsts[a]! || input[a]!.start - input[b]!.start);
  const clusters: Cluster[] = [];
  // Clusters by normalised name, one map per type.
  const byKey: Record<EntityType, Map<string, Cluster>> = { person: new Map(), group: new Map(), place: new Map() };
  // Indexes that narrow each search to the clusters that can match, in creation order, so every search
  // finds exactly what a scan of all clusters would (articles with hundreds of names stay linear):
  // a shorter form's last content word is among its full name's words (for people it is the last one),
  // and an acronym is its expansion's `acronymOf`.
  const byWord = new ClusterIndex<string>();
  const personsByLast = new ClusterIndex<string>();
  const byAcronym = new ClusterIndex<string>();
  const clusterOf = new Map<Mention, Cluster>();
  // Where each one-word name was first used as a group or a place below the headline (see the surname link).
  const firstOtherUse = new Map<string, number>();
  for (let i = 0; i < input.length; i++) {
    const m = input[i]!;
    if (m.type === 'person' || m.sentence === 0 || /\s/.test(m.text.trim())) continue;
    if (!firstOtherUse.has(infos[i]!.key)) firstOtherUse.set(infos[i]!.key, m.start);
  }
  for (const at of byFullness) {
    const m = input[at]!;
    const info = infos[at]!;
    const key = info.key;
    const own = info.content;
    const last = own[own.length - 1];
    let target: Cluster | undefined;
    // An abbreviation defined in parentheses right after a name is that name, even when the same
    // letters named something else earlier ("Congress (INC)" … "Council (INC)"). The full name ends one
    // to three characters before it; the earliest-made cluster of such a name and type wins.
    for (const full of definers.get(m) ?? []) {
      const c = clusterOf.get(full);
      if (c !== undefined && c.type === m.type && (target === undefined || c.order < target.order)) target = c;
    }
    // Same normalised name and type: one entity.
    target ??= byKey[m.type].get(key);
    // The same words joined a person elsewhere; this mention's own sentence typed it otherwise.
    if (target !== undefined && target.type !== m.type && ownEvidence.has(m.start)) target = undefined;
    // A bare surname typed otherwise, that ends a person's name seen in the article, is that person; but
    // news names a person in full before the surname alone, so not when the same word was used as a group
    // or a place before the person was named (outside the headline, which may use a surname first): a
    // dateline's town ("IRVINE, Calif. —" … "Tom Irvine") or a brand ("revive Lincoln, its luxury brand" …
    // "named after Abraham Lincoln" … "wrote to Lincoln") stays what it was, one sense per article.
    if (
      target === undefined &&
      m.type !== 'person' &&
      last !== undefined &&
      !ownEvidence.has(m.start) &&
      !/\s/.test(m.text.trim())
    ) {
      // Only a person the article names in full: a lone word read as a person ("Zedco names new chief" in a
      // headline, where the tagger has no sentence to read) is no surname that the word's group or place uses
      // elsewhere in the article join.
      const candidates = personsByLast
        .get(last)
        .filter((c) => shorterFormWords(own, c.info.content, 'person') && hasFullName(c));
      const other = firstOtherUse.get(key);
      if (candidates.length === 1 && !(other !== undefined && other < namedInFull(candidates[0]!)))
        target = candidates[0];
    }
    if (target === undefined) {
      const acronym = isAcronym(m.text) ? m.text.replace(/\./g, '').toLowerCase() : null;
      const pool = union(
        last === undefined ? NONE : byWord.get(last),
        acronym === null ? NONE : byAcronym.get(acronym),
      );
      const candidates = pool.filter(
        (c) =>
          c.type === m.type &&
          (shorterFormWords(own, c.info.content, m.type) || (acronym !== null && c.info.acronym === acronym)),
      );
      // Ambiguous short forms join the nearest preceding candidate.
      target = nearest(candidates, m.start);
    }
    if (target === undefined) {
      target = {
        type: m.type,
        mentions: [],
        name: m.text,
        info,
        scores: [],
        firstStart: m.start,
        order: clusters.length,
      };
      clusters.push(target);
      for (const w of own) byWord.add(w, target);
      if (m.type === 'person' && last !== undefined) personsByLast.add(last, target);
      byAcronym.add(info.acronym, target);
    }
    target.mentions.push({ ...m, type: target.type });
    target.scores.push(scores[at]!);
    target.firstStart = Math.min(target.firstStart, m.start);
    clusterOf.set(m, target);
    byKey[m.type].set(key, target);
  }
  return clusters.sort((a, b) => a.firstStart - b.firstStart).map((c) => toRecord(c));
}

/** Where a person's cluster is first named in more than one word (its full name), or its first start. */
/** True when some mention of the cluster is a name of two words or more ("Tracy Ann Jacobson"). */
function hasFullName(c: Cluster): boolean {
  return c.mentions.some((x) => /\s/.test(x.text.trim()));
}

function namedInFull(c: Cluster): number {
  let at = Infinity;
  for (const x of c.mentions) if (x.start < at && /\s/.test(x.text.trim())) at = x.start;
  return at === Infinity ? c.firstStart : at;
}

function nearest(candidates: Cluster[], start: number): Cluster | undefined {
  if (candidates.length <= 1) return candidates[0];
  let best: Cluster | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    for (const x of c.mentions) {
      const d = x.start <= start ? start - x.start : (x.start - start) * 4; // prefer antecedents
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
  }
  return best;
}

function toRecord(c: Cluster): EntityRecord {
  // Mention positions in text order (a stable sort, as of the mentions themselves).
  const order = c.mentions.map((_, i) => i).sort((a, b) => c.mentions[a]!.start - c.mentions[b]!.start);
  const mentions = order.map((i) => c.mentions[i]!);
  // The fullest text, the first in text order among equals (`fullnessOf` each text).
  let name = mentions[0]!.text;
  let best = c.scores[order[0]!]!;
  for (const i of order) {
    if (c.scores[i]! > best) {
      name = c.mentions[i]!.text;
      best = c.scores[i]!;
    }
  }
  const aliases = [...new Set(mentions.map((m) => m.text).filter((t) => t !== name))].sort();
  return { id: entityId(c.type, name), type: c.type, name, aliases, mentions };
}
