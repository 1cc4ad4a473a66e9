/**
 * Shallow syntax over wink's tokens (POS and lemma only, no parser): verb groups (voice, negation,
 * modality, aspect), subjects found by walking left over relative clauses and appositions, objects and
 * prepositional phrases found by walking right, and the actors they name (entity mentions, pronouns,
 * nationality adjectives, definite descriptions, "the leader of X"). Every walk is bounded by a window,
 * so the cost per trigger is constant and an article is linear.
 */
import type { EntityRecord } from '../types.js';
import { lowerAt, type ArticleIndex } from './article-index.js';
import {
  ACTOR_NOUNS,
  animateHead,
  GROUP_PRONOUNS,
  HABITUAL_ADVERBS,
  LOCATION_NOUNS,
  MODALS,
  NATIONALITIES,
  NEGATORS,
  PERSON_PRONOUNS,
  PLACE_PREPOSITIONS,
  QUANTITY_NOUNS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  SUBORDINATORS,
} from './cues.js';

/** How far (in tokens) a walk from a trigger may go. */
export const WINDOW = 30;

/** An entity named at a token range, and how it was recognised. */
export interface ActorRef {
  entity: EntityRecord;
  tokenStart: number;
  tokenEnd: number;
  via: 'mention' | 'pronoun' | 'nationality' | 'definite' | 'role';
  /** The head word of the phrase the actor was read from, when it is not the last token of the range ("Iran's army"). */
  head: number | undefined;
  /** Read from a name before the event noun ("the Taliban attack"): the noun's doer, not lent to its results. */
  prenominal: boolean;
}

/**
 * An actor reference with every field present, in one order: the rules read actors made at a dozen places,
 * and objects of one shape keep their compiled reads valid when a document first meets a rare one.
 */
export function actorRef(
  entity: EntityRecord,
  tokenStart: number,
  tokenEnd: number,
  via: ActorRef['via'],
  head: number | undefined = undefined,
  prenominal = false,
): ActorRef {
  return { entity, tokenStart, tokenEnd, via, head, prenominal };
}

/**
 * A noun phrase that fills a role without naming an entity ("the gunman", "two soldiers", "he", "the
 * village"): its token range and its head, the word an analyst (and a head-match scorer) reads.
 */
export interface PhraseRef {
  tokenStart: number;
  tokenEnd: number;
  head: number;
  via: 'phrase' | 'pronoun';
}

/**
 * Pronouns that stand for the participants of an event when they cannot be resolved to an entity ("he
 * was killed", "they attacked", "two of whom"). `it` is left out: it names the event or the weapon as
 * often as an actor.
 */
const ARGUMENT_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'we', 'us', 'whom', 'who']);

/**
 * True for a word that can head a noun phrase: a noun, a name, a figure, or a word for people that wink
 * tagged as an adjective ("a major general was killed": general/ADJ; "the military") when no noun or
 * name follows it (then it modifies that noun: "general strike", "military convoy").
 */
