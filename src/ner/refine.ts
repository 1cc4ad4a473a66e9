/**
 * Span clean-up after decoding, for phenomena the CoNLL-trained tagger meets rarely (each rule is a
 * pattern of English news text, not a list of strings):
 * - names written with hyphens or attached particles are one name: wink splits "al-Saadi" into `al`,
 *   `-`, `Saadi` and "Al-Nujaba" into `Al`, `-`, `Nujaba`, so spans on either side of a joined hyphen
 *   are merged, and a particle before a span is pulled in;
 * - a name whose head is an organisational word ("… Committee", "… Movement", "… Brigades") is a
 *   group, whatever class the tagger gave it (the tagger reads "Iraqi …" as a nationality), and a
 *   group continues over a capitalised head and an "on/of/for + Capitalised" tail
 *   ("Senate" + "Committee on Foreign Relations");
 * - a trailing title is not part of a name ("US Ambassador" → "US");
 * - an Arabic kunya name with a nisba ("Abu Baqir al-Saadi") is a person;
 * - an exact match of the curated group list is a group (the list is a tie-breaker);
 * - calendar words (weekdays, months), holidays and time-zone abbreviations alone are not entities, nor is
 *   a lone initial ("C.");
 * - a span made only of job-title words ("Chief Operating Officer", "C.E.O.") is nobody, and a company
 *   title after a name leaves the company ("Skyco CEO" → "Skyco", a group);
 * - a listed company the tagger reads as a product (CoNLL tags the maker's name MISC in "an Airbus",
 *   "Airbus A310") is the company unless an article or a model number shows the product; a maker with a
 *   model number ("Boeing 787"), a designation alone ("A380") and a name after it ("787 Dreamliner",
 *   "A350 XWB") are the product;
 * - a name headed by "Air"/"Airlines"/"Airways" is a group, and so is a name with a web address written
 *   onto it ("Detik.com");
 * - a name the group or place lists complete is that group or place ("Apple" + "Computer",
 *   [United States] + [Air Force], [United States] of [America]);
 * - a name led by or following a lower-case-first word ("iPod Nano", "iTunes" + "Music Store") is a
 *   product, and a multi-word name headed by a product or event noun ("Development Kit") is no person;
 * - "Flight" before a flight number is not part of an airline's name; an airport is a place, and a name
 *   headed by a facility word is never a person;
 * - the place lists are evidence, not an override: a name they hold is a place where the sentence uses
 *   it as one, after a locative preposition or a verb of arrival or impact ("a storm hit Lisbon",
 *   "visited Lisbon"), or in a list with a place ("Lisbon and Izmir"), unless a modifier shows otherwise
 *   ("Lisbon-based", a score after a team's name);
 * - a name after a lower-case area noun and "of" is a place ("the city of Lyon", "the province of
 *   Helmand"; after a part or a direction, "the centre of", "north of", only when the place lists hold
 *   it), and a listed place shown to be a place once is one throughout the article (one sense per article);
 * - a name headed by a word for a law or document ("First Amendment", "Patriot Act", "Oslo Accords") or
 *   ending in a word for an event ("Worldwide Developers Conference", "Boston Marathon") is neither group
 *   nor place (MISC in CoNLL-2003, which we do not emit), nor is an abbreviation defined in parentheses
 *   right after a MISC name ("(WWDC)"), anywhere in the article;
 * - a unit abbreviation written onto a number ("2GB", "1.5MB") is no name;
 * - a name followed by a noun for a market index ("the S&P 500 index", "the Nasdaq composite", "the Dow
 *   Jones industrial average") or after "benchmark" ("the benchmark Kospi") is the index, MISC;
 * - a product named by maker and model ("the Toyota Kestrel", "the new Zedco Arrow sedan"), or a model before a
 *   product noun ("Kestrel crossovers"), is neither the maker nor a group (MISC), and so is that model alone
 *   elsewhere in the article;
 * - a listed index name that moves by a percentage or points ("The S&P 500 lost 4.7 percent") or a name ending
 *   in a capitalised index noun ("the Dow Jones Industrial Average") is the index; such a name where shares are
 *   listed ("listed on the Nasdaq") is the exchange, a group;
 * - a town's name for its club: a listed place (not a country) made a side in a match by its sentence
 *   ("Newcastle drew with Chelsea", "Valencia drew 1-1 with Sevilla", "defeated Valencia 3-0") is a group;
 * - a wire story's dateline in capitals ("DETROIT (Reuters) -", "DEARBORN, Mich. —") is a place, and so is an
 *   AP state abbreviation after a name and a comma ("Elkhart, Ind.");
 * - capitals spelling a group named in the article ("General Motors" … "GM") are that group;
 * - a model alone named by an apposition ("the Zedra, a car that …") or listed with "the" beside a model is a
 *   product; a one-word maker's name with a company's evidence is the company even beside a person of that
 *   surname, in that sentence only ("shares of Ford" beside "Henry Ford");
 * - a town's name before a player's or a staff's role is the club ("the Zedton striker"); a founder's possessive
 *   name before a legal suffix is one company ("Quorley's Market Co."); a listed place with what only a company
 *   has, or a place that reports a company's accounts, is the company ("Amazon's shareholders", "Zedton said
 *   quarterly profit rose").
 */
import { GAZ, MAX_NAME_TOKENS, type LoweredTokens } from './gazetteer.js';
import type { TokenSpan } from './tags.js';
import type { Token } from '../types.js';
import { COMPANY_OFFICES, HONORIFICS, PUBLIC_OFFICES } from '../words.js';
import { countryKey, plainKey, type RefineVocabulary } from './vocabulary.js';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

/** Heads that may continue with "on/of/for + Capitalised words". */
const CONNECTORS = new Set(['on', 'of', 'for']);
/** Titles that precede or follow a name but are not part of it. */
const TITLES = new Set([
  ...PUBLIC_OFFICES,
  ...COMPANY_OFFICES,
  'official',
  'officials',
  'commander',
  'leader',
  'chief',
  'general',
  'king',
  'prince',
]);
/** Company offices: who holds one after a name ("Skyco CEO") is the company. */
const COMPANY_TITLES = new Set([...COMPANY_OFFICES, 'chief', 'executive', 'officer', 'operating', 'financial']);
/**
 * Words of job titles ("Chief Operating Officer", "Vice President"): a span of these alone names nobody.
 * Titles that are also surnames or names ("King", "Prince", "General") are not here.
 */
const TITLE_WORDS = new Set([
  ...PUBLIC_OFFICES,
  ...COMPANY_OFFICES,
  ...HONORIFICS,
  'chief',
  'executive',
  'operating',
  'financial',
  'technology',
  'officer',
  'vice',
  'deputy',
  'director',
  'managing',
  'prime',
]);

/**
 * Words after which a name is used as a place: locative prepositions, and verbs of visiting, arriving or
 * striking whose object is a location ("hit Lisbon", "visited Izmir"). Not "to" and "from": a team or a
 * firm is moved to and signed from ("a move to Aberdeen", "signed from Liverpool").
 */
const LOCATIVE_BEFORE = new Set([
  'in',
  'at',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'around',
  'toward',
  'towards',
  'throughout',
  'via',
  'hit',
  'hits',
  'struck',
  'strikes',
  'rocked',
  'battered',
  'flooded',
  'visit',
  'visits',
  'visited',
  'visiting',
  'toured',
  'reached',
  'entered',
]);
/**
 * Lower-case nouns for a kind of settlement or administrative area which, before "of", name the place
 * that follows: "the city of Quarville", "the province of Zedmark". A name after them is a place, listed
 * or not (the tagger, trained on sports results, reads a lone city as its team).
 */
const AREA_OF = new Set([
  'city',
  'town',
  'village',
  'villages',
  'towns',
  'cities',
  'province',
  'provinces',
  'region',
  'district',
  'governorate',
  'county',
  'municipality',
  'oblast',
  'prefecture',
  'republic',
  'port',
  'island',
  'hometown',
  'suburb',
  'suburbs',
  'outskirts',
]);
/**
 * Lower-case words for a part of or a direction from a place, before "of": "the centre of Quarville",
 * "north of Zedton". Weaker than `AREA_OF` ("the centre of a dispute"), so only a name the place lists
 * hold becomes a place after them.
 */
const PART_OF = new Set([
  'governor',
  'mayor',
  'people',
  'centre',
  'center',
  'heart',
  'streets',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);
/**
 * Lower-case designators right after a name that make it an administrative area: "Zedmark province",
 * "Venezuela's Quarn state", "the Zedton district". A name before them is a place, listed or not.
 */
const AREA_AFTER = new Set(['state', 'province', 'region', 'district', 'governorate', 'oblast', 'prefecture']);
/**
 * Nouns that, after a listed place's possessive, show it is the place: "Zedton's governor", "Zedton's
 * population", "Zedton's capital" (a firm or a team has no governor or population).
 */
const PLACE_ATTRIBUTES = new Set([
  'governor',
  'mayor',
  'population',
  'capital',
  'residents',
  'inhabitants',
  'borders',
  'territory',
  'provinces',
]);
/** The part of `LOCATIVE_BEFORE` that makes even a name the tagger read as a person's a place ("in Jordan", not "to Jordan"). */
const STRICT_LOCATIVE = new Set(['in', 'near', 'into', 'across', 'outside', 'inside', 'throughout']);
/**
 * Nouns that only a person has, after a possessive: kin, a funeral, a birthday ("Elian's father",
 * "Quarn's widow"). A name they follow is a person's. ("Death" and "murder" are not: "Iraq's death toll".)
 */
const PERSONAL_NOUNS = new Set([
  'father',
  'mother',
  'parents',
  'wife',
  'husband',
  'widow',
  'widower',
  'son',
  'sons',
  'daughter',
  'daughters',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'uncle',
  'uncles',
  'aunt',
  'aunts',
  'cousin',
  'cousins',
  'nephew',
  'niece',
  'grandmother',
  'grandfather',
  'grandparents',
  'grandson',
  'granddaughter',
  'great-uncle',
  'great-uncles',
  'great-aunt',
  'relatives',
  'girlfriend',
  'boyfriend',
  'fiancee',
  'fiance',
  'funeral',
  'birthday',
  // More kin: parents and step-relations, and plurals ("Elian's grandmothers", "her sole surviving parent").
  'parent',
  'wives',
  'husbands',
  'widows',
  'nieces',
  'nephews',
  'grandmothers',
  'grandfathers',
  'grandsons',
  'granddaughters',
  'grandchildren',
  'stepmother',
  'stepfather',
  'stepson',
  'stepdaughter',
  'stepbrother',
  'stepsister',
  'godfather',
  'godmother',
  'classmates',
  // A child's teachers: "Quorley's kindergarten teacher" (not "family": "Zedco's product family").
  'teacher',
  'teachers',
]);
/**
 * Nouns for a family after "the" and a name: the name is the family's surname, a person's name ("the
 * Quorley family", "the Quorley brothers", "the Quorley clan"; not "the Zedco family of funds"). Only for a
 * name the place lists do not hold: a place names where a family lives ("the Miami family", "the Miami
 * relatives", so "relatives" and "families" are not here).
 */
const FAMILY_NOUNS = new Set([
  'family',
  'families',
  'brothers',
  'sisters',
  'clan',
  'household',
  'dynasty',
  'siblings',
  'twins',
]);
/**
 * Cricket scorecards name people by their part in a dismissal: "Quorley c Zedby b Marten 43", "Quorley
 * not out 12", "Quorley run out 4", "lbw b Marten". Words right after a batsman's name …
 */
const DISMISSAL_AFTER = new Set(['c', 'b', 'st', 'lbw', 'not out', 'run out', 'c and', 'retired hurt']);
/** The first words of `DISMISSAL_AFTER`'s phrases of two words. */
const DISMISSAL_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...DISMISSAL_AFTER].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))),
);
/** … and right before a fielder's or a bowler's name ("c Zedby", "b Marten", "st Zedby", "c and b Marten"). */
const DISMISSAL_BEFORE = new Set(['c', 'b', 'st']);
/** Courtesy titles that only precede a person's name. */
/** Offices whose holder's name follows the capitalised title (`PUBLIC_OFFICES`, shared word list). */
const OFFICE_TITLES: ReadonlySet<string> = new Set(PUBLIC_OFFICES);
const COURTESY = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'miss', 'sen.', 'rep.', 'gov.']);

/** Head words of laws, treaties and documents: a name ending in one is none of our types. */
const DOCUMENT_HEADS = new Set([
  'amendment',
  'amendments',
  'act',
  'treaty',
  'accord',
  'accords',
  'constitution',
  'charter',
  'protocol',
  'declaration',
  'directive',
  'doctrine',
]);

/** Top-level domains of web addresses that name a site ("Detik.com"). */
const WEB_DOMAINS = new Set(['com', 'net', 'org']);

/** Opening quotes that may stand between a product's number and its name. */
const QUOTES = new Set(['"', '\u201c', "'", '\u2018']);

/** A model designation: "787", "A380", "737-800", "777-200LR"; not a year ("2008") nor a small count or score. */
function isModelNumber(t: Token): boolean {
  // It starts with a digit or a capital (asked of the word after every name, which rarely does).
  const c = t.text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  return /^(?:[A-Z]{1,3}-?)?\d{3,}(?:-\d+)?[A-Z]{0,3}$/.test(t.text) && !/^(?:1\d|20)\d\d$/.test(t.text);
}

/** "iPod", "iTunes", "eBay": a word whose first one or two letters are lower case and the next upper case. */
function isLowerCamel(t: Token): boolean {
  // Most words asked start with a capital or are not words: an ASCII first letter decides without the pattern.
  const c = t.text.charCodeAt(0);
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  return /^\p{Ll}{1,2}\p{Lu}/u.test(t.text);
}

/**
 * True when `[start, end)` names a product through a model designation: the designation alone ("A380"),
 * a suffix written onto it ("777-200" "LR"), or a name after it when the designation has letters ("A350
 * XWB"), follows the maker's span ("Boeing 787 Dreamliner") or a determiner ("the new 787 Dreamliner";
 * not a count: "about 100 Air France workers"; score tables put numbers before the names after numbers).
 */
function namesModel(tokens: readonly Token[], start: number, end: number, previous: TokenSpan | undefined): boolean {
  if (end - start === 1 && isModelNumber(tokens[start]!)) return true;
  let k = start - 1;
  if (k >= 0 && QUOTES.has(tokens[k]!.text)) k--;
  if (k < 0 || !isModelNumber(tokens[k]!) || tokens[k]!.sentence !== tokens[start]!.sentence) return false;
  if (k === start - 1 && !tokens[start]!.spaceBefore) return true;
  if (previous !== undefined && previous.cls === MISC && previous.end === k + 1) return true;
  if (/\p{L}|-/u.test(tokens[k]!.text)) return true;
  const before = k > 0 ? tokens[k - 1]! : null;
  return before !== null && before.sentence === tokens[k]!.sentence && PRODUCT_DETERMINERS.has(lower(k - 1));
}

/** Words before a bare model number that make it a product's ("the 787", "new 787"), unlike a count ("about 100"). */
const PRODUCT_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'new',
  'its',
  'their',
  'his',
  'her',
  'our',
  'first',
  'latest',
  'last',
  'next',
]);

/**
 * `/^\d{min,max}$/.test(t)` (with `sign`, `/^-?\d{min,max}$/`) by character: the rules ask it of the word after
 * most names.
 */
function isDigits(t: string, min: number, max: number, sign = false): boolean {
  let i = sign && t.charCodeAt(0) === 45 ? 1 : 0;
  const n = t.length - i;
  if (n < min || n > max) return false;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `/^(up|down|off)$/.test(w)`, without the pattern. */
function isUpDownOff(w: string): boolean {
  return w === 'up' || w === 'down' || w === 'off';
}

function isHyphen(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** True when tokens `k-1` and `k` are written together (no whitespace between them). */
function joined(tokens: readonly Token[], k: number): boolean {
  return (
    k > 0 &&
    k < tokens.length &&
    tokens[k - 1]!.end === tokens[k]!.start &&
    tokens[k - 1]!.sentence === tokens[k]!.sentence
  );
}

function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII (NaN for "" compares false): no string is made
  return s[0] !== s[0]!.toLowerCase();
}

/**
 * Lower-cased token texts of the document being refined, each computed once: the rules ask for the same
 * few words (a name's head, the word before it) several times. Filled on demand; `lowerStamp[k]` says for
 * which call of `refineSpans` slot k was filled.
 */
let lowerTexts: string[] = [];
let lowerStamp = new Int32Array(0);
let lowerEpoch = 0;
let lowerTokens: readonly Token[] = [];
/** The document's own lower-cased forms when the caller has them (the annotate stage makes them once). */
let documentLowerForms: readonly string[] | null = null;

/**
 * Per token of the document being refined, the code of its first character, and where its characters start
 * (token k has `charStarts[k + 1] - charStarts[k]`), read once per call of `refineSpans` (or taken from the
 * tagger's `LoweredTokens`, which read them already): the passes that walk every token (`retypeOrAddNames`
 * twice, `groupsNamedAgain`, `initialsOfGroups`) decide most tokens from these alone, where reading each
 * token's text from its string cost a cache miss per token and pass.
 */
let firstCodes = new Uint16Array(0);
let charStarts = new Int32Array(1);
let ownFirstCodes = firstCodes;
let ownCharStarts = charStarts;
/** Per token of the document being refined, its sentence (`tokens[k].sentence`), read in the same loop. */
let sentenceIds = new Int32Array(0);
/**
 * Per token k of the document being refined, the first token at or after k that starts upper case
 * (`startsUpperAt`; the token count when none): a pass looking for capitalised runs skips to it.
 */
let nextUpper = new Int32Array(0);
/** The tokens of the document being refined that start with a lower-case ASCII letter, in order (`lowerStartCount`). */
let lowerStarts = new Int32Array(0);
let lowerStartCount = 0;

/** The length of token k's text (of the document being refined). */
function textLength(k: number): number {
  return charStarts[k + 1]! - charStarts[k]!;
}

function beginLower(
  tokens: readonly Token[],
  forms: readonly string[] | undefined,
  lowered: LoweredTokens | undefined,
): void {
  lowerTokens = tokens;
  const n = tokens.length;
  if (sentenceIds.length < n) {
    sentenceIds = new Int32Array(Math.max(n, 2 * sentenceIds.length));
    nextUpper = new Int32Array(sentenceIds.length + 1);
    lowerStarts = new Int32Array(sentenceIds.length);
  }
  lowerStartCount = 0;
  if (lowered !== undefined) {
    // The tagger read every token's first character, length and capital already (`caseTable`).
    firstCodes = lowered.first;
    charStarts = lowered.start;
    const upper = lowered.upper;
    for (let k = 0; k < n; k++) {
      sentenceIds[k] = tokens[k]!.sentence;
      const c = firstCodes[k]!;
      if (c >= 97 && c <= 122) lowerStarts[lowerStartCount++] = k;
    }
    nextUpper[n] = n;
    for (let k = n - 1; k >= 0; k--) nextUpper[k] = (upper[k]! & 1) !== 0 ? k : nextUpper[k + 1]!;
  } else {
    if (ownFirstCodes.length < n) {
      ownFirstCodes = new Uint16Array(Math.max(n, 2 * ownFirstCodes.length));
      ownCharStarts = new Int32Array(ownFirstCodes.length + 1);
    }
    firstCodes = ownFirstCodes;
    charStarts = ownCharStarts;
    let at = 0;
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!;
      const text = t.text;
      const c = text.length === 0 ? 0 : text.charCodeAt(0);
      firstCodes[k] = c;
      charStarts[k] = at;
      at += text.length;
      sentenceIds[k] = t.sentence;
      if (c >= 97 && c <= 122) lowerStarts[lowerStartCount++] = k;
    }
    charStarts[n] = at;
    nextUpper[n] = n;
    for (let k = n - 1; k >= 0; k--) {
      const c = firstCodes[k]!;
      const upper = c < 128 ? c >= 65 && c <= 90 : startsUpper(tokens[k]!.text);
      nextUpper[k] = upper ? k : nextUpper[k + 1]!;
    }
  }
  documentLowerForms = forms !== undefined && forms.length === n ? forms : null;
  if (lowerStamp.length < n) {
    lowerStamp = new Int32Array(Math.max(n, 2 * lowerStamp.length));
    lowerTexts = new Array<string>(lowerStamp.length).fill('');
    lowerEpoch = 0;
  }
  lowerEpoch = (lowerEpoch + 1) | 0;
  if (lowerEpoch === 0) {
    lowerStamp.fill(0);
    lowerEpoch = 1;
  }
}

