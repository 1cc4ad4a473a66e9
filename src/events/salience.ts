/**
 * Salience: whether an event is news an analyst counting events wants as a row, or something the article
 * tells in passing. Every event is kept (nothing here drops one); `salience` lets a user filter. See
 * docs/events.md "Salience".
 *
 * - `news`: an event the article reports.
 * - `background`: an earlier event told in passing: dated well before the publication, named by a
 *   definite or possessive noun that no clause of the article narrates ("after Mr. Lawson's resignation",
 *   "in the 1987 crash"), the crime of a legal step ("charged in the bombing"), an event its clause is
 *   ordered against ("ten days before the shooting"), told in a non-restrictive relative clause or a
 *   participle apposition ("Kopp, who is charged with …", "Bin Laden, indicted as …"), or a speaker's
 *   standing position in the present perfect ("has denied the allegations").
 * - `comment`: a statement that only gives a speaker's view: a quotation with a bare attribution, or an
 *   attribution in the simple present ("says Mr. Litvack"; a statement made on a day is told in the past).
 * - `consequence`: a death or injury that resulted from another event of the article; it links to that
 *   event (`cause`), which carries its toll.
 */
import type { EventDate, EventSalience, EventStatus } from '../types.js';
import { memoised, type ArticleIndex } from './article-index.js';
import type { DraftEvent } from './merge.js';
import { verbGroup, type VerbGroup } from './syntax.js';
import type { Candidate } from './triggers.js';

/** Why a mention is not news (null: it is). */
export type Aside = Exclude<EventSalience, 'news' | 'consequence'> | null;

/** What the extractor already knows of a mention when it weighs its salience. */
export interface MentionFacts {
  /** The verb group of the verb that tells the event's tense (the verb, a light verb, a governor), if any. */
  group: VerbGroup | null;
  /** The event's own clause narrates it (a verb, a light verb, its own result verb). */
  narrates: boolean;
  /** A noun in a temporal or participle phrase, the crime of a legal step, an event its clause is ordered against, or a "previous" event. */
  inPassing: boolean;
  /** A statement verb whose quotation is attributed bare (see `bareQuote` in index.ts). */
  bareQuote: boolean;
  /** The date chosen for the mention. */
  date: EventDate;
  /** A date inside the noun's own phrase ("the 1992 protests", "Friday's attack"). */
  ownPhraseDate: boolean;
  /** The publication date (`YYYY-MM-DD`), or null. */
  published: string | null;
  /** The mention stands in the headline. */
  headline: boolean;
}

/** Days before the publication after which an event dated by its own words is history, not the news of the day. */
export const BACKGROUND_DAYS = 31;

const DAY_MS = 86_400_000;

/** `lastDay` of the values met before (the same dates come back in every article of a period). */
const lastDays = new Map<string, number | null>();
/** The memo starts over when it holds this many values. */
const LAST_DAY_MEMO = 20_000;

/**
 * The last day a TIMEX date value covers, in ms since the epoch (`1998` → 31 Dec 1998, `1998-02` → 28 Feb,
 * `1998-W07` → its Sunday, `196X` → 1969), or null for what is not a calendar date (`PRESENT_REF`, `P3D`).
 */
export function lastDay(value: string): number | null {
  return memoised(lastDays, LAST_DAY_MEMO, value, lastDayOf);
}

/** `lastDay`, computed. */
function lastDayOf(value: string): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO week: the week holding 4 January is week 1; weeks start on Monday.
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * DAY_MS;
    return monday1 + ((+m[2]! - 1) * 7 + 6) * DAY_MS;
  }
  m = /^(\d{4})-(\d{2})(?!\d)/.exec(value);
  if (m) return Date.UTC(+m[1]!, +m[2]!, 0);
  m = /^(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12])/.exec(value);
  if (m) {
    const season = value.slice(5, 7);
    const endMonth: Record<string, number> = {
      SP: 6,
      SU: 9,
      FA: 12,
      WI: 3,
      Q1: 3,
      Q2: 6,
      Q3: 9,
      Q4: 12,
      H1: 6,
      H2: 12,
    };
    const month = endMonth[season]!;
    return Date.UTC(+m[1]! + (season === 'WI' ? 1 : 0), month, 0);
  }
  m = /^(\d{4})(?!\d|-)/.exec(value);
  if (m) return Date.UTC(+m[1]!, 11, 31);
  m = /^(\d{3})X/.exec(value);
  if (m) return Date.UTC(+m[1]! * 10 + 9, 11, 31);
  m = /^(\d{2})XX/.exec(value);
  if (m) return Date.UTC(+m[1]! * 100 + 99, 11, 31);
  return null;
}

/** Date sources read from the words around the event (not a fallback to the publication or the tense). */
const TEXT_SOURCES: ReadonlySet<EventDate['source']> = new Set(['clause', 'sentence', 'relative']);

