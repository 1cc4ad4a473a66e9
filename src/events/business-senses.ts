/**
 * Session 23 ("evbiz" helper, issue 14): business news the trigger scan never read as events: a product a company
 * presents, pre-orders that begin. Each reading names its general case and its
 * false senses; `triggers.ts` calls them while it looks for candidates (tests: tests/events/evbiz-session23.test.ts).
 * Pure functions of the article index.
 */
import { lemmaOf, type ArticleIndex } from './article-index.js';

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