/** `tokens[k].text.toLowerCase()` for the tokens of the current `refineSpans` call. */
function lower(k: number): string {
  if (documentLowerForms !== null) return documentLowerForms[k]!;
  if (lowerStamp[k] === lowerEpoch) return lowerTexts[k]!;
  const w = lowerTokens[k]!.text.toLowerCase();
  lowerStamp[k] = lowerEpoch;
  lowerTexts[k] = w;
  return w;
}

/** True when tokens `[a, b)` are exactly one match of gazetteer `slot` (bits from `markGazetteers`). */
function exactMatch(gaz: Int32Array, a: number, b: number, slot: number): boolean {
  if (b - a === 1) return (gaz[a]! & (1 << (4 * slot + 3))) !== 0;
  if ((gaz[a]! & (1 << (4 * slot))) === 0 || (gaz[b - 1]! & (1 << (4 * slot + 2))) === 0) return false;
  for (let k = a + 1; k < b - 1; k++) if ((gaz[k]! & (1 << (4 * slot + 1))) === 0) return false;
  return true;
}

/**
 * Applies the clean-up rules to decoded spans (in text order); `gaz` holds gazetteer match bits.
 * `lowerForms`: `tokens[k].text.toLowerCase()` for every token, when the caller has them (the document's
 * `lowerForms`); otherwise each is made when a rule first asks for it. `lowered`: the tagger's reading of
 * the same tokens (`tagDocument`'s), when the caller has it; otherwise the tokens are read here.
 */
export function refineSpans(
  tokens: readonly Token[],
  spans: readonly TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
  lowerForms?: readonly string[],
  lowered?: LoweredTokens,
): TokenSpan[] {
  beginLower(tokens, lowerForms, lowered);
  const merged: TokenSpan[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    // [Al] - [Nujaba Movement], [Iraqi] - [American …]: one name across a joined hyphen; the head decides.
    if (
      previous !== undefined &&
      previous.end + 1 === span.start &&
      isHyphen(tokens[previous.end]!) &&
      joined(tokens, previous.end) &&
      joined(tokens, span.start)
    ) {
      previous.end = span.end;
      previous.cls = span.cls;
      continue;
    }
    merged.push({ start: span.start, end: span.end, cls: span.cls });
  }
  let out: TokenSpan[] = [];
  for (let m = 0; m < merged.length; m++) {
    const span = merged[m]!;
    let { start, end, cls } = span;
    // "Iraqi-American" + "Military Committee": a nationality word followed by capitalised words that
    // end in an organisational head is the start of a group's name.
    if (cls === MISC) {
      const limit = Math.min(tokens.length, end + 4, merged[m + 1]?.start ?? tokens.length);
      let j = end;
      while (
        j < limit &&
        tokens[j]!.sentence === tokens[start]!.sentence &&
        startsUpper(tokens[j]!.text) &&
        /^\p{L}+$/u.test(tokens[j]!.text)
      )
        j++;
      if (j > end && v.groupHeads.has(lower(j - 1))) end = j;
    }
    // "al" "-" [Saadi…]: pull a particle and its hyphen in when the span starts right after them.
    if (
      start >= 2 &&
      isHyphen(tokens[start - 1]!) &&
      joined(tokens, start) &&
      joined(tokens, start - 1) &&
      v.nameParticles.has(lower(start - 2))
    )
      start -= 2;
    // "anti-Islam Party for Freedom", "pro-Kremlin United Russia": a lower-case word hyphenated to a capitalised one
    // at the start of a longer name is a modifier of the name ("anti-Islam", "pro-Kremlin", "ex-Soviet"), not part
    // of it; a name particle stays ("al-Saadi").
    if (hyphenModifierAt(tokens, start, end, v)) start++;
    // "Tehreek-e-Insaf", "Lashkar-e-Taiba", "Tehrik-i-Taliban": a name continues over a linking particle between
    // two hyphens (the Persian and Urdu ezafe, written onto both words), which the tagger leaves out.
    while (
      end + 3 < tokens.length &&
      isHyphen(tokens[end]!) &&
      isHyphen(tokens[end + 2]!) &&
      LINKING_PARTICLES.has(lower(end + 1)) &&
      joined(tokens, end) &&
      joined(tokens, end + 1) &&
      joined(tokens, end + 2) &&
      joined(tokens, end + 3) &&
      startsUpper(tokens[end + 3]!.text)
    )
      end += 4;
    // […] "-" "Capitalised": a span ending on a particle, or a person's name, continues over the hyphen.
    while (
      end + 1 < tokens.length &&
      isHyphen(tokens[end]!) &&
      joined(tokens, end) &&
      joined(tokens, end + 1) &&
      startsUpper(tokens[end + 1]!.text) &&
      (v.nameParticles.has(lower(end - 1)) || cls === PER)
    )
      end += 2;
    // "Senate" + "Committee" (+ "on Foreign Relations"): a group continues over a capitalised head.
    if (
      cls === ORG &&
      end < tokens.length &&
      tokens[end]!.sentence === tokens[start]!.sentence &&
      startsUpper(tokens[end]!.text) &&
      v.groupHeads.has(lower(end))
    )
      end++;
    // "[Zedco] Technology", "[Zedco] Automotive Inc.": a group continues over the capitalised words that end a
    // company's name (the tagger, which knows the short name, may stop before them).
    while (
      cls === ORG &&
      end < tokens.length &&
      end - start < MAX_NAME_TOKENS &&
      tokens[end]!.sentence === tokens[start]!.sentence &&
      startsUpper(tokens[end]!.text) &&
      COMPANY_NAME_ENDS.has(lower(end))
    )
      end++;
    // "Banca Quorlesi", "Banco Zedo": a name led by a word for a bank is a bank (the tagger reads an unknown
    // two-word name as a place or a person).
    if ((cls === LOC || cls === PER) && end - start >= 2 && BANK_LEADS.has(lower(start))) cls = ORG;
    // Session 21 (evprec): "Rue [Victor Hugo]", "Avenue [Habib Bourguiba]", "Lake [Victoria]": a capitalised word
    // that leads a place's name (a street word of another language, a lake, a mountain), right before a span and
    // in no span itself, opens that name: a street named after a person is a place (the check below).
    if (
      cls !== MISC &&
      start > 0 &&
      tokens[start - 1]!.sentence === tokens[start]!.sentence &&
      (merged[m - 1]?.end ?? 0) < start &&
      startsUpper(tokens[start - 1]!.text) &&
      v.geoLeads.has(lower(start - 1))
    )
      start--;
    // "Adam Air Flight 574": the flight number's "Flight" is not part of the airline's name (so "Air" heads it).
    if (
      end - start >= 2 &&
      tokens[end - 1]!.text === 'Flight' &&
      end < tokens.length &&
      /^\d+$/.test(tokens[end]!.text)
    )
      end--;
    // "Zedley's Fine Foods Inc.", "Quorn's Market Co.": a name, a possessive, capitalised words and a legal suffix are
    // one company named after its founder (the tagger stops at the possessive and reads the founder's name as a
    // place or a person); see `possessiveCompany` for what keeps "Japan's Zedco Corp." two names.
    // Not after a person's full name: "Rupert Zedley's News Corp Ltd" is his company, named for itself.
    if (cls !== MISC && !(cls === PER && end - start >= 2)) {
      const suffix = possessiveCompany(tokens, start, end, gaz, v, cls === LOC && merged[m + 1]?.start === end + 1);
      if (suffix > 0) {
        end = suffix;
        cls = ORG;
      }
    }
    const head = lower(end - 1);
    if (v.groupHeads.has(head) && startsUpper(tokens[end - 1]!.text)) {
      cls = ORG;
      // "… Committee on Foreign Relations": a connector followed by a run of capitalised words.
      const k = end;
      if (k + 1 < tokens.length && CONNECTORS.has(tokens[k]!.text) && tokens[k]!.sentence === tokens[start]!.sentence) {
        // "Armed Forces of the Democratic Republic of the Congo", "Bank of the Zed Islands": "of the" and a name.
        const from = tokens[k + 1]!.text === 'the' && k + 2 < tokens.length ? k + 2 : k + 1;
        let j = from;
        while (
          j < tokens.length &&
          tokens[j]!.sentence === tokens[start]!.sentence &&
          startsUpper(tokens[j]!.text) &&
          /^\p{L}/u.test(tokens[j]!.text) &&
          !v.calendar.has(lower(j))
        )
          j++;
        // The tagger's own span of the name after the connector is taken whole ("… of the [Democratic Republic of
        // the Congo]"), its inner "of the" included.
        const next = merged[m + 1];
        if (j > from && next !== undefined && next.start === from && next.end > j && next.cls !== MISC) j = next.end;
        if (j > from) end = j;
      }
    }
    if (cls === ORG && end - start >= 2 && headedByGroupWord(tokens, start, end, v)) {
      // "The Council of State said …", "The Zed Party won …": the capital of a sentence's first "The" is the
      // sentence's, not the name's (CoNLL-2003 keeps "The" only in titles of papers: "The Times"); not a listed name.
      if (tokens[start]!.text === 'The' && opensSentence(tokens, start) && !exactMatch(gaz, start, end, GAZ.group))
        start++;
      // "the 5th U.S. Circuit Court of Appeals", "the 2nd Zedland Army": an ordinal before a body's name numbers it.
      else if (
        start > 0 &&
        tokens[start - 1]!.sentence === tokens[start]!.sentence &&
        isOrdinal(tokens[start - 1]!.text)
      )
        start--;
    }
    // "Apple" + "Computer", [United States] + [Air Force]: a name the group list completes is that group,
    // and a place the place lists complete ([United States] of [America]) that place; the completion may
    // take in the next span, whole.
    // Every completion is two tokens or more, so it starts with a list name's first token (bit B at `start`):
    // without one the search is skipped.
    const beginsGroup = (gaz[start]! & (1 << (4 * GAZ.group))) !== 0;
    const beginsPlace = cls === LOC && (gaz[start]! & (1 << (4 * GAZ.place))) !== 0;
    if (cls !== MISC && (beginsGroup || beginsPlace)) {
      const next = merged[m + 1];
      for (let j = Math.min(tokens.length, start + MAX_NAME_TOKENS); j > end; j--) {
        if (tokens[j - 1]!.sentence !== tokens[start]!.sentence) continue;
        if (next !== undefined && j > next.start && j < next.end) continue;
        if (cls === LOC && exactMatch(gaz, start, j, GAZ.place)) {
          end = j;
          break;
        }
        if (exactMatch(gaz, start, j, GAZ.group)) {
          end = j;
          cls = ORG;
          break;
        }
      }
    }
    // "iPod Nano", "iTunes Music Store": a name led by a lower-case-first word is a product (MISC), and a
    // name right after such a word continues it. (The lists cannot rescue "eBay": gazetteer names need a
    // capitalised last token.)
    if (
      start > 0 &&
      isLowerCamel(tokens[start - 1]!) &&
      tokens[start - 1]!.sentence === tokens[start]!.sentence &&
      (merged[m - 1]?.end ?? 0) < start
    )
      start--;
    if (isLowerCamel(tokens[start]!)) cls = MISC;
    // "Development Kit", "MP3 Player": a multi-word name headed by a product or event noun is nobody's name.
    if (cls === PER && end - start >= 2 && v.productHeads.has(lower(end - 1))) cls = MISC;
    // "Detik" "." "com": a web address written onto a name is the site's owner, a group. (wink may end a
    // sentence at the dot, so contiguity is checked on offsets alone.)
    if (
      end + 1 < tokens.length &&
      tokens[end]!.text === '.' &&
      tokens[end - 1]!.end === tokens[end]!.start &&
      tokens[end]!.end === tokens[end + 1]!.start &&
      WEB_DOMAINS.has(lower(end + 1))
    ) {
      end += 2;
      cls = ORG;
    }
    // An airport is a place (CoNLL sometimes tags it ORG); a facility is never a person ("Norton Factory").
    const headWord = lower(end - 1);
    if ((cls === ORG || cls === PER) && headWord === 'airport') cls = LOC;
    // "Helmand Province", "the Andes Mountains", "Straits of Gibraltar", "Lake Geneva", "Rue Cler": a name
    // headed (or led) by a word for a geographic feature or an area is a place.
    // Not before a number: a team's score ("Notts County 2").
    else if (
      (cls === ORG || cls === PER) &&
      end - start >= 2 &&
      isGeoName(tokens, start, end, v) &&
      !beforeNumber(tokens, start, end)
    )
      cls = LOC;
    else if (cls === PER && v.facilityHeads.has(headWord)) cls = LOC;
    // "Chief Operating Officer", "C.E.O.": job-title words alone name nobody.
    if (allTitleWords(tokens, start, end)) continue;
    // "US Ambassador", "Skyco CEO", "Skyco Chief Executive Officer": trailing title words are dropped; what
    // remains is a place when the place lists know it, and the company when the title is a company office.
    let keep = end;
    let office = false;
    // "Zedco Technology" is a company's name, not a title's last word ("Chief Technology Officer").
    while (
      keep - start >= 2 &&
      (TITLES.has(lower(keep - 1)) || TITLE_WORDS.has(lower(keep - 1))) &&
      !(keep === end && cls === ORG && COMPANY_NAME_ENDS.has(lower(keep - 1)))
    ) {
      keep--;
      office ||= COMPANY_TITLES.has(lower(keep));
    }
    if (keep < end) {
      end = keep;
      if (exactMatch(gaz, start, end, GAZ.place)) cls = LOC;
      else if (office) cls = ORG;
    }
    // "Abu Baqir al-Saadi": kunya (Abu/Umm) + name + nisba (al-…) is a person's name.
    if (cls !== PER && end - start >= 4 && /^(abu|umm)$/i.test(tokens[start]!.text) && hasNisba(tokens, start, end))
      cls = PER;
    // A listed group is a group; a listed maker read as its product stays MISC when the text shows the
    // product: "an Airbus", "Airbus A380".
    if (cls !== ORG && exactMatch(gaz, start, end, GAZ.group) && !(cls === MISC && namesProduct(tokens, start, end)))
      cls = ORG;
    if (end - start === 1 && v.calendar.has(lower(start))) continue;
    // "C." or "J" alone: a lone initial is part of a person's name cut from its surname (a line break in a
    // score card, "Hooper 58; C." + "Tolley 4-68"), never a whole name (no PER/ORG/LOC span of CoNLL-2003 is one).
    if (end - start === 1 && tokens[start]!.text.length <= 3 && /^\p{Lu}\.?$/u.test(tokens[start]!.text)) continue;
    const previous = out[out.length - 1];
    // "Boeing 787": a listed maker with a model number is the product (CoNLL: "Airbus A310" is MISC),
    // and a name right after the product's number ("787 Dreamliner", '787 "Dreamliner"') names it too.
    if (
      cls !== PER &&
      end < tokens.length &&
      isModelNumber(tokens[end]!) &&
      tokens[end]!.sentence === tokens[start]!.sentence &&
      exactMatch(gaz, start, end, GAZ.group)
    ) {
      end++;
      cls = MISC;
    } else if (namesModel(tokens, start, end, previous)) {
      cls = MISC;
    }
    // "the S&P 500 index", "the Nasdaq composite", "the benchmark Kospi": a market index, MISC.
    // Not a place ("the Madrid general index": the city stays) nor an institution named in full before
    // "index" ("the American Stock Exchange index", "the Conference Board index": CoNLL keeps the body).
    if (
      cls !== MISC &&
      namesMarketIndex(tokens, start, end) &&
      !exactMatch(gaz, start, end, GAZ.place) &&
      !v.groupHeads.has(lower(end - 1)) &&
      !INDEX_BODIES.has(lower(end - 1))
    )
      cls = MISC;
    // "the Zedex 40 lost 4.7 percent", "the Dow Jones Industrial Average fell": an index by its move.
    else if (cls !== MISC && indexByMove(tokens, start, end)) cls = MISC;
    // "listed on the Nasdaq", "a Nasdaq listing": where shares are listed is the exchange, a group.
    else if (cls === MISC && exchangeListing(tokens, start, end)) cls = ORG;
    // "First Amendment", "Patriot Act": a multi-word name headed by a law or document word is MISC.
    if (cls !== PER && end - start >= 2 && DOCUMENT_HEADS.has(lower(end - 1))) cls = MISC;
    // "Worldwide Developers Conference", "Boston Marathon", "World Cup": a multi-word name ending in a word
    // for an event is an event, MISC. Not with an "of" in it: "Organisation of the Islamic Conference",
    // "National Conference of Bishops" are bodies.
    if (end - start >= 2 && v.eventHeads.has(lower(end - 1)) && !hasOf(tokens, start, end)) cls = MISC;
    // "2GB", "1.5MB": a unit abbreviation written onto a number is a measure, not a name (a model's
    // suffix, "777-200LR", was made MISC above and stays).
    if (
      cls !== MISC &&
      end - start === 1 &&
      start > 0 &&
      tokens[start - 1]!.end === tokens[start]!.start &&
      /^[A-Z]{2,3}$/.test(tokens[start]!.text) &&
      /\d$/.test(tokens[start - 1]!.text)
    )
      continue;
    if (previous !== undefined && start < previous.end) continue;
    out.push({ start, end, cls });
  }
  abbreviationsOfMisc(tokens, out);
  out = initialsOfGroups(tokens, out);
  productsByMaker(tokens, out, gaz, v);
  placesInContext(tokens, out, gaz, v);
  teamsInMatches(tokens, out, gaz, v);
  personsByGivenName(tokens, out, gaz, v);
  pluralNames(tokens, out, gaz, v);
  personsByEvidence(tokens, out, gaz, v);
  groupsByEvidence(tokens, out, gaz, v);
  companiesNamedLikePlaces(tokens, out, gaz, v);
  // After the company evidence: "a stake in Zedbank of America" makes "Zedbank" the group that "of America" follows.
  out = namesAcrossSpans(tokens, out, gaz, v);
  out = unspannedCompanies(tokens, out, gaz, v);
  headlineDescriptors(tokens, out);
  out = groupsNamedAgain(tokens, out, gaz, v);
  out = listedAcronyms(tokens, out, gaz);
  out = titleCaseHeadline(tokens, out, gaz, v);
  lowerTokens = []; // hold no document after the call
  documentLowerForms = null;
  return out;
}

