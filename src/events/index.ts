/**
 * Dated events: who did what to whom, where and when. Triggers come from the taxonomy's lemma lexicon
 * (`schemas/event-types.json`); arguments, status and dates from shallow sentence structure over wink's
 * POS and lemmas and from the article's entities and time expressions. Mentions of one event are merged
 * and weak events dropped (precision over recall). See docs/events.md.
 */
import { eventId } from '../ids.js';
import type {
  CasualtyCount,
  EntityRecord,
  EventDate,
  EventArgument,
  EventRecord,
  Evidence,
  ParticipantRole,
  PublicationDate,
  Sentence,
  TimexRecord,
  Token,
  Warning,
} from '../types.js';
import { buildArticleIndex, lemmaOf, lowerAt, type ArticleIndex } from './article-index.js';
import { declareWordClass } from './word-classes.js';
import {
  animateHead,
  COURSE_VERBS,
  PROTESTER_NOUNS,
  QUANTITY_NOUNS,
  RELATIVE_PRONOUNS,
  REPETITION_CUES,
  RESULT_LINKERS,
} from './cues.js';
import {
  findSubject,
  GROUP_KIND_NOUNS,
  pastTense,
  verbGroup,
  WINDOW,
  type PhraseRef,
  type VerbGroup,
} from './syntax.js';
import {
  casualtyCount,
  addCounts,
  additiveCount,
  combineCounts,
  countOf,
  plusOne,
  risingToll,
  selfKillingIn,
  mayHoldTolls,
  tollPhrases,
  victimsOfKillingNoun,
  type TollPhrase,
} from './casualties.js';
import {
  chooseDate,
  afterPublication,
  anchoredDate,
  occasionAnchor,
  eventAnchor,
  type EventAnchor,
  crimeOfLegalStep,
  objectOfReaction,
  inTemporalPhrase,
  causeOfDying,
  inParticipleModifier,
  leadDate,
  narrativeTimes,
  pastReading,
  futureReading,
  scheduledFor,
  timeOfGovernor,
  inResponse,
  lastNight,
  mainClauseAnchor,
  type MainClauseAnchor,
  repeatedOccurrence,
  cumulativeSince,
  spreadOverPeriod,
  trendSubject,
  tenseDate,
  reportDate,
} from './dating.js';
import { copyArgument, mergeEvents, type DraftEvent } from './merge.js';
import { argumentList, candidateArguments, isCountry, mergePlace, participantList, type Arguments } from './roles.js';
import { candidateStatus, type StatusResult } from './status.js';
import { carryingStatements, detailStatements, mentionAside, retold, retoldEvents } from './salience.js';
import { scoredResult } from './news-senses.js';
import { COMPANY_DOERS } from './business-senses.js';
import {
  accidentalExplosions,
  attackersCrashes,
  dropLawEnforcement,
  excessiveForce,
  protestInterventions,
  jailedForATerm,
  protestPurposes,
  legislativeVotes,
  stateForcesTakeTerritory,
} from './readings.js';
import type { EventTypeDef, TriggerLexicon } from './taxonomy.js';
import { blankCandidate, findCandidates, headlineSentence, type Candidate } from './triggers.js';
import { CONFIG_DEFAULTS } from '../schema/generated/defaults.js';

/** What the event extractor reads. */
export interface EventInput {
  articleId: string;
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** `tokens[k].text.toLowerCase()` for every `k` (from the annotate stage). */
  lowerForms: readonly string[];
  entities: readonly EntityRecord[];
  timexes: readonly TimexRecord[];
  publication: PublicationDate;
  /** Events below this confidence are dropped (`settings.minEventConfidence`; its default is the config schema's). */
  minConfidence?: number;
}

export interface EventOutput {
  events: EventRecord[];
  warnings: Warning[];
}

/** Default for `minConfidence`, as in the config schema. */
export const DEFAULT_MIN_EVENT_CONFIDENCE: number = CONFIG_DEFAULTS.minEventConfidence;

function tokenEvidence(ix: ArticleIndex, a: number, b: number): Evidence {
  const start = ix.tokens[a]!.start;
  const end = ix.tokens[b - 1]!.end;
  return { start, end, text: ix.text.slice(start, end), sentence: ix.tokens[a]!.sentence };
}

function sentenceEvidence(ix: ArticleIndex, i: number): Evidence {
  const s = ix.sentences[i]!;
  return { start: s.start, end: s.end, text: ix.text.slice(s.start, s.end), sentence: i };
}

/**
 * Confidence from how much the sentence supports the reading: a verb or a light-verb construction, an
 * agent, other participants, a place and a date near the trigger. An event naming nobody and nowhere
 * stays below the default threshold.
 */
/** Roles whose plain-word phrases say who did or underwent an event (not a topic or an "its kind"). */
const PHRASE_ROLES: readonly ParticipantRole[] = ['agent', 'patient', 'target', 'victim', 'recipient'];

/**
 * An event whose clause names no entity but says in plain words who did it or to whom ("Prosecutors
 * charged the former minister", "He was sentenced to ten years") is told as a fact about people, as much
 * as one naming an entity. Only people or groups count (a pronoun, a figure, "prosecutors", "the
 * minister"): a thing ("stop selling the device", "supply technical assistance") says nothing of the kind.
 */
function namesPeopleInWords(ix: ArticleIndex, args: Arguments): boolean {
  for (const r of PHRASE_ROLES)
    for (const p of args.phrases.get(r) ?? []) {
      const t = ix.tokens[p.head]!;
      // A bare figure stands for people ("killed 12", "two of them"); a number closing a name does not
      // ("iPhone 4", "Flight 370").
      const figure = t.pos === 'NUM' && (p.head === p.tokenStart || ix.tokens[p.head - 1]!.pos !== 'PROPN');
      if (t.pos === 'PRON' || figure || animateHead(ix.lower[p.head]!) || animateHead(t.lemma.toLowerCase()))
        return true;
    }
  return false;
}

/**
 * Session 19 (schema 2.8): business types told with the party that acts: a company renames itself, redeems its
 * notes, allocates funds, pushes back its own plan. Told of the thing alone ("The store was renamed in 2006") the
 * product-only reading below does not make them an episode: MEANTIME's participants of such a rename are the
 * store (a product, no entity of ours), and the entity reading of participants, a gated floor, would fall under it.
 */
const TOLD_WITH_A_PARTY: ReadonlySet<string> = new Set(['delay', 'redemption', 'rename', 'funding']);

/**
 * A business event whose only party its clause names is the thing it is done to, in plain words ("The first
 * jets will be delivered in 2027", "the original phone was released in 2019"): its patient is a noun phrase,
 * not a pronoun or a bare figure, and no doer is named, even in words. Phenomenon: company copy tells
 * deliveries, releases and launches of a product without the company as a party, and the product, which is no
 * entity of ours (person, group, place), is the event's argument (`arguments`, role patient). Dated by its own
 * clause, such an event is an episode like a dated attack with nobody named; without the product it is most
 * often a figure or background ("sales rose", "the release"). Not with a doer in plain words ("factory owners
 * are buying new machinery this fall", "the store sells music"): a doer no entity names is most often a
 * trade at large or a misread phrase, not one company's news.
 */
function productOnlyParty(ix: ArticleIndex, args: Arguments, launch: boolean): boolean {
  if ((args.phrases.get('agent') ?? []).length > 0) return false;
  return (args.phrases.get('patient') ?? []).some((p) => {
    const t = ix.tokens[p.head]!;
    // Session 23: a number closing a launched product's name is its head, not a figure ("Pre-orders of the iPhone 4
    // began"); copies of a product sold are a sales figure ("40 million copies of Windows 95 have been sold").
    const modelNumber = launch && t.pos === 'NUM' && p.head > p.tokenStart && ix.tokens[p.head - 1]!.pos === 'PROPN';
    return p.via === 'phrase' && t.pos !== 'PRON' && (t.pos !== 'NUM' || modelNumber);
  });
}

/**
 * Session 23 ("evbiz"). Phenomenon: company copy names the company once and then calls it "the company", "the firm",
 * "the airline" ("Last week the company presented the iPhone", "The airline sold its stake in March"): a definite
 * company word as the doer of a business event is that one company, as a named party would be. True for a business
 * type whose agent phrase heads on such a word after "the" (not "a company", "companies": a trade at large).
 */
function companyInWords(ix: ArticleIndex, c: Candidate, args: Arguments): boolean {
  if (c.type.category !== 'business') return false;
  return (args.phrases.get('agent') ?? []).some(
    (p) => COMPANY_DOERS.has(ix.lower[p.head]!) && p.head > 0 && ix.lower[p.head - 1] === 'the',
  );
}

function confidence(
  c: Candidate,
  args: Arguments,
  participants: number,
  dated: boolean,
  counted: boolean,
  phrased: boolean,
  ownDated = false,
): number {
  const agents = (args.roles.get('agent') ?? []).length;
  let score = c.kind === 'verb' ? 0.55 : 0.5;
  if (c.light) score += 0.1;
  if (agents > 0) score += 0.15;
  else if (participants > 0) score += 0.1;
  if (participants > 1) score += 0.05;
  if (phrased) score += 0.1;
  if (args.place) score += 0.05;
  if (dated) score += 0.05;
  if (counted) score += 0.1;
  // Violent events, deaths and disasters are told without named parties more often than talks are:
  // a smaller penalty, and none when the text states a toll. Phenomenon: an event its own clause dates
  // ("Voters elected a new parliament on Sunday", "a lawsuit filed last year", "heavy rain caused flooding on
  // Thursday") is an episode that happened (or is set) at that time, not a mention of a kind of event in
  // passing, whoever took part: the same smaller penalty. Not company news: a sale, a launch or a result
  // always has the company as its party, and one we found none for is most often a figure or background.
  if (participants === 0 && !phrased && !args.place && !counted)
    score -= reportedWithoutParties(c.type) || ownDated ? 0.05 : 0.15;
  if (c.type.requiresAgent && agents === 0) score = 0;
  return Math.round(Math.min(0.95, Math.max(0, score)) * 100) / 100;
}

/**
 * A clash fought by protesters, demonstrators or a crowd ("protesters clashed with police", "clashes
 * between demonstrators and riot police") is a violent demonstration, not a battle between armed groups:
 * ACLED codes it Riots / Violent demonstration, KAIROS Conflict.Demonstrate.DemonstrateWithViolence.
 * Session 20 (evprec): so is an attack a crowd does ("protesters stormed parliament", "a mob attacked the
 * police station", "the storming of the ministry by demonstrators"): a crowd forcing its way into a building or
 * assaulting people is ACLED's violent demonstration or mob violence, not an armed group's attack. Only the
 * doer counts there: protesters attacked by the police ("police attacked the protesters", "demonstrators were
 * attacked by troops") are the target of an attack, not rioters; a weapon's attack (a shooting, a bombing) keeps
 * its subtype.
 */
function crowdClash(ix: ArticleIndex, c: Candidate, a: Arguments, lexicon: TriggerLexicon): boolean {
  if (c.type.id !== 'attack') return false;
  const heads: number[] = [];
  if (c.type.subtype === 'armed-clash') {
    for (const list of a.phrases.values()) for (const p of list) heads.push(p.head);
    for (const list of a.roles.values()) for (const r of list) heads.push(r.head ?? r.tokenEnd - 1);
    if (c.head > 0 && ix.tokens[c.head - 1]!.sentence === c.sentence) heads.push(c.head - 1);
  } else if (c.type.subtype === undefined) {
    for (const p of a.phrases.get('agent') ?? []) heads.push(p.head);
    for (const r of a.roles.get('agent') ?? []) heads.push(r.head ?? r.tokenEnd - 1);
  }
  if (!heads.some((h) => CROWD_NOUNS.has(ix.lower[h]!))) return false;
  const riot = lexicon.byId.get('riot');
  if (!riot) return false;
  c.type = riot;
  return true;
}

/**
 * Session 20 (evprec). Phenomenon: a crowd's attack read as a riot (`crowdClash`) is often told again later
 * without its doer: a definite noun ("the attack left two guards injured") or the victim quoted ("'I was
 * attacked in my own home,' she said"). Such a telling, in the riot's paragraph or the next, is the riot told
 * again, not an armed attack of its own: it takes the riot's type, so the two merge into one row. A later
 * attack that names its own doer ("gunmen attacked the convoy") or is indefinite ("an attack on a patrol") is
 * another event and keeps its type.
 */
function crowdViolenceRetold(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
  riots: readonly Candidate[],
): void {
  if (riots.length === 0) return;
  for (const c of cands) {
    if (c.dropped || c.type.id !== 'attack' || c.type.subtype !== undefined) continue;
    const riot = riots.find(
      (r) =>
        r.head < c.head &&
        ix.paragraphOf[c.sentence]! - ix.paragraphOf[r.sentence]! <= 1 &&
        ix.paragraphOf[c.sentence]! >= ix.paragraphOf[r.sentence]!,
    );
    if (!riot) continue;
    const a = args.get(c);
    if ((a?.roles.get('agent')?.length ?? 0) > 0 || (a?.phrases.get('agent')?.length ?? 0) > 0) continue;
    const retold = c.kind === 'noun' ? definiteNoun(ix, c.head) : speakerUnderwent(ix, c.head);
    if (retold) c.type = riot.type;
  }
}

const CROWD_NOUNS = new Set([...PROTESTER_NOUNS, 'rioters', 'crowd', 'crowds', 'mob']);

/**
 * Session 20 (evprec). Phenomenon: the crime a legal step names ("charges of attempted murder against him were
 * dropped", "counts of fraud against the former mayor") takes an "against" phrase that belongs to the charge:
 * "against him" names the accused, not who was attacked. A patient right after "against" is dropped from
 * such a crime's arguments; one in its own of-phrase ("charged with the murder of a guard") stays.
 */
