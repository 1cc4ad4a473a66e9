/**
 * Per-token word classes, made once per article where the article index is made: each token gets a 32-bit word of
 * class bits (its part of speech, the shape of its first character, and the word lists of the rule families that
 * declared one), and each sentence the OR of its tokens' bits. A rule family that scans every sentence or every
 * token tests its bits first: a sentence whose mask lacks them is passed over without reading a token, and a token
 * without them without a string look-up. The index pays one or two map look-ups per token for all families
 * together, instead of one per family and token.
 *
 * How a rule family uses it (and what a new rule family does to pay nothing on sentences without its words):
 * declare a class beside the family's word lists, at module level, with {@link declareWordClass}; read
 * `ix.sentenceClasses[s]` and `ix.classes[k]` with its bit before the scan's string tests. A bit says the token
 * may pass the family's word test (its lower-case form is in `forms`, or its lemma in `lemmas`, or the form ends
 * with one of `suffixes`, or begins with one of `prefixes`): the rule still makes its own exact tests on the tokens that have it, so output is the
 * same as a scan of every token. The class's lists must hold every word the scan's first test accepts, and they
 * are read when the class is declared (a list filled later is not seen).
 */

/** Part-of-speech bits (wink's universal tags), set from `Token.pos`. */
export const POS_NOUN = 1 << 0;
export const POS_PROPN = 1 << 1;
export const POS_VERB = 1 << 2;
export const POS_AUX = 1 << 3;
export const POS_ADJ = 1 << 4;
export const POS_ADV = 1 << 5;
export const POS_NUM = 1 << 6;
/** The token's lower-case form starts with an ASCII digit ("3-1", "12", "1,200"). */
export const DIGIT_FIRST = 1 << 7;

/** The token is inside a time expression of type SET ("every week", "daily"): set by the article index. */
export const TIME_SET = 1 << 8;

/** Bits of the declared classes start here; the ones below are the built-in bits above. */
const FIRST_DECLARED = 9;

/** A rule family's words, as its scan's first test reads them. */
export interface WordClassSpec {
  /** Lower-case token forms (after the index's straightening of typographic apostrophes). */
  forms?: Iterable<string>;
  /** Lemmas in lower case, as `lemmaOf` gives them. */
  lemmas?: Iterable<string>;
  /** Endings of the lower-case form ("-inning"). */
  suffixes?: readonly string[];
  /** Beginnings of the lower-case form ("hospitalis"). */
  prefixes?: readonly string[];
}

interface Declared {
  readonly name: string;
  readonly bit: number;
  forms: readonly string[];
  lemmas: readonly string[];
  suffixes: readonly string[];
  prefixes: readonly string[];
}

const declared: Declared[] = [];

/**
 * Declares a word class and returns its bit. Called once per class at module level by the rule family that owns
 * the words (two families may share words; each gets its own bit). Throws when the 23 declared bits are taken.
 */
export function declareWordClass(name: string, spec: WordClassSpec): number {
  const index = FIRST_DECLARED + declared.length;
  if (index > 31) throw new Error(`dossier: word class "${name}": all 23 declared word-class bits are taken`);
  const bit = (1 << index) >>> 0;
  declared.push({
    name,
    bit,
    forms: [...(spec.forms ?? [])],
    lemmas: [...(spec.lemmas ?? [])],
    suffixes: [...(spec.suffixes ?? [])],
    prefixes: [...(spec.prefixes ?? [])],
  });
  table = null;
  return bit;
}

/**
 * Adds words to a declared class (`bit`), for a family whose words come from a resource loaded after the module,
 * such as the trigger lexicon. A class only grows: a bit says a token may pass the family's test, so words of a
 * lexicon that is no longer used make the scan try more tokens, never fewer. Indexes made before keep their bits.
 */
export function extendWordClass(bit: number, spec: WordClassSpec): void {
  const c = declared.find((d) => d.bit === bit);
  if (c === undefined) throw new Error(`dossier: no declared word class has the bit ${bit}`);
  c.forms = [...c.forms, ...(spec.forms ?? [])];
  c.lemmas = [...c.lemmas, ...(spec.lemmas ?? [])];
  c.suffixes = [...c.suffixes, ...(spec.suffixes ?? [])];
  c.prefixes = [...c.prefixes, ...(spec.prefixes ?? [])];
  table = null;
}

/**
 * The compiled table: one map from a word to its slot, and per slot two words of bits (as a form, as a lemma),
 * so a token whose lemma is its form needs one look-up. Suffixes are tried only on a form whose last character
 * ends some suffix (`suffixLast`), prefixes only on one whose first character starts some prefix (`prefixFirst`).
 */
interface Table {
  slot: Map<string, number>;
  bits: Uint32Array;
  /**
   * Per word shape (`shapeOf`: length, first and last letter), bit 1 when some word of the table has that shape as a
   * form, bit 2 as a lemma: a token whose form or lemma has a shape no word has needs no map look-up for it. Most
   * tokens are passed over here ("the", "said", "5", ","): the map look-ups were most of the index's cost per token.
   */
  shapes: Uint8Array;
  suffixes: ReadonlyArray<{ affix: string; bit: number }>;
  suffixLast: Uint8Array;
  prefixes: ReadonlyArray<{ affix: string; bit: number }>;
  prefixFirst: Uint8Array;
}