/** Words a title-case headline leaves in lower case (articles, conjunctions, short prepositions). */
const TITLE_MINOR_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but nor for of in on at to by as up via with from into onto over amid per vs'.split(' '),
);

/**
 * Phenomenon (session 20): a headline in title case ("Troops Kill Militants in Borno Raid, Army Says") capitalises
 * every word, so the capitals that mark a name mark every word, and the tagger reads common words into names
 * ("Borno Raid", "Army Says"). A headline restates the lead, which names the same people, groups and places in
 * running text: a span of such a headline keeps the longest run of its words that a span below the headline
 * spells (the whole of it or a part: "Borno Raid" → "Borno"; "Tinubu" for "Bola Tinubu"), with that span's class
 * when it spells it whole; a span with no such run is kept only when the place lists hold it ("Kenya") and dropped
 * otherwise. A headline is the article's first line, with no final full stop, whose words are all capitalised but
 * for the minor words of title case, at least three of them, with some lower-case letters (a line in capitals has
 * rules of its own). Lines of running text and headlines in sentence case are left alone.
 */
function titleCaseHeadline(
  tokens: readonly Token[],
  spans: TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
): TokenSpan[] {
  if (tokens.length === 0 || spans.length === 0) return spans;
  const line = tokens[0]!.sentence;
  let end = 0;
  let words = 0;
  let hasLower = false;
  while (end < tokens.length && tokens[end]!.sentence === line) {
    const text = tokens[end]!.text;
    end++;
    if (!/^\p{L}/u.test(text)) continue;
    if (/\p{Ll}/u.test(text)) hasLower = true;
    if (TITLE_MINOR_WORDS.has(lower(end - 1))) continue;
    if (!startsUpper(text)) return spans;
    words++;
  }
  if (words < 3 || !hasLower || tokens[end - 1]!.text === '.' || end === tokens.length) return spans;
  // The words of every span below the headline, lower-cased.
  const below: Array<{ words: string[]; cls: number }> = [];
  for (const sp of spans) {
    if (sp.start < end) continue;
    const w: string[] = [];
    for (let k = sp.start; k < sp.end; k++) w.push(lower(k));
    below.push({ words: w, cls: sp.cls });
  }
  const out: TokenSpan[] = [];
  for (const sp of spans) {
    if (sp.start >= end) {
      out.push(sp);
      continue;
    }
    const n = sp.end - sp.start;
    let found: { from: number; len: number; cls: number } | null = null;
    for (let len = n; len >= 1 && found === null; len--)
      for (let i = 0; i + len <= n && found === null; i++)
        for (const b of below) {
          const at = runIn(b.words, sp.start + i, len);
          if (at < 0) continue;
          // A span below spelling the run whole gives its class ("Boston" below, not "Boston Marathon").
          if (at === 0 && b.words.length === len) {
            found = { from: i, len, cls: b.cls };
            break;
          }
          found ??= { from: i, len, cls: sp.cls };
        }
    if (found === null) {
      if (knownPlace(tokens, gaz, v, sp.start, sp.end)) out.push(sp);
      continue;
    }
    if (found.len === n) out.push(sp);
    else out.push({ start: sp.start + found.from, end: sp.start + found.from + found.len, cls: found.cls });
  }
  return out;
}

/** Where the `len` lower-cased words from token `from` stand as a run in `words`, or -1. */
function runIn(words: readonly string[], from: number, len: number): number {
  for (let at = 0; at + len <= words.length; at++) {
    let k = 0;
    while (k < len && words[at + k] === lower(from + k)) k++;
    if (k === len) return at;
  }
  return -1;
}

/**
 * Exchange groups that name each of their markets by its city ("Nasdaq Helsinki", "Euronext Paris"): the city
 * is part of the exchange's name.
 */
const EXCHANGE_OPERATORS = new Set(['nasdaq', 'nasdaq omx', 'omx', 'euronext']);

/**
 * Names the tagger cut in two at a word it reads as a place:
 * - an exchange group's name before a listed city is that market, one group ("Nasdaq Helsinki", "shares listed on
 *   Euronext Zedville"; the tagger reads the operator as the index it runs and the city as a place); not before a
 *   number, which makes it an index ("the OMX Helsinki 25");
 * - a group followed by "of America" is the group's American arm, named so ("Zedco of America", "Quorley Motors
 *   of America"): US subsidiaries of foreign companies take that name, and the tagger reads "America" as the place.
 *   Only "America": "Zedco of Japan" is more often the company and its country.
 * Returns the spans in text order.
 */