export function headWord(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') return true;
  if (t.pos !== 'ADJ' || !animateHead(ix.lower[k]!)) return false;
  const next = ix.tokens[k + 1];
  // Session 23 (evprec): "The military hit rebel positions": the "hit" tagged as a noun is the verb (`militaryHit`).
  if (militaryHit(ix, k + 1)) return true;
  return !(next && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN'));
}

/** Parts of speech that may open the object of a verb (`militaryHit`). */
const HIT_OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/** Nouns "hit" compounds with after "the military" ("the military hit list", "a military hit squad"). */
const HIT_COMPOUND_HEADS: ReadonlySet<string> = new Set(['list', 'lists', 'squad', 'squads', 'man', 'men', 'team']);

/**
 * Session 23 (evprec). Phenomenon: the tagger reads "military" as an adjective and the "hit" after it as a noun
 * ("The military hit rebel positions near Kandahar", "the Nigerian military hit militant camps"): "hit" has the
 * same form in the present and the past, so nothing in the word says verb, but "the military" before it is the
 * subject and the noun phrase after it the object. True for "hit" or "hits" tagged as a noun right after
 * "military" that follows a determiner or a name, when a word that may open an object follows and is not a noun
 * "hit" compounds with ("the military hit list": no attack).
 */
export function militaryHit(ix: ArticleIndex, k: number): boolean {
  const low = ix.lower[k]!;
  if ((low !== 'hit' && low !== 'hits') || ix.tokens[k]!.pos !== 'NOUN' || k < 2) return false;
  if (ix.lower[k - 1] !== 'military' || ix.tokens[k - 1]!.sentence !== ix.tokens[k]!.sentence) return false;
  const before = ix.tokens[k - 2]!.pos;
  const next = ix.tokens[k + 1];
  return (
    (before === 'DET' || before === 'PROPN') &&
    next !== undefined &&
    next.sentence === ix.tokens[k]!.sentence &&
    HIT_OBJECT_OPENERS.has(next.pos) &&
    !HIT_COMPOUND_HEADS.has(ix.lower[k + 1]!)
  );
}

/** Verbs whose infinitive complement keeps their subject as its doer ("the army claimed to have hit"). */
const RAISING_VERBS: ReadonlySet<string> = new Set(['claim', 'say', 'appear', 'seem', 'believe', 'report', 'allege']);

/**
 * Session 23 (evprec). Phenomenon: forces claim an attack in an infinitive ("The army claimed to have hit three
 * gunmen", "the rebels said to have struck a convoy", "militants are believed to have struck the base"): the
 * subject of the claiming verb is the doer of the infinitive. The index of that verb when `k` is such an
 * infinitive ("to" or "to have" right before it) or its "to" or "have", else -1.
 */
export function raisingVerb(ix: ArticleIndex, k: number): number {
  let x = ix.lower[k] === 'to' || ix.lower[k] === 'have' ? k : k - 1;
  if (ix.lower[x] === 'have') x--;
  if (ix.lower[x] !== 'to' || x < 1) return -1;
  const v = x - 1;
  const t = ix.tokens[v]!;
  if (t.sentence !== ix.tokens[k]!.sentence || t.pos !== 'VERB') return -1;
  return RAISING_VERBS.has(t.lemma.toLowerCase()) ? v : -1;
}

/** A figure or a vague quantity noun ("71", "five", "scores", "dozens"). */
export function figureWord(ix: ArticleIndex, k: number): boolean {
  return ix.tokens[k]!.pos === 'NUM' || QUANTITY_NOUNS.has(ix.lower[k]!);
}

/** Words after a figure that it heads ("five more were wounded", "injuring scores more", "260 others"). */
const MORE_WORDS = new Set(['more', 'other', 'others']);

/** Words that open a figure before a noun phrase ("at least 12 people", "more than 20 soldiers"): how many to skip. */
export function quantityLead(ix: ArticleIndex, k: number): number {
  const a = lowerAt(ix, k);
  const b = lowerAt(ix, k + 1);
  if (
    (a === 'at' && (b === 'least' || b === 'most')) ||
    ((a === 'more' || a === 'fewer' || a === 'less') && b === 'than')
  )
    return 2;
  if (a === 'up' && b === 'to') return 2;
  if (
    (a === 'over' || a === 'about' || a === 'around' || a === 'nearly' || a === 'almost') &&
    ix.tokens[k + 1]?.pos === 'NUM'
  )
    return 1;
  return 0;
}

/**
 * The noun phrase starting at `k` when it names no entity: determiners, adjectives, numbers and nouns up to
 * its head (the last noun or number before a preposition, verb, punctuation or conjunction), or a
 * pronoun. A time expression is not a participant ("on Monday"). Null when no such phrase starts at `k`.
 */
export function nounPhraseAt(ix: ArticleIndex, k: number, ceil: number): PhraseRef | null {
  if (k >= ix.tokens.length) return null;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  const start = k + quantityLead(ix, k);
  const to = Math.min(ceil, s.tokenEnd, start + 8);
  if (start >= to) return null;
  const first = ix.tokens[start]!;
  if (first.pos === 'PRON' && ARGUMENT_PRONOUNS.has(ix.lower[start]!))
    return { tokenStart: start, tokenEnd: start + 1, head: start, via: 'pronoun' };
  let head = -1;
  for (let j = start; j < to; j++) {
    const t = ix.tokens[j]!;
    const low = ix.lower[j]!;
    if (ix.timexAt[j]) break;
    // A name inside the phrase is an entity's mention: the phrase ends before it.
    if (ix.mentionAt[j]! >= 0 && head >= 0) break;
    // Phenomenon: a nationality or demonym before a noun modifies it ("Kurdish militant positions", "two
    // Kenyan police officers"), even when the tagger reads it as a name: the noun after it heads the phrase.
    if (
      t.pos === 'PROPN' &&
      NATIONALITIES.has(low) &&
      j + 1 < to &&
      (ix.tokens[j + 1]!.pos === 'NOUN' || ix.tokens[j + 1]!.pos === 'ADJ') &&
      ix.mentionAt[j + 1] === -1
    )
      continue;
    // Phenomenon: a participle used as an adjective before its noun ("two suspected robbers", "the wounded
    // soldiers", "three armed men") modifies that noun, which heads the phrase.
    if (
      t.pos === 'VERB' &&
      (head < 0 || ix.tokens[head]!.pos === 'NUM') &&
      /(?:ed|en)$/.test(low) &&
      j + 1 < to &&
      ix.tokens[j + 1]!.pos === 'NOUN'
    )
      continue;
    // Phenomenon: words joined by hyphens make one word ("a 25-year-old man", "a well-armed gang"): an
    // adjective ending the compound modifies the noun after it, which heads the phrase.
    if (
      t.pos === 'ADJ' &&
      head >= 0 &&
      ix.lower[j - 1] === '-' &&
      !t.spaceBefore &&
      j + 1 < to &&
      headWord(ix, j + 1)
    ) {
      head = -1;
      continue;
    }
    if (headWord(ix, j)) {
      head = j;
      continue;
    }
    if (t.pos === 'PART' && low === "'s" && head >= 0) {
      head = -1;
      continue;
    }
    // Modifiers come before the head ("two Russian soldiers"); one after it ends the phrase ("left eight policemen dead"),
    // except after a figure before its noun ("seven more demonstrators", "two other Americans").
    if ((t.pos === 'DET' || t.pos === 'ADJ' || (t.pos === 'PRON' && isModifier(ix, j))) && head < 0) continue;
    if (t.pos === 'ADJ' && head === j - 1 && ix.tokens[head]!.pos === 'NUM' && j + 1 < to && headWord(ix, j + 1))
      continue;
    if (low === '-' && head >= 0 && !t.spaceBefore) continue;
    break;
  }
  if (head < 0) return null;
  return { tokenStart: start, tokenEnd: head + 1, head, via: 'phrase' };
}

/**
 * The noun phrase `first` and those coordinated after it before `end`: "three soldiers and two
 * civilians", "men, women and children" (a comma list closed by `and`/`or`; a lone comma is an apposition
 * or a new clause, so the list then stops at `first`).
 */
export function coordinatedPhrases(ix: ArticleIndex, first: PhraseRef, end: number): PhraseRef[] {
  const out = [first];
  let commas = false;
  let closed = false;
  let at = first.tokenEnd;
  while (at + 1 < end && out.length < 6 && !closed) {
    let next = at + 1;
    const sep = ix.lower[at]!;
    if (sep === ',' && (ix.lower[next] === 'and' || ix.lower[next] === 'or')) next++;
    else if (sep !== ',' && sep !== 'and' && sep !== 'or') break;
    if (sep !== ',' || next > at + 1) closed = true;
    else commas = true;
    // Phenomenon: "killing nine people and wounding 25": an -ing word after the conjunction with a figure,
    // determiner or pronoun after it is a coordinated participle with its own object, not a noun phrase
    // ("and fleeing civilians" is one).
    if (participleWithObject(ix, next)) break;
    const p = nounPhraseAt(ix, next, end);
    if (!p) break;
    out.push(p);
    at = p.tokenEnd;
  }
  return commas && !closed ? [first] : out;
}

/** True for an -ing word at `k` followed by a figure, determiner or pronoun ("wounding 25", "injuring the driver"). */
function participleWithObject(ix: ArticleIndex, k: number): boolean {
  const next = ix.tokens[k + 1];
  return (
    ix.lower[k]!.endsWith('ing') &&
    next !== undefined &&
    next.sentence === ix.tokens[k]!.sentence &&
    (next.pos === 'NUM' || next.pos === 'DET' || next.pos === 'PRON')
  );
}

/** Articles and demonstratives that open a noun phrase. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** Tags of the words before a noun in its phrase. */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/** Tags of a word that may end a noun phrase. */
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** Words that may stand before an article in one noun phrase ("all the prisoners", "half the jets"). */
const PREDETERMINERS: ReadonlySet<string> = new Set(['all', 'both', 'half']);

/** The noun phrase whose head is at `head` (walking left over its modifiers), or null when `head` is no noun, number or argument pronoun. */
export function nounPhraseEndingAt(ix: ArticleIndex, head: number, floor: number): PhraseRef | null {
  const t = ix.tokens[head]!;
  if (t.pos === 'PRON') {
    return ARGUMENT_PRONOUNS.has(ix.lower[head]!)
      ? { tokenStart: head, tokenEnd: head + 1, head, via: 'pronoun' }
      : null;
  }
  // "five more", "scores more": the figure heads the phrase.
  if (MORE_WORDS.has(ix.lower[head]!) && head - 1 >= floor && figureWord(ix, head - 1))
    return nounPhraseEndingAt(ix, head - 1, floor);
  if (!headWord(ix, head) || ix.timexAt[head]) return null;
  let j = head - 1;
  while (j >= floor && head - j < 8) {
    const p = ix.tokens[j]!;
    // Phenomenon (session 18): an article opens its noun phrase, so a word before it belongs to what comes
    // before ("in 1984 the first Macintosh was released", "on Sunday the gunmen were arrested"), except a
    // predeterminer ("all the prisoners", "both the jets").
    if (j + 1 < head && ARTICLES.has(ix.lower[j + 1]!) && !PREDETERMINERS.has(ix.lower[j]!)) break;
    if (j + 2 < head && PREDETERMINERS.has(ix.lower[j + 1]!) && ARTICLES.has(ix.lower[j + 2]!)) break;
    // Session 21 (the lead): "that" after a noun opens a clause, not a noun phrase ("told reporters that security
    // forces had been deployed": the phrase is "security forces", not "reporters that security forces").
    if (ix.lower[j] === 'that' && j - 1 >= floor && NOMINAL_TAGS.has(ix.tokens[j - 1]!.pos)) break;
    if (p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NUM' || p.pos === 'NOUN' || p.pos === 'PROPN') j--;
    else if (p.pos === 'PART' && ix.lower[j] === "'s") j--;
    else break;
  }
  const named = nameBeforeKind(ix, head, floor);
  if (named) return { tokenStart: Math.min(j + 1, named.start), tokenEnd: head + 1, head: named.head, via: 'phrase' };
  return { tokenStart: j + 1, tokenEnd: head + 1, head, via: 'phrase' };
}

/** Nouns that name the kind of an organisation ("the … militant group", "the … militia"), not a member of it. */
export const GROUP_KIND_NOUNS = new Set([
  'group',
  'groups',
  'organisation',
  'organization',
  'militia',
  'movement',
  'faction',
  'network',
  'outfit',
]);

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * Phenomenon: a name before a noun for the kind of organisation it is ("the "Islamic Front" militant
 * group", "the Kharan Front militia") is the organisation itself, not a modifier of the noun as a
 * nationality is of "Russian soldiers": the phrase refers to the named group, so its head is the name's
 * last word. Read from the kind noun at `head` leftward over lowercase modifiers ("militant", "jihadist")
 * and a closing quote to a run of capitalised words. Null when no such name stands there.
 */
export function nameBeforeKind(ix: ArticleIndex, head: number, floor: number): { start: number; head: number } | null {
  if (!GROUP_KIND_NOUNS.has(ix.lower[head]!)) return null;
  const sentence = ix.tokens[head]!.sentence;
  let j = head - 1;
  while (
    j >= floor &&
    head - j <= 3 &&
    (ix.tokens[j]!.pos === 'ADJ' || ix.tokens[j]!.pos === 'NOUN') &&
    !/^\p{Lu}/u.test(ix.tokens[j]!.text)
  )
    j--;
  if (j >= floor && QUOTES.has(ix.tokens[j]!.text)) j--;
  const nameEnd = j;
  while (j >= floor && ix.tokens[j]!.sentence === sentence && /^\p{Lu}/u.test(ix.tokens[j]!.text) && nameEnd - j < 5)
    j--;
  if (j === nameEnd) return null;
  // The run must not be the sentence's first word alone ("Militant group …"): a capital there proves nothing.
  const first = j + 1;
  if (first === ix.sentences[sentence]!.tokenStart && first === nameEnd) return null;
  let start = first;
  if (start - 1 >= floor && QUOTES.has(ix.tokens[start - 1]!.text)) start--;
  if (start - 1 >= floor && ix.tokens[start - 1]!.pos === 'DET') start--;
  return { start, head: nameEnd };
}

/** What the auxiliaries and adverbs before a verb say about it. */
export interface VerbGroup {
  /** First token of the group (auxiliaries included). */
  readonly start: number;
  readonly passive: boolean;
  readonly negated: boolean;
  readonly future: boolean;
  /** The modal of the group ("will", "could"), if any. */
  readonly modal: string | null;
  /** A habitual adverb in or right after the group ("regularly bombs", "often clash"). */
  readonly habitual: boolean;
  readonly progressive: boolean;
  readonly perfect: boolean;
  /** Preceded by infinitival "to". */
  readonly infinitive: boolean;
  /** The lemma of the word governing an infinitive ("prompted … to carry out" → prompt), if any. */
  readonly infinitiveGovernor: string | null;
  /** Present or present-perfect tense: "says", "sells", "has signed", "are holding". */
  readonly present: boolean;
}

/** Past-tense auxiliaries. */
const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);

/**
 * True when verb `v` is told in the past: a past auxiliary in its group ("were killed", "had fled"), or
 * no auxiliary and an inflected form that is not a present "-s" ("attacked", "killed"; not "hold", "hit").
 */
export function pastTense(ix: ArticleIndex, g: VerbGroup, v: number): boolean {
  if (g.present || g.future || g.infinitive || g.modal !== null) return false;
  for (let k = g.start; k < v; k++) if (PAST_AUX.has(ix.lower[k]!)) return true;
  if (g.start < v) return false;
  const low = ix.lower[v]!;
  return low !== ix.tokens[v]!.lemma.toLowerCase() && !low.endsWith('s');
}

/**
 * Phenomenon: a frequency phrase after the verb ("march each July", "meet every year", "are held every
 * other week") makes it a habit, not one occurrence, as a habitual adverb does; after an event noun too
 * ("where Orangemen march each July", with "march" read as a noun).
 */
export function frequencyPhrase(ix: ArticleIndex, v: number, end: number): boolean {
  if (repeatedOccasions(ix, v, end)) return true;
  for (let k = v + 1; k < end && k - v <= 4; k++) {
    const low = ix.lower[k]!;
    if (low === 'each' || low === 'every') {
      let n = k + 1;
      if (ix.lower[n] === 'other' || ix.lower[n] === 'single') n++;
      return n < end && FREQUENCY_UNITS.has(ix.lower[n]!);
    }
    if (low === '.' || low === ',' || low === ';' || ix.tokens[k]!.pos === 'VERB') return false;
  }
  return false;
}

/** Words that count occasions as more than one ("on several occasions", "on numerous occasions"). */
const MANY_WORDS: ReadonlySet<string> = new Set(['several', 'many', 'numerous', 'multiple', 'various', 'countless']);

/**
 * Phenomenon (session 16): an occasion count after the verb or noun ("attacked the town on several occasions",
 * "led armed operations … on three occasions", "clashed with police on occasion") tells a series, not one
 * occurrence: as with "repeatedly", the mention is a habit an analyst cannot count as one row. Only
 * `occasion(s)` is read: "shot three times" or "stabbed several times" is one event told with its blows.
 * Looks over the clause (up to eight words, stopping at punctuation or a verb).
 */
function repeatedOccasions(ix: ArticleIndex, v: number, end: number): boolean {
  for (let k = v + 1; k < end && k - v <= 8; k++) {
    const low = ix.lower[k]!;
    if (low === '.' || low === ',' || low === ';' || ix.tokens[k]!.pos === 'VERB') return false;
    if (low === 'occasion') return ix.lower[k - 1] === 'on';
    if (low !== 'occasions') continue;
    const before = ix.lower[k - 1]!;
    return MANY_WORDS.has(before) || (ix.tokens[k - 1]!.pos === 'NUM' && before !== 'one' && before !== '1');
  }
  return false;
}

const FREQUENCY_UNITS: ReadonlySet<string> = new Set([
  'day',
  'night',
  'morning',
  'evening',
  'week',
  'weekend',
  'month',
  'year',
  'season',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'time',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Present-tense forms of the auxiliaries. */
const PRESENT_AUX = new Set(['has', 'have', 'is', 'are', 'am', "'s", "'re", "'ve", 'does', 'do']);

/** Adverbial particles of phrasal verbs; prepositions (`in`, `on`, `for`) are left to their phrases. */
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'over', 'back', 'away']);

/** True for a token that can be skipped inside a noun phrase before its head. */
function isModifier(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  const pos = t.pos;
  if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'ADV') return true;
  // The form is read once, on every call: a read of it first made in one of the rarer branches below (a possessive
  // "'s" tagged PART) was first met in bench (b)'s first pass and deoptimised the noun-phrase walk that inlines this.
  const low = ix.lower[k]!;
  if (pos === 'PART') return low === "'s";
  if (pos === 'PRON') return low === 'its' || low === 'their' || low === 'his' || low === 'her' || low === 'our';
  if (pos === 'PUNCT') return low === '"' || low === '“' || low === '”' || low === "'";
  return false;
}

/**
 * Analyses the auxiliaries, negators and adverbs before the verb at `v`. The rules ask about the same verb
 * again and again (its status, date, arguments and toll each ask; about three calls per verb), so the groups
 * of the article last asked about are kept by token: a group is read only, never changed by a caller.
 */
export function verbGroup(ix: ArticleIndex, v: number): VerbGroup {
  if (ix !== groupsIndex) {
    groupsIndex = ix;
    groups = new Array<VerbGroup | undefined>(ix.tokens.length);
  }
  return (groups[v] ??= analyseVerbGroup(ix, v));
}

/** The article index whose verb groups `groups` holds, by token. */
let groupsIndex: ArticleIndex | null = null;
let groups: Array<VerbGroup | undefined> = [];

/** Words that may stand between a verb and a conjunction: its object, an adverb or a short adjunct ("run away with the keys or"). */
const CONJUNCT_GAP: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'ADP', 'ADV']);

