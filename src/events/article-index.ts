/**
 * Per-article lookup tables the event rules share, built once in linear time: which mention or time
 * expression covers a token, clause and paragraph numbers, which sentences have a verb, and how
 * nationality adjectives and definite descriptions map onto the article's entities.
 */
import { normalizeEntityName } from '../ids.js';
import type { EntityRecord, Sentence, TimexRecord, Token } from '../types.js';
import { NATIONALITIES, RELATIVE_PRONOUNS, SUBORDINATORS } from './cues.js';
import { TIME_SET, tokenClasses } from './word-classes.js';

/** A mention placed on the token grid. */
export interface TokenMention {
  entity: EntityRecord;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sentence: number;
}

/** Everything the rules look up, indexed by token. */
export interface ArticleIndex {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  text: string;
  mentions: TokenMention[];
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
  /** Time expressions of each sentence, in text order. */
  timexBySentence: TimexRecord[][];
  /** Token range of each time expression, parallel to `timexBySentence`. */
  timexTokens: Map<TimexRecord, [number, number]>;
  /** Timex covering each token, or null. */
  timexAt: Array<TimexRecord | null>;
  /** Clause number of each token (unique across the article). */
  clauseOf: Int32Array;
  /** Paragraph number of each sentence (a line break starts a paragraph). */
  paragraphOf: Int32Array;
  /** 1 when the sentence has a verb or auxiliary (headings and date lines have none). */
  hasVerb: Uint8Array;
  /** Lower-cased token forms (the document's `lowerForms`, made once by the annotate stage). */
  lower: readonly string[];
  /** Word-class bits of each token (`word-classes.ts`): part of speech, first character, declared word lists. */
  classes: Uint32Array;
  /** OR of the word-class bits of each sentence's tokens: a scan skips a sentence that lacks its bits. */
  sentenceClasses: Uint32Array;
  /** 1 when the sentence is a title-case line (`titleCaseLine`): read per capitalised word by the trigger rules. */
  titleCase: Uint8Array;
  /** The token after the date line glued to each sentence's start, or -1 (`datelineEndOf`). */
  datelineEnd: Int32Array;
  /** Entity named by a nationality adjective ("american" → the United States entity), when the article has it. */
  nationalityEntity(adjective: string): EntityRecord | null;
  /** Entity a definite description's head noun names unambiguously ("the coordination"), or null. */
  definiteEntity(head: string): EntityRecord | null;
}