function namesAcrossSpans(
  tokens: readonly Token[],
  spans: TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const s = tokens[a.start]!.sentence;
    if (b !== undefined && tokens[b.start]!.sentence === s && b.cls !== MISC) {
      const after = b.end < tokens.length && tokens[b.end]!.sentence === s ? tokens[b.end]!.text : '';
      const market =
        b.start === a.end &&
        EXCHANGE_OPERATORS.has(spanText(tokens, a).toLowerCase()) &&
        knownPlace(tokens, gaz, v, b.start, b.end) &&
        !/^\d/.test(after);
      const american =
        a.cls === ORG &&
        b.start === a.end + 1 &&
        b.end === b.start + 1 &&
        tokens[a.end]!.text === 'of' &&
        tokens[b.start]!.text === 'America';
      if (market || american) {
        out.push({ start: a.start, end: b.end, cls: ORG, ownEvidence: true });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * A person's name is singular and takes no article, so a plural name after "the" names several people as
 * one: a band ("the Beatles", "the Rolling Stones"), a team ("the Yankees"), a group of performers. A span
 * the tagger read as a person, right after "the" in its sentence, whose last word is a plural (ends in "s";
 * not "ss", "us", "is", "as", "os": "Ross", "Marcus", "Louis", "Thomas", "Carlos") is a group. Not when the
 * article names a person by the singular ("the Quorleys" with "Anna Quorley": a family, its people), nor
 * when the place lists hold the name ("the Philippines").
 */
function pluralNames(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array, v: RefineVocabulary): void {
  let surnames: Set<string> | null = null;
  for (const sp of spans) {
    if (sp.cls !== PER || sp.start < 1 || lower(sp.start - 1) !== 'the') continue;
    if (tokens[sp.start - 1]!.sentence !== tokens[sp.start]!.sentence) continue;
    const last = tokens[sp.end - 1]!.text;
    if (last.length < 4 || !startsUpper(last) || !/[^suiao]s$/.test(last)) continue;
    if (knownPlace(tokens, gaz, v, sp.start, sp.end)) continue;
    if (surnames === null) {
      surnames = new Set();
      for (const other of spans) if (other.cls === PER) surnames.add(tokens[other.end - 1]!.text);
    }
    if (surnames.has(last.slice(0, -1)) || (last.endsWith('es') && surnames.has(last.slice(0, -2)))) continue;
    sp.cls = ORG;
  }
}

/** Lower-case particles written between two hyphens inside a name ("Tehreek-e-Insaf", "Tehrik-i-Taliban"). */
const LINKING_PARTICLES = new Set(['e', 'i', 'ul', 'ut', 'ud']);

/**
 * True when `[start, end)` opens with a lower-case word hyphenated to a capitalised one, written as one token
 * ("anti-Islam", "pro-Kremlin"), and goes on with a capitalised word: a modifier before the name. Not a name
 * particle ("al-Saadi").
 */
function hyphenModifierAt(tokens: readonly Token[], start: number, end: number, v: RefineVocabulary): boolean {
  const c = firstCodes[start]!;
  if (c < 97 || c > 122 || start + 1 >= end || !startsUpper(tokens[start + 1]!.text)) return false;
  const t = tokens[start]!.text;
  const h = t.indexOf('-');
  // At least two letters before the hyphen: "x-Zedton" marks a seeded team in a draw, and the team keeps it.
  return h > 1 && h + 1 < t.length && startsUpper(t.slice(h + 1)) && !v.nameParticles.has(lower(start).slice(0, h));
}

/**
 * True when the name `[start, end)` is headed by a capitalised word for a body: its last word, or the word before
 * its first "of/on/for" ("Council of State", "Party for Freedom", "Court of Appeals").
 */
function headedByGroupWord(tokens: readonly Token[], start: number, end: number, v: RefineVocabulary): boolean {
  let head = end - 1;
  for (let k = start + 1; k < end - 1; k++)
    if (CONNECTORS.has(tokens[k]!.text)) {
      head = k - 1;
      break;
    }
  return v.groupHeads.has(lower(head)) && startsUpper(tokens[head]!.text);
}

/** True when token k opens its sentence, or follows only an opening quote there. */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  if (k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence) return true;
  return QUOTES.has(tokens[k - 1]!.text) && (k === 1 || tokens[k - 2]!.sentence !== tokens[k]!.sentence);
}

/** "1st", "2nd", "23rd", "101st": an ordinal written in digits. */
function isOrdinal(t: string): boolean {
  const n = t.length;
  if (n < 3 || n > 5) return false;
  const suffix = t.slice(n - 2).toLowerCase();
  return (
    (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') && isDigits(t.slice(0, n - 2), 1, 3)
  );
}

/** True when the word "of" is inside `[start, end)`. */
function hasOf(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) if (tokens[k]!.text === 'of') return true;
  return false;
}

/**
 * An abbreviation defined in parentheses right after an event's or a product's name is that event or
 * product ("Software Development Kit (SDK)", "Worldwide Developers Conference (WWDC)"): MISC, there and
 * wherever else the article uses it alone. Its first letter must be the name's.
 */
function abbreviationsOfMisc(tokens: readonly Token[], spans: TokenSpan[]): void {
  const defined = new Set<string>();
  for (let i = 1; i < spans.length; i++) {
    const name = spans[i - 1]!;
    const sp = spans[i]!;
    if (name.cls !== MISC || sp.cls === MISC || sp.end - sp.start !== 1) continue;
    const abbr = tokens[sp.start]!.text;
    if (
      sp.start === name.end + 1 &&
      tokens[name.end]!.text === '(' &&
      tokens[sp.end]?.text === ')' &&
      /^[A-Z][A-Z0-9]{1,5}$/.test(abbr) &&
      abbr[0] === tokens[name.start]!.text[0]
    )
      defined.add(abbr);
  }
  if (defined.size === 0) return;
  for (const sp of spans) if (sp.end - sp.start === 1 && defined.has(tokens[sp.start]!.text)) sp.cls = MISC;
}

/** True when a number follows the name in its sentence (a score after a team's name: "Chicago 5"). */
function beforeNumber(tokens: readonly Token[], start: number, end: number): boolean {
  if (end >= tokens.length || tokens[end]!.sentence !== tokens[start]!.sentence) return false;
  const c = tokens[end]!.text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** True for the possessive ending as wink splits it off a name: `'s`, `’s` (any case). */
function isPossessive(t: Token | undefined): boolean {
  if (t === undefined || t.text.length !== 2) return false;
  const q = t.text.charCodeAt(0);
  const s = t.text.charCodeAt(1);
  return (q === 0x27 || q === 0x2019) && (s === 0x73 || s === 0x53);
}

/** True when a name is headed by a geographic word (before an "of" tail: "Straits of Gibraltar") or led by one. */
function isGeoName(tokens: readonly Token[], start: number, end: number, v: RefineVocabulary): boolean {
  let head = end - 1;
  for (let k = start + 1; k < end - 1; k++)
    if (tokens[k]!.text === 'of') {
      head = k - 1;
      break;
    }
  const first = tokens[start]!.text;
  return (
    (startsUpper(tokens[head]!.text) && v.geoHeads.has(lower(head))) ||
    (startsUpper(first) && v.geoLeads.has(lower(start)))
  );
}

/**
 * One sense per article for people: a group or place span that no list holds, with a person's evidence —
 * a possessive before a noun only people have ("Elian's father") or a capitalised courtesy title before
 * it ("Dr. Quarn"; not the verb in "will miss Quarn") — is a person, and so is every other span of the same words in the article that no list holds
 * ("Elian" wherever the tagger read it as a group).
 *
 * The same for a name no list holds between "the" and a word for a family (`FAMILY_NOUNS`), not before
 * "of": "the Quorley family", "the Quorley brothers" (not "the Zedco family of funds", nor "the Miami
 * family", a listed place).
 *
 * Evidence that a name is a person's whatever the lists say (a town's name is a common surname: Castro,
 * Clinton, Salisbury), unless the name is a country, a region or a listed group:
 * - "Quorley, 41, said": an age between commas right after the name (not in a table: no number before
 *   the name or after the second comma);
 * - a part in a cricket dismissal: "Quorley c Zedby b Marten 43", "Quorley not out 12", "Quorley 53 not
 *   out", "c and b Marten" (`DISMISSAL_AFTER`, `DISMISSAL_BEFORE`; the tagger reads a name before a
 *   number as a team).
 */
function personsByEvidence(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array, v: RefineVocabulary): void {
  const text = (sp: TokenSpan): string => {
    let t = '';
    for (let k = sp.start; k < sp.end; k++) t += `${k > sp.start ? ' ' : ''}${tokens[k]!.text}`;
    return t;
  };
  const persons = new Set<string>();
  for (const sp of spans) {
    if (sp.cls !== ORG && sp.cls !== LOC) continue;
    const s = tokens[sp.start]!.sentence;
    const title = sp.start > 0 ? tokens[sp.start - 1]! : undefined;
    const possessed = isPossessive(tokens[sp.end]) && personalNounAfter(tokens, sp.end + 1, s);
    // A capitalised public office right before a name is its holder's title ("President Barack Obama",
    // "Chancellor Quorley"): an office is held by a person, so the name after it is one.
    const titled =
      title !== undefined &&
      title.sentence === s &&
      startsUpper(title.text) &&
      (COURTESY.has(lower(sp.start - 1)) || OFFICE_TITLES.has(lower(sp.start - 1)));
    // A name the lists hold keeps its class ("England's sons" of a song, "Miss Monaco").
    const listed = exactMatch(gaz, sp.start, sp.end, GAZ.place) || exactMatch(gaz, sp.start, sp.end, GAZ.group);
    if ((possessed || titled || familyName(tokens, sp, s)) && !listed && !beforeNumber(tokens, sp.start, sp.end)) {
      sp.cls = PER;
      persons.add(text(sp));
    } else if (personRole(tokens, sp, s) && !exactMatch(gaz, sp.start, sp.end, GAZ.group)) {
      if (namesCountryOrRegion(tokens, sp.start, sp.end, v)) continue;
      sp.cls = PER;
      if (!listed) persons.add(text(sp));
    }
  }
  if (persons.size === 0) return;
  for (const sp of spans)
    if (
      (sp.cls === ORG || sp.cls === LOC) &&
      persons.has(text(sp)) &&
      !exactMatch(gaz, sp.start, sp.end, GAZ.place) &&
      !exactMatch(gaz, sp.start, sp.end, GAZ.group)
    )
      sp.cls = PER;
}

/**
 * Words that lead place names and are also listed as given names ("North", "Port", "Prince" are in Moby's
 * lists): before a town's name they make a place ("North Quarville", "Port Zedton").
 */
const PLACE_LEADS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'port',
  'fort',
  'saint',
  'san',
  'santa',
  'new',
  'old',
  'great',
  'greater',
  'little',
  'upper',
  'lower',
  'mount',
  'cape',
  'lake',
  'royal',
]);

/**
 * Words that head names of institutions and buildings and are also listed towns ("University", Florida;
 * "Hall"): after a given name they make the institution's name ("Stanford University"), not a person's.
 */
const INSTITUTION_HEADS = new Set([
  'university',
  'college',
  'school',
  'academy',
  'church',
  'cathedral',
  'hospital',
  'bank',
  'hotel',
  'library',
  'museum',
  'theatre',
  'theater',
  'hall',
  'park',
  'square',
  'street',
  'road',
  'avenue',
  'bridge',
  'tower',
  'house',
  'palace',
  'castle',
  'club',
  'city',
  'town',
  'village',
  'county',
]);

/**
 * A town's name is often a surname (Castro, Clinton, Hamilton, Washington): a span the tagger read as a place
 * because its last word alone is a listed place, led by a given name (`v.givenNames`, data/gazetteers/given-
 * names.txt) and at most an initial or a second given name between them ("Quorley Zedton", "Quorley J.
 * Zedton"), is a person. Not when the whole span is a listed place ("Prince Albert", a town), the given name is
 * itself a place's name or a word that leads place names ("Victoria", "North", "Port": `PLACE_LEADS`), or the
 * last word heads a group, an institution, a facility, a geographic feature or a product ("Stanford
 * University", `INSTITUTION_HEADS`).
 */
function personsByGivenName(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array, v: RefineVocabulary): void {
  for (const sp of spans) {
    const n = sp.end - sp.start;
    if (sp.cls !== LOC || n < 2 || n > 3) continue;
    const first = tokens[sp.start]!.text;
    const given = lower(sp.start);
    if (!v.givenNames.has(given) || PLACE_LEADS.has(given) || !/^\p{Lu}\p{Ll}+$/u.test(first)) continue;
    if (n === 3) {
      const middle = tokens[sp.start + 1]!.text;
      if (!/^\p{Lu}\.$/u.test(middle) && !v.givenNames.has(lower(sp.start + 1))) continue;
    }
    const head = lower(sp.end - 1);
    if (
      INSTITUTION_HEADS.has(head) ||
      v.groupHeads.has(head) ||
      v.facilityHeads.has(head) ||
      v.geoHeads.has(head) ||
      v.productHeads.has(head)
    )
      continue;
    if (!knownPlace(tokens, gaz, v, sp.end - 1, sp.end)) continue;
    if (knownPlace(tokens, gaz, v, sp.start, sp.start + 1) || knownPlace(tokens, gaz, v, sp.start, sp.end)) continue;
    sp.cls = PER;
  }
}

/**
 * Nouns that, after a name's possessive, only a company has: "Zedco's shareholders", "Zedco's quarterly
 * dividend", "Zedco's chairman" (a country or a city has no shareholders; "stock" only when no market
 * follows: "Zedton's stock market").
 */
const COMPANY_NOUNS = new Set([
  'shares',
  'shareholders',
  'stockholders',
  'stock',
  'dividend',
  'dividends',
  'earnings',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'subsidiary',
  'subsidiaries',
  'chairman',
  'bankruptcy',
]);
/** Words that make "stock" a market's, not a company's: "Zedton's stock market", "stock exchange". */
const MARKET_WORDS = new Set(['market', 'markets', 'exchange', 'exchanges', 'index', 'indexes', 'indices']);
/**
 * Phrases before "of" (or "in") and a name that only a company completes: "shares of Zedco", "a stake in
 * Zedco", "chairman of Zedco", "a unit of Zedco" (not "president of", which a country has too, nor "an offer
 * for" or "the acquisition of", which a footballer has in transfer news).
 */
const COMPANY_OF = new Set([
  'shares of',
  'shareholders of',
  'stockholders of',
  'stake in',
  'chairman of',
  'executive of',
  'subsidiary of',
  'unit of',
  'shareholder of',
]);
/**
 * Nouns for a kind of company that no person is called: in apposition after a name ("Zedco, a maker of audio
 * equipment", "Zedco, the British conglomerate") or right before it in lower case ("newsstand chain Zedco",
 * "the carmaker Zedco"), the name is the company's. Not words a person's trade shares ("jewelry wholesaler
 * Jerry …", "insurer …", "publisher …", "producer …"; "carrier" names ships).
 */
const COMPANY_KINDS = new Set([
  'company',
  'firm',
  'conglomerate',
  'manufacturer',
  'retailer',
  'chain',
  'bank',
  'carmaker',
  'automaker',
  'brewer',
  'utility',
]);
/** In apposition only ("Zedco, a maker of engineered products"; "film maker Quorley" is a person). */
const COMPANY_KINDS_AFTER = new Set([...COMPANY_KINDS, 'maker', 'concern']);
/** Verbs of a share price's move after a company's name when a figure follows: "Zedco rose 1/8", "Zedco fell $2". */
const PRICE_MOVES = new Set(['rose', 'fell', 'gained', 'slipped', 'dropped', 'climbed', 'jumped', 'eased', 'declined']);

/** The last words of the `COMPANY_OF` phrases ("of", "in"): only after one of them is the phrase looked up. */
const COMPANY_OF_ENDS: ReadonlySet<string> = new Set([...COMPANY_OF].map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** True when `w` starts with a digit or "$" (a figure: "6.48", "$2"). */
function isFigure(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 36;
}

/**
 * True when the words around span `sp` (sentence `s`) show a company (see `groupsByEvidence`): a possessive
 * before a noun only companies have ("Zedco's shareholders"; not "Zedton's stock market"), a phrase only a
 * company completes ("shares of Zedco"), a kind of company before it ("conglomerate Zedco") or in
 * apposition after it ("Zedco, a chip maker"), or a share price's move ("Zedco closed up 6.48", "Zedco rose
 * $2"; not after "in"/"at": "the index in Zedton closed up 6.48"). Read in order of cost, stopping at the
 * first found: most names have none.
 */
function companyEvidence(tokens: readonly Token[], sp: TokenSpan, s: number, before: Token | undefined): boolean {
  if (companyPhrase(tokens, sp, s, before)) return true;
  const e = sp.end;
  const after = wordIn(tokens, e, s);
  if (wordIn(tokens, sp.start - 1, s) === 'in' || wordIn(tokens, sp.start - 1, s) === 'at') return false;
  return (
    ((after === 'was' || after === 'were' || after === 'closed' || after === 'ended') &&
      isUpDownOff(wordIn(tokens, e + 1, s)) &&
      isFigure(wordIn(tokens, e + 2, s))) ||
    (PRICE_MOVES.has(after) && isFigure(wordIn(tokens, e + 1, s)))
  );
}

/**
 * The part of `companyEvidence` that holds for any capitalised words, a common word's included: the phrases
 * around a name that only a company completes (all but a share price's move, which a commodity has too: "Gold
 * rose 2 percent").
 */
function companyPhrase(tokens: readonly Token[], sp: TokenSpan, s: number, before: Token | undefined): boolean {
  const e = sp.end;
  const after = wordIn(tokens, e, s);
  if (
    (after === "'s" || after === '\u2019s') &&
    COMPANY_NOUNS.has(wordIn(tokens, e + 1, s)) &&
    !(wordIn(tokens, e + 1, s) === 'stock' && MARKET_WORDS.has(wordIn(tokens, e + 2, s)))
  )
    return true;
  const one = wordIn(tokens, sp.start - 1, s);
  if (COMPANY_OF_ENDS.has(one) && COMPANY_OF.has(`${wordIn(tokens, sp.start - 2, s)} ${one}`)) return true;
  if (before !== undefined && before.sentence === s && COMPANY_KINDS.has(before.text)) return true;
  if (companyApposition(tokens, e, s)) return true;
  if (roleAtCompany(tokens, sp.start, s)) return true;
  // "Zedco shares rose 2 percent": a name's shares that move are a listed company's.
  if ((after === 'shares' || after === 'stock') && MARKET_MOVES.has(wordIn(tokens, e + 1, s))) return true;
  // "a sell rating on Zedco stock", "Zedco stockholders will vote": a name's stock or stockholders are a company's
  // ("shares" alone may be a verb, "Quorley shares the view"; "Zedton stock market", "… stock and bond markets" are
  // a place's; "Stock symbol" in a table is a heading).
  if (
    (after === 'stock' || after === 'stockholders' || after === 'shareholders') &&
    firstCodes[e]! >= 97 &&
    !MARKET_WORDS.has(wordIn(tokens, e + 1, s)) &&
    wordIn(tokens, e + 1, s) !== 'and' &&
    wordIn(tokens, e + 1, s) !== 'or'
  )
    return true;
  // "who founded Zedco in 2007": what a person founds and names is a firm or a body, not a person.
  if (one === 'founded' || one === 'co-founded' || one === 'cofounded') return true;
  return marketMoversAfter(tokens, e, s);
}

/**
 * One sense per article for companies: a person or place span that no list holds (and that is no country,
 * region or first-level division) is a group when its sentence gives it what only a company has — a
 * possessive before a company noun ("Zedco's shareholders", `COMPANY_NOUNS`), a phrase before it that a
 * company completes ("shares of Zedco", "chairman of Zedco", `COMPANY_OF`), a kind of company in apposition
 * or right before it ("Zedco, a maker of audio equipment", "newsstand chain Zedco", `COMPANY_KINDS`), or a
 * share price's move after it ("Zedco was up 1/8", "Zedco rose $2"; not after "in": a market's place) — and so is every other span of the same words in the article that no
 * list holds. The tagger, trained mostly on people and places in short news, reads an unknown one-word
 * company ("Zedco") as either.
 */
function groupsByEvidence(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array, v: RefineVocabulary): void {
  const unlisted = (sp: TokenSpan): boolean =>
    !knownPlace(tokens, gaz, v, sp.start, sp.end) && !exactMatch(gaz, sp.start, sp.end, GAZ.group);
  const groups = new Set<string>();
  for (const sp of spans) {
    if (sp.cls !== PER && sp.cls !== LOC && sp.cls !== ORG) continue;
    const s = tokens[sp.start]!.sentence;
    const before = sp.start > 0 ? tokens[sp.start - 1]! : undefined;
    if (!companyEvidence(tokens, sp, s, before)) continue;
    // A group the tagger read with a company's evidence in its sentence types the same words elsewhere too
    // ("Zedco names new chief" in a headline, read as a person, beside "who founded Zedco").
    if (sp.cls === ORG) {
      if (unlisted(sp)) groups.add(spanText(tokens, sp));
      continue;
    }
    // A given name or a courtesy title makes a person whatever the trade ("Dr. Quorley, the newsletter's maker").
    // A one-word span is a surname or a maker's name as often as a given name ("shares of Ford"), so the
    // given name counts only before another word.
    // Not against "an analyst at Zedco Sandler": a trade held at the name makes it the employer, whoever
    // it is named after.
    const personal =
      ((sp.end - sp.start >= 2 && v.givenNames.has(wordIn(tokens, sp.start, s))) ||
        (before !== undefined && COURTESY.has(lower(sp.start - 1)))) &&
      !roleAtCompany(tokens, sp.start, s);
    if (personal || !unlisted(sp)) continue;
    if (namesCountryOrRegion(tokens, sp.start, sp.end, v)) continue;
    sp.cls = ORG;
    sp.ownEvidence = true;
    groups.add(spanText(tokens, sp));
  }
  if (groups.size === 0) return;
  // A maker named after its founder ("Henry Ford" … "shares of Ford" … "Ford, 58, has led the board"): where
  // the article names a person whose name ends in the word, the word is the company only where its own
  // sentence says so, not throughout.
  for (const sp of spans) if (sp.cls === PER && sp.end - sp.start >= 2) groups.delete(tokens[sp.end - 1]!.text);
  for (const sp of spans)
    if ((sp.cls === PER || sp.cls === LOC) && groups.has(spanText(tokens, sp)) && unlisted(sp)) sp.cls = ORG;
}

/**
 * Nouns only a company has, after a possessive of a name the place lists hold ("Amazon's shareholders", "Phoenix's
 * quarterly profit"): the `COMPANY_NOUNS` a town has too ("Detroit's bankruptcy", "the city's revenue", "its
 * stock of housing") and "chairman" (a council's) left out.
 */
const COMPANY_ONLY_NOUNS = new Set(['shares', 'shareholders', 'stockholders', 'dividend', 'dividends', 'earnings']);
/** Verbs of a company's report after its name ("Zedco said quarterly sales rose", "Zedco posted a profit"). */
const REPORT_VERBS = new Set(['said', 'says', 'reported', 'reports', 'posted', 'posts', 'announced', 'forecast']);
/**
 * Words of a company's accounts and trade: after a name and a verb of reporting in the same sentence, they make the
 * name a company's ("Zedco said second-quarter profit rose", "… reported record sales"); a town's government reports
 * jobs, budgets, taxes, revenue and customers (of its utilities), not profit or sales.
 */
const ACCOUNTS_WORDS = new Set([
  'profit',
  'profits',
  'earnings',
  'sales',
  'shares',
  'shareholders',
  'dividend',
  'quarter',
  'quarterly',
  'second-quarter',
  'third-quarter',
  'fourth-quarter',
  'first-quarter',
  'subscribers',
]);

/** True when a word of `ACCOUNTS_WORDS` stands in sentence `s` from token `k` on (not "sales tax"). */
function accountsAfter(tokens: readonly Token[], k: number, s: number): boolean {
  for (; k < tokens.length && tokens[k]!.sentence === s; k++)
    if (ACCOUNTS_WORDS.has(lower(k)) && !/^tax(es)?$/.test(wordIn(tokens, k + 1, s))) return true;
  return false;
}

/**
 * A company named like a place ("Amazon", "Phoenix", "Orange"): a person or place span that the place lists hold
 * (not a country, region or first-level division, whose government may report anything) is a group when its
 * sentence shows what only a company has: a possessive before `COMPANY_ONLY_NOUNS` ("Amazon's shares"), a phrase
 * a company completes ("shares of Amazon", "a stake in Amazon", `COMPANY_OF`), or a verb of reporting right
 * after it with the words of a company's accounts later in the sentence ("Amazon said quarterly sales rose 9
 * percent"; `ACCOUNTS_WORDS`). `groupsByEvidence` leaves listed places alone, as a town's name takes most of
 * its evidence too ("Zedton rose 2 percent" is its market; "Zedton said it would cut 200 jobs" its government).
 * The same words read as a person or a place elsewhere in the article follow, unless a locative word stands before
 * them ("Amazon … its warehouse in Phoenix").
 */
function companiesNamedLikePlaces(
  tokens: readonly Token[],
  spans: TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
): void {
  let named: Set<string> | null = null;
  for (const sp of spans) {
    if (sp.cls !== PER && sp.cls !== LOC) continue;
    const s = tokens[sp.start]!.sentence;
    const after = wordIn(tokens, sp.end, s);
    const one = wordIn(tokens, sp.start - 1, s);
    // The words around the name first: most names have none of them, and the list look-ups cost more.
    const company =
      (isPossessive(tokens[sp.end]) &&
        tokens[sp.end]!.sentence === s &&
        COMPANY_ONLY_NOUNS.has(wordIn(tokens, sp.end + 1, s))) ||
      (COMPANY_OF_ENDS.has(one) && COMPANY_OF.has(`${wordIn(tokens, sp.start - 2, s)} ${one}`));
    // A report is read for a place only: a person reports a company's accounts ("Ana Brun said sales rose"), and
    // the tagger reads an unknown one-word company as either. Not after a locative word ("officials in Zedton said").
    const report =
      !company &&
      sp.cls === LOC &&
      REPORT_VERBS.has(after) &&
      !LOCATIVE_BEFORE.has(one) &&
      one !== 'of' &&
      accountsAfter(tokens, sp.end + 1, s);
    if (!(report || (company && knownPlace(tokens, gaz, v, sp.start, sp.end)))) continue;
    if (namesCountryOrRegion(tokens, sp.start, sp.end, v)) continue;
    sp.cls = ORG;
    sp.ownEvidence = true;
    (named ??= new Set()).add(spanText(tokens, sp));
  }
  if (named === null) return;
  for (const sp of spans)
    if (
      (sp.cls === PER || sp.cls === LOC) &&
      named.has(spanText(tokens, sp)) &&
      !LOCATIVE_BEFORE.has(wordIn(tokens, sp.start - 1, tokens[sp.start]!.sentence))
    )
      sp.cls = ORG;
}

/**
 * True when a company noun stands in apposition after the token before `k`: ", a maker of …", ", the British
 * conglomerate", ", a fast-growing British conglomerate": a comma, an article, up to five words of modifiers
 * (adjectives, adverbs, participles, nouns, names, hyphenated compounds), then `COMPANY_KINDS_AFTER`.
 */
function companyApposition(
  tokens: readonly Token[],
  k: number,
  s: number,
  kinds: ReadonlySet<string> = COMPANY_KINDS_AFTER,
): boolean {
  if (wordIn(tokens, k, s) !== ',') return false;
  const article = wordIn(tokens, k + 1, s);
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let j = k + 2; j < k + 8; j++) {
    const w = wordIn(tokens, j, s);
    // A possessive company noun determines another head: ", the company's chief executive" is a person's
    // apposition, the noun phrase's head being "executive".
    if (kinds.has(w)) return !isPossessive(tokens[j + 1]) || tokens[j + 1]!.sentence !== s;
    const t = tokens[j];
    if (
      t === undefined ||
      !(
        t.pos === 'ADJ' ||
        t.pos === 'ADV' ||
        t.pos === 'NOUN' ||
        t.pos === 'PROPN' ||
        (t.pos === 'VERB' && /(?:ing|ed)$/.test(w)) ||
        isHyphen(t) ||
        joined(tokens, j)
      )
    )
      return false;
  }
  return false;
}

/** The lower-case text of token `k` when it is in sentence `s`, else ''. */
function wordIn(tokens: readonly Token[], k: number, s: number): string {
  return k >= 0 && k < tokens.length && tokens[k]!.sentence === s ? lower(k) : '';
}

/** "the Quorley family", "the Quorley brothers": a name between "the" and a family noun, not before "of". */
function familyName(tokens: readonly Token[], sp: TokenSpan, s: number): boolean {
  return (
    wordIn(tokens, sp.start - 1, s) === 'the' &&
    FAMILY_NOUNS.has(wordIn(tokens, sp.end, s)) &&
    wordIn(tokens, sp.end + 1, s) !== 'of'
  );
}

/**
 * True when the words around a span in sentence `s` give it a person's role that no place or group has: an
 * age in apposition ("Quorley, 41,"), a part in a cricket dismissal ("Quorley c Zedby b Marten 43"). See
 * `personsByEvidence`.
 */
function personRole(tokens: readonly Token[], sp: TokenSpan, s: number): boolean {
  const { start, end } = sp;
  if (
    wordIn(tokens, end, s) === ',' &&
    isDigits(wordIn(tokens, end + 1, s), 1, 3) &&
    Number(wordIn(tokens, end + 1, s)) < 120 &&
    wordIn(tokens, end + 2, s) === ',' &&
    !/^\d/.test(wordIn(tokens, end + 3, s)) &&
    !/^\d/.test(wordIn(tokens, start - 1, s))
  )
    return true;
  // Scorecard words are lower case: "c", "b", "st" as words of their own.
  const after = tokens[end];
  if (after !== undefined && after.sentence === s && after.text === lower(end)) {
    const one = wordIn(tokens, end, s);
    if (DISMISSAL_AFTER.has(one)) return true;
    // The two-word phrases are built only after one of their first words.
    if (DISMISSAL_FIRST_WORDS.has(one) && DISMISSAL_AFTER.has(`${one} ${wordIn(tokens, end + 1, s)}`)) return true;
    if (wordIn(tokens, end + 1, s) === 'not' && wordIn(tokens, end + 2, s) === 'out' && /^\d+$/.test(one)) return true;
  }
  const before = start > 0 ? tokens[start - 1]! : undefined;
  return before !== undefined && before.sentence === s && DISMISSAL_BEFORE.has(before.text);
}

/**
 * True when the words from token `k` on (right after a possessive) reach a noun only people have across at
 * most three modifiers, adjectives, numbers or capitalised words: "Elian's paternal great-uncle", "Quorley's
 * Miami relatives", "Quorley's four grandparents". A hyphenated compound is read whole and by its last part
 * ("great-uncle"; wink splits it at the hyphen); any other word ends the search ("Iraq's death toll").
 */
function personalNounAfter(tokens: readonly Token[], k: number, sentence: number): boolean {
  for (let n = 0; n < 4 && k < tokens.length && tokens[k]!.sentence === sentence; n++) {
    let word = lower(k);
    let last = word;
    let next = k + 1;
    while (
      next + 1 < tokens.length &&
      isHyphen(tokens[next]!) &&
      joined(tokens, next) &&
      joined(tokens, next + 1) &&
      tokens[next + 1]!.sentence === sentence
    ) {
      last = lower(next + 1);
      word += `-${last}`;
      next += 2;
    }
    if (PERSONAL_NOUNS.has(word) || PERSONAL_NOUNS.has(last)) return true;
    const t = tokens[k]!;
    // Modifiers: adjectives, numbers, names, hyphenated compounds, participles ("sole surviving parent") and
    // nouns ("kindergarten teacher"); the noun after them must still be one only people have.
    const modifier =
      next > k + 1 ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      t.pos === 'NOUN' ||
      (t.pos === 'VERB' && word.endsWith('ing')) ||
      (t.pos === 'PROPN' && startsUpper(t.text));
    if (!modifier) return false;
    k = next;
  }
  return false;
}

/**
 * True when `[start, end)` is exactly a name of the place lists, or of the first-level divisions
 * (`v.firstLevelDivisions`: "Dagestan", "Helmand"), and not one of the group list.
 */
function knownPlace(
  tokens: readonly Token[],
  gaz: Int32Array,
  v: RefineVocabulary,
  start: number,
  end: number,
): boolean {
  if (exactMatch(gaz, start, end, GAZ.group)) return false;
  if (exactMatch(gaz, start, end, GAZ.place)) return true;
  if (v.firstLevelDivisions.size === 0 || !startsUpper(tokens[end - 1]!.text)) return false;
  // One word of ASCII letters and digits (most names): its key is its lower-cased form, already made.
  if (end - start === 1 && plainKey(tokens[start]!.text)) return v.firstLevelDivisions.has(lower(start));
  return v.firstLevelDivisions.has(countryKey(joinedText(tokens, start, end)));
}

/**
 * The place lists as evidence: a group or person span that the place lists hold exactly is a place when
 * the word before it is locative (`LOCATIVE_BEFORE`; for a person only `STRICT_LOCATIVE`), or when it is
 * listed with a place ("Lisbon and Izmir", "Lyon, Marseille or Paris"). Not when something is written onto
 * it ("Lisbon-based"), nor before a number (a team's score: "at Chicago 5").
 */
function placesInContext(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array, v: RefineVocabulary): void {
  const free = (sp: TokenSpan): boolean =>
    !(joined(tokens, sp.end) && /^[\p{L}\p{N}\-\u2010\u2011]/u.test(tokens[sp.end]!.text)) &&
    !beforeNumber(tokens, sp.start, sp.end);
  const known = (sp: TokenSpan): boolean => knownPlace(tokens, gaz, v, sp.start, sp.end);
  const candidate = (sp: TokenSpan): boolean => (sp.cls === ORG || sp.cls === PER) && known(sp) && free(sp);
  const possessive = (sp: TokenSpan): boolean => isPossessive(tokens[sp.end]);
  // Listed places made places here by their sentence: one sense per article for them (below).
  const evidenced = new Set<string>();
  datelinesAndStates(tokens, spans, gaz, v, evidenced);
  let previousEnd = -1;
  for (const sp of spans) {
    const after = previousEnd;
    previousEnd = sp.end;
    if (sp.cls !== ORG && sp.cls !== PER) continue;
    if (!free(sp)) continue;
    const sentence = tokens[sp.start]!.sentence;
    // "Zedmark province", "Quarn state": a lower-case designator after the name.
    const next = tokens[sp.end];
    if (next !== undefined && next.sentence === sentence && AREA_AFTER.has(next.text)) {
      sp.cls = LOC;
      if (known(sp)) evidenced.add(spanText(tokens, sp));
      continue;
    }
    // "Zedton's governor", "Zedton's population": a listed place's possessive before what only places have.
    const attribute = tokens[sp.end + 1];
    if (
      possessive(sp) &&
      known(sp) &&
      attribute !== undefined &&
      attribute.sentence === sentence &&
      PLACE_ATTRIBUTES.has(attribute.text)
    ) {
      sp.cls = LOC;
      evidenced.add(spanText(tokens, sp));
      continue;
    }
    if (sp.start < 1) continue;
    const before = tokens[sp.start - 1]!;
    if (before.sentence !== sentence) continue;
    // "the city of Quarville", "the province of Zedmark": the area noun names what follows (any name);
    // "the centre of Quarville", "north of Zedton": a part or a direction, for a listed place only.
    const noun = sp.start >= 2 ? tokens[sp.start - 2]! : undefined;
    if (before.text === 'of' && noun !== undefined && noun.sentence === before.sentence && after < sp.start - 2) {
      const w = noun.text;
      if (AREA_OF.has(w) || (PART_OF.has(w) && knownPlace(tokens, gaz, v, sp.start, sp.end))) {
        sp.cls = LOC;
        if (knownPlace(tokens, gaz, v, sp.start, sp.end)) evidenced.add(spanText(tokens, sp));
        continue;
      }
    }
    // The word before is read first: the list look-ups of `candidate` cost more, and most names have none.
    const word = lower(sp.start - 1);
    if (!(sp.cls === ORG ? LOCATIVE_BEFORE.has(word) : STRICT_LOCATIVE.has(word))) continue;
    // "Atlanta at Montreal": a name right before the word makes it a fixture of two teams; "in Metz's 3-1
    // win": a possessive may be a team's or a firm's.
    if (after === sp.start - 1 || possessive(sp)) continue;
    if (candidate(sp)) {
      sp.cls = LOC;
      evidenced.add(spanText(tokens, sp));
    }
  }
  // Lists: "Lisbon and Izmir", "Paris, Lyon and Marseille": a list with a place in it is a list of places.
  let i = 0;
  while (i < spans.length) {
    let j = i;
    let coordinated = false;
    while (j + 1 < spans.length) {
      const sep = separator(tokens, spans[j]!, spans[j + 1]!);
      if (sep === null) break;
      coordinated ||= sep;
      j++;
    }
    if (!coordinated) {
      i = j + 1;
      continue;
    }
    const list = spans.slice(i, j + 1);
    // Not when the list modifies a noun ("the former Blackburn and Southampton skipper": teams or firms).
    const after = list[list.length - 1]!.end;
    const modifier =
      after < tokens.length &&
      tokens[after]!.sentence === tokens[list[0]!.start]!.sentence &&
      tokens[after]!.pos === 'NOUN';
    // A list that holds a group the place lists do not know ("Ajax and Porto") is a list of groups.
    const groups = list.some((sp) => sp.cls === ORG && !knownPlace(tokens, gaz, v, sp.start, sp.end));
    if (!modifier && !groups && list.some((sp) => sp.cls === LOC))
      for (const sp of list)
        if (candidate(sp) && !allUpper(tokens, sp)) {
          sp.cls = LOC;
          evidenced.add(spanText(tokens, sp));
        }
    i = j + 1;
  }
  // One sense per article: a listed place that its sentence showed to be a place somewhere in the article
  // is a place wherever else the tagger read it as a group or a person ("Police in the city of Quarville …
  // Quarville will host the final"), unless a score, a possessive or something written onto it shows a team
  // or a firm.
  if (evidenced.size > 0)
    for (const sp of spans) if (candidate(sp) && !possessive(sp) && evidenced.has(spanText(tokens, sp))) sp.cls = LOC;
}

/** The words of a span, one space apart. */
function spanText(tokens: readonly Token[], sp: TokenSpan): string {
  let t = '';
  for (let k = sp.start; k < sp.end; k++) t += `${k > sp.start ? ' ' : ''}${tokens[k]!.text}`;
  return t;
}

/**
 * Phrases right before a name that make it a side in a match whatever else the sentence says: "drew with
 * Chelsea", "scored against Zedton". Only these turn a name the tagger read as a person into a club: a
 * person may beat or lose to another ("Clinton beat Dole", "lost to Washington 6-3 6-4" in tennis).
 */
const MATCH_ONLY = new Set([
  'drew with',
  'draw with',
  'drawn with',
  'drawing with',
  'scored against',
  'score against',
  'scoring against',
]);
/**
 * Words right before a name that make it a side when a score stands in the sentence: "beat Valencia 3-0",
 * "lost to Quarville 2-1", "a 2-1 win over Zedton" (without a score they may be an election or a bid: "Paris
 * beat London to host the Games").
 */
const MATCH_BEFORE = new Set([
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeating',
  'edged',
  'routed',
  'thrashed',
  'trounced',
  'outscored',
  'lost to',
  'lose to',
  'loses to',
  'losing to',
  'win over',
  'victory over',
  'defeat to',
  'defeat by',
  'loss to',
]);
/** The last words of the two-word phrases above ("with", "against", "to", …). */
const MATCH_PHRASE_ENDS: ReadonlySet<string> = new Set(
  [...MATCH_ONLY, ...MATCH_BEFORE].filter((p) => p.includes(' ')).map((p) => p.slice(p.indexOf(' ') + 1)),
);
/** Prepositions that introduce the opponent after a score: "drew 1-1 with Zedton", "won 2-0 against Quarville". */
const MATCH_SCORE_PREPOSITIONS = new Set(['with', 'against', 'over', 'to', 'at', 'by']);
/** Verbs right after a name that make it a side when a score stands in the sentence: "Valencia drew 1-1 with Sevilla". */
const MATCH_AFTER = new Set(['beat', 'beats', 'defeated', 'edged', 'routed', 'thrashed', 'trounced', 'drew', 'lost']);

/**
 * Lower-case nouns for a player's position or a side's staff right after a town's name: "the Zedton striker", "Quarville
 * coach Ana Brun". A town names a club there, never itself (CoNLL-2003 types such names ORG, 52 against 1 for a
 * town; a country's name before them is its national side and a place: "the England captain").
 */
const SQUAD_ROLES = new Set([
  'striker',
  'strikers',
  'midfielder',
  'midfielders',
  'goalkeeper',
  'goalkeepers',
  'goalie',
  'defender',
  'defenders',
  'winger',
  'wingers',
  'playmaker',
  'full-back',
  'fullback',
  'centre-back',
  'center-back',
  'coach',
  'manager',
  'captain',
  'skipper',
  'quarterback',
  'pitcher',
  'shortstop',
  'outfielder',
  'infielder',
  'linebacker',
]);

/** A score: "1-1", "3-0". */
function isScore(text: string): boolean {
  return /^\d+-\d+$/.test(text);
}

/**
 * Metonymy in sports news: a town's name for its club. A person or place span that the place lists hold
 * (not a country or a region: a national side keeps its country's name and is a place in CoNLL-2003,
 * "Pakistan beat England"; a state's name is left to the tagger) is a group when the sentence makes it a
 * side in a match: after "drew with" or "scored against" ("Newcastle drew with Chelsea", where the tagger
 * reads the given name); and, for a span read as a place, after or before a verb of winning or losing
 * when a score stands in the sentence ("Barcelona defeated Valencia 3-0", "Valencia drew 1-1 with
 * Sevilla"). The tagger, trained on such news, mostly reads clubs right; this catches the rest.
 */
function teamsInMatches(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array, v: RefineVocabulary): void {
  const word = (k: number, s: number): string =>
    k >= 0 && k < tokens.length && tokens[k]!.sentence === s ? lower(k) : '';
  // The words around the name are read first: they are cheap and rarely a match word, so the list
  // look-ups and the scan of the sentence for a score run only for the few spans they leave.
  const notCountry = (sp: TokenSpan): boolean => !namesCountryOrRegion(tokens, sp.start, sp.end, v);
  const listedTown = (sp: TokenSpan): boolean => knownPlace(tokens, gaz, v, sp.start, sp.end) && notCountry(sp);
  for (const sp of spans) {
    if (sp.cls !== PER && sp.cls !== LOC) continue;
    const s = tokens[sp.start]!.sentence;
    // "the Zedton striker", "Quarville coach Ana Brun": a town's name before a player's or a staff's role is the
    // club (a person's name before "coach" is read only when the place lists hold it: "Dallas coach …").
    if (SQUAD_ROLES.has(word(sp.end, s))) {
      if (sp.cls === PER ? listedTown(sp) : notCountry(sp)) sp.cls = ORG;
      continue;
    }
    const one = word(sp.start - 1, s);
    const two = MATCH_PHRASE_ENDS.has(one) ? `${word(sp.start - 2, s)} ${one}` : '';
    if (MATCH_ONLY.has(two)) {
      if (listedTown(sp)) sp.cls = ORG;
      continue;
    }
    if (sp.cls !== LOC) continue;
    // "beat Zedton", "lost to Zedton", a score before the preposition ("drew 1-1 with Zedton"), or the verb after.
    if (!(
      MATCH_BEFORE.has(one) ||
      MATCH_BEFORE.has(two) ||
      (MATCH_SCORE_PREPOSITIONS.has(one) && isScore(word(sp.start - 2, s))) ||
      MATCH_AFTER.has(word(sp.end, s))
    ))
      continue;
    let scored = false;
    for (let j = sentenceStart(tokens, sp.start); !scored && j < tokens.length && tokens[j]!.sentence === s; j++)
      scored = isScore(tokens[j]!.text);
    if (scored && listedTown(sp)) sp.cls = ORG;
  }
}

/** The first token of the sentence token `k` is in. */
function sentenceStart(tokens: readonly Token[], k: number): number {
  const s = tokens[k]!.sentence;
  while (k > 0 && tokens[k - 1]!.sentence === s) k--;
  return k;
}

/** True when every letter of the span is upper case (a headline: no case evidence). */
function allUpper(tokens: readonly Token[], sp: TokenSpan): boolean {
  for (let k = sp.start; k < sp.end; k++) {
    const t = tokens[k]!.text;
    // An ASCII word is read by character (no upper-case copy): only a small letter changes in upper case.
    let ascii = true;
    for (let i = 0; i < t.length && ascii; i++) {
      const c = t.charCodeAt(i);
      if (c >= 128) ascii = false;
      else if (c >= 97 && c <= 122) return false;
    }
    if (!ascii && t !== t.toUpperCase()) return false;
  }
  return true;
}

/**
 * What stands between two spans of one sentence in a list: null when they are not list neighbours,
 * true for "and"/"or" (", and"), false for a bare comma.
 */
function separator(tokens: readonly Token[], a: TokenSpan, b: TokenSpan): boolean | null {
  const gap = b.start - a.end;
  if (gap < 1 || gap > 2 || tokens[a.start]!.sentence !== tokens[b.start]!.sentence) return null;
  const last = tokens[b.start - 1]!.text;
  if (gap === 1 && last === ',') return false;
  if (gap === 2 && tokens[a.end]!.text !== ',') return null;
  const w = last.length <= 3 ? lower(b.start - 1) : '';
  return w === 'and' || w === 'or' ? true : null;
}
/** True when a lower-case particle hyphenated to a capitalised word occurs inside `[start, end)`. */
function hasNisba(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k + 2 < end; k++) {
    const t = tokens[k]!.text;
    if (
      (t === 'al' || t === 'el' || t === 'bin' || t === 'ibn') &&
      isHyphen(tokens[k + 1]!) &&
      joined(tokens, k + 1) &&
      joined(tokens, k + 2) &&
      startsUpper(tokens[k + 2]!.text)
    )
      return true;
  }
  return false;
}

