/**
 * Trigger detection: verbs and nominalisations from the taxonomy's lemma lexicon, the light verbs that
 * govern event nouns ("held a meeting", "an agreement was made", "no operation has been carried out"),
 * and absorption of a result verb into the event noun that caused it ("were killed in an attack").
 */
import { lemmaOf, tokenAt, wordIn, type ArticleIndex } from './article-index.js';
import {
  animateHead,
  CONTEXT_SUPPORT_VERBS,
  LOCATION_NOUNS,
  LIGHT_NOUNS,
  LIGHT_VERBS,
  MEANINGFUL_SUPPORT_VERBS,
  QUANTITY_NOUNS,
  RESULT_LINKERS,
} from './cues.js';
import { datelineEnd, militaryHit, particleAfter, verbGroup, WINDOW } from './syntax.js';
import { NOUN_TRIGGER_CLASS, VERB_TRIGGER_CLASS, type EventTypeDef, type TriggerLexicon } from './taxonomy.js';
import { extendWordClass, POS_ADJ, POS_ADV, POS_NOUN, POS_PROPN, POS_VERB } from './word-classes.js';
import { VAGUE_WORDS } from './quantity.js';
import { arsonByPeople, conflictVerb, FALL_FORMS, fallenTo, STRIKE_FORMS, TEAR_FORMS } from './conflict-verbs.js';
import {
  figurativeTheft,
  finalAsNoun,
  adjectiveHeadNoun,
  idiomaticNoun,
  labourStrike,
  officialTrip,
  DELAY_VERBS,
  postponement,
  availableOn,
  protestMarch,
  protestGathering,
  GATHER_FORMS,
  LAW_WORDS,
  legislativeObject,
  chamberAgreed,
  sportNoun,
  sportVerb,
  SPORT_RESULT_NOUNS,
  RESULT_CHANGE_NOUNS,
  resultChange,
  SPORT_VERBS,
  sportsDebut,
  marketDebut,
  personalDebut,
  sportsPlay,
  wireSense,
  sportsRally,
  stockListing,
  TRIP_VERBS,
} from './news-senses.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../words.js';
import { aircraftReceived, floatedOnMarket, ordersBegan, productPresented } from './business-senses.js';

/** Verbs the business readings of session 23 start from (`businessVerb`): "floated", "received", "presented", "began". */
const BUSINESS_VERBS: ReadonlySet<string> = new Set(['float', 'receive', 'present', 'begin', 'start', 'open']);

const RELATIVE = new Set(['which', 'that', 'who']);

/** How a noun trigger hangs on its verb. */
export type GovernorRelation = 'object' | 'subject' | 'passive-subject';

/** A trigger found in the text, before arguments are assigned. */
export interface Candidate {
  type: EventTypeDef;
  /** Head token. */
  head: number;
  /** Exclusive end of the trigger phrase (phrasal verbs, compound nouns). */
  end: number;
  kind: 'verb' | 'noun';
  sentence: number;
  /** For nouns: the verb it is the object or subject of, within its clause. */
  governor: number;
  relation: GovernorRelation | null;
  /** For nouns: the word an `of`-phrase makes it depend on ("the cessation of …", "the end of …"). */
  nominalGovernor: string | null;
  /** The governor is a light verb whose event this noun is. */
  light: boolean;
  /** A verb candidate merged into this noun ("killed in an attack"): its head. */
  absorbed: number;
  /** Token whose span is reported as the trigger: the head, or a meaningful support verb ("signed a contract"). */
  display: number;
  /** True once suppressed (a light verb whose event is its object noun). */
  dropped: boolean;
  /** A predicative adjective ("five were injured", "left eight dead"): its subject undergoes the event. */
  predicative: boolean;
  /** A killing word read as an attempt ("tried to assassinate", "failed assassination attempt"): an attack that happened. */
  attempt?: boolean;
  /** A verb typed by its object ("cut 4,500 jobs", "cleared the merger"): an event noun of its type in that object is the same event. */
  objectVerb?: boolean;
  /** Result words folded into this event ("killed in an attack", "the blast left five dead"): their casualty counts are this event's. */
  results: Candidate[];
}

/** Nouns that read as events only in some contexts; the rest of the time they are something else. */
/** Words of a court or a body that hears appeals: an appeal "to" one of them is a legal appeal. */
const APPEAL_BODIES: ReadonlySet<string> = new Set([
  'court',
  'courts',
  'tribunal',
  'judge',
  'judges',
  'justices',
  'bench',
  'board',
  'commission',
  'panel',
  'chamber',
  'appeals',
  'circuit',
  'ombudsman',
  'authority',
  'authorities',
]);

/**
 * Session 15: "appeal" is a plea far more often than a court appeal in general news ("appealing to the
 * combatants to stop the fighting", "appealed to donors for help", "an appeal for calm"): it is the appeal of
 * a decision when it has one as object ("appealed the ruling"), goes "against" one, or goes "to" a court or a
 * body that hears appeals ("appealed to the Supreme Court"). True for a plea: "for" after it, or "to" with no
 * such body in the phrase after it.
 */
function pleaNotAppeal(ix: ArticleIndex, k: number): boolean {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  const next = ix.lower[k + 1];
  if (next === 'for') return true;
  if (next !== 'to') return false;
  for (let x = k + 2; x < s.tokenEnd && x - k <= 7; x++) {
    const t = ix.tokens[x]!;
    if (APPEAL_BODIES.has(ix.lower[x]!)) return false;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || (t.pos === 'ADP' && ix.lower[x] !== 'of')) break;
  }
  return true;
}

function excludedNoun(ix: ArticleIndex, k: number, lemma: string): boolean {
  const prev = k > 0 ? ix.lower[k - 1]! : '';
  const next = k + 1 < ix.tokens.length ? ix.lower[k + 1]! : '';
  switch (lemma) {
    case 'appeal':
      return pleaNotAppeal(ix, k);
    case 'order':
      return (
        prev === 'in' ||
        // "left on orders from Washington", "under orders", "by order of the court": a command ("three
        // ships on order" are goods).
        (prev === 'on' && ix.lower[k] === 'orders') ||
        prev === 'under' ||
        prev === 'by' ||
        next === 'to' ||
        next === 'that' ||
        prev === 'executive' ||
        prev === 'court' ||
        prev === 'world'
      );
    case 'release':
      return prev === 'press' || next === 'date';
    case 'launch':
      return next === 'pad' || next === 'vehicle';
    case 'sale':
      return (
        prev === 'for' ||
        prev === 'on' ||
        (ix.lower[k] === 'sales' && salesFigure(ix, k)) ||
        // "the sale of shares to the family", "the sale of 750,000 shares": a company selling its securities
        // raises capital (the verb "sold 3.2 million of its shares" is read the same way), no contract.
        (next === 'of' &&
          SECURITIES.has(lemmaOf(ix, afterQuantityOf(ix, k + 2, ix.sentences[ix.tokens[k]!.sentence]!.tokenEnd))))
      );
    case 'charges':
      return accountingCharge(ix, k);
    case 'visit':
      return prev === 'to';
    case 'deal':
      return prev === 'great' || prev === 'good';
    case 'vote':
      // Phenomenon: a tally is no vote held ("rejected the motion by 71 votes to 52", "passed with 300 votes in
      // favour"): the plural after a figure counts ballots of the event told by the verb ("held two votes on
      // Monday" are votes held).
      return (
        ix.lower[k] === 'votes' &&
        ix.tokens[k - 1]?.pos === 'NUM' &&
        (next === 'to' || next === 'against' || next === 'in' || next === 'for' || ix.lower[k - 2] === 'by')
      );
    case 'custody':
      // "released from custody", "remains in custody", "died in custody": the state of being held, not the
      // arrest that began it ("taken into custody" is one).
      if (prev === 'from' || prev === 'in' || prev === 'of') return true;
      // Phenomenon: custody of a child is guardianship, not detention ("asked for custody of the boy", "won
      // custody of her son", "transfer the girl to his custody"): custody that takes an "of" after it, or
      // that a person's possessive owns. The police hold people "in custody" or take them "into custody".
      return next === 'of' || PERSONAL_POSSESSIVES.has(prev);
    case 'attack':
    case 'attacks':
      // Phenomenon: a medical attack is an illness, not violence ("died of a heart attack", "an asthma attack",
      // "suffered a panic attack").
      return MEDICAL_ATTACK_WORDS.has(prev);
    case 'arrest':
      // "cardiac arrest", "respiratory arrest": the heart or the breathing stopped, not a detention.
      return MEDICAL_ATTACK_WORDS.has(prev);
    case 'demonstration':
      return showingDemonstration(ix, k);
    case 'death': {
      // "sentenced to death", "condemned to death": a penalty, not a death that happened.
      const before = k > 1 ? ix.tokens[k - 2]!.lemma.toLowerCase() : '';
      return prev === 'to' && (before === 'sentence' || before === 'condemn' || before === 'put');
    }
    default:
      return false;
  }
}

/** Feelings and stances a crowd shows: "a demonstration of support" is still a protest. */
const SHOWN_STANCES: ReadonlySet<string> = new Set([
  'support',
  'solidarity',
  'anger',
  'outrage',
  'opposition',
  'defiance',
  'protest',
  'unity',
]);

/**
 * Phenomenon: "a demonstration of" a thing is a showing, not a protest ("gave a demonstration of its new
 * software", "a demonstration of the drone to buyers", "a demonstration of force"). True when the words after
 * "of" lead, past determiners, figures and adjectives, to a noun that names no people and no stance a crowd
 * shows ("a demonstration of 5,000 farmers", "a demonstration of support" stay protests).
 */
function showingDemonstration(ix: ArticleIndex, k: number): boolean {
  if (ix.lower[k + 1] !== 'of') return false;
  const sentence = ix.tokens[k]!.sentence;
  for (let x = k + 2; x < ix.tokens.length && x - k <= 7; x++) {
    const t = ix.tokens[x]!;
    if (t.sentence !== sentence) return false;
    const low = ix.lower[x]!;
    // A name after "of" may be the group that marched ("a demonstration of Kurds", "of Solidarity"): a protest.
    if (t.pos === 'PROPN') return false;
    if (t.pos === 'NOUN') {
      const next = ix.tokens[x + 1];
      // A compound goes on to its head ("its new farming software").
      if (next && next.sentence === sentence && next.pos === 'NOUN') continue;
      return !animateHead(low) && !QUANTITY_NOUNS.has(low) && !SHOWN_STANCES.has(lemmaOf(ix, x));
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'PRON') return false;
    if (t.pos === 'NUM') return false;
  }
  return false;
}

/** Words before "attack" or "arrest" that make it an illness ("heart attack", "cardiac arrest"). */
const MEDICAL_ATTACK_WORDS = new Set([
  'heart',
  'cardiac',
  'respiratory',
  'asthma',
  'panic',
  'anxiety',
  'epileptic',
  'allergic',
  'migraine',
]);

/** Possessive pronouns of a person ("his custody"), not of an authority. */
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'my', 'your']);

/** Goods whose sales are transfers between parties ("arms sales to Taiwan"), not a company's turnover. */
const SOLD_GOODS = new Set(['arms', 'weapons', 'weapon', 'missile', 'missiles', 'jet', 'jets', 'fighter', 'asset']);

/**
 * Phenomenon: plural "sales" in business news is a company's turnover ("Sales rose 9%", "net sales of $14
 * million", "accounted for 43% of sales"), a figure, not a sale that took place. Only a transfer of named goods
 * ("arms sales to Taiwan") or sales of something to someone ("sales of fighter jets to Egypt") are events.
 */
function salesFigure(ix: ArticleIndex, k: number): boolean {
  if (k > 0 && SOLD_GOODS.has(ix.lower[k - 1]!)) return false;
  const next = ix.lower[k + 1] ?? '';
  if (next !== 'of' && next !== 'to') return true;
  let a = k + 2;
  while (a < ix.tokens.length && a - k < 6 && APPROXIMATORS.has(ix.lower[a]!)) a++;
  const after = ix.tokens[a];
  if (after === undefined || after.pos === 'NUM' || isMoney(ix.lower[a]!)) return true;
  // "sales to soon grow", "sales to rise": an infinitive, not a buyer.
  return next === 'to' && (after.pos === 'ADV' || after.pos === 'VERB' || after.pos === 'AUX');
}
/** Words that hedge a figure ("sales of about $40 million", "more than $1 billion"). */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'some',
  'over',
  'more',
  'less',
  'than',
  'approximately',
  'just',
  'under',
]);

const MONEY_WORDS = new Set([
  '$',
  '€',
  '£',
  '¥',
  'million',
  'billion',
  'dollars',
  'euros',
  'pounds',
  'yen',
  'guilders',
]);
function isMoney(low: string): boolean {
  return MONEY_WORDS.has(low) || /^(us|c|a|hk)?\$/.test(low);
}

/** Modifiers of "charges" that make them book-keeping ("extraordinary charges", "a one-time charge"). */
const ACCOUNTING_MODIFIERS = new Set([
  'extraordinary',
  'one-time',
  'special',
  'restructuring',
  'pretax',
  'pre-tax',
  'after-tax',
  'non-cash',
  'noncash',
  'accounting',
  'unusual',
  'nonrecurring',
  'non-recurring',
  'tax',
  'interest',
]);

/**
 * Phenomenon: "charges" in company accounts are costs set against earnings ("extraordinary charges of 71
 * million guilders", "charges taken in the year-earlier period"), not criminal charges: an accounting
 * modifier, or a sum of money next to the word, says so ("charges of murder" stays a charge).
 */
function accountingCharge(ix: ArticleIndex, k: number): boolean {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  if (k > s.tokenStart && ACCOUNTING_MODIFIERS.has(ix.lower[k - 1]!)) return true;
  // "charges taken in the year-earlier period": costs are taken, charges against people are brought.
  if (ix.lower[k + 1] === 'taken') return true;
  for (let j = Math.max(s.tokenStart, k - 4); j < Math.min(s.tokenEnd, k + 5); j++)
    if (isMoney(ix.lower[j]!) || ix.lower[j] === 'earnings') return true;
  return false;
}

/** Objects of "launch" that are no product: a bid, a campaign, an inquiry ("launched a hostile takeover bid"). */
const LAUNCHED_NOT_PRODUCTS = new Set([
  'bid',
  'offer',
  'campaign',
  'probe',
  'investigation',
  'inquiry',
  'review',
  'appeal',
  'effort',
  'initiative',
  'drive',
  'challenge',
  'crackdown',
  'counteroffensive',
  'career',
  'tender',
  // "the lawsuit launched by the university", "launched legal action": proceedings, no product.
  'lawsuit',
  'suit',
  'action',
  'litigation',
  'proceedings',
  // Session 18: an attack launched is the attack ("launched his strongest attack on the government").
  'attack',
  'offensive',
  'assault',
  'raid',
  'onslaught',
  // Session 19 ("senses" helper): searches, operations and movements launched ("Police launched a nationwide
  // search", "launched a rescue operation", "launched a hunger strike"): acts begun, no product.
  'search',
  'manhunt',
  'hunt',
  'operation',
  'mission',
  'rescue',
  'evacuation',
  'airlift',
  'strike',
  'boycott',
  'petition',
  'protest',
  'war',
  'rebellion',
  'revolt',
  'insurgency',
  'uprising',
  'movement',
  'party',
  'attempt',
]);

/** Offices a person is named to ("was named president", "named her chief executive", "named as coach"). */
const OFFICE_TITLES = new Set([
  'president',
  'vice',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'chief',
  'ceo',
  'cfo',
  'director',
  'minister',
  'secretary',
  'ambassador',
  'coach',
  'manager',
  'head',
  'governor',
  'commissioner',
  'editor',
  'captain',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'treasurer',
  'officer',
  'executive',
  'successor',
  'deputy',
  'premier',
  'chancellor',
  'mayor',
  'prosecutor',
  'commander',
  'dean',
  'trustee',
  'chairmanship',
  'presidency',
]);
/** What a person is named to ("named to the board", "named to the post"). */
const OFFICE_BODIES = new Set(['board', 'cabinet', 'post', 'position', 'job', 'bench', 'court', 'committee', 'panel']);

/**
 * Phenomenon: "named" is an appointment when an office follows ("was named president and chief executive",
 * "the board named her chief financial officer", "named as head coach", "named to the board"); "named after
 * her grandmother", "a man named Ivo", "named in the lawsuit" name no office.
 */
function namedToOffice(ix: ArticleIndex, k: number, end: number): boolean {
  const next = ix.lower[k + 1] ?? '';
  if (next === 'after' || next === 'for' || next === 'in') return false;
  for (let x = k + 1; x < end && x - k <= 8; x++) {
    const low = ix.lower[x]!;
    if (OFFICE_TITLES.has(low)) return true;
    if (low === 'to' && OFFICE_BODIES.has(ix.lower[x + 2] ?? '') && ix.tokens[x + 1]?.pos === 'DET') return true;
    if (low === '.' || low === ';' || low === ':' || low === 'that' || low === 'who' || low === 'which') return false;
    if (x > k + 1 && ix.tokens[x]!.pos === 'VERB') return false;
  }
  return false;
}

/** What is won in a vote ("won 61 of the 90 seats", "won the election", "won a majority"). */
const WON_IN_VOTES = new Set([
  'seat',
  'seats',
  'election',
  'elections',
  'vote',
  'votes',
  'majority',
  're-election',
  'reelection',
  'presidency',
  'mandate',
  'ballot',
  'runoff',
  'primary',
  'referendum',
  'poll',
  'polls',
  'landslide',
]);

/** Phenomenon: "win" is an election when seats, votes or the election itself are won; a match, a title, a contract are not. */
function wonElection(ix: ArticleIndex, k: number, end: number): boolean {
  for (let x = k + 1; x < end && x - k <= 7; x++) {
    const low = ix.lower[x]!;
    if (WON_IN_VOTES.has(low)) return true;
    // Phenomenon (session 15): a round is an election's when the sentence counts votes ("had won the first round
    // in April with 31 percent of the vote"); a boxer's or a match's round is not.
    if ((low === 'round' || low === 'rounds') && voteSentence(ix, k)) return true;
    if (low === '.' || low === ',' || low === ';' || ix.tokens[x]!.pos === 'VERB') return false;
  }
  return false;
}

/** True when the sentence of `k` speaks of votes or ballots. */
function voteSentence(ix: ArticleIndex, k: number): boolean {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  for (let x = s.tokenStart; x < s.tokenEnd; x++) if (VOTE_WORDS.has(ix.lower[x]!)) return true;
  return false;
}

/** Words that count votes in a sentence. */
const VOTE_WORDS: ReadonlySet<string> = new Set(['vote', 'votes', 'ballot', 'ballots', 'voters', 'turnout']);

/** What is visited without meeting anyone ("visit our website"). */
const VISITED_NOT_PLACES = new Set([
  'website',
  'site',
  'page',
  'link',
  'url',
  'web',
  'store',
  'shop',
  'museum',
  // "visit the issue", "visit the question again": a topic taken up, not a trip.
  'issue',
  'question',
  'topic',
  'subject',
  'matter',
  'problem',
  'idea',
]);

/** Words after "swore in" that make it an oath or a curse said somewhere, not an investiture ("swore in court"). */
const SWORE_IN_PLACES = new Set(['court', 'front', 'public', 'private', 'anger', 'frustration', 'disgust', 'english']);