/**
 * Phenomenon: an event its own words date well before the publication ("the 1992 protests", "was imprisoned
 * in the 1960s", "abducted in March 1996", "killed last February") is history the article recalls, not the
 * news it reports: news reports what happened in the last days or weeks. True when the last day the date
 * covers is more than BACKGROUND_DAYS before the publication date.
 */
export function datedLongBefore(date: EventDate, published: string | null): boolean {
  if (!published || date.value === null || !TEXT_SOURCES.has(date.source)) return false;
  const end = lastDay(date.value);
  const pub = lastDay(published);
  return end !== null && pub !== null && pub - end > BACKGROUND_DAYS * DAY_MS;
}

/** Recent: dated by its own words within BACKGROUND_DAYS of the publication (or after it). */
function datedRecently(date: EventDate, published: string | null): boolean {
  if (!published || date.value === null || !TEXT_SOURCES.has(date.source)) return false;
  const end = lastDay(date.value);
  const pub = lastDay(published);
  return end !== null && pub !== null && pub - end <= BACKGROUND_DAYS * DAY_MS;
}

/**
 * Days before the publication after which an event is told again rather than reported: wire news reports an
 * event the day it happens or the day or two after (a Monday paper, Friday's news); a story later than that
 * reports something else and retells the event as its background.
 */
export const RETOLD_DAYS = 4;

/** Date sources that place an event by its own words (not the time its paragraph narrates). */
const OWN_WORDS: ReadonlySet<EventDate['source']> = new Set(['clause', 'sentence', 'relative']);

/** Date sources that place an event by the article's words: its clause, its sentence, or its paragraph's time. */
const TOLD_SOURCES: ReadonlySet<EventDate['source']> = new Set(['clause', 'sentence', 'relative', 'narrative']);

/**
 * Phenomenon: an event that the article's own words (its clause, its sentence, or the time its paragraph
 * narrates) date more than RETOLD_DAYS before the publication is retold in a later story: the embassy bombing
 * named at a ceremony a week later, "the bomb went off" in a story about talks resumed three weeks on,
 * "Slepian was shot" in a story about the charges months later. The story's news is what happened since;
 * the event was news in the stories of its own day. Looser than `datedLongBefore` (31 days), so it needs
 * the date to be placed by the text, and it is weighed on the merged event, after its date is settled. Not
 * a financial result, which is dated by the period it covers; the caller leaves out events told in the
 * headline or the lead, which report the story's news whatever date they carry.
 */
export function retold(type: string, date: EventDate, published: string | null, anaphoric = false): boolean {
  if (type === 'financial-result' || !published || date.value === null || !TOLD_SOURCES.has(date.source)) return false;
  // The time a paragraph narrates is the time of its violent event or death when it has one (the paragraph
  // tells what happened that day); a statement, a ruling or a vote in it is as often the story's own news.
  if (date.source === 'narrative' && !anaphoric) return false;
  // A quarter or a half year ("in the third quarter") names the period a report covers more often than the
  // day an event happened ("said net income for the third quarter fell").
  if (/^\d{4}-(?:Q|H)\d/.test(date.value)) return false;
  const end = lastDay(date.value);
  const pub = lastDay(published);
  return end !== null && pub !== null && pub - end > RETOLD_DAYS * DAY_MS;
}

/** What `retoldEvents` needs of a merged event. */
export interface RetoldFacts {
  type: string;
  date: EventDate;
  /** Offset of the first mention. */
  start: number;
  /** A mention stands in the headline or the lead. */
  inLead: boolean;
  /** One event of this type per article as a rule: a violent event, a death, a disaster (see merge.ts). */
  anaphoricAnywhere: boolean;
  /** The text marks it as a new occurrence ("another attack"). */
  distinct: boolean;
}

/**
 * The merged events an article retells (see `retold`), by index. Phenomenon, beside the dated ones: once a
 * later story has dated its violent event or disaster days before ("the August 7 bombings"), its later
 * mentions of that kind that their own words do not date ("the bomb blasts at the embassies", "a nearly
 * simultaneous car bombing"; the time their paragraph narrates is the story's, not theirs) retell the same event; an article reports one such event unless it says
 * otherwise ("another attack"), the rule the merger follows. Neither kind counts in the headline or lead.
 */