function accusedNotPatient(ix: ArticleIndex, a: Arguments): void {
  const afterAgainst = (start: number): boolean => {
    let k = start - 1;
    while (k >= 0 && (ix.tokens[k]!.pos === 'DET' || ix.tokens[k]!.pos === 'NUM' || ix.tokens[k]!.pos === 'ADJ')) k--;
    return k >= 0 && ix.lower[k] === 'against';
  };
  const actors = a.roles.get('patient');
  if (actors)
    a.roles.set(
      'patient',
      actors.filter((r) => !afterAgainst(r.tokenStart)),
    );
  const phrases = a.phrases.get('patient');
  if (phrases)
    a.phrases.set(
      'patient',
      phrases.filter((p) => !afterAgainst(p.tokenStart)),
    );
}

/** Types of violence, death, injury and disaster. */
function violent(type: EventTypeDef): boolean {
  return type.causesCasualties === true || type.casualtyRole !== undefined || type.category === 'life';
}

/**
 * Types news reports without naming parties as often as with them: violence, arrests, protests, riots, and (session
 * 20) weapons defused or intercepted ("a bomb was defused near the station", "engineers defused the device").
 */
function reportedWithoutParties(type: EventTypeDef): boolean {
  return violent(type) || CROWD_AND_CUSTODY.has(type.id);
}
const CROWD_AND_CUSTODY = new Set(['arrest', 'protest', 'riot', 'abduction', 'looting', 'disrupted-weapons']);

/**
 * The event a result verb at `linker` follows from ("strikes in Iraq that resulted in …", "the first
 * round of dialogue …, which was held in Baghdad, on January 27, led to …"): the nearest event noun to
 * its left, walking over relative clauses, time expressions and commas but not over another verb.
 */
function causeOf(ix: ArticleIndex, linker: number, byHead: ReadonlyMap<number, Candidate>): Candidate | null {
  const floor = Math.max(ix.sentences[ix.tokens[linker]!.sentence]!.tokenStart, linker - WINDOW);
  let inRelative = false;
  for (let k = linker - 1; k >= floor; k--) {
    const c = byHead.get(k);
    if (c && c.kind === 'noun') return c;
    const t = ix.tokens[k]!;
    if (t.pos === 'PRON' && (RELATIVE_PRONOUNS.has(ix.lower[k]!) || ix.lower[k] === 'that')) {
      inRelative = false;
      continue;
    }
    if (t.pos === 'VERB' && !inRelative) {
      // The verb of a relative clause hanging on the cause: keep walking to its antecedent.
      inRelative = true;
      continue;
    }
    if (t.pos === 'SCONJ' || ix.lower[k] === ';') return null;
  }
  return null;
}

/** Nouns with nobody named that hang on "led to"/"resulted in" take the participants of the event that led to them. */
function inheritFromCause(cands: readonly Candidate[], args: Map<Candidate, Arguments>, ix: ArticleIndex): void {
  const byHead = new Map<number, Candidate>();
  for (const c of cands) byHead.set(c.head, c);
  for (const c of cands) {
    if (c.kind !== 'noun' || c.relation !== 'object' || c.governor < 0) continue;
    if (!RESULT_LINKERS.has(ix.tokens[c.governor]!.lemma.toLowerCase())) continue;
    const mine = args.get(c)!;
    if (mine.roles.size > 0) continue;
    const cause = causeOf(ix, c.governor, byHead);
    const theirs = cause ? args.get(cause) : undefined;
    if (!theirs) continue;
    for (const [role, actors] of theirs.roles) mine.roles.set(role, [...actors]);
  }
}

/**
 * True when a repetition cue stands within three words of the trigger or its verb ("attacked Rafah again").
 * Phenomenon: an ordinal in the predicate of a copula after the event noun ranks the event told in a series
 * ("The robbery was the second at the museum since 2019", "The attack was the third this month"): the noun is
 * the event told before, not a new one, unlike "a second robbery".
 */
function repeated(ix: ArticleIndex, c: Candidate): boolean {
  const s = ix.sentences[c.sentence]!;
  const from = Math.max(s.tokenStart, Math.min(c.head, c.governor >= 0 ? c.governor : c.head) - 3);
  const to = Math.min(s.tokenEnd, Math.max(c.end, c.governor + 1) + 3);
  const copula = c.kind === 'noun' && COPULAS.has(lowerAt(ix, c.end)) ? c.end : -1;
  for (let k = from; k < to; k++) if (REPETITION_CUES.has(ix.lower[k]!) && !(copula >= 0 && k > copula)) return true;
  return false;
}
const COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'became', 'becomes']);

/** Adjectives of "In a separate attack," / "In another incident,": the phrase opens another event. */
const SEPARATE_WORDS: ReadonlySet<string> = new Set(['separate', 'another', 'unrelated', 'different']);

/**
 * Session 22 (the lead). Phenomenon: wire copy that turns to another incident says so where the sentence opens
 * ("Separately, a roadside bomb killed two soldiers in the south", "Elsewhere, police fired tear gas", "In a
 * separate attack, …", "In another incident, …"): what that sentence tells anew (a verb, an indefinite noun) is
 * not a retelling of an event told before, whatever its victims and date; merged, one killing's row took the
 * other's toll and place. Only the words before the sentence's first comma are read, and a definite noun in such
 * a sentence still retells ("Separately, police said the killing was the work of a gang"). Not "Meanwhile" (often
 * the same story's next step: "Meanwhile, the death toll rose"), nor "separately" inside the clause ("the two
 * leaders met separately").
 */
function opensAnotherEvent(ix: ArticleIndex, c: Candidate): boolean {
  const s = ix.sentences[c.sentence]!;
  const first = ix.lower[s.tokenStart] ?? '';
  if (first === 'separately' || first === 'elsewhere') return ix.lower[s.tokenStart + 1] === ',';
  if (first !== 'in') return false;
  // The adjective stands after "in", or after "in a".
  const adjective = ix.lower[s.tokenStart + 1] === 'a' ? s.tokenStart + 2 : s.tokenStart + 1;
  if (!SEPARATE_WORDS.has(ix.lower[adjective] ?? '')) return false;
  // "In a separate attack," / "In another incident,": a comma closes the phrase within five words.
  for (let k = s.tokenStart + 2; k < Math.min(s.tokenEnd, s.tokenStart + 6); k++)
    if (ix.lower[k] === ',') return k < c.head;
  return false;
}

/** True for an event noun with a definite determiner before its adjectives ("the talks", "this attack"). */
function definiteNoun(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  // A date inside the phrase ("the April 15, 2013, attack", "the 1998 bombing") is passed over: the
  // determiner before it makes the description definite. Its words do not count against the window.
  let skipped = 0;
  for (let k = head - 1; k >= floor && head - k - skipped <= 4; k--) {
    if (ix.timexAt[k] !== null || (ix.lower[k] === ',' && k > floor && ix.timexAt[k - 1] !== null)) {
      skipped++;
      continue;
    }
    const low = ix.lower[k]!;
    if (low === 'the' || low === 'this' || low === 'that' || low === 'these' || low === 'those') return true;
    // A day's event ("Saturday's attack", "today's Taliban attack", "last year's deadly blast") is one the
    // reader is to know, as with "the": a possessive whose possessor is a time expression.
    if (POSSESSIVE_MARKS.has(low) && k > floor && (ix.timexAt[k - 1] !== null || DAY_WORDS.has(ix.lower[k - 1]!)))
      return true;
    // A participle right after the determiner ("the failed assassination attempt", "the foiled bombing").
    if (ix.tokens[k]!.pos === 'VERB' && k > floor && DEFINITE_DETERMINERS.has(ix.lower[k - 1]!)) return true;
    if (ix.tokens[k]!.pos !== 'ADJ' && ix.tokens[k]!.pos !== 'NOUN') return false;
  }
  return false;
}

const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/** Modifiers that place an event before the story's ("previous attacks", "past bombings", "a prior arrest"). */
const PRIOR_MODIFIERS: ReadonlySet<string> = new Set(['previous', 'past', 'prior', 'former']);

/**
 * Phenomenon: an event noun modified by "previous", "past" or "prior" ("alerting police to previous
 * terrorist attacks in Britain", "past bombings of the line") names events before the one the article
 * tells: it never retells the story's event, and a later retelling of the story's event ("Saturday's
 * attack") does not refer back to it. True for such a noun (determiners and adjectives between).
 */
function priorEventNoun(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 4; k--) {
    if (PRIOR_MODIFIERS.has(ix.lower[k]!)) return true;
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'DET') return false;
  }
  return false;
}

/** Prepositions that order an event against the clause's ("two days after the bombing", "before the raid"). */
const ORDERING_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'following', 'prior']);
/** Verbs whose object event is a consequence of their subject or clause ("prompting airstrikes"). */
const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(['prompt', 'provoke', 'trigger', 'spark', 'spur']);
/** Nouns whose "for"/"to" phrase names the event answered ("in retaliation for the raid", "in response to the attack"). */
const RESPONSE_NOUNS: ReadonlySet<string> = new Set(['retaliation', 'response', 'revenge', 'reprisal', 'reprisals']);

/**
 * True when an event noun names an event its clause is ordered against or caused by, not the clause's own:
 * in a temporal phrase of order ("two days after the bombing"), the object of a causative verb ("prompting
 * retaliatory airstrikes"), or the event a response answers ("in retaliation for the raid"). Walks back
 * over the noun's determiners and modifiers (at most four words) to the word that relates it.
 */
/**
 * Phenomenon (session 14): the verb of a "since" clause names an earlier event the main clause is measured from
 * ("its biggest acquisition since it bought a parts supplier in 2016", "the deadliest attack since a truck bomb
 * killed 100 people in 2022"): another event than the main clause's, which it never retells. True for a verb
 * whose clause opens with "since" a few words before it.
 */
function inSinceClause(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 8; k--) {
    const low = ix.lower[k]!;
    if (low === 'since') return ix.timexAt[k + 1] === null;
    if (low === ',' || low === ';' || ix.tokens[k]!.pos === 'VERB') return false;
  }
  return false;
}

/**
 * Session 22: a verb opening a clause of order ("two days after rebels shelled the town", "hours before troops
 * attacked the camp") tells another event than its main clause's, as a noun there does (`relatedEventPhrase`):
 * the raid and the shelling it came after were merged into one attack. Walks back over the clause's subject and
 * auxiliaries (at most five words) to `after` or `before`.
 */
function orderedClauseVerb(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 6; k--) {
    const t = ix.tokens[k]!;
    const low = ix.lower[k]!;
    if ((low === 'after' || low === 'before') && (t.pos === 'ADP' || t.pos === 'SCONJ')) return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'CCONJ')
      return false;
  }
  return false;
}

function relatedEventPhrase(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 5; k--) {
    const t = ix.tokens[k]!;
    const low = ix.lower[k]!;
    if (ORDERING_PREPOSITIONS.has(low) && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB')) return true;
    if (t.pos === 'VERB') return CAUSATIVE_VERBS.has(t.lemma.toLowerCase());
    if ((low === 'for' || low === 'to') && k > floor) return RESPONSE_NOUNS.has(ix.lower[k - 1]!);
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'PROPN' && t.pos !== 'NOUN' && low !== "'s")
      return false;
  }
  return false;
}

/**
 * Session 22 ("senses" helper). Phenomenon: an indefinite event noun after "after" or "following" ("the crew was
 * missing after a collision with a liner early on Monday", "two men were held after a shooting in the port") is
 * the article's first telling of that event, which the clause's news came out of: news, not a known event told in
 * passing as "after the attack" is. True for "a"/"an" right after "after"/"following", within the five words
 * before the noun (over modifiers).
 */
