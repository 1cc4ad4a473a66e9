/**
 * Session 23 ("evbiz" helper, issue 14): business news the trigger scan never read as events: a company floated on a
 * stock market, aircraft an airline receives, a product a company presents, pre-orders that begin. Each reading names its general case and its
 * false senses; `triggers.ts` calls them while it looks for candidates (tests: tests/events/evbiz-session23.test.ts).
 * Pure functions of the article index.
 */
import { lemmaOf, type ArticleIndex } from './article-index.js';

/** Words for an aircraft, the goods an airline receives ("will receive six new A330-300E aircraft"). */
const AIRCRAFT_WORDS: ReadonlySet<string> = new Set([
  'aircraft',
  'airplane',
  'airplanes',
  'aeroplane',
  'aeroplanes',
  'airliner',
  'airliners',
  'jet',
  'jets',
  'jetliner',
  'jetliners',
  'plane',
  'planes',
  'freighter',
  'freighters',
  'superjumbo',
  'superjumbos',
]);
/** Forms of "be" (and "get") before a participle: the passive. */
const BE_FORMS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'been',
  'being',
  'be',
  'is',
  'are',
  'got',
  'get',
  'gets',
]);

/**
 * Phenomenon: an airline that receives aircraft takes delivery of them ("Aer Lingus said it will receive six new
 * A330-300E aircraft from 2009", "ANA will now receive the aircraft next month"): a delivery, the contract type's goods
 * delivered, with the airline as recipient. True for the active verb "receive" whose object (up to eight words, before a
 * preposition, a mark or a verb) holds an aircraft word. Not "received criticism", nor the passive ("149 orders for the
 * aircraft have been received": a count of orders, and the aircraft only their object).
 */
export function aircraftReceived(ix: ArticleIndex, k: number): boolean {
  if (lemmaOf(ix, k) !== 'receive' || ix.tokens[k]!.pos !== 'VERB') return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let b = k - 1;
  while (b > s.tokenStart && ix.tokens[b]!.pos === 'ADV') b--;
  if (BE_FORMS.has(ix.lower[b]!)) return false;
  for (let x = k + 1; x < s.tokenEnd && x - k <= 8; x++) {
    const pos = ix.tokens[x]!.pos;
    if (AIRCRAFT_WORDS.has(ix.lower[x]!)) return true;
    if (pos === 'ADP' || pos === 'PUNCT' || pos === 'VERB' || pos === 'AUX' || pos === 'CCONJ') return false;
  }
  return false;
}

/** Words that name stock markets after "floated on" (plural too: "on British and Irish stock markets"). */
const FLOAT_MARKETS: ReadonlySet<string> = new Set([
  'exchange',
  'exchanges',
  'nasdaq',
  'nyse',
  'bourse',
  'bourses',
  'market',
  'markets',
  'aim',
]);

/**
 * Phenomenon: a company "floated on" a stock market is listed there ("the formerly state-owned company was floated on
 * British and Irish stock markets in September 2006", "plans to float on the London Stock Exchange next year"): a
 * stock-market listing, as "listed on" is. True for the verb "float" followed (over adverbs) by "on" or "in" and, within
 * six words of names, adjectives, nouns and "and", a market word; "market(s)" only after "stock" or "share". Not "floated
 * the idea", "floated down the river", "the pound was floated on currency markets".
 */
export function floatedOnMarket(ix: ArticleIndex, k: number): boolean {
  if (lemmaOf(ix, k) !== 'float' || ix.tokens[k]!.pos === 'NOUN') return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let j = k + 1;
  while (j < s.tokenEnd && ix.tokens[j]!.pos === 'ADV') j++;
  if (ix.lower[j] !== 'on' && ix.lower[j] !== 'in') return false;
  for (let x = j + 1; x < s.tokenEnd && x - j <= 6; x++) {
    const low = ix.lower[x]!;
    if (FLOAT_MARKETS.has(low)) {
      if (low !== 'market' && low !== 'markets') return true;
      const prev = ix.lower[x - 1]!;
      return prev === 'stock' || prev === 'share' || prev === 'stock-market';
    }
    const pos = ix.tokens[x]!.pos;
    if (pos !== 'DET' && pos !== 'PROPN' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'CCONJ') return false;
  }
  return false;
}

/** Nouns for what a company presents as a product, after "new" or "latest" ("presented its new phone"). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'phone',
  'smartphone',
  'handset',
  'tablet',
  'laptop',
  'computer',
  'device',
  'console',
  'model',
  'car',
  'vehicle',
  'truck',
  'aircraft',
  'jet',
  'plane',
  'airliner',
  'drug',
  'product',
  'watch',
  'camera',
  'chip',
  'processor',
  'software',
  'app',
  'service',
]);
/** Words for a company as the doer in plain words ("the company presented"), when no name is there. */
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'maker',
  'manufacturer',
  'carmaker',
  'automaker',
  'planemaker',
  'group',
  'it',
]);