/** Objects after which "meet" means satisfy, not gather ("meet the requirements", "met its targets"). */
const MEET_SATISFY_OBJECTS = new Set([
  'requirement',
  'need',
  'demand',
  'target',
  'deadline',
  'criterion',
  'criteria',
  'standard',
  'expectation',
  'goal',
  'obligation',
  'condition',
  'cost',
  'challenge',
  'quota',
  'threshold',
  'end',
  'fate',
  'resistance',
  'opposition',
  // "met the test", "meets the bar", "met analysts' estimates": a criterion satisfied.
  'test',
  'bar',
  'estimate',
  'forecast',
  'specification',
]);

/**
 * Phenomenon: what is introduced without being a product: a law or rule proposed ("introduced a bill",
 * "introduce a curfew"), evidence put before a court ("introduce the tapes as evidence").
 */
const INTRODUCED_NOT_PRODUCTS = new Set([
  'bill',
  'legislation',
  'law',
  'measure',
  'amendment',
  'resolution',
  'motion',
  'evidence',
  'testimony',
  'regulation',
  'rule',
  'reform',
  'curfew',
  'tax',
  'tariff',
  'quota',
  'ban',
  'policy',
  'proposal',
  'requirement',
  'restriction',
  'sanction',
]);

/** Modifiers of a system of government or regulation ("a multi-party system", "a new tax system", "a visa system"). */
const RULE_SYSTEM_MODIFIERS: ReadonlySet<string> = new Set([
  'multi-party',
  'multiparty',
  'one-party',
  'two-party',
  'party',
  'electoral',
  'voting',
  'political',
  'presidential',
  'parliamentary',
  'federal',
  'democratic',
  'tax',
  'pension',
  'welfare',
  'quota',
  'visa',
  'permit',
  'licensing',
  'rationing',
  'legal',
  'judicial',
  'exchange-rate',
  'currency',
]);

/**
 * Session 18 ("senses" helper). Phenomenon: a government introduces a system of rule or regulation ("introduced
 * a multi-party system in 1990", "will introduce a new tax system", "introduced a quota system for imports"): a
 * policy change, not a product put on the market. An operating, navigation or braking system stays a product.
 * True when the object phrase from `from` (over determiners, adjectives and nouns) reaches "system" or "regime"
 * with such a modifier before it.
 */
function systemOfRule(ix: ArticleIndex, from: number, end: number): boolean {
  let modified = false;
  for (let x = from; x < end && x - from < 6; x++) {
    const low = ix.lower[x]!;
    if (low === 'system' || low === 'systems' || low === 'regime') return modified;
    if (RULE_SYSTEM_MODIFIERS.has(low)) modified = true;
    const pos = ix.tokens[x]!.pos;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM' && pos !== 'PRON')
      return false;
  }
  return false;
}

/**
 * Phenomenon: "retreat from" a stance is a change of mind, not a withdrawal of forces ("the ministry
 * retreated from its position", "retreat from a pledge").
 */
const STANCE_NOUNS = new Set([
  'position',
  'stance',
  'view',
  'demand',
  'pledge',
  'promise',
  'plan',
  'proposal',
  'commitment',
  'policy',
  'claim',
  'offer',
  'line',
  'opinion',
  'insistence',
  'threat',
  'rhetoric',
  'support',
  'argument',
  'goal',
  'target',
]);

/**
 * Phenomenon: securities sold are a financing or a trade in shares, not goods sold under a contract ("the
 * notes will be sold through underwriters", "sold $200 million of bonds", "sold its shares").
 */
const SECURITIES = new Set([
  'issue',
  'note',
  'bond',
  'share',
  'stock',
  'debenture',
  'security',
  'securities',
  'certificate',
  'warrant',
  'paper',
  'debt',
  'stake',
  'preferred',
]);

/**
 * Phenomenon: an abstract or financial thing "hurt" or "injured" is harmed, not a person wounded ("Earnings
 * were hurt by the strong dollar", "exports were badly hurt").
 */
const ABSTRACT_HARMED = new Set([
  'earnings',
  'earning',
  'profit',
  'profits',
  'sales',
  'revenue',
  'revenues',
  'result',
  'results',
  'income',
  'margin',
  'margins',
  'share',
  'shares',
  'stock',
  'stocks',
  'price',
  'prices',
  'economy',
  'market',
  'markets',
  'business',
  'businesses',
  'industry',
  'trade',
  'export',
  'exports',
  'growth',
  'performance',
  'reputation',
  'image',
  'credibility',
  'chance',
  'chances',
  'prospect',
  'prospects',
  'relation',
  'relations',
  'morale',
  'pride',
  'feeling',
  'feelings',
  'confidence',
  'sentiment',
  'tourism',
  'demand',
  'output',
  'operation',
  'operations',
  'interest',
  'interests',
  'ratings',
  'campaign',
]);

/** The head word of the subject of a passive or predicative word at `k` ("earnings were (badly) hurt"), or -1. */
function passiveSubject(ix: ArticleIndex, k: number): number {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  let b = k - 1;
  while (b > floor && ix.tokens[b]!.pos === 'ADV') b--;
  if (!BE_FORMS.has(ix.lower[b] ?? '')) return -1;
  b--;
  // Over auxiliaries, modals and "not" ("will be sold", "have not been hurt").
  while (b >= floor && (ix.tokens[b]!.pos === 'AUX' || ix.tokens[b]!.pos === 'PART' || ix.tokens[b]!.pos === 'ADV'))
    b--;
  return b >= floor ? b : -1;
}

/**
 * The head words of the subject right before the verb at `k` (over adverbs and auxiliaries): the noun there,
 * and the noun before an `of`-phrase ending there ("Shares of the bank rallied" → bank, Shares).
 */
function subjectHeads(ix: ArticleIndex, k: number): number[] {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  let b = k - 1;
  while (b >= floor && (ix.tokens[b]!.pos === 'ADV' || ix.tokens[b]!.pos === 'AUX' || ix.tokens[b]!.pos === 'PART'))
    b--;
  if (b < floor || (ix.tokens[b]!.pos !== 'NOUN' && ix.tokens[b]!.pos !== 'PROPN')) return [];
  const heads = [b];
  for (let x = b - 1; x > floor && b - x <= 5; x--) {
    if (ix.lower[x] === 'of') {
      heads.push(x - 1);
      break;
    }
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(ix.tokens[x]!.pos)) break;
  }
  return heads;
}

/** A word for a figure, a market or a currency ("sales", "shares", "the dollar", "unemployment"). */
function figureSubject(ix: ArticleIndex, h: number): boolean {
  return wordIn(ix, h, ABSTRACT_HARMED) || FIGURE_WORDS.has(ix.lower[h]!);
}
const FIGURE_WORDS = new Set([
  'index',
  'indexes',
  'indices',
  'dollar',
  'euro',
  'yen',
  'pound',
  'rupee',
  'currency',
  'currencies',
  'bonds',
  'equities',
  'unemployment',
  'inflation',
  'population',
  'cost',
  'costs',
  'spending',
  'debt',
  'popularity',
  'traffic',
  'rates',
  'yields',
  'numbers',
]);

/**
 * True when what the verb at `k` acts on is in `words`: its passive subject ("the bill was killed"), or else
 * its object at `j` before the clause's end `end` ("killed the bill").
 */
function patientIn(ix: ArticleIndex, k: number, j: number, end: number, words: ReadonlySet<string>): boolean {
  const passive = passiveSubject(ix, k);
  if (passive >= 0) return wordIn(ix, passive, words);
  return j < end && wordIn(ix, j, words);
}

/**
 * Session 22 (evprec). Phenomenon: a passive subject described by a past participle and its phrase ("a bomb found
 * near the stadium was defused", "the device planted under the car was disarmed"): the word before the verb is
 * the participle phrase's noun (the stadium), and the subject is the noun before the participle (the bomb). Its
 * index, when only a preposition and a plain noun phrase stand between the participle and `b`; else -1.
 */
function participleHead(ix: ArticleIndex, b: number): number {
  const floor = ix.sentences[ix.tokens[b]!.sentence]!.tokenStart;
  let sawPreposition = false;
  for (let x = b - 1; x > floor && b - x <= 6; x--) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'ADP') {
      sawPreposition = true;
      continue;
    }
    if (pos === 'VERB')
      return sawPreposition && /(?:ed|en|nd|ft|id|nt)$/.test(ix.lower[x]!) && ix.tokens[x - 1]!.pos === 'NOUN'
        ? x - 1
        : -1;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') return -1;
  }
  return -1;
}

/** Where "shot to" takes someone without a shot ("shot to fame"). */
const RISEN_TO = new Set(['fame', 'prominence', 'stardom', 'power', 'number']);

/** What is filmed ("the film was shot in Morocco", "shot a documentary"). */
const FILMED = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'documentary',
  'video',
  'videos',
  'scene',
  'scenes',
  'footage',
  'episode',
  'series',
  'commercial',
  'photo',
  'photos',
  'picture',
  'pictures',
  'show',
  'album',
  'play',
  'musical',
]);

/** Those who attack with words. */
const CRITICS = new Set(['critics', 'critic', 'commentators', 'reviewers', 'pundits', 'columnists', 'detractors']);

/** Things killed or executed that are no one ("killed the bill", "executed the plan"). */
const NOT_PEOPLE_ENDED = new Set([
  'bill',
  'law',
  'legislation',
  'measure',
  'amendment',
  'motion',
  'proposal',
  'plan',
  'plans',
  'deal',
  'talks',
  'project',
  'idea',
  'program',
  'programme',
  'initiative',
  'merger',
  'order',
  'orders',
  'strategy',
  'contract',
  'trade',
  'trades',
  'transaction',
  'transactions',
  'warrant',
  'search',
  'move',
  'policy',
  'story',
  'engine',
  'lights',
  'mood',
]);

/** True when an injury word at `k` harms an abstract or financial thing, not people. */
export function abstractHarm(ix: ArticleIndex, k: number): boolean {
  const subj = passiveSubject(ix, k);
  return subj >= 0 && wordIn(ix, subj, ABSTRACT_HARMED);
}

/** What workers walk off when they strike ("walked off the job", "walked off their jobs", "walked off work"). */
const WORK_WORDS = new Set(['job', 'jobs', 'work']);

/** Objects after which "sign" enacts a law or issues a document rather than concluding an agreement. */
const SIGN_LAW_OBJECTS = new Set([
  'bill',
  'law',
  'legislation',
  'decree',
  'order',
  'petition',
  'letter',
  'budget',
  'measure',
  // Session 21 ("senses" helper): a pledge, confession or undertaking one side signs, often under pressure
  // ("forced him to sign an undertaking not to sell the books", "signed a confession"): no agreement between parties.
  'undertaking',
  'pledge',
  'confession',
]);

/** What is released without being launched as a product: information, statements, records, people held. */
const RELEASED_NOT_PRODUCTS = new Set([
  'name',
  'detail',
  'statement',
  'report',
  'video',
  'footage',
  'figure',
  'data',
  'photo',
  'photograph',
  'image',
  'picture',
  'information',
  'finding',
  'result',
  'list',
  'document',
  'transcript',
  'recording',
  'audio',
  'letter',
  'evidence',
  'identity',
  'hostage',
  'prisoner',
  'detainee',
  'captive',
  'suspect',
  'body',
  'remains',
  'funds',
  'water',
]);

/** Objects of "attack" that make it figurative ("attack the virus", "attacked the proposal"). */
const FIGURATIVE_TARGETS = new Set([
  'virus',
  'disease',
  'problem',
  'issue',
  'idea',
  'policy',
  'plan',
  'proposal',
  'decision',
  'record',
  'remark',
  'comment',
  'report',
  'bill',
  'law',
  'deal',
  'budget',
  'media',
  'press',
  'critic',
  'credibility',
  'reputation',
]);

/** What a speaker attacks with words when it heads the "on" phrase of "attack" ("an attack on the government"). */
const CRITICISED_BODIES: ReadonlySet<string> = new Set(['government', 'administration', 'cabinet', 'leadership']);

/**
 * Session 18 ("senses" helper). Phenomenon: the noun "attack" on a government or a policy is criticism ("launched
 * his strongest attack on the new government", "a fierce attack on the plan", "renewed his attacks on the
 * administration's record"): no violence. An attack on government forces, offices or buildings is violence: the
 * phrase's head is then the forces. True for an attack noun at `k` whose "on" phrase is headed (over determiners,
 * adjectives, possessives) by a government body or a figurative target (FIGURATIVE_TARGETS).
 */
function verbalAttackNoun(ix: ArticleIndex, k: number): boolean {
  const low = ix.lower[k]!;
  if ((low !== 'attack' && low !== 'attacks' && low !== 'onslaught') || ix.lower[k + 1] !== 'on') return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let head = -1;
  for (let x = k + 2; x < s.tokenEnd && x - k <= 7; x++) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN') head = x;
    else if (ix.lower[x] === "'s" || ix.lower[x] === '’s') head = -1;
    else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PRON') break;
  }
  if (head < 0 || !(CRITICISED_BODIES.has(ix.lower[head]!) || FIGURATIVE_TARGETS.has(lemmaOf(ix, head)))) return false;
  // Armed doers or harm in the sentence make it violence ("a mob launched an attack on the government, storming").
  for (let x = s.tokenStart; x < s.tokenEnd; x++) if (ARMED_OR_HARMED.has(ix.lower[x]!)) return false;
  return true;
}

/** Armed doers and harm done: a sentence with one of them tells violence. */
const ARMED_OR_HARMED: ReadonlySet<string> = new Set([
  'gunmen',
  'rebels',
  'militants',
  'guerrillas',
  'insurgents',
  'troops',
  'soldiers',
  'mob',
  'armed',
  'bomb',
  'bombs',
  'killed',
  'wounded',
  'injured',
  'dead',
  'storming',
  'stormed',
]);

/** Acts of trade and movement a country is barred from: a ban on them is a sanction ("a ban on arms sales"). */
const TRADE_ACTS: ReadonlySet<string> = new Set([
  'investment',
  'investments',
  'shipping',
  'trading',
  'shipment',
  'shipments',
  'transaction',
  'transactions',
  'lending',
  'financing',
  'funding',
  'transportation',
  'aviation',
]);

/**
 * Session 18 ("senses" helper). Phenomenon: a state's own ban on an act of its own institutions or people ("the
 * ban on extradition", "a ban on smoking in bars", "lifted its prohibition on abortion") is a law, not a sanction
 * against someone: no country, group or person is sanctioned. Bans on trade and movement ("a ban on arms sales",
 * "a ban on flights", "a ban on investment in Orvia") stay sanctions. True for a ban noun at `k` whose "on"
 * phrase is headed by a nominalised act (-tion, -sion, -ing, -ment) outside TRADE_ACTS.
 */
function domesticBan(ix: ArticleIndex, k: number): boolean {
  const low = ix.lower[k]!;
  if ((low !== 'ban' && low !== 'prohibition') || ix.lower[k + 1] !== 'on') return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let x = k + 2;
  while (x < s.tokenEnd && (ix.tokens[x]!.pos === 'DET' || ix.tokens[x]!.pos === 'ADJ')) x++;
  if (x >= s.tokenEnd) return false;
  const head = ix.lower[x]!;
  if (ix.tokens[x + 1]?.pos === 'NOUN' && ix.tokens[x + 1]!.sentence === s.i) return false; // "extradition treaties"
  return /(tion|sion|ing|ment)$/.test(head) && !TRADE_ACTS.has(head) && ix.mentionAt[x] === -1;
}

/** What is fired in an attack ("fired rockets", "fired shots"). */
const FIRED_WEAPONS = new Set([
  'rocket',
  'rockets',
  'missile',
  'missiles',
  'shell',
  'shells',
  'mortar',
  'mortars',
  'shot',
  'shots',
  'bullet',
  'bullets',
  'round',
  'rounds',
  'artillery',
  'projectile',
  'projectiles',
  'grenade',
  'grenades',
  'salvo',
  'volley',
]);

/** Words opening what a verb shows rather than a protest ("demonstrated that", "demonstrate how"). */
const SHOW_CLAUSE_OPENERS = new Set(['that', 'how', 'what', 'why', 'its', 'their', 'his', 'her', 'our', 'a', 'the']);
/** Nouns of time and occasions that follow an intransitive verb as adverbials ("several times", "all night"). */
const TIME_UNIT_NOUNS: ReadonlySet<string> = new Set([
  'time',
  'times',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'morning',
  'afternoon',
  'evening',
  'occasion',
  'occasions',
]);

/**
 * Phenomenon: a time or a count of occasions after an intransitive verb ("demonstrated last week", "demonstrated
 * all night", "demonstrated several times") is an adverbial, no object. True when a time expression starts at
 * `from`, or determiners, figures and adjectives there lead to a noun of time or occasions.
 */
function timeAdverbial(ix: ArticleIndex, from: number): boolean {
  if (ix.timexAt[from]) return true;
  const sentence = ix.tokens[from]!.sentence;
  for (let x = from; x < ix.tokens.length && x - from <= 3; x++) {
    const t = ix.tokens[x]!;
    if (t.sentence !== sentence) return false;
    if (TIME_UNIT_NOUNS.has(ix.lower[x]!)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
  }
  return false;
}

/**
 * Phenomenon: an object opened by adjectives or a quantifier ("demonstrated new applications", "demonstrated
 * several tools", "demonstrated innovative farming methods") is still an object: the verb means show. True when
 * the adjectives at `from` lead to a noun within four words, with no preposition or punctuation between; a
 * protest's own words after the verb ("demonstrated peacefully", "demonstrated outside") are no such phrase.
 */
function adjectiveLedObject(ix: ArticleIndex, from: number): boolean {
  const sentence = ix.tokens[from]!.sentence;
  for (let x = from; x < ix.tokens.length && x - from <= 4; x++) {
    const t = ix.tokens[x]!;
    if (t.sentence !== sentence) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
  }
  return false;
}
/** Proper nouns naming a time, not an object ("demonstrated Monday"). */
const TIME_NAMES = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()));
/** Heads of a subject that rules in law: courts, judges and panels. */
const COURT_NOUNS = new Set([
  'court',
  'courts',
  'judge',
  'judges',
  'justice',
  'justices',
  'tribunal',
  'magistrate',
  'panel',
  'jury',
  'arbitrator',
  'commission',
]);

/** Bodies before which evidence or a bill is introduced. */
const ASSEMBLIES = new Set([...COURT_NOUNS, 'committee', 'congress', 'parliament', 'senate', 'house', 'legislature']);

/** "introduce … before a grand jury / the committee": put before a court or an assembly. */
function beforeAssembly(ix: ArticleIndex, k: number, end: number): boolean {
  for (let x = k + 1; x < end && x - k <= 8; x++) {
    if (ix.lower[x] === '.' || ix.lower[x] === ';') return false;
    if (ix.lower[x] !== 'before') continue;
    for (let y = x + 1; y < end && y - x <= 3; y++) if (ASSEMBLIES.has(ix.lower[y]!)) return true;
  }
  return false;
}

/** Personal pronouns that name people as the object or subject of a beating. */
const PEOPLE_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'he', 'she', 'they', 'we', 'i']);
const BE_FORMS = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets', 'getting']);

/**
 * "beat" is violence when people are beaten ("Police beat protesters with batons", "beat him", "was beaten
 * to death", "two men were beaten"); a team, a record, a rival or expectations beaten ("beat Chelsea 2-1",
 * "beat the deadline") are no attack.
 */