function newEventAfter(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k > floor && head - k <= 5; k--) {
    const low = ix.lower[k]!;
    if (low === 'a' || low === 'an') return ix.lower[k - 1] === 'after' || ix.lower[k - 1] === 'following';
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') return false;
  }
  return false;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const DAY_WORDS = new Set([
  'today',
  'yesterday',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Result words (a killing verb, a death, an injury) whose casualty counts belong to a cause. */
function isResult(c: Candidate): boolean {
  return c.type.casualtyRole !== undefined && !(c.kind === 'noun' && c.type.causesCasualties);
}

/**
 * Folds result words into the violent event, disaster or accident they follow from, when the result
 * names no agent of its own: in the same sentence the nearest cause ("Twelve people were killed when a
 * car bomb exploded"), else a cause of the previous sentence of the same paragraph ("A bomb exploded in
 * the market. At least 12 people died."). Rules in the trigger pass have already folded the explicit
 * constructions ("killed in an attack", "the blast killed five").
 */
function foldResults(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: Map<Candidate, Arguments>,
  lexicon: TriggerLexicon,
): void {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.dropped || !c.type.causesCasualties || isResult(c)) continue;
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  for (const r of cands) {
    if (r.dropped || !isResult(r)) continue;
    if ((args.get(r)!.roles.get('agent') ?? []).length > 0) continue;
    let cause: Candidate | null = null;
    const cut = sinceWhenClause(ix, r.sentence);
    for (const c of bySentence.get(r.sentence) ?? []) {
      if (Math.abs(c.head - r.head) > WINDOW) continue;
      if (cut >= 0 && c.head >= cut !== r.head >= cut) continue;
      if (!cause || Math.abs(c.head - r.head) < Math.abs(cause.head - r.head)) cause = c;
    }
    // A result that names its own doer in a new sentence ("The alleged killer – shot dead by police – …"
    // after an attack) is another event, not the consequence of the last one.
    const ownDoer = (args.get(r)!.phrases.get('agent') ?? []).length > 0;
    if (!cause && !ownDoer && bySentence.get(r.sentence) === undefined) {
      const prev = sentenceBefore(ix, r.sentence, (j) => (bySentence.get(j) ?? []).length > 0);
      if (prev >= 0) cause = bySentence.get(prev)![bySentence.get(prev)!.length - 1]!;
    }
    if (!cause && bySentence.get(r.sentence) === undefined)
      cause =
        weaponCauseAfter(ix, r, args.get(r)!, bySentence, lexicon) ??
        weaponCauseBefore(ix, r, args.get(r)!, bySentence, lexicon);
    if (!cause) continue;
    r.dropped = true;
    cause.results.push(r);
  }
}

/**
 * Phenomenon (session 18): "the first death of a soldier there since 2019, when two were killed by a
 * roadside bomb" — a when-clause on the date of a `since` phrase tells the earlier event that date names,
 * which the main clause's event is measured against, not its cause: a death of the main clause folded
 * into the attack of that clause gave the old attack a victim (and a place) of another day. Returns the
 * token where such a clause starts in the sentence (its `when`), or -1. Each sentence is scanned once per
 * article: the folding of results and every candidate's record ask for it.
 */
function sinceWhenClause(ix: ArticleIndex, sentence: number): number {
  let found = SINCE_WHEN.get(ix);
  if (!found) SINCE_WHEN.set(ix, (found = new Int32Array(ix.sentences.length).fill(UNREAD)));
  if (found[sentence] === UNREAD) found[sentence] = scanSinceWhen(ix, sentence);
  return found[sentence]!;
}

/** Per article, the `when` of each sentence's since-when clause, -1 for none, {@link UNREAD} before the scan. */
const SINCE_WHEN = new WeakMap<ArticleIndex, Int32Array>();
const UNREAD = -2;

/** Sentences with a `when` (word classes, `word-classes.ts`): only they can hold a since-when clause. */
const WHEN_CLASS = declareWordClass('when', { forms: ['when'] });

function scanSinceWhen(ix: ArticleIndex, sentence: number): number {
  if ((ix.sentenceClasses[sentence]! & WHEN_CLASS) === 0) return -1;
  const s = ix.sentences[sentence]!;
  for (let k = s.tokenStart + 3; k < s.tokenEnd; k++) {
    if (ix.lower[k] !== 'when' || ix.lower[k - 1] !== ',') continue;
    const date = ix.timexAt[k - 2];
    if (!date) continue;
    let first = k - 2;
    while (first > s.tokenStart && ix.timexAt[first - 1] === date) first--;
    if (first > s.tokenStart && ix.lower[first - 1] === 'since') return k;
  }
  return -1;
}

/**
 * Phenomenon (session 16): deaths or injuries told first with the weapon as their doer ("A roadside bomb killed
 * three soldiers", "were killed by a car bomb"), and the explosion told in the next sentence with the weapon
 * again ("The bomb exploded as their convoy passed") or a definite attack noun ("The blast also wrecked …"):
 * the explosion is their cause, told after them. Left apart, the deaths were a killing row of their own
 * beside the attack row, and a count of attacks (by ACLED type) or of the dead counted the bombing twice.
 * Returns that cause, or null.
 */
function weaponCauseAfter(
  ix: ArticleIndex,
  r: Candidate,
  a: Arguments,
  bySentence: ReadonlyMap<number, Candidate[]>,
  lexicon: TriggerLexicon,
): Candidate | null {
  const doers = a.phrases.get('agent') ?? [];
  if (doers.length === 0 || !doers.every((p) => weaponWord(ix, lexicon, p.head))) return null;
  const next = r.sentence + 1;
  if (next >= ix.sentences.length || !continuesPrevious(ix, next)) return null;
  // No `?? []` to loop over: an empty literal is a list of another kind than the map's, and the loop met it first in
  // bench (b)'s first pass ("wrong map": `foldResults`, which inlines this, was compiled again).
  const after = bySentence.get(next);
  if (after === undefined) return null;
  for (const c of after) {
    if (c.type.id !== 'attack') continue;
    if (c.kind === 'verb' ? definiteWeaponSubject(ix, c, lexicon) : definiteNoun(ix, c.head)) return c;
  }
  return null;
}

/** True for a weapon noun of the taxonomy's instruments (by its form or lemma). */
function weaponWord(ix: ArticleIndex, lexicon: TriggerLexicon, k: number): boolean {
  return lexicon.instruments.has(ix.lower[k]!) || lexicon.instruments.has(ix.tokens[k]!.lemma.toLowerCase());
}

/**
 * Phenomenon (session 19): a result whose doer is a definite weapon ("But a newspaper said the bomb killed seven
 * people and wounded 20", after "… when a bomb ripped through a restaurant") retells the weapon of the attack
 * told in the sentence before: it folds into that attack, so the second report's figures join the attack's
 * counts (as their range) instead of standing as a second toll on another event. An indefinite weapon ("A bomb
 * killed seven") names an attack of its own.
 */
function weaponCauseBefore(
  ix: ArticleIndex,
  r: Candidate,
  a: Arguments,
  bySentence: ReadonlyMap<number, Candidate[]>,
  lexicon: TriggerLexicon,
): Candidate | null {
  const doers = a.phrases.get('agent') ?? [];
  const definiteWeapon = (p: { tokenStart: number; head: number }): boolean =>
    (ix.lower[p.tokenStart] === 'the' || ix.lower[p.tokenStart] === 'that') && weaponWord(ix, lexicon, p.head);
  if (doers.length === 0 || !doers.every(definiteWeapon)) return null;
  const attacks = (j: number): Candidate[] => (bySentence.get(j) ?? []).filter((c) => c.type.id === 'attack');
  const prev = sentenceBefore(ix, r.sentence, (j) => attacks(j).length > 0);
  return prev >= 0 ? (attacks(prev).at(-1) ?? null) : null;
}

/**
 * True when sentence `i` goes on telling what the sentence before it told, for result words and tolls
 * with no cause of their own ("A bomb exploded in the market. At least 12 people died."): the previous
 * sentence of the same paragraph, or — since wire copy gives most sentences a paragraph of their own — the
 * last sentence of the previous paragraph when sentence `i` opens its paragraph and states no date of its
 * own (a new date starts another story: "In March, militants killed 30 villagers").
 */
function continuesPrevious(ix: ArticleIndex, i: number): boolean {
  if (i <= 0) return false;
  if (ix.paragraphOf[i - 1] === ix.paragraphOf[i]) return true;
  if (ix.hasVerb[i - 1] === 0) return false;
  return !ix.timexBySentence[i]!.some((x) => x.value !== null && (x.type === 'DATE' || x.type === 'TIME'));
}

/**
 * Phenomenon: a toll stated without any event word near it ("Thirty-one bodies were recovered from the
 * rubble.", "The toll from the earthquake rose to 312.", "The dead included three children.") still
 * reports deaths (or injuries): when neither its sentence nor the sentences it continues hold an event that
 * causes casualties or counts them, the toll's own noun becomes a `death` (`injury`) event that carries it.
 * A stated zero ("no casualties") makes none: it reports that nobody died.
 */
function orphanTolls(ix: ArticleIndex, cands: readonly Candidate[], lexicon: TriggerLexicon): Candidate[] {
  const out: Candidate[] = [];
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.dropped && !isResult(c)) continue;
    if (!c.type.causesCasualties && c.type.casualtyRole === undefined) continue;
    (bySentence.get(c.sentence) ?? bySentence.set(c.sentence, []).get(c.sentence)!).push(c);
  }
  const heads = new Set(cands.map((c) => c.head));
  for (const s of ix.sentences) {
    if (!mayHoldTolls(ix, s.i)) continue;
    for (const t of tollPhrases(ix, s.i)) {
      // A sentence without a verb states a toll only as a table's labelled figure ("Dead: 192").
      if (ix.hasVerb[s.i] === 0 && !t.label) continue;
      if (t.found.q.value <= 0 || heads.has(t.anchor)) continue;
      // People cared for ("12 were hospitalised") make an injury event only beside deaths of their sentence
      // ("Three died and 12 were hospitalised after eating the mushrooms"): alone they tell no incident.
      if (t.care && !(bySentence.get(s.i) ?? []).some((c) => c.type.casualtyRole === 'killed')) continue;
      const fits = (c: Candidate): boolean => c.type.causesCasualties === true || c.type.casualtyRole === t.role;
      const made = out.some((c) => c.sentence === s.i && c.type.casualtyRole === t.role);
      if (made || (bySentence.get(s.i) ?? []).some(fits)) continue;
      if (sentenceBefore(ix, s.i, (j) => (bySentence.get(j) ?? []).some(fits)) >= 0) continue;
      const type = lexicon.byId.get(t.role === 'killed' ? 'death' : 'injury');
      if (!type) continue;
      heads.add(t.anchor);
      // Made by the trigger scan's constructor, not a literal of its own: one place where candidates are made,
      // and their `results` lists come from one allocation site, so they have one element kind. The few lists of
      // a second site (empty, of small integers) were a "wrong map" deoptimisation of `lendAgent` and
      // `candidatesWithArguments` in bench (b)'s first pass.
      out.push(blankCandidate(type, t.anchor, t.anchor + 1, 'noun', s.i));
    }
  }
  return out;
}

/**
 * The sentence before `i` that `has` an event the sentence goes on telling: the previous one when sentence
 * `i` continues it, else the one before that when both continue (a sentence without its own event may stand
 * between: "A bomb exploded at the market. Rescuers pulled 40 bodies from the rubble. The toll rose to 52."),
 * or -1.
 */
function sentenceBefore(ix: ArticleIndex, i: number, has: (j: number) => boolean): number {
  for (let j = i, steps = 0; steps < 2 && continuesPrevious(ix, j); j--, steps++) if (has(j - 1)) return j - 1;
  return -1;
}

/** Adds the victims, agent and place of folded result words to their cause's arguments. */
function absorbResults(c: Candidate, args: Map<Candidate, Arguments>): void {
  const mine = args.get(c)!;
  for (const r of c.results) {
    const theirs = args.get(r);
    if (!theirs) continue;
    const victims = [...(theirs.roles.get('patient') ?? []), ...(theirs.roles.get('victim') ?? [])];
    if (victims.length > 0) mine.roles.set('victim', [...(mine.roles.get('victim') ?? []), ...victims]);
    const agents = theirs.roles.get('agent') ?? [];
    if (agents.length > 0 && (mine.roles.get('agent') ?? []).length === 0) mine.roles.set('agent', [...agents]);
    // The same for victims and doers named by a phrase ("two soldiers were killed", "a gunman killed three").
    const victimPhrases = [...(theirs.phrases.get('patient') ?? []), ...(theirs.phrases.get('victim') ?? [])];
    if (victimPhrases.length > 0) mine.phrases.set('victim', [...(mine.phrases.get('victim') ?? []), ...victimPhrases]);
    const agentPhrases = theirs.phrases.get('agent') ?? [];
    if (agentPhrases.length > 0 && (mine.phrases.get('agent') ?? []).length === 0 && agents.length === 0)
      mine.phrases.set('agent', [...agentPhrases]);
    mergePlace(mine, theirs);
  }
}

/**
 * A death or injury folded into a cause of its own sentence that names no doer has the cause's doer
 * (KAIROS: the Killer / Injurer of the Life event): "a suicide bomber blew himself up, killing six" —
 * the bomber killed them; "fighters were killed in Taliban attacks" — by the Taliban.
 */
function lendAgent(c: Candidate, args: Map<Candidate, Arguments>): void {
  const mine = args.get(c)!;
  // Session 23 (evprec). Phenomenon: the deaths and injuries of a fight told with its two sides ("a man was killed
  // and five more were wounded in a battle between troops and gunmen", "clashes between police and rioters left
  // three dead") were caused by either side: the first side is the fight's attacker by convention only
  // (`twoSides`), so the text names no killer of the dead.
  if (mine.twoSided) return;
  // Session 15: a name read before the cause noun ("killed in today's Taliban attack") is the attack's doer by
  // that reading alone; the deaths' own clause does not name it, and the lending stays with doers the text
  // tells of the cause (a subject, a by-phrase), as WikiEvents' annotators read Killer.
  const agents = (mine.roles.get('agent') ?? []).filter((a) => a.prenominal !== true);
  const agentPhrases = mine.phrases.get('agent') ?? [];
  if (agents.length === 0 && agentPhrases.length === 0) return;
  for (const r of c.results) {
    const theirs = args.get(r);
    if (!theirs || r.sentence !== c.sentence) continue;
    if ((theirs.roles.get('agent') ?? []).length > 0 || (theirs.phrases.get('agent') ?? []).length > 0) continue;
    if (agents.length > 0) theirs.roles.set('agent', [...agents]);
    if (agentPhrases.length > 0) theirs.phrases.set('agent', [...agentPhrases]);
  }
}

/**
 * Phenomenon: a death or injury told as the outcome of an event in the same clause happened where that
 * event did: a participle clause of the event's sentence ("An explosion tore through a market in Bannu,
 * killing nine people and wounding 25"), a result verb the event noun is the subject of ("the blast in
 * Peshawar killed four children") or a result verb whose phrase names the event ("Four soldiers were killed in
 * an attack near Kandar": the attack's phrases are the attack's, and the deaths were where it was). With no
 * locative of its own, it takes the event's place, marked as lent (`inherited` on the record's argument, schema
 * 2.8): fatalities per province need the place on the death's row, and an evaluator scoring the words of each
 * mention can leave it out. A death told in a clause of its own ("Four militants were killed", after an attack)
 * keeps its own (none rather than a guess).
 */
function lendPlace(ix: ArticleIndex, c: Candidate, args: Map<Candidate, Arguments>): void {
  const mine = args.get(c)!;
  if (mine.place === null && mine.placePhrase === null) return;
  for (const r of c.results) {
    const theirs = args.get(r);
    if (!theirs || r.sentence !== c.sentence) continue;
    if (!subjectOfResult(ix, c, r) && !participleClause(ix, r) && !resultInCause(ix, c, r)) continue;
    const own = theirs.place !== null || theirs.placePhrase !== null;
    mergePlace(theirs, mine);
    if (!own) theirs.placeLent = true;
  }
}