/** True when every token of `[start, end)` is a job-title word. */
function allTitleWords(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!TITLE_WORDS.has(lower(k))) return false;
  return true;
}

/** Nouns for a market index after its name ("the Hang Seng index", "the Nikkei average", "the Nasdaq composite"). */
const INDEX_NOUNS = new Set(['index', 'indexes', 'indices', 'average', 'averages', 'composite']);

/** Heads of a body's full name that an index is named after and that stays the body ("… Stock Exchange index"). */
const INDEX_BODIES = new Set(['exchange', 'board', 'bank', 'fed', 'reserve', 'institute', 'office', 'bureau']);

/** Lower-case words that may stand between an index's name and its noun ("the Dow Jones industrial average"). */
const INDEX_MODIFIERS = new Set([
  'industrial',
  'industrials',
  'composite',
  'transportation',
  'utilities',
  'utility',
  'blue-chip',
  'all-share',
  'share',
  'stock',
  'general',
  'main',
]);

/**
 * A market index is named after its provider or exchange, often with the number of its shares ("S&P 500",
 * "FTSE 100", "Nikkei 225"), and news calls it by that name and a noun for an index, or "the benchmark" and
 * the name. The name then is the index, not the company or the exchange (CoNLL-2003 tags "FTSE 100",
 * "Nasdaq", "Dow Jones" in "the Dow Jones industrial average" MISC; MEANTIME types indices as financial,
 * not organisations): `[start, end)` is followed, in its sentence, by an optional possessive before a number
 * ("Standard & Poor's 500 index"), an optional number ("500", "-40"), at most one index modifier
 * ("industrial", "composite") and an index noun ("index", "average", "composite"); or it follows
 * "benchmark" ("the benchmark Kospi fell", "the benchmark Brent crude": a benchmark is an index, a bond or a
 * crude grade, never a company).
 */