export function retoldEvents(events: readonly RetoldFacts[], published: string | null): Set<number> {
  const out = new Set<number>();
  const firstRetold = new Map<string, number>();
  events.forEach((e, i) => {
    if (!retold(e.type, e.date, published, e.anaphoricAnywhere)) return;
    if (!e.inLead) out.add(i);
    const seen = firstRetold.get(e.type);
    if (e.anaphoricAnywhere && (seen === undefined || e.start < seen)) firstRetold.set(e.type, e.start);
  });
  events.forEach((e, i) => {
    const after = firstRetold.get(e.type);
    if (
      after !== undefined &&
      e.start > after &&
      e.anaphoricAnywhere &&
      !e.distinct &&
      !e.inLead &&
      (e.date.value === null || !OWN_WORDS.has(e.date.source))
    )
      out.add(i);
  });
  return out;
}

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * A noun told as already known: a definite determiner or a possessor before it, over its modifiers and
 * any date inside the phrase ("the 1987 crash", "Mr. Lawson's resignation", "its agreements", "the
 * Credit Lyonnais purchase").
 */
export function knownNoun(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 6; k--) {
    const low = ix.lower[k]!;
    if (DEFINITE.has(low) || POSSESSIVE_PRONOUNS.has(low) || POSSESSIVE_MARKS.has(low)) return true;
    if (ix.timexAt[k] !== null) continue;
    const pos = ix.tokens[k]!.pos;
    if (
      pos !== 'ADJ' &&
      pos !== 'NOUN' &&
      pos !== 'PROPN' &&
      pos !== 'NUM' &&
      !(pos === 'VERB' && /(?:ed|en)$/.test(low))
    )
      return false;
  }
  return false;
}

/** Verbs that say nothing happens to their subject: being, becoming, seeming. */
const STATIVE: ReadonlySet<string> = new Set(['be', 'become', 'remain', 'seem', 'appear', 'look']);

/**
 * Verbs that say what an event means, not what it did ("His death shows how tentative the right has
 * become", "The killing underscores the risk", "The vote signals a shift"): a known event as their subject
 * is evaluated, not narrated.
 */
const SIGNIFYING: ReadonlySet<string> = new Set([
  'show',
  'mean',
  'prove',
  'suggest',
  'underscore',
  'underline',
  'highlight',
  'illustrate',
  'demonstrate',
  'signal',
  'symbolize',
  'remind',
  'reflect',
]);

/**
 * True when an event noun is the subject of an active verb that tells what the event did ("The talks
 * ended", "The blast in Nairobi occurred at …", "the explosion ripped through"): the clause narrates it.
 * Not a copula ("The killing has become a factor") nor a passive ("The purchase is valued at …"). The
 * noun may carry a short prepositional phrase ("in Nairobi", "with the rebels") before the verb.
 */
function subjectOfNarration(ix: ArticleIndex, c: Candidate): boolean {
  const s = ix.sentences[c.sentence]!;
  let k = c.end;
  if (k < s.tokenEnd && ix.tokens[k]!.pos === 'ADP') {
    k++;
    while (k < s.tokenEnd && k - c.end <= 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM|CCONJ)$/.test(ix.tokens[k]!.pos)) k++;
  }
  while (k < s.tokenEnd && (ix.tokens[k]!.pos === 'AUX' || ix.tokens[k]!.pos === 'ADV')) k++;
  if (k >= s.tokenEnd || ix.tokens[k]!.pos !== 'VERB') return false;
  const g = verbGroup(ix, k);
  const lemma = ix.tokens[k]!.lemma.toLowerCase();
  return !g.passive && !STATIVE.has(lemma) && !SIGNIFYING.has(lemma);
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'whose']);

/**
 * Phenomenon: a non-restrictive relative clause or a participle apposition describes one of the sentence's
 * nouns with what is already known of it ("Kopp, who is charged with gunning down …", "Delfin, who was
 * imprisoned as an activist", "Dataproducts, which the board said it rejected", "the site, which was the
 * focus of a federal trial", "Bin Laden, indicted as the architect of …"): the sentence's news is told in
 * its main clause. True for a trigger (verb or noun) whose stretch since the last comma (at most 15 words,
 * within the sentence) opens with "who/whom/which/whose", or a past participle right after ", " and a noun.
 */
export function inRelativeAside(ix: ArticleIndex, head: number, group: VerbGroup | null): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const start = group ? Math.min(group.start, head) : head;
  // "Bin Laden, indicted as …", "the driver, arrested in May, …": a participle with no auxiliary right after a
  // comma that follows a name or noun, and no object of its own (a preposition or a date follows it). A
  // verb with an object there is the main verb after an apposition ("Alarcon, a former ambassador,
  // dismissed suggestions …").
  if (
    start === head &&
    head - 2 >= s.tokenStart &&
    head + 1 < s.tokenEnd &&
    ix.tokens[head]!.pos === 'VERB' &&
    ix.lower[head - 1] === ',' &&
    /(?:ed|en)$/.test(ix.lower[head]!) &&
    (ix.tokens[head - 2]!.pos === 'PROPN' || ix.tokens[head - 2]!.pos === 'NOUN') &&
    (ix.tokens[head + 1]!.pos === 'ADP' || (ix.timexAt[head + 1] !== null && !timexModifiesNoun(ix, head + 1)))
  )
    return true;
  for (let k = start - 1; k > s.tokenStart && start - k <= 15; k--) {
    const low = ix.lower[k]!;
    if (low === ',') return RELATIVE_WORDS.has(ix.lower[k + 1]!);
    if (ix.tokens[k]!.pos === 'PUNCT') break;
  }
  return false;
}