function beatsPeople(ix: ArticleIndex, k: number): boolean {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  const people = (j: number): boolean =>
    j >= s.tokenStart && j < s.tokenEnd && (PEOPLE_PRONOUNS.has(ix.lower[j]!) || animateHead(ix.lower[j]!));
  // "beat him to death", "beaten to death": only people die.
  for (let j = k + 1; j < s.tokenEnd - 1 && j - k <= 5; j++)
    if (ix.lower[j] === 'to' && ix.lower[j + 1] === 'death') return true;
  // Passive: the subject before the auxiliary ("protesters were (badly) beaten").
  let b = k - 1;
  while (b > s.tokenStart && ix.tokens[b]!.pos === 'ADV') b--;
  if (BE_FORMS.has(ix.lower[b] ?? '')) return people(b - 1);
  // Active: the object after determiners, figures and adjectives ("beat two journalists", "beat him").
  let j = k + 1;
  while (j < s.tokenEnd && j - k <= 4 && ['DET', 'NUM', 'ADJ'].includes(ix.tokens[j]!.pos)) j++;
  return people(j);
}

/** Adverbs of how an office holder was chosen ("democratically elected leaders"): no election told. */
const ELECTED_MANNER = new Set(['democratically', 'popularly', 'directly', 'freely', 'locally', 'duly', 'fairly']);

/**
 * Phenomenon: "elected" before a noun names the office holders' standing, not an election ("Elected officials
 * warned the agency", "the country's elected government", "democratically elected leaders"): an attributive
 * participle at the start of its phrase (after the sentence start, a determiner, a possessive, a preposition or a
 * manner adverb) with a noun or adjective after it. "Voters elected a mayor", "was elected president",
 * "newly elected" (recently: a real election) stay elections.
 */
function attributiveElected(ix: ArticleIndex, k: number, floor: number): boolean {
  const next = ix.tokens[k + 1];
  if (!next || next.sentence !== ix.tokens[k]!.sentence || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return false;
  if (k === floor) return true;
  const prev = ix.tokens[k - 1]!;
  const low = ix.lower[k - 1]!;
  return (
    prev.pos === 'DET' ||
    prev.pos === 'ADP' ||
    low === "'s" ||
    low === '’s' ||
    low === 'its' ||
    low === 'their' ||
    ELECTED_MANNER.has(low)
  );
}

/** Forms of "take" before "over". */
const TAKE_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/**
 * Session 17 ("judged" helper, judged7): "take over" is an acquisition only with something taken over, an
 * object ("took over its rival", "took over Demsen") or the subject of a passive ("was taken over by a fund").
 * Without one a person takes charge of a post: "took over as commander", "took over on Monday as coach", "took
 * over from the outgoing chief", "takes over until a successor is named". No company changes hands.
 */
function tookOverPost(ix: ArticleIndex, k: number): boolean {
  if (ix.lower[k + 1] !== 'over' || !TAKE_FORMS.has(ix.lower[k]!)) return false;
  if (tookOverPlace(ix, k + 2)) return true;
  let b = k - 1;
  while (b >= 0 && ix.tokens[b]!.pos === 'ADV') b--;
  if (b >= 0 && BE_FORMS.has(ix.lower[b]!)) return false;
  const next = ix.tokens[k + 2];
  if (!next || next.sentence !== ix.tokens[k]!.sentence) return true;
  return !(
    next.pos === 'DET' ||
    next.pos === 'PROPN' ||
    next.pos === 'NOUN' ||
    next.pos === 'NUM' ||
    next.pos === 'PRON'
  );
}

/**
 * Session 18 ("senses" helper). Phenomenon: forces that "take over" a town, a capital or a base capture it ("rebels
 * took over the capital", "troops took over Kell airport", "the army took over the radio station"): a military
 * capture, which no type here stands for, not an acquisition. True when the object from `from` is a place: a place
 * name, or a phrase a place noun heads (over determiners and adjectives).
 */
function tookOverPlace(ix: ArticleIndex, from: number): boolean {
  const s = ix.sentences[ix.tokens[from - 1]!.sentence]!;
  for (let x = from; x < s.tokenEnd && x - from < 4; x++) {
    const m = ix.mentionAt[x]!;
    if (m !== -1) return ix.mentions[m]!.entity.type === 'place' && ix.mentions[m]!.tokenStart === x;
    if (LOCATION_NOUNS.has(ix.lower[x]!) || TAKEN_PLACES.has(ix.lower[x]!)) return true;
    const pos = ix.tokens[x]!.pos;
    if (pos !== 'DET' && pos !== 'ADJ') return false;
  }
  return false;
}

/** Places forces take over besides towns and regions ("the airport", "the radio station", "the barracks"). */
const TAKEN_PLACES: ReadonlySet<string> = new Set(['base', 'barracks', 'station', 'palace', 'streets', 'territory']);

/** Verbs that read as events only in some contexts ("meet the requirements", "signed the bill into law"). */
function excludedVerb(ix: ArticleIndex, k: number, lemma: string): boolean {
  if (tookOverPost(ix, k)) return true;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let j = k + 1;
  while (
    j < s.tokenEnd &&
    j - k <= 4 &&
    (ix.tokens[j]!.pos === 'DET' ||
      ix.tokens[j]!.pos === 'ADJ' ||
      ix.tokens[j]!.pos === 'NUM' ||
      ix.tokens[j]!.pos === 'PRON' ||
      // A possessive before the object is read over ("meet NATO's standards", "met the bank's targets"), a
      // plural's bare apostrophe too ("met analysts' estimates").
      ix.lower[j] === "'s" ||
      ix.lower[j] === '’s' ||
      ix.lower[j + 1] === "'s" ||
      ix.lower[j + 1] === '’s' ||
      ((ix.lower[j] === "'" || ix.lower[j] === '’') && j > k + 1 && ix.tokens[j - 1]!.pos === 'NOUN') ||
      ((ix.lower[j + 1] === "'" || ix.lower[j + 1] === '’') && ix.tokens[j]!.pos === 'NOUN'))
  )
    j++;
  const object = j < s.tokenEnd ? lemmaOf(ix, j) : '';
  switch (lemma) {
    case 'meet':
      // Any word of the object phrase ("meet new capital standards", "meet future medical disasters"), and
      // "be met with" (answered: "acts that must be met with a crackdown").
      return (
        objectPhraseHas(ix, j, s.tokenEnd, MEET_SATISFY_OBJECTS) ||
        (ix.lower[k + 1] === 'with' && BE_FORMS.has(ix.lower[k - 1] ?? ''))
      );
    case 'order':
      return commandOrder(ix, k, j, s.tokenEnd);
    case 'deliver':
      // "delivered a speech", "deliver Saddam's message", "a speech delivered on March 5": words, not goods.
      return (
        objectPhraseHas(ix, j, s.tokenEnd, DELIVERED_NOT_GOODS) ||
        DELIVERED_NOT_GOODS.has(lemmaOf(ix, k - 1)) ||
        DELIVERED_NOT_GOODS.has(ix.lower[k - 1] ?? '')
      );
    case 'agree':
      return agreedOpinion(ix, k, s.tokenEnd);
    case 'attack':
      // "attack the virus", "attacked the plan": criticism or a figure of speech, not violence. Phenomenon:
      // critics attack with words ("Critics attacked the film", "was attacked by commentators for the plan").
      return (
        FIGURATIVE_TARGETS.has(object) ||
        FIGURATIVE_TARGETS.has(ix.lower[j] ?? '') ||
        subjectHeads(ix, k).some((h) => CRITICS.has(ix.lower[h]!)) ||
        (ix.lower[k + 1] === 'by' && CRITICS.has(ix.lower[k + 2] ?? ''))
      );
    case 'kill':
    case 'execute': {
      // Phenomenon: what is killed or executed may be no one: "the senate killed the bill", "the talks were
      // killed by the demands", "executed the plan", "executed a trade". Only people are killed or executed.
      return patientIn(ix, k, j, s.tokenEnd, NOT_PEOPLE_ENDED);
    }
    case 'shoot':
    case 'shot': {
      // Phenomenon: "shoot" also films ("the film was shot in Morocco", "shot a documentary"), rises ("prices
      // shot up after the vote", "shot to fame"): no one is shot.
      if (patientIn(ix, k, j, s.tokenEnd, FILMED)) return true;
      const after = ix.tokens[k + 2];
      const objectAfterUp =
        after !== undefined &&
        after.sentence === ix.tokens[k]!.sentence &&
        (after.pos === 'DET' || after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'PRON');
      return (
        (ix.lower[k + 1] === 'up' && !objectAfterUp) ||
        (ix.lower[k + 1] === 'to' && RISEN_TO.has(ix.lower[k + 2] ?? ''))
      );
    }
    case 'explode':
      // Phenomenon: a figure or a market that "explodes" grows fast ("Sales exploded last year", "Unemployment
      // exploded during the crisis"): nothing blew up.
      return subjectHeads(ix, k).some((h) => figureSubject(ix, h));
    case 'rally':
      // Phenomenon: markets and currencies rally ("Shares of the bank rallied", "The dollar rallied"); people
      // who "rally behind" or "around" someone support them: no protest.
      return (
        ix.lower[k + 1] === 'behind' ||
        ix.lower[k + 1] === 'around' ||
        subjectHeads(ix, k).some((h) => figureSubject(ix, h))
      );
    case 'protest':
      // "protested his innocence": claimed it, no protest held.
      return object === 'innocence';
    case 'bomb':
      // "The film bombed at the box office": it failed.
      return (
        (ix.lower[k + 1] === 'at' && ix.lower[k + 3] === 'box') ||
        subjectHeads(ix, k).some((h) => FILMED.has(ix.lower[h]!))
      );
    case 'fire':
      // "fired rockets at", "fired on protesters" — not "fired the minister".
      return !(
        ix.lower[k + 1] === 'on' ||
        ix.lower[k + 1] === 'at' ||
        ix.lower[k + 1] === 'upon' ||
        FIRED_WEAPONS.has(object) ||
        FIRED_WEAPONS.has(ix.lower[j] ?? '')
      );
    case 'demonstrate': {
      // "demonstrated the new phone", "demonstrated that the plan works", "demonstrate its strength": with
      // an object, demonstrate means show. A protest takes none ("demonstrated outside the embassy",
      // "thousands demonstrated on Friday", "demonstrating against the law").
      const next = ix.tokens[k + 1];
      if (!next || next.sentence !== ix.tokens[k]!.sentence) return false;
      const low = ix.lower[k + 1]!;
      if (timeAdverbial(ix, k + 1)) return false;
      if (SHOW_CLAUSE_OPENERS.has(low)) return true;
      if (next.pos === 'PROPN') return !TIME_NAMES.has(low);
      if (next.pos === 'ADJ') return adjectiveLedObject(ix, k + 1);
      return (
        next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'NUM' || (next.pos === 'PRON' && low !== 'today')
      );
    }
    case 'beat':
      return !beatsPeople(ix, k);
    case 'rule': {
      // "The court ruled that …", "a judge ruled in favour of …": a ruling when a court, a judge or a panel
      // rules. "ruled the country", "ruled out talks", "the party that ruled for decades" are no ruling.
      if (ix.lower[k + 1] === 'out') return true;
      const start = Math.max(s.tokenStart, k - 8);
      for (let x = start; x < k; x++) if (COURT_NOUNS.has(ix.lower[x]!)) return false;
      return true;
    }
    case 'release':
      // "released the names of the victims", "released a statement", "released two hostages", "was released
      // from prison": information, a statement or a person let go is no product launch.
      return (
        RELEASED_NOT_PRODUCTS.has(object) ||
        RELEASED_NOT_PRODUCTS.has(ix.lower[j] ?? '') ||
        animateHead(ix.lower[j] ?? '') ||
        PEOPLE_PRONOUNS.has(ix.lower[k + 1] ?? '') ||
        ix.lower[k + 1] === 'from' ||
        ix.lower[k + 1] === 'on'
      );
    case 'launch':
      // "launched a hostile takeover bid", "launched an inquiry": the object is no product. Skipping
      // adjectives and nouns in front of the head ("a hostile takeover bid").
      // Prices and figures in front of the head are read over too ("launched a $10-a-share tender offer for").
      for (let x = k + 1; x < s.tokenEnd && x - k <= 8; x++) {
        if (wordIn(ix, x, LAUNCHED_NOT_PRODUCTS)) return true;
        const low = ix.lower[x]!;
        if (low === 'for' || low === 'of' || low === 'to' || low === 'on' || low === ',' || low === '.') break;
        if (ix.tokens[x]!.pos === 'VERB') break;
      }
      // Passive or participle after its object: "a takeover bid (was) launched last week".
      for (let x = k - 1; x >= s.tokenStart && k - x <= 3; x--) {
        if (LAUNCHED_NOT_PRODUCTS.has(lemmaOf(ix, x))) return true;
        if (!BE_FORMS.has(ix.lower[x]!) && ix.tokens[x]!.pos !== 'ADV') break;
      }
      return launchedInRelative(ix, k, s.tokenStart);
    case 'name':
      return !namedToOffice(ix, k, s.tokenEnd);
    case 'win':
      return !wonElection(ix, k, s.tokenEnd);
    case 'visit':
    case 'tour':
      // "visit our website", "visited the issue": no one is met, nowhere is gone to.
      return VISITED_NOT_PLACES.has(object) || VISITED_NOT_PLACES.has(ix.lower[j] ?? '');
    case 'appeal':
      return pleaNotAppeal(ix, k);
    case 'approve':
      // "voters approve of the president": liking, not an authority's approval.
      return ix.lower[k + 1] === 'of';
    case 'succeed': {
      // "will succeed Daniel Davison", "succeeded him as chairman": a person is succeeded in a post. "succeeded
      // in winning", "the plan succeeded" are success, not succession.
      const next = ix.tokens[k + 1];
      if (!next || next.sentence !== ix.tokens[k]!.sentence) return true;
      const low = ix.lower[k + 1]!;
      return !((next.pos === 'PROPN' && !TIME_NAMES.has(low)) || PEOPLE_PRONOUNS.has(low));
    }
    case 'swear':
      // "was sworn in as president" is an investiture; "swore in court", "swore in anger" are oaths and curses.
      return SWORE_IN_PLACES.has(ix.lower[k + 2] ?? '');
    case 'elect':
      // "holders have elected to convert the debt": elect + infinitive is a choice, not an election.
      return (ix.lower[k + 1] === 'to' && ix.tokens[k + 2]?.pos === 'VERB') || attributiveElected(ix, k, s.tokenStart);
    case 'charge':
      // "charged about $46 million against earnings": a sum booked as a cost, not a criminal charge. The
      // crime comes after "with" ("charged with stealing $5 million"), so the search stops there.
      for (let x = k + 1; x < s.tokenEnd && x - k <= 5; x++) {
        if (ix.lower[x] === 'with' || ix.lower[x] === 'in') return false;
        if (isMoney(ix.lower[x]!) || ix.lower[x] === 'earnings') return true;
      }
      return false;
    case 'introduce':
      // "introduced a bill", "want to introduce before a grand jury", "introduced himself": no product.
      return (
        INTRODUCED_NOT_PRODUCTS.has(object) ||
        INTRODUCED_NOT_PRODUCTS.has(ix.lower[j] ?? '') ||
        beforeAssembly(ix, k, s.tokenEnd) ||
        systemOfRule(ix, k + 1, s.tokenEnd) ||
        animateHead(ix.lower[j] ?? '') ||
        PEOPLE_PRONOUNS.has(ix.lower[k + 1] ?? '') ||
        /sel(f|ves)$/.test(ix.lower[k + 1] ?? '')
      );
    case 'retreat': {
      if (ix.lower[k + 1] !== 'from') return false;
      // The head of the "from" phrase, over determiners, possessives and modifiers (wink tags some as verbs).
      for (let x = k + 2; x < s.tokenEnd && x - k <= 7; x++) {
        if (STANCE_NOUNS.has(lemmaOf(ix, x)) || STANCE_NOUNS.has(ix.lower[x]!)) return true;
        if (ix.tokens[x]!.pos === 'ADP' || ix.tokens[x]!.pos === 'PUNCT') break;
      }
      return false;
    }
    case 'sell': {
      // The thing sold: the object, or the subject of a passive ("the issue will be sold").
      const subj = passiveSubject(ix, k);
      let sold = subj >= 0 ? subj : j;
      // Phenomenon: a quantity of securities is sold through "of" ("sold 3.2 million of its shares", "sold
      // half of its stake"): the thing sold is the head after "of", over its determiner or possessor.
      if (subj < 0) sold = afterQuantityOf(ix, sold, s.tokenEnd);
      if (sold < s.tokenEnd && (SECURITIES.has(lemmaOf(ix, sold)) || SECURITIES.has(ix.lower[sold] ?? ''))) return true;
      // Session 15: a bare quantity sold ("will sell the remaining 2.2 million", "sold 500,000") leaves out the
      // noun the text has just named: securities when the sentence or the one before speaks of them ("an
      // offering of four million shares … will sell 1.8 million of the new shares, while the unit will sell the
      // remaining 2.2 million"). An offering of shares is no contract.
      return subj < 0 && bareQuantity(ix, k, sold, s.tokenEnd) && securitiesNamedBefore(ix, k);
    }
    case 'dismiss':
      return !dismissesPerson(ix, k, j, s.tokenEnd);
    case 'pass':
    case 'adopt':
      return !legislativeObject(ix, k);
    case 'steal':
    case 'rob':
      return figurativeTheft(ix, k);
    case 'walk':
      // Session 20: "walked off the job", "walked off their jobs" is a strike; "walked off the stage", "walked off
      // the pitch", "walked off with the prize" leave a place or take a thing.
      if (ix.lower[k + 1] === 'off')
        return !WORK_WORDS.has(ix.lower[k + 3] ?? '') && !WORK_WORDS.has(ix.lower[k + 2] ?? '');
      // "walked out of the hospital": leaving a place, not a walkout ("walked out on Tuesday", "walked out over pay").
      return ix.lower[k + 2] === 'of';
    case 'sign':
      if (SIGN_LAW_OBJECTS.has(object)) return true;
      // "a letter signed by Gonzalez": the document named before the participle.
      if (ix.lower[k + 1] === 'by' && SIGN_LAW_OBJECTS.has(lemmaOf(ix, k - 1))) return true;
      for (let x = k + 1; x < s.tokenEnd && x - k <= 8; x++)
        if (ix.lower[x] === 'into' && ix.lower[x + 1] === 'law') return true;
      return false;
    default:
      return false;
  }
}

/**
 * The head of the thing named at `j` over its determiners, figures and modifiers, and through "of" after a
 * quantity ("3.2 million of its shares", "half of the stake", "750,000 shares" → shares).
 */
/**
 * The object of the verb at `k`, from `at`, is a figure with no noun after it ("the remaining 2.2 million",
 * "500,000"): determiners, modifiers and numbers up to a quantity, then punctuation, a conjunction, a
 * preposition or the sentence end.
 */
function bareQuantity(ix: ArticleIndex, k: number, at: number, end: number): boolean {
  let x = Math.max(at, k + 1);
  while (x < end && x - k <= 6 && !QUANTITY_END.has(ix.tokens[x]!.pos)) {
    const pos = ix.tokens[x]!.pos;
    if (
      pos !== 'DET' &&
      pos !== 'ADJ' &&
      pos !== 'NUM' &&
      !QUANTITY_HEADS.has(ix.lower[x]!) &&
      !/ing$/.test(ix.lower[x]!)
    )
      return false;
    x++;
  }
  const last = x - 1;
  if (last <= k || !(ix.tokens[last]!.pos === 'NUM' || QUANTITY_HEADS.has(ix.lower[last]!))) return false;
  return x >= end || QUANTITY_END.has(ix.tokens[x]!.pos);
}
const QUANTITY_END: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'ADP', 'SCONJ']);