let table: Table | null = null;

function compiled(): Table {
  if (table !== null) return table;
  const slot = new Map<string, number>();
  const pairs: number[] = [];
  const slotOf = (w: string): number => {
    let s = slot.get(w);
    if (s === undefined) {
      s = slot.size;
      slot.set(w, s);
      pairs.push(0, 0);
    }
    return s;
  };
  const suffixes: Array<{ affix: string; bit: number }> = [];
  const suffixLast = new Uint8Array(128);
  const prefixes: Array<{ affix: string; bit: number }> = [];
  const prefixFirst = new Uint8Array(128);
  const affix = (c: Declared, list: typeof suffixes, chars: Uint8Array, a: string, at: number): void => {
    const code = a.charCodeAt(at);
    if (!(code < 128)) throw new Error(`dossier: word class "${c.name}": "${a}" must start and end in ASCII`);
    list.push({ affix: a, bit: c.bit });
    chars[code] = 1;
  };
  const shapes = new Uint8Array(SHAPES);
  for (const c of declared) {
    for (const w of c.forms) {
      pairs[2 * slotOf(w)] |= c.bit;
      shapes[shapeOf(w)] |= AS_FORM;
    }
    for (const w of c.lemmas) {
      pairs[2 * slotOf(w) + 1] |= c.bit;
      shapes[shapeOf(w)] |= AS_LEMMA;
    }
    for (const a of c.suffixes) affix(c, suffixes, suffixLast, a, a.length - 1);
    for (const a of c.prefixes) affix(c, prefixes, prefixFirst, a, 0);
  }
  table = { slot, bits: Uint32Array.from(pairs), shapes, suffixes, suffixLast, prefixes, prefixFirst };
  return table;
}

/** `Table.shapes` bits. */
const AS_FORM = 1;
const AS_LEMMA = 2;
/** Shapes: 16 length buckets (15 and longer share one) × 27 first × 27 last characters. */
const SHAPES = 16 * 27 * 27;

/** A letter a–z as 0–25; any other character (digits, marks, capitals, non-ASCII) as 26. */
function letterSlot(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}

/** A word's shape for `Table.shapes`: its length (up to 15) and its first and last characters ("" has one too). */
function shapeOf(w: string): number {
  return (Math.min(w.length, 15) * 27 + letterSlot(w.charCodeAt(0))) * 27 + letterSlot(w.charCodeAt(w.length - 1));
}

function posBits(pos: string): number {
  switch (pos) {
    case 'NOUN':
      return POS_NOUN;
    case 'PROPN':
      return POS_PROPN;
    case 'VERB':
      return POS_VERB;
    case 'AUX':
      return POS_AUX;
    case 'ADJ':
      return POS_ADJ;
    case 'ADV':
      return POS_ADV;
    case 'NUM':
      return POS_NUM;
    default:
      return 0;
  }
}

/** See `everyWordClass`. */
let everyClass = false;

/**
 * For checks: with `on`, every token of an index made afterwards has every bit, so every scan runs on every sentence
 * and token as it did before the word classes. A family whose output then changes misses a word in its class
 * (tests/events/word-classes.test.ts compares the two on the bundled articles and sentences of its own).
 */
export function everyWordClass(on: boolean): void {
  everyClass = on;
}

/**
 * The class bits of one token: its part of speech, its form's first character, its form (`low`) and its lemma in
 * lower case (`lemma`, as `lemmaOf` gives it) looked up in the declared classes.
 */
export function tokenClasses(pos: string, low: string, lemma: string): number {
  if (everyClass) return 0xffffffff;
  const t = compiled();
  let bits = posBits(pos);
  const first = low.charCodeAt(0);
  if (first >= 48 && first <= 57) bits |= DIGIT_FIRST;
  // The map is read only for a form or lemma of a shape some word of the table has (see `Table.shapes`).
  const shape = t.shapes[shapeOf(low)]!;
  if (lemma === low) {
    if (shape !== 0) {
      const s = t.slot.get(low);
      if (s !== undefined) bits |= t.bits[2 * s]! | t.bits[2 * s + 1]!;
    }
  } else {
    if ((shape & AS_FORM) !== 0) {
      const s = t.slot.get(low);
      if (s !== undefined) bits |= t.bits[2 * s]!;
    }
    if ((t.shapes[shapeOf(lemma)]! & AS_LEMMA) !== 0) {
      const l = t.slot.get(lemma);
      if (l !== undefined) bits |= t.bits[2 * l + 1]!;
    }
  }
  const last = low.charCodeAt(low.length - 1);
  if (last < 128 && t.suffixLast[last] === 1) for (const x of t.suffixes) if (low.endsWith(x.affix)) bits |= x.bit;
  if (first < 128 && t.prefixFirst[first] === 1) for (const x of t.prefixes) if (low.startsWith(x.affix)) bits |= x.bit;
  return bits >>> 0;
}