function namesMarketIndex(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  if (start > 0 && tokens[start - 1]!.sentence === sentence && lower(start - 1) === 'benchmark') return true;
  let k = end;
  const at = (i: number): boolean => i < tokens.length && tokens[i]!.sentence === sentence;
  if (!at(k)) return false;
  const numberAt = (i: number): boolean => at(i) && isDigits(tokens[i]!.text, 2, 4, true);
  if ((tokens[k]!.text === "'s" || tokens[k]!.text === '\u2019s') && numberAt(k + 1)) k += 2;
  else if (at(k + 1) && isHyphen(tokens[k]!) && !tokens[k]!.spaceBefore && numberAt(k + 1)) k += 2;
  else if (numberAt(k)) k++;
  if (at(k) && INDEX_MODIFIERS.has(lower(k)) && at(k + 1) && INDEX_NOUNS.has(lower(k + 1))) return true;
  return at(k) && INDEX_NOUNS.has(lower(k));
}

/** True when an indefinite article before, or a model number after, shows a maker's name used for its product. */
function namesProduct(tokens: readonly Token[], start: number, end: number): boolean {
  const before = start > 0 ? tokens[start - 1]! : null;
  const after = end < tokens.length ? tokens[end]! : null;
  if (before !== null && before.sentence === tokens[start]!.sentence && /^an?$/i.test(before.text)) return true;
  return after !== null && after.sentence === tokens[start]!.sentence && /\d/.test(after.text);
}

/**
 * Words that build a company's own name or a unit's ("Zedco Motor Corp.", "Zedco Motors America", "Zedco
 * Commercial Airplanes", "Zedco Financial Services"): after a maker's name they make the span the company or
 * a part of it, never a product.
 */
const CORPORATE_WORDS = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'ag',
  'sa',
  'nv',
  'gmbh',
  'motor',
  'motors',
  'auto',
  'automotive',
  'holdings',
  'industries',
  'international',
  'technologies',
  'technology',
  'systems',
  'electronics',
  'energy',
  'entertainment',
  'studios',
  'records',
  'pictures',
  'media',
  'music',
  'labs',
  'research',
  'ventures',
  'partners',
  'capital',
  'financial',
  'finance',
  'credit',
  'securities',
  'insurance',
  'services',
  'communications',
  'networks',
  'solutions',
  'brands',
  'enterprises',
  'trust',
  'bank',
  'sales',
  'commercial',
  'airplanes',
  'aerospace',
  'defense',
  'defence',
  'trucks',
  'team',
  'racing',
  'news',
  'newspapers',
  'post',
  'times',
  'journal',
  'herald',
  'press',
  'radio',
  'television',
  'tv',
]);

/**
 * Lower-case nouns for a vehicle, an aircraft or a device right after its model's name ("the Zedco Arrow
 * sedan", "more Arrow crossovers", "the Kestrel smartphone"): the name before them is the model's.
 */
const PRODUCT_NOUNS = new Set([
  'sedan',
  'sedans',
  'hatchback',
  'hatchbacks',
  'coupe',
  'coupes',
  'convertible',
  'convertibles',
  'crossover',
  'crossovers',
  'suv',
  'suvs',
  'minivan',
  'minivans',
  'pickup',
  'pickups',
  'roadster',
  'roadsters',
  'supercar',
  'airliner',
  'airliners',
  'jetliner',
  'jetliners',
  'smartphone',
  'smartphones',
  'handset',
  'handsets',
  'laptop',
  'laptops',
  'tablet',
  'tablets',
  'console',
  'consoles',
  'compact',
  'compacts',
  'subcompact',
  'subcompacts',
  'minicar',
  'minicars',
  'wagon',
  'wagons',
]);

/** Head nouns of an apposition that makes the name before it a product ("the Zedra, Zedco's midsize sedan"). */
const PRODUCT_APPOSITION_HEADS = new Set([
  ...PRODUCT_NOUNS,
  'car',
  'model',
  'vehicle',
  'truck',
  'jet',
  'plane',
  'phone',
]);

/**
 * True when a product noun heads an apposition after the token before `k`: ", a car that …", ", its best-selling
 * model", ", Zedco's own midsize sedan": a comma, a determiner, a possessive pronoun or a name and "'s", up to four
 * modifiers, then `PRODUCT_APPOSITION_HEADS` not followed by another noun ("a car maker" is a company).
 */
function productApposition(tokens: readonly Token[], k: number, s: number): boolean {
  if (wordIn(tokens, k, s) !== ',') return false;
  let j = k + 1;
  const first = wordIn(tokens, j, s);
  if (first === 'a' || first === 'an' || first === 'the' || first === 'its' || first === 'their') j++;
  else {
    while (j < k + 4 && tokens[j]?.sentence === s && startsUpper(tokens[j]!.text)) j++;
    if (j === k + 1 || !isPossessive(tokens[j])) return false;
    j++;
  }
  for (const limit = j + 5; j < limit; j++) {
    const w = wordIn(tokens, j, s);
    if (PRODUCT_APPOSITION_HEADS.has(w)) {
      const next = tokens[j + 1];
      return next === undefined || next.sentence !== s || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
    }
    const t = tokens[j];
    if (
      t === undefined ||
      t.sentence !== s ||
      !(t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NOUN' || isHyphen(t) || joined(tokens, j))
    )
      return false;
  }
  return false;
}

/**
 * Products named by maker and model ("the Zedco Arrow", "the next Zedco Arrow", "the new Zedco Arrow GT
 * sedan") are neither the maker nor any group: MEANTIME types them products, CoNLL-2003 MISC. A span the
 * tagger read as a group, place or person is a product when a proper first part of it is a company — a
 * listed group, or a name the article itself reads as a group alone ("Zedco said … the Zedco Arrow") —
 * and the rest (the model) holds no word that builds a company's name ("Zedco Motor Corp.", "Zedco
 * Commercial Airplanes"), no head of a group, facility or area ("Zedco Foundation", "Zedco Center"), no listed
 * place ("Zedco Europe") and is no company itself ("Williams Renault"), and the words around it show a thing:
 * a determiner or possessive before it ("the", "its", "the first", "the next") or a product noun after it
 * ("sedan", "crossovers", "smartphone"). A model alone is a product before a product noun ("more Arrow
 * crossovers", "the Arrow sedan") when no list holds it and the article never reads it as a group alone. One
 * sense per article: the model's name found so is the product wherever the article uses it alone ("Demand for
 * the Arrow"), or in the plural ("10,000 Arrows"), unless a list holds it.
 */
function productsByMaker(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array, v: RefineVocabulary): void {
  let companies: Set<string> | null = null;
  let models: Set<string> | null = null;
  const text = (a: number, b: number): string => {
    let t = '';
    for (let k = a; k < b; k++) t += `${k > a ? ' ' : ''}${tokens[k]!.text}`;
    return t;
  };
  for (const sp of spans) {
    if (sp.cls === MISC) continue;
    const s = tokens[sp.start]!.sentence;
    const after = wordIn(tokens, sp.end, s);
    const nounAfter = PRODUCT_NOUNS.has(after);
    const before = wordIn(tokens, sp.start - 1, s);
    if (!nounAfter && !PRODUCT_DETERMINERS.has(before) && !isPossessive(tokens[sp.start - 1])) continue;
    companies ??= groupTexts(tokens, spans);
    const end = sp.end;
    let model = -1;
    const listed = exactMatch(gaz, sp.start, end, GAZ.group) || knownPlace(tokens, gaz, v, sp.start, end);
    for (let j = sp.start + 1; j < end && model < 0 && !listed; j++)
      if (
        // A listed company, or, before a product noun, one the article reads as a group alone that no place
        // list holds in part (a company's short name is a group alone too: "Yedioth" … "the Yedioth Ahronoth
        // daily"; a city's team: "the Zedton Rangers" beside "Zedton 3").
        (exactMatch(gaz, sp.start, j, GAZ.group) ||
          (nounAfter && companies.has(text(sp.start, j)) && (gaz[sp.start]! & (0xf << (4 * GAZ.place))) === 0)) &&
        // Before a product noun the article's own reading of the model as a group is the tagger's error
        // ("GM recalls Cruze compacts" … "Chevrolet Cruze compact cars").
        isModelName(tokens, gaz, v, j, end, nounAfter ? NO_NAMES : companies)
      )
        model = j;
    if (model < 0 && nounAfter && sp.cls !== ORG && !exactMatch(gaz, sp.start, sp.end, GAZ.group)) {
      const whole = text(sp.start, sp.end);
      if (!companies.has(whole) && !knownPlace(tokens, gaz, v, sp.start, sp.end)) model = sp.start;
    }
    // "the Zedra, Zedco's own midsize sedan", "the Zedra, a car that …": a model alone named by an apposition.
    if (
      model < 0 &&
      before === 'the' &&
      productApposition(tokens, sp.end, s) &&
      !exactMatch(gaz, sp.start, sp.end, GAZ.group) &&
      !knownPlace(tokens, gaz, v, sp.start, sp.end) &&
      isModelName(tokens, gaz, v, sp.start, sp.end, NO_NAMES)
    )
      model = sp.start;
    // "strong sales of the Zedra", "deliveries of the Quolt": a name alone after "the", led by a noun of a product's
    // trade and "of", is a model (what is sold, delivered or recalled; a company is sold "to", a place exports).
    if (
      model < 0 &&
      before === 'the' &&
      wordIn(tokens, sp.start - 2, s) === 'of' &&
      PRODUCT_TRADE.has(wordIn(tokens, sp.start - 3, s)) &&
      !listed &&
      isModelName(tokens, gaz, v, sp.start, sp.end, NO_NAMES)
    )
      model = sp.start;
    if (model < 0) continue;
    sp.cls = MISC;
    (models ??= new Set()).add(text(model, sp.end));
  }
  if (models === null) return;
  // "the Zedra and the Quolt", "the Zedra, the Quolt and the Marten": models listed beside a model are models
  // (each after "the", no list holding it, no company's word in it).
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    const s = tokens[a.start]!.sentence;
    if (
      tokens[b.start]!.sentence !== s ||
      wordIn(tokens, a.start - 1, s) !== 'the' ||
      wordIn(tokens, b.start - 1, s) !== 'the'
    )
      continue;
    const between = b.start - a.end === 2 ? wordIn(tokens, a.end, s) : '';
    if (between !== 'and' && between !== 'or' && between !== ',') continue;
    const ta = text(a.start, a.end);
    const tb = text(b.start, b.end);
    const other = models.has(ta) && !models.has(tb) ? b : models.has(tb) && !models.has(ta) ? a : null;
    if (other === null || other.cls === MISC) continue;
    // The tagger's reading of the name itself as a group is what the list overrides, so it is not asked.
    if (
      !exactMatch(gaz, other.start, other.end, GAZ.group) &&
      !knownPlace(tokens, gaz, v, other.start, other.end) &&
      isModelName(tokens, gaz, v, other.start, other.end, NO_NAMES)
    ) {
      other.cls = MISC;
      models.add(text(other.start, other.end));
      if (other === a) i = Math.max(-1, i - 2);
    }
  }
  for (const sp of spans) {
    if (sp.cls === MISC || exactMatch(gaz, sp.start, sp.end, GAZ.group)) continue;
    const t = text(sp.start, sp.end);
    if (models.has(t) || (t.endsWith('s') && models.has(t.slice(0, -1)))) sp.cls = MISC;
  }
}

/** Nouns of a product's trade before "of the" and a model's name ("sales of the Zedra", "a recall of the Quolt"). */
const PRODUCT_TRADE = new Set(['sales', 'deliveries', 'shipments', 'production', 'recall', 'recalls', 'launch']);

/** No names: for `isModelName` where the tagger's reading of the name itself is what a rule overrides. */
const NO_NAMES: ReadonlySet<string> = new Set();

/** The texts of the article's group spans (what the article itself shows to be a company). */
function groupTexts(tokens: readonly Token[], spans: readonly TokenSpan[]): Set<string> {
  const out = new Set<string>();
  for (const sp of spans) if (sp.cls === ORG) out.add(spanText(tokens, sp));
  return out;
}

/** True when tokens `[a, b)` after a maker's name can be a model's name (see `productsByMaker`). */
function isModelName(
  tokens: readonly Token[],
  gaz: Int32Array,
  v: RefineVocabulary,
  a: number,
  b: number,
  companies: ReadonlySet<string>,
): boolean {
  for (let k = a; k < b; k++) {
    const w = lower(k);
    if (
      CORPORATE_WORDS.has(w) ||
      v.groupHeads.has(w) ||
      v.facilityHeads.has(w) ||
      v.geoHeads.has(w) ||
      TITLES.has(w) ||
      TITLE_WORDS.has(w)
    )
      return false;
  }
  if (knownPlace(tokens, gaz, v, a, b) || exactMatch(gaz, a, b, GAZ.group)) return false;
  // A body's name goes on with "of"/"for"/"on" ("the Zedland High Commissioner for Refugees"); a model's does not.
  if (b < tokens.length && tokens[b]!.sentence === tokens[a]!.sentence && (lower(b) === 'of' || lower(b) === 'for'))
    return false;
  // No listed place or company in it ("Zedco Europe", "the Beatles' Apple Corps").
  for (let k = a; k < b; k++)
    if (
      exactMatch(gaz, k, k + 1, GAZ.place) ||
      exactMatch(gaz, k, k + 1, GAZ.group) ||
      (gaz[k]! & (1 << (4 * GAZ.group))) !== 0 ||
      companies.has(tokens[k]!.text)
    )
      return false;
  return !companies.has(spanText(tokens, { start: a, end: b, cls: ORG }));
}

/**
 * Names of market indexes that are also the names of their exchanges or providers ("the Nasdaq fell 3
 * percent" / "listed on the Nasdaq"; "the Nikkei"), or short names news gives indexes ("the DAX", "the
 * Kospi"), lower case. Evidence only: a name here is an index where it moves by a percentage, and an exchange
 * where shares are listed on it.
 */
const INDEX_NAMES = new Set([
  'dow',
  'dow jones',
  'nasdaq',
  'nikkei',
  'nikkei 225',
  'topix',
  'dax',
  'cac',
  'cac 40',
  'ftse',
  'ftse 100',
  'ftse 250',
  'sensex',
  'nifty',
  'kospi',
  'hang seng',
  'bovespa',
  'ibex',
  'ibex 35',
  'stoxx',
  'euro stoxx',
  'euro stoxx 50',
  's&p',
  's&p 500',
  'asx',
  'asx 200',
  'tsx',
  'merval',
  'micex',
  'smi',
  'aex',
]);

/** Words for a market's move before its size ("fell 3 percent", "shed 40 points", "down 1.4 percent"). */
const MARKET_MOVES = new Set([
  ...PRICE_MOVES,
  'lost',
  'shed',
  'slid',
  'added',
  'tumbled',
  'plunged',
  'surged',
  'soared',
  'sank',
  'advanced',
  'retreated',
  'closed',
  'ended',
  'finished',
  'edged',
  'down',
  'up',
]);

/**
 * True when `[start, end)` is a market index by its name and its move: a name ending in a capitalised noun for
 * an index ("the Dow Jones Industrial Average", "the Zedex Composite"; not a body's "… Exchange Index"), or a
 * name of `INDEX_NAMES` (with the number of its shares: "the S&P 500") followed by a move ("fell", "lost",
 * "closed", "down"; after "itself" or "index" too) and within three words a size in percent or points ("The
 * S&P 500 lost 4.7 percent", "the Nasdaq itself fell 3.9 percent"). Not any name that moves: a company's shares
 * move by percent ("Zedco fell 3 percent"), and CoNLL-2003 keeps a body whose survey moves by points ("the
 * Chicago NAPM rose 8.8 points") a group.
 */
function indexByMove(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  const at = (i: number): boolean => i < tokens.length && tokens[i]!.sentence === sentence;
  if (
    end - start >= 2 &&
    INDEX_NOUNS.has(lower(end - 1)) &&
    startsUpper(tokens[end - 1]!.text) &&
    !INDEX_BODIES.has(lower(end - 2))
  )
    return true;
  // "the Zedex 2000 up 2 percent": a name with the number of its shares that moves by percent or points is an
  // index, listed or not (no company's name ends in a number that moves).
  const numbered = end - start >= 2 && isDigits(tokens[end - 1]!.text, 2, 4) && startsUpper(tokens[start]!.text);
  // The words after the name are read first (most names are followed by no move); the name last.
  let k = end;
  const number = !numbered && at(k) && isDigits(tokens[k]!.text, 2, 3);
  if (number) k++;
  if (at(k) && (lower(k) === 'itself' || lower(k) === 'index')) k++;
  if (!at(k) || !MARKET_MOVES.has(lower(k))) return false;
  for (let j = k + 1; j <= k + 3 && at(j + 1); j++) {
    if (!isFigure(tokens[j]!.text)) continue;
    const unit = lower(j + 1);
    if (unit !== 'points' && unit !== 'percent' && unit !== '%' && unit !== 'pct') return false;
    if (numbered) return true;
    const name = spanText(tokens, { start, end, cls: MISC }).toLowerCase();
    return INDEX_NAMES.has(number ? `${name} ${tokens[end]!.text}` : name);
  }
  return false;
}

/** Words before "on (the)" that make the name after it where shares are listed ("listed on the Nasdaq"). */
const LISTED_ON = new Set(['listed', 'traded', 'trade', 'trading', 'debut', 'debuted', 'listing']);

/** True when a name of `INDEX_NAMES` is used as the exchange: "listed on the Nasdaq", "a Nasdaq listing". */
function exchangeListing(tokens: readonly Token[], start: number, end: number): boolean {
  const s = tokens[start]!.sentence;
  const after = wordIn(tokens, end, s);
  let k = start - 1;
  if (wordIn(tokens, k, s) === 'the') k--;
  if (
    after !== 'listing' &&
    after !== 'listings' &&
    !(wordIn(tokens, k, s) === 'on' && LISTED_ON.has(wordIn(tokens, k - 1, s)))
  )
    return false;
  return INDEX_NAMES.has(spanText(tokens, { start, end, cls: MISC }).toLowerCase());
}

/**
 * The postal abbreviations of the US states (and the capital's district) in AP style, lower case: a wire
 * story writes a town outside the largest cities with its state so ("DEARBORN, Mich. —", "Elkhart, Ind.,").
 * Evidence only after a name and a comma (see `datelinesAndStates`).
 */
