/**
 * Casualty counts: the number of dead or injured a result word states ("at least 12 people were
 * killed", "killing five", "left eight policemen dead", "the death toll rose to 40", "30 injuries"), and
 * how counts of one event combine (the lowest stated figure and the range, as ACLED does).
 */
import type { CasualtyCount } from '../types.js';
import { tokenAt, type ArticleIndex } from './article-index.js';
import { declareWordClass } from './word-classes.js';
import { particleAfter, verbGroup } from './syntax.js';
import { parseQuantity, VAGUE_WORDS, type Quantity } from './quantity.js';
import { animateHead } from './cues.js';
import { OBJECT_STATE_VERBS, type Candidate } from './triggers.js';

/** A count found at a token range. */
interface Found {
  q: Quantity;
  a: number;
  b: number;
}

/** Predicative result adjectives: a phrase holding one has its own predicate ("eight policemen dead"). */
const PREDICATES = new Set(['dead', 'injured', 'wounded', 'hurt']);

/** Participles between an auxiliary and a result word ("were reported killed"). */
const REPORTED_PARTICIPLES = new Set(['reported', 'confirmed', 'believed', 'feared', 'presumed', 'said']);

/** How far (tokens) a subject or object phrase is searched for its number. */
const NP_WINDOW = 8;

/** Words after a toll noun that introduce its figure ("rose to 40", "stood at 12", "a toll of 30"). */
const TOLL_LINKS = new Set(['to', 'at', 'of', 'reached', 'hit', 'is', 'was', 'stands', 'passed', 'topped', 'exceeded']);

/** How far (tokens) after a toll noun its link word is searched. */
const TOLL_REACH = 16;

/** Quantifiers opening a subset in commas before "of them" (", none of them Americans,"). */
const SUBSET_WORDS = new Set(['none', 'all', 'most', 'many', 'some', 'several', 'both', 'one', 'two', 'three', 'half']);

/** A word after a figure that makes it a part of a larger group, not the toll ("two of the attackers"). */
const PARTITIVE = new Set(['of', 'among']);

/** True when a number token is glued to a following comma or letters ("1,2OO" split by the tokenizer): not a figure. */
function malformed(ix: ArticleIndex, k: number): boolean {
  const next = ix.tokens[k + 1];
  if (next && !next.spaceBefore && next.sentence === ix.tokens[k]!.sentence) {
    // Letters or digits glued on ("12abc"), or a comma or point glued to more of the word ("1,2OO").
    if (/^[\p{L}\d]/u.test(next.text)) return true;
    const after = ix.tokens[k + 2];
    if (
      (next.text === ',' || next.text === '.') &&
      after !== undefined &&
      !after.spaceBefore &&
      /^[\p{L}\d]/u.test(after.text)
    )
      return true;
  }
  const prev = ix.tokens[k - 1];
  return prev !== undefined && !ix.tokens[k]!.spaceBefore && /[\d,]$/.test(prev.text);
}

/** The quantity starting at token `k` and ending at or before `limit`, or null. */
function quantityAt(ix: ArticleIndex, k: number, limit: number): Found | null {
  const q = parseQuantity(ix.lower, k);
  if (!q || k + q.length > limit) return null;
  for (let j = k; j < k + q.length; j++) if (ix.tokens[j]!.pos === 'NUM' && malformed(ix, j)) return null;
  if (ageCompound(ix, k + q.length)) return null;
  return { q, a: k, b: k + q.length };
}

/**
 * Phenomenon: a number glued by a hyphen to a unit of time is an age or a duration, not a figure of people
 * ("the bodies of eight-year-olds Ana and Mia", "a 12-year-old boy", "a six-month-old conflict"): true when
 * token `b` (right after a number) is such a glued hyphen.
 */
function ageCompound(ix: ArticleIndex, b: number): boolean {
  return (
    ix.lower[b] === '-' &&
    !ix.tokens[b]!.spaceBefore &&
    /^(?:years?|months?|weeks?|days?|year-olds?)$/.test(ix.lower[b + 1] ?? '') &&
    !ix.tokens[b + 1]!.spaceBefore
  );
}

/**
 * Nouns of animals and things: a figure whose phrase they head counts no people ("5,000 sheep drowned", "40
 * head of cattle were killed", "300 homes were destroyed"), whatever result word follows.
 */
const NON_HUMAN_HEADS: ReadonlySet<string> = new Set([
  'sheep',
  'cattle',
  'cow',
  'cows',
  'goat',
  'goats',
  'pig',
  'pigs',
  'horse',
  'horses',
  'dog',
  'dogs',
  'cat',
  'cats',
  'bird',
  'birds',
  'chicken',
  'chickens',
  'poultry',
  'livestock',
  'animal',
  'animals',
  'camel',
  'camels',
  'donkey',
  'donkeys',
  'buffalo',
  'buffaloes',
  'fish',
  'elephant',
  'elephants',
  'deer',
  'oxen',
  'calves',
  'lambs',
  'hens',
  'ducks',
  'whales',
  'dolphins',
  'homes',
  'houses',
  'buildings',
  'vehicles',
  'cars',
]);

/** True when the words of a figure's phrase from `from` (below `to`) hold a non-human head (see NON_HUMAN_HEADS). */
function nonHumanPhrase(ix: ArticleIndex, from: number, to: number): boolean {
  for (let x = from; x < to && x - from < 4; x++) {
    // A capitalised word is a name ("a Buffalo, N.Y., doctor"), not an animal.
    if (NON_HUMAN_HEADS.has(ix.lower[x]!) && !/^\p{Lu}/u.test(ix.tokens[x]!.text)) return true;
    // "40 head of cattle": "head" counts animals only before "of" ("three head wounds" is no herd).
    if (ix.lower[x] === 'head' && ix.lower[x + 1] === 'of') return true;
    if (ix.tokens[x]!.pos !== 'ADJ' && ix.tokens[x]!.pos !== 'NOUN' && ix.tokens[x]!.pos !== 'PROPN') return false;
  }
  return false;
}

/** True for the hyphen of a hyphenated compound or the part after it ("passers-by", "off-duty"), glued on both sides. */
function hyphenated(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k];
  if (!t || t.spaceBefore) return false;
  if (ix.lower[k] === '-') return ix.tokens[k + 1] !== undefined && !ix.tokens[k + 1]!.spaceBefore;
  return ix.lower[k - 1] === '-' && !ix.tokens[k - 1]!.spaceBefore;
}

/** True for a token that may stand between a figure and the end of its noun phrase ("12 Iraqi soldiers"). */
function nounPhraseTail(ix: ArticleIndex, k: number): boolean {
  const pos = ix.tokens[k]!.pos;
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || (pos === 'PUNCT' && ix.lower[k] === '-')) return true;
  // A hyphenated compound is one word whatever the tagger made of its parts ("passers-by", "off-duty").
  return hyphenated(ix, k) || (ix.lower[k + 1] === '-' && hyphenated(ix, k + 1));
}

/** Possessive determiners: "his mother", "their driver" name one person when the noun is singular. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** One person, stated by the word at `k`. */
function one(k: number): Found {
  return { q: { value: 1, min: 1, max: 1, precision: 'exact', length: 1 }, a: k, b: k + 1 };
}

/** "a soldier", "an officer", "another", "his mother": one person. */
function singular(ix: ArticleIndex, k: number, limit: number): Found | null {
  const low = ix.lower[k];
  if (low === 'another' && (k + 1 === limit || ix.tokens[k + 1]!.pos === 'NOUN' || ix.tokens[k + 1]!.pos === 'ADJ'))
    return { q: { value: 1, min: 1, max: 1, precision: 'exact', length: 1 }, a: k, b: k + 1 };
  // "killed his mother": a possessive before a singular noun is one person too, and so is a possessive
  // name ("the pilot's wife", "Elian's mother").
  if (low !== 'a' && low !== 'an' && low !== "'s" && low !== '’s' && !POSSESSIVE_DETERMINERS.has(low ?? ''))
    return null;
  let j = placeModifierEnd(ix, k + 1, limit);
  // "an off-duty soldier": a hyphenated compound modifier is one adjective whatever its parts were tagged.
  while (j < limit && (ix.tokens[j]!.pos === 'ADJ' || (j + 1 < limit && hyphenated(ix, j + 1)) || hyphenated(ix, j)))
    j++;
  // "a Kabul resident", "a New York firefighter": names before a common noun modify it (after "a"/"an" only:
  // after a possessive they are more often a brand or a unit, "its Eveready battery unit was hurt").
  let p = j;
  while ((low === 'a' || low === 'an') && p < limit && ix.tokens[p]!.pos === 'PROPN') p++;
  if (p > j && p < limit && ix.tokens[p]!.pos === 'NOUN') j = p;
  // "a civilian was killed": wink may tag the head as an adjective; the phrase's last word is its head.
  if (j === limit && j - 1 > k && ix.tokens[j - 1]!.pos === 'ADJ') j--;
  // "an American was killed", "a Briton": a capitalised demonym heads the phrase as its last word.
  else if (j === limit - 1 && ix.tokens[j]!.pos === 'PROPN' && /s$/.test(ix.lower[j]!) === false) return one(k);
  else if (j >= limit || ix.tokens[j]!.pos !== 'NOUN') return null;
  const t = ix.tokens[j]!;
  // Singular head noun only (its lemma is its own form); "a lot", "a number" are not people.
  if (ix.lower[j] !== t.lemma.toLowerCase() || ix.lower[j] === 'lot' || ix.lower[j] === 'number') return null;
  // Phenomenon: after a possessive, a noun of a group names no one person ("the party's leadership is dead or
  // in exile", "its staff were hurt"): no figure.
  if (low !== 'a' && low !== 'an' && (COLLECTIVE_HEADS.has(ix.lower[j]!) || GROUP_NOUNS.has(ix.lower[j]!))) return null;
  return { q: { value: 1, min: 1, max: 1, precision: 'exact', length: 1 }, a: k, b: k + 1 };
}

/**
 * Phenomenon: "both" names two people ("killed the pilot and both passengers", "Both guards were shot dead",
 * "both were hurt"): "both" before a plural noun (over adjectives) or a verb, not before "of" or "the" (a
 * coordination follows: "both the driver and …") or "sides" (two parties, not two people).
 */
function pair(ix: ArticleIndex, k: number, limit: number): Found | null {
  if (ix.lower[k] !== 'both') return null;
  let j = k + 1;
  while (j < limit && ix.tokens[j]!.pos === 'ADJ') j++;
  const head = ix.tokens[j];
  const plural =
    j < limit && head !== undefined && head.pos === 'NOUN' && PEOPLE_NOUN.test(ix.lower[j]!) && ix.lower[j] !== 'sides';
  const bare = j === k + 1 && (j === limit || head?.pos === 'VERB' || head?.pos === 'AUX');
  if (!plural && !bare) return null;
  return { q: { value: 2, min: 2, max: 2, precision: 'exact', length: 1 }, a: k, b: k + 1 };
}

/**
 * Phenomenon: wire copy puts a city and its state in commas before a noun as a modifier ("a Tulsa, Okla.,
 * nurse", "a Dayton, Ohio, man"): the token after such a modifier starting at `j` (names, a comma, names,
 * a comma), or `j` itself.
 */
function placeModifierEnd(ix: ArticleIndex, j: number, limit: number): number {
  const name = (x: number): boolean => x < limit && ix.tokens[x]!.pos === 'PROPN';
  if (!name(j)) return j;
  let x = j;
  while (name(x)) x++;
  if (ix.lower[x] !== ',' || !name(x + 1)) return j;
  x++;
  while (name(x) || (x < limit && ix.lower[x] === '.')) x++;
  return x < limit && ix.lower[x] === ',' && x + 1 < limit ? x + 1 : j;
}

/** Words of bounds and approximations that may open a figure's phrase ("at least", "more than", "up to"). */
const BOUND_WORDS = new Set([
  'at',
  'least',
  'more',
  'than',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'approximately',
  'roughly',
  'some',
  'up',
  'to',
  'as',
  'many',
  'an',
  'estimated',
  'no',
  'fewer',
  'less',
  'not',
  'close',
  'upwards',
  'in',
  'excess',
  'a',
  'minimum',
  'perhaps',
  'possibly',
  'between',
  'and',
  'if',
  'or',
  'so',
]);

/**
 * The figure of the noun phrase that ends right before `end` ("at least 12 people" were killed), over
 * adverbs before the verb ("four others seriously wounded"); coordinated figures add up ("three soldiers
 * and two civilians were killed" is five).
 */