/**
 * Session 22 ("senses" helper). Phenomenon: a bare verb after "and"/"or" with no subject of its own shares the
 * modal or the infinitive of the verb it is coordinated with, past that verb's object ("he would run away with the
 * keys or steal my money", "threatened to storm the town and kill the hostages", "will visit Kell and meet the
 * premier"): the second act is as much to come, feared or threatened as the first. The token of that first verb,
 * or -1: `v` is a base form (its lemma), right after "and"/"or", and back from the conjunction over up to five
 * words of an object, an adverb or an adjunct (no punctuation) stands a base-form verb whose group has a modal or is an
 * infinitive. "said he would resign and left the room" is past, not a base form, and is left.
 */
function modalConjunct(ix: ArticleIndex, v: number, floor: number): number {
  const conj = v - 1;
  if (conj <= floor || (ix.lower[conj] !== 'and' && ix.lower[conj] !== 'or')) return -1;
  if (ix.lower[v] !== ix.tokens[v]!.lemma.toLowerCase()) return -1;
  for (let k = conj - 1; k >= floor && conj - k <= 6; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'VERB') {
      if (ix.lower[k] !== t.lemma.toLowerCase()) return -1;
      const g = verbGroup(ix, k);
      return g.modal !== null || g.infinitive ? k : -1;
    }
    if (!CONJUNCT_GAP.has(t.pos)) return -1;
  }
  return -1;
}