/** A securities word in the sentence of `k` before it, or in the sentence before. */
function securitiesNamedBefore(ix: ArticleIndex, k: number): boolean {
  const si = ix.tokens[k]!.sentence;
  const from = ix.sentences[Math.max(0, si - 1)]!.tokenStart;
  for (let x = k - 1; x >= from; x--) if (wordIn(ix, x, SECURITIES)) return true;
  return false;
}

function afterQuantityOf(ix: ArticleIndex, j: number, end: number): number {
  const modifier = (x: number): boolean =>
    x < end && /^(?:DET|PRON|ADJ|NUM)$/.test(ix.tokens[x]!.pos) && ix.lower[x] !== 'of';
  let x = j;
  while (x - j < 6 && (modifier(x) || (x < end && QUANTITY_HEADS.has(ix.lower[x]!)))) x++;
  if (x < end && ix.lower[x] === 'of') {
    x++;
    while (x - j < 10 && modifier(x)) x++;
  }
  return x;
}
const QUANTITY_HEADS = new Set([
  'half',
  'all',
  'part',
  'some',
  'most',
  'much',
  'million',
  'billion',
  'thousand',
  'percent',
  '%',
  'rest',
  'portion',
  'one',
  'third',
  'quarter',
]);

/**
 * Phenomenon: "dismiss" removes a person from a post only when a person is dismissed ("dismissed the
 * defence minister", "sacked and dismissed 200 workers", "he was dismissed"); a claim, a criticism, a case or
 * a lawsuit dismissed is rejected ("dismissed the criticism", "moved to dismiss the relatives' lawsuit", "the
 * charges were dismissed"). True when the head of the object (or of the passive subject) is a name, a
 * pronoun of people or a word for people.
 */
function dismissesPerson(ix: ArticleIndex, k: number, j: number, end: number): boolean {
  const person = (x: number): boolean =>
    x >= 0 &&
    x < end &&
    (ix.tokens[x]!.pos === 'PROPN' ||
      PEOPLE_PRONOUNS.has(ix.lower[x]!) ||
      ix.lower[x] === 'himself' ||
      animateHead(ix.lower[x]!) ||
      animateHead(lemmaOf(ix, x)));
  const subj = passiveSubject(ix, k);
  if (subj >= 0) return person(subj);
  // The head of the object: the last noun, name or pronoun of the phrase, over a possessor ("the Miami
  // relatives' lawsuit" → lawsuit), before a preposition, a verb or punctuation.
  let head = -1;
  for (let x = k + 1; x < end && x - k <= 8; x++) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') head = x;
    else if (pos === 'ADP' || pos === 'VERB' || pos === 'CCONJ' || (pos === 'PUNCT' && ix.lower[x] !== "'")) break;
  }
  // No object ("was dismissed" aside, "dismissed as": a reading of a person's fate is kept).
  return head < 0 || person(head);
}

/**
 * True when a word of the object phrase starting at `j` (its modifiers and head, up to five words, before a
 * preposition, a verb or punctuation) is in `words`, as a lemma or as written.
 */
function objectPhraseHas(ix: ArticleIndex, j: number, end: number, words: ReadonlySet<string>): boolean {
  for (let x = j; x < end && x - j < 5; x++) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'ADP' || pos === 'PUNCT' || pos === 'AUX' || pos === 'CCONJ' || pos === 'PART') return false;
    // Session 18: a head the tagger reads as a verb after its modifiers ("his acceptance address") is still
    // the object's head.
    // Only the phrase's head counts: a listed word that modifies the common noun after it is no object of its
    // own ("met opposition leader Tarek Volan", "met challenge organisers": people met, not a hurdle). A time
    // word after the head ("met the deadline yesterday") does not continue the phrase.
    if (
      (words.has(lemmaOf(ix, x)) || words.has(ix.lower[x]!)) &&
      !(x + 1 < end && ix.tokens[x + 1]!.pos === 'NOUN' && ix.timexAt[x + 1] === null)
    )
      return true;
    if (pos === 'VERB' && x > j) return false;
  }
  return false;
}

/** What is delivered without being goods sold: words, verdicts, blows, tributes. */
const DELIVERED_NOT_GOODS = new Set([
  'message',
  'speech',
  'address',
  'homage',
  'tribute',
  'statement',
  'verdict',
  'ruling',
  'judgment',
  'blow',
  'ultimatum',
  'letter',
  'warning',
  'lecture',
  'sermon',
  'remark',
  'remarks',
  'eulogy',
  'news',
  'baby',
  'punch',
  'performance',
  'promise',
  'vote',
  'votes',
  'visa',
  'visas',
  'testimony',
  'report',
  'plea',
  'appeal',
  'apology',
  'keynote',
]);

/** Words after "order(ed)" that make it a command to go somewhere ("ordered home", "ordered out"). */
const ORDER_PARTICLES = new Set(['home', 'out', 'back', 'away', 'off', 'in', 'into', 'to', 'from']);

/**
 * Phenomenon: "order" is a command far more often than a purchase ("Reno ordered the relatives to surrender
 * the child", "ordered an investigation", "ordered the departure of all non-emergency staff", "was ordered
 * home"): it is a contract only when goods are ordered ("ordered 20 jets"). A command has an infinitive after
 * its object, a person or group as object, an event or process as object (a word the trigger lexicon knows,
 * or an -ion/-ment/-ure/-al noun), a direction after it, or a passive subject.
 */
function commandOrder(ix: ArticleIndex, k: number, j: number, end: number): boolean {
  if (courtBefore(ix, k)) return false;
  if (ORDER_PARTICLES.has(ix.lower[k + 1] ?? '')) return true;
  if (BE_FORMS.has(ix.lower[k - 1] ?? '')) return true;
  for (let x = k + 1; x < end && x - k <= 10; x++) {
    const low = ix.lower[x]!;
    if (low === 'to' && ix.tokens[x + 1]?.pos === 'VERB') return true;
    if (low === '.' || low === ';' || low === ',') break;
  }
  if (j >= end) return false;
  // The object's head: the last noun or name of the phrase ("20 Airbus jets" → jets).
  let head = -1;
  for (let x = j; x < end && x - j < 6; x++) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') head = x;
    else if (pos !== 'ADJ' && pos !== 'NUM' && pos !== 'DET') break;
    if (pos === 'PRON') break;
  }
  if (head < 0) return false;
  const t = ix.tokens[head]!;
  const low = ix.lower[head]!;
  if (t.pos === 'PRON' || t.pos === 'PROPN' || ix.mentionAt[head] !== -1 || animateHead(low)) return true;
  return ORDERED_ACTS.has(low) || (!ORDERED_GOODS.has(low) && /(?:ion|ions|ment|ments|ure|ures|al|als)$/.test(low));
}
/** Acts ordered without a process suffix ("ordered an inquiry", "ordered a halt", "ordered the use of force"). */
const ORDERED_ACTS = new Set([
  'use',
  'inquiry',
  'probe',
  'review',
  'halt',
  'stop',
  'curfew',
  'crackdown',
  'recount',
  'audit',
  'study',
  'search',
  'raid',
  'strike',
  'strikes',
  'shutdown',
  'release',
  'arrest',
  'arrests',
  'trial',
  'hearing',
  'retrial',
  'ceasefire',
  'attack',
  'attacks',
  'killing',
  'killings',
  'execution',
  'withdrawal',
  'pullout',
  'recall',
  'ban',
]);
/** Goods whose names end like process nouns. */
const ORDERED_GOODS = new Set(['equipment', 'ammunition', 'munition', 'munitions', 'shipment', 'shipments']);

/**
 * Phenomenon: "agree" with a clause says that people share a view ("most lawmakers seem to agree the boy
 * should go back", "both senators agree this was a horrific crime", "agrees that program trading is
 * hurting"), not that they concluded an agreement ("agreed to sell", "agreed on a ceasefire", "agreed in
 * principle", "agreed a deal").
 */