function countBefore(ix: ArticleIndex, end: number): Found | null {
  let e = end;
  const s0 = ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart;
  while (e - 1 > s0 && ix.tokens[e - 1]!.pos === 'ADV' && !BOUND_WORDS.has(ix.lower[e - 1]!)) e--;
  // Phenomenon: an aside in dashes between a subject and its verb is read over, whatever it holds ("Some
  // 150,000 people -- mostly civilians -- have died", "Nine miners — three of them brothers — were killed").
  if (DASHES.has(ix.lower[e - 1]!)) {
    for (let j = e - 2; j > s0 && e - j <= 12; j--)
      if (DASHES.has(ix.lower[j]!)) {
        e = j;
        break;
      }
  }
  // Phenomenon: ages in commas are no part of the figure ("his two daughters, aged 9 and 12, were hurt",
  // "two men, 24 and 31, were killed"): an aside of numbers only, maybe opened by "aged", is read over.
  if (ix.lower[e - 1] === ',') {
    let j = e - 2;
    // Number words too ("two other girls, aged eight, died").
    while (j > s0 && e - j <= 12 && (/^(?:\d{1,3}|and|,)$/.test(ix.lower[j]!) || ageWord(ix, j))) j--;
    if (ix.lower[j] === 'aged' && ix.lower[j - 1] === ',') e = j - 1;
    else if (j < e - 2 && ix.lower[j + 1] === ',' && /^\d{1,3}$/.test(ix.lower[j + 2]!)) e = j + 1;
  }
  // "Twenty-five people, including seven children, were killed": over the parenthetical subset.
  if (ix.lower[e - 1] === ',') {
    for (let j = e - 2; j > s0 && e - j <= 12; j--) {
      if (ix.lower[j] !== ',') continue;
      // ", including seven children,", ", among them …,", ", none of them Americans,", ", most of them women,".
      const w = ix.lower[j + 1]!;
      // Any figure opens such a subset ("Seven people, four of them children, were killed").
      const figure = SUBSET_WORDS.has(w) ? j + 2 : (quantityAt(ix, j + 1, e)?.b ?? -1);
      if (w === 'including' || w === 'among' || (figure > 0 && ix.lower[figure] === 'of')) e = j;
      break;
    }
  }
  const last = ofPhraseHead(ix, e, s0) ?? phraseCount(ix, e);
  if (!last || last.a - 1 <= s0 || ix.lower[last.a - 1] !== 'and') return last;
  // "Elian's mother Elisabeth Brotons and 10 other people died": a named person and a figure add up.
  const named = last.q.precision === 'exact' ? personEndingAt(ix, last.a - 1) : null;
  if (named && named.start > s0 && ix.tokens[named.start - 1]!.pos !== 'NUM' && ix.lower[named.start - 1] !== 'of') {
    const value = last.q.value + 1;
    return {
      q: { value, min: value, max: value, precision: 'exact', length: last.b - named.start },
      a: named.start,
      b: last.b,
    };
  }
  const first = phraseCount(ix, last.a - 1);
  if (!first) return last;
  // Phenomenon: two groups stated with bounds or estimates add up too ("An estimated 50,000 nationals and
  // more than 110 foreigners have been killed" is 50,110 or more): the sum of the lowest figures, open above
  // when either is, vague when either is; never over a range (a stated upper figure).
  if (first.q.precision !== 'exact' || last.q.precision !== 'exact') {
    const open = (f: Found): boolean => (f.q.max === null || f.q.max === f.q.value) && f.q.value === f.q.min;
    if (!open(first) || !open(last) || !nounPhraseOf(ix, first.b, last.a - 1) || !nounPhraseOf(ix, last.b, e))
      return last;
    const value = first.q.value + last.q.value;
    const precision = first.q.precision === 'vague' || last.q.precision === 'vague' ? 'vague' : 'lower-bound';
    const max = first.q.max !== null && last.q.max !== null ? value : null;
    return { q: { value, min: value, max, precision, length: last.b - first.a }, a: first.a, b: last.b };
  }
  // Only two noun phrases add up ("three soldiers and two civilians"), not a figure and a range or a
  // phrase with its own predicate ("eight policemen dead and four others wounded").
  const nounPhrase = (from: number, to: number): boolean => {
    let nouns = 0;
    for (let x = from; x < to; x++) {
      if (PREDICATES.has(ix.lower[x]!)) return false;
      if (ix.tokens[x]!.pos === 'NOUN') nouns++;
      else if (ix.tokens[x]!.pos !== 'ADJ' && ix.tokens[x]!.pos !== 'PROPN' && !hyphenated(ix, x)) return false;
    }
    // "a civilian", "an American": wink may tag the head as an adjective or a name; the last word heads the phrase.
    return nouns > 0 || to > from;
  };
  if (!nounPhrase(first.b, last.a - 1) || !nounPhrase(last.b, e)) return last;
  let value = first.q.value + last.q.value;
  let a = first.a;
  // Phenomenon: a list of more than two groups adds up whole ("two policemen, a driver and three passers-by"
  // is six), over a subset in commas after one of them ("three doctors, including the director, two nurses
  // and a guard" is six): each earlier group must be an exact figure and a bare noun phrase.
  for (let guard = 0; guard < 6 && a - 1 > s0 && ix.lower[a - 1] === ','; guard++) {
    let comma = a - 1;
    // ", including X," after the group before: read over it to that group.
    for (let j = comma - 1; j > s0 && comma - j <= 8; j--) {
      if (ix.lower[j] !== ',') continue;
      if (ix.lower[j + 1] === 'including' || ix.lower[j + 1] === 'among') comma = j;
      break;
    }
    const more = phraseCount(ix, comma);
    if (!more || more.q.precision !== 'exact' || !nounPhrase(more.b, comma)) break;
    value += more.q.value;
    a = more.a;
  }
  return { q: { value, min: value, max: value, precision: 'exact', length: last.b - a }, a, b: last.b };
}

/** A number word of an age in commas ("aged eight", "aged twenty-one"). */
function ageWord(ix: ArticleIndex, j: number): boolean {
  return ix.tokens[j]!.pos === 'NUM' || (ix.lower[j] === '-' && ix.tokens[j - 1]?.pos === 'NUM');
}

/**
 * Phenomenon: a figure's noun phrase may carry an "of" phrase of its own that names a group or a place
 * ("Eight members of a family drowned", "three employees of the bank were hurt", "two residents of the
 * village"): the figure is the head's, before "of", never one read from the "of" phrase ("a family" is no
 * person here). Walks back from `end` over the "of" phrase (a determiner and its nouns, up to five words) to
 * "of" after a plural noun, and returns the figure of the phrase before it; null when there is none.
 */
function ofPhraseHead(ix: ArticleIndex, end: number, floor: number): Found | null {
  let j = end - 1;
  while (j > floor && end - j <= 5 && (nounPhraseTail(ix, j) || ix.tokens[j]!.pos === 'DET')) j--;
  if (j <= floor || ix.lower[j] !== 'of' || j === end - 1) return null;
  const head = ix.tokens[j - 1]!;
  if (head.pos !== 'NOUN' || !PEOPLE_NOUN.test(ix.lower[j - 1]!) || CASUALTY_GROUPS.has(ix.lower[j - 1]!)) return null;
  const found = phraseCount(ix, j);
  return found && found.b < j ? found : null;
}

/** True when tokens [from, to) are a bare noun phrase's words after its figure (nouns, adjectives, names). */
function nounPhraseOf(ix: ArticleIndex, from: number, to: number): boolean {
  if (to <= from) return false;
  let nouns = 0;
  for (let x = from; x < to; x++) {
    if (PREDICATES.has(ix.lower[x]!)) return false;
    // "dozens of soldiers": the "of" of a vague word.
    if (x === from && ix.lower[x] === 'of' && VAGUE_WORDS.has(ix.lower[x - 1]!)) continue;
    if (ix.tokens[x]!.pos === 'NOUN') nouns++;
    else if (ix.tokens[x]!.pos !== 'ADJ' && ix.tokens[x]!.pos !== 'PROPN') return false;
  }
  // A plural demonym may be tagged as a name ("50,000 Algerians").
  return nouns > 0 || /s$/.test(ix.lower[to - 1]!);
}

/** Dashes that open and close an aside ("--" of wire copy, the em and en dashes). */
const DASHES: ReadonlySet<string> = new Set(['--', '—', '–']);

/** Scale words that close a compound figure ("three hundred", "two dozen"). */
const SCALE_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);

/** The figure of the one noun phrase that ends right before `end`. */
function phraseCount(ix: ArticleIndex, end: number): Found | null {
  const floor = Math.max(ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart, end - NP_WINDOW);
  let best: Found | null = null;
  for (let j = end - 1; j >= floor; j--) {
    const found = quantityAt(ix, j, end) ?? singular(ix, j, end) ?? pair(ix, j, end);
    if (found) {
      let tail = true;
      // Phenomenon: a vague figure before "of" counts a coordinated group whole ("dozens of demonstrators and
      // police were injured", "hundreds of students and teachers"): "and" may join the group's nouns.
      const group = found.q.precision === 'vague' && ix.lower[found.b] === 'of';
      for (let x = found.b; x < end; x++)
        if (
          !nounPhraseTail(ix, x) &&
          !(ix.lower[x] === 'of' && VAGUE_WORDS.has(ix.lower[x - 1]!)) &&
          !(group && ix.lower[x] === 'and' && x > found.b + 1 && ix.tokens[x + 1]?.pos === 'NOUN')
        )
          tail = false;
      if (tail && nonHumanPhrase(ix, found.b, end)) return null;
      if (tail) best = found;
      continue;
    }
    // Keep walking over the phrase's own words and over bound words a longer figure may start with;
    // "dozens of protesters": "of" after a vague word is part of the figure's phrase.
    // "Twenty-five people": the hyphen of a compound number word joins a longer figure.
    if (best && ix.lower[j] === '-') continue;
    if (BOUND_WORDS.has(ix.lower[j]!)) continue;
    // Phenomenon: a scale word ends a compound figure and is no figure alone ("Three hundred people", "two
    // thousand refugees", "three dozen"): walk on to the number word that opens it.
    if (!best && SCALE_WORDS.has(ix.lower[j]!)) continue;
    if (ix.lower[j] === 'of' && j > floor && VAGUE_WORDS.has(ix.lower[j - 1]!)) continue;
    if (best || !nounPhraseTail(ix, j)) break;
  }
  return best;
}

/** The figure of the noun phrase starting at `start` ("killing at least 12 civilians"). */
function countAfter(ix: ArticleIndex, start: number): Found | null {
  const s = ix.sentences[ix.tokens[start]?.sentence ?? 0]!;
  if (start >= s.tokenEnd) return null;
  const limit = Math.min(s.tokenEnd, start + NP_WINDOW);
  // "killing all 228 people on board".
  const from = ix.lower[start] === 'all' || ix.lower[start] === 'another' ? start + 1 : start;
  // A singular phrase may be longer than a figure's ("a Buffalo, N.Y., abortion-clinic doctor").
  const found =
    quantityAt(ix, from, limit) ??
    singular(ix, from, Math.min(s.tokenEnd, start + NP_WINDOW + 4)) ??
    pair(ix, from, limit) ??
    definiteAndMore(ix, from, limit);
  if (!found || nonHumanPhrase(ix, found.b, s.tokenEnd)) return null;
  // "two of the wounded": a part of a group already counted, not the toll ("dozens of people" is the toll);
  // a part of any other group is the toll ("killing two of the guards", see partitiveBefore).
  const next = ix.tokens[found.b + 1];
  if (
    PARTITIVE.has(ix.lower[found.b] ?? '') &&
    (!VAGUE_WORDS.has(ix.lower[found.b - 1]!) || next?.pos === 'DET' || next?.pos === 'PRON')
  ) {
    if (ix.lower[found.b] !== 'of' || !PARTITIVE_GROUP.has(ix.lower[found.b + 1] ?? '')) return null;
    for (let x = found.b + 1; x < Math.min(s.tokenEnd, found.b + 5); x++)
      if (CASUALTY_GROUPS.has(ix.lower[x]!)) return null;
    // Phenomenon: a part coordinated with more people adds up ("killed one of the drivers and a passenger" is
    // two, "two of the guards and a cook" three).
    return withMore(ix, found, s.tokenEnd);
  }
  return withMore(ix, found, s.tokenEnd);
}

/**
 * Phenomenon: a definite singular victim coordinated with a figure is one more ("killed the driver and
 * two passengers" is three, "the bomber and four guards" five): "the" + a singular noun, "and", an exact
 * figure. Alone, "the driver" is left uncounted (it may name no person: "killed the deal").
 */
function definiteAndMore(ix: ArticleIndex, start: number, limit: number): Found | null {
  if (ix.lower[start] !== 'the') return null;
  let j = start + 1;
  while (j < limit && ix.tokens[j]!.pos === 'ADJ') j++;
  const head = ix.tokens[j];
  if (!head || head.pos !== 'NOUN' || ix.lower[j] !== head.lemma.toLowerCase() || ix.lower[j + 1] !== 'and')
    return null;
  const lim = Math.min(ix.sentences[head.sentence]!.tokenEnd, j + 2 + NP_WINDOW);
  const more = quantityAt(ix, j + 2, lim) ?? pair(ix, j + 2, lim);
  if (!more || more.q.precision !== 'exact' || more.q.value === 0) return null;
  const value = more.q.value + 1;
  return { q: { value, min: value, max: value, precision: 'exact', length: more.b - start }, a: start, b: more.b };
}

/**
 * "killed 259 people on the plane and 11 on the ground": a second figure joined by "and" before any
 * verb adds to the first.
 */
function withMore(ix: ArticleIndex, found: Found, end: number): Found {
  for (let j = found.b; j < Math.min(end, found.b + NP_WINDOW); j++) {
    const t = ix.tokens[j]!;
    if (t.pos === 'VERB' || ix.lower[j] === ',' || ix.lower[j] === ';' || t.pos === 'SCONJ') return found;
    if (ix.lower[j] !== 'and') continue;
    // "a village elder and his three sons": a possessive may open the second figure's phrase.
    const at = POSSESSIVE_DETERMINERS.has(ix.lower[j + 1] ?? '') && ix.tokens[j + 2]?.pos === 'NUM' ? j + 2 : j + 1;
    // "two police officers and a child": a singular noun phrase adds one.
    const more = quantityAt(ix, at, Math.min(end, at + NP_WINDOW)) ?? singularPhrase(ix, at, end);
    if (!more || more.q.precision !== 'exact' || found.q.precision !== 'exact') return found;
    const after = ix.tokens[more.b];
    if (after && after.pos === 'VERB') return found;
    const value = found.q.value + more.q.value;
    return {
      q: { value, min: value, max: value, precision: 'exact', length: more.b - found.a },
      a: found.a,
      b: more.b,
    };
  }
  return found;
}