const STATE_ABBREVIATIONS = new Set([
  'ala.',
  'ariz.',
  'ark.',
  'calif.',
  'colo.',
  'conn.',
  'del.',
  'fla.',
  'ga.',
  'ill.',
  'ind.',
  'kan.',
  'ky.',
  'la.',
  'md.',
  'mass.',
  'mich.',
  'minn.',
  'miss.',
  'mo.',
  'mont.',
  'neb.',
  'nev.',
  'n.h.',
  'n.j.',
  'n.m.',
  'n.y.',
  'n.c.',
  'n.d.',
  'okla.',
  'ore.',
  'pa.',
  'r.i.',
  's.c.',
  's.d.',
  'tenn.',
  'vt.',
  'va.',
  'wash.',
  'w.va.',
  'wis.',
  'wyo.',
  'd.c.',
]);

/** True when token `k` is a dash of a dateline ("—", "–", "-", "--"). */
function isDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text;
  return t === '\u2014' || t === '\u2013' || t === '-' || t === '--';
}

/** The index after a parenthesised run of capitalised words at `k` ("(Reuters)", "(AP)"), or -1. */
function afterAgency(tokens: readonly Token[], k: number, s: number): number {
  if (wordIn(tokens, k, s) !== '(') return -1;
  let j = k + 1;
  while (j < k + 5 && tokens[j]?.sentence === s && startsUpper(tokens[j]!.text)) j++;
  return j > k + 1 && wordIn(tokens, j, s) === ')' ? j + 1 : -1;
}

/**
 * Datelines and states. A wire story opens with where it was filed: "DETROIT (Reuters) -", "DEARBORN, Mich.
 * —", "BRUSSELS —" (the place in capitals, a state or a country after a comma, the agency in parentheses,
 * then a dash). A name in capitals that opens its line so is a place, whatever the tagger read (it reads a lone
 * capitalised city as a team or a firm), and a listed one is a place throughout the article (the one-sense
 * rule of `placesInContext`, which receives the names in `evidenced`). A bare capitalised name before a dash
 * must be listed ("SOCCER - …" opens sports headlines). And a state's abbreviation after a name and a comma
 * ("Elkhart, Ind.", "DEARBORN, Mich.") is a place (the tagger, which never saw AP abbreviations in training,
 * leaves most of them out), as is the name before it unless a company's word ends it ("CTS Corp., Ind." does
 * not occur; "Zedco Motor Co." stays a group).
 */
function datelinesAndStates(
  tokens: readonly Token[],
  spans: TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
  evidenced: Set<string>,
): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const sp = spans[i]!;
    if (sp.cls === MISC) continue;
    const s = tokens[sp.start]!.sentence;
    let k = sp.end;
    let state = -1;
    // Not with something written onto the state ("Redmond, Wash.-based company": a modifier).
    if (
      wordIn(tokens, k, s) === ',' &&
      STATE_ABBREVIATIONS.has(wordIn(tokens, k + 1, s)) &&
      !(joined(tokens, k + 2) && /^[\p{L}\p{N}\-\u2010\u2011]/u.test(wordIn(tokens, k + 2, s)))
    ) {
      state = k + 1;
      k += 2;
    } else if (wordIn(tokens, k, s) === ',' && tokens[k + 1]?.sentence === s) {
      // "WOLFSBURG, Germany —": a listed place after the comma.
      const next = spans[i + 1];
      if (next !== undefined && next.start === k + 1 && knownPlace(tokens, gaz, v, next.start, next.end)) k = next.end;
    }
    // Wires write the dateline's place in capitals ("Radnicki ( N ) - Spartak" is a fixture in a results table).
    const opensLine = (sp.start === 0 || tokens[sp.start - 1]!.sentence !== s) && allUpper(tokens, sp);
    const agency = afterAgency(tokens, k, s);
    const dateline =
      opensLine &&
      (agency > 0 ? isDash(tokens, agency) : isDash(tokens, k) && tokens[k]!.sentence === s) &&
      (k > sp.end || agency > 0 || knownPlace(tokens, gaz, v, sp.start, sp.end));
    const company = CORPORATE_WORDS.has(lower(sp.end - 1)) || v.groupHeads.has(lower(sp.end - 1));
    if ((dateline || state >= 0) && !company && sp.cls !== LOC) {
      sp.cls = LOC;
      if (knownPlace(tokens, gaz, v, sp.start, sp.end)) {
        const name = spanText(tokens, sp);
        evidenced.add(name);
        // A dateline in capitals names the place the body writes in title case.
        if (allUpper(tokens, sp))
          evidenced.add(name.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()));
      }
    }
    if (state < 0) continue;
    const next = spans[i + 1];
    if (next !== undefined && next.start === state) {
      if (next.end === state + 1) next.cls = LOC;
    } else spans.splice(i + 1, 0, { start: state, end: state + 1, cls: LOC });
  }
}

/** Words a company's name may end in that its initials leave out ("General Motors Co." → GM). */
const LEGAL_SUFFIXES = new Set([
  'co',
  'co.',
  'corp',
  'corp.',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
]);

/** The text of tokens `[start, end)` joined without spaces, as the place lists' keys are made (`countryKey`). */
function joinedText(tokens: readonly Token[], start: number, end: number): string {
  let name = '';
  for (let k = start; k < end; k++) name += tokens[k]!.text;
  return name;
}

/** True when tokens `[start, end)` name a country or a region ("Japan", "South Korea", "Latin America"). */
function namesCountryOrRegion(tokens: readonly Token[], start: number, end: number, v: RefineVocabulary): boolean {
  return v.countriesAndRegions.has(countryKey(joinedText(tokens, start, end)));
}

/**
 * The end of a company's name that runs from `[start, end)` over a possessive, up to three capitalised words and a
 * capitalised legal suffix ("Zedley" + "'s Fine Foods Inc."), or 0. Not when the first part is a country or region
 * ("Japan's Zedco Corp.": the possessive places the company), nor when the words after the possessive hold a listed
 * group or place ("Detroit's General Motors Co."), nor for a listed place the tagger read as a place with the next
 * words a name of their own (`nextSpanAfter`: "Quarville's [Zedco Inc.]").
 */
function possessiveCompany(
  tokens: readonly Token[],
  start: number,
  end: number,
  gaz: Int32Array,
  v: RefineVocabulary,
  nextSpanAfter: boolean,
): number {
  if (!isPossessive(tokens[end])) return 0;
  const s = tokens[start]!.sentence;
  let j = end + 1;
  while (j < end + 5 && j < tokens.length && tokens[j]!.sentence === s && startsUpper(tokens[j]!.text)) {
    if (LEGAL_SUFFIXES.has(lower(j))) break;
    if ((gaz[j]! & ((0xf << (4 * GAZ.group)) | (0xf << (4 * GAZ.place)))) !== 0) return 0;
    j++;
  }
  if (j >= tokens.length || tokens[j]!.sentence !== s || !startsUpper(tokens[j]!.text) || !LEGAL_SUFFIXES.has(lower(j)))
    return 0;
  if (namesCountryOrRegion(tokens, start, end, v)) return 0;
  if (nextSpanAfter && knownPlace(tokens, gaz, v, start, end)) return 0;
  return j + 1;
}

/** The initials of a group span's capitalised words, its legal suffix left out ("General Motors Co" → "GM"). */
function initialsOf(tokens: readonly Token[], sp: TokenSpan): string {
  let end = sp.end;
  if (end - sp.start >= 3 && LEGAL_SUFFIXES.has(lower(end - 1))) end--;
  let out = '';
  for (let k = sp.start; k < end; k++) {
    const t = tokens[k]!.text;
    const c = t.charCodeAt(0);
    if (c >= 65 && c <= 90) out += t[0];
    else if (!(c >= 97 && c <= 122) && t !== '&' && t !== '-') return '';
  }
  return out;
}

/** True when a token is two to five capital letters ("GM", "NHTSA"). */
function isCapitals(t: string): boolean {
  if (t.length < 2 || t.length > 5) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** True when token `k` of sentence `s` is a word of two or more letters, all capitals. */
function capitalsWord(tokens: readonly Token[], k: number, s: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.sentence === s && t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text);
}

/**
 * A group's initials are the group. News names a company or a body in full once and by its initials after
 * ("General Motors … GM", "the National Highway Traffic Safety Administration … NHTSA"), often without
 * defining them in parentheses; the tagger, which knows few such short forms, leaves many out or reads them as
 * MISC. A word of two to five capitals that no other span takes, and that spells the initials of the
 * capitalised words of a multi-word group span in the same article (a legal suffix left out: "General Motors
 * Co."), is that group; right before a group's span it leads that name ("NYSE Euronext"), and before another
 * capitalised word it is left alone. Returns the spans with the new ones in text order.
 */
function initialsOfGroups(tokens: readonly Token[], spans: TokenSpan[]): TokenSpan[] {
  let initials: Set<string> | null = null;
  for (const sp of spans)
    if (sp.cls === ORG && sp.end - sp.start >= 2) {
      const i = initialsOf(tokens, sp);
      if (i.length >= 2) (initials ??= new Set()).add(i);
    }
  if (initials === null) return spans;
  const out: TokenSpan[] = [];
  let i = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (i < spans.length && spans[i]!.end <= k) out.push(spans[i++]!);
    const sp = spans[i];
    const inside = sp !== undefined && sp.start <= k;
    // `isCapitals` asks for two to five capitals: the first and the length rule out most tokens unread.
    const c = firstCodes[k]!;
    if (c < 65 || c > 90 || textLength(k) < 2 || textLength(k) > 5) continue;
    if (!isCapitals(tokens[k]!.text) || !initials.has(tokens[k]!.text)) continue;
    // Not in a line written in capitals (a headline's "WHO" may be the word).
    const s = tokens[k]!.sentence;
    if (capitalsWord(tokens, k - 1, s) || capitalsWord(tokens, k + 1, s)) continue;
    // "NYSE Euronext": initials before a group's name lead that name (a parent's initials in a unit's name).
    if (!inside) {
      if (sp !== undefined && sp.start === k + 1 && sp.cls === ORG && tokens[k + 1]!.sentence === s) sp.start = k;
      else if (!(k + 1 < tokens.length && tokens[k + 1]!.sentence === s && startsUpper(tokens[k + 1]!.text)))
        out.push({ start: k, end: k + 1, cls: ORG });
    } else if (sp.cls === MISC && sp.start === k && sp.end === k + 1) sp.cls = ORG;
  }
  while (i < spans.length) out.push(spans[i++]!);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Business news (ninth December session, business-ner split 3): companies the tagger misses or misreads in
// market reports and in car, tech and aviation news. Each rule reads evidence in the text; none names a company.
// ---------------------------------------------------------------------------------------------------------

/**
 * Trades held at an employer, before "at" and a name: "an analyst at Zedco", "a strategist at Quorley Capital",
 * "economists at Zedco Sandler". The name is the employer, a firm (a person is not "at" another person; a
 * place where the trade is held would be a listed place, which the rules leave alone).
 */
const ROLES_AT = new Set([
  'analyst',
  'analysts',
  'strategist',
  'strategists',
  'economist',
  'economists',
  'trader',
  'traders',
  'banker',
  'bankers',
  'broker',
  'brokers',
  'dealer',
  'dealers',
  'partner',
  'partners',
  'researcher',
  'researchers',
]);

/** True when the name at token `start` (sentence `s`) follows a trade and "at": "an analyst at Zedco". */
function roleAtCompany(tokens: readonly Token[], start: number, s: number): boolean {
  return wordIn(tokens, start - 1, s) === 'at' && ROLES_AT.has(wordIn(tokens, start - 2, s));
}

/** Words for a bank leading its name ("Banca …", "Banco …", "Banque …", "Bank …"). */
const BANK_LEADS = new Set(['bank', 'banca', 'banco', 'banque', 'banka', 'bankhaus']);

/** Nouns a market report gives the shares that moved most: "the top gainers", "the biggest decliners". */
const MOVERS = new Set(['gainers', 'losers', 'decliners', 'fallers', 'risers', 'advancers', 'laggards']);

/**
 * True when the names ending before token `k` (sentence `s`), with the names listed beside them, are a market
 * report's movers: "Zedco and Quorley were the top gainers", "with Zedco and Quorley among the biggest
 * decliners" (only shares are gainers or decliners). Skips the rest of a list first (", Quorley and Marten"), then reads "(were|was) (among) the (adjective)" and a
 * mover's noun.
 */
function marketMoversAfter(tokens: readonly Token[], k: number, s: number): boolean {
  // The rest of the list: "and"/"," followed by capitalised words.
  for (;;) {
    const w = wordIn(tokens, k, s);
    if (
      (w === 'and' || w === ',') &&
      k + 1 < tokens.length &&
      tokens[k + 1]!.sentence === s &&
      startsUpper(tokens[k + 1]!.text)
    ) {
      k++;
      while (k < tokens.length && tokens[k]!.sentence === s && startsUpper(tokens[k]!.text)) k++;
    } else break;
  }
  const verb = wordIn(tokens, k, s);
  if (verb === 'were' || verb === 'was' || verb === 'are' || verb === 'is') k++;
  if (wordIn(tokens, k, s) === 'among') k++;
  if (wordIn(tokens, k, s) !== 'the') return false;
  k++;
  if (MOVERS.has(wordIn(tokens, k + 1, s))) k++;
  return MOVERS.has(wordIn(tokens, k, s));
}

/**
 * Lower-case words for what a market report moves besides shares: commodities, currencies and measures ("Gold
 * rose 2 percent", "Sterling fell 0.5 percent", "Volume rose 5 percent"). A word here opening a sentence before a
 * move is not a company.
 */
const MARKET_QUANTITIES = new Set([
  'gold',
  'silver',
  'platinum',
  'palladium',
  'copper',
  'aluminium',
  'aluminum',
  'nickel',
  'zinc',
  'tin',
  'lead',
  'iron',
  'steel',
  'oil',
  'crude',
  'brent',
  'gas',
  'gasoline',
  'diesel',
  'coal',
  'wheat',
  'corn',
  'soybeans',
  'sugar',
  'coffee',
  'cocoa',
  'cotton',
  'rice',
  'sterling',
  'bitcoin',
  'volume',
  'turnover',
  'output',
  'inflation',
  'unemployment',
  'production',
  'revenue',
  'profit',
  'spending',
  'demand',
  'trade',
  'trading',
  'growth',
  'yields',
]);

/** Words of a share's move size after a figure: a company's shares move by percent or by cents. */
const SHARE_UNITS = new Set(['percent', '%', 'pct', 'cents', 'pence', 'cent']);

/**
 * True when tokens `[a, b)` are written like a name nobody has tagged: each a capitalised word of letters (a
 * hyphen, an apostrophe or "&" inside), none a weekday, month or holiday.
 */
function capitalisedRun(tokens: readonly Token[], a: number, b: number, v: RefineVocabulary): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!.text;
    // A pronoun, determiner or other grammar word opening a sentence ("Its shares rose") is no name. (Tested
    // first: the cheapest test, and it turns away most capitalised words no span covers.)
    if (!NAME_POS.has(tokens[k]!.pos)) return false;
    if (!startsUpper(t) || !/^\p{L}[\p{L}'’&.-]+$/u.test(t) || v.calendar.has(lower(k))) return false;
  }
  return true;
}

/** wink's parts of speech a name's word may have (a capitalised common noun or adjective among them). */
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/**
 * Companies the tagger gave nothing, or read as MISC (a word it does not know, in a sentence it does not read as
 * news about firms). A market report opens sentences with a company's name and its move, and names companies
 * with what only companies have; the tagger, trained on sentences where a capitalised first word is most often a
 * common word, leaves an unknown company there untagged ("Zedco slid 5 percent"). A run of one to three
 * capitalised words that no span covers, or a MISC span of such words that is no nationality, is a group when:
 * - it opens its sentence (after an opening quote too) and a share's move follows with its size in percent or
 *   cents ("Zedco slid 5 percent after the cruise line said …", "Quorley jumped 9.2 percent"); not a word for a
 *   commodity, a currency or a measure ("Gold rose 2 percent", `MARKET_QUANTITIES`), nor a word the article also
 *   writes in lower case, nor a listed place or a given name alone;
 * - it opens its sentence and a kind of company or body follows it in apposition ("Zedco, the union that
 *   represents the workers", "Zedco, a maker of robots");
 * - it is listed with names that a market report's movers' phrase follows ("with Zedco and Quorley among the
 *   biggest decliners").
 * Returns the spans with the new ones in text order.
 */
function unspannedCompanies(
  tokens: readonly Token[],
  spans: TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
): TokenSpan[] {
  let lowerWords: Set<string> | null = null;
  /** The evidence that the run at `[k, end)` names a company (any one of the cases above). */
  const companyEvidenceAt = (k: number, end: number): boolean => {
    const s = tokens[k]!.sentence;
    // The run opens its sentence, or follows an opening quote that does.
    const opens =
      k === 0 ||
      tokens[k - 1]!.sentence !== s ||
      (QUOTES.has(tokens[k - 1]!.text) && (k === 1 || tokens[k - 2]!.sentence !== s));
    if (opens && PRICE_MOVES_ALL.has(wordIn(tokens, end, s))) {
      let sized = false;
      for (let j = end + 1; j <= end + 3 && !sized; j++)
        sized = isFigure(wordIn(tokens, j, s)) && SHARE_UNITS.has(wordIn(tokens, j + 1, s));
      if (sized) {
        lowerWords ??= lowerCaseWords(tokens);
        let common = end - k === 1 && v.givenNames.has(lower(k));
        for (let j = k; j < end && !common; j++) common = MARKET_QUANTITIES.has(lower(j)) || lowerWords.has(lower(j));
        if (!common) return true;
      }
    }
    if (opens && companyApposition(tokens, end, s, GROUP_KINDS_AFTER)) return true;
    if (wordIn(tokens, end, s) === 'and' && marketMoversAfter(tokens, end, s)) return true;
    // "Shares of Zedco", "an analyst at Zedco": what only a company completes.
    return companyPhrase(tokens, { start: k, end, cls: ORG }, s, k > 0 ? tokens[k - 1] : undefined);
  };
  // The evidence first, then what rules it out (a headline in capitals, a known place): the same answer, but
  // the place look-ups, which build the name's key, run only for the few runs with evidence.
  const isCompany = (k: number, end: number): boolean =>
    companyEvidenceAt(k, end) &&
    !(allUpper(tokens, { start: k, end, cls: ORG }) && end - k + tokens[k]!.text.length > 2) &&
    !knownPlace(tokens, gaz, v, k, end) &&
    !exactMatch(gaz, k, end, GAZ.place);
  return retypeOrAddNames(tokens, spans, gaz, v, 3, isCompany);
}