function analyseVerbGroup(ix: ArticleIndex, v: number): VerbGroup {
  const s = ix.sentences[ix.tokens[v]!.sentence]!;
  // A verb coordinated with the one before it shares its auxiliaries and subject: "are selected and
  // purchased by the government", "were arrested and charged".
  const and = v - 1;
  if (
    and - 1 >= s.tokenStart &&
    (ix.lower[and] === 'and' || ix.lower[and] === 'or') &&
    ix.tokens[and - 1]!.pos === 'VERB' &&
    ix.tokens[and - 2]?.pos === 'AUX'
  ) {
    return verbGroup(ix, and - 1);
  }
  const shared = modalConjunct(ix, v, s.tokenStart);
  if (shared >= 0) return verbGroup(ix, shared);
  const g: { -readonly [K in keyof VerbGroup]: VerbGroup[K] } = {
    start: v,
    passive: false,
    negated: false,
    future: false,
    modal: null,
    habitual: false,
    progressive: false,
    perfect: false,
    infinitive: false,
    infinitiveGovernor: null,
    present: false,
  };
  let firstAux: string | null = null;
  const verb = ix.tokens[v]!;
  const participle = ix.lower[v] !== verb.lemma.toLowerCase() && !ix.lower[v]!.endsWith('ing');
  let sawBe = false;
  for (let k = v - 1; k >= s.tokenStart && v - k <= 6; k--) {
    const t = ix.tokens[k]!;
    const low = ix.lower[k]!;
    const lem = t.lemma.toLowerCase();
    if (t.pos === 'AUX') {
      firstAux = low;
      if (lem === 'be' || lem === 'get') sawBe = true;
      if (lem === 'have') g.perfect = true;
      if (MODALS.has(low) || MODALS.has(lem)) {
        g.future = true;
        g.modal = low;
      }
      g.start = k;
      continue;
    }
    if (NEGATORS.has(low)) {
      g.negated = true;
      g.start = k;
      continue;
    }
    if (t.pos === 'ADV') {
      if (HABITUAL_ADVERBS.has(low)) g.habitual = true;
      continue;
    }
    if (t.pos === 'PART' && low === 'to') {
      g.infinitive = true;
      g.start = k;
      g.infinitiveGovernor = governorOfInfinitive(ix, k, s.tokenStart);
      break;
    }
    if (low === 'going' && ix.lower[k + 1] === 'to') {
      g.future = true;
      continue;
    }
    break;
  }
  if (sawBe && participle) g.passive = true;
  if (HABITUAL_ADVERBS.has(ix.lower[v + 1] ?? '') && ix.tokens[v + 1]?.sentence === verb.sentence) g.habitual = true;
  if (frequencyPhrase(ix, v, s.tokenEnd)) g.habitual = true;
  if (sawBe && ix.lower[v]!.endsWith('ing')) g.progressive = true;
  if (!g.infinitive && !g.future) {
    // The first auxiliary carries the tense; without one, a third-person "-s" form is present ("says").
    g.present =
      firstAux !== null
        ? PRESENT_AUX.has(firstAux)
        : ix.lower[v]!.endsWith('s') && ix.lower[v] !== verb.lemma.toLowerCase();
  }
  return g;
}

/** The verb, noun or adjective an infinitive hangs on ("plans to", "their intention to", "prompted X to"). */
function governorOfInfinitive(ix: ArticleIndex, to: number, floor: number): string | null {
  // Session 23 ("senses" helper). Phenomenon: a phrase of repetition may stand between the governor and "to"
  // ("failed for a second time to elect a president", "tried for the third time to leave"): "time" is no
  // governor; the verb before "for" is. Skipped: "for a/the <ordinal or next/last> time" right before "to".
  if (
    ix.lower[to - 1] === 'time' &&
    to - 4 >= floor &&
    ix.lower[to - 4] === 'for' &&
    (ix.lower[to - 3] === 'a' || ix.lower[to - 3] === 'the') &&
    (ix.tokens[to - 2]!.pos === 'ADJ' || ix.tokens[to - 2]!.pos === 'NUM' || /(?:st|nd|rd|th)$/.test(ix.lower[to - 2]!))
  )
    to -= 4;
  for (let k = to - 1; k >= floor && to - k <= 6; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'NOUN' || (t.pos === 'ADJ' && k === to - 1)) return t.lemma.toLowerCase();
    if (t.pos === 'AUX' && MODALS.has(ix.lower[k]!)) return ix.lower[k]!;
  }
  return null;
}

/** The particle closing a phrasal verb at `v` ("carried out"), or -1. */
export function particleAfter(ix: ArticleIndex, v: number): number {
  const k = v + 1;
  if (k >= ix.tokens.length || ix.tokens[k]!.sentence !== ix.tokens[v]!.sentence) return -1;
  const t = ix.tokens[k]!;
  return (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'PART') && PARTICLES.has(ix.lower[k]!) ? k : -1;
}

/** The mention covering token `k` as an actor, or null. */
function mentionActor(ix: ArticleIndex, k: number): ActorRef | null {
  const m = ix.mentionAt[k]!;
  if (m < 0) return null;
  const mention = ix.mentions[m]!;
  return actorRef(mention.entity, mention.tokenStart, mention.tokenEnd, 'mention');
}

/** A nationality adjective naming a country entity, before an actor noun at `head` ("the American side"). */
function nationalityActor(ix: ArticleIndex, head: number): ActorRef | null {
  if (!ACTOR_NOUNS.has(ix.lower[head]!)) return null;
  for (let k = head - 1; k >= 0 && head - k <= 2; k--) {
    const t = ix.tokens[k]!;
    if (t.sentence !== ix.tokens[head]!.sentence) return null;
    // Only a nationality adjective can name one: the capital-letter test is made for those alone.
    const e = NATIONALITIES.has(ix.lower[k]!) && /^\p{Lu}/u.test(t.text) ? ix.nationalityEntity(ix.lower[k]!) : null;
    if (e) return actorRef(e, k, head + 1, 'nationality');
    if (t.pos !== 'ADJ') return null;
  }
  return null;
}

/** "the coordination" → the one group entity whose name has that word. */
function definiteActor(ix: ArticleIndex, head: number): ActorRef | null {
  if (head === 0 || ix.lower[head - 1] !== 'the') return null;
  const t = ix.tokens[head]!;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  const e = ix.definiteEntity(ix.lower[head]!);
  return e ? actorRef(e, head - 1, head + 1, 'definite') : null;
}

/** The actor whose phrase ends at token `k` (walking left), or null. */
export function actorEndingAt(ix: ArticleIndex, k: number): ActorRef | null {
  return mentionActor(ix, k) ?? nationalityActor(ix, k) ?? definiteActor(ix, k);
}

/** The actor whose phrase starts at token `k` (walking right, modifiers already skipped), or null. */
export function actorStartingAt(ix: ArticleIndex, k: number): ActorRef | null {
  const m = mentionActor(ix, k);
  if (m) return m;
  // Head noun of a short noun phrase: "American side", "the coordination".
  let head = k;
  while (
    head < ix.tokens.length &&
    head - k < 3 &&
    ix.tokens[head]!.pos !== 'NOUN' &&
    ix.tokens[head]!.sentence === ix.tokens[k]!.sentence
  )
    head++;
  if (head >= ix.tokens.length || ix.tokens[head]!.pos !== 'NOUN') return null;
  return nationalityActor(ix, head) ?? definiteActor(ix, head);
}

/** Adds actors coordinated before `first` ("Hamas and Israel agreed", "A, B and C"); a lone comma is an apposition. */
function coordinatedLeft(ix: ArticleIndex, first: ActorRef, floor: number): ActorRef[] {
  const out = [first];
  const skipDeterminer = (k: number): number => (k > floor && ix.tokens[k]!.pos === 'DET' ? k - 1 : k);
  let k = skipDeterminer(first.tokenStart - 1);
  let sawAnd = false;
  while (k > floor && (ix.lower[k] === 'and' || (sawAnd && ix.lower[k] === ','))) {
    if (ix.lower[k] === 'and') sawAnd = true;
    // Phenomenon: a conjunct headed by a common noun with an owner or a name in it ("Sudan's army and the
    // Rapid Support Forces signed", "the Unite union and the employers agreed") is a subject as a bare name is.
    const owned =
      actorEndingAt(ix, k - 1) === null && k - 1 > floor && headWord(ix, k - 1) && ix.tokens[k - 1]!.pos !== 'NUM'
        ? subjectThroughHead(ix, k - 1, floor)
        : [];
    const prev = actorEndingAt(ix, k - 1) ?? owned[0] ?? null;
    if (!prev) break;
    out.push(prev);
    const phrase = owned.length > 0 ? nounPhraseEndingAt(ix, k - 1, floor) : null;
    k = skipDeterminer(Math.min(prev.tokenStart, phrase ? phrase.tokenStart : prev.tokenStart) - 1);
  }
  return out;
}

/** Adds actors coordinated after `first` ("between Baghdad and Washington"). */
function coordinatedRight(ix: ArticleIndex, first: ActorRef, ceil: number): ActorRef[] {
  const out = [first];
  let k = kindAfterPlace(ix, first, ceil);
  while (k < ceil - 1 && (ix.lower[k] === 'and' || ix.lower[k] === ',')) {
    let j = k + 1;
    while (j < ceil && (isModifier(ix, j) || ix.lower[j] === 'nearby')) j++;
    const next = j < ceil ? actorStartingAt(ix, j) : null;
    if (!next) break;
    out.push(next);
    k = kindAfterPlace(ix, next, ceil);
  }
  return out;
}

/**
 * Phenomenon (session 18): a place named with the word for its kind after it ("Idlib province and Hama
 * province", "Kandar district and nearby Tarsk") is coordinated over that word. Returns the token after the
 * actor and such a word.
 */