/** Prepositions that put a death or an injury inside the event that caused it ("killed in", "wounded during"). */
const INSIDE_CAUSE: ReadonlySet<string> = new Set(['in', 'during', 'by']);

/**
 * True when result verb `r` is followed by a phrase whose head is event noun `c` ("were killed in an attack",
 * "wounded during Friday's clashes", "killed by an explosion"): only the verb's adverbs, the preposition and the
 * noun's modifiers stand between them.
 */
function resultInCause(ix: ArticleIndex, c: Candidate, r: Candidate): boolean {
  if (c.kind !== 'noun' || r.kind === 'noun' || r.head > c.head) return false;
  let k = r.end;
  while (k < c.head && ix.tokens[k]!.pos === 'ADV') k++;
  if (k >= c.head || !INSIDE_CAUSE.has(ix.lower[k]!)) return false;
  for (k++; k < c.head; k++) {
    const pos = ix.tokens[k]!.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'ADP' || pos === 'SCONJ' || pos === 'CCONJ' || pos === 'PRON')
      return false;
    if (pos === 'PUNCT' && ix.lower[k] !== "'s" && ix.lower[k] !== "'") return false;
  }
  return true;
}

/** True for a result verb opening a participle clause (", killing nine people", "… and wounding 25"). */
function participleClause(ix: ArticleIndex, r: Candidate): boolean {
  if (r.kind !== 'verb' || !ix.lower[r.head]!.endsWith('ing') || r.head === 0) return false;
  const before = ix.lower[r.head - 1]!;
  return before === ',' || before === 'and';
}

/**
 * True when event noun `c` heads the subject of result verb `r` ("the blast in Peshawar killed", "The
 * bombings at the embassies in Nairobi, Kenya, have killed"): only the noun's modifiers and phrases stand
 * between them.
 */
function subjectOfResult(ix: ArticleIndex, c: Candidate, r: Candidate): boolean {
  if (c.kind !== 'noun' || r.kind !== 'verb' || c.head > r.head || c.sentence !== r.sentence) return false;
  const to = verbGroup(ix, r.head).start;
  for (let k = c.end; k < to; k++) {
    const pos = ix.tokens[k]!.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'SCONJ' || pos === 'PRON' || ix.lower[k] === ';') return false;
  }
  return true;
}

/**
 * The casualty counts of a candidate: its own (a result word), those of the result words folded into it,
 * and the toll phrases assigned to it ("claimed 17 lives"; an updated total replaces earlier figures).
 */
function candidateCasualties(
  ix: ArticleIndex,
  c: Candidate,
  tolls: ReadonlyMap<Candidate, TollPhrase[]>,
): DraftEvent['casualties'] {
  const out: DraftEvent['casualties'] = {};
  // Updated totals ("the death toll rose to 40", "bringing the toll to eight") replace the figures before
  // them, in text order; parts of a toll ("the dead included three children") count only when nothing else does.
  const updates: Array<{ role: 'killed' | 'injured'; count: CasualtyCount }> = [];
  const parts: TollPhrase[] = [];
  // The candidate, then its results: index -1 is the candidate (no list of them is made: this runs for every draft).
  const results = c.results;
  for (let i = -1; i < results.length; i++) {
    const r = i < 0 ? c : results[i]!;
    const role = r.type.casualtyRole;
    if (!role) continue;
    // A killing noun is a cause, not a result; its own count is the victims of its "of" phrase.
    const found = r === c && !isResult(c) ? victimsOfKillingNoun(ix, c) : countOf(ix, r);
    if (!found) continue;
    const count = casualtyCount(ix, found);
    if (r.kind === 'noun' && risingToll(ix, r)) {
      updates.push({ role, count });
      continue;
    }
    const have = out[role];
    // More victims on top of those told ("and another died later") add up; other counts are reports of one toll.
    out[role] = !have
      ? count
      : (r !== c && have.start < count.start && additiveCount(ix, found)) || perpetratorAfter(have, count)
        ? addCounts(ix, have, count)
        : combineCounts(have, count);
  }
  // Phenomenon: a toll phrase may be given to a result word that is folded into its cause ("In the earthquake,
  // the number of dead rose to 45": the toll's owner is "dead", told as the earthquake's result); the cause
  // carries the counts of its results, so it carries their toll phrases too.
  for (let i = -1; i < results.length; i++) {
    const phrases = tolls.get(i < 0 ? c : results[i]!);
    if (phrases === undefined) continue;
    for (const t of phrases) {
      const count = casualtyCount(ix, t.found);
      if (t.subset) parts.push(t);
      else if (t.update) updates.push({ role: t.role, count });
      else {
        const have = out[t.role];
        out[t.role] = have ? combineCounts(have, count) : count;
      }
    }
  }
  updates.sort((a, b) => a.count.start - b.count.start);
  for (const u of updates) {
    const have = out[u.role];
    // An earlier update is replaced; a figure stated after the update is another report of the total.
    out[u.role] = have && have.start > u.count.start ? combineCounts(have, u.count) : u.count;
  }
  for (const t of parts) if (!out[t.role]) out[t.role] = casualtyCount(ix, t.found);
  // The perpetrator who killed himself in the same sentence is one more of the event's dead (selfKillingIn).
  if (out.killed && out.killed.value > 0 && selfKillingIn(ix, out.killed.sentence)) out.killed = plusOne(out.killed);
  return out;
}

/** A count that is one person told by a singular pronoun ("he was shot dead"). */
const PRONOUN_ONE = /^(?:he|she|him|her)$/i;

/**
 * Phenomenon: a killer's own death told after his victims' ("The gunman killed four people before he was shot
 * dead by police", "… and she was killed in the exchange of fire") is one more death of the event (ACLED
 * counts every reported death), not a conflicting report of the toll: in one sentence, a pronoun victim after
 * a figure of others is added to it.
 */
function perpetratorAfter(a: CasualtyCount, b: CasualtyCount): boolean {
  if (a.sentence !== b.sentence) return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return PRONOUN_ONE.test(second.text) && !PRONOUN_ONE.test(first.text) && first.precision !== 'vague';
}

/** Statuses of events that have not happened: their counts are no toll. */
const UNREALISED: ReadonlySet<string> = new Set(['hypothetical', 'threatened']);

/** Counts with every positive figure removed (a stated zero says the same of an unrealised event). */
function withoutFigures(counts: DraftEvent['casualties']): DraftEvent['casualties'] {
  const out: DraftEvent['casualties'] = {};
  if (counts.killed && counts.killed.value === 0) out.killed = counts.killed;
  if (counts.injured && counts.injured.value === 0) out.injured = counts.injured;
  return out;
}

/**
 * Gives each toll phrase without a result word ("The bombing claimed 17 lives", "31 bodies were
 * recovered") to one event: the nearest event of its sentence that causes casualties or counts that role,
 * else the last such event of the previous sentence of the same paragraph. One owner each, so a toll is
 * counted once.
 */
function assignTolls(ix: ArticleIndex, cands: readonly Candidate[]): Map<Candidate, TollPhrase[]> {
  const out = new Map<Candidate, TollPhrase[]>();
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (!c.type.causesCasualties && c.type.casualtyRole === undefined) continue;
    (bySentence.get(c.sentence) ?? bySentence.set(c.sentence, []).get(c.sentence)!).push(c);
  }
  if (bySentence.size === 0) return out;
  for (const s of ix.sentences) {
    if (!mayHoldTolls(ix, s.i)) continue;
    const phrases = tollPhrases(ix, s.i);
    for (const t of phrases) {
      const fits = (c: Candidate): boolean => c.type.causesCasualties === true || c.type.casualtyRole === t.role;
      let owner: Candidate | null = null;
      for (const c of bySentence.get(s.i) ?? [])
        if (fits(c) && (!owner || Math.abs(c.head - t.token) < Math.abs(owner.head - t.token))) owner = c;
      if (!owner) {
        const prev = sentenceBefore(ix, s.i, (j) => (bySentence.get(j) ?? []).some(fits));
        const before = prev >= 0 ? bySentence.get(prev)!.filter(fits) : [];
        owner = before[before.length - 1] ?? null;
      }
      if (owner) (out.get(owner) ?? out.set(owner, []).get(owner)!).push(t);
    }
  }
  return out;
}

/** The instrument an attack names near its trigger ("a car bomb exploded", "killed by a drone"), within its sentence. */
function instrumentOf(ix: ArticleIndex, c: Candidate, lexicon: TriggerLexicon): Evidence | null {
  if (c.type.id !== 'attack') return null;
  const lex = lexicon.instruments;
  const s = ix.sentences[c.sentence]!;
  const from = Math.max(s.tokenStart, c.head - 8);
  const to = Math.min(s.tokenEnd, c.end + 8);
  let best: [number, number] | null = null;
  for (let k = from; k < to; k++) {
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN') continue;
    // The longest form: "car bomb" over "car" and "bomb".
    const nextForms = k + 1 < to ? lex.get(ix.lower[k + 1]!) : undefined;
    const span: [number, number] | null = nextForms?.includes(`${ix.lower[k]} ${ix.lower[k + 1]}`)
      ? [k, k + 2]
      : lex.get(ix.lower[k]!)?.includes(ix.lower[k]!)
        ? [k, k + 1]
        : null;
    if (!span) continue;
    // A weapon noun modifying another noun ("drone footage", "rocket launcher") is not the weapon used.
    const next = ix.tokens[span[1]];
    if (next && next.sentence === c.sentence && next.pos === 'NOUN' && !lex.has(ix.lower[span[1]]!)) continue;
    if (!best || Math.abs(span[0] - c.head) < Math.abs(best[0] - c.head)) best = span;
    k = span[1] - 1;
  }
  return best ? tokenEvidence(ix, best[0], best[1]) : null;
}

/**
 * Phenomenon: a verb whose subject is a definite weapon ("The bomb was placed at the entrance and exploded",
 * "the device went off") tells again the attack that brought the weapon in: "the bomb" is the one the article
 * has told of, as "the bombing" would be. True for an attack verb with such an instrument before it.
 */
function definiteWeaponSubject(ix: ArticleIndex, c: Candidate, lexicon: TriggerLexicon): boolean {
  if (c.kind !== 'verb' || c.type.id !== 'attack') return false;
  const floor = ix.sentences[c.sentence]!.tokenStart;
  const weapon = (k: number): boolean =>
    ix.tokens[k]!.pos === 'NOUN' &&
    (lexicon.instruments.has(ix.lower[k]!) || lexicon.instruments.has(ix.tokens[k]!.lemma.toLowerCase()));
  // The nearest weapon noun before the verb in its clause (no comma between: "The bomb was placed … and exploded").
  let k = c.head - 1;
  while (k >= floor && c.head - k <= 14 && ix.lower[k] !== ',' && ix.lower[k] !== ';' && !weapon(k)) k--;
  if (k < floor || c.head - k > 14 || !weapon(k)) return false;
  // Its determiner, over adjectives and a compound's first word ("the car bomb"), opening the clause.
  let d = k - 1;
  while (d >= floor && k - d <= 3 && (ix.tokens[d]!.pos === 'ADJ' || ix.tokens[d]!.pos === 'NOUN')) d--;
  if (d < floor || !DEFINITE_DETERMINERS.has(ix.lower[d]!)) return false;
  const before = d - 1;
  return (
    before < floor ||
    ix.lower[before] === ',' ||
    ix.tokens[before]!.pos === 'CCONJ' ||
    ix.tokens[before]!.pos === 'SCONJ'
  );
}

/** Types whose definite mentions refer back across the article ("the blast" … "the attack"). */
function anaphoricAnywhere(type: EventTypeDef): boolean {
  return type.causesCasualties === true || type.category === 'life';
}

/** The record's name for a generic role under a type ("agent" of an attack is its "attacker"). */
function roleName(type: EventTypeDef, role: ParticipantRole): ParticipantRole {
  if (role === 'agent' || role === 'patient') return (type.roles?.[role] as ParticipantRole | undefined) ?? role;
  return role;
}

/** The merged draft a draft ended up in. */
/**
 * A draft's date with every field present (`undefined` when unset), in the order the dating rules write them.
 * The rules build dates of five shapes (with or without a time expression, a modifier, or both); a draft's date
 * is read by merging, retelling and salience for every pair of mentions, and one shape there keeps those reads
 * from deoptimising on a shape first met late. Records serialise the same (undefined fields are left out).
 * A date copied from another draft is copied by it too, not spread (a spread copy is an object of another shape:
 * three "wrong map" deoptimisations of the retelling and salience reads in bench (b)'s first pass). `source`
 * replaces the copied date's source.
 */
function draftDateShape(d: EventDate, source: EventDate['source'] = d.source): EventDate {
  return { value: d.value, precision: d.precision, source, timex: d.timex, mod: d.mod };
}

/** No date, in the shape of draftDateShape. */
function undatedDraft(): EventDate {
  return { value: null, precision: 'unknown', source: 'unknown', timex: undefined, mod: undefined };
}

function finalDraft(d: DraftEvent): DraftEvent {
  let x = d;
  while (x.into && x.into !== x) x = x.into;
  return x;
}

/** Statuses of an event the text asserts happened (by itself, by a source, by a claimant). */
const ASSERTED: ReadonlySet<string> = new Set(['occurred', 'reported', 'claimed']);

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '`', '``', "'", "''", '‘', '’']);
/** Words that say where or how a statement was made: a formal act, not a quote in passing. */
const STATEMENT_VENUES: ReadonlySet<string> = new Set([
  'statement',
  'conference',
  'interview',
  'letter',
  'speech',
  'briefing',
  'television',
  'radio',
  'broadcast',
  'ceremony',
  'communique',
  'address',
  'hearing',
  'testimony',
  'rally',
  'meeting',
  'summit',
  'session',
  'parliament',
  'court',
  'told',
]);