/**
 * Calls `test(k, end)` on every run of capitalised words (`capitalisedRun`, at most `longest`) that no span
 * covers and that is no part of a longer run, and on every MISC span of such words that is no nationality
 * (`GAZ.demonym`) and follows no determiner; a run it accepts becomes a group span, a MISC span it accepts a group. Returns the spans in
 * text order. `firstWords`, when given, holds every first word `test` can accept: other runs are not read.
 */
function retypeOrAddNames(
  tokens: readonly Token[],
  spans: TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
  longest: number,
  test: (k: number, end: number, misc: boolean) => boolean,
  firstWords: ReadonlySet<string> | null = null,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (i < spans.length && spans[i]!.end <= k) out.push(spans[i++]!);
    const next = spans[i];
    if (next !== undefined && next.start <= k) {
      if (
        next.start === k &&
        next.cls === MISC &&
        next.end - next.start <= longest &&
        (firstWords === null || firstWords.has(tokens[k]!.text)) &&
        // After a determiner a MISC name is what the rules read as a product or an index ("the first Zedco
        // Arrow", "the Zedex itself fell"), not an unknown word.
        !(k > 0 && tokens[k - 1]!.sentence === tokens[k]!.sentence && PRODUCT_DETERMINERS.has(lower(k - 1))) &&
        capitalisedRun(tokens, k, next.end, v) &&
        !(next.end - k === 1 && (gaz[k]! & (1 << (4 * GAZ.demonym + 3))) !== 0) &&
        test(k, next.end, true)
      ) {
        next.cls = ORG;
        next.ownEvidence = true;
      }
      continue;
    }
    // The next capitalised token before the next span (none: on to that span, past the tokens between).
    const upper = nextUpper[k]!;
    const stop = next?.start ?? tokens.length;
    if (upper >= stop) {
      k = stop - 1;
      continue;
    }
    k = upper;
    const t = tokens[k]!;
    const s = t.sentence;
    // A run whose first word starts none of the names looked for is not read (its own words are skipped below,
    // each following a capitalised word).
    if (firstWords !== null && !firstWords.has(t.text)) continue;
    if (k > 0 && tokens[k - 1]!.sentence === s && wordLike(tokens[k - 1]!.text)) continue;
    let end = k;
    const limit = Math.min(k + longest, next?.start ?? tokens.length);
    while (end < limit && tokens[end]!.sentence === s && capitalisedRun(tokens, end, end + 1, v)) end++;
    if (end === k || (end < tokens.length && tokens[end]!.sentence === s && wordLike(tokens[end]!.text))) continue;
    if (test(k, end, false)) out.push({ start: k, end, cls: ORG, ownEvidence: true });
    k = end - 1;
  }
  while (i < spans.length) out.push(spans[i++]!);
  return out;
}

/** True when a token starts with an upper-case letter (a word that would continue a name). */
function wordLike(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // an ASCII capital is a letter: no pattern is run
  return startsUpper(t) && /^\p{L}/u.test(t);
}

/**
 * Nouns for a kind of company or body in apposition after a name nobody tagged ("Zedco, the union that represents
 * the workers", "Zedco, a maker of robots"): the companies' words and those of bodies no person is called.
 */
const GROUP_KINDS_AFTER = new Set([
  ...COMPANY_KINDS_AFTER,
  'union',
  'association',
  'federation',
  'regulator',
  'broadcaster',
  'airline',
  'carrier',
  'exchange',
  'agency',
  'insurer',
  'lender',
  'miner',
  'chipmaker',
  'planemaker',
  'drugmaker',
]);

/** Verbs of a share's move, for `unspannedCompanies` ("slid", "lost", "shed" besides `PRICE_MOVES`). */
const PRICE_MOVES_ALL = new Set([
  ...PRICE_MOVES,
  'slid',
  'lost',
  'shed',
  'tumbled',
  'plunged',
  'surged',
  'soared',
  'sank',
  'advanced',
  'added',
  'edged',
]);

/** The words the document writes in lower case (a capitalised word also written so is a common word). */
function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) out.add(t.text);
  }
  return out;
}

/**
 * One sense per article for a company's name where the tagger gave it nothing or MISC: news names a company the
 * same way throughout, and the tagger, which reads a word from its neighbours, leaves some uses out (a headline,
 * a sentence's first word, a list). A run of capitalised words that no span covers (or a MISC span of them) and
 * that is exactly the text of a group span of the article ("Zedco" … "Shares of Zedco"), or the first word of a
 * group span whose other words all build a company's name ("Zedco" beside "Zedco Automotive", "Zedco Technology
 * Inc."), is that group; so are the same words in capitals in a line written in capitals ("ZEDCO TO CUT JOBS").
 * Not a word the article also writes in lower case ("Time" … "time").
 */
function groupsNamedAgain(
  tokens: readonly Token[],
  spans: TokenSpan[],
  gaz: Int32Array,
  v: RefineVocabulary,
): TokenSpan[] {
  let names: Set<string> | null = null;
  /** The group spans the names come from, as they were before any span below is retyped. */
  const groups: TokenSpan[] = [];
  /** The text of each group span. */
  const texts: string[] = [];
  /** The names' words, lower-cased, and the first words of the names (a run that starts with another word is none). */
  const nameWords = new Set<string>();
  /** Per first letter a–z of the names' words, their lengths as bits (31: 31 or more): most words are none of them. */
  const nameWordLengths = scratch.ints(1, 26);
  const firstWords = new Set<string>();
  for (const sp of spans) {
    if (sp.cls !== ORG || allUpper(tokens, sp)) continue;
    names ??= new Set();
    groups.push(sp);
    const text = spanText(tokens, sp);
    texts.push(text);
    names.add(text);
    if (corporateName(tokens, sp)) names.add(tokens[sp.start]!.text);
    firstWords.add(tokens[sp.start]!.text);
    for (let k = sp.start; k < sp.end; k++) {
      const w = lower(k);
      nameWords.add(w);
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) nameWordLengths[c - 97]! |= 1 << Math.min(w.length, 31);
    }
  }
  if (names === null) return spans;
  // One pass over the document finds both the names' words it also writes in lower case and the lines that may
  // be in capitals (per sentence: 0 no token seen, 1 a word starts in lower case, 2 none does yet).
  const common = new Set<string>();
  const lineCount = tokens.length > 0 ? tokens[tokens.length - 1]!.sentence + 1 : 0;
  const lines = scratch.bytes(0, lineCount);
  /** The first token of each line (sentence ids count up through the document; `outOfOrder` when not). */
  const lineStart = scratch.ints(0, lineCount);
  let outOfOrder = false;
  // The lines first (a token opening each), then only the words that start in lower case.
  for (let k = 0; k < tokens.length; k++) {
    const s = sentenceIds[k]!;
    if (s >= lineCount || (k > 0 && s < sentenceIds[k - 1]!)) outOfOrder = true;
    else if (lines[s] === 0) {
      lines[s] = 2;
      lineStart[s] = k;
    }
  }
  for (let w = 0; w < lowerStartCount; w++) {
    const k = lowerStarts[w]!;
    const s = sentenceIds[k]!;
    if (s < lineCount) lines[s] = 1;
    if ((nameWordLengths[firstCodes[k]! - 97]! & (1 << Math.min(textLength(k), 31))) === 0) continue;
    const text = tokens[k]!.text;
    if (nameWords.has(text)) common.add(text);
  }
  // A name with such a word goes: every name is a group span's text or the first word of one.
  if (common.size > 0)
    for (let i = 0; i < groups.length; i++) {
      const sp = groups[i]!;
      if (common.has(lower(sp.start))) {
        names.delete(texts[i]!);
        names.delete(tokens[sp.start]!.text);
      } else
        for (let k = sp.start + 1; k < sp.end; k++)
          if (common.has(lower(k))) {
            names.delete(texts[i]!);
            break;
          }
    }
  if (names.size === 0) return spans;
  const named = names;
  // A MISC reading is the tagger's own (a product's or a work's name: "buzzing about Zedra, the newest version
  // of …"): only a group reading with evidence beyond the tagger's overrides it. That evidence is read only
  // when a MISC span bears a name (few do).
  let firm: Set<string> | null = null;
  const out = retypeOrAddNames(
    tokens,
    spans,
    gaz,
    v,
    MAX_NAME_TOKENS,
    (k, end, misc) => {
      const text = spanText(tokens, { start: k, end, cls: ORG });
      if (!named.has(text)) return false;
      if (!misc) return true;
      firm ??= firmNames(tokens, groups, gaz);
      return firm.has(text);
    },
    firstWords,
  );
  // Lines in capitals: every word is capitalised, so the name is looked for at each word. Skipped when every
  // line has a word in lower case (most articles: only a headline is written in capitals).
  // The stretches of tokens to read: the lines with no word in lower case (every token when the sentence ids are
  // out of order).
  const stretches: number[] = [];
  if (outOfOrder) {
    lines.fill(2, 0, lineCount); // every line is read as the first of its words asks, as below
    stretches.push(0, tokens.length);
  } else
    for (let s = 0; s < lineCount; s++) {
      if (lines[s] !== 2) continue;
      let end = lineStart[s]!;
      while (end < tokens.length && tokens[end]!.sentence === s) end++;
      stretches.push(lineStart[s]!, end);
    }
  if (stretches.length === 0) return out;
  // The names in capitals, made when a name's first letter is the token's (most are never compared).
  const inCapitals = new Map<string, { upper: string; words: number }>();
  const taken = scratch.bytes(1, tokens.length);
  for (const sp of out) if (sp.cls !== MISC) taken.fill(1, sp.start, sp.end);
  const added: TokenSpan[] = [];
  for (let r = 0; r < stretches.length; r += 2)
    for (let k = stretches[r]!; k < stretches[r + 1]!; k++) {
      if (taken[k] === 1 || !startsUpper(tokens[k]!.text)) continue;
      const s = tokens[k]!.sentence;
      if (s >= lineCount) {
        if (!isCapitalsLine(tokens, k)) continue;
      } else {
        // A line with a word in lower case is no line in capitals; the others are read once (3: in capitals, 4: not).
        if (lines[s] === 2) lines[s] = isCapitalsLine(tokens, k) ? 3 : 4;
        if (lines[s] !== 3) continue;
      }
      const first = tokens[k]!.text.charCodeAt(0);
      for (const name of named) {
        const c = name.charCodeAt(0);
        // An ASCII letter whose capital is not the token's first character rules the name out unread.
        if (c < 128 && (c >= 97 && c <= 122 ? c - 32 : c) !== first) continue;
        let caps = inCapitals.get(name);
        if (caps === undefined) {
          caps = { upper: name.toUpperCase(), words: name.split(' ').length };
          inCapitals.set(name, caps);
        }
        const n = caps.words;
        if (k + n > tokens.length || tokens[k + n - 1]!.sentence !== tokens[k]!.sentence) continue;
        let free = true;
        for (let j = k; j < k + n && free; j++) free = taken[j] === 0;
        if (!free || spanText(tokens, { start: k, end: k + n, cls: ORG }) !== caps.upper) continue;
        added.push({ start: k, end: k + n, cls: ORG, ownEvidence: true });
        taken.fill(1, k, k + n);
        break;
      }
    }
  if (added.length === 0) return out;
  // A MISC span the capitals name covers gives way.
  const merged = [
    ...out.filter((sp) => sp.cls !== MISC || !added.some((a) => a.start < sp.end && sp.start < a.end)),
    ...added,
  ];
  return merged.sort((x, y) => x.start - y.start);
}

/**
 * True when group span `sp` is a short name followed only by words that end a company's name ("Zedco
 * Technology", "Zedco Motors Inc.": `COMPANY_NAME_ENDS`), so that its first word alone names the company too.
 */
function corporateName(tokens: readonly Token[], sp: TokenSpan): boolean {
  let corporate = sp.end - sp.start >= 2;
  for (let k = sp.start + 1; k < sp.end && corporate; k++) corporate = COMPANY_NAME_ENDS.has(lower(k));
  return corporate;
}

/**
 * The names that group spans `groups` show to be a company's by more than the tagger's reading: a company's
 * name (`corporateName`, and its first word), the span's own evidence, the group list, or a company's evidence
 * in its sentence (`companyEvidence`).
 */
function firmNames(tokens: readonly Token[], groups: readonly TokenSpan[], gaz: Int32Array): Set<string> {
  const firm = new Set<string>();
  for (const sp of groups) {
    const corporate = corporateName(tokens, sp);
    if (corporate) firm.add(tokens[sp.start]!.text);
    const s = tokens[sp.start]!.sentence;
    if (
      corporate ||
      sp.ownEvidence === true ||
      exactMatch(gaz, sp.start, sp.end, GAZ.group) ||
      companyEvidence(tokens, sp, s, sp.start > 0 ? tokens[sp.start - 1] : undefined)
    )
      firm.add(spanText(tokens, sp));
  }
  return firm;
}

/**
 * Zeroed typed arrays for one call of a rule, reused from document to document: allocating a typed array costs
 * more than zeroing the part of one that a document uses (see `Arena`).
 */
class Scratch {
  private byteArrays = [new Uint8Array(256), new Uint8Array(256)];
  private intArrays = [new Int32Array(256), new Int32Array(256)];
  /** Byte array number `which` (0 or 1), its first `n` entries zero (it may be longer: read only those). */
  bytes(which: 0 | 1, n: number): Uint8Array {
    let a = this.byteArrays[which]!;
    if (a.length < n) this.byteArrays[which] = a = new Uint8Array(Math.max(n, 2 * a.length));
    a.fill(0, 0, n);
    return a;
  }
  /** Int array number `which` (0 or 1), its first `n` entries zero (it may be longer). */
  ints(which: 0 | 1, n: number): Int32Array {
    let a = this.intArrays[which]!;
    if (a.length < n) this.intArrays[which] = a = new Int32Array(Math.max(n, 2 * a.length));
    a.fill(0, 0, n);
    return a;
  }
}
const scratch = new Scratch();

/**
 * Session 21 (evprec). Phenomenon: a listed group's acronym that spells an English word ("IS" for the Islamic
 * State, "WHO") is left out by the tagger when the article writes the word in lower case ("the desert is rife
 * with insurgents … killed in IS attacks"): the tagger weighs that evidence of a common word. Written in capitals
 * in a line that is not, and in no span, the word is the listed group. Not in a line written in capitals (a
 * headline: "THE PRICE IS RIGHT"), nor a one-letter word.
 */
function listedAcronyms(tokens: readonly Token[], spans: TokenSpan[], gaz: Int32Array): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let next = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (next < spans.length && spans[next]!.end <= k) next++;
    if (next < spans.length && spans[next]!.start <= k) continue;
    const t = tokens[k]!.text;
    if (t.length < 2 || t.length > 5 || !/^[A-Z]+$/.test(t) || !exactMatch(gaz, k, k + 1, GAZ.group)) continue;
    if (isCapitalsLine(tokens, k)) continue;
    (added ??= []).push({ start: k, end: k + 1, cls: ORG });
  }
  if (added === null) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** True when the line (sentence) of token `k` is written in capitals: no lower-case letter in it. */
function isCapitalsLine(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k]!.sentence;
  let letters = 0;
  for (let j = sentenceStart(tokens, k); j < tokens.length && tokens[j]!.sentence === s; j++) {
    const t = tokens[j]!.text;
    // ASCII words are read by character (no upper-case copy, no pattern): a small letter fails the line.
    let capital = false;
    let ascii = true;
    for (let i = 0; i < t.length && ascii; i++) {
      const c = t.charCodeAt(i);
      if (c >= 128) ascii = false;
      else if (c >= 97 && c <= 122) return false;
      else if (c >= 65 && c <= 90) capital = true;
    }
    if (ascii) {
      if (capital) letters++;
      continue;
    }
    if (t !== t.toUpperCase()) return false;
    if (/\p{Lu}/u.test(t)) letters++;
  }
  return letters >= 2;
}

/**
 * Capitalised words that end a company's name after its short name ("Zedco Technology", "Zedco Automotive",
 * "Zedco Motors Inc."): a group span followed by them takes them in ("[Zedco] Technology" → "Zedco Technology"),
 * and the short name alone names the company too.
 */
const COMPANY_NAME_ENDS = new Set([
  ...LEGAL_SUFFIXES,
  'motor',
  'motors',
  'automotive',
  'technology',
  'technologies',
  'holdings',
  'industries',
  'airlines',
  'airways',
  'aerospace',
  'systems',
  'electronics',
  'semiconductor',
  'semiconductors',
  'pharmaceuticals',
  'therapeutics',
  'communications',
  'networks',
  'software',
  'labs',
  'group',
]);

/**
 * A headline in capitals often puts a word for the kind of company before the name ("CHIPMAKER ZEDCO PICKS
 * QUARTON"), and the tagger, which has no case evidence there, takes it into the name. A span of a line in
 * capitals whose last words are, case aside, a group span of the article's body, and whose first words the body
 * never writes capitalised, is that group alone.
 */
function headlineDescriptors(tokens: readonly Token[], spans: TokenSpan[]): void {
  let body: Set<string> | null = null;
  for (const sp of spans) {
    if (sp.cls !== ORG || sp.end - sp.start < 2 || !allUpper(tokens, sp)) continue;
    if (body === null) {
      body = new Set();
      for (const o of spans) if (o.cls === ORG && !allUpper(tokens, o)) body.add(spanText(tokens, o).toUpperCase());
    }
    for (let j = sp.start + 1; j < sp.end; j++) {
      if (!body.has(spanText(tokens, { start: j, end: sp.end, cls: ORG }))) continue;
      let capitalisedElsewhere = false;
      for (let k = 0; k < tokens.length && !capitalisedElsewhere; k++)
        capitalisedElsewhere =
          k !== sp.start &&
          tokens[k]!.text !== tokens[k]!.text.toUpperCase() &&
          startsUpper(tokens[k]!.text) &&
          lower(k) === lower(sp.start);
      if (!capitalisedElsewhere) sp.start = j;
      break;
    }
  }
}
