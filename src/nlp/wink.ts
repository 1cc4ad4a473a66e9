/**
 * The one adapter between dossier and wink-nlp. It owns the process's single wink instance (a second
 * instance in the same process silently breaks custom entities) and turns a wink document into plain
 * tokens and sentences with character offsets. No wink type leaves this file.
 */
import winkNLP from 'wink-nlp';
import { englishModel, type WinkModel } from './wink-model.js';
import type { Sentence, Token } from '../types.js';

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | null = null;

/**
 * The parts of wink's pipe dossier runs: sentence boundaries and POS tags (lemmas come with POS).
 * wink's default pipe also runs its entity recogniser (DATE, CARDINAL, MONEY, …), negation and
 * sentiment, which nothing in dossier reads (the time rules measured wink's DATE spans as a fallback and
 * did worse without them, docs/dates.md); they are about a third of `readDoc`'s time. Tokens, POS,
 * lemmas and sentences are the same with or without them (`npm run bench` measures both pipes).
 */
export const WINK_PIPE: readonly string[] = ['sbd', 'pos'];

/**
 * Words wink stores at run time (beyond its model's own) before the adapter starts wink over with a fresh
 * model. wink keeps every out-of-vocabulary word it meets in its lexicon for the life of the instance (its
 * text, normal form and features, and the adapter's `lexemeFacts` for it), about 190 bytes of live heap a
 * word: a worker reading real news meets 5-25 new words an article (names, numbers, web addresses; 25,536
 * over the 2,239 bench articles), and one a generated soak article, so over a long run each worker's heap
 * grew without bound. Output does not depend on what is stored (`historyFreeModel` treats every stored
 * word as unseen), so starting over changes nothing but memory: at most about 10 MB a worker, for a model
 * load (about 0.2 CPU s) every 50,000 new words.
 */
export const MAX_RUNTIME_WORDS = 50_000;

/** The model's lexicon of the current instance (wink appends run-time words to its `list`). */
let lexicon: { list: unknown[]; intrinsicSize?: number } | null = null;

/** How many words the current wink instance stored at run time (0 before it exists). */
export function runtimeWords(): number {
  return lexicon === null ? 0 : lexicon.list.length - (lexicon.intrinsicSize ?? lexicon.list.length);
}

/** Drops the wink instance and what the adapter memoised about its run-time words; the next call starts afresh. */
export function startWinkOver(): void {
  const intrinsic = lexicon?.intrinsicSize;
  instance = null;
  lexicon = null;
  lexiconPatched = false;
  // Facts of the model's own words stay valid (every instance numbers them the same); those of run-time
  // words would name another word in the next instance.
  if (intrinsic !== undefined && lexemeFacts.length > intrinsic) lexemeFacts.length = intrinsic;
  otherLemmas.clear();
}

/** The process-wide wink instance, created on first use and started over past {@link MAX_RUNTIME_WORDS}. */
function wink(): WinkInstance {
  if (instance !== null && runtimeWords() > MAX_RUNTIME_WORDS) startWinkOver();
  if (instance === null) {
    instance = winkNLP(historyFreeModel() as never, [...WINK_PIPE] as never);
    // The first out-of-vocabulary word wink stores hands us its lexicon (see `historyFreeModel`).
    instance.readDoc('Qxzvjq');
    if (!lexiconPatched)
      throw new Error('wink adapter: could not reach the lexicon of wink-nlp; check the wink-nlp version');
  }
  return instance;
}

/** The memo of words added to wink's lexicon starts over when it holds this many (a few MB). */
const ADDED_MEMO = 100_000;

/** One of wink's token-category detectors: `[pattern, flags, category]` as in the model's `trex`. */
type Detector = [string | RegExp, string, number];

let lexiconPatched = false;

/** wink's machine that recognises nothing (its automaton's `emptyModelJSON`). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/** The first instance's custom-entity meta model, for every later one (see `historyFreeModel`). */
let metaCER: unknown;