/**
 * Phenomenon: a direct quotation with a bare attribution ("``This will be seen as a turning point,'' the
 * spokeswoman said.", '"You get a news item," says Mr. Litvack.') gives a speaker's words as colour or
 * opinion; the article's news is told in its own clauses. Such a statement is not worth a row by default:
 * its confidence drops below the default threshold (it stays available at a lower `minEventConfidence`).
 * A quotation said at a stated time or place, or in a formal act ("said Friday", "said at a news
 * conference", "said in a statement") is kept, as is reported speech ("X said it agreed to …").
 */
function bareQuote(ix: ArticleIndex, verb: number): boolean {
  const sentence = ix.tokens[verb]!.sentence;
  const s = ix.sentences[sentence]!;
  const first = ix.lower[s.tokenStart]!;
  if (!QUOTE_MARKS.has(first) && !opensInQuotation(ix, sentence)) return false;
  // The quotation closes right before the attribution: `…,'' X said` or `…," says X`.
  let closed = false;
  for (let k = verb - 1; k > s.tokenStart && verb - k <= 10; k--) {
    if (QUOTE_MARKS.has(ix.lower[k]!) && (ix.lower[k - 1] === ',' || QUOTE_MARKS.has(ix.lower[k - 1]!))) {
      closed = true;
      break;
    }
    if (ix.tokens[k]!.pos === 'VERB') return false;
  }
  // Phenomenon: a quotation that ends on "!" or "?" is split from its attribution, which opens the next
  // sentence with the closing mark ("``Here, nobody surrenders!'' the colonel shouted."): the attribution
  // alone, a few words after a mark that only closes, with nothing after the verb but the speaker ("…
  // shouted the colonel.").
  if (
    !closed &&
    CLOSING_QUOTES.has(first) &&
    verb - s.tokenStart <= 6 &&
    (verb + 1 >= s.tokenEnd || ix.tokens[verb + 1]!.pos === 'PUNCT' || ix.tokens[verb + 1]!.pos === 'PROPN')
  )
    closed = true;
  if (!closed) return false;
  for (let k = verb + 1; k < s.tokenEnd; k++) {
    if (QUOTE_MARKS.has(ix.lower[k]!)) break;
    if (ix.timexAt[k] !== null || STATEMENT_VENUES.has(ix.lower[k]!)) return false;
  }
  return true;
}

/** Marks that only close a quotation (a straight double quote may open one). */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', "'", "''", '’']);

/**
 * Phenomenon: a quotation may run over several sentences, its attribution after the last ("``We will stay.
 * My family stays together,'' she said."): a sentence that opens inside a quotation opened earlier in its
 * paragraph is quoted as much as one that opens with the mark. True when the paragraph's quotation marks
 * before the sentence leave one open: an opening mark (``, “) not closed ('', ”), or an odd count of
 * straight double quotes (up to six sentences back).
 */
function opensInQuotation(ix: ArticleIndex, sentence: number): boolean {
  const para = ix.paragraphOf[sentence]!;
  let from = sentence;
  while (from > 0 && sentence - from < 6 && ix.paragraphOf[from - 1] === para) from--;
  if (from === sentence) return false;
  let open = false;
  for (let k = ix.sentences[from]!.tokenStart; k < ix.sentences[sentence]!.tokenStart; k++) {
    const low = ix.lower[k]!;
    // The tokenizer may split `` and '' into single marks.
    if (low === '``' || low === '`' || low === '“') open = true;
    else if (low === "''" || low === '”' || (low === "'" && ix.lower[k + 1] === "'")) open = false;
    else if (low === '"') open = !open;
  }
  return open;
}

/** First-person object pronouns: who the speaker is. */
const SPEAKER_OBJECTS: ReadonlySet<string> = new Set(['me', 'us']);

/**
 * Phenomenon: a speaker quoted on what was done to them ('"They tried to assassinate me," the governor said',
 * '"They shot at us from the roof"', '"I was attacked outside my home"') retells the violence the article
 * reports in its own words; it is no second attack. True for a verb inside a quotation whose object is "me"
 * or "us", or whose passive subject is "I" or "we". Merging still checks type, date and parties.
 */
function speakerUnderwent(ix: ArticleIndex, head: number): boolean {
  const sentence = ix.tokens[head]!.sentence;
  const next = ix.tokens[head + 1];
  const object =
    next !== undefined &&
    next.sentence === sentence &&
    (SPEAKER_OBJECTS.has(ix.lower[head + 1]!) ||
      ((ix.lower[head + 1] === 'at' || ix.lower[head + 1] === 'on') && SPEAKER_OBJECTS.has(ix.lower[head + 2] ?? '')));
  const passive =
    head >= 2 &&
    ix.tokens[head - 1]!.lemma.toLowerCase() === 'be' &&
    (ix.lower[head - 2] === 'i' || ix.lower[head - 2] === 'we');
  return (object || passive) && insideQuotation(ix, head);
}

/** True when the token at `head` stands inside a quotation: opened before it in its sentence, or earlier in its paragraph. */
function insideQuotation(ix: ArticleIndex, head: number): boolean {
  const sentence = ix.tokens[head]!.sentence;
  let open = opensInQuotation(ix, sentence);
  for (let k = ix.sentences[sentence]!.tokenStart; k < head; k++) {
    const low = ix.lower[k]!;
    if (low === '``' || low === '`' || low === '“') open = true;
    else if (low === "''" || low === '”') open = false;
    else if (low === '"') open = !open;
  }
  return open;
}

/** Type-neutral words for a calamity: they may name the article's accident or attack ("the Air France disaster"). */
const GENERIC_CALAMITY: ReadonlySet<string> = new Set(['disaster', 'tragedy', 'catastrophe']);

/**
 * True for an event noun that is the predicate of a copula whose subject is a pronoun ("This is an
 * exceptional accident", "It was a terrorist attack"): it labels the event the story is telling.
 */
function labelOfTold(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  let k = head - 1;
  while (k >= floor && head - k <= 4 && (ix.tokens[k]!.pos === 'ADJ' || ix.tokens[k]!.pos === 'DET')) k--;
  if (k < floor || ix.tokens[k]!.lemma.toLowerCase() !== 'be') return false;
  k--;
  while (k >= floor && ix.tokens[k]!.pos === 'ADV') k--;
  return k >= floor && LABEL_SUBJECTS.has(ix.lower[k]!) && (k === floor || ix.tokens[k - 1]!.pos === 'PUNCT');
}
const LABEL_SUBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'it']);

/** Date sources read from the event's own clause or phrase (`relative`: a duration from another dated event). */
const OWN_CLAUSE_DATED: ReadonlySet<EventRecord['date']['source']> = new Set(['clause', 'relative']);

/** Date sources read from the text around the trigger (not a fallback). */
const TEXT_DATED: ReadonlySet<EventRecord['date']['source']> = new Set(['clause', 'sentence', 'relative']);
/** Date sources that no time of the event's own sentence gave: the paragraph's time, the report's, or none. */
const UNDATED_OR_FALLBACK: ReadonlySet<EventRecord['date']['source']> = new Set([
  'narrative',
  'publication',
  'unknown',
]);

/** True when an event noun's date is a time expression inside its own phrase ("last year's blast", "the Aug. 7 bombing"), or a year named there. */
function ownPhraseDate(ix: ArticleIndex, head: number, date: EventRecord['date']): boolean {
  if (!date.timex) return date.source === 'clause' && date.value !== null;
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 5; k--) if (ix.timexAt[k]?.id === date.timex) return true;
  return false;
}

/** A date value without its time of day. */
function calendar(value: string): string {
  return value.replace(/T.*$/, '');
}