function kindAfterPlace(ix: ArticleIndex, a: ActorRef, ceil: number): number {
  const k = a.tokenEnd;
  return a.entity.type === 'place' && k < ceil && LOCATION_NOUNS.has(ix.tokens[k]!.lemma.toLowerCase()) ? k + 1 : k;
}

/**
 * The noun phrase starting at `k` as actors: a mention or nationality/definite phrase, and "the leader of
 * X, NAME" (the appositive name, else X). Returns [] when the phrase names no entity.
 */
export function nounPhraseActors(ix: ArticleIndex, k: number, ceil: number): ActorRef[] {
  let j = k;
  while (j < ceil && isModifier(ix, j)) j++;
  if (j >= ceil) return [];
  const direct = actorStartingAt(ix, j);
  if (direct) return coordinatedRight(ix, direct, ceil);
  const titled = titledPerson(ix, j, ceil);
  if (titled) return [titled];
  if (LOCATION_NOUNS.has(ix.lower[j]!) && ix.lower[j + 1] === 'of') {
    // "the port of Marsa", "the city of Gaza": the named place.
    const place = j + 2 < ceil ? mentionActor(ix, j + 2) : null;
    return place && place.entity.type === 'place' ? [place] : [];
  }
  // A nationality or other capitalised word before the word for a kind of place ("the Afghan capital", "the
  // Kenyan capital", "the Kurdish city") belongs to it.
  const kj =
    j + 1 < ceil && (NATIONALITIES.has(ix.lower[j]!) || /^\p{Lu}/u.test(ix.tokens[j]!.text)) && ix.mentionAt[j]! < 0
      ? j + 1
      : j;
  const kind = LOCATION_NOUNS.has(ix.tokens[kj]!.lemma.toLowerCase());
  if (kind && ix.lower[kj + 1] === 'of') {
    // Session 18: "the towns of Tikrit and Samarra", "the provinces of X, Y and Z": every named place of the list.
    const place = kj + 2 < ceil ? mentionActor(ix, kj + 2) : null;
    return place && place.entity.type === 'place'
      ? coordinatedRight(ix, place, ceil).filter((a) => a.entity.type === 'place')
      : [];
  }
  if (kind || STREET_NOUNS.has(ix.tokens[kj]!.lemma.toLowerCase())) {
    const named = appositivePlace(ix, kj, ceil);
    if (named) return [named];
  }
  if (
    (ROLE_NOUNS.has(ix.lower[j]!) && ix.lower[j + 1] === 'of') ||
    (ROLE_NOUNS.has(ix.lower[j]!) && ix.lower[j + 1] === 'in')
  ) {
    let x = j + 2;
    while (x < ceil && isModifier(ix, x)) x++;
    const org = x < ceil ? actorStartingAt(ix, x) : null;
    if (!org) return [];
    // Apposition: "the leader of X, NAME" names the person.
    if (ix.lower[org.tokenEnd] === ',' && org.tokenEnd + 1 < ceil) {
      const name = mentionActor(ix, org.tokenEnd + 1);
      if (name) return [actorRef(name.entity, name.tokenStart, name.tokenEnd, 'role', name.head, name.prenominal)];
    }
    return [actorRef(org.entity, org.tokenStart, org.tokenEnd, 'role', org.head, org.prenominal)];
  }
  return [];
}

/**
 * Session 21 (evprec): words for a street or a square, which stand in apposition with the street's name as a
 * town's kind does ("on the central street Rue Quarn", "in the main square, Plaza Zed"): the name is the place.
 */
const STREET_NOUNS: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'boulevard', 'square']);

/**
 * Phenomenon (session 18): a word for a kind of place in apposition with a named place is that place: "in the
 * capital, Nairobi, …", "in the Afghan capital Kabul on Friday". The name must close the apposition (a comma,
 * a full stop, a preposition or a conjunction after it, or the phrase's end): in "the town, Kandar officials
 * said" the name modifies another noun. Returns the named place, or null.
 */
function appositivePlace(ix: ArticleIndex, j: number, ceil: number): ActorRef | null {
  const at = ix.lower[j + 1] === ',' ? j + 2 : j + 1;
  const place = at < ceil ? mentionActor(ix, at) : null;
  if (!place || place.entity.type !== 'place' || place.tokenStart !== at) return null;
  const k = place.tokenEnd;
  if (k >= ceil || k >= ix.tokens.length || ix.tokens[k]!.sentence !== ix.tokens[j]!.sentence) return place;
  const pos = ix.tokens[k]!.pos;
  return pos === 'PUNCT' || pos === 'ADP' || pos === 'CCONJ' || pos === 'SCONJ' ? place : null;
}

/** Titles and occupations written before a person's name ("governor X", "journalist Y"), beside `ROLE_NOUNS`. */
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'governor',
  'mayor',
  'general',
  'colonel',
  'major',
  'captain',
  'lieutenant',
  'sergeant',
  'judge',
  'senator',
  'lawmaker',
  'deputy',
  'prosecutor',
  'cleric',
  'imam',
  'bishop',
  'priest',
  'journalist',
  'reporter',
  'activist',
  'sheikh',
  'king',
  'queen',
  'prince',
]);

/**
 * Phenomenon: a title right before a person's name, with no comma between them ("attack the Prime Minister
 * Tomas Verin", "killed village chief Amadou Sow"), is a close apposition: the phrase names that person, as
 * "President X" does. The title is up to three nouns or adjectives ending in a role noun (`minister`,
 * `leader`, `governor`, `journalist`, …). Returns the person's mention, or null.
 */
function titledPerson(ix: ArticleIndex, j: number, ceil: number): ActorRef | null {
  const sentence = ix.tokens[j]!.sentence;
  for (let x = j; x < ceil && x - j <= 3; x++) {
    const t = ix.tokens[x]!;
    if (t.sentence !== sentence || ix.timexAt[x]) return null;
    if (ix.mentionAt[x]! >= 0) {
      const title = ix.lower[x - 1]!;
      const name = x > j && (ROLE_NOUNS.has(title) || TITLE_NOUNS.has(title)) ? mentionActor(ix, x) : null;
      return name && name.entity.type === 'person'
        ? actorRef(name.entity, name.tokenStart, name.tokenEnd, 'role', name.head, name.prenominal)
        : null;
    }
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') return null;
  }
  return null;
}

/**
 * The subject of the verb group starting at `start`: walks left over adverbs, appositions and
 * `, which …,` relative clauses to the nearest actor. A common noun heading the subject ("a government
 * source confirmed") ends the walk with no actor, except through a possessor ("Iran's army") or a
 * role noun ("the leader of X"). Pronouns are resolved through `resolvePronoun`. When the subject names
 * no entity, `onPhrase` receives its noun phrase ("the gunman", "two soldiers", an unresolved "he").
 */