/** Builds the index. Cost: one pass over tokens, mentions and timexes (plus a binary search per span). */
export function buildArticleIndex(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lower: readonly string[],
  entities: readonly EntityRecord[],
  timexes: readonly TimexRecord[],
): ArticleIndex {
  const n = tokens.length;
  // The lower forms are lower-cased slices of the text, and lower-casing never makes a typographic
  // apostrophe: a text without one (most, and every one-byte string, at no cost) needs no token scan.
  if (text.includes('’')) lower = straightApostrophes(lower);
  // Token offsets copied once into a flat array, so the span look-ups below search that, not the token objects.
  const bounds = tokenBounds(tokens);
  // The per-token and per-sentence tables below are views of one buffer: one backing store per article instead of
  // eight (each typed array of more than a few elements has one of its own, outside the heap, made and freed by
  // the engine's slow path). Session 23 (evspeed).
  const m = sentences.length;
  const buffer = new ArrayBuffer(4 * (3 * n + 3 * m) + 2 * m);
  const mentionAt = new Int32Array(buffer, 0, n).fill(-1);
  const mentions: TokenMention[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const a = firstTokenEndingAfter(bounds, n, m.start);
      const b = firstTokenStartingAt(bounds, n, a, m.end);
      if (a >= b) continue;
      const idx = mentions.length;
      mentions.push({ entity, tokenStart: a, tokenEnd: b, sentence: tokens[a]!.sentence });
      for (let k = a; k < b; k++) if (mentionAt[k] === -1) mentionAt[k] = idx;
    }
  }

  const timexBySentence: TimexRecord[][] = sentences.map(() => []);
  const timexTokens = new Map<TimexRecord, [number, number]>();
  const timexAt: Array<TimexRecord | null> = new Array<TimexRecord | null>(n).fill(null);
  for (const x of [...timexes].sort((p, q) => p.start - q.start)) {
    const a = firstTokenEndingAfter(bounds, n, x.start);
    const b = firstTokenStartingAt(bounds, n, a, x.end);
    if (a >= b) continue;
    timexBySentence[tokens[a]!.sentence]?.push(x);
    timexTokens.set(x, [a, b]);
    for (let k = a; k < b; k++) timexAt[k] = x;
  }

  const clauseOf = new Int32Array(buffer, 4 * n, n);
  const classes = new Uint32Array(buffer, 8 * n, n);
  const sentenceClasses = new Uint32Array(buffer, 12 * n, m);
  const datelineEnd = new Int32Array(buffer, 12 * n + 4 * m, m);
  const paragraphOf = new Int32Array(buffer, 12 * n + 8 * m, m);
  const hasVerb = new Uint8Array(buffer, 12 * n + 12 * m, m);
  const titleCase = new Uint8Array(buffer, 12 * n + 13 * m, m);
  let clause = 0;
  let paragraph = 0;
  for (const s of sentences) {
    if (s.i > 0) {
      for (let c = sentences[s.i - 1]!.end; c < s.start; c++)
        if (text.charCodeAt(c) === 10) {
          paragraph++;
          break;
        }
    }
    paragraphOf[s.i] = paragraph;
    clause++;
    let mask = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      const low = lower[k]!;
      if (finiteVerb(tokens, lower, k, s.tokenStart)) hasVerb[s.i] = 1;
      if (k > s.tokenStart && opensClause(t, low)) clause++;
      clauseOf[k] = clause;
      const bits = tokenClasses(t.pos, low, lowerLemma(t.lemma)) | (timexAt[k]?.type === 'SET' ? TIME_SET : 0);
      classes[k] = bits;
      mask |= bits;
    }
    sentenceClasses[s.i] = mask;
    // Once per sentence here, where every sentence of the warm-up passes (the rules asked per capitalised word, and
    // the first non-ASCII word a rule met in bench (b)'s first pass deoptimised the whole trigger scan).
    titleCase[s.i] = titleCaseLine(tokens, lower, s) ? 1 : 0;
    datelineEnd[s.i] = datelineEndOf(tokens, lower, s);
  }

  // Built on first use: most articles never ask, and name normalisation is the costly part.
  let places: Map<string, EntityRecord> | null = null;
  let definite: Map<string, EntityRecord> | null = null;
  return {
    tokens,
    sentences,
    text,
    mentions,
    mentionAt,
    timexBySentence,
    timexTokens,
    timexAt,
    clauseOf,
    paragraphOf,
    hasVerb,
    lower,
    classes,
    sentenceClasses,
    titleCase,
    datelineEnd,
    nationalityEntity: (adj) => {
      // Only a word of the nationality list can name a country: any other is answered before the article's
      // place names are normalised (most callers ask about any capitalised word before an actor noun).
      const names = NATIONALITIES.get(adj);
      if (names === undefined) return null;
      places ??= placesByName(entities);
      for (const name of names) {
        const e = places.get(name);
        if (e) return e;
      }
      return null;
    },
    definiteEntity: (head) => (definite ??= definiteTable(entities)).get(head) ?? null,
  };
}

/** Short words that stay lower case in a title-case headline. */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'as',
  'from',
]);

/** `/^\p{L}/u.test(text)`, with ASCII first characters (nearly all tokens) decided without the regex. */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** `/^\p{Lu}/u.test(text)`, with ASCII first characters decided without the regex. */
function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * True for a title-case line: at least four words, every word capitalised except short function words,
 * and no full stop at its end (a headline, not running text).
 */
function titleCaseLine(tokens: readonly Token[], lower: readonly string[], s: Sentence): boolean {
  let words = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const text = tokens[k]!.text;
    if (!startsWithLetter(text)) {
      if (k === s.tokenEnd - 1 && text === '.') return false;
      continue;
    }
    words++;
    if (!startsUpperCase(text) && !TITLE_SMALL_WORDS.has(lower[k]!)) return false;
  }
  return words >= 4;
}

/**
 * Session 19 (the lead). Phenomenon: a date line glued to the first sentence ("KABUL, March 6 (Reuters) - The
 * army says it …") names the agency that filed the story, never an actor of the story: "it" after it is no
 * Reuters. Returns the token after the date line's dash when the sentence opens with an upper-case place word
 * and a dash follows before any verb, else -1.
 */
function datelineEndOf(tokens: readonly Token[], lower: readonly string[], s: Sentence): number {
  const first = tokens[s.tokenStart]?.text ?? '';
  if (!capitalsWord(first)) return -1;
  for (let k = s.tokenStart + 1; k < s.tokenEnd && k - s.tokenStart <= 16; k++) {
    const w = lower[k]!;
    if (w === '-' || w === '--' || w === '—' || w === '–' || w === '_') return k + 1;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return -1;
  }
  return -1;
}