function agreedOpinion(ix: ArticleIndex, k: number, end: number): boolean {
  let x = k + 1;
  if (ix.lower[x] === 'with') {
    // "agree with the minister that …": over the "with" phrase.
    while (x < end && x - k <= 6 && ix.lower[x] !== 'that' && ix.tokens[x]!.pos !== 'PUNCT') x++;
  }
  if (ix.lower[x] === 'that') return true;
  const next = ix.tokens[x];
  if (!next || x >= end || !['DET', 'PRON', 'NOUN', 'PROPN'].includes(next.pos)) return false;
  // A clause: a finite verb or auxiliary within the next four words ("agree the boy should go back").
  for (let y = x + 1; y < end && y - x <= 4; y++) {
    const t = ix.tokens[y]!;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB') return !ix.lower[y]!.endsWith('ing') && ix.lower[y - 1] !== 'to';
    if (t.pos === 'ADP' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The forms of a noun under which the lexicon may list it (lemma, surface form, plural wink left alone
 * singularised), or null when none can start a trigger — the cheap test run on every noun.
 */
function nounForms(lex: TriggerLexicon, ix: ArticleIndex, k: number): string[] | null {
  const lem = lemmaOf(ix, k);
  const low = ix.lower[k]!;
  let forms: string[] | null = null;
  if (lex.nounKeys.has(lem)) (forms ??= []).push(lem);
  if (low !== lem && lex.nounKeys.has(low)) (forms ??= []).push(low);
  if (lem.length > 3 && lem.charCodeAt(lem.length - 1) === 115 && lem.charCodeAt(lem.length - 2) !== 115) {
    const singular = lem.slice(0, -1);
    if (lex.nounKeys.has(singular)) (forms ??= []).push(singular);
  }
  return forms;
}

function nounType(
  lex: TriggerLexicon,
  ix: ArticleIndex,
  k: number,
  forms: readonly string[],
): { type: EventTypeDef; end: number; context: boolean } | null {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  // Phenomenon: a compound noun's second word is no past-tense verb: "Drones attacked a refinery" is a subject
  // and its verb, not the compound "drone attack" (the verb is a trigger of its own).
  const pastVerb = k + 1 < s.tokenEnd && ix.tokens[k + 1]!.pos === 'VERB' && ix.lower[k + 1]!.endsWith('ed');
  if (k + 1 < s.tokenEnd && !pastVerb) {
    for (const f of forms) {
      const two =
        lex.compoundNouns.get(`${f} ${lemmaOf(ix, k + 1)}`) ?? lex.compoundNouns.get(`${f} ${ix.lower[k + 1]}`);
      if (two) return { type: two, end: k + 2, context: false };
    }
  }
  for (const f of forms) {
    if (!SPORT_RESULT_NOUNS.has(f) || !sportNoun(ix, k)) continue;
    const sport = lex.byId.get('sport');
    if (sport) return { type: sport, end: k + 1, context: false };
  }
  if (RATE_MOVE_FORMS.has(ix.lower[k]!) && rateMove(ix, k)) {
    const rate = lex.byId.get('rate-decision');
    if (rate) return { type: rate, end: k + 1, context: false };
  }
  for (const f of forms) {
    if (!RESULT_CHANGE_NOUNS.has(f) || !resultChange(ix, k)) continue;
    const result = lex.byId.get('financial-result');
    if (result) return { type: result, end: k + 1, context: false };
  }
  for (const f of forms) {
    const type = lex.nouns.get(f);
    if (type) return excludedNoun(ix, k, f) || idiomaticNoun(ix, k, f) ? null : { type, end: k + 1, context: false };
  }
  for (const f of forms) {
    if (f !== 'strike' || !labourStrike(ix, k)) continue;
    const strike = lex.subtypes.get('protest/strike');
    if (strike) return { type: strike, end: k + 1, context: false };
  }
  for (const f of forms) {
    const ctx = lex.contextNouns.get(f);
    if (!ctx) continue;
    for (let j = Math.max(s.tokenStart, k - 3); j < k; j++) {
      if (ctx.cues.has(ix.lower[j]!) || ctx.cues.has(lemmaOf(ix, j)))
        return { type: ctx.type, end: k + 1, context: false };
    }
    if (ctx.cues.has(ix.lower[k + 1] ?? '')) return { type: ctx.type, end: k + 1, context: false };
    if (ctx.type.causesCasualties && casualtySetting(lex, ix, k, s.tokenStart))
      return { type: ctx.type, end: k + 1, context: false };
    return { type: ctx.type, end: k + 1, context: true };
  }
  return null;
}

/**
 * Phenomenon: people killed or wounded "in" or "during" an ambiguous noun of violence ("five more were wounded,
 * in a battle between troops and gunmen", "killed during the operation") make it the violent event: the result
 * verb is its cue as much as "fierce" or "military" would be. Not "died", which says nothing of violence.
 */
function casualtySetting(lex: TriggerLexicon, ix: ArticleIndex, k: number, floor: number): boolean {
  let j = k - 1;
  while (j >= floor && (ix.tokens[j]!.pos === 'DET' || ix.tokens[j]!.pos === 'ADJ')) j--;
  if (j < floor || (ix.lower[j] !== 'in' && ix.lower[j] !== 'during')) return false;
  j--;
  if (j >= floor && ix.lower[j] === ',') j--;
  if (j < floor) return false;
  const type = lex.verbs.get(verbLemma(lex, ix, j)) ?? lex.adjectives.get(ix.lower[j]!);
  // Killed or wounded, not "died": a patient dies during an operation in a hospital.
  return type !== undefined && type.casualtyRole !== undefined && type.id !== 'death';
}

/** Words that open a figure after a verb ("wounding at least 30", "injuring more than 20"). */
const QUANTITY_OPENERS = new Set(['at', 'more', 'over', 'about', 'around', 'nearly', 'some', 'up', 'scores', 'dozens']);

/**
 * True when a word tagged as a verb stands where only a noun modifier can ("longer jail sentences", "the
 * shell company"): after a determiner or adjective and before a noun.
 */
function nominalSlot(ix: ArticleIndex, k: number): boolean {
  const prev = tokenAt(ix, k - 1);
  const next = tokenAt(ix, k + 1);
  if (!prev || !next || prev.sentence !== ix.tokens[k]!.sentence || next.sentence !== prev.sentence) return false;
  if ((prev.pos === 'DET' || prev.pos === 'ADJ') && next.pos === 'NOUN' && !militaryAsNoun(ix, k - 1)) return true;
  // A base form after a comparative or a preposition and before a noun modifies that noun ("longer jail
  // sentences", "for arrest warrants"): a finite verb needs a subject there, an infinitive "to".
  const base = ix.lower[k] === ix.tokens[k]!.lemma.toLowerCase();
  const comparative =
    prev.pos === 'ADV' &&
    (ix.lower[k - 1] === 'more' || ix.lower[k - 1] === 'less' || /[a-z]er$/.test(ix.lower[k - 1]!));
  return base && next.pos === 'NOUN' && (comparative || (prev.pos === 'ADP' && ix.lower[k - 1] !== 'to'));
}

/**
 * Session 22 (evprec). Phenomenon: "the military" is a noun, the armed forces, though the tagger reads it as an
 * adjective ("The military shelled rebel positions", "the Nigerian military struck camps"): the verb after it is
 * the clause's verb, not a word in a noun's slot ("the military parade route"). True for "military" right after a
 * determiner or a nationality name, when it is not itself before a noun ("the military struck" but not "the
 * military convoy").
 */
function militaryAsNoun(ix: ArticleIndex, k: number): boolean {
  if (ix.lower[k] !== 'military' || k < 1) return false;
  const before = ix.tokens[k - 1]!;
  const verb = ix.lower[k + 1]!;
  // A past form after it is the verb ("shelled", "struck", "hit"): a base form may still be a noun ("the military
  // build-up", "military strike capability").
  // Session 23 (evprec): "hit" is its own past form; `militaryHit` reads it as the verb when an object follows.
  return (
    (before.pos === 'DET' || before.pos === 'PROPN') &&
    (verb !== ix.tokens[k + 1]!.lemma.toLowerCase() || militaryHit(ix, k + 1))
  );
}

/**
 * Phenomenon: a bill or law introduced ("The government first introduced the measure in February", "a bill
 * introduced by two senators") is a step of legislation, not a product launch. Returns the legislation type
 * for such an "introduce", else null.
 */
function billIntroduced(lex: TriggerLexicon, ix: ArticleIndex, k: number, type: EventTypeDef): EventTypeDef | null {
  if (type.id !== 'product-launch' || lemmaOf(ix, k) !== 'introduce') return null;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let j = k + 1;
  while (j < s.tokenEnd && j - k <= 4 && ['DET', 'ADJ', 'NUM', 'PRON'].includes(ix.tokens[j]!.pos)) j++;
  const law = (x: number): boolean => x >= s.tokenStart && x < s.tokenEnd && LAW_WORDS.has(lemmaOf(ix, x));
  if (!law(j) && !law(j + 1) && !law(k - 1) && !(BE_FORMS.has(ix.lower[k - 1] ?? '') && law(k - 2))) return null;
  return lex.byId.get('legislation') ?? null;
}

/**
 * Session 21 ("senses" helper). Phenomenon: the thing launched heads a relative clause before the verb ("the
 * war Japan launched", "the offensive that the army launched in May", "a campaign which it launched"): a war
 * or an act begun, no product. True when, back over the clause's subject (a name, a pronoun, or a determiner
 * and noun, up to four words) and an optional "that"/"which", the word is one of `LAUNCHED_NOT_PRODUCTS`,
 * and the word right after it is no noun ("the campaign team launched" is a compound, the team the subject).
 */
function launchedInRelative(ix: ArticleIndex, k: number, floor: number): boolean {
  let r = k - 1;
  while (r >= floor && k - r <= 4 && ['PROPN', 'PRON', 'DET', 'NOUN'].includes(ix.tokens[r]!.pos)) {
    if (LAUNCHED_NOT_PRODUCTS.has(lemmaOf(ix, r))) break;
    r--;
  }
  if (r >= floor && (ix.lower[r] === 'that' || ix.lower[r] === 'which')) r--;
  if (r < floor || r >= k - 1 || !LAUNCHED_NOT_PRODUCTS.has(lemmaOf(ix, r))) return false;
  return ix.tokens[r + 1]!.pos !== 'NOUN';
}

/** People held in custody, whose release is a release from captivity ("freed hostages", "prisoners released"). */
const CUSTODY_NOUNS: ReadonlySet<string> = new Set([
  'prisoner',
  'prisoners',
  'hostage',
  'hostages',
  'captive',
  'captives',
  'inmate',
  'inmates',
  'detainee',
  'detainees',
  'abductee',
  'abductees',
]);

/** Token `j` names people: a person's name, a word for people held, or a head word for people ("soldiers"). */
function namesPeopleAt(ix: ArticleIndex, j: number): boolean {
  const m = ix.mentionAt[j]!;
  if (m !== -1) return ix.mentions[m]!.entity.type === 'person';
  const w = ix.lower[j]!;
  return CUSTODY_NOUNS.has(w) || PEOPLE_PRONOUNS.has(w) || animateHead(w);
}

/**
 * Phenomenon: people released are freed from custody, never a product launched ("the rebels released 20
 * prisoners", "two hostages were released", "the release of 300 political prisoners", "the hostages'
 * release"). True for a `release` read as a product launch whose theme names people: the noun after the
 * verb or after "release of", the subject of a passive, or a possessor before the noun. A product, a film
 * or figures released stay what they were ("released its new phone", "released figures").
 */
function peopleReleased(ix: ArticleIndex, k: number, type: EventTypeDef): boolean {
  return type.id === 'product-launch' && lemmaOf(ix, k) === 'release' && peopleTheme(ix, k);
}

/**
 * Session 20 (schema 2.9): people freed from custody or captivity are a release, CAMEO 0841 ("the rebels released
 * 20 prisoners", "was released on bail on Tuesday", "the kidnappers freed two engineers", "the release of 300
 * political prisoners"): `release` or `free` with people as its theme (`peopleTheme`) and a word of custody in its
 * sentence (a prisoner or hostage, prison, jail, custody, detention, captivity, bail, parole, captors, an
 * amnesty). Not a patient released from hospital, nor people freed from rubble or a lift (no custody), nor
 * funds freed up (no people).
 */
function freedFromCustody(ix: ArticleIndex, k: number): boolean {
  const lem = lemmaOf(ix, k);
  if (lem !== 'release' && lem !== 'free') return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  for (let x = k + 1; x < s.tokenEnd && x - k <= 4; x++) if (CARE_PLACES.has(ix.lower[x]!)) return false;
  if (!peopleTheme(ix, k)) return false;
  for (let x = s.tokenStart; x < s.tokenEnd; x++)
    if (CUSTODY_CUES.has(ix.lower[x]!) || CUSTODY_NOUNS.has(ix.lower[x]!)) return true;
  return false;
}

/** Places people are released from that hold no one in custody ("released from hospital"). */
const CARE_PLACES = new Set(['hospital', 'hospitals', 'clinic', 'care', 'quarantine']);

/** Words of custody or captivity that make people let go a release (`freedFromCustody`). */
const CUSTODY_CUES = new Set([
  'prison',
  'prisons',
  'jail',
  'jails',
  'gaol',
  'custody',
  'detention',
  'captivity',
  'bail',
  'parole',
  'captors',
  'kidnappers',
  'abductors',
  'amnesty',
  'pardon',
  // Session 22: a clause of the same sentence that put the people in custody ("who was jailed in May, has since
  // been released", "were kidnapped in May and have since been freed").
  'arrested',
  'detained',
  'jailed',
  'imprisoned',
  'kidnapped',
  'abducted',
  'captured',
]);

/** The theme of `release` at `k` names people: after it, after "release of", a passive's subject or a possessor. */
function peopleTheme(ix: ArticleIndex, k: number): boolean {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  // The theme after the trigger: "released [the] [20] [political] prisoners", "release of the hostages".
  let j = k + 1;
  if (j < s.tokenEnd && ix.lower[j] === 'of') j++;
  for (; j < s.tokenEnd && j - k <= 5; j++) {
    if (namesPeopleAt(ix, j)) return true;
    // A participle may qualify the people too (session 20: "released arrested students").
    const participle = ix.tokens[j]!.pos === 'VERB' && ix.lower[j]!.endsWith('ed');
    // Session 21: a nationality or a name may qualify them ("releases Serb police", "freed Danish hostages").
    const named = ix.tokens[j]!.pos === 'PROPN' && ix.tokens[j]!.text[0] !== ix.lower[j]![0];
    if (!THEME_MODIFIERS.has(ix.tokens[j]!.pos) && !participle && !named) break;
  }
  // The theme before it: a passive's subject ("hostages were released") or a possessor ("the hostages' release").
  let b = k - 1;
  // A modal may open the passive ("when he would be released", "they will be released").
  while (
    b >= s.tokenStart &&
    k - b <= 3 &&
    // Session 22: "since" in a perfect is an adverb of time the tagger reads as a conjunction ("has since been").
    (BE_FORMS.has(ix.lower[b]!) ||
      ix.tokens[b]!.pos === 'ADV' ||
      ix.tokens[b]!.pos === 'AUX' ||
      ix.lower[b] === 'since')
  )
    b--;
  const possessor = b >= s.tokenStart && (ix.lower[b] === "'" || ix.lower[b] === "'s");
  if (possessor) b--;
  // Session 21: an age in apposition closes the subject ("Anna Berg, 50, and Lena Holt, 25, were released").
  if (
    !possessor &&
    b > s.tokenStart + 1 &&
    ix.lower[b] === ',' &&
    ix.tokens[b - 1]!.pos === 'NUM' &&
    ix.lower[b - 2] === ','
  )
    b -= 3;
  if (!possessor && b > s.tokenStart && (ix.lower[b] === ',' || ix.lower[b] === 'and'))
    return clauseSubjectPeople(ix, b);
  return (possessor || b < k - 1) && b >= s.tokenStart && namesPeopleAt(ix, b);
}

/**
 * Session 22 ("evbiz"). Phenomenon: the people of a passive release stand before a relative clause ("Lena Marsh,
 * who was jailed in May, has since been released") or are the subject of an earlier conjunct ("The two engineers
 * were kidnapped in May and have since been freed"). `b` is the comma or "and" before the release's verb group:
 * true when the relative clause opens with ", who" after a word for people, or when a passive of the conjunct before
 * it ("were kidnapped") has people as its subject.
 */
function clauseSubjectPeople(ix: ArticleIndex, b: number): boolean {
  const floor = ix.sentences[ix.tokens[b]!.sentence]!.tokenStart;
  if (ix.lower[b] === ',') {
    for (let j = b - 1; j > floor && b - j <= 15; j--)
      if (ix.lower[j] === ',') return ix.lower[j + 1] === 'who' && namesPeopleAt(ix, j - 1);
    return false;
  }
  for (let j = b - 1; j > floor && b - j <= 10; j--) {
    if (ix.lower[j] === ',' || ix.lower[j] === ';') return false;
    if (BE_FORMS.has(ix.lower[j]!) && ix.tokens[j + 1]!.pos === 'VERB') return namesPeopleAt(ix, j - 1);
  }
  return false;
}

/** Parts of speech that may stand between a verb and the head of its object ("the", "20", "political"). */
const THEME_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'PRON']);

/** A court, judge or panel stands in the eight words before `k` ("A judge on Monday ordered …"). */
function courtBefore(ix: ArticleIndex, k: number): boolean {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  for (let x = Math.max(s.tokenStart, k - 8); x < k; x++) if (COURT_NOUNS.has(ix.lower[x]!)) return true;
  return false;
}

/** Words that name a central bank or its policy wherever they stand ("the Fed", "the ECB", "monetary policy"). */
const MONETARY_CUES = new Set(['fed', 'ecb', 'monetary']);
/** Words that make a rate a central bank's policy rate ("its benchmark interest rate", "the key rate"). */
const POLICY_RATE_WORDS = new Set(['benchmark', 'key', 'policy', 'base', 'repo', 'refinancing', 'overnight']);

/**
 * A central bank is named in the sentence of `k` or the two before it ("central bank", "Federal Reserve", "Bank of
 * Canada", "the Fed", "the ECB", "monetary"), or the object names a policy rate ("its benchmark interest rate"):
 * the bank of a later sentence ("The bank last raised rates in July") is the one named before.
 */
function centralBankNear(ix: ArticleIndex, k: number): boolean {
  const si = ix.tokens[k]!.sentence;
  for (let i = Math.max(0, si - 2); i <= si; i++) {
    const s = ix.sentences[i]!;
    for (let x = s.tokenStart; x < s.tokenEnd; x++) {
      const low = ix.lower[x]!;
      if (MONETARY_CUES.has(low)) return true;
      if (low === 'central' && ix.lower[x + 1] === 'bank') return true;
      if (low === 'reserve' && ix.lower[x - 1] === 'federal') return true;
      if (low === 'bank' && ix.lower[x + 1] === 'of' && ix.text[ix.tokens[x]!.start] === 'B') return true;
    }
  }
  const s = ix.sentences[si]!;
  for (let x = k + 1; x + 1 < s.tokenEnd && x - k <= 6; x++)
    if (POLICY_RATE_WORDS.has(ix.lower[x]!) && /^(rate|rates|interest)$/.test(ix.lower[x + 1]!)) return true;
  return false;
}

/** Nouns of a move in a rate, as `rateMove` reads them ("a rate cut", "the hike", "a rise in rates"). */
const RATE_MOVE_FORMS: ReadonlySet<string> = new Set([
  'cut',
  'cuts',
  'hike',
  'hikes',
  'rise',
  'rises',
  'increase',
  'increases',
  'reduction',
  'reductions',
  'decrease',
]);

/** Rates that are no central bank's: taxes, mortgages, exchange rates, statistics. */
const NOT_POLICY_RATES: ReadonlySet<string> = new Set([
  'tax',
  'mortgage',
  'vat',
  'exchange',
  'tariff',
  'income',
  'unemployment',
  'jobless',
  'inflation',
  'birth',
  'death',
  'crime',
  'growth',
  'savings',
  'card',
]);

/** Words of a rate move's size before "point" ("a quarter-point cut", "a 50-basis-point hike"). */
const POINT_SIZES: ReadonlySet<string> = new Set(['quarter', 'half', 'basis', 'percentage']);

/**
 * Session 22 ("evbiz"). Phenomenon: a central bank's rate decision is told by a noun as often as by a verb ("the
 * Fed's rate cut on Tuesday", "a quarter-point cut", "an interest-rate hike", "the rise in rates announced
 * Tuesday"). True for a noun of a move (cut, hike, rise, increase, reduction) after "rate" or a size in points, or
 * before "in" and rates, with a central bank named near (`centralBankNear`). Not a tax, mortgage or exchange rate
 * ("a cut in mortgage rates"), a pay rise or a tax cut (no rate), nor rates that rise on the market ("the rate
 * rises to 5 percent": a verb with its figure).
 */
function rateMove(ix: ArticleIndex, k: number): boolean {
  if (!RATE_MOVE_FORMS.has(ix.lower[k]!)) return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let named = false;
  const b = k - 1;
  if (b > s.tokenStart && ix.lower[b] === 'rate') named = !NOT_POLICY_RATES.has(ix.lower[b - 1]!);
  else if (b > s.tokenStart && (ix.lower[b] === 'point' || ix.lower[b] === 'points')) {
    for (let x = b - 1; x >= s.tokenStart && b - x <= 4; x--)
      if (POINT_SIZES.has(ix.lower[x]!) || ix.tokens[x]!.pos === 'NUM') named = true;
  }
  if (ix.lower[k + 1] === 'in') {
    for (let j = k + 2; j < s.tokenEnd && j - k <= 5; j++) {
      const low = ix.lower[j]!;
      if (NOT_POLICY_RATES.has(low)) return false;
      if (low === 'rate' || low === 'rates') {
        named = true;
        break;
      }
      if (!THEME_MODIFIERS.has(ix.tokens[j]!.pos) && ix.tokens[j]!.pos !== 'NOUN' && low !== '-') break;
    }
  }
  if (!named || unassertedNoun(ix, k, s.tokenStart)) return false;
  // A verb with its figure or an adverb after it is the market's rate moving ("the rate rises to 5 percent").
  if (ix.tokens[k]!.pos === 'VERB') {
    const next = ix.tokens[k + 1];
    if (next && (next.pos === 'NUM' || next.pos === 'ADV' || /^(to|by|from)$/.test(ix.lower[k + 1]!))) return false;
  }
  return centralBankNear(ix, k);
}

/** Words before a noun phrase that assert no event of it ("no rate cut", "any hike", "neither a rise … nor"). */
const UNASSERTING: ReadonlySet<string> = new Set(['no', 'any', 'neither', 'nor', 'without']);

/**
 * The noun phrase whose head is `k` is opened by, or follows, a word that asserts no event of it ("betting that
 * neither a rise in interest rates nor …", "ruled out any rate hike"): modifiers, a possessive and a determiner
 * are passed over to reach it.
 */
function unassertedNoun(ix: ArticleIndex, k: number, floor: number): boolean {
  let j = k - 1;
  while (j >= floor && /^(ADJ|NOUN|PROPN|NUM|PART|DET)$/.test(ix.tokens[j]!.pos) && !UNASSERTING.has(ix.lower[j]!)) j--;
  if (j >= floor && ix.lower[j] === '-') return unassertedNoun(ix, j, floor);
  return j >= floor && UNASSERTING.has(ix.lower[j]!);
}

/** A court, judge or panel is the agent after the verb at `k` ("was rejected by the appeals court"). */
function courtAgent(ix: ArticleIndex, k: number): boolean {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  for (let x = k + 1; x < s.tokenEnd && x - k <= 10; x++) {
    if (ix.lower[x] !== 'by') continue;
    for (let y = x + 1; y < s.tokenEnd && y - x <= 4; y++) if (COURT_NOUNS.has(ix.lower[y]!)) return true;
    return false;
  }
  return false;
}

/**
 * Phenomenon: what a court or judge orders is a ruling, not a purchase ("A judge on Monday ordered the men
 * held without bail", "the court ordered the company to pay damages").
 */
function courtOrder(lex: TriggerLexicon, ix: ArticleIndex, k: number, type: EventTypeDef): EventTypeDef {
  if (type.id !== 'contract' || lemmaOf(ix, k) !== 'order' || !courtBefore(ix, k)) return type;
  return lex.byId.get('ruling') ?? type;
}

/**
 * An explosion or blast the text calls accidental ("two accidental explosions", "the device detonated
 * accidentally") is an accident, not an attack.
 */
function accidental(lex: TriggerLexicon, ix: ArticleIndex, k: number, type: EventTypeDef): EventTypeDef {
  if (type.id !== 'attack') return type;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  for (let j = Math.max(s.tokenStart, k - 3); j < Math.min(s.tokenEnd, k + 3); j++) {
    if (ix.lower[j] === 'accidental' || ix.lower[j] === 'accidentally') return lex.byId.get('accident') ?? type;
  }
  return type;
}

/**
 * An attempted killing ("tried to assassinate him", "an assassination attempt", "attempted murder") killed
 * nobody: it is an attack on the person (KAIROS codes it Conflict.Attack), not a killing.
 */
function attempted(lex: TriggerLexicon, ix: ArticleIndex, k: number, type: EventTypeDef): EventTypeDef {
  if (type.id !== 'killing') return type;
  const attack = lex.byId.get('attack') ?? type;
  const next = ix.lower[k + 1] ?? '';
  const prev = k > 0 ? ix.lower[k - 1]! : '';
  if (next === 'attempt' || next === 'attempts') return attack;
  if (ATTEMPT_MODIFIERS.has(prev)) return attack;
  if (prev === 'to' && k > 1 && ATTEMPT_VERBS.has(ix.tokens[k - 2]!.lemma.toLowerCase())) return attack;
  return type;
}
const ATTEMPT_MODIFIERS = new Set(['attempted', 'failed', 'foiled', 'botched', 'thwarted']);
const ATTEMPT_VERBS = new Set(['try', 'attempt', 'seek']);

/** Types whose attempt is itself the event: an attack or a riot tried is an attack or a riot that took place. */
const ATTEMPTED_TYPES: ReadonlySet<string> = new Set(['attack', 'riot']);

/**
 * Session 22 (evprec). Phenomenon: an attack or a riot someone tried or attempted ("gunmen tried to storm the
 * police station", "insurgents attempted to overrun the base", "protesters tried to storm parliament") took place:
 * the storming was fought off, the attack was not. ACLED codes such attempts as the attack or riot itself. The
 * verb is an infinitive right after a trying verb ("tried to", "attempted to", not "sought to"); the status rule keeps a future or
 * a negation of the trying ("will try to storm", "did not try to") as it reads. Not an arrest, a release or a deal
 * tried ("police tried to arrest him": no arrest took place).
 */
function attemptedViolence(ix: ArticleIndex, k: number, type: EventTypeDef): boolean {
  if (!ATTEMPTED_TYPES.has(type.id) || k < 2 || ix.lower[k - 1] !== 'to') return false;
  const trying = ix.tokens[k - 2]!;
  // "seek to" tells an aim more than an attempt ("militants are seeking to attack the capital"): not read here.
  const lemma = trying.lemma.toLowerCase();
  return trying.sentence === ix.tokens[k]!.sentence && (lemma === 'try' || lemma === 'attempt');
}

/** Reflexive pronouns that may split a phrasal verb ("blew himself up"). */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Irregular past forms of trigger verbs that wink may leave unlemmatised or tag as nouns ("Gunmen shot five"). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'],
  ['slain', 'slay'],
  ['slew', 'slay'],
  ['blew', 'blow'],
  ['blown', 'blow'],
  ['fought', 'fight'],
  ['tried', 'try'],
  // Session 19 (the lead): wink's tagger knows no "retake", and reads its past forms as nouns.
  ['retook', 'retake'],
  ['retaken', 'retake'],
]);

/**
 * The verb lemma under which the lexicon may list the word at `k`: wink's lemma, else the stem of a
 * regular "-ed" form wink left alone or mis-lemmatised ("looted" → loot, "raped" → rape), else an
 * irregular past form.
 */
function verbLemma(lex: TriggerLexicon, ix: ArticleIndex, k: number): string {
  const lem = lemmaOf(ix, k);
  if (lex.verbKeys.has(lem)) return lem;
  const low = ix.lower[k]!;
  const irregular = IRREGULAR_PAST.get(low);
  if (irregular) return irregular;
  // The stems are tried in this order, each made only when the one before is not a verb of the lexicon.
  if (low.endsWith('ed') && low.length > 4) {
    const ed = low.slice(0, -2);
    if (lex.verbKeys.has(ed)) return ed;
    const d = low.slice(0, -1);
    if (lex.verbKeys.has(d)) return d;
    const doubled = low.slice(0, -3);
    if (lex.verbKeys.has(doubled)) return doubled;
  }
  if (low.endsWith('ing') && low.length > 5) {
    const stem = low.slice(0, -3);
    if (lex.verbKeys.has(stem)) return stem;
    const e = `${stem}e`;
    if (lex.verbKeys.has(e)) return e;
    const doubled = stem.slice(0, -1);
    if (lex.verbKeys.has(doubled)) return doubled;
  }
  return lem;
}

/** Words that close a verb's object phrase: clause punctuation and clause openers. */
const OBJECT_STOPS = new Set([
  '.',
  ';',
  ',',
  ':',
  '(',
  ')',
  '"',
  'that',
  'which',
  'who',
  'because',
  'after',
  'while',
  'but',
]);

/**
 * Phenomenon (session 16): a particle right after an object verb can make a phrasal verb of another sense, which
 * names no event by its object: "leaves behind a company" (or "left behind a firm") is a legacy, not a
 * resignation. Keyed by the verb's lemma.
 */
const PHRASAL_OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['leave', new Set(['behind'])]]);

/**
 * Phenomenon: some verbs name an event only by what they act on: "cut 4,500 jobs" is a layoff but "cut costs"
 * is not; "cleared the merger" is an approval, "cleared the area" is not; "reported a quarterly profit" is a
 * financial result, "reported a fire" is not; "won the Nobel Prize" is an award, "quashed the conviction" a
 * ruling. The taxonomy's `objectVerbs` list the words: one of them heading or inside the object (up to ten
 * words, over figures, determiners and "of"/"in" phrases: "trim 275 of its 21,000 jobs", "a sharp decline in net
 * income"; not as a modifier of a later noun, "staff costs"), or as the passive subject ("4,500 jobs will be
 * cut", "the approval was quashed"), selects the type. Returns null when none does.
 */