/**
 * Session 15: a time expression that modifies the noun after it ("reported third-quarter net income", "posted
 * first-half profit") opens the verb's object: "Ogden Corp., which has interests in waste, reported
 * third-quarter net income" is the main verb after a relative clause, not a participle aside.
 */
function timexModifiesNoun(ix: ArticleIndex, at: number): boolean {
  const x = ix.timexAt[at];
  let k = at;
  while (k < ix.tokens.length && ix.timexAt[k] === x) k++;
  const next = ix.tokens[k];
  return next !== undefined && next.sentence === ix.tokens[at]!.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * Phenomenon: a participle before a noun ("the newly acquired stake", "the recently signed treaty", "a
 * kidnapped aid worker") names an event as a property of the thing, known already; the clause tells
 * something else about that thing. True for a verb in -ed/-en with no auxiliary, after a determiner or an
 * adverb and before a noun.
 */
export function prenominalParticiple(ix: ArticleIndex, verb: number): boolean {
  const s = ix.sentences[ix.tokens[verb]!.sentence]!;
  if (verb + 1 >= s.tokenEnd || verb - 1 < s.tokenStart || !/(?:ed|en)$/.test(ix.lower[verb]!)) return false;
  const next = ix.tokens[verb + 1]!.pos;
  if (next !== 'NOUN' && next !== 'PROPN') return false;
  let k = verb - 1;
  if (ix.tokens[k]!.pos === 'ADV' && /ly$/.test(ix.lower[k]!)) k--;
  return k >= s.tokenStart && ix.tokens[k]!.pos === 'DET';
}

/**
 * A verb in the simple present: "says" (the verb group knows it), or a plural "say" right after its
 * subject ("supporters say", "they say"; not "to say", "will say", "did say").
 */
function simplePresent(ix: ArticleIndex, verb: number, g: VerbGroup): boolean {
  if (g.progressive || g.future || g.modal !== null || g.infinitive || g.perfect) return false;
  if (g.present) return true;
  const t = ix.tokens[verb]!;
  if (g.start !== verb || ix.lower[verb] !== t.lemma.toLowerCase() || verb === 0) return false;
  const before = ix.tokens[verb - 1]!;
  return (
    before.sentence === t.sentence &&
    (before.pos === 'NOUN' ||
      before.pos === 'PROPN' ||
      (before.pos === 'PRON' && PLURAL_SUBJECTS.has(ix.lower[verb - 1]!)))
  );
}
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'you', 'i']);

/** Words that negate a comment ("could not comment", "declined to comment", "had no comment"). */
const COMMENT_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'declined', 'refused']);

/**
 * Phenomenon: a statement that says the speaker will not comment ("the company said it couldn't comment on
 * the suit", "a spokesman said he had no comment") reports no fact, position or decision: nothing is stated.
 * True when "comment" (verb or noun) follows the statement verb within eight words, right after a negator
 * (over "to" and an auxiliary: "declined to comment", "would not immediately comment").
 */
export function noComment(ix: ArticleIndex, verb: number): boolean {
  const s = ix.sentences[ix.tokens[verb]!.sentence]!;
  for (let k = verb + 1; k < s.tokenEnd && k - verb <= 8; k++) {
    const low = ix.lower[k]!;
    if (low === '.' || low === ';') return false;
    if (low !== 'comment' && low !== 'comments') continue;
    for (let b = k - 1; b > verb && k - b <= 3; b--) {
      const w = ix.lower[b]!;
      if (COMMENT_NEGATORS.has(w)) return true;
      if (w !== 'to' && w !== 'immediately' && ix.tokens[b]!.pos !== 'AUX') break;
    }
    return false;
  }
  return false;
}

/** Quantifiers that make a speaker an unnamed part of a crowd ("many residents", "some analysts"). */
const CROWD_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'most', 'few', 'several', 'other', 'others']);

/**
 * Phenomenon: a statement by an unnamed, counted part of a crowd ("many Cuban Americans said Castro is
 * orchestrating the visit", "some economists said rates could fall", "others said …") voices a view held
 * among people, not a statement made by an actor an analyst can count: a comment. True when the words right
 * before the statement verb are a quantifier and a plural noun phrase ("many Cuban Americans"), or "others".
 */
export function quantifiedSpeaker(ix: ArticleIndex, start: number): boolean {
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  const before = start - 1;
  if (before < floor) return false;
  if (ix.lower[before] === 'others') return true;
  const t = ix.tokens[before]!;
  // The noun right before the verb is a plural ("Americans", "analysts").
  const low = ix.lower[before]!;
  const plural = low !== t.lemma.toLowerCase() || (t.pos === 'PROPN' && /[^s]s$/.test(low));
  if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || !plural) return false;
  for (let k = before - 1; k >= floor && before - k <= 3; k--) {
    const low = ix.lower[k]!;
    if (CROWD_QUANTIFIERS.has(low)) return true;
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') return false;
  }
  return false;
}