/**
 * Phenomenon: a company "presents" a product as it unveils one: "Last week the company presented
 * the iPhone", "Zentrix presented its new tablet on Tuesday": a product launch. True for the verb "present" whose
 * subject is a company (a group entity, or "the company", "the firm", "it") and whose object (over a
 * determiner, a possessive and adjectives) is a name no entity of ours holds ("the iPhone") or a product noun after
 * "new" or "latest" ("its new phone"). Not "presented evidence", "presented the award", "presented its plan",
 * "presented the budget", a person presented ("presented Ilse Marsh with a medal"), nor a person's act ("the minister
 * presented the new car to the winner": the subject is no company).
 */
export function productPresented(ix: ArticleIndex, k: number, subject: number): boolean {
  if (lemmaOf(ix, k) !== 'present' || ix.tokens[k]!.pos !== 'VERB' || subject < 0) return false;
  if (!companySubject(ix, subject)) return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let x = k + 1;
  let fresh = false;
  while (x < s.tokenEnd && x - k <= 4) {
    const t = ix.tokens[x]!;
    const low = ix.lower[x]!;
    if (t.pos === 'DET' || low === 'its' || low === 'their') x++;
    else if (t.pos === 'ADJ' && !(/^\p{Lu}/u.test(t.text) && x > s.tokenStart)) {
      fresh ||= low === 'new' || low === 'latest';
      x++;
    } else break;
  }
  if (x >= s.tokenEnd) return false;
  const t = ix.tokens[x]!;
  if (t.pos === 'PROPN' || (t.pos === 'NOUN' && /^\p{Ll}\p{Lu}/u.test(t.text))) {
    // A person the recogniser missed is presented "as" something or "with" a prize ("presented Ann Lee as its chief").
    let end = x + 1;
    while (end < s.tokenEnd && (ix.tokens[end]!.pos === 'PROPN' || ix.tokens[end]!.pos === 'NUM')) end++;
    if (ix.lower[end] === 'as' || ix.lower[end] === 'with') return false;
    return ix.mentionAt[x] === -1 && !/^\p{Lu}+$/u.test(t.text);
  }
  return fresh && t.pos === 'NOUN' && PRODUCT_NOUNS.has(lemmaOf(ix, x));
}

/** A company as a subject: a group entity's name, or a word for a company ("the company", "it"). */
function companySubject(ix: ArticleIndex, h: number): boolean {
  const m = ix.mentionAt[h]!;
  if (m >= 0) return ix.mentions[m]!.entity.type === 'group';
  return COMPANY_WORDS.has(ix.lower[h]!);
}

/** Verbs that start sales: "pre-orders began", "sales started", "pre-orders opened". */
const START_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'open']);
/** Nouns for the first orders of a product ("pre-orders", "preorders", "pre-sales"), as one token. */
const PRE_ORDER_WORDS: ReadonlySet<string> = new Set(['pre-orders', 'preorders', 'pre-order', 'preorder', 'pre-sales']);
/** Words that end the subject phrase looked back over: a clause mark or a relative word. */
const SUBJECT_STOPS: ReadonlySet<string> = new Set([',', ';', ':', 'that', 'which', 'who', 'while', 'as', 'and']);

/** A pre-order word at `x`, one token or split at its hyphen ("pre", "-", "orders"). */
function preOrderAt(ix: ArticleIndex, x: number): boolean {
  const low = ix.lower[x]!;
  if (PRE_ORDER_WORDS.has(low)) return true;
  return (low === 'orders' || low === 'sales') && ix.lower[x - 1] === '-' && ix.lower[x - 2] === 'pre';
}

/**
 * Phenomenon: a product goes on sale when its pre-orders or sales begin ("Pre-orders of the recently announced iPhone 4
 * began Tuesday", "Sales of the Orbit tablet started on Friday"): a product launch told by the verb that starts them.
 * True for "begin", "start" or "open" whose subject phrase (up to eight words back, to a clause mark) holds a
 * pre-order word, or "sales of" and a name no entity holds; not when an infinitive or a gerund follows ("sales began
 * to fall", "sales started rising": a trend), nor "sales of the company began" (no product named).
 */
export function ordersBegan(ix: ArticleIndex, k: number): boolean {
  if (!START_VERBS.has(lemmaOf(ix, k)) || ix.tokens[k]!.pos !== 'VERB') return false;
  const next = ix.tokens[k + 1];
  if (next && next.sentence === ix.tokens[k]!.sentence)
    if (ix.lower[k + 1] === 'to' || (next.pos === 'VERB' && ix.lower[k + 1]!.endsWith('ing'))) return false;
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  let product = false;
  for (let x = k - 1; x >= floor && k - x <= 8; x--) {
    if (SUBJECT_STOPS.has(ix.lower[x]!)) return false;
    if (preOrderAt(ix, x)) return true;
    if (ix.lower[x] === 'sales' && ix.lower[x + 1] === 'of') return product;
    // A name no entity holds, not capitalised only because it opens the sentence ("Sales of the Orbit").
    if (ix.tokens[x]!.pos === 'PROPN' && ix.mentionAt[x] === -1 && x > floor) product = true;
  }
  return false;
}

/** Words for a company as the doer of its own news ("the company", "the airline", "the carmaker"). */
export const COMPANY_DOERS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'airline',
  'carrier',
  'carmaker',
  'automaker',
  'planemaker',
  'manufacturer',
  'maker',
  'retailer',
  'lender',
  'insurer',
  'conglomerate',
]);