export function findSubject(ix: ArticleIndex, start: number, onPhrase?: (p: PhraseRef) => void): ActorRef[] {
  const s = ix.sentences[ix.tokens[start]!.sentence]!;
  const floor = Math.max(s.tokenStart, start - WINDOW);
  let k = start - 1;
  while (k >= floor) {
    const t = ix.tokens[k]!;
    const low = ix.lower[k]!;
    const time = ix.timexAt[k];
    if (time) {
      // "Airbus last week announced": a time expression between subject and verb.
      k = ix.timexTokens.get(time)![0] - 1;
      continue;
    }
    const actor = actorEndingAt(ix, k);
    if (actor) {
      let before = actor.tokenStart - 1;
      while (before >= floor && (ix.tokens[before]!.pos === 'DET' || ix.tokens[before]!.pos === 'ADJ')) before--;
      // Phenomenon: a place named with the country or region it is in ("in Nairobi, Kenya", "at Quetta,
      // Pakistan"), or a list of such places ("in Dar es Salaam, Tanzania, and Nairobi, Kenya"), is one
      // locative phrase: the preposition before the first place governs them all, so "bombings at the
      // embassies in Nairobi, Kenya, on Aug. 7 killed 258" has no agent "Kenya".
      if (actor.entity.type === 'place') {
        for (let n = 0; n < 6 && before - 1 >= floor; n++) {
          const low = ix.lower[before]!;
          if (low !== ',' && low !== 'and' && low !== 'or') break;
          let j = before - 1;
          while (j > floor && (ix.lower[j] === ',' || ix.lower[j] === 'and' || ix.lower[j] === 'or')) j--;
          const other = j >= floor ? actorEndingAt(ix, j) : null;
          if (!other || other.entity.type !== 'place') break;
          before = other.tokenStart - 1;
          while (before >= floor && (ix.tokens[before]!.pos === 'DET' || ix.tokens[before]!.pos === 'ADJ')) before--;
        }
      }
      // Session 21 (the lead): "the town of Kutum", "the city of Orvan" name one place by its kind: a preposition
      // before the kind noun governs the name ("Air strikes on a market in the town of Kutum killed 34": Kutum is
      // no attacker). Not a person's role ("the mayor of Orvan", read by roleOf below).
      if (
        actor.entity.type === 'place' &&
        ix.lower[before] === 'of' &&
        before - 1 >= floor &&
        LOCATION_NOUNS.has(ix.lower[before - 1]!)
      ) {
        const kind = nounPhraseEndingAt(ix, before - 1, floor);
        if (kind) {
          let b = kind.tokenStart;
          // "the rebel-held town": a hyphened participle before the kind noun modifies it too.
          if (b - 3 >= floor && ix.tokens[b - 1]!.pos === 'VERB' && ix.lower[b - 2] === '-') {
            b -= 3;
            while (b - 1 >= floor && MODIFIER_TAGS.has(ix.tokens[b - 1]!.pos)) b--;
          }
          before = b - 1;
        }
      }
      // An actor inside a prepositional phrase is not the subject ("In Baghdad, protesters rallied",
      // "crashed into the Atlantic Ocean, killing") — unless it stands right before the verb, where the
      // "preposition" opens a clause ("after the Shuffle was introduced").
      // A locative one never is ("A court in Paris sentenced"): places in a locative phrase are not agents.
      const adjacent = actor.tokenEnd === start && !PLACE_PREPOSITIONS.has(ix.lower[before] ?? '');
      if (!adjacent && before >= floor && ix.tokens[before]!.pos === 'ADP' && ix.lower[before] !== 'of') {
        k = before - 1;
        continue;
      }
      const role = roleOf(ix, actor, floor);
      if (role) return [role];
      const conjuncts = coordinatedLeft(ix, actor, floor);
      // Phenomenon: "Foreign ministers of Russia and Turkey met": coordinated names in the of-phrase of a role
      // noun are the people's organisations or countries; the role noun heads the subject.
      const first = conjuncts.length > 1 ? roleOf(ix, conjuncts[conjuncts.length - 1]!, floor) : null;
      if (first) return [first, ...conjuncts.slice(0, -1)];
      return conjuncts;
    }
    if (t.pos === 'PRON') {
      if (RELATIVE_PRONOUNS.has(low) || low === 'that') {
        const a = antecedent(ix, k, floor);
        if (a.length === 0 && onPhrase) {
          // "militants who attacked": the antecedent phrase stands for the relative pronoun.
          const j = ix.lower[k - 1] === ',' ? k - 2 : k - 1;
          const p = j >= floor ? nounPhraseEndingAt(ix, j, floor) : null;
          if (p && p.via === 'phrase') onPhrase(p);
        }
        return a;
      }
      const r = resolvePronoun(ix, k);
      const speaker = r ? null : speakerOfIt(ix, k);
      if (speaker && 'entity' in speaker) return [speaker];
      if (!r && onPhrase) {
        const p = nounPhraseEndingAt(ix, k, floor) ?? speaker;
        if (p) onPhrase(p);
      }
      return r ? [r] : [];
    }
    if (low === ',' || low === '"' || low === '“' || low === '”' || low === ')') {
      const skip = relativeClauseStart(ix, k, floor);
      const apposition = skip < 0 && low === ',' ? appositionStart(ix, k, floor) : -1;
      k = skip >= 0 ? skip - 1 : apposition >= 0 ? apposition - 1 : k - 1;
      continue;
    }
    // "They killed 23 soldiers and injured 15": a verb coordinated right after an earlier verb phrase
    // shares its subject (the earlier verb active: "were arrested and charged" is one verb group).
    // Phenomenon: an adverb of manner or degree may stand between the conjunction and the second verb ("killed
    // three soldiers and seriously wounded six others"): the verb is coordinated all the same.
    if ((low === 'and' || low === 'or') && onlyAdverbsBetween(ix, k, start) && !ix.lower[start]!.endsWith('ing')) {
      const prev = previousVerb(ix, k - 1, floor);
      // A participle clause after a comma ("…, killing 30 and injuring 50") has no subject of its own words.
      const participle = prev > floor && ix.lower[prev]!.endsWith('ing') && ix.lower[prev - 1] === ',';
      if (prev >= 0 && !participle && !verbGroup(ix, prev).passive)
        return findSubject(ix, verbGroup(ix, prev).start, onPhrase);
      return [];
    }
    // A common noun, or a name the recogniser did not take, heads the subject: no entity beyond it.
    if (headWord(ix, k) && t.pos !== 'NUM' && ix.mentionAt[k] === -1) {
      // Phenomenon: a common noun inside a prepositional phrase of the subject is not its head ("bombings at
      // U.S. embassies … killed 258", "protesters in the capital clashed"): the walk goes on past the
      // preposition, as it does for a name. Not right before the verb, where the "preposition" opens a
      // clause ("after the meeting ended"). Session 21: a locative preposition opens no clause ("Police in
      // Zambia's capital fired tear gas": the police, not Zambia, fired), as for a name above.
      const inPhrase = nounPhraseEndingAt(ix, k, floor);
      const prep = inPhrase ? inPhrase.tokenStart - 1 : -1;
      if (
        inPhrase &&
        (inPhrase.tokenEnd !== start || PLACE_PREPOSITIONS.has(ix.lower[prep] ?? '')) &&
        prep >= floor &&
        ix.tokens[prep]!.pos === 'ADP' &&
        ix.lower[prep] !== 'of'
      ) {
        k = prep - 1;
        continue;
      }
      const named = subjectThroughHead(ix, k, floor);
      let p = onPhrase ? nounPhraseEndingAt(ix, k, floor) : null;
      // "A local commander of the Zedland Defence Forces was killed": the word for people before `of`.
      const role = p ? ofHead(ix, p.tokenStart - 1, floor) : -1;
      if (role >= 0) p = nounPhraseEndingAt(ix, role, floor);
      // "Iran's army attacked": the army, Iran's; "the IRA's decision to carry out": the IRA itself.
      // "the Kharan Front militia attacked": a noun for the kind of organisation leaves the name as head (nameBeforeKind).
      else if (named.length > 0)
        return animateHead(low) && !GROUP_KIND_NOUNS.has(low)
          ? named.map((a) => actorRef(a.entity, a.tokenStart, a.tokenEnd, a.via, k, a.prenominal))
          : named;
      // "Four workers and two soldiers were killed": coordinated phrases are all subjects.
      for (let n = 0; p && n < 4; n++) {
        onPhrase!(p);
        const and = p.tokenStart - 1;
        p =
          and - 1 >= floor && (ix.lower[and] === 'and' || ix.lower[and] === ',')
            ? nounPhraseEndingAt(ix, and - 1, floor)
            : null;
        // Session 20 (evprec): a phrase before the comma that a preposition governs is a fronted adverbial ("In
        // Velmar, police arrested two men", "At the border, troops fired"), not a conjunct of the subject.
        // Only over a comma: "with two soldiers and a civilian injured" has one preposition over both conjuncts.
        if (p && ix.lower[and] === ',' && p.tokenStart - 1 >= floor && ix.tokens[p.tokenStart - 1]!.pos === 'ADP')
          p = null;
      }
      return [];
    }
    // A figure standing for people right before the verb ("71 were wounded", "Three died", "five more were
    // wounded").
    if (t.pos === 'NUM' && (k === start - 1 || (k === start - 2 && MORE_WORDS.has(ix.lower[k + 1]!)))) {
      const p = onPhrase ? nounPhraseEndingAt(ix, k, floor) : null;
      if (p) onPhrase!(p);
      return [];
    }
    // Session 23 (evprec): "The army claimed to have hit three gunmen": the infinitive's subject is the claiming
    // verb's (`raisingVerb`); the walk goes on before that verb.
    const raiser = t.pos === 'VERB' || t.pos === 'PART' ? raisingVerb(ix, start) : -1;
    if (raiser >= floor && raiser < k) {
      k = raiser - 1;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || low === ';' || low === ':') return [];
    k--;
  }
  return [];
}

/**
 * "A local commander of the Defence Forces was killed": an actor in an `of`-phrase after a role in an
 * organisation is the group that person belongs to; the word before `of` heads the subject (the actor stays linked, as
 * "the leader of X" stands for a member of X). A possessor before the actor is read over ("a commander of
 * Zedland's army"). Null when the actor is not in such a phrase.
 */