/** Ordinals and superlatives that make a "since" span the reach of a record, not a series counted. */
const RECORD_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'only', 'most', 'worst', 'best', 'least']);

/** True for an ordinal or superlative at `k` ("first", "deadliest", "worst"). */
function recordWord(ix: ArticleIndex, k: number): boolean {
  const low = ix.lower[k]!;
  return RECORD_WORDS.has(low) || (ix.tokens[k]!.pos === 'ADJ' && /[a-z]{3,}est$/.test(low));
}

/**
 * Phenomenon: "the first reported death since 2017", "the deadliest attack on the capital since 2016": an
 * ordinal or a superlative in the event noun's own phrase compares one occurrence with all since a date. The
 * span is the record's reach, not a series the event is counted in. True when such a word stands among the
 * determiners, adjectives and participles right before `head` (at most four words).
 */
function recordBefore(ix: ArticleIndex, head: number, floor: number): boolean {
  for (let k = head - 1; k >= floor && head - k <= 4; k--) {
    if (recordWord(ix, k)) return true;
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'ADJ' && pos !== 'VERB' && pos !== 'ADV' && pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * Phenomenon: an event counted over a period that began long ago ("had been arrested in several states since
 * 1990", "the seven people killed and 12 injured in abortion-related violence since 1993") is a series or a
 * statistic, not one occurrence the article reports. True when "since" and a time expression dated more than
 * BACKGROUND_DAYS before the publication follow the trigger in its clause, within twelve words, with no
 * other finite verb between (a coordinated participle may stand there: "killed and 12 injured … since").
 */
export function sinceLongAgo(ix: ArticleIndex, head: number, published: string | null): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  if (recordBefore(ix, head, s.tokenStart)) return false;
  for (let k = head + 1; k < s.tokenEnd - 1 && k - head <= 12; k++) {
    const low = ix.lower[k]!;
    if (low === '.' || low === ';' || low === ':') return false;
    // "died on Sunday, the first deaths at a rally since 2017": the span belongs to the comparison.
    if (recordWord(ix, k)) return false;
    if (low === 'since') {
      const x = ix.timexAt[k + 1] ?? ix.timexAt[k];
      return (
        x !== null &&
        x.value !== null &&
        datedLongBefore({ value: x.value, precision: x.precision, source: 'clause' }, published)
      );
    }
    const t = ix.tokens[k]!;
    if ((t.pos === 'VERB' && !/(?:ed|en)$/.test(low)) || t.pos === 'AUX') return false;
  }
  return false;
}

/** Speakers whose trade is to comment on others' news: markets, economies, politics. */
const COMMENTATORS: ReadonlySet<string> = new Set([
  'analyst',
  'economist',
  'strategist',
  'consultant',
  'commentator',
  'pundit',
  'columnist',
]);

/**
 * Phenomenon: a statement by someone whose trade is to comment on others' news ("Jay Ruiz, an analyst with
 * Baird, said the margins look thin", "said Ana Holt, an economist at a Chicago bank", "market strategists
 * said") gives a view of the news, not news of an actor an analyst counts: a comment. True when the
 * speaker's noun phrase holds such a noun: before the statement verb back to the previous verb, or, for an
 * attribution after a quotation or a comma ('…," said Ana Holt, an economist at …'), after it up to the
 * next verb.
 */
export function commentatorSpeaker(ix: ArticleIndex, group: VerbGroup, verb: number): boolean {
  return speakerHas(ix, group, verb, (k) => COMMENTATORS.has(ix.tokens[k]!.lemma.toLowerCase()), true);
}

/** Nouns for a news medium; "agency" only after "news" or "press" (an energy agency is an actor). */
const NEWS_MEDIA: ReadonlySet<string> = new Set([
  'newspaper',
  'daily',
  'paper',
  'weekly',
  'tabloid',
  'magazine',
  'radio',
  'television',
  'tv',
  'broadcaster',
]);

/**
 * Phenomenon (session 20): a news medium named as the speaker ("Interfax news agency said", "state television
 * reported", "the daily Vremya said", "…, the newspaper said") reports news or gives its own opinion; it is the
 * source of what it tells, not an actor whose statement an analyst counts (CAMEO and ICEWS code the event a
 * news report tells, with the medium as its source, never the report). A comment. True when the speaker's noun
 * phrase (as `commentatorSpeaker` finds it) holds such a noun; after the verb only for a verb of saying, not
 * "tell" ("he told state radio": the medium is the listener).
 */
export function mediumSpeaker(ix: ArticleIndex, group: VerbGroup, verb: number): boolean {
  const isMedium = (k: number): boolean => {
    const low = ix.lower[k]!;
    // After the verb, the speaker stands before any preposition ("said the newspaper"; not "said in a radio
    // interview", "said on television").
    for (let j = verb + 1; j < k; j++) if (ix.tokens[j]!.pos === 'ADP') return false;
    if (low === 'agency') return ix.lower[k - 1] === 'news' || ix.lower[k - 1] === 'press';
    return NEWS_MEDIA.has(low) && ix.tokens[k]!.pos !== 'ADV' && !(low === 'paper' && ix.lower[k - 1] === 'white');
  };
  return speakerHas(ix, group, verb, isMedium, ix.tokens[verb]!.lemma.toLowerCase() !== 'tell');
}

/**
 * Whether the speaker's noun phrase of the statement verb at `verb` holds a token `has` accepts: before the verb
 * back to the previous verb, or (when `after` and the attribution follows a comma or a quotation: '…," said Ana
 * Holt, an economist') after it up to the next verb.
 */
function speakerHas(
  ix: ArticleIndex,
  group: VerbGroup,
  verb: number,
  has: (k: number) => boolean,
  after: boolean,
): boolean {
  const s = ix.sentences[ix.tokens[verb]!.sentence]!;
  const stops = (k: number): boolean => {
    const t = ix.tokens[k]!;
    // A capitalised word tagged as a verb is part of a name ("Phillips & Drew").
    const verb = (t.pos === 'VERB' || t.pos === 'AUX') && ix.lower[k] === t.text;
    return verb || ix.lower[k] === '.' || ix.lower[k] === ';' || ix.lower[k] === 'that';
  };
  for (let k = group.start - 1; k >= s.tokenStart && group.start - k <= 12; k--) {
    if (stops(k) || QUOTE.has(ix.lower[k]!)) break;
    if (has(k)) return true;
  }
  const before = group.start - 1 >= s.tokenStart ? ix.lower[group.start - 1]! : '';
  if (!after || (before !== ',' && !QUOTE.has(before))) return false;
  for (let k = verb + 1; k < s.tokenEnd && k - verb <= 10; k++) {
    if (stops(k) || QUOTE.has(ix.lower[k]!)) break;
    if (has(k)) return true;
  }
  return false;
}
const QUOTE: ReadonlySet<string> = new Set(['"', '“', '”', '`', '``', "'", "''", '‘', '’']);

/** Words for a piece of opinion writing. */
const OPINION_PIECES: ReadonlySet<string> = new Set(['editorial', 'column', 'commentary', 'op-ed', 'opinion']);

/**
 * Phenomenon: a statement made in an editorial, a column or an op-ed ("The Times said in an editorial on
 * Monday:", "she wrote in a column") is opinion by its genre: a comment, whoever signs it. True when "in"
 * and such a word (over a determiner or an adjective) stand within five words after the statement verb, or
 * open the clause before it ("In an editorial, the paper said").
 */
export function inOpinionPiece(ix: ArticleIndex, group: VerbGroup, verb: number): boolean {
  const s = ix.sentences[ix.tokens[verb]!.sentence]!;
  const pieceAfterIn = (k: number): boolean => {
    for (let j = k + 1; j < s.tokenEnd && j - k <= 3; j++) {
      if (OPINION_PIECES.has(ix.lower[j]!)) return true;
      const pos = ix.tokens[j]!.pos;
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PROPN' && !(pos === 'PRON' && j === k + 1)) return false;
    }
    return false;
  };
  for (let k = verb + 1; k < s.tokenEnd && k - verb <= 5; k++) if (ix.lower[k] === 'in' && pieceAfterIn(k)) return true;
  return ix.lower[s.tokenStart] === 'in' && s.tokenStart < group.start && pieceAfterIn(s.tokenStart);
}

/**
 * Phenomenon: "already" in a perfect verb group ("has already been charged in the bombing", "had already
 * signed the accord") tells an event done before the time the story speaks of, recalled as a state of
 * things, not reported as it happens. True when "already" stands between the group's first word and the verb.
 */
export function alreadyDone(ix: ArticleIndex, group: VerbGroup, verb: number): boolean {
  if (!group.perfect) return false;
  for (let k = group.start; k < verb; k++) if (ix.lower[k] === 'already') return true;
  return false;
}

/** The salience a mention has on its own: null for news, else why it is told in passing. */
export function mentionAside(ix: ArticleIndex, c: Candidate, f: MentionFacts): Aside {
  if (f.headline) return null;
  if (c.type.id === 'statement' && c.kind === 'verb' && f.group) {
    if (f.bareQuote) return 'comment';
    // Phenomenon: a statement in the present perfect ("has denied the allegations", "has emphasized that …")
    // is a position the speaker holds, told as background, not a statement made on a day.
    if (f.group.perfect && f.group.present) return 'background';
    // Phenomenon: an attribution in the simple present ("says Mr. Litvack", "supporters say his mother died
    // to give him freedom") gives a view the speaker holds, the voice of a feature or an analysis; news
    // tells a statement made on a day in the past ("said on Friday").
    if (simplePresent(ix, c.head, f.group)) return 'comment';
    if (noComment(ix, c.head)) return 'comment';
    if (quantifiedSpeaker(ix, f.group.start)) return 'comment';
    if (commentatorSpeaker(ix, f.group, c.head)) return 'comment';
    if (mediumSpeaker(ix, f.group, c.head)) return 'comment';
    if (inOpinionPiece(ix, f.group, c.head)) return 'comment';
  }
  // A financial result is dated by the period it covers ("a third-quarter loss"), which ends before the report.
  if (c.type.id !== 'financial-result' && datedLongBefore(f.date, f.published)) return 'background';
  if (sinceLongAgo(ix, c.head, f.published)) return 'background';
  if (c.kind === 'verb' && f.group && alreadyDone(ix, f.group, c.head)) return 'background';
  if (c.kind === 'verb' && prenominalParticiple(ix, c.head)) return 'background';
  const recent = datedRecently(f.date, f.published);
  if (!recent && inRelativeAside(ix, c.head, c.kind === 'verb' ? f.group : null)) return 'background';
  if (c.kind === 'noun') {
    if (f.inPassing) return 'background';
    // Phenomenon: a definite or possessive event noun that no clause narrates ("after Mr. Lawson's
    // resignation", "the Credit Lyonnais purchase is valued at", "reflecting the company's acquisition of
    // Emery") names an event the reader is taken to know: told before, or history. A date of its own
    // within the last weeks ("Friday's attack") makes it the news it refers to.
    if (!f.narrates && !subjectOfNarration(ix, c) && knownNoun(ix, c.head) && !(f.ownPhraseDate && recent))
      return 'background';
  }
  return null;
}

/** Statement words that only carry what they report (not "deny", "declare", "insist": stances of their own). */
const CARRYING_WORDS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'confirm',
  'announce',
  'statement',
  'announcement',
]);