/** `/^[A-Z][A-Z.-]+$/.test(w)`: a word in capitals ("KABUL", "U.S."), at least two characters. */
function capitalsWord(w: string): boolean {
  if (w.length < 2) return false;
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < w.length; i++) {
    const d = w.charCodeAt(i);
    if (!((d >= 65 && d <= 90) || d === 46 || d === 45)) return false;
  }
  return true;
}

/**
 * Phenomenon: news copy writes the possessive and contractions with a typographic apostrophe as often as
 * with a straight one ("Venezuela’s protests", "Saturday’s attack"). The rules compare lower-case forms
 * with the straight spelling ("'s"), so the typographic one is read as the same word here; the token text
 * and offsets are untouched. The same array comes back when no token holds one.
 */
export function straightApostrophes(lower: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let k = 0; k < lower.length; k++) {
    const w = lower[k]!;
    if (!w.includes('’')) continue;
    out ??= [...lower];
    out[k] = w.replaceAll('’', "'");
  }
  return out ?? lower;
}

/**
 * A verb that can head a clause: an auxiliary, or a verb that is neither a gerund ("regarding") nor a
 * participle used as an adjective ("the armed factions"). Headings are noun phrases and have none.
 */
function finiteVerb(tokens: readonly Token[], lower: readonly string[], k: number, first: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB' || lower[k]!.endsWith('ing')) return false;
  const prev = k > first ? tokens[k - 1]!.pos : 'PUNCT';
  return prev !== 'DET' && prev !== 'ADJ' && prev !== 'ADP';
}

function opensClause(t: Token, low: string): boolean {
  if (t.pos === 'PUNCT') return low === ';' || low === ':' || low === '"' || low === '“' || low === '”';
  if (t.pos === 'SCONJ') return SUBORDINATORS.has(low);
  if (t.pos === 'PRON') return RELATIVE_PRONOUNS.has(low);
  return false;
}

/**
 * Token starts and ends, interleaved (`[2k]` start, `[2k + 1]` end), in a buffer reused from article to
 * article (only `buildArticleIndex` reads it, before it returns).
 */
let boundsBuffer = new Int32Array(2048);
function tokenBounds(tokens: readonly Token[]): Int32Array {
  if (boundsBuffer.length < 2 * tokens.length) boundsBuffer = new Int32Array(4 * tokens.length);
  const out = boundsBuffer;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    out[2 * k] = t.start;
    out[2 * k + 1] = t.end;
  }
  return out;
}

/** First of the `n` tokens of `bounds` that ends after `start` (`n` when none): as `tokenRange`. */
function firstTokenEndingAfter(bounds: Int32Array, n: number, start: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[2 * mid + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First token from `from` on that starts at or after `end` (`n` when none): as `tokenRange`. */
function firstTokenStartingAt(bounds: Int32Array, n: number, from: number, end: number): number {
  let b = from;
  while (b < n && bounds[2 * b]! < end) b++;
  return b;
}

/** Half-open token range covering the character span `[start, end)` (binary search on token starts). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  while (b < tokens.length && tokens[b]!.start < end) b++;
  return [lo, b];
}

/**
 * Names normalised before in this process, and their nationality-table keys: articles name the same
 * places and groups again and again, and each article's tables normalise all of its names.
 */
const normalizedNames = new Map<string, string>();
const nationalityKeys = new Map<string, string>();
/** A memo starts over when it holds this many names. */
const NAME_MEMO = 50_000;

/**
 * `compute(key)` kept in `memo` for the next call with the same key; the memo starts over when it holds
 * `limit` keys (a process reads any number of articles). `compute` must be a pure function of the key.
 */
export function memoised<V>(memo: Map<string, V>, limit: number, key: string, compute: (key: string) => V): V {
  let out = memo.get(key);
  if (out === undefined) {
    out = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, out);
  }
  return out;
}

/** `normalizeEntityName`, memoised. */
function normalizedName(name: string): string {
  return memoised(normalizedNames, NAME_MEMO, name, normalizeEntityName);
}

/** A place name as the nationality table looks it up: normalised, dots as spaces, single spaces. */
export function nationalityKey(name: string): string {
  return memoised(nationalityKeys, NAME_MEMO, name, nationalityKeyOf);
}

function nationalityKeyOf(name: string): string {
  return normalizedName(name).replace(/\./g, ' ').replace(/ +/g, ' ').trim();
}

/**
 * The article's place entities by each of their names as the nationality list writes them (the first
 * entity wins). An adjective names the entity of the first of its names found here.
 */
function placesByName(entities: readonly EntityRecord[]): Map<string, EntityRecord> {
  const byName = new Map<string, EntityRecord>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    for (const name of [e.name, ...e.aliases]) {
      const key = nationalityKey(name);
      if (!byName.has(key)) byName.set(key, e);
    }
  }
  return byName;
}

