/**
 * Tense of the clause around a time expression, from wink's POS tags and lemmas. It only decides which
 * way a bare weekday or a month without a year points ("met on Wednesday" → the past one, "will meet on
 * Wednesday" → the coming one), so it looks at the nearest verb group and nothing else.
 */
import type { Token } from '../types.js';
import { FUTURE_CUES, FUTURE_MODALS, PAST_AUX, PRESENT_BE } from './lexicon.js';
import { MODALS } from '../words.js';

/** Any modal before a same-form verb makes it a base form, not a past ("could put", "will cut"). */
const MODAL_SET: ReadonlySet<string> = new Set(MODALS);

export type Tense = 'past' | 'present' | 'future' | 'none';

/** Reporting verbs: skipped when another verb is near, since they date the report, not the event. */
const REPORTING: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'report',
  'add',
  'state',
  'note',
  'claim',
  'explain',
  'declare',
  'confirm',
  'disclose',
]);

/**
 * Verbs whose past form is their base form ("prices hit a high in March", "the record set on Aug. 6"). A
 * bare one with no auxiliary, "to" or modal before it is read as past: news narrates in the past tense.
 */
const SAME_FORM_PAST: ReadonlySet<string> = new Set([
  'hit',
  'set',
  'put',
  'cut',
  'let',
  'cost',
  'shut',
  'spread',
  'quit',
  'hurt',
  'split',
  'bid',
  'cast',
  'burst',
  'shed',
  'thrust',
  'upset',
  'beat',
  'forecast',
  'bet',
]);

/** Verbs that schedule what follows them ("has scheduled a news conference Thursday"). */
const SCHEDULING: ReadonlySet<string> = new Set(['schedule', 'slate', 'plan']);

/** How far (in tokens) to look for the governing verb. */
const WINDOW = 12;