/** Words of a stance toward an event: a statement holding one is about the stance, which is its own row. */
const STANCE_WORDS: ReadonlySet<string> = new Set([
  'condemn',
  'denounce',
  'deplore',
  'criticise',
  'criticize',
  'praise',
  'welcome',
  'hail',
  'blame',
  'accuse',
  'deny',
  'regret',
  'believe',
  'think',
  'fear',
  'hope',
  'doubt',
  'suspect',
  'protest',
  'demand',
  'urge',
  'warn',
  'threaten',
  'dispute',
  'reject',
  'want',
  'oppose',
  'support',
]);

/** Statuses of an event told as a fact or a plan (not negated, hypothetical, generic or threatened). */
const TOLD_AS_FACT: ReadonlySet<EventStatus> = new Set(['occurred', 'reported', 'claimed', 'ongoing', 'planned']);

/** The index of the token that starts at `offset` (or the first after it). */
function tokenStarting(ix: ArticleIndex, offset: number): number {
  let lo = 0;
  let hi = ix.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the statement word at `v` reports the event word at `k` of its sentence as the act it tells (a verb
 * or a noun; not a purpose or a wish: "to sell", "would like to win"). Either `k` stands in the clause said
 * ("police said they had arrested two men", "a statement said the smuggler was executed"): within 20 words, no
 * quotation or sentence stop between, `k` a verb or after one verb at most (the light verb: "had launched an
 * investigation"; not "said at the ceremony", the statement's own circumstance, nor "said the rhetoric has
 * helped lead to attacks", a view of causes). Or `k` stands in the clause before a closing attribution ("Two
 * men were arrested, police said on Tuesday."): a comma or a quote, then the speaker with no verb of its own,
 * and no verb after the statement word (not "…, but he told reporters he had no message"). A stance word
 * between (`condemned`, `denied`, `believe`) makes the statement about the stance.
 */
function reports(ix: ArticleIndex, v: number, k: number): boolean {
  const stance = (j: number): boolean => STANCE_WORDS.has(ix.tokens[j]!.lemma.toLowerCase());
  const pos = ix.tokens[k]!.pos;
  if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'PROPN') return false;
  if (pos === 'VERB' && ix.lower[k - 1] === 'to') return false;
  const s = ix.sentences[ix.tokens[v]!.sentence]!;
  if (k > v) {
    if (k - v > 20) return false;
    let verbs = 0;
    let auxiliaries = 0;
    for (let j = v + 1; j < k; j++) {
      const low = ix.lower[j]!;
      if (low === '.' || low === ';' || QUOTE.has(low) || stance(j)) return false;
      if (ix.tokens[j]!.pos === 'VERB') verbs++;
      else if (ix.tokens[j]!.pos === 'AUX') auxiliaries++;
    }
    return pos === 'VERB' ? verbs <= 1 : verbs === 1 || (verbs === 0 && auxiliaries > 0);
  }
  for (let j = v + 1; j < s.tokenEnd; j++)
    if (ix.tokens[j]!.pos === 'VERB' || ix.tokens[j]!.pos === 'AUX') return false;
  let p = v - 1;
  while (p > k && ix.lower[p] !== ',' && !QUOTE.has(ix.lower[p]!)) {
    if (ix.tokens[p]!.pos === 'VERB' || stance(p)) return false;
    p--;
  }
  if (p <= k || ix.tokens[p + 1]!.pos === 'CCONJ' || ix.tokens[p + 1]!.pos === 'SCONJ') return false;
  for (let j = k + 1; j < p; j++) if (ix.lower[j] === ';' || stance(j)) return false;
  return true;
}

/**
 * Phenomenon (session 20, the statement convention of docs/events.md): a statement that reports an act the
 * article outputs as its own event ("Police said on Tuesday they had arrested two men", "A ministry statement
 * said the smuggler was executed on Monday", "NATO said its committee would visit Kell") is the vehicle of that
 * act: the act is the row an analyst counts (its record keeps the speaker as `reportedBy` where the status
 * says so), the statement is its source, as CAMEO and ICEWS code the act a report tells and keep "make a
 * public statement" for what carries no other act. The statements returned are marked `comment`. Kept as
 * news: a headline, a statement that holds a stance toward the act (condemns, denies, believes, demands), and
 * one whose act is negated, hypothetical, generic or threatened ("said it would not negotiate": the refusal is
 * the news), a consequence, or an event the sentence only names ("condemned the bombing").
 */
export function carryingStatements(ix: ArticleIndex, drafts: readonly DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const st of drafts) {
    if (st.type !== 'statement' || st.headline || st.aside) continue;
    if (st.status !== 'occurred' && st.status !== 'reported') continue;
    if (!CARRYING_WORDS.has(st.lemmas[0] ?? '')) continue;
    const sentence = st.trigger.sentence;
    const v = tokenStarting(ix, st.trigger.start);
    const carried = drafts.some(
      (o) =>
        o.type !== 'statement' &&
        !o.cause &&
        !o.aside &&
        TOLD_AS_FACT.has(o.status) &&
        (o.toldIn ?? []).includes(sentence) &&
        !(o.relatedIn ?? []).includes(sentence) &&
        o.mentions.some((m) => m.sentence === sentence && reports(ix, v, tokenStarting(ix, m.start))),
    );
    if (carried) out.push(st);
  }
  return out;
}