function objectVerbType(lex: TriggerLexicon, ix: ArticleIndex, k: number, lem: string): EventTypeDef | null {
  const senses = lex.objectVerbs.get(lem);
  if (!senses) return null;
  if (PHRASAL_OTHER_SENSE.get(lem)?.has(ix.lower[k + 1] ?? '') === true) return null;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  const subj =
    passiveSubject(ix, k) >= 0 ? passiveSubject(ix, k) : ERGATIVE_VERBS.has(lem) ? -1 : reducedPassiveHead(ix, k);
  for (const sense of senses) {
    // Session 20: an appeal, petition or challenge rejected is a ruling only when a court rejects it ("The
    // Supreme Court rejected the opposition's challenge", "was rejected by an appeals court"); a government or a
    // party that rejects an appeal for calm or a challenge to a debate decides nothing in law.
    if (sense.type.id === 'ruling' && lem === 'reject' && !courtBefore(ix, k) && !courtAgent(ix, k)) continue;
    // Session 20 (schema 2.9): a rate raised or cut is a central bank's decision only with a central bank named
    // near it or a policy rate named ("Kenya's central bank cut its benchmark interest rate", "The Fed raised
    // rates"); "raised the tax rate", "banks raised mortgage rates" decide no monetary policy.
    if (sense.type.id === 'rate-decision' && !centralBankNear(ix, k)) continue;
    const hit = (x: number): boolean => {
      if (x < s.tokenStart || x >= s.tokenEnd) return false;
      if (sense.place && !placeObjectAt(ix, k, x, subj, sense.words)) return false;
      const low = ix.lower[x]!;
      const pair = x + 1 < s.tokenEnd ? `${low} ${ix.lower[x + 1]}` : '';
      if (pair && sense.pairs.has(pair)) return ix.tokens[x + 2]?.pos !== 'NOUN';
      if (sense.place && placeNameAt(ix, x) && !placeModifiesPerson(ix, x)) return true;
      // A bare place noun right after the verb names no one place ("is retaking territory", "seized ground"):
      // a campaign, not a row with a place.
      if (sense.place && x === k + 1 && ix.tokens[x]!.pos === 'NOUN' && lemmaOf(ix, x) === ix.lower[x]) return false;
      if (!sense.words.has(low) && !sense.words.has(lemmaOf(ix, x))) return false;
      // A word modifying the next noun is not what is acted on ("staff costs", "job training"). Session 20: a time
      // word after the object is no noun it modifies ("expelled two diplomats today", "cut 800 jobs yesterday").
      return !(x + 1 < s.tokenEnd && ix.tokens[x + 1]!.pos === 'NOUN' && ix.timexAt[x + 1] === null);
    };
    if (subj >= 0 && (hit(subj) || hit(subj - 1) || hit(participleHead(ix, subj)))) return sense.type;
    // Session 19: a time expression or a currency or percent sign in the object phrase does not count against
    // its ten words ("plans to redeem on Nov. 16 its $150 million of 6.5% convertible debentures").
    let skipped = 0;
    for (let x = k + 1; x < s.tokenEnd && x - k - skipped <= 10; x++) {
      if (ix.timexAt[x] !== null || ix.tokens[x]!.pos === 'SYM') {
        skipped++;
        continue;
      }
      if (OBJECT_STOPS.has(ix.lower[x]!)) break;
      // A verb glued to a hyphen is part of a compound adjective in the object ("its long-running dispute").
      if (ix.tokens[x]!.pos === 'VERB' && x > k + 1 && !inHyphenCompound(ix, x)) break;
      if (ix.lower[x] === 'to' && ix.tokens[x + 1]?.pos === 'VERB') break;
      if (hit(x)) return sense.type;
    }
  }
  return null;
}

/**
 * Session 19 (the lead), for object senses of places (`@place`: "captured the town", "overran an army base",
 * "recaptured Kandar", "the airport was seized"). A place is taken only as the verb's own object: from the verb
 * to the word, no preposition but "of" after a place word or a share of one ("seized control of the town", "the
 * town of Kandar"), so "seized weapons in the town", "captured fighters near the base" or "captured the mood of
 * the city" take no place. A place name (an entity of type place) there
 * counts as a place word; the passive subject `subj` counts as it stands.
 */
function placeObjectAt(ix: ArticleIndex, k: number, x: number, subj: number, places: ReadonlySet<string>): boolean {
  if (x <= k) return x === subj || x === subj - 1;
  for (let y = k + 1; y < x; y++) {
    if (ix.tokens[y]!.pos !== 'ADP') continue;
    // "of" only after a place word or a share of one ("the town of Kandar", "control of", "most of the city"):
    // "captured the mood of the city" takes no city.
    if (ix.lower[y] !== 'of') return false;
    const before = ix.lower[y - 1]!;
    if (!places.has(before) && !places.has(lemmaOf(ix, y - 1)) && !SHARES_OF_PLACE.has(before)) return false;
  }
  return true;
}

/** Words before "of" that take a share of the place after it ("seized control of", "captured parts of"). */
const SHARES_OF_PLACE: ReadonlySet<string> = new Set([
  'control',
  'part',
  'parts',
  'most',
  'much',
  'half',
  'rest',
  'all',
]);

/**
 * Session 21 (evprec). Phenomenon: a place name before a noun for a person ("captured the Auckland gunman",
 * "seized the Kandar police chief") says where the person is from or works, and what is taken is the person
 * (an arrest or a capture of a person, never territory). True when the noun right after the place mention that
 * starts at `x` names a person.
 */
function placeModifiesPerson(ix: ArticleIndex, x: number): boolean {
  const end = ix.mentions[ix.mentionAt[x]!]!.tokenEnd;
  const next = ix.tokens[end];
  return (
    next !== undefined && next.sentence === ix.tokens[x]!.sentence && next.pos === 'NOUN' && animateHead(ix.lower[end]!)
  );
}

/** A place name starts or stands at `x` (an entity mention of type place). */
function placeNameAt(ix: ArticleIndex, x: number): boolean {
  const m = ix.mentionAt[x]!;
  return m !== -1 && ix.mentions[m]!.entity.type === 'place';
}

/**
 * Session 19 (the lead). Phenomenon: a verb that is also intransitive with the undergoer as subject (an ergative
 * verb: "the crowd dispersed without incident", "the rally broke up at dusk") after its noun is that noun's own
 * act, not a reduced passive ("the crowd (that was) dispersed"): only a true passive ("were dispersed by police")
 * makes its subject the object acted on.
 */
const ERGATIVE_VERBS: ReadonlySet<string> = new Set(['disperse', 'break']);

/**
 * Phenomenon (session 15): a participle right after its noun, with no object of its own, is a passive that
 * describes the noun ("a study published on Wednesday", "a case brought by campaigners in 2023", "the findings,
 * published in May"): the noun is what is acted on, as the subject of "was published" would be. An active verb
 * after its subject takes an object ("researchers published a study"), so the participle must be followed by a
 * preposition, a time word or the clause's end. Returns the noun's index, or -1.
 */
function reducedPassiveHead(ix: ArticleIndex, k: number): number {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  if (!/ed$|en$|wn$|ught$/.test(ix.lower[k]!) || k - 1 < floor) return -1;
  let n = k - 1;
  if (ix.lower[n] === ',' && n - 1 >= floor) n--;
  if (ix.tokens[n]!.pos !== 'NOUN') return -1;
  const next = ix.tokens[k + 1];
  if (!next || next.sentence !== ix.tokens[k]!.sentence) return n;
  return next.pos === 'ADP' || next.pos === 'PUNCT' || timexStartsAt(ix, k + 1) ? n : -1;
}

/** True when a time expression starts at token `x`. */
function timexStartsAt(ix: ArticleIndex, x: number): boolean {
  for (const t of ix.timexBySentence[ix.tokens[x]!.sentence] ?? []) if (ix.timexTokens.get(t)![0] === x) return true;
  return false;
}

/** Verbs with which a party asks a court for a decision ("moved to dismiss", "asked the court to quash"). */
const ASKING_VERBS = new Set(['move', 'ask', 'seek', 'petition', 'urge', 'want', 'request', 'apply', 'motion']);

/**
 * Phenomenon: a party asking for a ruling is no ruling ("lawyers moved to dismiss the lawsuit", "asked the court
 * to quash the order", "a motion to dismiss"): the court has not decided. True when "to" before the verb at `k`
 * follows an asking verb or noun within four words.
 */
function rulingAskedFor(ix: ArticleIndex, k: number): boolean {
  if (ix.lower[k - 1] !== 'to') return false;
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  for (let x = k - 2; x >= floor && k - x <= 6; x--) if (ASKING_VERBS.has(lemmaOf(ix, x))) return true;
  return false;
}

/**
 * Phenomenon: a court or jury "finds" someone guilty or not guilty: the verdict ("was found guilty of bribery",
 * "the jury found the two men guilty", "found him not guilty"; "found innocent"). "find" alone is no event
 * ("found the bodies", "found that the law was void"); "guilty" must close the object within six words of
 * the verb, with no verb or clause mark between. Returns the subtype key and the trigger's end, or null.
 */
function verdictOf(ix: ArticleIndex, k: number): { key: 'ruling/conviction' | 'ruling/acquittal'; end: number } | null {
  const low = ix.lower[k]!;
  if (low !== 'found' && low !== 'finds' && low !== 'find' && low !== 'finding') return null;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  for (let x = k + 1; x < s.tokenEnd && x - k <= 6; x++) {
    const w = ix.lower[x]!;
    if (w === 'guilty' || w === 'innocent') {
      const key = w === 'innocent' || ix.lower[x - 1] === 'not' ? 'ruling/acquittal' : 'ruling/conviction';
      // The passive's words stand together ("was found guilty", "found not guilty"): the trigger spans them.
      return { key, end: x === k + 1 || (x === k + 2 && ix.lower[k + 1] === 'not') ? x + 1 : k + 1 };
    }
    const pos = ix.tokens[x]!.pos;
    if (pos === 'VERB' || pos === 'SCONJ' || pos === 'PUNCT' || w === 'that') return null;
  }
  return null;
}

/**
 * Phenomenon (session 15): a defendant "pleads guilty" (or "pleaded guilty to fraud"): a conviction on their own
 * plea; "pleaded not guilty" or "innocent" is a plea entered at a hearing: a trial step. "plead" alone is no
 * event ("pleaded for calm", "pleaded with the crowd"). Returns the type's key and the trigger's end, or null.
 */
function pleaOf(ix: ArticleIndex, k: number): { key: 'ruling/conviction' | 'trial'; end: number } | null {
  const low = ix.lower[k]!;
  if (low !== 'pleaded' && low !== 'pleads' && low !== 'plead' && low !== 'pled' && low !== 'pleading') return null;
  const next = ix.lower[k + 1];
  if (next === 'guilty') return { key: 'ruling/conviction', end: k + 2 };
  if ((next === 'not' && ix.lower[k + 2] === 'guilty') || next === 'innocent') return { key: 'trial', end: k + 1 };
  return null;
}

function verbType(
  lex: TriggerLexicon,
  ix: ArticleIndex,
  k: number,
): { type: EventTypeDef; end: number; object?: boolean } | null {
  const idiom = verbIdiom(lex, ix, k);
  if (idiom) return idiom;
  // Session 22: "the Fed's rate cut on Tuesday" (the tagger reads "cut" as a verb after "rate").
  if (RATE_MOVE_FORMS.has(ix.lower[k]!) && rateMove(ix, k)) {
    const rate = lex.byId.get('rate-decision');
    if (rate) return { type: rate, end: k + 1 };
  }
  if (SPORT_VERBS.has(lemmaOf(ix, k)) && sportVerb(ix, k)) {
    const sport = lex.byId.get('sport');
    if (sport) return { type: sport, end: k + 1 };
  }
  const verdict = verdictOf(ix, k);
  if (verdict) {
    const sub = lex.subtypes.get(verdict.key);
    if (sub) return { type: sub, end: verdict.end };
  }
  const plea = pleaOf(ix, k);
  if (plea) {
    const type = plea.key === 'trial' ? lex.byId.get('trial') : lex.subtypes.get(plea.key);
    if (type) return { type, end: plea.end };
  }
  if (officialTrip(ix, k)) {
    const visit = lex.subtypes.get('meeting/visit');
    if (visit) return { type: visit, end: k + 1 };
  }
  if (protestMarch(ix, k) || protestGathering(ix, k)) {
    const protest = lex.byId.get('protest');
    if (protest) return { type: protest, end: k + 1 };
  }
  // An attacker or a weapon that strikes, hits or tears through something (conflict-verbs.ts).
  const conflict = conflictVerb(ix, k);
  if (conflict) {
    const type = lex.subtypes.get(conflict) ?? lex.byId.get(conflict);
    if (type) return { type, end: k + 1 };
  }
  // A place that falls to the forces that take it (conflict-verbs.ts): the capture verbs' place words name it.
  if (FALL_FORMS.has(ix.lower[k]!)) {
    const taken = lex.objectVerbs.get('capture')?.find((o) => o.type.subtype === 'territory-taken');
    if (taken && fallenTo(ix, k, taken.words)) return { type: taken.type, end: k + 1 };
  }
  if (lemmaOf(ix, k) === 'list' && stockListing(ix, k)) {
    const listing = lex.byId.get('listing');
    if (listing) return { type: listing, end: k + 1 };
  }
  if (DELAY_VERBS.has(lemmaOf(ix, k))) {
    // Schema 2.8: the things a company pushes back are the delay type's objectVerbs words.
    const sense = lex.objectVerbs.get(lemmaOf(ix, k))?.find((o) => o.type.id === 'delay');
    const end = sense ? postponement(ix, k, passiveSubject(ix, k), sense.words) : -1;
    // These verbs name no other event: what the rule turns down ("pushed development of new drugs", promoted it;
    // "the delayed launch", a delay told elsewhere) is no event.
    return end > 0 ? { type: sense!.type, end, object: true } : null;
  }
  // Session 23 (business-senses.ts): a company floated on a stock market is listed there; aircraft an airline receives
  // are delivered; a product a company presents, or whose pre-orders begin, is launched. These verbs name no event of
  // their own otherwise.
  const business = businessVerb(lex, ix, k);
  if (business) return { type: business, end: k + 1, object: true };
  const lem = verbLemma(lex, ix, k);
  if (!lex.verbKeys.has(lem)) return null;
  const next = k + 1;
  if (next < ix.tokens.length && ix.tokens[next]!.sentence === ix.tokens[k]!.sentence) {
    // Phrasal verbs of the lexicon, particle or preposition ("lay off", "call for").
    const phrasal = lex.phrasalVerbs.get(`${lem} ${ix.lower[next]}`);
    if (phrasal) return { type: phrasal, end: next + 1 };
    // A reflexive between verb and particle: "blew himself up".
    if (REFLEXIVES.has(ix.lower[next]!) && ix.tokens[next + 1]?.sentence === ix.tokens[k]!.sentence) {
      const split = lex.phrasalVerbs.get(`${lem} ${ix.lower[next + 1]}`);
      if (split) return { type: split, end: k + 1 };
    }
  }
  const byObject = objectVerbType(lex, ix, k, lem);
  if (byObject) return { type: byObject, end: k + 1, object: true };
  if (lem === 'overturn') {
    const sense = overturnSense(ix, k);
    if (sense === 'none') return null;
    const accident = sense === 'accident' ? lex.byId.get('accident') : undefined;
    if (accident) return { type: accident, end: k + 1 };
  }
  const type = lex.verbs.get(lem);
  return type ? { type, end: k + 1 } : null;
}

/** The business readings of session 23 (`business-senses.ts`) of the verb at `k`, or null. */
function businessVerb(lex: TriggerLexicon, ix: ArticleIndex, k: number): EventTypeDef | null {
  const lem = lemmaOf(ix, k);
  if (!BUSINESS_VERBS.has(lem)) return null;
  if (floatedOnMarket(ix, k)) return lex.byId.get('listing') ?? null;
  if (aircraftReceived(ix, k)) return lex.byId.get('contract') ?? null;
  if (productPresented(ix, k, subjectHeads(ix, k)[0] ?? -1) || ordersBegan(ix, k))
    return lex.byId.get('product-launch') ?? null;
  return null;
}

/**
 * Phenomenon: "overturn" is a ruling when a court overturns something (an object follows: "overturned the
 * conviction", "overturned it") or something is overturned (the passive: "the ban was overturned"); active and
 * with no object it is a vehicle or a boat turning over ("A minibus overturned on a mountain road", "the lorry
 * overturned, spilling diesel", "the boat overturned and sank"): an accident.
 *
 */
const VEHICLES = new Set([
  'bus',
  'minibus',
  'coach',
  'truck',
  'lorry',
  'tanker',
  'trailer',
  'car',
  'van',
  'jeep',
  'taxi',
  'vehicle',
  'tractor',
  'train',
  'carriage',
  'wagon',
  'boat',
  'ferry',
  'ship',
  'vessel',
  'canoe',
  'raft',
  'dinghy',
  'trawler',
]);

function overturnSense(ix: ArticleIndex, k: number): 'ruling' | 'accident' | 'none' {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let b = k - 1;
  while (b >= s.tokenStart && ix.tokens[b]!.pos === 'ADV') b--;
  // The passive is a ruling ("the ban was overturned") unless what was overturned is a vehicle or a boat ("the
  // van was overturned by a gust of wind", "the truck was overturned" in a crash): then it is what happened to
  // it in an accident the article tells with its own words (the collision, the storm), not an event of its own.
  if (b >= s.tokenStart && BE_FORMS.has(ix.lower[b]!))
    return b > s.tokenStart && VEHICLES.has(lemmaOf(ix, b - 1)) ? 'none' : 'ruling';
  let j = k + 1;
  while (j < s.tokenEnd && ix.tokens[j]!.pos === 'ADV') j++;
  if (j >= s.tokenEnd) return 'accident';
  const pos = ix.tokens[j]!.pos;
  const intransitive =
    pos === 'ADP' || pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ' || pos === 'VERB' || pos === 'PART';
  return intransitive ? 'accident' : 'ruling';
}

/**
 * Idioms whose verb alone means nothing of the kind: "took to the streets" is a protest. Each is a verb
 * lemma, the words that must follow it, and the type; the verb is the trigger.
 */
/** Things of an office that are taken without taking office ("took office space in the tower"). */
const OFFICE_THINGS: readonly string[] = [
  'space',
  'supplies',
  'equipment',
  'furniture',
  'buildings',
  'building',
  'computers',
];

const VERB_IDIOMS: ReadonlyArray<
  readonly [lemma: string, follow: readonly string[], type: string, unless?: readonly string[], noun?: boolean]
> = [
  ['take', ['to', 'the', 'streets'], 'protest'],
  ['take', ['to', 'the', 'street'], 'protest'],
  // Session 22: a person "took office" or "assumed office" starts in a post (KAIROS Personnel.StartPosition), as one
  // appointed does; "took office space", "took office supplies" rented or stole things.
  ['take', ['office'], 'appointment', OFFICE_THINGS, true],
  ['assume', ['office'], 'appointment', OFFICE_THINGS, true],
  // Session 22: a legislature "takes up" a bill, measure or resolution to debate and vote on it (legislation);
  // "took up arms", "took up the offer", "took up the post" are other acts.
  ...['bill', 'measure', 'legislation', 'resolution', 'amendment'].map(
    (law) => ['take', ['up', 'the', law], 'legislation'] as const,
  ),
  // Arson (ACLED Looting/property destruction, like "torched"): "set fire to a police station"; not setting fire
  // to oneself (a self-immolation, told as a protest or a death of its own).
  ['set', ['fire', 'to'], 'looting', ['himself', 'herself', 'themselves'], true],
  // A product "goes on sale" (schema 2.5): its launch in shops ("not for sale", "put up for sale" are not).
  ['go', ['on', 'sale'], 'product-launch'],
  // A company "goes public" by listing its shares; "went public with the allegations" only spoke out.
  ['go', ['public'], 'listing', ['with', 'about', 'over', 'against']],
  // A company "goes into administration" (British insolvency): a bankruptcy, not a government.
  ['go', ['into', 'administration'], 'bankruptcy'],
  ['enter', ['administration'], 'bankruptcy'],
  ['collapse', ['into', 'administration'], 'bankruptcy'],
  ['fall', ['into', 'administration'], 'bankruptcy'],
  ['file', ['for', 'administration'], 'bankruptcy'],
  ['place', ['into', 'administration'], 'bankruptcy'],
  ['place', ['in', 'administration'], 'bankruptcy'],
  ['put', ['into', 'administration'], 'bankruptcy'],
];