/**
 * wink's model with one change: every out-of-vocabulary word enters wink's lexicon with the category
 * its text alone gives it, not the one of the context it was first seen in.
 *
 * Why: wink stores each new word in a process-wide lexicon with the token category of its first
 * sighting, and later sightings reuse it: both its category and, for a token that can be split, where
 * it splits. A split from a glued run ("USD1.5", "24.SEP.96") is categorised by other rules than a
 * free-standing word, so "USD" became a currency symbol and "96" a word for every later article in the
 * process: output depended on what the worker had read before. wink passes its lexicon to the model's
 * feature functions; the first call hands it to us, and from then on `add` is given the free-standing
 * category (wink's own left-to-right detectors, then its split patterns matched whole) and `lookup`
 * treats a word stored at run time as unseen.
 */
function historyFreeModel(): WinkModel {
  const source = englishModel() as unknown as Record<string, unknown> & {
    core: () => { trex: { ltc: Detector[]; rtc: Detector[] } };
    featureFn: (...a: unknown[]) => Record<string, (text: string, category: number, lexicon: WinkLexicon) => unknown>;
  };
  let detectors: Array<[RegExp, number]> = [];
  const categoryOf = (text: string): number => {
    for (const [re, category] of detectors) if (re.test(text)) return category;
    return 0; // wink's "unk"
  };
  // wink's own feature functions need the unpatched look-up (they ask for words stored at run time).
  let unpatched: WinkLexicon | null = null;
  const patch = (lexicon: WinkLexicon): WinkLexicon => {
    if (unpatched !== null) return unpatched;
    unpatched = Object.assign(Object.create(null) as WinkLexicon, lexicon);
    const add = lexicon.add;
    const lookup = lexicon.lookup;
    const intrinsic = lexicon.intrinsicSize();
    // The index wink gives a word never changes (its lexicon only grows), so it is memoised: wink's `add`
    // runs its category detectors, lower-cases the word and probes its lexicon twice for every
    // out-of-vocabulary token, a seventh of reading a document.
    const added = new Map<string, number>();
    lexicon.add = (text: string) => {
      let index = added.get(text);
      if (index === undefined) {
        index = add(text, categoryOf(text));
        if (added.size >= ADDED_MEMO) added.clear();
        added.set(text, index);
      }
      return index;
    };
    // A word wink stored from an earlier article is looked up as if never seen, so it is split and
    // categorised exactly as on first sight ("Weisfield's" stayed whole once "Weisfield's." was read).
    lexicon.lookup = (text: string) => {
      const found = lookup(text);
      return found !== null && found.length === 1 && found[0]! >= intrinsic ? null : found;
    };
    lexiconPatched = true;
    return unpatched;
  };
  // wink loads every machine of its model whatever the pipe; those of a part the pipe does not run are
  // never used, so they are given empty (the package's parts are read on demand, src/nlp/wink-model.ts).
  const parts = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (key === 'ner' && !WINK_PIPE.includes('ner')) parts[key] = () => ({ machines: [], transformers: [] });
    else if (key === 'sa' && !WINK_PIPE.includes('sentiment'))
      parts[key] = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
    else parts[key] = source[key];
  }
  const wrapped = Object.assign(parts, {
    // The package's loader of the custom-entity meta model stringifies its module's machines in place
    // (`machines = JSON.stringify(machines)`), so each further call escapes the text again: a second wink
    // instance got the machines quoted twice, and after some twenty instances the text no longer fit in a
    // string. Every instance gets the first call's.
    metaCER: () => (metaCER ??= (source['metaCER'] as () => unknown)()),
    core: () => {
      const core = source.core();
      const whole = (d: Detector): [RegExp, number] => {
        const re = d[0] instanceof RegExp ? d[0] : new RegExp(d[0], d[1]);
        const pattern = re.source.startsWith('^') ? re.source : `^(?:${re.source})$`;
        return [new RegExp(pattern, re.flags.replace('g', '')), d[2]];
      };
      detectors = [...core.trex.ltc.map(whole), ...core.trex.rtc.map(whole)];
      lexicon = (core as unknown as { features: { lexeme: { list: unknown[]; intrinsicSize?: number } } }).features
        .lexeme;
      return core;
    },
    featureFn: (...args: unknown[]) => {
      const features = source.featureFn(...args);
      const out: typeof features = {};
      for (const [name, fn] of Object.entries(features)) {
        out[name] = (text, category, lexicon) => fn(text, category, patch(lexicon));
      }
      return out;
    },
  });
  return wrapped as WinkModel;
}