/** Statement words that only attribute words to a speaker (not "confirm", "announce": acts of their own). */
const ATTRIBUTING_WORDS: ReadonlySet<string> = new Set(['say', 'tell']);

/**
 * Phenomenon (session 22, the statement convention of docs/events.md): wire copy tells the day's statement in
 * its headline or lead ("X said on Tuesday that …") and then gives more of the speaker's words, or other
 * people's, without a day of their own ("He said Ibrahim was still in Amman.", "The coach said he was impressed
 * with the opposition.", "Arch said full production has begun"): details, colour and views of the story told
 * already, not statements an analyst counts as acts. Such a statement is a comment: a "say" or "tell" verb
 * outside the headline and the lead paragraph, told as a fact, that no date of its own clause places (its date
 * came from the tense, the narrative or the publication), with no stance word in its sentence (an accusation, a
 * denial, a demand or a condemnation stays the row it is), whose speaker is no organisation (a company, an
 * agency or a party speaking for itself announces: "Zentrix said 24,000 shares had been tendered" stays news).
 */
export function detailStatements(ix: ArticleIndex, drafts: readonly DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const st of drafts) {
    if (st.type !== 'statement' || st.headline || st.lead || st.aside) continue;
    if (st.status !== 'occurred' && st.status !== 'reported') continue;
    if (st.mentions.length > 1 || !ATTRIBUTING_WORDS.has(st.lemmas[0] ?? '')) continue;
    if (TEXT_SOURCES.has(st.date.source)) continue;
    const v = tokenStarting(ix, st.trigger.start);
    if (ix.tokens[v]?.pos !== 'VERB') continue;
    const s = ix.sentences[ix.tokens[v]!.sentence]!;
    const body = (k: number): boolean =>
      ix.mentionAt[k]! >= 0 && ix.mentions[ix.mentionAt[k]!]!.entity.type === 'group';
    if (speakerHas(ix, verbGroup(ix, v), v, body, true)) continue;
    let stance = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !stance; k++)
      stance = STANCE_WORDS.has(ix.tokens[k]!.lemma.toLowerCase());
    if (!stance) out.push(st);
  }
  return out;
}