/** The idioms by verb lemma: the lookup runs on every verb of every article. */
const IDIOMS_BY_LEMMA: ReadonlyMap<string, ReadonlyArray<(typeof VERB_IDIOMS)[number]>> = (() => {
  const m = new Map<string, Array<(typeof VERB_IDIOMS)[number]>>();
  for (const idiom of VERB_IDIOMS) m.set(idiom[0], [...(m.get(idiom[0]) ?? []), idiom]);
  return m;
})();

/** Purposes for which crowds fill the streets without protesting: voting, celebrating, watching, shopping. */
const CIVIC_PURPOSES = new Set(['vote', 'celebrate', 'cheer', 'watch', 'shop', 'dance', 'party', 'welcome', 'greet']);

/**
 * Phenomenon: "took to the streets" says a crowd went out; what for comes after it. "to vote", "to
 * celebrate the victory" are not protests. The purpose is an infinitive after the idiom, over
 * `either`/`both` and adverbs.
 */
function civicPurpose(ix: ArticleIndex, k: number): boolean {
  if (ix.lower[k] !== 'to') return false;
  let j = k + 1;
  while (j < ix.tokens.length && (ix.lower[j] === 'either' || ix.lower[j] === 'both' || ix.tokens[j]!.pos === 'ADV'))
    j++;
  const t = ix.tokens[j];
  return t !== undefined && t.sentence === ix.tokens[k]!.sentence && CIVIC_PURPOSES.has(t.lemma.toLowerCase());
}

function verbIdiom(lex: TriggerLexicon, ix: ArticleIndex, k: number): { type: EventTypeDef; end: number } | null {
  const low = ix.lower[k]!;
  const lem = low === 'took' || low === 'taken' ? 'take' : ix.tokens[k]!.lemma.toLowerCase();
  const idioms = IDIOMS_BY_LEMMA.get(lem);
  if (!idioms) return null;
  for (const [, follow, typeId, unless, noun] of idioms) {
    const after = k + 1 + follow.length;
    if (
      follow.every((w, i) => ix.lower[k + 1 + i] === w && ix.tokens[k + 1 + i]!.sentence === ix.tokens[k]!.sentence) &&
      !civicPurpose(ix, after) &&
      !(unless && unless.includes(ix.lower[after] ?? ''))
    ) {
      if (typeId === 'looting' && !arsonByPeople(ix, k)) continue;
      const type = lex.byId.get(typeId);
      // An idiom whose first word after the verb is its noun ("set fire to") has its object after that noun.
      if (type) return { type, end: noun === true ? k + 2 : k + 1 };
    }
  }
  return null;
}

/**
 * True when a noun reads as a common noun: lower case, or capitalised only because it opens the
 * sentence. "Launch Systems", "Best Buy" and other capitalised words inside a sentence are names.
 */
function commonNounReading(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && ix.mentionAt[k] === -1 && commonCase(ix, k);
}

/**
 * Lower case, or capitalised only because it opens the sentence or because the whole line is in title
 * case (a headline such as "Court Convicts Friend of Boston Bombing Suspect", where every content word is
 * capitalised and capitals say nothing about names).
 */
function commonCase(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  if (t.text === ix.lower[k]) return true;
  const s = ix.sentences[t.sentence]!;
  let first = s.tokenStart;
  while (first < k && ix.tokens[first]!.pos === 'PUNCT') first++;
  // Session 19 (the lead): the first word after a date line glued to the sentence ("KABUL (Reuters) - Clashes
  // between …") opens the story's sentence, capitalised as any first word.
  return first === k || (titleCase(ix, t.sentence) && ix.mentionAt[k] === -1) || k === datelineEnd(ix, t.sentence);
}

/**
 * True for a title-case line: at least four words, every word capitalised except short function words,
 * and no full stop at its end (a headline, not running text). Made once per sentence by the article index.
 */
function titleCase(ix: ArticleIndex, sentence: number): boolean {
  return ix.titleCase[sentence] === 1;
}

/** True when the token at `k` is glued by a hyphen to the word before or after it. */
function inHyphenCompound(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  const next = ix.tokens[k + 1];
  return (
    (!t.spaceBefore && k > 0 && ix.lower[k - 1] === '-') ||
    (next !== undefined && !next.spaceBefore && ix.lower[k + 1] === '-')
  );
}

/** True when the noun at `k` modifies a following noun ("state aid dispute", "contract discussions") instead of heading its phrase. */
function modifiesNextNoun(ix: ArticleIndex, k: number): boolean {
  const next = tokenAt(ix, k + 1);
  if (next === undefined || next.sentence !== ix.tokens[k]!.sentence || ix.timexAt[k + 1] !== null) return false;
  // "shooting incidents", "an assassination attempt": the noun after names no thing of its own; the event is the modifier's.
  if (INCIDENT_NOUNS.has(ix.lower[k + 1]!)) return false;
  // "bankruptcy proceedings began", "filed for bankruptcy protection": the proceedings are the insolvency itself.
  if (INSOLVENCY_NOUNS.has(ix.lower[k]!) && PROCEEDING_NOUNS.has(ix.lower[k + 1]!)) return false;
  // "Protests spread to three more cities", "the riots spread across the north": "spread" before a preposition of
  // direction is the verb the tagger read as a noun, and the event noun its subject (not "an election spread").
  if ((ix.lower[k + 1] === 'spread' || ix.lower[k + 1] === 'spreads') && SPREAD_DIRECTIONS.has(ix.lower[k + 2] ?? ''))
    return false;
  return (
    next.pos === 'NOUN' || (next.pos === 'PROPN' && next.text !== ix.lower[k + 1] && !titleCase(ix, next.sentence))
  );
}

/** Prepositions of direction after "spread" as a verb ("spread to", "spread across"). */
const SPREAD_DIRECTIONS: ReadonlySet<string> = new Set(['to', 'across', 'into', 'through', 'throughout', 'beyond']);

/** Nouns of insolvency, and the nouns after them that name the insolvency itself ("bankruptcy proceedings"). */
const INSOLVENCY_NOUNS = new Set(['bankruptcy', 'insolvency', 'receivership', 'liquidation']);
const PROCEEDING_NOUNS = new Set(['proceedings', 'protection', 'filing', 'petition']);

/** Nouns that only say "an occurrence of": the event noun before them keeps its reading. */
const INCIDENT_NOUNS = new Set(['incident', 'incidents', 'episode', 'episodes', 'attempt', 'attempts']);

/**
 * The verb a noun at `k` is the object of (walking left over its modifiers, `of`-linked light nouns
 * and a verb particle), or the subject of (walking right over its post-modifiers to the next verb).
 */
function nounGovernor(
  ix: ArticleIndex,
  k: number,
): { verb: number; relation: GovernorRelation; nominal: string | null } {
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let nominal: string | null = null;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 8; j--) {
    const t = ix.tokens[j]!;
    const low = ix.lower[j]!;
    // A participle between a determiner and the noun modifies it ("the failed attack", "a botched raid"):
    // it governs nothing.
    if (t.pos === 'VERB' && j === k - 1 && ix.tokens[j - 1]?.pos === 'DET' && /(?:ed|en)$/.test(low)) continue;
    // A gerund tagged as a noun governs like a verb ("Including scheduling the withdrawal").
    if (t.pos === 'VERB' || (t.pos === 'NOUN' && low.endsWith('ing') && j < k - 1))
      return { verb: j, relation: 'object', nominal };
    if (
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      t.pos === 'ADV' ||
      t.pos === 'AUX' ||
      ix.timexAt[j] !== null
    )
      continue;
    if (t.pos === 'PRON' && (low === 'its' || low === 'their' || low === 'his' || low === 'her' || low === 'our'))
      continue;
    if (low === '"' || low === '“' || low === '”' || low === "'s" || low === "'") continue;
    // Session 19: a percent sign after a figure modifies the noun as "percent" does ("a 12% drop in its
    // profits" like "a 12 percent drop"); the tagger reads it as a symbol.
    if (low === '%' && ix.tokens[j - 1]?.pos === 'NUM') continue;
    // Coordinate adjectives separated by a comma modify the same noun ("called for three days of massive,
    // nationwide protests"): the comma does not end the noun's phrase.
    if (low === ',' && ix.tokens[j - 1]?.pos === 'ADJ' && ix.tokens[j + 1]!.pos === 'ADJ' && j > s.tokenStart) continue;
    if (t.pos === 'PROPN' || (t.pos === 'NOUN' && j === k - 1)) continue;
    if (low === 'of' && j > s.tokenStart) {
      const n = ix.lower[j - 1]!;
      nominal = ix.tokens[j - 1]!.lemma.toLowerCase();
      if (LIGHT_NOUNS.has(n) || ix.tokens[j - 1]!.pos === 'NOUN' || ix.tokens[j - 1]!.pos === 'VERB') {
        j--;
        if (ix.tokens[j]!.pos === 'VERB') return { verb: j, relation: 'object', nominal: null };
        continue;
      }
      break;
    }
    // "took part in the protests": the noun is what its subject joined, as under "joined the protests".
    if (low === 'in' && ix.lower[j - 1] === 'part' && j - 2 >= s.tokenStart && lemmaOf(ix, j - 2) === 'take')
      return { verb: j - 2, relation: 'object', nominal };
    if ((t.pos === 'ADP' || t.pos === 'ADV') && j > s.tokenStart && ix.tokens[j - 1]!.pos === 'VERB') {
      // "carried out an attack", "filed for bankruptcy", "entered into a truce"; "led to an agreement".
      const verb = ix.tokens[j - 1]!.lemma.toLowerCase();
      if (particleAfter(ix, j - 1) === j || RESULT_LINKERS.has(verb) || LIGHT_VERBS.has(verb))
        return { verb: j - 1, relation: 'object', nominal };
    }
    break;
  }
  // Subject: the noun phrase's verb to the right ("No operation has been carried out", "Talks … began").
  const ceil = Math.min(s.tokenEnd, k + 16);
  let inRelative = false;
  for (let j = k + 1; j < ceil; j++) {
    const t = ix.tokens[j]!;
    const low = ix.lower[j]!;
    if (t.pos === 'VERB') {
      const afterNoun = ix.tokens[j - 1]!.pos === 'NOUN' || ix.tokens[j - 1]!.pos === 'PROPN';
      // "factions allied with Iran": a participle after a noun and before a preposition modifies the noun.
      if (!inRelative && afterNoun && ix.tokens[j + 1]?.pos === 'ADP') {
        // Phenomenon: a light verb's participle after the event noun is the noun's own support verb ("talks
        // held on Tuesday", "protests staged in ten cities"): the noun is what it holds, as in the passive.
        if (j === k + 1 && POSTNOMINAL_LIGHT.has(low)) return { verb: j, relation: 'passive-subject', nominal };
        // Phenomenon: a phrasal verb's particle is no preposition ("talks with the ministry broke down on
        // Tuesday"): the verb tells the course of the noun, its subject.
        if (particleAfter(ix, j) === j + 1 && !/(?:ed|en)$/.test(low)) return { verb: j, relation: 'subject', nominal };
        continue;
      }
      return { verb: j, relation: verbGroup(ix, j).passive ? 'passive-subject' : 'subject', nominal };
    }
    if (t.pos === 'SCONJ' || low === ';' || low === ':' || (t.pos === 'PART' && low === 'to')) break;
    // After a comma only a relative clause continues the noun's phrase ("the dialogue, which was held").
    if (low === ',' && !RELATIVE.has(ix.lower[j + 1] ?? '')) break;
    if (low === 'which' || low === 'that') inRelative = true;
  }
  return { verb: -1, relation: 'object', nominal };
}

/** Verbs that end talks: "collapsed", "stalled", "foundered"; "break" only with "down" or "off". */
const TALKS_END_VERBS = new Set(['collapse', 'stall', 'founder', 'falter']);

/**
 * The verb at `g` tells that talks ended without agreement: "broke down", "broke off", "collapsed", "stalled".
 * Not "break" alone ("broke the deadlock", "broke new ground"), which tells no end of talks.
 */
function talksEnded(ix: ArticleIndex, g: number): boolean {
  const lem = lemmaOf(ix, g);
  if (TALKS_END_VERBS.has(lem)) return true;
  return lem === 'break' && (ix.lower[g + 1] === 'down' || ix.lower[g + 1] === 'off');
}

/** Participles of light verbs that, right after an event noun, hold it ("talks held on Tuesday"). */
const POSTNOMINAL_LIGHT = new Set([
  'held',
  'staged',
  'conducted',
  'carried',
  'launched',
  'mounted',
  'organised',
  'organized',
]);

/**
 * A sentence wink found no verb in that still reads as a clause, not a heading: at least five words and
 * a closing full stop ("Militiamen looted shops in Goma." with "looted" tagged as an adjective).
 */
function punctuatedClause(ix: ArticleIndex, from: number, to: number): boolean {
  return to - from >= 6 && ix.lower[to - 1] === '.';
}

/**
 * Phenomenon: an "-ing" word the lexicon lists only as an event noun ("flooding", "sentencing") is often
 * tagged as a verb where it is a noun: the object of a verb ("heavy rain caused flooding"), after a
 * preposition ("after the flooding"). With no verb reading of its own in the lexicon and no auxiliary before
 * it (a progressive "the river is flooding" is a verb), it is read as the noun.
 */
function gerundNoun(lex: TriggerLexicon, ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  const low = ix.lower[k]!;
  if (t.pos !== 'VERB' || !low.endsWith('ing') || !lex.nouns.has(low) || lex.verbKeys.has(verbLemma(lex, ix, k)))
    return false;
  const prev = ix.tokens[k - 1];
  if (!prev || prev.sentence !== t.sentence) return true;
  return prev.pos !== 'AUX' && !BE_FORMS.has(ix.lower[k - 1]!);
}

/** The result nouns `findCandidates` reads as noun triggers without a noun key, in the noun-trigger word class. */
extendWordClass(NOUN_TRIGGER_CLASS, {
  lemmas: [...SPORT_RESULT_NOUNS, ...RESULT_CHANGE_NOUNS],
  forms: RATE_MOVE_FORMS,
});

/**
 * The words `verbType` reads as a verb trigger without a verb key of the lexicon, in the verb-trigger word class:
 * idioms by lemma ("took to the streets"), sport results, verdicts ("found guilty"), pleas, official trips,
 * marches, crowd gatherings, stock listings, delays ("pushed back"), and the irregular past forms `verbLemma` knows. A new reading
 * of `verbType` that starts from a word adds the word here, or `findCandidates` never tries it.
 */
extendWordClass(VERB_TRIGGER_CLASS, {
  lemmas: [...IDIOMS_BY_LEMMA.keys(), ...SPORT_VERBS, ...TRIP_VERBS, 'list', ...DELAY_VERBS, ...BUSINESS_VERBS],
  forms: [
    ...RATE_MOVE_FORMS,
    'took',
    'taken',
    'found',
    'finds',
    'find',
    'finding',
    'pleaded',
    'pleads',
    'plead',
    'pled',
    'pleading',
    'arrived',
    'arrives',
    'travelled',
    'traveled',
    'travels',
    'flew',
    'flies',
    ...GATHER_FORMS,
    'march',
    'marched',
    'marches',
    'marching',
    ...IRREGULAR_PAST.keys(),
    // The lead's conflict verbs of this session: an attacker or weapon that strikes, hits or tears through things.
    ...STRIKE_FORMS,
    ...TEAR_FORMS,
    // Session 20 (evprec): a place that falls to its takers ("the town fell to the rebels").
    ...FALL_FORMS,
  ],
});

/**
 * A regular form with a doubled letter ("stopped", "shelling") of a verb key, as `verbLemma` reads it: the
 * verb-trigger word class does not list these forms, so a word ending in -ed or -ing without the class's bit is
 * tried with the lexicon here.
 */
function doubledForm(lex: TriggerLexicon, low: string): boolean {
  if (low.endsWith('ed')) return low.length > 4 && lex.verbKeys.has(low.slice(0, -3));
  return low.endsWith('ing') && low.length > 5 && lex.verbKeys.has(low.slice(0, -4));
}

/** The part-of-speech bits of the words a trigger reading starts from (nouns, names, verbs, adjectives, adverbs). */
const CONTENT_POS = POS_NOUN | POS_PROPN | POS_VERB | POS_ADJ | POS_ADV;