function roleOf(ix: ArticleIndex, actor: ActorRef, floor: number): ActorRef | null {
  const head = ofHead(ix, actor.tokenStart - 1, floor);
  if (head < 0) return null;
  const phrase = nounPhraseEndingAt(ix, head, floor);
  return actorRef(actor.entity, phrase ? phrase.tokenStart : head, actor.tokenEnd, actor.via, head, actor.prenominal);
}

/** The word for people heading "N of <phrase>" when the phrase starts right after `from` (over its modifiers and possessor), or -1. */
function ofHead(ix: ArticleIndex, from: number, floor: number): number {
  let k = from;
  const skipModifiers = (): void => {
    while (k >= floor && (ix.tokens[k]!.pos === 'DET' || ix.tokens[k]!.pos === 'ADJ')) k--;
  };
  skipModifiers();
  if (k > floor && (ix.lower[k] === "'s" || ix.lower[k] === '’s')) {
    const owner = actorEndingAt(ix, k - 1);
    k = owner ? owner.tokenStart - 1 : k - 2;
    skipModifiers();
  }
  if (k - 1 < floor || ix.lower[k] !== 'of') return -1;
  const head = k - 1;
  if (!headWord(ix, head) || ix.tokens[head]!.pos === 'NUM' || ix.mentionAt[head]! >= 0) return -1;
  // A role in an organisation ("commander", "members"), not any word for people ("the families of …").
  return ROLE_NOUNS.has(ix.lower[head]!) ? head : -1;
}

/**
 * If the comma at `k` closes an apposition describing the phrase before it ("A local commander, a
 * veteran of the war, was killed": an indefinite or definite noun phrase between two commas, with no
 * verb), the index of its opening comma; else -1.
 */