/** The part of wink's lexicon cache the adapter touches. */
interface WinkLexicon {
  add: (text: string, category: number) => number;
  /** Lexicon indices of `text` (several for a contraction), or null when wink has not stored it. */
  lookup: (text: string) => number[] | null;
  /** How many words the model ships; indices from here on are words stored at run time. */
  intrinsicSize: () => number;
}

/** What the adapter returns for one text. */
export interface Annotation {
  tokens: Token[];
  sentences: Sentence[];
  /** `tokens[k].text.toLowerCase()` for every `k`: the timex and event rules match words in lower case. */
  lowerForms: string[];
}

/** wink's whitespace tokens (`\n\n`, `\r\n`, tabs) have this POS; we keep them out of the token list. */
const SPACE_POS = 'SPACE';

/**
 * What wink says about one lexeme (a token's `its.uniqueId`). Its text and token category are properties
 * of the lexeme alone and never change in a process (wink only appends to its lexicon, and
 * `historyFreeModel` gives every new word the category of its own text). The lemma of a non-contraction
 * token depends on its lexeme and POS alone (a single-lemma word's stored lemma, otherwise wink's
 * lemmatiser on the normal form and POS, which consults only the model's own vocabulary); one POS is kept
 * here, others go to `otherLemmas`. Reading these once per lexeme instead of through `its.value`,
 * `its.type` and `its.lemma` for every token saves three of wink's per-token passes.
 */
interface LexemeFacts {
  value: string;
  /** `value.toLowerCase()`, which the timex and event rules read for every token (`Annotation.lowerForms`). */
  lower: string;
  kind: string;
  lemmaPos: string | undefined;
  lemma: string;
}
/** Facts by lexeme index, filled the first time a lexeme is met in this process. */
const lexemeFacts: Array<LexemeFacts | undefined> = [];
/** Lemmas of lexemes met with a POS other than `LexemeFacts.lemmaPos`, by `lexeme * POS_SLOTS + POS number`. */
const otherLemmas = new Map<number, string>();
/** `otherLemmas` starts over when it holds this many entries. */
const OTHER_LEMMAS_MEMO = 100_000;
/** More POS tags than wink has (17 universal tags and SPACE); a tag beyond these would go unmemoised. */
const POS_SLOTS = 64;
/** A small number for each POS tag wink uses. */
const posNumber = new Map<string, number>();

/**
 * The engine's shared copy of `s`: the string a literal or a property name with the same text is (a property name
 * is always one). Once per lexeme for its lower-case form (per token in a text wink read with long runs broken): the event and timex rules compare lower-case forms with
 * literals (`ix.lower[k] === 'to'`) all over, and V8 compiles such a comparison as one pointer check when the
 * strings it has met are all shared copies; `toLowerCase` of a capitalised word ("The") makes a new string, which
 * then deoptimised those rules on the first article that brought one there.
 */
function internalized(s: string): string {
  // An array index ("38") is the one property name Object.keys prints anew (from its number); JSON.parse gives the
  // shared copy of a short string.
  return ARRAY_INDEX.test(s) ? (JSON.parse(`"${s}"`) as string) : (Object.keys({ [s]: 0 })[0] ?? s);
}

/** The texts of array indices (which property names of that text are). */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,8})$/;

/** Per-token scratch space reused across calls (annotate is synchronous and not re-entered). */
let winkStart = new Int32Array(4096);
let winkEnd = new Int32Array(4096);
let verbatim = new Uint8Array(4096);
let sentenceStartsAt = new Uint8Array(4097);

/** Makes room for `n` tokens in the scratch buffers and clears the flags. */
function scratchFor(n: number): void {
  if (winkStart.length < n) {
    const size = Math.max(n, winkStart.length * 2);
    winkStart = new Int32Array(size);
    winkEnd = new Int32Array(size);
    verbatim = new Uint8Array(size);
    sentenceStartsAt = new Uint8Array(size + 1);
  } else {
    verbatim.fill(0, 0, n);
    sentenceStartsAt.fill(0, 0, n + 1);
  }
}