/** Finds every trigger candidate of a sentence that has a verb (headings and date lines have none). */
export function findCandidates(ix: ArticleIndex, lex: TriggerLexicon): Candidate[] {
  const out: Candidate[] = [];
  // Read here, once per article, not in the rare branch that uses it: a property read first met in bench (b)'s first
  // pass (an approval of a law) deoptimised the whole scan.
  const legislation = lex.byId.get('legislation');
  for (const s of ix.sentences) {
    // A title-case headline is a clause even when the tagger, misled by its capitals, found no verb in it.
    if (
      ix.hasVerb[s.i] === 0 &&
      !punctuatedClause(ix, s.tokenStart, s.tokenEnd) &&
      !titleCase(ix, s.i) &&
      nameVerbAt(ix, s.i) < 0
    )
      continue;
    const first = out.length;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      // Every reading below starts from a verb, adjective, adverb, noun or name: a function word or a mark
      // (half of all tokens) is passed over at once, by its part-of-speech bits (the token itself is not read).
      const bits = ix.classes[k]!;
      if ((bits & CONTENT_POS) === 0) continue;
      // The word classes (`word-classes.ts`): the verb and adjective readings give a candidate only for a word of the
      // verb-trigger class (`verbType` or a predicative adjective), the noun readings only for one of the
      // noun-trigger class; a word of neither (most content words) is passed over before any look-up.
      const verbReading = (bits & VERB_TRIGGER_CLASS) !== 0 || doubledForm(lex, ix.lower[k]!);
      if (!verbReading && (bits & NOUN_TRIGGER_CLASS) === 0) continue;
      // The tag itself, for `everyWordClass` (every bit set): the test the bits stand for.
      const t = ix.tokens[k]!;
      const pos = t.pos;
      if (pos !== 'NOUN' && pos !== 'VERB' && pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'ADV') continue;
      const gerund = gerundNoun(lex, ix, k);
      if (gerund || !verbReading) {
        // handled as a noun below
      } else if (
        t.pos === 'VERB' ||
        t.pos === 'ADJ' ||
        verbalNoun(ix, k) ||
        ((t.pos === 'ADV' || (t.pos === 'NOUN' && amongThe(ix, k))) && lex.adjectives.has(ix.lower[k]!))
      ) {
        const v = t.pos !== 'ADJ' || ix.lower[k]!.endsWith('ed') ? verbType(lex, ix, k) : null;
        // A capitalised verb inside a sentence is part of a name ("Best Buy"); one glued to a hyphen is
        // part of a compound adjective ("the world's most-sold player", "state-owned").
        if (v && commonCase(ix, k) && !inHyphenCompound(ix, k)) {
          const bill = billIntroduced(lex, ix, k, v.type);
          let type = bill ?? v.type;
          // "approved the budget", "the bill was approved": a law approved is legislation.
          if (type.id === 'approval' && legislativeObject(ix, k)) type = legislation ?? type;
          // "the Senate agreed to shelve a bill": a chamber's vote on a law is legislation (`chamberAgreed`).
          if (type.id === 'agreement' && chamberAgreed(ix, k)) type = legislation ?? type;
          // One store for every verb reading (see `legislation` above).
          v.type = type;
          // People freed from custody are a release (`freedFromCustody`), never a product launched; a `free` that
          // frees no one held ("freed up funds", "freed two miners from the rubble") is no event.
          const freed = freedFromCustody(ix, k);
          if (freed) v.type = lex.byId.get('release') ?? v.type;
          else if (v.type.id === 'release') continue;
          if (
            (bill ||
              v.type.id === 'sport' ||
              (v.object === true && !(v.type.id === 'ruling' && rulingAskedFor(ix, k))) ||
              (v.object !== true && (freed || !excludedVerb(ix, k, lemmaOf(ix, k))))) &&
            !nominalSlot(ix, k)
          ) {
            if (
              peopleReleased(ix, k, v.type) ||
              (v.type.id === 'protest' && sportsRally(ix, k)) ||
              sportsPlay(ix, k, v.type.id) ||
              wireSense(ix, k, v.type.id)
            )
              continue;
            if (v.type.id === 'product-launch' && sportsDebut(ix, k)) v.type = lex.byId.get('sport') ?? v.type;
            else if (v.type.id === 'product-launch' && marketDebut(ix, k)) v.type = lex.byId.get('listing') ?? v.type;
            const own = courtOrder(lex, ix, k, accidental(lex, ix, k, v.type));
            const c = blankCandidate(attempted(lex, ix, k, own), k, v.end, 'verb', s.i);
            if (c.type !== own || attemptedViolence(ix, k, own)) c.attempt = true;
            if (v.object) c.objectVerb = true;
            out.push(c);
          }
        } else if (!v && commonCase(ix, k) && !inHyphenCompound(ix, k)) {
          const adj = lex.adjectives.get(ix.lower[k]!);
          if (
            adj &&
            predicativeAdjective(ix, k) &&
            !(adj.casualtyRole === 'injured' && abstractHarm(ix, k)) &&
            (adj.id !== 'product-launch' || availableOn(ix, k))
          ) {
            const c = blankCandidate(adj, k, k + 1, 'verb', s.i);
            c.predicative = true;
            out.push(c);
          }
        }
      }
      // Every noun reading below starts from a noun key of the lexicon or a result noun (`nounForms`): a token
      // without the noun-trigger word class (`word-classes.ts`) has none, and is passed over before its lemma is read.
      if ((bits & NOUN_TRIGGER_CLASS) === 0) continue;
      const adjectiveNoun = t.pos === 'ADJ' && (finalAsNoun(ix, k) || adjectiveHeadNoun(ix, k));
      if (gerund || t.pos === 'NOUN' || t.pos === 'PROPN' || adjectiveNoun) {
        // Both readings below need a word outside the article's names; that test is the cheap one, so it comes first.
        if (ix.mentionAt[k] !== -1) continue;
        const lem = lemmaOf(ix, k);
        const forms =
          nounForms(lex, ix, k) ??
          (SPORT_RESULT_NOUNS.has(lem) || RESULT_CHANGE_NOUNS.has(lem) || RATE_MOVE_FORMS.has(ix.lower[k]!)
            ? [lem]
            : null);
        if (
          forms === null ||
          !(gerund ? ix.mentionAt[k] === -1 && commonCase(ix, k) : commonNounReading(ix, k) || adjectiveNoun)
        )
          continue;
        const n = nounType(lex, ix, k, forms);
        // Session 20: "the release of 300 political prisoners" is a release (`freedFromCustody`).
        if (n && peopleReleased(ix, k, n.type) && freedFromCustody(ix, k)) n.type = lex.byId.get('release') ?? n.type;
        if (
          !n ||
          modifiesNextNoun(ix, n.end - 1) ||
          peopleReleased(ix, k, n.type) ||
          (n.type.id === 'protest' && sportsRally(ix, k)) ||
          sportsPlay(ix, k, n.type.id) ||
          wireSense(ix, k, n.type.id) ||
          (n.type.id === 'attack' && verbalAttackNoun(ix, k)) ||
          (n.type.id === 'sanction' && domesticBan(ix, k))
        )
          continue;
        if (n.type.id === 'product-launch' && sportsDebut(ix, k)) n.type = lex.byId.get('sport') ?? n.type;
        else if (n.type.id === 'product-launch' && marketDebut(ix, k)) n.type = lex.byId.get('listing') ?? n.type;
        else if (n.type.id === 'product-launch' && personalDebut(ix, k)) continue;
        const own = accidental(lex, ix, k, n.type);
        const c = blankCandidate(attempted(lex, ix, k, own), k, n.end, 'noun', s.i);
        if (c.type !== own) c.attempt = true;
        const g = nounGovernor(ix, k);
        c.governor = g.verb;
        c.relation = g.verb >= 0 ? g.relation : null;
        c.nominalGovernor = g.nominal;
        c.light = g.verb >= 0 && LIGHT_VERBS.has(ix.tokens[g.verb]!.lemma.toLowerCase());
        // An ambiguous noun ("operation", "strike") counts only with its cue words or under a light verb
        // that makes it happen ("carried out operations", not "make operations difficult").
        if (n.context && !(c.light && CONTEXT_SUPPORT_VERBS.has(ix.tokens[c.governor]!.lemma.toLowerCase()))) continue;
        // A type that names a document as often as an act ("the 2015 deal", "under the accord") needs a
        // verb that makes it happen: signed, reached, led to.
        // A type that lists its own support verbs takes only those ("opened an investigation", not "sent
        // inquiries").
        const support = n.type.supportVerbs
          ? c.governor >= 0 &&
            c.relation !== 'subject' &&
            n.type.supportVerbs.includes(ix.tokens[c.governor]!.lemma.toLowerCase())
          : c.light;
        if (
          n.type.needsSupportVerb &&
          !support &&
          !(c.governor >= 0 && RESULT_LINKERS.has(ix.tokens[c.governor]!.lemma.toLowerCase()))
        )
          continue;
        if (
          c.light &&
          c.relation !== 'subject' &&
          MEANINGFUL_SUPPORT_VERBS.has(ix.tokens[c.governor]!.lemma.toLowerCase())
        )
          c.display = c.governor;
        // Session 20: talks told by how they ended ("talks with the union broke down on Thursday", "broke off
        // negotiations", "the negotiations collapsed"): the verb reports the event, as a meaningful support verb
        // does, so it is the trigger span; the noun gives the type and stays the mention.
        if (n.type.id === 'negotiation' && c.governor >= 0 && talksEnded(ix, c.governor)) c.display = c.governor;
        // Session 21 (the lead): an outbreak is reported by its declaration ("Health officials declared an
        // outbreak of cholera on Thursday"): the verb is the trigger span, as for talks told by how they ended.
        if (
          n.type.subtype === 'outbreak' &&
          c.governor >= 0 &&
          c.relation === 'object' &&
          ix.tokens[c.governor]!.lemma.toLowerCase() === 'declare'
        )
          c.display = c.governor;
        out.push(c);
        k = n.end - 1;
      }
    }
    resolveLightVerbs(ix, out, first);
  }
  return out;
}

/** A violent or result verb folds into a violent event noun, or into a disaster or accident that caused it. */
function foldable(v: Candidate, noun: Candidate): boolean {
  const cause = noun.type.category === 'conflict' || noun.type.causesCasualties === true;
  return cause && (v.type.category === 'conflict' || v.type.casualtyRole !== undefined);
}

/** A candidate with every field present and unset but its type, words and sentence (see `orphanTolls` too). */
export function blankCandidate(
  type: EventTypeDef,
  head: number,
  end: number,
  kind: 'verb' | 'noun',
  sentence: number,
): Candidate {
  // Every field present from construction, in one order (`attempt` and `objectVerb` too, set on few): one object
  // shape for all candidates, so the rules that read them meet no new shape on a rare candidate.
  return {
    type,
    head,
    end,
    kind,
    sentence,
    governor: -1,
    relation: null,
    nominalGovernor: null,
    light: false,
    absorbed: -1,
    display: head,
    dropped: false,
    predicative: false,
    attempt: false,
    objectVerb: false,
    results: [],
  };
}

/**
 * Phenomenon (session 16): a headline or a business lead in the present tense, "<Name> <verb>s <object>"
 * ("Zentrix releases new tablet", "Orvia launches budget airline"), where the tagger reads the "-s" verb as a
 * plural noun after the name. The word is a verb when the sentence opens with a name (names and the commas
 * or "&" between them only, no verb before it) and an object follows it (a name, noun, adjective,
 * determiner or figure); "Orvia shares fell" has no object after "shares". Only words with a verb reading
 * of the trigger lexicon become events (verbType).
 */
function presentAfterName(ix: ArticleIndex, k: number): boolean {
  if (k === 0 || ix.tokens[k]!.pos !== 'NOUN') return false;
  const low = ix.lower[k]!;
  if (!low.endsWith('s') || low.endsWith('ss') || ix.tokens[k - 1]!.pos !== 'PROPN') return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  for (let j = s.tokenStart; j < k; j++) {
    const p = ix.tokens[j]!.pos;
    if (p !== 'PROPN' && ix.lower[j] !== ',' && ix.lower[j] !== '&') return false;
  }
  const next = ix.tokens[k + 1];
  if (!next || next.sentence !== ix.tokens[k]!.sentence) return false;
  return next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'DET' || next.pos === 'NUM';
}

/**
 * The verb of a sentence "<Name> <verb>s <object>" that the tagger read without one ("Zentrix releases new
 * tablet": see presentAfterName), or -1: such a sentence is a clause, and a headline when it stands first.
 */
export function nameVerbAt(ix: ArticleIndex, sentence: number): number {
  const s = ix.sentences[sentence]!;
  let k = s.tokenStart;
  while (k < s.tokenEnd && (ix.tokens[k]!.pos === 'PROPN' || ix.lower[k] === ',' || ix.lower[k] === '&')) k++;
  return k < s.tokenEnd && presentAfterName(ix, k) ? k : -1;
}

/**
 * The headline: among the first three sentences, the first with a verb that stands alone in its paragraph and
 * ends without a full stop ("Apple unveils iPhone 4, iOS 4 at WWDC 2010"); -1 when there is none.
 *
 * Session 18 ("senses" helper): wire copy often closes its headline with a full stop ("Court frees two
 * journalists." over "ANKARA 2011-03-04"). A sentence that ends in one is still the headline when the line
 * after it is a dateline or a byline: a short paragraph of its own with no verb, opening with a capital
 * ("OSLO 2015-06-02", "LAGOS, June 3 (Reuters) -", "By Ama Osei"). A one-sentence lead paragraph is followed
 * by running text, so it is not taken.
 */
export function headlineSentence(ix: ArticleIndex): number {
  // Asked once per article and again for every candidate by the status rules: kept per index.
  let at = HEADLINES.get(ix);
  if (at === undefined) HEADLINES.set(ix, (at = findHeadline(ix)));
  return at;
}

/** `headlineSentence` of the indexes asked about. */
const HEADLINES = new WeakMap<ArticleIndex, number>();

function findHeadline(ix: ArticleIndex): number {
  for (let i = 0; i < Math.min(3, ix.sentences.length); i++) {
    const s = ix.sentences[i]!;
    const text = ix.text.slice(s.start, s.end);
    // Its verb may be tagged as a noun ("Police arrest five in Lagos raid."): the dateline under it suffices.
    if (/[^.]\.\s*$/.test(text) && s.tokenEnd - s.tokenStart <= HEADLINE_MAX_TOKENS && datelineAfter(ix, i)) return i;
    if (ix.hasVerb[i] === 0 && nameVerbAt(ix, i) < 0) continue;
    const alone = i + 1 >= ix.sentences.length || ix.paragraphOf[i + 1] !== ix.paragraphOf[i];
    return alone && !/[.!?:;"”’')]\s*$/.test(text) ? i : -1;
  }
  return -1;
}

/** Headlines are short; a longer first sentence ending in a full stop is a lead. */
const HEADLINE_MAX_TOKENS = 16;

/** True when the sentence after `i` is a dateline or byline: a paragraph of its own, short, verbless, capitalised. */
function datelineAfter(ix: ArticleIndex, i: number): boolean {
  const d = ix.sentences[i + 1];
  if (i > 0 && ix.paragraphOf[i - 1] === ix.paragraphOf[i]) return false;
  if (!d || ix.hasVerb[d.i] !== 0 || nameVerbAt(ix, d.i) >= 0) return false;
  const alone = d.i + 1 >= ix.sentences.length || ix.paragraphOf[d.i + 1] !== ix.paragraphOf[d.i];
  return alone && d.tokenEnd - d.tokenStart <= 8 && /^[A-Z]/.test(ix.text.slice(d.start, d.end));
}

/**
 * True for a word wink tagged as a noun that reads as a verb or predicate here: a past form after a
 * subject or auxiliary ("Gunmen shot five", "were hurt", "20 hurt"), not after a determiner ("a shot").
 */
function verbalNoun(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  if (t.pos !== 'NOUN' || k === 0) return false;
  const low = ix.lower[k]!;
  const prev = ix.tokens[k - 1]!;
  if (prev.sentence !== t.sentence) return false;
  // "…, killing 12 and wounding dozens": a gerund tagged as a noun after a conjunction or comma, with an object.
  if (low.endsWith('ing') && (prev.pos === 'CCONJ' || ix.lower[k - 1] === ',')) {
    const next = ix.tokens[k + 1];
    return (
      next !== undefined &&
      (next.pos === 'NUM' ||
        next.pos === 'DET' ||
        QUANTITY_OPENERS.has(ix.lower[k + 1]!) ||
        VAGUE_WORDS.has(ix.lower[k + 1]!))
    );
  }
  if (presentAfterName(ix, k)) return true;
  // Session 23 (evprec): "The military hit rebel positions" (`militaryHit`).
  if (militaryHit(ix, k)) return true;
  // Phenomenon: a past verb after "and" with an object of its own, tagged as a noun ("killed an officer and
  // maimed a nurse", "and injured two others"): coordinated with the verb before it.
  if (low.endsWith('ed') && prev.pos === 'CCONJ') {
    const next = ix.tokens[k + 1];
    if (next?.pos === 'DET' || next?.pos === 'NUM') return true;
  }
  if (!IRREGULAR_PAST.has(low) && low !== 'hurt' && low !== 'dead' && !low.endsWith('ed')) return false;
  return (
    prev.pos === 'PROPN' ||
    prev.pos === 'PRON' ||
    prev.pos === 'AUX' ||
    prev.pos === 'NUM' ||
    (prev.pos === 'NOUN' && low !== 'dead')
  );
}

/**
 * True when an adjective at `k` is predicated of a noun phrase ("were injured", "left eight policemen
 * dead", "12 dead") rather than modifying a noun ("injured people") or heading one ("the dead").
 */
function predicativeAdjective(ix: ArticleIndex, k: number): boolean {
  const next = ix.tokens[k + 1];
  // A noun of a time expression after the adjective is not a noun it modifies: the adjective still ends its
  // predicate ("two men were found dead yesterday", "three were injured Monday").
  if (
    next &&
    next.sentence === ix.tokens[k]!.sentence &&
    (next.pos === 'NOUN' || next.pos === 'PROPN') &&
    ix.timexAt[k + 1] === null
  )
    return false;
  const prev = k > 0 ? ix.lower[k - 1]! : '';
  if (amongThe(ix, k)) return true;
  // Phenomenon: "her" between a verb that puts its object in a state and the adjective is that object, not a
  // possessive ("shot her dead", "found her dead", "left her badly hurt" against "mourned her dead").
  if (prev === 'her' && k > 1 && OBJECT_STATE_VERBS.has(ix.tokens[k - 2]!.lemma.toLowerCase())) return true;
  return prev !== 'the' && prev !== 'their' && prev !== 'his' && prev !== 'her';
}

/** Verbs whose object an adjective after it describes ("shot her dead", "found him dead", "left her injured"). */
export const OBJECT_STATE_VERBS: ReadonlySet<string> = new Set(['shoot', 'shot', 'find', 'found', 'leave', 'left']);

/**
 * Phenomenon: "two of whom were among the dead", "a child is among the injured": being counted among the
 * dead or injured states that one died or was hurt, although the adjective heads a noun phrase there (and
 * the tagger may read it as a noun).
 */
function amongThe(ix: ArticleIndex, k: number): boolean {
  return k > 1 && ix.lower[k - 1] === 'the' && ix.lower[k - 2] === 'among';
}

/**
 * Within one sentence: a light verb whose noun is an event does not make a second event ("signed an
 * agreement" is one agreement; "launched an attack" is an attack, not a product launch). A statement verb
 * keeps its own event ("announced the holding of a meeting" is a statement and a meeting). A result verb
 * followed by "in <event noun>" is folded into that noun ("killed in an attack").
 */
function resolveLightVerbs(ix: ArticleIndex, cands: Candidate[], first: number): void {
  // Every rule below joins two candidates of the sentence: with fewer there is nothing to do (most sentences).
  if (cands.length - first < 2) return;
  const byHead = new Map<number, Candidate>();
  for (let i = first; i < cands.length; i++) byHead.set(cands[i]!.head, cands[i]!);
  for (let i = first; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'noun' || !c.light || c.governor < 0 || c.relation === 'subject') continue;
    const verb = byHead.get(c.governor);
    if (verb && verb.kind === 'verb' && verb.type.id !== 'statement') verb.dropped = true;
  }
  // "reported a quarterly profit", "quashed the conviction": the noun is what a verb typed by its object acts
  // on, one event with the verb (the verb's own sense is the event).
  for (let i = first; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'noun' || c.governor < 0 || c.relation === 'subject') continue;
    const verb = byHead.get(c.governor);
    if (verb && verb.objectVerb && !verb.dropped && verb.type.id === c.type.id) c.dropped = true;
  }
  for (let i = first; i < cands.length; i++) {
    const v = cands[i]!;
    if (v.kind !== 'verb' || v.dropped) continue;
    const s = ix.sentences[v.sentence]!;
    // Over the verb's object ("killed 12 people in an attack") to "in"/"during".
    let k = v.end;
    while (
      k < s.tokenEnd &&
      k - v.end < 10 &&
      ix.lower[k] !== 'in' &&
      ix.lower[k] !== 'during' &&
      ix.tokens[k]!.pos !== 'VERB' &&
      ix.tokens[k]!.pos !== 'SCONJ' &&
      ix.lower[k] !== ',' &&
      ix.lower[k] !== '.'
    )
      k++;
    if (k >= s.tokenEnd || (ix.lower[k] !== 'in' && ix.lower[k] !== 'during')) continue;
    k++;
    while (k < s.tokenEnd && k - v.end < WINDOW && (ix.tokens[k]!.pos === 'DET' || ix.tokens[k]!.pos === 'ADJ')) k++;
    const noun = byHead.get(k);
    if (noun && noun.kind === 'noun' && foldable(v, noun)) {
      v.dropped = true;
      noun.absorbed = v.head;
      if (v.type.casualtyRole) noun.results.push(v);
    }
  }
  // "the attack that killed three soldiers", "airstrikes killed ten": the verb is the noun's result.
  for (let i = first; i < cands.length; i++) {
    const n = cands[i]!;
    if (n.kind !== 'noun' || n.relation !== 'subject' || n.governor < 0 || n.absorbed >= 0) continue;
    const v = byHead.get(n.governor);
    if (v && v.kind === 'verb' && !v.dropped && foldable(v, n)) {
      v.dropped = true;
      n.absorbed = v.head;
      if (v.type.casualtyRole) n.results.push(v);
    }
  }
}