function isVerbish(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** A verb form that is past (or a participle): differs from its lemma and is not an -ing or -s form. */
function isPastForm(t: Token, low: string, prev: string): boolean {
  if (PAST_AUX.has(low)) return true;
  if (SAME_FORM_PAST.has(low)) return prev !== 'to' && !MODAL_SET.has(prev) && !PRESENT_BE.has(prev) && prev !== 'did';
  if (PRESENT_BE.has(low)) return false;
  if (low === t.lemma || low.endsWith('ing')) return false;
  if (low.endsWith('s') && (low === `${t.lemma}s` || low === `${t.lemma}es` || low.endsWith('ies'))) return false;
  return true;
}

/**
 * Tense of the verb group nearest to tokens `[from, to)` within `[lo, hi)` (the sentence). With
 * `skipReporting`, a reporting verb counts only when no other verb is near ("said Friday" dates the
 * saying; "the plant reopens in January, officials said" dates the reopening).
 */
export function tenseNear(
  tokens: readonly Token[],
  low: readonly string[],
  from: number,
  to: number,
  lo: number,
  hi: number,
  skipReporting = false,
): Tense {
  // Session 20: a date between a reporting verb and its "that" clause ("announced on Dec. 20 that it would close
  // the plant", "said Friday that it will cut jobs") is the report's: the report's verb tells its tense, not
  // the reported clause's future.
  let best = reportBefore(tokens, low, from, to, lo, hi);
  let reporting = -1;
  let purpose = -1;
  let after = -1;
  for (let d = 1; d <= WINDOW && best < 0; d++) {
    for (let side = 0; side < 2; side++) {
      const k = side === 0 ? from - d : to - 1 + d;
      if (k < lo || k >= hi || !isVerbish(tokens[k]!)) continue;
      // "has scheduled a news conference Thursday to announce …": a purpose clause after the expression
      // does not date it when a verb before it can.
      if (side === 1 && low[k - 1] === 'to' && k - 1 >= to) {
        if (purpose < 0) purpose = k;
        continue;
      }
      // A reporting verb dates the expression only when nothing separates them ("said Friday"), not
      // across a comma or a closing quote ("… leave Thursday,'' Castro said").
      if (REPORTING.has(tokens[k]!.lemma) && (skipReporting || punctuationBetween(tokens, k, from, to))) {
        if (reporting < 0) reporting = k;
        continue;
      }
      // Phenomenon (session 13): a verb after the expression across a comma or a coordinating conjunction
      // is the next clause's ("is due to visit a plant on Saturday and address parliament", "approved the
      // takeover at a meeting on Tuesday, clearing the last hurdle"): the verb before it, when there is one
      // near, tells the expression's tense.
      if (side === 1 && nextClause(tokens, low, to, k)) {
        // A relative clause's verb there ("…, clearing the hurdle for a deal that will create …") is no
        // fallback either: it tells its own noun's time.
        if (after < 0 && !relativeBetween(low, to, k)) after = k;
        continue;
      }
      best = k;
      break;
    }
  }
  if (best < 0 && after < 0) best = farVerbBefore(tokens, low, from, lo);
  if (best < 0) best = after >= 0 ? after : reporting >= 0 ? reporting : purpose;
  if (best < 0) return 'none';
  // Extend to the whole verb group (auxiliaries, negation and adverbs between them).
  let a = best;
  while (a - 1 >= lo && (isVerbish(tokens[a - 1]!) || tokens[a - 1]!.pos === 'PART' || tokens[a - 1]!.pos === 'ADV'))
    a--;
  let b = best;
  while (b + 1 < hi && (isVerbish(tokens[b + 1]!) || tokens[b + 1]!.pos === 'PART')) b++;
  // A past perfect ("had been due to expire Friday") looks back even through a plan verb.
  for (let k = a; k <= b; k++) if (low[k] === 'had') return 'past';
  // "to be completed by Dec. 15": a participle in an infinitive is not a past tense.
  if (low[a] === 'to') {
    // Session 20: "expects sales to recover in the second half", "forecasts prices to fall in March": an
    // outlook verb in the present over its object looks ahead.
    if (outlookBefore(tokens, low, a, lo)) return 'future';
    if (a - 1 < lo || !FUTURE_CUES.has(low[a - 1]!)) return 'none';
    // "had been due to expire Friday": a plan that was overtaken lies in the past.
    return low[a - 2] === 'had' || (low[a - 2] === 'been' && low[a - 3] === 'had') ? 'past' : 'future';
  }
  if (SCHEDULING.has(tokens[b]!.lemma) && b < from && low[b - 1] !== 'previously' && low[b - 1] !== 'originally')
    return 'future';
  let past = false;
  for (let k = a; k <= b; k++) {
    const w = low[k]!;
    // Modal future ("will", "'ll", "shall", "won't") or a plan/schedule verb followed by "to".
    if (FUTURE_MODALS.has(w) || ((FUTURE_CUES.has(w) || OUTLOOK.has(w)) && low[k + 1] === 'to')) return 'future';
    // "is to resume", "are to meet": a plan.
    if ((w === 'is' || w === 'are') && low[k + 1] === 'to') return 'future';
    if (isVerbish(tokens[k]!) && isPastForm(tokens[k]!, w, low[k - 1] ?? '')) {
      // "is expected to", "was scheduled to" point ahead; "has been" is a present perfect about the past.
      if (k === a || !PRESENT_BE.has(low[a]!) || low[a] === 'has' || low[a] === 'have') past = true;
    }
  }
  if (past) return 'past';
  // "plans to hold", "aims to sign": a plan noun or verb before "to" + the verb.
  if (a - 2 >= lo && low[a - 1] === 'to' && FUTURE_CUES.has(low[a - 2]!)) return 'future';
  return 'present';
}

/** How far back (in tokens) the verb of a long clause is looked for when no verb is within `WINDOW`. */
const FAR_WINDOW = 24;

/**
 * Phenomenon (session 23): a long object can put the verb that governs a weekday beyond the window ("Turkey will
 * host a new round of prisoner-exchange talks between Russia and Ukraine on Thursday, the foreign ministry said
 * on Monday"), and with no other verb near, the report verb after the comma read the weekday in the past. Before
 * that fallback, the nearest verb further back in the expression's own stretch (no comma, semicolon, colon or
 * quote between) tells its tense. Not past a reporting verb ("have reported a rise in violence across the region in
 * the run-up to the September 14 elections"): its clause is told at the report's time, and the expression keeps the
 * reading it had. The verb's token, or -1.
 */
function farVerbBefore(tokens: readonly Token[], low: readonly string[], from: number, lo: number): number {
  for (let k = from - 1; k >= lo && from - k <= FAR_WINDOW; k--) {
    if (tokens[k]!.pos === 'PUNCT' && low[k] !== '-') return -1;
    if (isVerbish(tokens[k]!) && REPORTING.has(tokens[k]!.lemma)) return -1;
    if (from - k > WINDOW && isVerbish(tokens[k]!)) return k;
  }
  return -1;
}

/** Present forms of verbs of outlook whose object's infinitive lies ahead ("expects sales to recover"). */
const OUTLOOK: ReadonlySet<string> = new Set(['expects', 'expect', 'forecasts', 'forecast', 'predicts', 'projects']);

/** True when an outlook verb stands before the infinitive "to" at `a`, right before it or over at most four words of its object. */
function outlookBefore(tokens: readonly Token[], low: readonly string[], a: number, lo: number): boolean {
  for (let k = a - 1; k >= lo && a - k <= 5; k--) {
    if (OUTLOOK.has(low[k]!)) return true;
    const pos = tokens[k]!.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'PRON' && pos !== 'DET' && pos !== 'ADJ') return false;
  }
  return false;
}

/** A reporting verb right before `[from, to)` (over "on") whose "that" clause opens right after it, or -1. */
function reportBefore(
  tokens: readonly Token[],
  low: readonly string[],
  from: number,
  to: number,
  lo: number,
  hi: number,
): number {
  if (to >= hi || low[to] !== 'that') return -1;
  const k = from - 1 >= lo && low[from - 1] === 'on' ? from - 2 : from - 1;
  return k >= lo && isVerbish(tokens[k]!) && REPORTING.has(tokens[k]!.lemma) ? k : -1;
}

/** True when a comma or a coordinating conjunction stands in `[from, k)`: token `k` opens another clause. */
function nextClause(tokens: readonly Token[], low: readonly string[], from: number, k: number): boolean {
  for (let j = from; j < k; j++)
    if (low[j] === ',' || low[j] === ';' || (tokens[j]!.pos === 'CCONJ' && (low[j] === 'and' || low[j] === 'but')))
      return true;
  return false;
}

/** True when a relative pronoun stands in `[from, k)`. */
function relativeBetween(low: readonly string[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (low[j] === 'that' || low[j] === 'which' || low[j] === 'who') return true;
  return false;
}

function punctuationBetween(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  const [a, b] = k < from ? [k + 1, from] : [to, k];
  for (let j = a; j < b; j++) if (tokens[j]!.pos === 'PUNCT') return true;
  return false;
}