/** True when one date value refines the other ("2013" and "2013-04-15"), compared as calendar dates. */
function refines(a: string, b: string): boolean {
  const x = calendar(a);
  const y = calendar(b);
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Phenomenon: a violent event, death or disaster the article has already dated is often told again later
 * without a date ("last year's deadly blast" … "the April 15, 2013, bombing" … "Twin bombs exploded near
 * the finish line"): an article reports one such event unless it says otherwise. An asserted event of
 * such a type with no date of its own takes the date of the earlier mentions of its type (for a death or
 * injury with no cause, of the violent events, disasters and accidents before it) when they agree
 * (one date, or dates that refine each other: the most precise is kept), and their places do not
 * conflict; `source: 'narrative'` (discourse). Not for a mention marked as new ("another attack"),
 * repeated occurrences, the crime of an accusation, background nouns ("since the attack"), or when earlier
 * mentions of the type carry different dates (two events).
 */
function retoldDates(
  merged: readonly DraftEvent[],
  undatable: ReadonlySet<number>,
  told: ReadonlySet<number>,
  lexicon: TriggerLexicon,
): void {
  // One pass in text order: per type (and for all causes of tolls together), the date the earlier told
  // mentions agree on, whether they agree, and their places.
  interface Told {
    best: EventDate;
    agree: boolean;
    places: Set<string>;
  }
  const state = new Map<string, Told>();
  const CAUSES = '(causes)';
  const add = (key: string, d: DraftEvent): void => {
    const t = state.get(key);
    if (!t) {
      state.set(key, { best: d.date, agree: true, places: new Set(d.place ? [d.place] : []) });
      return;
    }
    if (!refines(d.date.value!, t.best.value!)) t.agree = false;
    else if (calendar(d.date.value!).length > calendar(t.best.value!).length) t.best = d.date;
    if (d.place) t.places.add(d.place);
  };
  const ordered = [...merged].sort((p, q) => p.trigger.start - q.trigger.start);
  // Phenomenon: an event its own sentence orders against another ("died after a gunfight with police three
  // days after the bombing") did not happen when that other event did: it takes no date from it. Sentences
  // in which some event is named as ordered against, or the cause of, the clause's (see relatedEventPhrase).
  const relating = new Map<number, DraftEvent[]>();
  for (const d of merged) for (const s of d.relatedIn ?? []) relating.set(s, [...(relating.get(s) ?? []), d]);
  for (const d of ordered) {
    const dated =
      d.anaphoricAnywhere &&
      ASSERTED.has(d.status) &&
      d.date.value !== null &&
      d.mentions.some((m) => told.has(m.start));
    if (
      d.date.source === 'unknown' &&
      d.anaphoricAnywhere &&
      ASSERTED.has(d.status) &&
      !d.distinct &&
      !d.cause &&
      !undatable.has(d.trigger.start) &&
      !(relating.get(d.sentence) ?? []).some((e) => e !== d)
    ) {
      // The same type, or for a death or injury told on its own ("At least 82 were killed"), the violent
      // events, disasters and accidents that cause such tolls.
      const result = lexicon.byId.get(d.type)?.casualtyRole !== undefined;
      const found = [state.get(d.type), result ? state.get(CAUSES) : undefined].filter((t): t is Told => !!t);
      const places = new Set(found.flatMap((t) => [...t.places]));
      const conflict = d.place !== null && [...places].some((p) => p !== d.place);
      if (found.length > 0 && found.every((t) => t.agree) && !conflict) {
        let best = found[0]!.best;
        let agree = true;
        for (const t of found) {
          if (!refines(t.best.value!, best.value!)) agree = false;
          else if (calendar(t.best.value!).length > calendar(best.value!).length) best = t.best;
        }
        if (agree) d.date = draftDateShape(best, 'narrative');
      }
    }
    if (dated) {
      add(d.type, d);
      if (lexicon.byId.get(d.type)?.causesCasualties === true) add(CAUSES, d);
    }
  }
}

/** A candidate's date and what its clause tells of its time (`draftDate` in `extractEvents`). */
interface DraftDating {
  date: EventDate;
  /** Another event of its clause it is dated from ("a week after the vote"), resolved after merging. */
  anchor: EventAnchor | null;
  /** Told in passing: a temporal phrase or a participle modifier ("since the bombing"). */
  background: boolean;
  /** Its clause narrates it: its own verb, a light verb, or its own result verb. */
  narrates: boolean;
  /** The verb group its tense is read from, if any. */
  group: VerbGroup | null;
  /** Repeated occurrences or a count over a span: no single date. */
  several: boolean;
  /** A total over a span (a toll over a period, a trend, a count since a start): see `DraftEvent.total`. */
  total: boolean;
  /** A noun named as the crime of a legal step or the object of a reaction: see `DraftEvent.crime`. */
  crime: boolean;
  /** Undated because its clause's time is the promise's ("promised on Monday to hold talks"): see `timeOfGovernor`. */
  intentionTime: boolean;
}

/** What event extraction needs besides the article: the trigger lexicon built from the taxonomy. */
export interface EventResources {
  lexicon: TriggerLexicon;
}

/**
 * The article's candidates that are kept, each with its arguments, after the rules that drop, fold and lend
 * between them. A function of its own (as `draftFor` is): TurboFan compiles it apart from `extractEvents`, so a
 * deoptimisation in a rule it inlines (a shape first met on a new article) recompiles this part, not the whole
 * stage.
 */
function candidatesWithArguments(
  ix: ArticleIndex,
  lexicon: TriggerLexicon,
): { cands: Candidate[]; args: Map<Candidate, Arguments> } {
  const all = findCandidates(ix, lexicon);
  const orphans = orphanTolls(ix, all, lexicon);
  if (orphans.length > 0) {
    all.push(...orphans);
    all.sort((p, q) => p.head - q.head);
  }
  const args = new Map<Candidate, Arguments>();
  // Nouns of violence end the phrases of a result verb before them ("killed in an attack on the market":
  // the market is the attack's).
  const nounEnds = new Map<number, number>();
  for (const c of all) if (c.kind === 'noun' && c.type.causesCasualties) nounEnds.set(c.head, c.end);
  for (const c of all) if (!c.dropped || isResult(c)) args.set(c, candidateArguments(ix, c, nounEnds));
  for (const [c, a] of args) if (c.kind === 'noun' && crimeOfLegalStep(ix, c.head)) accusedNotPatient(ix, a);
  const crowdRiots = all.filter((c) => args.has(c) && crowdClash(ix, c, args.get(c)!, lexicon));
  crowdViolenceRetold(ix, all, args, crowdRiots);
  dropLawEnforcement(ix, all, args, lexicon);
  accidentalExplosions(ix, all, args, lexicon);
  stateForcesTakeTerritory(ix, all, args, lexicon);
  excessiveForce(ix, all, args, lexicon);
  protestInterventions(ix, all, lexicon);
  legislativeVotes(ix, all, args, lexicon);
  jailedForATerm(ix, all, lexicon);
  protestPurposes(ix, all);
  for (const { cand, doer, target } of attackersCrashes(ix, all, args, lexicon)) {
    const a = candidateArguments(ix, cand, nounEnds);
    // The attacker subject found over the participle phrase is the doer, not a noun inside that phrase
    // ("packed with explosives"), which the verb's own subject search may take.
    if (doer && !a.roles.get('agent')?.length) a.phrases.set('agent', [doer]);
    if (target && !a.roles.get('patient')?.length && !a.phrases.get('patient')?.length)
      a.phrases.set('patient', [target]);
    args.set(cand, a);
  }
  foldResults(ix, all, args, lexicon);
  const cands = all.filter((c) => !c.dropped);
  for (const c of cands) absorbResults(c, args);
  for (const c of cands) lendAgent(c, args);
  for (const c of cands) lendPlace(ix, c, args);
  inheritFromCause(cands, args, ix);
  return { cands, args };
}

/**
 * The drafts merged into events, each with its final date (retellings, causes and results, dates anchored on
 * another event). A function of its own, as `candidatesWithArguments` is.
 */
function mergedDrafts(
  drafts: DraftEvent[],
  undatable: ReadonlySet<number>,
  told: ReadonlySet<number>,
  eventAnchored: ReadonlyMap<DraftEvent, { start: number; anchor: EventAnchor }>,
  mainAnchored: ReadonlyMap<DraftEvent, { from: number; to: number; anchor: MainClauseAnchor }>,
  lexicon: TriggerLexicon,
): DraftEvent[] {
  const merged = mergeEvents(drafts);
  retoldDates(merged, undatable, told, lexicon);
  // Phenomenon: a death or injury folded into its cause ("At least 74 were killed in Nairobi" after
  // "Two bombs exploded … Friday") happened when the cause did; a result word with no date of its own
  // clause or sentence takes its cause's date.
  // Phenomenon: the reverse, in one sentence: a cause its own words leave undated whose result's clause
  // is dated ("Bombings at the embassies in Nairobi and Dar es Salaam on Aug. 7 killed 258 people": the
  // date stands where the toll is told) happened when the result did.
  for (const d of merged) {
    const cause = d.cause ? finalDraft(d.cause) : null;
    if (
      cause &&
      cause !== d &&
      cause.date.value === null &&
      d.sentence === cause.sentence &&
      OWN_CLAUSE_DATED.has(d.date.source) &&
      d.date.value !== null
    )
      cause.date = draftDateShape(d.date);
  }
  for (const d of merged) {
    const cause = d.cause ? finalDraft(d.cause) : null;
    // Not a toll over an outbreak or a season, nor repeated occurrences (`undatable`): the cause's day is not theirs.
    if (
      cause &&
      cause !== d &&
      !TEXT_DATED.has(d.date.source) &&
      cause.date.value !== null &&
      !undatable.has(d.trigger.start)
    )
      d.date = draftDateShape(cause.date);
  }
  // Phenomenon (session 13): "A week after the attack, the government will hold a ceremony": the date of the
  // event the phrase names (told elsewhere, merged by now), moved by the span (see eventAnchor).
  for (const [d, { start, anchor }] of eventAnchored) {
    const by = merged.find((m) => m !== d && m.date.value !== null && m.mentions.some((x) => x.start === start));
    // The source read once: its second read (a narrative date) was first met in bench (b)'s first pass.
    const source = by ? by.date.source : null;
    const moved =
      by && source !== null && (TEXT_DATED.has(source) || source === 'narrative')
        ? anchoredDate(anchor, by.date)
        : null;
    if (moved && merged.includes(d)) d.date = draftDateShape(moved);
  }
  // Session 22: "The raid came two days after rebels shelled the town": the shelling is two days before the date
  // the raid has by now (its paragraph's, the lead's publication day, a retelling's), the nearest event told in
  // the main clause (not a statement about it), moved by the span (see mainClauseAnchor).
  for (const [d, { from, to, anchor }] of mainAnchored) {
    if (!merged.includes(d) || TEXT_DATED.has(d.date.source)) continue;
    let by: DraftEvent | null = null;
    let at = -1;
    for (const m of merged) {
      if (m === d || m.type === 'statement' || m.date.value === null || m.date.source === 'unknown') continue;
      for (const x of m.mentions)
        if (x.start >= from && x.end <= to && (by === null || (anchor.fronted ? x.start < at : x.start > at))) {
          by = m;
          at = x.start;
        }
    }
    const moved = by ? anchoredDate({ token: -1, duration: anchor.duration, sign: anchor.sign }, by.date) : null;
    if (moved) d.date = draftDateShape(moved);
  }
  return merged;
}

/**
 * Finds, dates and merges the events of one article. Pure: same input, same output; the lexicon comes in
 * `resources` (from `src/resources.ts`).
 */
export function extractEvents(input: EventInput, resources: EventResources): EventOutput {
  const minConfidence = input.minConfidence ?? DEFAULT_MIN_EVENT_CONFIDENCE;
  const ix = buildArticleIndex(
    input.text,
    input.tokens,
    input.sentences,
    input.lowerForms,
    input.entities,
    input.timexes,
  );
  const { cands, args } = candidatesWithArguments(ix, resources.lexicon);
  const narrative = narrativeTimes(ix, new Set(cands.map((c) => c.head)));
  const tolls = assignTolls(ix, cands);

  const headline = headlineSentence(ix);
  // The lead: the first sentence with a verb after the headline (the headline itself before it).
  let lead = headline + 1;
  while (lead < ix.sentences.length - 1 && ix.hasVerb[lead] === 0) lead++;
  const drafts: DraftEvent[] = [];
  const draftOf = new Map<Candidate, DraftEvent>();
  // Result words folded into a cause are events of their own too (a death, an injury: KAIROS Life.Die,
  // Life.Injure), linked to the cause; their counts stay on the cause so that summing casualties over
  // all events counts each toll once.
  const causeOf = new Map<Candidate, Candidate>();
  for (const c of cands) for (const r of c.results) causeOf.set(r, c);
  const ordered = [...cands, ...causeOf.keys()];
  // Trigger starts of drafts that must not take another mention's date: repeated occurrences (merging
  // copies drafts, so they are known by their trigger).
  const undatable = new Set<number>();
  // Trigger starts of drafts that tell an event with its date (a verb, a noun under its light verb or with its
  // own result verb, dated by its clause, sentence or paragraph; or a noun with a date in its own phrase):
  // only these date a later retelling. A bare noun
  // dated by a neighbouring clause ("talks that were interrupted by the car bombing" on Wednesday) does not.
  const told = new Set<number>();
  // Drafts dated from another event of the text ("a week after the attack"), resolved after merging.
  const eventAnchored = new Map<DraftEvent, { start: number; anchor: EventAnchor }>();
  const mainAnchored = new Map<DraftEvent, { from: number; to: number; anchor: MainClauseAnchor }>();
  // The draft of one candidate, as a function of its own: TurboFan compiles it apart from the rest of
  // extractEvents, so a deoptimisation in it (a rule branch first met on a new article) recompiles it alone.
  // The date of one candidate and what its clause tells of its time, as a function of its own (as draftFor is):
  // the largest part of a draft, so a deoptimisation in a dating rule recompiles this, not the whole draft.
  // The publication date read once: publication records come in several shapes (optional time and evidence), and
  // reading one first met in bench (b)'s first pass deoptimised the dating of every candidate ("wrong map").
  const published = input.publication.date;
  const draftDate = (c: Candidate, st: Exclude<StatusResult, 'void'>, cause: Candidate | undefined): DraftDating => {
    const anchors = [c.head];
    if (c.governor >= 0 && c.light) anchors.push(c.governor);
    // Phenomenon: an event noun whose verb tells its course ("talks broke down on Tuesday", "the summit opened
    // on Friday") happened when that verb's clause says, as under a light verb.
    else if (c.governor >= 0 && c.relation === 'subject' && COURSE_VERBS.has(lemmaOf(ix, c.governor)))
      anchors.push(c.governor);
    if (c.absorbed >= 0) anchors.push(c.absorbed);
    const background = c.kind === 'noun' && (inTemporalPhrase(ix, c.head) || inParticipleModifier(ix, c.head));
    // A clause narrates when its verb is the event's (a verb, a light verb), or when the event noun's own
    // result verb tells what happened ("The blast killed 12 people" after "A bomber struck … on Monday").
    const narrates =
      c.kind === 'verb' || c.light || c.results.some((r) => r.kind === 'verb' && r.sentence === c.sentence);
    const tenseVerb =
      c.kind === 'verb'
        ? c.head
        : c.governor >= 0 && (c.light || c.relation !== 'object')
          ? c.governor
          : c.absorbed >= 0
            ? c.absorbed
            : -1;
    const group = tenseVerb >= 0 ? verbGroup(ix, tenseVerb) : null;
    // A past perfect ("He had shot his neighbour") happened before the narrative's reference time, not at it.
    const pluperfect = group !== null && group.perfect && !group.present;
    // Repeated occurrences ("have carried out attacks", "bombed several times") have no single date.
    // A toll over an outbreak or a season ("The epidemic killed 230 people") adds up many days' deaths.
    const spread = c.type.casualtyRole !== undefined && spreadOverPeriod(ix, c.head, c.type.category !== 'life');
    // A trend ("Robberies in the port have fallen by a third this year") tells how often, not one event.
    const trend = c.kind === 'noun' && trendSubject(ix, c.head, c.end);
    // A total over a span: a toll over a period, a trend, a count up to now from a start.
    const total =
      spread ||
      trend ||
      cumulativeSince(ix, c.head, c.kind, group !== null && group.perfect) ||
      (c.kind === 'verb' &&
        c.type.casualtyRole !== undefined &&
        group !== null &&
        group.perfect &&
        group.present &&
        conflictToll(ix, group));
    const several = total || repeatedOccurrence(ix, c.head, c.kind, tenseVerb, c.relation === 'subject');
    const crime = c.kind === 'noun' && (crimeOfLegalStep(ix, c.head) || objectOfReaction(ix, c.head));
    // A statement told with its verb ("X said …") is dated by that verb alone (see reportDate).
    const report = c.type.id === 'statement' && c.kind === 'verb' && group !== null;
    // Every date below is made in the one shape of draftDateShape: the dating rules return dates of several
    // shapes, and the reads of `date` here and in draftFor deoptimised on one first met in bench (b)'s first pass.
    let date = draftDateShape(
      report
        ? reportDate(ix, c.head, group, published)
        : chooseDate(
            ix,
            anchors,
            background,
            // Phenomenon: what is only planned, supposed, threatened or denied ("Prosecutors said they would
            // appeal", "urged him to resign", "did not attack") did not happen at the paragraph's reference
            // time, which belongs to the events told: no narrative date. A date of its own clause still counts.
            pluperfect || several || !ASSERTED.has(st.status) ? null : narrative[c.sentence]!,
            narrates,
            crime,
            several,
          ),
    );
    // Phenomenon: a word for the time of writing ("Mr. Blair's current visit", "talks now under way") is a
    // present reference with no calendar value: the event is dated to the publication day.
    if (date.value === 'PRESENT_REF' && published)
      date = { value: published, precision: 'day', source: date.source, timex: date.timex, mod: date.mod };
    // Phenomenon (session 16): a vague past or future reference ("recently launched three routes", "plans to buy
    // more jets at a later date", "will soon open") is the clause's time but no calendar date: the event gets no
    // value (an analyst's date column would otherwise hold "PAST_REF"), keeps its timex, and takes no fallback
    // from the tense or the publication date (its source stays the clause).
    if (date.value === 'PAST_REF' || date.value === 'FUTURE_REF')
      date = { value: null, precision: 'vague', source: date.source, timex: date.timex, mod: date.mod };
    // A year-less weekday or month read into the future while the event's verb (or, for a noun with no
    // verb of its own, its result verb: "a bombing … killed a guard") tells it in the past.
    if (
      (group
        ? pastTense(ix, group, tenseVerb)
        : c.results.some(
            (r) => r.kind === 'verb' && r.sentence === c.sentence && pastTense(ix, verbGroup(ix, r.head), r.head),
          )) &&
      (st.status === 'occurred' || st.status === 'reported') &&
      date.timex !== undefined &&
      afterPublication(date.value, published)
    )
      date = draftDateShape(
        pastReading(
          date,
          input.timexes.find((x) => x.id === date.timex),
          published,
        ) ?? date,
      );
    // A year-less weekday or month read into the past while the event is planned in a clause of its own not
    // told in the past ("Congress reconvenes on Tuesday", "is expected to rule on Friday"), or set for it ("set
    // sentencing for March 10"). Not a noun that is only the object of a past verb ("on Tuesday began to
    // investigate the shooting"): any infinitive reads as planned.
    const ownTimex = date.timex === undefined ? undefined : input.timexes.find((x) => x.id === date.timex);
    let intentionTime = false;
    // Session 19: a delay is dated by its telling, not by the new date it sets ("pushed the launch back to 2029",
    // "the deliveries were delayed until October"): that date is the moved thing's.
    if (c.type.id === 'delay' && (scheduledFor(ix, ownTimex) || NEW_TIME.has(timexPreposition(ix, ownTimex))))
      date = undatedDraft();
    else if (
      scheduledFor(ix, ownTimex) ||
      ((st.status === 'planned' || st.status === 'threatened') && group !== null && !pastTense(ix, group, tenseVerb))
    ) {
      // Session 22: a threat or vow ("vowed to protest again on Friday") lies ahead as a plan does; a time between
      // a past verb and its infinitive is that verb's: the promise's ("promised on Monday to hold talks", no date
      // for the talks) or the step's that does the act ("agreed on Monday to buy": Monday, not read forward).
      const governed = group !== null && group.infinitive ? timeOfGovernor(ix, group.start, ownTimex) : null;
      if (governed === 'intention') {
        date = undatedDraft();
        // Still an episode told with a time, as sure as it was when that time was read as its own.
        intentionTime = true;
      } else if (governed === null) date = draftDateShape(futureReading(date, ownTimex, published) ?? date);
    }
    // A death or injury no cause was found for ("His mother died when their boat sank" after "He was found
    // on Nov. 25") is told as background as often as as news: the paragraph's reference time, set by another
    // event, is not its date. One that follows from a cause takes the cause's date instead (folding), and
    // "died two days later" keeps its relative date.
    if (date.source === 'narrative' && !cause && c.type.casualtyRole !== undefined && c.type.category === 'life')
      date = undatedDraft();
    // A habit or trend has no date of its own; the time of writing is not one.
    if (!report && date.source === 'unknown' && !background && !crime && group && st.status !== 'generic' && !several)
      date = draftDateShape(tenseDate(group, published) ?? date);
    // A news lead reports what happened: "Gunmen killed four soldiers …, the army said." is the news of the
    // day as much as an unattributed lead is.
    if (
      !report &&
      date.source === 'unknown' &&
      !background &&
      !crime &&
      group &&
      ASSERTED.has(st.status) &&
      !several &&
      !pluperfect
    )
      date = draftDateShape(leadDate(ix, c, group, published, headline) ?? date);
    // Session 23: "struck … overnight" in a report is the night before it (see lastNight), not the day an
    // earlier sentence set nor the report's own day.
    if (
      !report &&
      UNDATED_OR_FALLBACK.has(date.source) &&
      group !== null &&
      pastTense(ix, group, tenseVerb) &&
      ASSERTED.has(st.status) &&
      !several
    )
      date = draftDateShape(lastNight(ix, c.head, published, narrative[c.sentence]!) ?? date);
    // Phenomenon (session 14): an event said not to have happened ("was passed by parliament in July without a
    // vote", "did not appeal", "No successor was named") has no date: the time of its clause is the time of what
    // did happen instead.
    if (st.status === 'negated') date = undatedDraft();
    // Phenomenon (session 19): a trend ("Robberies in the port have fallen by a third this year") is no single
    // occurrence: the span its clause names is the trend's, not an event's date.
    if (trend) date = undatedDraft();
    // Phenomenon (session 14): a death or injury folded into a cause of its own sentence ("A car bomb exploded
    // … on Saturday, killing nine people"; "a boat capsized off the coast on July 6, killing four") happened when
    // the cause did. With no date of its own clause it takes the cause's text date before a sentence-level or a
    // fallback one, so it neither takes another clause's date ("the second accident this month; a boat
    // capsized …") nor merges with a death told for another date ("since a truck bomb killed 100 in 2022").
    const causeDated = cause && cause.sentence === c.sentence && !spread ? draftOf.get(cause) : undefined;
    if (
      causeDated &&
      !OWN_CLAUSE_DATED.has(date.source) &&
      causeDated.date.value !== null &&
      TEXT_DATED.has(causeDated.date.source)
    )
      date = draftDateShape(causeDated.date);
    // Dated from another event of its own clause ("talks will begin a week after the vote"), resolved after merging.
    const anchor =
      !background && date.source !== 'clause' && date.source !== 'relative'
        ? (eventAnchor(ix, anchors) ?? (several ? null : occasionAnchor(ix, anchors)))
        : null;
    return { date, anchor, background, narrates, group, several, total, crime, intentionTime };
  };
  // The first head of each event type among the candidates, and of any act of violence: an event of a
  // candidate's kind was told before it when that head comes before its own (one pass over the candidates
  // instead of one per candidate).
  const firstOfType = new Map<string, number>();
  let firstConflict = Infinity;
  for (const o of cands) {
    if (o.head < (firstOfType.get(o.type.id) ?? Infinity)) firstOfType.set(o.type.id, o.head);
    if (o.type.category === 'conflict' && o.head < firstConflict) firstConflict = o.head;
  }
  const draftFor = (c: Candidate): void => {
    const cause = causeOf.get(c);
    // Whether an event of the candidate's kind (its type, or any act of violence for one) was told before it.
    const toldBefore =
      (firstOfType.get(c.type.id) ?? Infinity) < c.head || (c.type.category === 'conflict' && firstConflict < c.head);
    const st = candidateStatus(ix, c, toldBefore);
    if (st === 'void') return;
    const a = args.get(c)!;
    const { date, anchor, background, narrates, group, several, total, crime, intentionTime } = draftDate(c, st, cause);
    const participants = participantList(a);
    const words = eventArguments(ix, c, a, resources.lexicon);
    // Whoever claims an attack is its attacker by their own account.
    if (st.status === 'claimed' && st.reportedBy && !participants.some((p) => p.role === 'agent'))
      participants.unshift({ entity: st.reportedBy.id, role: 'agent', via: 'mention' });
    let status = st.status;
    if ((status === 'occurred' || status === 'reported') && afterPublication(date.value, published)) status = 'planned';
    // Phenomenon: a death or injury that is only supposed or threatened ("thousands could die if the dam
    // fails", "threatened to kill 20 hostages") states no toll: nobody has died. Its figure is dropped (a stated
    // zero stays). Not 'planned': any infinitive reads as planned, and many tell what happened ("went on to kill
    // 12", "only to be killed").
    const ownCount = UNREALISED.has(st.status)
      ? withoutFigures(candidateCasualties(ix, c, tolls))
      : candidateCasualties(ix, c, tolls);
    const counted = ownCount.killed !== undefined || ownCount.injured !== undefined;
    const casualties = cause ? {} : ownCount;
    const trigger =
      c.display === c.head ? tokenEvidence(ix, c.head, c.end) : tokenEvidence(ix, c.display, c.display + 1);
    const quoted = c.type.id === 'statement' && c.kind === 'verb' && bareQuote(ix, c.head);
    // A "since 2019, when …" clause tells the earlier event the main clause is measured from: its events are
    // related there, and the main clause's (even a definite "the first death") are told there.
    const sinceWhen = sinceWhenClause(ix, c.sentence);
    const related =
      (c.kind === 'noun' ? relatedEventPhrase(ix, c.head) : inSinceClause(ix, c.head)) ||
      (sinceWhen >= 0 && c.head >= sinceWhen);
    // Phenomenon (session 14): the result of an earlier event ("A previous outbreak, in 2017, killed more than
    // 1,000") is as much before the story as its cause: it never merges with the story's own deaths.
    const prior =
      (c.kind === 'noun' && priorEventNoun(ix, c.head)) ||
      (cause !== undefined && cause.kind === 'noun' && priorEventNoun(ix, cause.head));
    // "missing after a collision with a liner on Monday": an indefinite noun there is told, not named (news).
    const fresh = c.kind === 'noun' && newEventAfter(ix, c.head);
    const aside = mentionAside(ix, c, {
      group,
      narrates,
      inPassing:
        (background &&
          !fresh &&
          !(date.source === 'clause' && causeOfDying(ix, c.head) && !retold(c.type.id, date, published))) ||
        (related && !fresh) ||
        prior ||
        (c.kind === 'noun' && crimeOfLegalStep(ix, c.head)),
      bareQuote: quoted,
      date,
      ownPhraseDate: c.kind === 'noun' && ownPhraseDate(ix, c.head, date),
      published,
      headline: c.sentence === headline,
    });
    // A death or injury caused by an attack of the same sentence was dealt with the attack's weapon ("the bomb
    // went off, killing 247 people").
    const causeDraft = cause && cause.sentence === c.sentence ? draftOf.get(cause) : undefined;
    const found = instrumentOf(ix, c, resources.lexicon) ?? causeDraft?.instrument ?? null;
    // A platform named as the doer ("Turkish warplanes bombed") is the attacker, not also the weapon.
    const instrument =
      found && words.some((w) => w.role === 'agent' && w.head.start >= found.start && w.head.end <= found.end)
        ? null
        : found;
    const draft: DraftEvent = {
      type: c.type.id,
      cause: cause ? (draftOf.get(cause) ?? null) : null,
      // Set by merging; present from construction so that merged and unmerged drafts share one shape.
      into: undefined,
      subtype: c.type.subtype ?? null,
      trigger,
      mentions: [tokenEvidence(ix, c.head, c.end)],
      casualties,
      instrument,
      sentence: c.sentence,
      date: draftDateShape(date),
      participants: participants.map(({ entity, role }) => ({ entity, role })),
      arguments: words,
      place: a.place?.id ?? null,
      status,
      reportedBy: status === 'reported' || status === 'claimed' ? (st.reportedBy?.id ?? null) : null,
      evidence: [sentenceEvidence(ix, c.sentence)],
      // A habit, a trend or an event said not to have happened is not worth a row unless the sentence
      // names a good deal about it.
      confidence: Math.max(
        0,
        Math.round(
          (confidence(
            c,
            a,
            participants.length,
            TEXT_DATED.has(date.source) || anchor !== null || intentionTime,
            counted,
            // A sport result with its score is told as a fact, as one naming its sides (session 18). Session 21: a
            // rate decision's doer in words ("The bank last raised rates in July", "the Fed cut rates") is the
            // central bank its trigger needs named near it (`centralBankNear`), as a named party is. Session 22: so is
            // the bank of a rate move told by a noun ("the central bank's interest-rate hike", `rateMove`), which
            // names its doer as a possessive or not at all.
            participants.length === 0 &&
              (namesPeopleInWords(ix, a) ||
                companyInWords(ix, c, a) ||
                (c.type.id === 'sport' && scoredResult(ix, c.head)) ||
                (c.type.id === 'rate-decision' && ((a.phrases.get('agent') ?? []).length > 0 || !c.objectVerb))),
            ((OWN_CLAUSE_DATED.has(date.source) && (date.value !== null || date.precision === 'vague')) ||
              anchor !== null ||
              intentionTime) &&
              (c.type.category !== 'business' ||
                (!TOLD_WITH_A_PARTY.has(c.type.id) && productOnlyParty(ix, a, c.type.id === 'product-launch'))),
          ) -
            (status === 'generic' || status === 'negated' ? 0.2 : 0) -
            (quoted ? 0.3 : 0)) *
            100,
        ) / 100,
      ),
      // Phenomenon (session 14): repeated occurrences or a count over a span ("There have been 14 arrests since
      // the start of the year") are not a retelling of the one event told before ("Police arrested two men on
      // Sunday"): they never merge into it.
      // Session 23: nor is an act of violence told as the answer to it ("… had bombed rebel positions in response").
      distinct:
        repeated(ix, c) ||
        several ||
        (opensAnotherEvent(ix, c) && (c.kind === 'verb' || !definiteNoun(ix, c.head))) ||
        (c.kind === 'verb' && c.type.category === 'conflict' && inResponse(ix, c.head)),
      prior,
      total,
      crime,
      lemmas: [ix.tokens[c.head]!.lemma.toLowerCase()],
      definite: c.kind === 'noun' ? definiteNoun(ix, c.head) : definiteWeaponSubject(ix, c, resources.lexicon),
      paragraphs: [ix.paragraphOf[c.sentence]!],
      anaphoricAnywhere: anaphoricAnywhere(c.type),
      label: c.kind === 'noun' && labelOfTold(ix, c.head),
      selfTold: c.kind === 'verb' && anaphoricAnywhere(c.type) && speakerUnderwent(ix, c.head),
      headline: c.sentence === headline,
      lead: ix.paragraphOf[c.sentence] === ix.paragraphOf[lead] && (c.kind === 'verb' || !pluralNoun(ix, c.head)),
      genericLabel: c.kind === 'noun' && GENERIC_CALAMITY.has(ix.tokens[c.head]!.lemma.toLowerCase()),
      relatedIn: related ? [c.sentence] : [],
      ordered: c.kind === 'verb' && orderedClauseVerb(ix, c.head),
      toldIn:
        c.kind === 'verb' || !definiteNoun(ix, c.head) || (sinceWhen >= 0 && c.head < sinceWhen) ? [c.sentence] : [],
      verbal: c.kind === 'verb',
      aside,
    };
    drafts.push(draft);
    draftOf.set(c, draft);
    if (anchor) eventAnchored.set(draft, { start: ix.tokens[anchor.token]!.start, anchor });
    else if (!TEXT_DATED.has(date.source)) {
      const main = mainClauseAnchor(ix, c.head);
      if (main)
        mainAnchored.set(draft, { from: ix.tokens[main.from]!.start, to: ix.tokens[main.to - 1]!.end, anchor: main });
    }
    if (several) undatable.add(draft.trigger.start);
    if (
      (TEXT_DATED.has(date.source) && (narrates || ownPhraseDate(ix, c.head, date))) ||
      (date.source === 'narrative' && narrates)
    )
      told.add(draft.mentions[0]!.start);
  };
  for (const c of ordered) draftFor(c);
  drafts.sort((p, q) => p.trigger.start - q.trigger.start);

  const merged = mergedDrafts(drafts, undatable, told, eventAnchored, mainAnchored, resources.lexicon);
  // A statement that only carries an act output as its own row is that row's source (salience.ts).
  const output = merged.filter((d) => d.confidence >= minConfidence && d.confidence > 0);
  for (const d of carryingStatements(ix, output)) d.aside = 'comment';
  for (const d of detailStatements(ix, output)) d.aside = 'comment';
  return { events: keptRecords(input, merged, lead, resources.lexicon, minConfidence), warnings: [] };
}

/**
 * The records of the merged events kept (confidence at least `minConfidence`), with their codes, salience and
 * links to their causes. A function of its own, as `candidatesWithArguments` is.
 */
function keptRecords(
  input: EventInput,
  merged: readonly DraftEvent[],
  lead: number,
  lexicon: TriggerLexicon,
  minConfidence: number,
): EventRecord[] {
  const events: EventRecord[] = [];
  const lex = lexicon;
  const kept = new Set(merged.filter((d) => d.confidence >= minConfidence && d.confidence > 0));
  const retoldIx = retoldEvents(
    merged.map((d) => ({
      type: d.type,
      date: d.date,
      start: d.mentions[0]?.start ?? d.trigger.start,
      inLead: d.mentions.some((m) => m.sentence <= lead),
      anaphoricAnywhere: d.anaphoricAnywhere,
      distinct: d.distinct,
    })),
    input.publication.date,
  );
  const retoldSet = new Set(merged.filter((_, i) => retoldIx.has(i)));
  // The record of one kept draft, as a function of its own (see draftFor).
  const recordOf = (d: DraftEvent): void => {
    const found = d.cause ? finalDraft(d.cause) : null;
    // A result links to its cause only when the cause is itself a row: never to an event left out.
    const cause = found && found !== d && kept.has(found) ? found : null;
    // Phenomenon: a disaster or an accident kills without a killer ("An earthquake struck …, killing 120
    // people"; "The bus overturned, killing 12"): the killing verb tells a death, not a killing, so it
    // takes no CAMEO assault code and no ACLED violence type.
    if (cause && d.type === 'killing' && lex.byId.get(cause.type)?.category !== 'conflict') d.type = 'death';
    const type = lex.byId.get(d.type)!;
    const sub = d.subtype ? type.subtypes?.find((x) => x.id === d.subtype) : undefined;
    const cameo = sub && sub.cameo !== undefined ? sub.cameo : type.cameo;
    const acled = sub && sub.acled !== undefined ? sub.acled : type.acled;
    const kairos = sub && sub.kairos !== undefined ? sub.kairos : (type.kairos ?? null);
    const e: EventRecord = {
      id: eventId(input.articleId, d.type, d.trigger.start),
      type: d.type,
      trigger: d.trigger,
      mentions: d.mentions,
      date: d.date,
      participants: eventParticipants(type, d, input.entities),
      arguments: d.arguments.map((x) => copyArgument(x, argumentRole(type, x))),
      status: d.status,
      salience: cause ? 'consequence' : (d.aside ?? (retoldSet.has(d) ? 'background' : 'news')),
      evidence: d.evidence,
      confidence: d.confidence,
    };
    if (d.subtype) e.subtype = d.subtype;
    if (kairos) e.kairos = kairos;
    // ACLED codes one event per attack and counts its dead as that event's fatalities; CAMEO codes the
    // action. A death or injury that resulted from another event of the article ("Militants attacked a
    // checkpoint, killing four soldiers") is coded under its cause only, so counting rows by ACLED type or
    // CAMEO code counts the attack once. It keeps its KAIROS type (Life.Die, Life.Injure are mentions).
    if (cameo && !cause) e.cameo = cameo.code;
    if (acled && !cause) {
      e.acled = acled.eventType;
      if (acled.subEventType) e.acledSubEvent = acled.subEventType;
    }
    if (d.place) e.place = d.place;
    if (d.instrument) e.instrument = d.instrument;
    if (d.reportedBy) e.reportedBy = d.reportedBy;
    if (cause) e.cause = eventId(input.articleId, cause.type, cause.trigger.start);
    if (d.casualties.killed || d.casualties.injured) e.casualties = d.casualties;
    events.push(e);
  };
  for (const d of merged) if (kept.has(d)) recordOf(d);
  return events;
}

/**
 * Participants under the type's role names. A place entity is never the agent of an event that has no
 * doer (a death, an injury, a disaster): "Turkey" in "the Turkey earthquake" is where it happened.
 */
function eventParticipants(
  type: EventTypeDef,
  d: DraftEvent,
  entities: readonly EntityRecord[],
): EventRecord['participants'] {
  const out: EventRecord['participants'] = [];
  for (const p of d.participants) {
    if (
      placeAsParty(
        type,
        p.role,
        entities.find((e) => e.id === p.entity),
      )
    ) {
      d.place ??= p.entity;
      continue;
    }
    out.push({ entity: p.entity, role: roleName(type, p.role) });
  }
  return out;
}

/**
 * Roles in which a place entity names where the event happened, not who took part: the doer of a death or an
 * injury, the victim of any type with victims ("Troops Kill Militants in Kandar Raid": no town is killed or
 * abducted), and a plain participant of an attack ("the Kandar bombing"; session 15 keeps such a place a
 * participant while mentions merge, so that a retelling naming the town still joins a first telling naming the
 * province). Session 20: issue 14 counts "participant: Orlando" and places as victims among wrong participants;
 * in the record's participants (the join analysts count by) such a place is the event's place when it has none,
 * else left out; the argument keeps the words' role. An attack's target may be a place ("shelled Kandar") and
 * stays, and a country stays a victim or a participant.
 */
function placeAsParty(type: EventTypeDef, role: ParticipantRole, e: EntityRecord | undefined): boolean {
  if (e?.type !== 'place') return false;
  // A country may be a victim or a party: it suffers and acts through its forces ("killed Jordanian troops").
  // Session 21 (evprec): nor is a town arrested or abducted ("captured the Auckland gunman": the place names
  // where the person is from or was taken, and the record's patient would be the town).
  if (role === 'patient') return (type.roles?.patient === 'victim' || PEOPLE_TAKEN.has(type.id)) && !isCountry(e);
  return role === 'agent' ? type.category === 'life' : role === 'participant' && type.id === 'attack' && !isCountry(e);
}

/** Types whose patient is a person taken into someone's hands: an arrest, an abduction. */
const PEOPLE_TAKEN: ReadonlySet<string> = new Set(['arrest', 'abduction']);

/** Weapon platforms with a crew or a pilot: named as the subject of an attack, the doer. */
const PLATFORM_NOUNS = new Set([
  'warplane',
  'warplanes',
  'jet',
  'jets',
  'aircraft',
  'helicopter',
  'helicopters',
  'gunship',
  'gunships',
  'drone',
  'drones',
  'tank',
  'tanks',
  'warship',
  'warships',
  'gunboat',
  'gunboats',
  'planes',
]);

/** Intransitive verbs whose subject is the device that went off, not a doer. */
const DEVICE_VERBS = new Set(['explode', 'go']);
/** Transitive verbs whose object is the device set off, not what was attacked. */
const DEVICE_OBJECT_VERBS = new Set(['detonate', 'set', 'trigger', 'plant']);

/**
 * The arguments of a candidate with their words. Only a phrase naming people or a group (or a figure, or a
 * pronoun) is the doer or victim of violence: an event noun ("the explosion killed three"), a weapon ("a
 * roadside bomb killed", "by mortar fire") or a thing ("the opportunity to attack") is not. A weapon is
 * not what an attack hits either ("detonated 20 bombs": the instrument).
 */
function eventArguments(ix: ArticleIndex, c: Candidate, a: Arguments, lexicon: TriggerLexicon): EventArgument[] {
  const weapon = (k: number): boolean =>
    lexicon.instruments.has(ix.lower[k]!) || lexicon.instruments.has(ix.tokens[k]!.lemma.toLowerCase());
  const animate = (k: number): boolean => {
    const t = ix.tokens[k]!;
    return (
      t.pos === 'NUM' ||
      t.pos === 'PRON' ||
      QUANTITY_NOUNS.has(ix.lower[k]!) ||
      animateHead(ix.lower[k]!) ||
      animateHead(t.lemma.toLowerCase())
    );
  };
  const violentType = violent(c.type);
  const deviceSubject = c.kind === 'verb' && DEVICE_VERBS.has(ix.tokens[c.head]!.lemma.toLowerCase());
  // "detonating them", "set off the charges": what a detonation verb acts on is the device, not a target.
  const deviceObject = c.kind === 'verb' && DEVICE_OBJECT_VERBS.has(ix.tokens[c.head]!.lemma.toLowerCase());
  // Several of something counted: a figure other than "one" before a plural head ("two suspected robbers").
  const countedHead = (from: number, head: number): boolean => {
    if (!ix.lower[head]!.endsWith('s')) return false;
    for (let k = from; k < head; k++) if (ix.tokens[k]!.pos === 'NUM' && ix.lower[k] !== 'one') return true;
    return false;
  };
  const keep = (role: ParticipantRole, from: number, to: number, head: number, named: boolean): boolean => {
    // "no group claimed", "no one was hurt": a phrase naming nobody fills no role.
    if (ix.lower[from] === 'no' && !named) return false;
    if (!violentType) return true;
    let armed = false;
    for (let k = from; k < to; k++) if (weapon(k)) armed = true;
    // "the bombs exploded", "they went off": the subject of an intransitive explosion verb is the device,
    // and the verb takes no object ("exploded one after another").
    if ((role === 'agent' || role === 'patient') && deviceSubject) return false;
    if (role === 'patient' && deviceObject) return false;
    // "the "Velvet Hand" militant group": a name before a noun for the kind of organisation is a doer (nameBeforeKind).
    // Phenomenon: a crewed or remotely flown platform that carries weapons (warplanes, jets, helicopters,
    // drones, tanks, warships) named as the subject of an attack is how the text names the force that
    // attacked: "Turkish warplanes bombed", "Ukrainian drones attacked". It is the doer; a bomb or a shell
    // ("a roadside bomb killed") is not, nor a platform in a by-phrase ("killed by a drone": the weapon).
    if (role === 'agent' && !named && c.kind === 'verb' && head < c.head && PLATFORM_NOUNS.has(ix.lower[head]!))
      return true;
    if (role === 'agent')
      return !armed && (named ? !weapon(head) : animate(head) || GROUP_KIND_NOUNS.has(ix.lower[to - 1]!));
    // Phenomenon: a counted phrase as the victim of violence names people whatever its noun ("shot dead two
    // suspected robbers", "killed three smugglers"): a figure before the head counts the dead or hurt.
    // Session 21 (evprec): a crowd's violence hits things as an armed attack does ("rioters attacked the police
    // station", "protesters stormed the parliament building"): a riot's patient is its target, whatever it is.
    if (role === 'victim' || (role === 'patient' && c.type.id !== 'attack' && c.type.id !== 'riot'))
      return named || animate(head) || countedHead(from, head);
    // An event is not what an attack or a riot hits ("attacks on security forces and assassinations").
    if (role === 'patient') return !weapon(head) && !lexicon.nouns.has(ix.tokens[head]!.lemma.toLowerCase());
    return true;
  };
  return argumentList(ix, a, c.head, keep).map((r) => {
    const ev = tokenEvidence(ix, r.tokenStart, r.tokenEnd);
    const h = ix.tokens[r.head]!;
    const out: EventArgument = {
      role: r.role,
      start: ev.start,
      end: ev.end,
      text: ev.text,
      sentence: ev.sentence,
      head: { start: h.start, end: h.end, text: ix.text.slice(h.start, h.end) },
    };
    if (r.entity) out.entity = r.entity.id;
    if (r.lent === true) out.inherited = true;
    return out;
  });
}

/** The record's role of an argument: the type's role names; a place entity as the doer of what has none is its place. */
function argumentRole(type: EventTypeDef, a: EventArgument): EventArgument['role'] {
  if (a.role === 'place') return 'place';
  if (a.role === 'agent' && type.category === 'life' && a.entity?.startsWith('plc_')) return 'place';
  return roleName(type, a.role);
}

/** Prepositions that give the new time of a thing pushed back ("delayed until October", "moved to 2029"). */
const NEW_TIME: ReadonlySet<string> = new Set(['until', 'till', 'to', 'into', 'for']);

/** The word right before a time expression (lower case; '' when none). */
function timexPreposition(ix: ArticleIndex, x: TimexRecord | undefined): string {
  const at = x ? ix.timexTokens.get(x) : undefined;
  return at === undefined || at[0] === 0 ? '' : ix.lower[at[0] - 1]!;
}

/** A noun in its plural form ("attacks", "raids"): its lemma differs and it ends in -s. */
function pluralNoun(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  const low = t.text.toLowerCase();
  return low.endsWith('s') && low !== t.lemma.toLowerCase();
}

/** Nouns of a war or a campaign: violence that lasts months or years. */
const LASTING_CONFLICTS: ReadonlySet<string> = new Set([
  'war',
  'conflict',
  'insurgency',
  'campaign',
  'fighting',
  'violence',
  'uprising',
  'unrest',
  'offensive',
  'crackdown',
  'bombardment',
  'siege',
]);

/**
 * Session 21 (the lead). Phenomenon: a war or a campaign as the subject of a present perfect toll ("The war, which
 * erupted in April 2023, has killed tens of thousands of people", "the army's campaign has also killed
 * civilians", "The fighting has killed 300 people") counts deaths over its whole course up to now: a total, which
 * neither retells an attack of one day nor takes one in (it had merged with an attack's "killing 12" told before
 * it, and its toll was the attack's). A simple past keeps its day ("Fighting killed 12 soldiers on Tuesday").
 */
function conflictToll(ix: ArticleIndex, group: VerbGroup): boolean {
  const phrases: PhraseRef[] = [];
  findSubject(ix, group.start, (ph) => phrases.push(ph));
  return phrases.some((ph) => LASTING_CONFLICTS.has(ix.tokens[ph.head]!.lemma.toLowerCase()));
}