/** Words too generic to identify an entity on their own. */
const GENERIC_HEADS = new Set([
  'the',
  'of',
  'and',
  'for',
  'group',
  'groups',
  'party',
  'state',
  'states',
  'united',
  'national',
  'international',
  'new',
  'city',
  'region',
  'company',
]);

/** A group name's normalised form and the words of it that may identify it (none for a one-word name). */
interface DefiniteWords {
  name: string;
  words: readonly string[];
}
/** `definiteWords` per group name seen before in this process (like `normalizedNames`). */
const definiteWordsMemo = new Map<string, DefiniteWords>();

function definiteWords(entityName: string): DefiniteWords {
  return memoised(definiteWordsMemo, NAME_MEMO, entityName, definiteWordsOf);
}

function definiteWordsOf(entityName: string): DefiniteWords {
  const name = normalizedName(entityName);
  const all = new Set(name.split(/[\s-]+/));
  const words: string[] = [];
  if (all.size >= 2) for (const w of all) if (w.length >= 4 && !GENERIC_HEADS.has(w)) words.push(w);
  return { name, words };
}

/**
 * True for a name of ASCII letters and digits alone: its normalised form is one word (`normalizeEntityName`
 * lower-cases such a name and does nothing else), so `definiteWords` gives it no words.
 */
function oneAsciiWord(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Maps a lower-case word to the one multi-word group entity whose name contains it, so "the
 * coordination" resolves to "Iraqi Resistance Coordination Committee". Words shared by two entities are
 * dropped: an ambiguous description is left unresolved.
 */
function definiteTable(entities: readonly EntityRecord[]): Map<string, EntityRecord> {
  const out = new Map<string, EntityRecord>();
  // Words carried by more than one group, with every group carrying them (most words name one group).
  let shared: Map<string, EntityRecord[]> | null = null;
  for (const e of entities) {
    // A one-word name gives no words (below): most group names ("Reuters", "Hamas", "NATO") are passed
    // over without a look-up in the memo of names.
    if (e.type !== 'group' || oneAsciiWord(e.name)) continue;
    for (const w of definiteWords(e.name).words) {
      const list = shared?.get(w);
      if (list !== undefined) {
        list.push(e);
        continue;
      }
      const first = out.get(w);
      if (first === undefined) out.set(w, e);
      else (shared ??= new Map()).set(w, [first, e]);
    }
  }
  if (shared === null) return out;
  for (const [w, list] of shared) {
    // Several entities may carry the word when one name contains the others ("Coordination Committee"
    // left apart from "Iraqi Resistance Coordination Committee"): they are one thing, the fullest wins.
    const fullest = list.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    const key = definiteWords(fullest.name).name;
    if (list.every((e) => key.includes(definiteWords(e.name).name))) out.set(w, fullest);
    else out.delete(w);
  }
  return out;
}

/**
 * The token at `k`, or undefined before the first token and after the last. A rule that looks one or two
 * words back or ahead asks this rather than reading `ix.tokens[k]` out of range: an array read out of range
 * (at the edges of the document) throws away the compiled code of the rule and of the functions it was
 * compiled into, the first time a document meets it.
 */
export function tokenAt(ix: ArticleIndex, k: number): Token | undefined {
  return k >= 0 && k < ix.tokens.length ? ix.tokens[k] : undefined;
}

/** The lower-case form at `k`, or '' before the first token and after the last (as `tokenAt`). */
export function lowerAt(ix: ArticleIndex, k: number): string {
  return k >= 0 && k < ix.tokens.length ? ix.lower[k]! : '';
}

/** wink's lemma in lower case (it is lower case already except for names, so usually no copy is made). */
export function lemmaOf(ix: ArticleIndex, k: number): string {
  return lowerLemma(ix.tokens[k]!.lemma);
}

/** A lemma in lower case, as `lemmaOf` gives it. */
function lowerLemma(lem: string): string {
  const c = lem.charCodeAt(0);
  return c >= 65 && c <= 90 ? lem.toLowerCase() : lem;
}

/** True when the word at `k`, as written in lower case or as its lemma, is in `words` ("films" or "film"). */
export function wordIn(ix: ArticleIndex, k: number, words: ReadonlySet<string>): boolean {
  return words.has(ix.lower[k]!) || words.has(lemmaOf(ix, k));
}