/** "a child", "a policeman" ending its clause or followed by a preposition: one person, after "and". */
function singularPhrase(ix: ArticleIndex, at: number, end: number): Found | null {
  let stop = at + 1;
  while (stop < end && stop - at < 4 && (ix.tokens[stop]!.pos === 'ADJ' || ix.tokens[stop]!.pos === 'NOUN')) stop++;
  return singular(ix, at, stop);
}

/** Verbs whose subject undergoes the injury or death their object names ("suffered injuries", "sustained wounds"). */
const UNDERGO_VERBS = new Set(['suffer', 'sustain', 'receive', 'incur']);

/** Verbs of care whose subject has the injuries of a "for"/"with" phrase ("17 people were treated for injuries", "hospitalised with wounds"). */
const CARE_VERBS = new Set(['treat', 'hospitalize', 'hospitalise', 'admit', 'hospitalized', 'hospitalised']);

/**
 * The undergoing verb right before an injury noun and its modifiers ("had suffered mostly minor injuries"),
 * or a verb of care before "for"/"with" ("were treated for gunshot wounds"), or -1.
 */
function undergoingVerb(ix: ArticleIndex, head: number): number {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  let care = -1;
  for (let k = head - 1; k >= floor && head - k <= (care >= 0 ? care + 8 : 5); k--) {
    const t = ix.tokens[k]!;
    if ((ix.lower[k] === 'for' || ix.lower[k] === 'with') && care < 0) {
      care = head - k;
      continue;
    }
    if (t.pos === 'VERB') {
      const lemma = t.lemma.toLowerCase();
      if (care < 0) return UNDERGO_VERBS.has(lemma) ? k : -1;
      return CARE_VERBS.has(lemma) || CARE_VERBS.has(ix.lower[k]!) || MOVED_VERBS.has(lemma) ? k : -1;
    }
    // "suffered head injuries", "treated for gunshot wounds": noun modifiers of the injury noun.
    if (t.pos === 'ADJ' || t.pos === 'ADV' || (t.pos === 'NOUN' && care < 0)) continue;
    // Phenomenon: a place phrase may stand between the verb and "with" ("were airlifted to Kathmandu with
    // injuries", "was rushed to a hospital in the capital with gunshot wounds").
    if (care >= 0 && (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN')) continue;
    return -1;
  }
  return -1;
}

/** Verbs of moving the hurt whose subject has the injuries of a "with" phrase ("rushed to hospital with burns"). */
const MOVED_VERBS: ReadonlySet<string> = new Set([
  'take',
  'rush',
  'airlift',
  'fly',
  'evacuate',
  'bring',
  'carry',
  'transfer',
  'transport',
  'ferry',
  'send',
]);

/** Verbs whose object dies in "VERB N people to death" ("beat", "stabbed", "burned", "crushed", "put"). */
const TO_DEATH_VERBS: ReadonlySet<string> = new Set([
  'beat',
  'stab',
  'stabbed',
  'hack',
  'club',
  'stone',
  'burn',
  'crush',
  'trample',
  'trampled',
  'shoot',
  'shot',
  'starve',
  'batter',
  'kick',
  'bludgeon',
  'strangle',
  'choke',
  'torture',
  'knife',
  'whip',
  'lynch',
  'put',
]);

/** Verbs of sending or leading people "to their deaths". */
const SENT_TO_DEATH: ReadonlySet<string> = new Set(['send', 'sent', 'lead', 'led']);

/** The figure a toll noun states ("the death toll rose to 40", "12 deaths", "a toll of 30"). */
function countOfNoun(ix: ArticleIndex, c: Candidate): Found | null {
  // "A man was stabbed to death": the figure is the subject of the verb before "to".
  if (ix.lower[c.head - 1] === 'to' && ix.tokens[c.head - 2]?.pos === 'VERB') {
    const subject = subjectCount(ix, verbGroup(ix, c.head - 2).start);
    if (subject || ix.lower[c.head] !== 'death') return subject;
  }
  // Phenomenon: "sent N to their death(s)", "led hundreds to their deaths": the object of a verb of sending or
  // leading is the figure of those who died.
  if (ix.lower[c.head - 1] === 'their' && ix.lower[c.head - 2] === 'to' && /^deaths?$/.test(ix.lower[c.head]!)) {
    const floor = ix.sentences[c.sentence]!.tokenStart;
    for (let j = c.head - 3; j >= floor && c.head - j <= 8; j--) {
      const t = ix.tokens[j]!;
      if (t.pos === 'AUX' || t.pos === 'SCONJ' || ix.lower[j] === ',') break;
      if (!SENT_TO_DEATH.has(t.lemma.toLowerCase())) continue;
      const object = objectCount(ix, j + 1);
      return object && object.b <= c.head - 2 ? object : null;
    }
  }
  // Phenomenon: an active verb's object stands between it and "to death" ("stabbed three shoppers to death",
  // "beat two guards to death"): the object is the figure.
  if (ix.lower[c.head - 1] === 'to' && ix.lower[c.head] === 'death') {
    const floor = ix.sentences[c.sentence]!.tokenStart;
    for (let j = c.head - 2; j >= floor && c.head - j <= 8; j--) {
      const t = ix.tokens[j]!;
      if (t.pos === 'AUX' || t.pos === 'SCONJ' || ix.lower[j] === ',') break;
      // Phenomenon: the tagger may read the verb as an adjective or a noun ("trampled", "shot" in "Gunmen shot
      // two men to death"): a verb of a manner of killing is one whatever its tag.
      const manner = TO_DEATH_VERBS.has(t.lemma.toLowerCase()) || TO_DEATH_VERBS.has(ix.lower[j]!);
      if (t.pos !== 'VERB' && !manner) continue;
      // Verbs of a manner of killing only: "sentenced two men to death" reports a sentence, not deaths.
      if (!manner) break;
      const object = verbGroup(ix, j).passive ? null : objectCount(ix, j + 1);
      if (object && object.b <= c.head - 1) return object;
      if (j < c.head - 2) break;
    }
  }
  const before = countBefore(ix, c.head);
  if (before) return before;
  // "13 people suffered minor injuries", "three officers sustained wounds": the subject of the verb that
  // takes the injury noun as its object is the figure.
  const undergo = undergoingVerb(ix, c.head);
  if (undergo >= 0) return countBefore(ix, verbGroup(ix, undergo).start);
  const s = ix.sentences[c.sentence]!;
  // A toll noun may carry a phrase and an aside before its link ("the death toll in the Tanzania blast,
  // initially 10, has risen to 12").
  const reach = ix.lower[c.end - 1] === 'toll' ? TOLL_REACH : NP_WINDOW;
  for (let j = c.end; j < Math.min(s.tokenEnd, c.end + reach); j++) {
    const low = ix.lower[j]!;
    if (low === '.' || low === ';' || ix.tokens[j]!.pos === 'SCONJ') break;
    const lemma = ix.tokens[j]!.lemma.toLowerCase();
    if (TOLL_LINKS.has(low) || TOLL_LINKS.has(lemma)) {
      const found = countAfter(ix, j + 1);
      if (found && !eventAfterOf(ix, j, found)) return found;
    }
  }
  return null;
}

/**
 * Phenomenon: after a toll noun's "of", an indefinite article opens the event the toll belongs to, not its
 * figure ("the death toll of a bomb blast", "the toll of an attack on a market"): `a`/`an` after "of" is no
 * figure of one. A number is ("a toll of 30").
 */
function eventAfterOf(ix: ArticleIndex, link: number, found: Found): boolean {
  return ix.lower[link] === 'of' && (ix.lower[found.a] === 'a' || ix.lower[found.a] === 'an');
}

/**
 * The count of dead or injured that a result trigger states: the subject of a passive, intransitive
 * or predicative one ("12 were killed", "five died", "left eight policemen dead"), the object of an
 * active one ("killing 12"), a reduced passive ("12 killed"), or a toll noun's figure.
 */
export function countOf(ix: ArticleIndex, c: Candidate): Found | null {
  // "Injured: 4,877": a labelled figure of a table (see labelledFigure) is the word's count, and only it.
  if (ix.lower[c.end] === ':') return labelledFigure(ix, c.end - 1, ix.sentences[c.sentence]!.tokenEnd)?.found ?? null;
  // An injury event made on a verb of care (see careVerb, orphan tolls) counts that verb's subject.
  if (c.kind === 'noun' && careVerb(ix, c.head, ix.sentences[c.sentence]!.tokenEnd))
    return subjectCount(ix, verbGroup(ix, c.head).start);
  if (c.kind === 'noun') return countOfNoun(ix, c) ?? personsOfNoun(ix, c);
  // Phenomenon: a gerund after "about" or "from" is a topic or a thing prevented, not a killing that took place
  // ("the talk about killing Rabin", "barred from killing prisoners"): its object is no toll.
  if (ix.lower[c.head]!.endsWith('ing') && (ix.lower[c.head - 1] === 'about' || ix.lower[c.head - 1] === 'from'))
    return null;
  const negated = negatedResult(ix, c);
  if (negated) return negated;
  const found = verbCount(ix, c);
  if (!found) return oneWithOthers(ix, c, verbGroup(ix, c.head).start);
  return found.b <= c.head ? withCompanions(ix, found, c.end) : found;
}

/** The count a result verb or adjective states (see countOf). */
function verbCount(ix: ArticleIndex, c: Candidate): Found | null {
  // "were reported killed", "were confirmed dead": the report verb carries the group.
  const prev = c.head - 1;
  let g =
    prev >= 0 && ix.tokens[prev]!.pos === 'VERB' && REPORTED_PARTICIPLES.has(ix.lower[prev]!)
      ? { ...verbGroup(ix, prev), passive: true }
      : verbGroup(ix, c.head);
  // Phenomenon: the subject of a verb of belief or report is that of its infinitive ("Hundreds are believed to
  // have died", "two guards are feared to have been killed", "ten appear to have drowned"): read the figure
  // before the governing verb's group.
  const raised = raisingVerb(ix, g.start);
  if (raised >= 0) g = { ...g, start: verbGroup(ix, raised).start };
  // "were beaten, injured and robbed": a participle in a list shares the list's auxiliary and subject.
  if (g.start === c.head) {
    const first = firstOfList(ix, c.head);
    if (first !== c.head) {
      const fg = verbGroup(ix, first);
      if (fg.passive || fg.start < first) return subjectCount(ix, fg.start);
    }
  }
  // Phenomenon: a pronoun object between such a verb and the adjective is the one who died or was hurt ("shooting
  // her dead", "found him dead", "shot them dead" counts the people "them" names).
  if (c.predicative && OBJECT_STATE_VERBS.has(ix.tokens[c.head - 2]?.lemma.toLowerCase() ?? '')) {
    const low = ix.lower[c.head - 1];
    if (low === 'him' || low === 'her') return one(c.head - 1);
    if (low === 'them') return themAntecedent(ix, c.head - 1);
  }
  // "he was shot dead", "was found dead": the verb before a predicative adjective carries its voice; active
  // ("Gunmen shot dead five people"), the figure is the object.
  if (c.predicative && c.head > 0 && ix.tokens[c.head - 1]!.pos === 'VERB') {
    const vg = verbGroup(ix, c.head - 1);
    if (vg.passive) return subjectCount(ix, vg.start) ?? definiteIndividual(ix, vg.start) ?? objectCount(ix, c.end);
    // Phenomenon: after an active verb the dead are its object, and "a" before the subject is the agent's
    // article, not a victim ("A gunman shot dead five people", "a sniper shot dead two soldiers").
    const object = ix.tokens[vg.start]!.lemma.toLowerCase() === 'be' ? null : objectCount(ix, c.end);
    if (object) return object;
  }
  // "shot dead five people": a predicative adjective may also take its figure after it.
  // Phenomenon: a figure right after the adjective is its object whatever tag the verb got ("A gunman shot
  // dead five people": "shot" may be read as a noun; "A gunman" is the agent, not a victim).
  if (c.predicative && !g.passive && ix.tokens[g.start]!.lemma.toLowerCase() !== 'be') {
    const object = objectCount(ix, c.end);
    if (object && object.a === c.end) return object;
  }
  if (c.predicative)
    return (
      subjectCount(ix, g.start) ??
      // "The driver was badly hurt": after a copula the subject undergoes.
      (ix.tokens[g.start]!.lemma.toLowerCase() === 'be' ? definiteIndividual(ix, g.start) : null) ??
      objectCount(ix, c.end)
    );
  // A definite person is read only as the subject of one who undergoes ("The judge died", "the driver was
  // hurt"), never of an active verb whose subject is the agent ("The gunman shot dead six people").
  if (g.passive || c.type.subjectRole === 'patient')
    return subjectCount(ix, g.start) ?? definiteIndividual(ix, g.start);
  // Phenomenon: a bound word right after the verb opens the figure, not a particle ("wounded over 300",
  // "killed about 40"): the figure is read from the verb on before a particle is skipped ("shot down two").
  const p = particleAfter(ix, c.head);
  const bounded = p >= 0 ? quantityAt(ix, c.end, ix.sentences[c.sentence]!.tokenEnd) : null;
  const object = bounded
    ? withMore(ix, bounded, ix.sentences[c.sentence]!.tokenEnd)
    : objectCount(ix, p >= 0 ? p + 1 : c.end);
  if (object) return object;
  // "12 killed in blast": a participle with no auxiliary and no object is a reduced passive.
  const next = ix.tokens[c.end];
  if (g.start === c.head && ix.lower[c.head]!.endsWith('ed') && (!next || next.pos !== 'NOUN')) {
    const sub = subjectCount(ix, c.head);
    // Phenomenon: a reduced passive inside a subset phrase tells a part of a toll stated before it ("36
    // people have died, including 19 peasants massacred by police", "among them two children shot in the
    // back"): no toll of its own.
    if (
      sub &&
      (ix.lower[sub.a - 1] === 'including' || (ix.lower[sub.a - 1] === 'them' && ix.lower[sub.a - 2] === 'among'))
    )
      return null;
    return sub;
  }
  return null;
}

/** Verbs of belief, report or appearance that raise a perfect infinitive's subject ("believed to have died"). */
const RAISING_REPORTERS: ReadonlySet<string> = new Set([
  'believe',
  'fear',
  'report',
  'say',
  'think',
  'know',
  'estimate',
  'presume',
  'understand',
  'confirm',
  'appear',
  'seem',
]);

/**
 * The verb of belief or report whose infinitive opens at `start` ("are believed | to have died": "to", or
 * "to have" which the tagger may read as a main verb), or -1.
 */
function raisingVerb(ix: ArticleIndex, start: number): number {
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  let j = start;
  if (ix.lower[j] !== 'to' && ix.lower[j - 1] === 'have') j--;
  if (ix.lower[j] !== 'to' && ix.lower[j - 1] === 'to') j--;
  if (ix.lower[j] !== 'to' || j - 1 <= floor) return -1;
  const gov = ix.tokens[j - 1]!;
  return gov.pos === 'VERB' && RAISING_REPORTERS.has(gov.lemma.toLowerCase()) ? j - 1 : -1;
}

/**
 * Phenomenon: a noun of killing names its dead in its "of" phrase ("the killing of three aid workers", "the
 * slaying of Mara Quent", "the massacre of hundreds of villagers", "the murder of his wife"): the figure or
 * the people of that phrase, or null. A noun that causes deaths states no toll otherwise ("the attack").
 */
export function victimsOfKillingNoun(ix: ArticleIndex, c: Candidate): Found | null {
  if (c.kind !== 'noun' || c.type.casualtyRole !== 'killed' || ix.lower[c.end] !== 'of') return null;
  return objectCount(ix, c.end + 1) ?? definiteVictim(ix, c.end + 1);
}

/**
 * Phenomenon: a definite singular person after a killing noun's "of" is one victim ("the killing of the
 * doctor, Barnett Slepian", "the murder of the young journalist"): "the", adjectives, a singular head noun
 * that names a person (an animate head) or is followed by a person's name in apposition. "The massacre of
 * the village" names no person.
 */
function definiteVictim(ix: ArticleIndex, start: number): Found | null {
  if (ix.lower[start] !== 'the') return null;
  const end = ix.sentences[ix.tokens[start]!.sentence]!.tokenEnd;
  let j = start + 1;
  while (j < end && j - start < 5 && ix.tokens[j]!.pos === 'ADJ') j++;
  const head = ix.tokens[j];
  if (!head || j >= end || head.pos !== 'NOUN' || ix.lower[j] !== head.lemma.toLowerCase()) return null;
  const named = ix.lower[j + 1] === ',' && personStartingAt(ix, j + 2) !== null;
  return named || animateHead(ix.lower[j]!) ? people(1, start, j + 1) : null;
}

/** Singular personal pronouns: one person ("he was shot dead", "killed him"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** The subject's figure: a stated number, else the people the subject names. */
function subjectCount(ix: ArticleIndex, end: number, depth = 0): Found | null {
  const shared = depth < 3 ? sharedSubjectVerb(ix, end) : -1;
  if (shared >= 0) return subjectCount(ix, verbGroup(ix, shared).start, depth + 1);
  const found =
    negatedAnyone(ix, end) ??
    noPeople(ix, end) ??
    partitiveBefore(ix, end) ??
    countBefore(ix, end) ??
    personsBefore(ix, end);
  if (found) return found;
  const r = reducedRelativeStart(ix, end);
  return r >= 0 ? (countBefore(ix, r) ?? personsBefore(ix, r)) : null;
}

/**
 * Phenomenon: "anyone" under a negation is a stated zero ("it did not appear that anyone else was injured",
 * "police did not believe anybody was hurt"): a subject "anyone"/"anybody" (+ "else") with "not", "n't" or
 * "never" before it in its sentence, or null.
 */
function negatedAnyone(ix: ArticleIndex, end: number): Found | null {
  const floor = ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart;
  let a = end - 1;
  if (ix.lower[a] === 'else') a--;
  if (a < floor || (ix.lower[a] !== 'anyone' && ix.lower[a] !== 'anybody')) return null;
  for (let j = a - 1; j >= floor && a - j <= 10; j--) {
    // "did not say whether anyone was killed": an open question states no figure.
    if (ix.lower[j] === 'whether' || ix.lower[j] === 'if') return null;
    if (ix.lower[j] === 'not' || ix.lower[j] === "n't" || ix.lower[j] === 'never')
      return { q: { value: 0, min: 0, max: 0, precision: 'exact', length: end - a }, a, b: end };
  }
  return null;
}

/**
 * Phenomenon: "no" before a plural noun of people is a stated zero ("no people were killed", "no civilians
 * were hurt", "no foreign tourists were among the injured" is left to other rules): "no", adjectives, a
 * plural people noun ending right before `end`, or null. "no fewer than 20 people" is a bound, not a zero.
 */
function noPeople(ix: ArticleIndex, end: number): Found | null {
  const floor = ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart;
  const h = end - 1;
  if (h <= floor || ix.tokens[h]!.pos !== 'NOUN' || !PEOPLE_NOUN.test(ix.lower[h]!)) return null;
  if (NON_HUMAN_HEADS.has(ix.lower[h]!) || CASUALTY_GROUPS.has(ix.lower[h]!)) return null;
  let j = h - 1;
  while (j > floor && h - j <= 3 && ix.tokens[j]!.pos === 'ADJ') j--;
  if (j < floor || ix.lower[j] !== 'no') return null;
  return { q: { value: 0, min: 0, max: 0, precision: 'exact', length: end - j }, a: j, b: end };
}

/**
 * Phenomenon: a negated result word states a zero of its subject ("the two pilots on board were not injured",
 * "the guard was not hurt", "the hostages were never harmed" is no result word): when the word's own verb
 * group is negated and a subject of people stands before it, the toll is 0, never the subject's figure
 * (which counts the unhurt). Returns the zero at the negation, or null.
 */
function negatedResult(ix: ArticleIndex, c: Candidate): Found | null {
  const g = verbGroup(ix, c.head);
  if (!g.negated || !(g.passive || c.predicative || c.type.subjectRole === 'patient')) return null;
  let neg = -1;
  for (let k = g.start; k < c.head; k++)
    if (ix.lower[k] === 'not' || ix.lower[k] === "n't" || ix.lower[k] === 'never') neg = k;
  if (neg < 0 || !subjectCount(ix, g.start)) return null;
  // "were not seriously hurt", "was not badly injured": the negation is of the degree, not of the injury (they
  // were hurt): no zero, the subject's figure stands.
  for (let k = neg + 1; k < c.head; k++) if (ix.tokens[k]!.pos === 'ADV' || ix.tokens[k]!.pos === 'ADJ') return null;
  return { q: { value: 0, min: 0, max: 0, precision: 'exact', length: 1 }, a: neg, b: neg + 1 };
}

/**
 * Phenomenon: coordinated predicates share their subject ("The teacher was stabbed twice and was pronounced
 * dead", "Two guards were shot and later died"): when the verb group at `end` opens right after "and", the
 * subject is that of the verb before the "and" in the same clause. Returns that verb, or -1.
 */
function sharedSubjectVerb(ix: ArticleIndex, end: number): number {
  const floor = ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart;
  let k = end - 1;
  // Over adverbs, auxiliaries and a participle the tagger read as an adjective ("and was pronounced dead").
  const skip = (t: { pos: string }, low: string): boolean =>
    t.pos === 'ADV' || t.pos === 'AUX' || (t.pos === 'ADJ' && /ed$/.test(low));
  while (k > floor && skip(ix.tokens[k]!, ix.lower[k]!)) k--;
  if (k <= floor || ix.lower[k] !== 'and') return -1;
  for (let j = k - 1; j > floor && k - j <= 12; j--) {
    const t = ix.tokens[j]!;
    if (ix.lower[j] === ';' || ix.lower[j] === ',' || t.pos === 'SCONJ' || ix.lower[j] === 'and') return -1;
    if (t.pos === 'NUM' || ix.mentionAt[j]! >= 0) return -1;
    if (t.pos === 'VERB') return j;
  }
  return -1;
}

/**
 * Phenomenon: a participle phrase may stand between a subject and its verb (a reduced relative clause: "12
 * migrants fleeing the fighting drowned", "two men travelling with him were hurt"): the start of such a
 * phrase ending right before `end`, or -1. The phrase is an -ing verb and its object or adjunct (names,
 * nouns, determiners, prepositions), with no auxiliary and no clause boundary.
 */
function reducedRelativeStart(ix: ArticleIndex, end: number): number {
  const floor = Math.max(ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart, end - NP_WINDOW);
  for (let j = end - 1; j > floor; j--) {
    const t = ix.tokens[j]!;
    if (t.pos === 'VERB') {
      // "trying to reach the coast": an infinitive under the participle belongs to the phrase.
      if (ix.lower[j - 1] === 'to' && j - 2 > floor) {
        j--;
        continue;
      }
      return j < end - 1 && ix.lower[j]!.endsWith('ing') ? j : -1;
    }
    if (!['PROPN', 'NOUN', 'DET', 'ADP', 'ADJ', 'NUM', 'PRON'].includes(t.pos)) return -1;
  }
  return -1;
}

/**
 * Phenomenon: a comitative phrase after a death or injury verb adds its people to the subject's ("The
 * driver died with four other passengers" is five; "Nine soldiers were killed, along with two
 * interpreters" is eleven). A bare "with" adds only "N other(s)" (not "killed with 3 bullets"); "along
 * with" and "together with" add any figure of people.
 */
function withCompanions(ix: ArticleIndex, found: Found, from: number): Found {
  if (found.q.precision !== 'exact') return found;
  const more = companions(ix, from);
  if (!more) return found;
  const value = found.q.value + more.q.value;
  return { q: { value, min: value, max: value, precision: 'exact', length: found.q.length }, a: found.a, b: found.b };
}

/** The companions' figure of a comitative phrase after token `from` (see withCompanions), or null. */
function companions(ix: ArticleIndex, from: number): (Found & { other: boolean }) | null {
  const s = ix.sentences[ix.tokens[Math.min(from, ix.tokens.length - 1)]!.sentence]!;
  for (let j = from; j < Math.min(s.tokenEnd, from + 12); j++) {
    const t = ix.tokens[j]!;
    if (ix.lower[j] === ';' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (ix.lower[j] !== 'with') continue;
    const joined = ix.lower[j - 1] === 'along' || ix.lower[j - 1] === 'together';
    // Phenomenon: "along with" one person ("perished along with her", "was killed along with his driver",
    // "together with Mara Quent") adds one.
    const person = joined ? companionPerson(ix, j + 1, s.tokenEnd) : null;
    if (person) return { ...person, other: true };
    const more = quantityAt(ix, j + 1, Math.min(s.tokenEnd, j + 1 + NP_WINDOW));
    if (!more || more.q.precision !== 'exact') return null;
    const other = ix.lower[more.b] === 'other' || ix.lower[more.b] === 'others';
    if (!joined && !other) return null;
    // The companions are people: "others", or a plural head noun ending the phrase.
    let h = more.b;
    // Over modifiers: "two other", "five Kenyan employees" (a demonym may be tagged as a name).
    while (
      h < s.tokenEnd &&
      h - more.b < 4 &&
      (ix.tokens[h]!.pos === 'ADJ' || ix.lower[h] === 'other' || (ix.tokens[h]!.pos === 'PROPN' && h + 1 < s.tokenEnd))
    )
      h++;
    if (!other && !(ix.tokens[h]?.pos === 'NOUN' && PEOPLE_NOUN.test(ix.lower[h]!))) return null;
    // "killed, with two others injured": an absolute clause with its own result word states another toll.
    for (let x = more.b; x < Math.min(s.tokenEnd, more.b + 8); x++) {
      if (ix.lower[x] === ',' || ix.lower[x] === ';' || ix.lower[x] === '.') break;
      if (PREDICATES.has(ix.lower[x]!) || ix.lower[x] === 'killed' || ix.lower[x] === 'missing') return null;
    }
    return { ...more, other };
  }
  return null;
}

/** One person after "along with": a singular pronoun, a person's name, or a singular noun phrase ("his driver"). */
function companionPerson(ix: ArticleIndex, at: number, end: number): Found | null {
  if (at >= end) return null;
  if (OBJECT_PRONOUNS.has(ix.lower[at]!)) return one(at);
  const named = personStartingAt(ix, at);
  if (named && named.end <= end) return people(1, at, named.end);
  return singularPhrase(ix, at, end);
}

/**
 * A definite singular noun phrase ending right before `end` ("the boyfriend", "the young doctor"), as one
 * person when the caller knows it names one (the antecedent of "who"), or null.
 */
function definitePerson(ix: ArticleIndex, end: number): Found | null {
  const floor = ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart;
  const head = ix.tokens[end - 1];
  if (!head || end - 1 <= floor || head.pos !== 'NOUN' || ix.lower[end - 1] !== head.lemma.toLowerCase()) return null;
  let d = end - 2;
  while (d > floor && end - d <= 5 && (ix.tokens[d]!.pos === 'ADJ' || ix.tokens[d]!.pos === 'NOUN')) d--;
  return ix.lower[d] === 'the' ? people(1, d, end) : null;
}

/**
 * "The driver died with four other passengers", "the driver was killed along with his bodyguard": a definite
 * singular subject is one of the dead when a comitative "N other(s)" or "along with" one person counts the
 * rest (the "other", or a person beside it, says the subject is a person too), or null.
 */
function oneWithOthers(ix: ArticleIndex, c: Candidate, start: number): Found | null {
  const more = companions(ix, c.end);
  if (!more?.other) return null;
  let k = start - 1;
  const floor = ix.sentences[c.sentence]!.tokenStart;
  while (k > floor && ix.tokens[k]!.pos === 'ADV') k--;
  const head = ix.tokens[k];
  if (!head || head.pos !== 'NOUN' || ix.lower[k] !== head.lemma.toLowerCase()) return null;
  let d = k - 1;
  while (d > floor && ix.tokens[d]!.pos === 'ADJ') d--;
  if (ix.lower[d] !== 'the') return null;
  const value = 1 + more.q.value;
  return { q: { value, min: value, max: value, precision: 'exact', length: 1 }, a: d, b: k + 1 };
}

/**
 * Plural nouns of people by their ending ("employees", "workers", "passengers", "adults", "villagers",
 * "policemen"), and the bare words ("people", "children", "men": the whole word is the ending).
 */
const PEOPLE_NOUN = /^(?:\p{L}*(?:people|children|men)|\p{L}+s)$/u;

/** Nouns of people already counted as casualties: "three of the wounded" is a part of a toll, not a toll. */
const CASUALTY_GROUPS = new Set(['dead', 'wounded', 'injured', 'killed', 'victims', 'casualties', 'bodies', 'dying']);

/** Determiners and pronouns that open the group of a partitive ("two of the guards", "ten of those on board"). */
const PARTITIVE_GROUP = new Set(['the', 'those', 'these', 'them', 'its', 'his', 'her', 'their', 'our']);

/**
 * Phenomenon: a partitive subject states the toll by its figure, whatever group follows "of" ("Ten of those
 * on board died", "Two of the guards were killed", "None of the hostages was hurt" is a stated zero). Not a
 * part of a group already counted as casualties ("Three of the wounded later died": those are counted with
 * the wounded).
 */
function partitiveBefore(ix: ArticleIndex, end: number): Found | null {
  const floor = Math.max(ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart, end - NP_WINDOW - 4);
  let e = end;
  while (e - 1 > floor && ix.tokens[e - 1]!.pos === 'ADV') e--;
  for (let j = e - 1; j > floor; j--) {
    const t = ix.tokens[j]!;
    if (ix.lower[j] === 'of') {
      // Phenomenon: "N out of M" states N of a group of M ("14 out of 45 passengers died", "three out of
      // every ten victims"): the figure before "out of" is the toll, never the group's size.
      if (ix.lower[j - 1] === 'out') {
        for (let k = j - 2; k >= floor && j - 1 - k <= 4; k--) {
          const found = quantityAt(ix, k, j - 1);
          if (found && found.b === j - 1) return found;
        }
        return null;
      }
      if (!PARTITIVE_GROUP.has(ix.lower[j + 1] ?? '')) return null;
      for (let x = j + 1; x < e; x++) if (CASUALTY_GROUPS.has(ix.lower[x]!)) return null;
      // "eight of them Americans and over 1,000 injured": a figure or a coordination after the group
      // belongs to another phrase; the partitive is a subset of an earlier toll there.
      for (let x = j + 1; x < e; x++) if (ix.tokens[x]!.pos === 'NUM' || ix.tokens[x]!.pos === 'CCONJ') return null;
      for (let k = j - 1; k >= floor && j - k <= 4; k--) {
        const found = quantityAt(ix, k, j);
        if (found && found.b === j) return found;
      }
      return null;
    }
    // The group's own words: "those on board", "the crew of the boat" stop at a verb or a clause boundary.
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PUNCT') return null;
  }
  return null;
}

/** The object's figure: a stated number, else the people the object names. */
function objectCount(ix: ArticleIndex, start: number): Found | null {
  return countAfter(ix, start) ?? personsAfter(ix, start) ?? themAntecedent(ix, start);
}

/**
 * Phenomenon: "them" as the object of a second verb of one sentence names the people the first verb's object
 * counted ("Gunmen dragged 10 men from their homes and shot them", "seized three hostages and killed them"):
 * the nearest exact figure of a plural people noun before "and" in the sentence, as the object of a verb.
 */
function themAntecedent(ix: ArticleIndex, start: number): Found | null {
  if (ix.lower[start] !== 'them' || ix.tokens[start]!.pos !== 'PRON') return null;
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  let and = -1;
  for (let j = start - 1; j > floor && start - j <= 4; j--)
    if (ix.lower[j] === 'and') {
      and = j;
      break;
    }
  if (and < 0) return null;
  for (let j = and - 1; j > floor && and - j <= 20; j--) {
    if (ix.lower[j] === ';' || ix.tokens[j]!.pos === 'SCONJ') return null;
    const found = quantityAt(ix, j, and);
    if (!found || found.q.precision !== 'exact' || ix.tokens[j - 1]?.pos !== 'VERB') continue;
    const head = ix.tokens[found.b];
    return head?.pos === 'NOUN' && PEOPLE_NOUN.test(ix.lower[found.b]!) && !nonHumanPhrase(ix, found.b, and)
      ? found
      : null;
  }
  return null;
}

/** The person mention ending right before token `end` (exclusive), or null. */
function personEndingAt(ix: ArticleIndex, end: number): { start: number } | null {
  if (end <= 0) return null;
  const at = ix.mentionAt[end - 1]!;
  if (at < 0) return null;
  const m = ix.mentions[at]!;
  return m.entity.type === 'person' && m.tokenEnd === end ? { start: m.tokenStart } : null;
}

/** The person mention starting at token `start`, or null. */
function personStartingAt(ix: ArticleIndex, start: number): { end: number } | null {
  if (start >= ix.tokens.length) return null;
  const at = ix.mentionAt[start]!;
  if (at < 0) return null;
  const m = ix.mentions[at]!;
  return m.entity.type === 'person' && m.tokenStart === start ? { end: m.tokenEnd } : null;
}

/**
 * Nouns of groups and institutions that the animate-head test accepts as agents but that name no single
 * person as a victim ("the army was hurt by the cuts", "the government was wounded by the vote").
 */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  'army',
  'government',
  'police',
  'military',
  'navy',
  'regime',
  'administration',
  'party',
  'group',
  'team',
  'council',
  'committee',
  'ministry',
  'state',
  'crowd',
  'family',
  'public',
  'community',
  'opposition',
  'coalition',
  'militia',
  'force',
  'junta',
  'cabinet',
  'parliament',
  'movement',
  'club',
  'side',
]);

/** Singular nouns of a body of people, which a possessive does not make one person ("the party's leadership"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'leadership',
  'staff',
  'crew',
  'population',
  'membership',
  'workforce',
  'personnel',
  'entourage',
  'delegation',
  'congregation',
  'contingent',
  'unit',
  'battalion',
  'platoon',
  'company',
  'squad',
  'household',
  'generation',
]);

/** Singular role nouns of people often hurt or killed that the animate-head test does not know. */
const VICTIM_ROLES: ReadonlySet<string> = new Set([
  'driver',
  'pilot',
  'patient',
  'farmer',
  'rider',
  'motorist',
  'hiker',
]);

/**
 * Phenomenon: a definite singular noun of a person as the subject of a death or injury word is one victim
 * ("The judge died later in hospital", "the unnamed victim died during the night", "the driver was
 * hurt"): "the", adjectives or noun modifiers, a singular head that names a person (not a group or an
 * institution: "the army", "the government"). ACLED counts each reported death, a single one included.
 */
function definiteIndividual(ix: ArticleIndex, end: number): Found | null {
  const h = ix.lower[end - 1];
  if (h === undefined || COLLECTIVE_HEADS.has(h) || !(animateHead(h) || VICTIM_ROLES.has(h))) return null;
  const found = definitePerson(ix, end);
  // "Much of the old guard is dead", "part of the crew": a definite noun after "of" is a group taken in part.
  return found && ix.lower[found.a - 1] !== 'of' ? found : null;
}

/** Counts people named at [a, b) as an exact figure. */
function people(n: number, a: number, b: number): Found {
  return { q: { value: n, min: n, max: n, precision: 'exact', length: b - a }, a, b };
}

/**
 * Phenomenon: a victim named by name or by a singular pronoun is one person ("Slepian was killed on
 * Friday", "he was shot dead", "Bushnell and Kimotho were injured" is two): ACLED counts every reported
 * death, named ones included. Also through an apposition ("Dr. Barnett Slepian, a gynecologist, was
 * killed") and a relative pronoun ("a nurse who was critically injured" is the nurse). Only person
 * entities count: a place or group as subject is no figure.
 */
function personsBefore(ix: ArticleIndex, end: number): Found | null {
  const floor = ix.sentences[ix.tokens[Math.max(0, end - 1)]!.sentence]!.tokenStart;
  let e = end;
  while (e - 1 > floor && ix.tokens[e - 1]!.pos === 'ADV') e--;
  if (e - 1 < floor) return null;
  const low = ix.lower[e - 1]!;
  // "a nurse who was critically injured", "Slepian, who was shot": the antecedent.
  if (low === 'who' || (low === 'that' && ix.tokens[e - 1]!.pos === 'PRON')) {
    // Over the comma and a closing quotation mark before the pronoun ("… Elena,'' who died").
    let a = e - 1;
    while (a - 1 > floor && (ix.lower[a - 1] === ',' || /^(?:''|"|”|’|')$/.test(ix.lower[a - 1]!))) a--;
    // "two other girls, aged eight, who died": over an age in commas to the antecedent.
    let g = a - 1;
    while (g > floor && a - g <= 6 && (/^(?:\d{1,3}|and|,)$/.test(ix.lower[g]!) || ageWord(ix, g))) g--;
    if (g < a - 1 && ix.lower[g] === 'aged' && ix.lower[g - 1] === ',' && g - 1 > floor) a = g - 1;
    // "the boyfriend who perished": "who" says the definite noun before it names a person, so it is one.
    return a > floor
      ? (countBefore(ix, a) ?? personsBefore(ix, a) ?? (low === 'who' ? definitePerson(ix, a) : null))
      : null;
  }
  if (SUBJECT_PRONOUNS.has(low)) return people(1, e - 1, e);
  // Phenomenon: a name in apposition right before the verb names the one who died ("One of the country's best
  // known writers, Ana Ruiz, died on Sunday"): the name before the closing comma.
  if (low === ',' && e - 1 > floor && personEndingAt(ix, e - 1) && ix.lower[e - 2] !== ',') e--;
  // "Dr. Barnett Slepian, a gynecologist, was killed": over an apposition in commas. Phenomenon: an
  // apposition may be long and hold its own commas and relative clause ("Dr. Mara Quent, 44, a surgeon who
  // ran the only clinic in the valley, was shot"): up to three commas and 30 words back to the name.
  if (low === ',') {
    for (let j = e - 2, commas = 0; j > floor && e - j <= 30 && commas < 3; j--) {
      if (ix.lower[j] === ';') break;
      if (ix.lower[j] !== ',') continue;
      commas++;
      if (personEndingAt(ix, j)) {
        e = j;
        break;
      }
    }
  }
  let first = personEndingAt(ix, e);
  if (!first) return null;
  let n = 1;
  let a = first.start;
  // "Bushnell and Kimotho", "Smith, Jones and Brown".
  while (a - 1 > floor && (ix.lower[a - 1] === 'and' || ix.lower[a - 1] === ',')) {
    const before = personEndingAt(ix, a - 1);
    if (!before) break;
    n++;
    a = before.start;
    first = before;
  }
  // A figure or a word of quantity before the names makes them a part of a group ("two of them, Smith and …").
  if (a - 1 >= floor && (ix.tokens[a - 1]!.pos === 'NUM' || ix.lower[a - 1] === 'of')) return null;
  return people(n, a, e);
}

/** The people an object names: "killed Slepian", "shot him", "wounded Smith and Jones". */
function personsAfter(ix: ArticleIndex, start: number): Found | null {
  const s = ix.sentences[ix.tokens[Math.min(start, ix.tokens.length - 1)]!.sentence]!;
  if (start >= s.tokenEnd) return null;
  if (OBJECT_PRONOUNS.has(ix.lower[start]!) && ix.tokens[start]!.pos === 'PRON') {
    // "her" before a noun is a possessive ("her husband"): left to the singular reading.
    const next = ix.tokens[start + 1];
    if (ix.lower[start] === 'her' && next && next.sentence === s.i && (next.pos === 'NOUN' || next.pos === 'ADJ'))
      return null;
    return people(1, start, start + 1);
  }
  let m = personStartingAt(ix, start);
  if (!m) return null;
  let n = 1;
  let b = m.end;
  while (b + 1 < s.tokenEnd && (ix.lower[b] === 'and' || ix.lower[b] === ',')) {
    const more = personStartingAt(ix, b + 1);
    if (!more) break;
    n++;
    b = more.end;
    m = more;
  }
  return people(n, start, b);
}

/**
 * A death or injury noun whose victim is named: "the killing of Barnett Slepian", "Slepian's death", "his
 * death" — one person (or the names coordinated after "of").
 */
function personsOfNoun(ix: ArticleIndex, c: Candidate): Found | null {
  const s = ix.sentences[c.sentence]!;
  if (ix.lower[c.end] === 'of') return personsAfter(ix, c.end + 1);
  let k = c.head - 1;
  while (k > s.tokenStart && ix.tokens[k]!.pos === 'ADJ') k--;
  if (k < s.tokenStart) return null;
  // Phenomenon: the wounds someone died of are no injury toll of their own ("A waiter later died of his
  // injuries", "succumbed to her wounds"): the death counts the person.
  if (c.type.casualtyRole === 'injured' && diedOf(ix, k - 1)) return null;
  if (POSSESSIVE_PRONOUNS.has(ix.lower[k]!)) return people(1, k, k + 1);
  if ((ix.lower[k] === "'s" || ix.lower[k] === '’s') && personEndingAt(ix, k)) {
    const p = personEndingAt(ix, k)!;
    return people(1, p.start, k);
  }
  return null;
}

/** True when token `j` is the "of"/"from"/"to" of "died of", "died from", "succumbed to" (over an adverb). */
function diedOf(ix: ArticleIndex, j: number): boolean {
  if (!['of', 'from', 'to'].includes(ix.lower[j] ?? '')) return false;
  let v = j - 1;
  if (ix.tokens[v]?.pos === 'ADV') v--;
  const lemma = ix.tokens[v]?.lemma.toLowerCase() ?? '';
  return lemma === 'die' || lemma === 'succumb' || ix.lower[v] === 'died' || ix.lower[v] === 'succumbed';
}

/**
 * The first participle of a list the participle at `k` closes or continues ("beaten, injured and robbed":
 * from "injured", "beaten"), or `k` itself when it stands alone.
 */
function firstOfList(ix: ArticleIndex, k: number): number {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  let first = k;
  for (let j = k - 1; j - 1 >= floor && first - j <= 2; j -= 2) {
    const link = ix.lower[j]!;
    if (link !== ',' && link !== 'and' && link !== 'or') break;
    const before = ix.tokens[j - 1]!;
    if ((before.pos !== 'VERB' && before.pos !== 'ADJ') || !/(ed|en|wn|t)$/.test(ix.lower[j - 1]!)) break;
    first = j - 1;
  }
  return first;
}

/**
 * Phenomenon: the perpetrator's own death is part of the event's toll (ACLED counts every reported death):
 * "The gunman killed himself after shooting dead six worshippers" is seven, "a bomber blew himself up,
 * killing three soldiers" four. True when sentence `sentence` tells a self-killing ("killed himself",
 * "blew herself up", "took his own life").
 */
export function selfKillingIn(ix: ArticleIndex, sentence: number): boolean {
  const s = ix.sentences[sentence]!;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const low = ix.lower[k]!;
    if (low !== 'himself' && low !== 'herself' && low !== 'life') continue;
    const verb = ix.tokens[k - 1]!.lemma.toLowerCase();
    if (low === 'life') {
      if (
        ix.lower[k - 1] === 'own' &&
        /^(?:his|her)$/.test(ix.lower[k - 2] ?? '') &&
        /^(?:take|took|taken|taking)$/.test(ix.lower[k - 3] ?? '')
      )
        return true;
    } else if (verb === 'kill' || (verb === 'blow' && ix.lower[k + 1] === 'up')) return true;
  }
  return false;
}

/** A count one higher (the perpetrator's death added to an exact or lower-bound toll). */
export function plusOne(c: CasualtyCount): CasualtyCount {
  if (c.precision === 'vague') return c;
  return { ...c, value: c.value + 1, min: c.min + 1, max: c.max === null ? null : c.max + 1 };
}

/** A found count as a record field. */
export function casualtyCount(ix: ArticleIndex, f: Found): CasualtyCount {
  const start = ix.tokens[f.a]!.start;
  const end = ix.tokens[f.b - 1]!.end;
  return {
    value: f.q.value,
    min: f.q.min,
    max: f.q.max,
    precision: f.q.precision,
    text: ix.text.slice(start, end),
    start,
    end,
    sentence: ix.tokens[f.a]!.sentence,
  };
}

/** Ordinals that make "a third", "a fourth" one more victim after those already counted. */
const ORDINALS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh']);

/**
 * Phenomenon: a count that says it comes on top of others already told ("Two residents died at the scene and
 * another died later", "a third was wounded", "five more were hurt", "four others were injured") is more
 * victims of the same event, not a conflicting report of the same toll: it is added, not compared.
 */
export function additiveCount(ix: ArticleIndex, f: Found): boolean {
  const first = ix.lower[f.a]!;
  if (first === 'another') return true;
  if ((first === 'a' || first === 'the') && ORDINALS.has(ix.lower[f.a + 1] ?? '')) return true;
  // "five more people", "four others", "two other passengers": right after the figure.
  const after = ix.lower[f.b] ?? '';
  return f.q.precision === 'exact' && (after === 'more' || after === 'others' || after === 'other');
}

/**
 * Two counts of one event that add up (see additiveCount): the sum, over a span from the first to the
 * second; bounds add (an open maximum stays open), a vague part makes the sum vague.
 */
export function addCounts(ix: ArticleIndex, a: CasualtyCount, b: CasualtyCount): CasualtyCount {
  const [x, y] = a.start <= b.start ? [a, b] : [b, a];
  const precision =
    x.precision === 'vague' || y.precision === 'vague'
      ? 'vague'
      : x.precision === 'lower-bound' || y.precision === 'lower-bound'
        ? 'lower-bound'
        : 'exact';
  return {
    value: x.value + y.value,
    min: x.min + y.min,
    max: x.max === null || y.max === null ? null : x.max + y.max,
    precision,
    text: ix.text.slice(x.start, y.end),
    start: x.start,
    end: y.end,
    sentence: x.sentence,
  };
}

/**
 * Combines two counts of one event (conflicting reports, or a toll told twice): the lowest stated
 * figure is the value (ACLED's conservative rule), the range runs from the lowest minimum to the
 * highest stated figure (null when only lower bounds are stated), and the kept span is the lowest one's.
 */
export function combineCounts(a: CasualtyCount, b: CasualtyCount): CasualtyCount {
  if (a.start === b.start) return a;
  const low = b.value < a.value ? b : a;
  const highs = [
    a.max,
    b.max,
    a.precision === 'lower-bound' ? null : a.value,
    b.precision === 'lower-bound' ? null : b.value,
  ].filter((x): x is number => x !== null);
  const max = highs.length > 0 ? Math.max(...highs, low.value) : null;
  return { ...low, min: Math.min(a.min, b.min), max };
}

/** Words after "treated" that make it medical care ("treated for shock", "treated in hospital", "at the scene"). */
const TREATED_LINKS: ReadonlySet<string> = new Set(['for', 'in', 'at', 'by']);

/**
 * Injury nouns the injury trigger counts itself ("treated for injuries"): no second toll from the care verb.
 * "wounds" is no trigger noun, so the care verb counts it ("40 people were being treated for wounds").
 */
const INJURY_OBJECTS: ReadonlySet<string> = new Set(['injuries', 'injury']);

/**
 * True when token `k` is a passive verb of medical care: "were hospitalised", "were treated for|in|at|by …",
 * "were admitted to (a|the) hospital|clinic", and not one whose "for"/"with" phrase names injuries, which the
 * injury noun counts ("treated for gunshot wounds").
 */
function careVerb(ix: ArticleIndex, k: number, end: number): boolean {
  const t = ix.tokens[k]!;
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
  const low = ix.lower[k]!;
  // The form first: most verbs and adjectives do not end in "-ed", and the lemmas cost a look-up each.
  if (!low.endsWith('ed')) return false;
  const passive = tokenAt(ix, k - 1)?.lemma.toLowerCase() === 'be' || tokenAt(ix, k - 2)?.lemma.toLowerCase() === 'be';
  if (!passive) return false;
  const lemma = t.lemma.toLowerCase();
  for (let j = k + 1; j < Math.min(end, k + 6); j++) if (INJURY_OBJECTS.has(ix.lower[j]!)) return false;
  if (/^hospitali[sz]/.test(low) || lemma === 'hospitalize' || lemma === 'hospitalise') return true;
  if (low === 'treated') return TREATED_LINKS.has(ix.lower[k + 1] ?? '');
  if (low === 'admitted' && ix.lower[k + 1] === 'to')
    for (let j = k + 2; j < Math.min(end, k + 5); j++)
      if (/^(?:hospitals?|clinic|clinics)$/.test(ix.lower[j]!)) return true;
  return false;
}

/** Determiners before a singular "body" of a person ("a body", "the body", "his body"). */
const BODY_DETERMINERS: ReadonlySet<string> = new Set(['a', 'the', 'his', 'her', 'another', 'one']);

/** One dead for a person's body at `k` found by a body verb (see sentenceTolls), or null. */
function oneBody(ix: ArticleIndex, k: number, start: number, end: number): Found | null {
  let d = k - 1;
  // Adjectives of a corpse ("charred", "lifeless", "dead"), not of an institution ("the governing body").
  while (
    d > start &&
    k - d <= 3 &&
    /^(?:ADJ|VERB)$/.test(ix.tokens[d]!.pos) &&
    /(?:ed|less|dead|naked)$/.test(ix.lower[d]!)
  )
    d--;
  if (d < start || !BODY_DETERMINERS.has(ix.lower[d]!)) return null;
  let after = k + 1;
  if (ix.lower[after] === 'of') {
    // "the body of Maria Gomez", "the body of a man", "the body of the missing hiker".
    const name = personStartingAt(ix, after + 1);
    let h = after + 1;
    if (!name) {
      if (!BODY_DETERMINERS.has(ix.lower[h] ?? '')) return null;
      h++;
      while (h < end && h - after < 5 && ix.tokens[h]!.pos === 'ADJ') h++;
      if (
        h >= end ||
        !(animateHead(ix.lower[h]!) || VICTIM_ROLES.has(ix.lower[h]!)) ||
        COLLECTIVE_HEADS.has(ix.lower[h]!)
      )
        return null;
      h++;
    } else h = name.end;
    after = h;
    // Over an apposition in commas ("the body of Maria Gomez, a nurse, was found").
    if (ix.lower[after] === ',')
      for (let j = after + 1; j < end && j - after <= 10; j++)
        if (ix.lower[j] === ',') {
          after = j + 1;
          break;
        }
  }
  const verbBefore = d - 1 >= start ? ix.tokens[d - 1]!.lemma.toLowerCase() : '';
  if (!BODY_VERBS.has(verbBefore) && !bodyVerbAfter(ix, after, end, BODY_VERBS)) return null;
  return people(1, d, k + 1);
}

/** Result words of an absolute "with" clause ("with hundreds more wounded") and the role they count. */
const WITH_RESULTS: ReadonlyMap<string, 'killed' | 'injured'> = new Map([
  ['wounded', 'injured'],
  ['injured', 'injured'],
  ['hurt', 'injured'],
  ['dead', 'killed'],
  ['killed', 'killed'],
]);

/** Nouns whose "no" states a zero of one role ("no injuries", "no deaths", "no fatalities"). */
const STATED_ZERO_NOUNS: ReadonlyMap<string, 'killed' | 'injured'> = new Map([
  ['injuries', 'injured'],
  ['deaths', 'killed'],
  ['fatalities', 'killed'],
]);

/** A toll stated without a result trigger: "claimed 17 lives", "lost 16 men", "31 bodies were recovered". */
export interface TollPhrase {
  role: 'killed' | 'injured';
  found: Found;
  /** Token the phrase hangs on (its verb or noun), to find the nearest event. */
  token: number;
  /** An updated total ("bringing the toll to seven"): it replaces the event's earlier figure. */
  update: boolean;
  /** The word naming the dead ("bodies", "lives", "toll", "dead"): the trigger of a death event when the toll has no event. */
  anchor: number;
  /** A part of the toll ("the dead included three children"): a lower bound, used only when no other figure is stated. */
  subset: boolean;
  /** A labelled figure of a table ("Dead: 192"): stated without a verb, and still a toll. */
  label: boolean;
  /** People cared for ("12 were hospitalised"): a toll of an event that causes casualties, never an event of its own. */
  care: boolean;
}

/**
 * A toll phrase with every field present, in one order: one object shape for all phrases, so code that reads them
 * (the orphan-toll rule, toll assignment) meets no new shape on a rare phrase (a labelled figure, a care toll).
 */
function tollPhrase(
  role: 'killed' | 'injured',
  found: Found,
  token: number,
  anchor: number,
  update = false,
  mark: 'subset' | 'label' | 'care' | null = null,
): TollPhrase {
  return {
    role,
    found,
    token,
    update,
    anchor,
    subset: mark === 'subset',
    label: mark === 'label',
    care: mark === 'care',
  };
}

/** People a side can lose ("we lost 16 men"): the head nouns after "lost N" that make it a death toll. */
const LOST_PEOPLE = new Set([
  'men',
  'women',
  'people',
  'lives',
  'soldiers',
  'troops',
  'officers',
  'policemen',
  'police',
  'fighters',
  'civilians',
  'comrades',
  'personnel',
  'guards',
  'militants',
  'rebels',
  'marines',
  'sailors',
  'pilots',
  'crew',
  'crewmen',
  'members',
  'children',
  'servicemen',
]);

/** Verbs under which bodies are found: "31 bodies were recovered", "rescuers pulled 12 bodies from the rubble". */
const BODY_VERBS = new Set([
  'recover',
  'find',
  'found',
  'pull',
  'retrieve',
  'discover',
  'exhume',
  'dig',
  'wash',
  'identify',
]);

/** Verbs that bring a toll to a new total ("bringing the toll to seven", "raising the death toll to 40"). */
const UPDATE_VERBS = new Set(['bring', 'raise', 'push', 'take', 'put', 'lift']);

/** The figure right before a plural head noun at `head` ("31 bodies", "at least 217 lives"), over its modifiers. */
function figureOf(ix: ArticleIndex, head: number): Found | null {
  return phraseCount(ix, head);
}

/**
 * Tolls a sentence states without a death or injury word, each a general phrasing of news copy:
 * - `claimed|cost N lives`, `claimed|cost the lives of N people`: N dead;
 * - `lost N men|soldiers|lives …` (a side's losses): N dead;
 * - `N bodies were recovered|found|pulled …`, `recovered|found N bodies`: N dead;
 * - `bringing|raising the (death) toll to N`: an updated total of N dead, which replaces earlier figures;
 * - `no (military) casualties`: a stated zero of dead and of injured.
 */
export function tollPhrases(ix: ArticleIndex, sentence: number): readonly TollPhrase[] {
  // Both the orphan-toll rule and the toll assignment read every sentence's tolls: one scan each, memoised
  // per article index (the phrases depend on the index alone; callers only read them).
  let memo = tollMemo.get(ix);
  if (memo === undefined) tollMemo.set(ix, (memo = new Array<readonly TollPhrase[] | undefined>(ix.sentences.length)));
  return (memo[sentence] ??= sentenceTolls(ix, sentence));
}

/**
 * False for a sentence that holds no toll phrase by its word classes (no toll word, no verb the toll rules
 * read): `tollPhrases` of it is empty, and a caller going over every sentence passes it over without asking.
 */
export function mayHoldTolls(ix: ArticleIndex, sentence: number): boolean {
  return (ix.sentenceClasses[sentence]! & TOLL_ANY) !== 0;
}

/** Toll phrases per sentence of an article index, filled as they are asked for. */
const tollMemo = new WeakMap<ArticleIndex, Array<readonly TollPhrase[] | undefined>>();

/**
 * `tollPhrases` without the memo: one pass over the sentence's tokens. Every phrase hangs on a toll word (a key of
 * `TOLL_RULES_BY_WORD`) or on a verb or an adjective (a verb of care, "lost", "claimed the lives", "bringing the
 * toll"): any other token, most of them, is passed over with one look-up. A token's rules are tried in the order of
 * `TOLL_RULES` until one takes it. Each rule is a function of its own behind one call site, so V8 compiles each
 * apart: a rule first met late (deoptimising) recompiles alone, not the whole scan with every rule inlined.
 */
function sentenceTolls(ix: ArticleIndex, sentence: number): TollPhrase[] {
  const s = ix.sentences[sentence]!;
  const out: TollPhrase[] = [];
  // The word classes first (`word-classes.ts`): a sentence, or a token, with neither a toll word nor a word the
  // verb rules read holds no toll phrase, and is passed over without a string look-up.
  if (!mayHoldTolls(ix, sentence)) return out;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const bits = ix.classes[k]!;
    if ((bits & TOLL_ANY) === 0) continue;
    let rules = (bits & TOLL_WORD_CLASS) !== 0 ? TOLL_RULES_BY_WORD.get(ix.lower[k]!) : undefined;
    if (rules === undefined) {
      const pos = ix.tokens[k]!.pos;
      if (pos !== 'VERB' && pos !== 'AUX' && pos !== 'ADJ') continue;
      rules = ANY_WORD_RULES;
    }
    for (let r = 0; r < rules.length; r++) if (rules[r]!(ix, k, s.tokenStart, s.tokenEnd, out)) break;
  }
  return out;
}

/**
 * One toll-phrase rule of `sentenceTolls`, tried on token `k` of a sentence spanning tokens `start`..`end`: pushes
 * the phrases it reads onto `out` and returns true when the token is done (no later rule is tried on it).
 */
type TollRule = (ix: ArticleIndex, k: number, start: number, end: number, out: TollPhrase[]) => boolean;

/**
 * Tables of figures in wire copy ("Total dead: 192 Americans: 12 Injured: 4,877"): see `labelledFigure`.
 */
const labelledToll: TollRule = (ix, k, _start, end, out) => {
  const labelled = labelledFigure(ix, k, end);
  if (!labelled) return false;
  out.push(tollPhrase(labelled.role, labelled.found, k, k, false, 'label'));
  return true;
};

const statedZero: TollRule = (ix, k, _start, _end, out) => {
  const zeroRole = STATED_ZERO_NOUNS.get(ix.lower[k]!);
  if (!zeroRole || ix.lower[k - 1] !== 'no') return false;
  // Phenomenon: "There were no injuries", "no deaths were reported", "with no fatalities": a stated zero
  // of the role the noun names (right after "no": "no serious injuries" leaves minor ones open).
  const zero: Found = { q: { value: 0, min: 0, max: 0, precision: 'exact', length: 2 }, a: k - 1, b: k + 1 };
  out.push(tollPhrase(zeroRole, zero, k, k));
  return true;
};

const noCasualties: TollRule = (ix, k, start, _end, out) => {
  // "There were no (military) casualties": a stated zero, dead and injured alike. Phenomenon: "without
  // (any) casualties" says the same ("the troops took the town without casualties").
  let j = k - 1;
  while (j > start && k - j <= 3 && ix.tokens[j]!.pos === 'ADJ') j--;
  if (ix.lower[j] === 'any' && ix.lower[j - 1] === 'without') j--;
  // Phenomenon: "there were no reports of casualties" states the same zero as "no casualties".
  if (ix.lower[j] === 'of' && /^reports?$/.test(ix.lower[j - 1] ?? '') && ix.lower[j - 2] === 'no') j -= 2;
  if (ix.lower[j] !== 'no' && ix.lower[j] !== 'without') return true;
  const zero: Found = { q: { value: 0, min: 0, max: 0, precision: 'exact', length: k + 1 - j }, a: j, b: k + 1 };
  out.push(tollPhrase('killed', zero, k, k));
  out.push(tollPhrase('injured', zero, k, k));
  return true;
};

const lostTheirLives: TollRule = (ix, k, start, _end, out) => {
  if (
    !POSSESSIVE_DETERMINERS.has(ix.lower[k - 1] ?? '') ||
    k - 2 < start ||
    ix.tokens[k - 2]!.lemma.toLowerCase() !== 'lose'
  )
    return false;
  // Phenomenon: "N people lost their lives", "a guard lost his life": the subject of "lose" is the toll.
  const found = subjectCount(ix, verbGroup(ix, k - 2).start);
  if (found) out.push(tollPhrase('killed', found, k - 2, k));
  return true;
};

const oneBodyFound: TollRule = (ix, k, start, end, out) => {
  // Phenomenon: one body found is one dead ("The body of Maria Gomez was found in a ditch", "police
  // recovered a body from the river", "the charred body of a man was pulled from the car"), when it is a
  // person's: a determiner (and adjectives) before it, and after it no "of" or an "of" that names a
  // person ("a body of water", "the governing body" are none).
  const found = oneBody(ix, k, start, end);
  if (found) out.push(tollPhrase('killed', found, k, k));
  return true;
};

const bodiesOf: TollRule = (ix, k, _start, _end, out) => {
  if (ix.lower[k + 1] !== 'of' || (ix.lower[k - 1] !== 'the' && ix.lower[k - 1] !== 'their')) return false;
  // Phenomenon: "the bodies of N people" states N dead whatever the verb ("led police to the bodies of two
  // girls", "the bodies of 12 miners were brought to the surface", "mutilating the bodies of four women"):
  // the figure of the "of" phrase, when it names people.
  const found = countAfter(ix, k + 2);
  if (found) out.push(tollPhrase('killed', found, k, k));
  return true;
};

const livesOrBodies: TollRule = (ix, k, start, end, out) => {
  // "claimed 17 lives", "lost 16 lives", "31 bodies were recovered".
  const low = ix.lower[k]!;
  const found = figureOf(ix, k);
  if (!found) return true;
  const verbBefore = found.a - 1 >= start ? ix.tokens[found.a - 1]!.lemma.toLowerCase() : '';
  if (low === 'lives' && (verbBefore === 'claim' || verbBefore === 'cost' || verbBefore === 'lose'))
    out.push(tollPhrase('killed', found, found.a - 1, k));
  else if (low === 'lives' && bodyVerbAfter(ix, k + 1, end, new Set(['lose'])))
    out.push(tollPhrase('killed', found, k, k));
  else if (low === 'bodies' && (BODY_VERBS.has(verbBefore) || bodyVerbAfter(ix, k + 1, end, BODY_VERBS)))
    out.push(tollPhrase('killed', found, k, k));
  return true;
};

const sufferedBurns: TollRule = (ix, k, _start, _end, out) => {
  if (undergoingVerb(ix, k) < 0) return false;
  // Phenomenon: burns are injuries ("Eleven people suffered burns", "three firemen sustained severe burns"):
  // the subject of the undergoing verb, given to an event that causes casualties as care tolls are.
  const found = countBefore(ix, verbGroup(ix, undergoingVerb(ix, k)).start);
  if (found) out.push(tollPhrase('injured', found, k, k, false, 'care'));
  return true;
};

const withOthers: TollRule = (ix, k, _start, end, out) => {
  // Phenomenon: an absolute "with" clause states a second toll ("claimed dozens of lives, with hundreds
  // more wounded", "killing five, with 20 others injured"): "with", a figure, "more"/"other(s)", a
  // result word.
  const found = quantityAt(ix, k + 1, end);
  let x = found ? found.b : -1;
  if (found && (ix.lower[x] === 'more' || ix.lower[x] === 'others' || ix.lower[x] === 'other')) x++;
  if (x > (found?.b ?? 0) && ix.tokens[x]?.pos === 'NOUN' && PEOPLE_NOUN.test(ix.lower[x]!)) x++;
  const role = found && x > found.b ? WITH_RESULTS.get(ix.lower[x] ?? '') : undefined;
  if (found && role) out.push(tollPhrase(role, found, x, x));
  return true;
};

const caredFor: TollRule = (ix, k, _start, end, out) => {
  if (!careVerb(ix, k, end)) return false;
  // Phenomenon: people cared for are injured ("12 were hospitalised after eating the mushrooms", "at least
  // nine people were treated for smoke inhalation", "four were admitted to hospital"): the subject of a
  // passive verb of care is an injury toll, given to an event that causes casualties (never an event of
  // its own: "500 were hospitalised with flu this winter" tells no incident).
  const found = subjectCount(ix, verbGroup(ix, k).start);
  if (found) out.push(tollPhrase('injured', found, k, k, false, 'care'));
  return true;
};

const numberOf: TollRule = (ix, k, start, end, out) => {
  if (ix.lower[k - 1] !== 'the') return false;
  // Phenomenon: "the number of dead rose to 45", "the number injured topped 2,200": the number of a
  // result word is a toll noun; its figure follows a link word as a toll's does.
  let w = ix.lower[k + 1] === 'of' ? k + 2 : k + 1;
  // Phenomenon: the result word may carry a modifier of report ("the number of confirmed dead", "the
  // number of reported deaths", "the number of known injured").
  if (!NUMBER_OF.has(ix.lower[w] ?? '') && NUMBER_OF.has(ix.lower[w + 1] ?? '') && REPORT_MODIFIERS.has(ix.lower[w]!))
    w++;
  // Phenomenon: the number may be that of people a relative clause says died or were hurt ("the number
  // of people who have died rose to 1,204", "the number of those killed"): the result word of the clause.
  const rel = NUMBER_OF.has(ix.lower[w] ?? '') ? null : relativeResult(ix, w, end);
  if (rel) w = rel.at;
  const role = rel?.role ?? NUMBER_OF.get(ix.lower[w] ?? '');
  if (!role) return true;
  const toll = tollFigure(ix, w, end);
  // "bringing the number of dead to 41": an update verb before the number makes the figure the new total.
  // Phenomenon: "put the number of dead at 15" is an estimate (a report that may conflict with others),
  // not an update: only a figure after "to" is a new total.
  const brought =
    k - 2 >= start &&
    UPDATE_VERBS.has(ix.tokens[k - 2]!.lemma.toLowerCase()) &&
    (toll === null || ix.lower[toll.found.a - 1] !== 'at');
  if (toll) out.push(tollPhrase(role, toll.found, w, w, toll.rising || brought));
  else {
    const before = invertedTotal(ix, k - 1, start);
    if (before) out.push(tollPhrase(role, before, w, w, true));
  }
  return true;
};

const tollNoun: TollRule = (ix, k, _start, end, out) => {
  if (ix.lower[k - 1] === 'death') return false;
  const toll = tollFigure(ix, k, end);
  if (toll) out.push(tollPhrase('killed', toll.found, k, k, toll.rising));
  return true;
};

const nominalVictims: TollRule = (ix, k, start, end, out) => {
  const role = NOMINAL_VICTIMS.get(ix.lower[k]!);
  if (!role || ix.lower[k - 1] !== 'the') return false;
  if (ix.lower[k + 1] === ',') {
    // Phenomenon: the toll in an apposition to "the dead" / "the wounded" ("The wounded, numbering more than
    // 200, were taken to hospital", "The dead, 14 in all, were buried", "the injured, totalling 40,").
    const found = appositiveFigure(ix, k + 2, end);
    if (found) out.push(tollPhrase(role, found, k, k));
    return true;
  }
  if (k + 1 >= end) return false;
  const part = k - 2 >= start && ix.lower[k - 2] === 'among';
  const verb = ix.tokens[k + 1]!.lemma.toLowerCase();
  if (part ? verb === 'be' || verb === 'include' : VICTIM_LIST_VERBS.has(verb)) {
    const found = countAfter(ix, k + 2);
    const subset = part || verb === 'include';
    if (found) out.push(tollPhrase(role, subset ? atLeast(found) : found, k, k, false, subset ? 'subset' : null));
  }
  return true;
};

const tollVerbs: TollRule = (ix, k, start, end, out) => {
  const t = ix.tokens[k]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const lemma = t.lemma.toLowerCase();
  if ((lemma === 'claim' || lemma === 'cost') && ix.lower[k + 1] === 'the' && ix.lower[k + 2] === 'lives') {
    // "claimed the lives of three soldiers".
    if (ix.lower[k + 3] !== 'of') return true;
    const found = countAfter(ix, k + 4);
    if (found) out.push(tollPhrase('killed', found, k, k + 2));
  } else if (lemma === 'lose') {
    // "We lost 16 men": the figure and a head noun naming people.
    const found = countAfter(ix, k + 1);
    if (!found) return true;
    let head = found.b;
    while (head < end && head - found.b < 3 && ix.tokens[head]!.pos === 'ADJ') head++;
    if (LOST_PEOPLE.has(ix.lower[head] ?? '') || (found.b === head && LOST_PEOPLE.has(ix.lower[found.b - 1]!)))
      out.push(tollPhrase('killed', found, k, k));
  } else if (UPDATE_VERBS.has(lemma) && ix.lower[k + 1] === 'the') {
    // "bringing the toll to seven", "raising the death toll to 40".
    let j = k + 2;
    if (ix.lower[j] === 'death') j++;
    if (ix.lower[j] !== 'toll' || ix.lower[j + 1] !== 'to') return true;
    const found = countAfter(ix, j + 2);
    if (found) out.push(tollPhrase('killed', found, k, j, true));
  }
  return true;
};

/** Verbs that set a total put before its noun ("raised to 40 the number of dead", "revised down to 31 the toll"). */
const INVERTED_TOTAL_VERBS: ReadonlySet<string> = new Set(['bring', 'raise', 'revise', 'lower', 'push', 'lift', 'put']);

/**
 * Phenomenon: wire copy puts the new total before the noun it sets ("revised down to 31 the number of people
 * killed", "raising to 40 the number of dead", "brought to 23 the toll"): the figure between "to" and the "the"
 * at `the`, after a verb of setting a total (over "down"/"up"). An updated total; null when the shape is absent.
 */
function invertedTotal(ix: ArticleIndex, the: number, floor: number): Found | null {
  if (ix.lower[the] !== 'the') return null;
  for (let a = the - 1; a > floor && the - a <= 4; a--) {
    if (ix.lower[a - 1] !== 'to') continue;
    const found = quantityAt(ix, a, the);
    if (!found || found.b !== the) return null;
    let v = a - 2;
    if (ix.lower[v] === 'down' || ix.lower[v] === 'up') v--;
    return v >= floor && INVERTED_TOTAL_VERBS.has(ix.tokens[v]!.lemma.toLowerCase()) ? found : null;
  }
  return null;
}

/**
 * Phenomenon: tables of figures in wire copy label each figure with a colon ("Total dead: 192 Americans: 12
 * Injured: 4,877"): a result word right before a colon and a figure states that toll, whatever figure stands
 * before the word (another label's). Returns the role and figure, or null.
 */
function labelledFigure(ix: ArticleIndex, k: number, end: number): { role: 'killed' | 'injured'; found: Found } | null {
  const role = NUMBER_OF.get(ix.lower[k]!);
  if (!role || ix.lower[k + 1] !== ':') return null;
  const found = quantityAt(ix, k + 2, end);
  return found ? { role, found } : null;
}

/** Result words after "the number (of)" and the role they count ("the number of dead", "the number injured"). */
const NUMBER_OF: ReadonlyMap<string, 'killed' | 'injured'> = new Map([
  ['dead', 'killed'],
  ['killed', 'killed'],
  ['deaths', 'killed'],
  ['fatalities', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['injuries', 'injured'],
  ['hurt', 'injured'],
]);

/** Modifiers of report before a result word after "the number of" ("confirmed dead", "reported deaths"). */
const REPORT_MODIFIERS: ReadonlySet<string> = new Set(['confirmed', 'reported', 'known', 'recorded', 'official']);

/** Result words of a relative clause on people ("people who died", "those killed") and the role they count. */
const RELATIVE_RESULTS: ReadonlyMap<string, 'killed' | 'injured'> = new Map([
  ['died', 'killed'],
  ['perished', 'killed'],
  ['killed', 'killed'],
  ['dead', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['hurt', 'injured'],
]);

/**
 * "people who have died", "those killed", "civilians who were wounded": a plural noun of people (or
 * "those") at `w`, an optional relative pronoun, auxiliaries and adverbs, then a result word. Returns the
 * result word and its role, or null.
 */
function relativeResult(ix: ArticleIndex, w: number, end: number): { at: number; role: 'killed' | 'injured' } | null {
  const low = ix.lower[w] ?? '';
  const people = ix.tokens[w]?.pos === 'NOUN' && PEOPLE_NOUN.test(low);
  if (low !== 'those' && !people) return null;
  let j = w + 1;
  if (ix.lower[j] === 'who' || ix.lower[j] === 'that') j++;
  // Phenomenon: a reduced relative on people, with or without a word of report ("the number of miners
  // confirmed dead", "the number of passengers killed"): the result word right after the people noun (not
  // "died", a finite verb: "the number of people died" is no phrase).
  else if (people && REPORT_MODIFIERS.has(ix.lower[j] ?? '') && RELATIVE_RESULTS.has(ix.lower[j + 1] ?? '')) j++;
  else if (
    low !== 'those' &&
    !(people && RELATIVE_RESULTS.has(ix.lower[j] ?? '') && ix.lower[j] !== 'died' && ix.lower[j] !== 'perished')
  )
    return null;
  while (j < end && j - w < 6 && (ix.tokens[j]!.pos === 'AUX' || ix.tokens[j]!.pos === 'ADV')) j++;
  const role = j < end ? RELATIVE_RESULTS.get(ix.lower[j]!) : undefined;
  return role ? { at: j, role } : null;
}

/** Link verbs that put a toll above its figure ("topped 2,200", "exceeded 300", "passed 1,000"): a lower bound. */
const ABOVE_VERBS: ReadonlySet<string> = new Set(['top', 'exceed', 'pass', 'surpass', 'topped', 'exceeded', 'passed']);

/** Nominal uses of result adjectives ("the dead", "the injured") and the role they count. */
const NOMINAL_VICTIMS: ReadonlyMap<string, 'killed' | 'injured'> = new Map([
  ['dead', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
]);

/**
 * The toll-phrase rules of `sentenceTolls` in the order they are tried on a token, each with the token forms it is
 * keyed on (null: any verb, auxiliary or adjective). A rule keyed on a new word lists the word here
 * (tests/events/toll-words.test.ts reads each rule and names a word it compares the token with that its entry lacks).
 */
export const TOLL_RULES: ReadonlyArray<{ words: readonly string[] | null; rule: TollRule }> = [
  { words: [...NUMBER_OF.keys()], rule: labelledToll },
  { words: [...STATED_ZERO_NOUNS.keys()], rule: statedZero },
  { words: ['casualties'], rule: noCasualties },
  { words: ['lives', 'life'], rule: lostTheirLives },
  { words: ['body'], rule: oneBodyFound },
  { words: ['bodies'], rule: bodiesOf },
  { words: ['lives', 'bodies'], rule: livesOrBodies },
  { words: ['burns'], rule: sufferedBurns },
  { words: ['with'], rule: withOthers },
  { words: null, rule: caredFor },
  { words: ['number'], rule: numberOf },
  { words: ['toll'], rule: tollNoun },
  { words: [...NOMINAL_VICTIMS.keys()], rule: nominalVictims },
  { words: null, rule: tollVerbs },
];

/**
 * The words other than verbs and adjectives that a toll phrase of `sentenceTolls` can hang on: the result words
 * of a labelled figure and of "the number of", stated zeros, nominal victims, and the nouns its rules name.
 */
export const TOLL_WORDS: ReadonlySet<string> = new Set(TOLL_RULES.flatMap((r) => r.words ?? []));

/** The rules a toll word's token is tried with, in order: its own and those of any verb or adjective. */
const TOLL_RULES_BY_WORD: ReadonlyMap<string, readonly TollRule[]> = new Map(
  [...TOLL_WORDS].map((w) => [w, TOLL_RULES.filter((r) => r.words === null || r.words.includes(w)).map((r) => r.rule)]),
);

/** The rules tried on a verb, auxiliary or adjective that is no toll word. */
const ANY_WORD_RULES: readonly TollRule[] = TOLL_RULES.filter((r) => r.words === null).map((r) => r.rule);

/** The toll words as a word class: a token has its bit when its form is one of `TOLL_WORDS`. */
const TOLL_WORD_CLASS = declareWordClass('toll word', { forms: TOLL_WORDS });

/**
 * The verbs and adjectives the rules of any word (`caredFor`, `tollVerbs`) can take: a verb of care by its form
 * ("hospitalised", "treated", "admitted") or lemma, and the toll verbs by lemma ("claimed the lives", "lost 16
 * men", "bringing the toll to"). Any other verb or adjective gives those rules nothing, so `sentenceTolls` passes
 * over it. A new rule of any word adds the words it takes here.
 */
export const TOLL_VERB_CLASS = declareWordClass('toll verb', {
  forms: ['treated', 'admitted'],
  lemmas: ['hospitalize', 'hospitalise', 'claim', 'cost', 'lose', ...UPDATE_VERBS],
  prefixes: ['hospitalis', 'hospitaliz'],
});

/** A token `sentenceTolls` tries: a toll word, or a verb or adjective of `TOLL_VERB_CLASS`. */
const TOLL_ANY = TOLL_WORD_CLASS | TOLL_VERB_CLASS;

/** Verbs after "the dead" that state who they were: "the dead numbered 15", "the dead were three soldiers", "the dead included …". */
const VICTIM_LIST_VERBS: ReadonlySet<string> = new Set(['include', 'number', 'be', 'total']);

/** Verbs of a toll going up: its figure is the latest total ("the death toll rose to 40"). */
export const RISING_VERBS: ReadonlySet<string> = new Set([
  'rise',
  'climb',
  'increase',
  'jump',
  'grow',
  'mount',
  'soar',
  'reach',
  'hit',
  'top',
  'pass',
  'exceed',
]);

/**
 * Inflected forms of the rising verbs. Phenomenon: the tagger may read a verb after a toll noun as a noun
 * ("the number of dead rose to 45": "rose" the flower), so the form itself also says a toll went up.
 */
const RISING_FORMS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rises',
  'climbed',
  'climbs',
  'jumped',
  'soared',
  'mounted',
  'grew',
  'reached',
  'topped',
  'passed',
  'exceeded',
  'increased',
]);

/** True when token `j` is a rising verb ("rose", "has climbed"), whatever the tagger made of it. */
function risingWord(ix: ArticleIndex, j: number): boolean {
  return RISING_VERBS.has(ix.tokens[j]!.lemma.toLowerCase()) || RISING_FORMS.has(ix.lower[j]!);
}

/** Participles that introduce the figure of an apposition ("numbering 40", "totalling more than 200"). */
const NUMBERING: ReadonlySet<string> = new Set(['numbering', 'totalling', 'totaling', 'counting']);

/**
 * The figure of an apposition opening at `at` and closed by a comma (or the sentence's end): "numbering
 * more than 200,", "14 in all,", "40 in total,", "at least 30 people,". Null when the phrase goes on to a verb.
 */
function appositiveFigure(ix: ArticleIndex, at: number, end: number): Found | null {
  const from = NUMBERING.has(ix.lower[at] ?? '') ? at + 1 : at;
  const found = quantityAt(ix, from, end);
  if (!found) return null;
  let j = found.b;
  if (ix.lower[j] === 'in' && (ix.lower[j + 1] === 'all' || ix.lower[j + 1] === 'total')) j += 2;
  else if (ix.lower[j] === 'altogether') j++;
  while (j < end && j - found.b < 4 && nounPhraseTail(ix, j)) j++;
  return j >= end || ix.lower[j] === ',' || ix.lower[j] === '.' ? found : null;
}

/** A part of a toll as a lower bound of it: "the dead included three children" says at least three died. */
function atLeast(f: Found): Found {
  return { ...f, q: { ...f.q, min: f.q.min, max: null, precision: 'lower-bound' } };
}

/**
 * "The toll from Sunday's earthquake climbed to 312", "the official toll stood at 30": the figure a bare
 * toll noun states after a link word, and whether a rising verb makes it the latest total. Not a toll
 * modifying another noun ("toll road", "toll booth").
 */
function tollFigure(ix: ArticleIndex, k: number, end: number): { found: Found; rising: boolean } | null {
  const next = ix.tokens[k + 1];
  if (next && next.pos === 'NOUN' && ix.lower[k + 1] !== 'from' && !risingWord(ix, k + 1)) return null;
  let rising = false;
  for (let j = k + 1; j < Math.min(end, k + 1 + TOLL_REACH); j++) {
    const low = ix.lower[j]!;
    if (low === '.' || low === ';' || ix.tokens[j]!.pos === 'SCONJ') break;
    const lemma = ix.tokens[j]!.lemma.toLowerCase();
    if (risingWord(ix, j)) rising = true;
    if (TOLL_LINKS.has(low) || TOLL_LINKS.has(lemma)) {
      const hit = countAfter(ix, j + 1);
      const found = hit && !eventAfterOf(ix, j, hit) ? hit : null;
      // "the toll topped 200": above the figure, a lower bound of it.
      const above = ABOVE_VERBS.has(lemma) || ABOVE_VERBS.has(low);
      if (found) return { found: above && found.q.precision === 'exact' ? atLeast(found) : found, rising };
    }
  }
  return null;
}

/** True when a toll noun's figure is reached through a rising verb ("the death toll rose to 40"): the latest total. */
export function risingToll(ix: ArticleIndex, c: Candidate): boolean {
  if (ix.lower[c.end - 1] !== 'toll') return false;
  const end = ix.sentences[c.sentence]!.tokenEnd;
  for (let j = c.end; j < Math.min(end, c.end + TOLL_REACH); j++) {
    if (risingWord(ix, j)) return true;
    if (ix.lower[j] === '.' || ix.lower[j] === ';') return false;
  }
  return false;
}

/** True when one of `lemmas` is the verb right after a noun phrase ("bodies were recovered", "lives were lost"). */
function bodyVerbAfter(ix: ArticleIndex, from: number, end: number, lemmas: ReadonlySet<string>): boolean {
  for (let j = from; j < end && j - from < 4; j++) {
    const t = ix.tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'ADV' || ix.lower[j] === 'reportedly') continue;
    return (t.pos === 'VERB' || t.pos === 'ADJ') && (lemmas.has(t.lemma.toLowerCase()) || lemmas.has(ix.lower[j]!));
  }
  return false;
}