/**
 * Tokenises, tags and sentence-splits `text` with wink. Offsets are exact: each token's
 * `text === input.slice(start, end)`. A newline always starts a new sentence (wink's splitter ignores
 * line breaks, so headings and date lines would otherwise glue onto the next sentence).
 */
export function annotate(text: string): Annotation {
  const nlp = wink();
  const its = nlp.its;
  // wink's tokenizer is quadratic on long runs without whitespace (20,000 characters take seconds), so
  // wink reads a copy of the same length where such runs are broken by a space every BREAK_EVERY
  // characters; offsets stay exact and token texts are sliced from the original.
  const winkText = breakLongRuns(text);
  const doc = nlp.readDoc(winkText);
  const tokens = doc.tokens();
  const lexemes = tokens.out(its.uniqueId as never) as number[];
  const contracted = tokens.out(its.contractionFlag as never) as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];

  // Character offsets of every wink token. Where wink's value is the text at its offsets (nearly always),
  // the token keeps wink's string: no copy, and the same word is the same string in every article.
  const n = lexemes.length;
  scratchFor(n);
  const values: string[] = new Array<string>(n);
  const factsAt: LexemeFacts[] = new Array<LexemeFacts>(n);
  const unbroken = winkText === text;
  let cursor = 0;
  for (let k = 0; k < n; k++) {
    const lexeme = lexemes[k]!;
    let facts = lexemeFacts[lexeme];
    if (facts === undefined) {
      const token = tokens.itemAt(k);
      const value = token.out(its.value) as string;
      facts = {
        value,
        lower: internalized(value.toLowerCase()),
        kind: token.out(its.type) as string,
        lemmaPos: undefined,
        lemma: '',
      };
      while (lexemeFacts.length <= lexeme) lexemeFacts.push(undefined);
      lexemeFacts[lexeme] = facts;
    }
    factsAt[k] = facts;
    const value = facts.value;
    values[k] = value;
    let start = cursor + spaces[k]!.length;
    if (occursAt(winkText, value, start)) verbatim[k] = unbroken ? 1 : 0;
    else {
      // wink normalised something (rare: unusual whitespace); find the token from the cursor instead.
      const found = winkText.indexOf(value, cursor);
      start = found === -1 ? Math.min(start, text.length) : found;
    }
    const end = Math.min(start + value.length, text.length);
    winkStart[k] = start;
    winkEnd[k] = end;
    cursor = end;
  }

  // Sentence boundaries: wink's, plus one at every whitespace token holding a newline.
  for (const [first] of doc.sentences().out(its.span) as Array<[number, number]>) sentenceStartsAt[first] = 1;
  for (let k = 0; k < n; k++) {
    if (pos[k] === SPACE_POS && values[k]!.includes('\n')) sentenceStartsAt[k + 1] = 1;
  }

  const out: Token[] = [];
  const lower: string[] = [];
  const sentences: Sentence[] = [];
  let openSentence = false;
  for (let k = 0; k < n; k++) {
    if (sentenceStartsAt[k] === 1) openSentence = false;
    const value = values[k]!;
    if (pos[k] === SPACE_POS || blank(value)) continue;
    if (!openSentence) {
      if (sentences.length > 0) closeSentence(sentences[sentences.length - 1]!, out);
      sentences.push({
        i: sentences.length,
        start: winkStart[k]!,
        end: winkEnd[k]!,
        tokenStart: out.length,
        tokenEnd: out.length,
      });
      openSentence = true;
    }
    const start = winkStart[k]!;
    const facts = factsAt[k]!;
    const tokenText = verbatim[k] === 1 ? value : text.slice(start, winkEnd[k]!);
    lower.push(verbatim[k] === 1 ? facts.lower : internalized(tokenText.toLowerCase()));
    out.push({
      i: out.length,
      text: tokenText,
      start,
      end: winkEnd[k]!,
      pos: pos[k]!,
      lemma:
        contracted[k] === true
          ? (tokens.itemAt(k).out(its.lemma as never) as string)
          : lemmaOf(tokens, its, k, lexemes[k]!, facts, pos[k]!),
      kind: facts.kind,
      sentence: sentences.length - 1,
      spaceBefore: start > 0 && isWhiteSpace(text.charCodeAt(start - 1)),
    });
  }
  if (sentences.length > 0) closeSentence(sentences[sentences.length - 1]!, out);
  return { tokens: out, sentences, lowerForms: lower };
}