function appositionStart(ix: ArticleIndex, k: number, floor: number): number {
  // Phenomenon: the apposition may end in a list of nouns ("Harwell's Market Co., a seller of fruit,
  // vegetables and other goods, said"): past a conjunction, a comma not followed by a determiner is the
  // list's, and the walk goes on to the comma that opens the apposition.
  let list = false;
  for (let j = k - 1; j > floor && k - j <= (list ? 16 : 10); j--) {
    const t = ix.tokens[j]!;
    if (ix.lower[j] === ',') {
      const first = ix.lower[j + 1]!;
      const opens = first === 'a' || first === 'an' || first === 'the';
      if (!opens && list && headWord(ix, j - 1) && headWord(ix, j + 1)) continue;
      return opens && j + 2 < k && headWord(ix, j - 1) ? j : -1;
    }
    if ((ix.lower[j] === 'and' || ix.lower[j] === 'or') && !list && headWord(ix, j - 1)) {
      list = true;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON') return -1;
  }
  return -1;
}

/** True when only adverbs stand between token `k` and token `start` (none at all included). */
function onlyAdverbsBetween(ix: ArticleIndex, k: number, start: number): boolean {
  for (let j = k + 1; j < start; j++) if (ix.tokens[j]!.pos !== 'ADV') return false;
  return start - k <= 3;
}

/** The nearest verb before `k` in its clause (not past a subordinator, relative pronoun, `;` or `:`), or -1. */
function previousVerb(ix: ArticleIndex, k: number, floor: number): number {
  for (let j = k; j >= floor && k - j <= 12; j--) {
    if (ix.tokens[j]!.pos === 'VERB') return j;
    if (opensClause(ix, j)) return -1;
  }
  return -1;
}

/**
 * A subject headed by a common noun: only a possessor ("Iran's army") or a name inside the phrase ("the
 * Unite union", "an Air France jet") names an actor.
 */
function subjectThroughHead(ix: ArticleIndex, head: number, floor: number): ActorRef[] {
  let k = head - 1;
  while (k >= floor && (ix.tokens[k]!.pos === 'ADJ' || ix.tokens[k]!.pos === 'NOUN' || ix.tokens[k]!.pos === 'NUM')) {
    const named = mentionActor(ix, k);
    if (named) return [named];
    k--;
  }
  // A name the tagger took for another part of speech ("The Unite union": Unite/VERB).
  const named = k >= floor ? mentionActor(ix, k) : null;
  if (named) return [named];
  if (k >= floor + 1 && ix.lower[k] === "'s") {
    const owner = actorEndingAt(ix, k - 1);
    // Phenomenon: what a person owns is not that person ("Ms. Currie's lawyers stated", "the minister's
    // spokesman said"): the possessed noun heads the argument, linked to its owner as "the leader of X" is to
    // X. A state or group acts through what it owns ("Iran's army attacked"): that owner stays the head.
    // Session 22 (evprec): so does a country's body that acts on its own ("Kenya's anti-graft agency said it
    // arrested", "Nigeria's central bank raised rates", `OWNED_BODIES`): the body heads the argument, linked to the
    // country that is its home (its state's army, police or government still stand for the state).
    if (
      owner &&
      (owner.entity.type === 'person' || (owner.entity.type === 'place' && OWNED_BODIES.has(ix.lower[head]!)))
    )
      return [actorRef(owner.entity, owner.tokenStart, owner.tokenEnd, owner.via, head, owner.prenominal)];
    return owner ? [owner] : [];
  }
  return [];
}

/**
 * Bodies a country has that act on their own: an agency, a commission, a central bank, a regulator, a court, a
 * company. Not its government, army or police, through which the state itself acts.
 */
const OWNED_BODIES: ReadonlySet<string> = new Set([
  'agency',
  'commission',
  'bank',
  'regulator',
  'watchdog',
  'court',
  'tribunal',
  'company',
  'firm',
  'airline',
  'broadcaster',
  'board',
  'bureau',
  'council',
  'committee',
  'party',
  'union',
  'federation',
  'association',
]);

/** If the comma at `k` closes a `, which …` / `, who …` clause, the index of its opening comma; else -1. */
function relativeClauseStart(ix: ArticleIndex, k: number, floor: number): number {
  for (let j = k - 1; j > floor; j--) {
    const low = ix.lower[j]!;
    if (low === ';' || ix.tokens[j]!.pos === 'SCONJ') return -1;
    if (RELATIVE_PRONOUNS.has(low) && ix.lower[j - 1] === ',') return j - 1;
    // An opening paren before the comma's clause: "(the factions)".
    if (low === '(') return j;
  }
  return -1;
}

/** The antecedent of a relative pronoun at `k`: the actor ending just before it (or before its comma). */
function antecedent(ix: ArticleIndex, k: number, floor: number): ActorRef[] {
  let j = k - 1;
  if (j >= floor && ix.lower[j] === ',') j--;
  const a = j >= floor ? actorEndingAt(ix, j) : null;
  if (!a) return [];
  // "an attack at a cafe in Madrid, Spain, which killed 13", "the bombing at a mosque in Kabul that killed 30":
  // a place before "which" or "that" is where the event happened; the pronoun stands for the event, not a doer.
  if ((ix.lower[k] === 'which' || ix.lower[k] === 'that') && a.entity.type === 'place') return [];
  // The words in the event's own clause are the pronoun ("Chávez, who died"): it is the argument's head.
  return [actorRef(a.entity, k, k + 1, 'pronoun', a.head, a.prenominal)];
}

/**
 * Resolves a subject pronoun at `k`: "it"/"they" → the subject of a reporting verb earlier in the
 * sentence ("the coordination stated … that it held"), else the nearest group before it in this or the
 * previous sentence; "he"/"she" → the nearest person in this or the previous sentence, if only one.
 */
export function resolvePronoun(ix: ArticleIndex, k: number): ActorRef | null {
  const low = ix.lower[k]!;
  const wanted = GROUP_PRONOUNS.has(low) ? 'group' : PERSON_PRONOUNS.has(low) ? 'person' : null;
  if (!wanted) return null;
  const sentence = ix.tokens[k]!.sentence;
  const s = ix.sentences[sentence]!;
  const floor = Math.max(s.tokenStart, k - WINDOW, datelineEnd(ix, sentence));
  for (let j = k - 1; j >= floor; j--) {
    if (ix.tokens[j]!.pos === 'VERB' && REPORTING_VERBS.has(ix.tokens[j]!.lemma.toLowerCase())) {
      const subj = findSubject(ix, verbGroup(ix, j).start).filter((a) => a.via !== 'pronoun');
      const fit = subj.find((a) => fits(a.entity, wanted));
      if (fit) return actorRef(fit.entity, k, k + 1, 'pronoun', fit.head, fit.prenominal);
      break;
    }
  }
  const candidates: ActorRef[] = [];
  for (let j = k - 1; j >= floor; j--) {
    const m = ix.mentionAt[j]!;
    if (m >= 0 && fits(ix.mentions[m]!.entity, wanted)) {
      candidates.push(mentionActor(ix, j)!);
      break;
    }
  }
  if (candidates.length === 0 && sentence > 0) {
    // The previous sentence: accept only an unambiguous antecedent.
    const prev = ix.sentences[sentence - 1]!;
    const seen = new Set<string>();
    let first: ActorRef | null = null;
    for (let j = Math.max(prev.tokenStart, datelineEnd(ix, sentence - 1)); j < prev.tokenEnd; j++) {
      const m = ix.mentionAt[j]!;
      if (m >= 0 && fits(ix.mentions[m]!.entity, wanted)) {
        seen.add(ix.mentions[m]!.entity.id);
        first ??= mentionActor(ix, j);
      }
    }
    if (first && seen.size === 1) candidates.push(first);
  }
  const found = candidates[0];
  return found ? actorRef(found.entity, k, k + 1, 'pronoun') : null;
}

/**
 * Session 19 (the lead). Phenomenon: a date line glued to the first sentence ("KABUL, March 6 (Reuters) - The
 * army says it …") names the agency that filed the story, never an actor of the story. The token after the date
 * line's dash, or -1: made once per sentence by the article index (`datelineEndOf` there).
 */
export function datelineEnd(ix: ArticleIndex, sentence: number): number {
  return ix.datelineEnd[sentence]!;
}

/**
 * Phenomenon: "it" opening the clause of a reporting verb ("The company said it will merge with a rival",
 * "Iran said on Monday it would hold talks", "the ministry announced that it had arrested 12 suspects")
 * stands for the speaker when the speaker is no person: a country speaking as a state, or an organisation the
 * recogniser did not name. `resolvePronoun` takes the speaker only when it is a named group. A country gives
 * its entity (the pronoun is the argument's words); a speaker that names no entity gives the pronoun as a
 * phrase, as an unresolved "he" does. Null when "it" opens no such clause, or the speaker is a person, a
 * plural or a possessor ("Iran's envoy said it"): then "it" is something else.
 */
function speakerOfIt(ix: ArticleIndex, k: number): ActorRef | PhraseRef | null {
  if (ix.lower[k] !== 'it') return null;
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  let j = k - 1;
  // Over "that", a time expression and adverbs: "said on Monday that it", "said late Friday it".
  while (j >= floor && (ix.lower[j] === 'that' || ix.timexAt[j] || ix.tokens[j]!.pos === 'ADV')) j--;
  if (j >= floor && ix.tokens[j]!.pos === 'ADP' && ix.timexAt[j + 1]) j--;
  if (j < floor || ix.tokens[j]!.pos !== 'VERB' || !REPORTING_VERBS.has(ix.tokens[j]!.lemma.toLowerCase())) return null;
  const phrases: PhraseRef[] = [];
  const subject = findSubject(ix, verbGroup(ix, j).start, (p) => phrases.push(p));
  let head = phrases.length === 1 && subject.length === 0 ? phrases[0]!.head : -1;
  if (subject.length === 1 && subject[0]!.via === 'mention') {
    const a = subject[0]!;
    const owner = ix.lower[a.tokenEnd] === "'s" || ix.lower[a.tokenEnd] === '’s';
    if (a.head === undefined && !owner)
      return a.entity.type === 'place' ? actorRef(a.entity, k, k + 1, 'pronoun', a.head, a.prenominal) : null;
    // "Harwell's Market Co. said it will merge": what the owner has is the speaker, the last noun of its phrase.
    if (owner) for (head = a.tokenEnd + 1; head + 1 < j && headWord(ix, head + 1);) head++;
  }
  if (head < 0 || (ix.tokens[head]!.pos !== 'NOUN' && ix.tokens[head]!.pos !== 'PROPN')) return null;
  const word = ix.lower[head]!;
  // "it" is one thing: not a person ("the spokesman said it"), not several ("officials said it", "police said
  // it": a plural noun in English).
  const several =
    (ix.tokens[head]!.pos === 'NOUN' && ix.tokens[head]!.lemma.toLowerCase() !== word) || word === 'police';
  if (several || ROLE_NOUNS.has(word) || TITLE_NOUNS.has(word) || /(?:man|woman|person|ist|ian|ee)$/.test(word))
    return null;
  return { tokenStart: k, tokenEnd: k + 1, head: k, via: 'pronoun' };
}

function fits(e: EntityRecord, wanted: 'group' | 'person'): boolean {
  return wanted === 'person' ? e.type === 'person' : e.type === 'group';
}

/** True when token `k` opens a new clause (subordinator, relative pronoun, `;`, `:`). */
export function opensClause(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  const low = ix.lower[k]!;
  return (
    low === ';' ||
    low === ':' ||
    (t.pos === 'SCONJ' && SUBORDINATORS.has(low)) ||
    (t.pos === 'PRON' && RELATIVE_PRONOUNS.has(low))
  );
}

/**
 * Where the arguments of a trigger at `from` end: the next clause opener (subordinator, relative
 * pronoun, `;`, `:`), an infinitival `to`, a finite verb, or the window.
 */
export function scopeEnd(ix: ArticleIndex, from: number): number {
  const s = ix.sentences[ix.tokens[from]!.sentence]!;
  const ceil = Math.min(s.tokenEnd, from + WINDOW);
  for (let k = from + 1; k < ceil; k++) {
    const t = ix.tokens[k]!;
    const low = ix.lower[k]!;
    if (opensClause(ix, k) || (t.pos === 'PART' && low === 'to')) return k;
    // An auxiliary after the trigger opens the verb group of another clause ("Of the 130 injured, 77 were …").
    if (t.pos === 'AUX' && k > from + 1) return k;
    if (t.pos === 'VERB') {
      // A participle right after a noun ("factions allied with Iran") belongs to the phrase.
      const prev = ix.tokens[k - 1]!.pos;
      const modifier = (prev === 'NOUN' || prev === 'PROPN') && ix.tokens[k + 1]?.pos === 'ADP' && !low.endsWith('ing');
      // So does a participle used as an adjective before its noun ("shot dead two suspected robbers").
      const premodifier =
        (prev === 'NUM' || prev === 'DET' || prev === 'ADJ') &&
        /(?:ed|en)$/.test(low) &&
        ix.tokens[k + 1]?.pos === 'NOUN' &&
        ix.tokens[k + 1]!.sentence === t.sentence;
      // Session 20 (evprec): a noun compound whose first word the tagger takes for a verb ("fired tear gas in
      // the square", "threw stun grenades at the crowd") is one noun: the phrases after it are the trigger's.
      const compound = k + 1 < ceil && VERB_TAGGED_COMPOUNDS.has(`${low} ${ix.lower[k + 1]}`);
      if (!modifier && !premodifier && !compound) return k;
    }
  }
  return ceil;
}

/** Noun compounds whose first word wink tags as a verb (the crowd-control weapons of protest news). */
const VERB_TAGGED_COMPOUNDS: ReadonlySet<string> = new Set([
  'tear gas',
  'stun grenade',
  'stun grenades',
  'stun gun',
  'stun guns',
]);

/** Prepositional phrases in `[from, to)` with the actors their objects name. */
export function prepositionalPhrases(
  ix: ArticleIndex,
  from: number,
  to: number,
): Array<{ prep: string; at: number; actors: ActorRef[]; phrase?: PhraseRef; more?: PhraseRef[] }> {
  const out: Array<{ prep: string; at: number; actors: ActorRef[]; phrase?: PhraseRef; more?: PhraseRef[] }> = [];
  for (let k = from; k < to; k++) {
    const t = ix.tokens[k]!;
    if (t.pos !== 'ADP' && t.pos !== 'SCONJ') continue;
    const actors = nounPhraseActors(ix, k + 1, to);
    if (actors.length > 0) {
      out.push({ prep: ix.lower[k]!, at: k, actors });
      k = actors[actors.length - 1]!.tokenEnd - 1;
    } else if (t.pos === 'ADP') {
      // A phrase naming no entity ("by a gunman", "in the village") still names a participant or a place.
      const phrase = nounPhraseAt(ix, k + 1, to);
      if (phrase) {
        // "the maiming of men, women and children": every phrase of a list.
        const list = coordinatedPhrases(ix, phrase, to);
        out.push({ prep: ix.lower[k]!, at: k, actors: [], phrase, more: list.slice(1) });
        k = list[list.length - 1]!.tokenEnd - 1;
      }
    }
  }
  return out;
}