type WinkTokens = ReturnType<ReturnType<WinkInstance['readDoc']>['tokens']>;

/** wink's lemma of the non-contraction token `k` (POS `tag`), memoised as described at `LexemeFacts`. */
function lemmaOf(
  tokens: WinkTokens,
  its: WinkInstance['its'],
  k: number,
  lexeme: number,
  facts: LexemeFacts,
  tag: string,
): string {
  if (facts.lemmaPos === tag) return facts.lemma;
  if (facts.lemmaPos === undefined) {
    facts.lemma = tokens.itemAt(k).out(its.lemma as never) as string;
    facts.lemmaPos = tag;
    return facts.lemma;
  }
  let tagNumber = posNumber.get(tag);
  if (tagNumber === undefined) posNumber.set(tag, (tagNumber = posNumber.size));
  if (tagNumber >= POS_SLOTS) return tokens.itemAt(k).out(its.lemma as never) as string;
  const key = lexeme * POS_SLOTS + tagNumber;
  let lemma = otherLemmas.get(key);
  if (lemma === undefined) {
    lemma = tokens.itemAt(k).out(its.lemma as never) as string;
    if (otherLemmas.size >= OTHER_LEMMAS_MEMO) otherLemmas.clear();
    otherLemmas.set(key, lemma);
  }
  return lemma;
}

/** `haystack.startsWith(needle, at)` for `at >= 0`, without a builtin call per token (tokens are ~5 characters). */
function occursAt(haystack: string, needle: string, at: number): boolean {
  const from = Math.min(at, haystack.length);
  const length = needle.length;
  if (from + length > haystack.length) return false;
  for (let j = 0; j < length; j++) if (haystack.charCodeAt(from + j) !== needle.charCodeAt(j)) return false;
  return true;
}

/** `value.trim() === ''`, deciding on the first character for nearly every token. */
function blank(value: string): boolean {
  return value.length === 0 || (isWhiteSpace(value.charCodeAt(0)) && value.trim() === '');
}

/** Runs of non-whitespace longer than this are broken up before wink reads them. */
const LONG_RUN = 200;
const BREAK_EVERY = 100;

/**
 * Returns `text`, or a copy of equal length in which every run of more than LONG_RUN non-whitespace
 * characters has a space every BREAK_EVERY characters (never inside a surrogate pair). Linear time.
 */
export function breakLongRuns(text: string): string {
  let chars: string[] | null = null;
  let runStart = 0;
  // One pass over the text; a run ends at whitespace or at the end (i === text.length).
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWhiteSpace(text.charCodeAt(i))) continue;
    if (i - runStart > LONG_RUN) {
      chars ??= text.split('');
      for (let k = runStart + BREAK_EVERY; k < i; k += BREAK_EVERY) {
        const code = text.charCodeAt(k);
        // Never split a surrogate pair: step past a low surrogate.
        const at = code >= 0xdc00 && code <= 0xdfff ? k + 1 : k;
        if (at < i) chars[at] = ' ';
      }
    }
    runStart = i + 1;
  }
  return chars === null ? text : chars.join('');
}

/** Whether a UTF-16 code unit is whitespace in the sense of JavaScript's `\s`. */
export function isWhiteSpace(code: number): boolean {
  if (code === 32) return true;
  if (code > 32 && code < 127) return false;
  return WHITE_SPACE.test(String.fromCharCode(code));
}
const WHITE_SPACE = /\s/;

function closeSentence(sentence: Sentence, tokens: Token[]): void {
  sentence.tokenEnd = tokens.length;
  sentence.end = tokens.length > sentence.tokenStart ? tokens[tokens.length - 1]!.end : sentence.start;
}

/** wink's version, stamped into the pipeline fingerprint. */
export const WINK_MODEL_NAME = 'wink-eng-lite-web-model';
