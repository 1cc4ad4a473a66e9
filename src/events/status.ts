/**
 * Event status from the words around the trigger: negation ("no operation has been carried out", "did
 * not"), future and plans ("will hold", "plans to", "scheduling the withdrawal", a date after
 * publication), progressive aspect (ongoing), and report contexts ("X said that …", "according to X").
 * Some contexts void the event entirely ("since the cessation of bombing operations", "to stop all
 * attacks"): the noun names no event that took place, so no row is made.
 */
import type { EntityRecord, EventStatus } from '../types.js';
import { lemmaOf, tokenAt, type ArticleIndex } from './article-index.js';
import {
  CONDITIONALS,
  LABELLING_GOVERNORS,
  GENERIC_DETERMINERS,
  HYPOTHETICAL_MODALS,
  THREATENING_GOVERNORS,
  TREND_VERBS,
  CAUSATIVE_GOVERNORS,
  CONTINUATIVE_GOVERNORS,
  NEGATING_GOVERNORS,
  PERFORMATIVE_GOVERNORS,
  PLANNING_GOVERNORS,
  REPORTING_VERBS,
  VOIDING_GOVERNORS,
} from './cues.js';
import { findSubject, frequencyPhrase, pastTense, verbGroup, WINDOW, type VerbGroup } from './syntax.js';
import { recordOverGames, scoredResult, standingPosition } from './news-senses.js';
import { objectOfReaction } from './dating.js';
import { numberWord } from './quantity.js';
import { headlineSentence, type Candidate } from './triggers.js';

/** Verbs that say of their subject event that it happened or not ("the meeting did not take place"). */
const OCCURRENCE_VERBS = new Set([
  'take',
  'happen',
  'occur',
  'go',
  'proceed',
  'begin',
  'start',
  'materialise',
  'materialize',
]);

/** Status, the reporting source if any, or `void` when the context says the event did not take place at all. */
export type StatusResult = { status: EventStatus; reportedBy: EntityRecord | null } | 'void';

/**
 * The status a verb group gives, with the possibility nouns read: an infinitive after "chance", "right",
 * "option" ("two chances to prosecute") is hypothetical, unless the possibility is taken up ("exercise its
 * right to buy", "took the opportunity to visit"), which leaves it planned as any infinitive.
 */
function groupStatusIn(ix: ArticleIndex, g: VerbGroup): EventStatus | 'void' | null {
  const gov = g.infinitiveGovernor;
  if (g.infinitive && !g.negated && gov && POSSIBILITY_NOUNS.has(gov) && !possibilityTaken(ix, g.start))
    return 'hypothetical';
  // Session 19 ("senses" helper): a likelihood is no plan ("was likely to die behind bars", "is unlikely to
  // meet him"); a perfect infinitive reports what probably happened ("are likely to have died") and is left.
  if (g.infinitive && !g.negated && !g.perfect && gov && LIKELIHOOD_WORDS.has(gov)) return 'hypothetical';
  // Session 20 (evprec): a past obligation told in a report was carried out ("police had to use tear gas",
  // "hundreds had to be evacuated"): the event happened, as after "were forced to". Not a conditional one ("would
  // have had to", "if they had to"), nor a present or future one ("have to", "will have to"): those stay planned.
  if (g.infinitive && !g.negated && g.start > 0 && ix.lower[g.start - 1] === 'had' && pastObligation(ix, g.start - 1))
    return null;
  // Session 22 ("senses" helper): an infinitive after an ordinal or "only" names who did it first, last or
  // alone ("the first Australian minister to visit China since March", "the last team to win the cup"), not a plan.
  if (g.infinitive && !g.negated && ordinalInfinitive(ix, g.start)) return null;
  return groupStatus(g);
}

/** Words that rank a doer among others ("the first minister to visit", "the only team to win"). */
const RANKING_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'only', 'second', 'third', 'latest']);

/**
 * Session 22 ("senses" helper). Phenomenon: "the first X to V" tells that X did V before any other (or is doing it
 * now: "Downer is the first minister to visit China since March"): the infinitive is no plan. True when, back
 * from the infinitive's "to" at `start`, over up to four nouns, names or adjectives, a ranking word stands after
 * "the" or a possessive. "the next minister to visit" is still to come and is left.
 */
function ordinalInfinitive(ix: ArticleIndex, start: number): boolean {
  let k = ix.lower[start] === 'to' ? start - 1 : start - 2;
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  for (let n = 0; k > floor && n < 4 && !RANKING_WORDS.has(ix.lower[k]!); n++, k--) {
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') return false;
  }
  if (k <= floor || !RANKING_WORDS.has(ix.lower[k]!)) return false;
  const det = ix.lower[k - 1]!;
  return det === 'the' || det === "'s" || det === '’s' || ix.tokens[k - 1]!.pos === 'PRON';
}

/** "had" at `k` opens the sentence's clause as a plain past: no modal, "if" or "had" right before it. */
function pastObligation(ix: ArticleIndex, k: number): boolean {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  for (let j = k - 1; j >= floor && k - j <= 4; j--) {
    const low = ix.lower[j]!;
    if (CONDITIONAL_BEFORE_HAD.has(low)) return false;
    if (ix.tokens[j]!.pos === 'VERB' || ix.tokens[j]!.pos === 'PUNCT') return true;
  }
  return true;
}

/** Words before "had to" that make the obligation conditional or unreal ("would have had to", "if they had to"). */
const CONDITIONAL_BEFORE_HAD: ReadonlySet<string> = new Set([
  'would',
  'could',
  'might',
  'should',
  'if',
  'unless',
  'whether',
  'have',
  'had',
]);

/** Adjectives of likelihood that govern an infinitive ("likely to die", "unlikely to meet"). */
const LIKELIHOOD_WORDS: ReadonlySet<string> = new Set(['likely', 'unlikely', 'liable', 'probable']);

/** Verbs that take up a possibility ("exercised its option to buy"). */
const TAKING_UP: ReadonlySet<string> = new Set(['exercise', 'use', 'take', 'seize', 'grab', 'invoke']);

/** A verb of taking up within the few words before the possibility noun that governs the infinitive at `start`. */
function possibilityTaken(ix: ArticleIndex, start: number): boolean {
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  for (let k = start - 1; k >= floor && start - k <= 7; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'VERB') return TAKING_UP.has(t.lemma.toLowerCase());
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

function groupStatus(g: VerbGroup): EventStatus | 'void' | null {
  if (g.negated) return 'negated';
  if (g.infinitive) {
    const gov = g.infinitiveGovernor;
    if (gov && THREATENING_GOVERNORS.has(gov)) return 'threatened';
    if (gov && HYPOTHETICAL_MODALS.has(gov)) return 'hypothetical';
    if (gov && CAUSATIVE_GOVERNORS.has(gov)) return null;
    if (gov && CONTINUATIVE_GOVERNORS.has(gov)) return 'ongoing';
    if (gov && NEGATING_GOVERNORS.has(gov)) return 'negated';
    if (gov && VOIDING_GOVERNORS.has(gov)) return 'void';
    return 'planned';
  }
  if (g.future) return g.modal !== null && HYPOTHETICAL_MODALS.has(g.modal) ? 'hypothetical' : 'planned';
  if (g.habitual) return 'generic';
  if (g.progressive) return 'ongoing';
  return null;
}

/** Verbs of wanting, trying or needing: an infinitive after them is what was aimed at ("hoped to win"), not a result. */
const AIMING_VERBS: ReadonlySet<string> = new Set([
  'try',
  'attempt',
  'need',
  'bid',
  'vow',
  'promise',
  'pledge',
  'threaten',
  'decide',
  'agree',
  'set',
  'look',
  'travel',
  'go',
]);

/**
 * Phenomenon: a sports report tells a result with an infinitive after the past verb of how it came about
 * ("Graf rallied from a set down to win the final", "scored four runs in the ninth to beat Boston 6-5",
 * "came from behind to draw 2-2"): the result happened, it is no plan. True when the first verb before the
 * infinitive at `to` in its sentence is told in the past (`pastTense`), not a verb of aiming ("hoped to win", "tried to beat"),
 * of planning, or of going somewhere ("travelled to Leeds to face United"), which leave the game to come.
 */
function resultInfinitive(ix: ArticleIndex, to: number): boolean {
  const floor = ix.sentences[ix.tokens[to]!.sentence]!.tokenStart;
  for (let k = to - 1; k >= floor && to - k <= 12; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'PUNCT' && (t.text === ';' || t.text === ':')) return false;
    // An auxiliary before any verb: "are to play", "is set to face" tell a game to come.
    if (t.pos === 'AUX') return false;
    // Session 21 ("senses" helper): the tagger may read an unknown past verb as an adjective ("outclassed the
    // veterans to win the race"): an "-ed" word right before a determiner is the past verb.
    if (t.pos === 'ADJ' && ix.lower[k]!.endsWith('ed') && ix.tokens[k + 1]?.pos === 'DET') return true;
    if (t.pos !== 'VERB') continue;
    const lemma = t.lemma.toLowerCase();
    if (PLANNING_GOVERNORS.has(lemma) || AIMING_VERBS.has(lemma) || THREATENING_GOVERNORS.has(lemma)) return false;
    // A participle ("racing in his first season, …") is no tense of its own.
    return !ix.lower[k]!.endsWith('ing') && pastTense(ix, verbGroup(ix, k), k);
  }
  return false;
}

/**
 * A simple-present event verb in running text names what happens as a rule ("where the leaders meet and
 * plan", "militants attack convoys"), not one occurrence. Statements ("says") and sentences without a
 * closing full stop (headlines: "Gunmen kill 12 in Kano") are left alone.
 */
function habitualPresent(ix: ArticleIndex, c: Candidate, g: VerbGroup): boolean {
  if (c.predicative || g.start !== c.head || g.perfect || g.progressive || g.passive || g.infinitive) return false;
  // A word wink tagged as a noun and read as a past form ("Gunmen shot five") is no present; one read as a
  // third-person "-s" form after its subject is ("Ruritania supplies weapons to the rebels").
  if (ix.tokens[c.head]!.pos !== 'VERB' && !nounTaggedPresent(ix, c.head)) return false;
  if (c.type.id === 'statement' || c.type.requiresAgent) return false;
  const s = ix.sentences[c.sentence]!;
  // A headline closed with a full stop over a dateline ("Court frees two journalists.") is a headline still.
  if (ix.lower[s.tokenEnd - 1] !== '.' || c.sentence === headlineSentence(ix)) return false;
  if (LIST_MARKS.has(ix.lower[s.tokenStart]!)) return false;
  return g.present || presentPlural(ix, c.head);
}

/**
 * Session 23 ("senses" helper). Phenomenon: a digest or briefing lists its items as headlines, one a line after
 * a dash or a bullet ("- Police detain two opposition leaders and cancel rallies in Varno.", "- IP/96/806:
 * Commission clears acquisition of Marto by Lenz."): the headline present tells a past act, no habit. A
 * sentence opening with one of these marks is read as a headline by `habitualPresent`.
 */
const LIST_MARKS: ReadonlySet<string> = new Set(['-', '*', '•', '–']);

/**
 * Phenomenon: a simple-present policy or trade statement ("Ruritania supplies weapons to the rebels", "the firm
 * supplies fuel to the army") tells what an actor does as a rule, not one occurrence; the tagger may read the
 * "-s" verb as a plural noun. True for an inflected "-s" word (not "-ss") right after a noun, a name or a
 * pronoun that opens the sentence's subject, and before a bare object (no determiner: a kind of goods, not one
 * deal: "supplies the new rifles" may tell one delivery).
 */
function nounTaggedPresent(ix: ArticleIndex, head: number): boolean {
  const low = ix.lower[head]!;
  if (!low.endsWith('s') || low.endsWith('ss') || low === ix.tokens[head]!.lemma.toLowerCase()) return false;
  const prev = ix.tokens[head - 1];
  const next = ix.tokens[head + 1];
  if (!prev || !next || prev.sentence !== ix.tokens[head]!.sentence || next.sentence !== prev.sentence) return false;
  if (prev.pos !== 'PROPN' && prev.pos !== 'NOUN' && prev.pos !== 'PRON') return false;
  return next.pos === 'NOUN' || (next.pos === 'ADJ' && ix.tokens[head + 2]?.pos === 'NOUN');
}

/** Words that close the clause of a present-tense event before a time expression could be its own. */
const SCHEDULE_STOPS: ReadonlySet<string> = new Set([
  '.',
  ';',
  ',',
  ':',
  'that',
  'which',
  'who',
  'when',
  'while',
  'after',
  'before',
  'since',
  'because',
]);

/**
 * Phenomenon (session 15): the present simple with a time expression of one day or month in its own clause
 * tells a scheduled event, not a habit ("Congress reconvenes on Tuesday", "the court rules on Friday", "the
 * club plays Rovers on Sunday", "shareholders vote at the annual meeting on March 27"): planned. A set ("every
 * Tuesday", "on Tuesdays") is no such date and keeps the habit. True when a dated (not set) time expression
 * starts within eight words after the verb at `v`, with no clause mark between.
 */
function scheduledPresent(ix: ArticleIndex, v: number): boolean {
  const s = ix.sentences[ix.tokens[v]!.sentence]!;
  for (const x of ix.timexBySentence[ix.tokens[v]!.sentence] ?? []) {
    const [a] = ix.timexTokens.get(x)!;
    if (a <= v || a - v > 8 || x.type !== 'DATE' || !x.value || !/^\d{4}-\d{2}/.test(x.value)) continue;
    let open = true;
    for (let k = v + 1; k < a && k < s.tokenEnd; k++) if (SCHEDULE_STOPS.has(ix.lower[k]!)) open = false;
    if (open) return true;
  }
  return false;
}

/**
 * A present-tense "continue to" / "keep" governing the event's infinitive names a habit that goes on
 * ("insurgents who continue to ambush convoys"), not one occurrence: generic. In the past ("they
 * continued to shell the town") it tells what went on that day: ongoing, as before.
 */
function presentContinuative(ix: ArticleIndex, to: number): boolean {
  const gov = ix.lower[to - 1] ?? '';
  if (gov !== 'continue' && gov !== 'continues' && gov !== 'keep' && gov !== 'keeps') return false;
  const before = ix.tokens[to - 2];
  // "will continue to", "did not continue to": the auxiliary decides, not the habit.
  return !before || before.sentence !== ix.tokens[to]!.sentence || before.pos !== 'AUX';
}

/** A base-form verb after a plural noun or "they/we" ("leaders meet"): present tense, not an infinitive. */
function presentPlural(ix: ArticleIndex, v: number): boolean {
  const prev = tokenAt(ix, v - 1);
  if (!prev || prev.sentence !== ix.tokens[v]!.sentence) return false;
  // Only a base form ("meet"), not a past one ("exploded").
  if (ix.lower[v] !== ix.tokens[v]!.lemma.toLowerCase()) return false;
  const low = ix.lower[v - 1]!;
  if (low === 'they' || low === 'we') return true;
  if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && low !== prev.lemma.toLowerCase() && low.endsWith('s'))
    return true;
  return coordinatedSubject(ix, v);
}

/**
 * Phenomenon (session 19): a subject of two coordinated names or pronouns ("He and the envoy meet separately
 * Monday", "Ortiz and Lema meet on Friday") is plural, so a base-form verb after it is a present tense, which with
 * a date of its own clause is scheduled. True when the words before `v` are a name or noun phrase, "and", and a
 * name, pronoun or noun phrase that opens the sentence (at most six words in all). Not "the talks between Ortiz
 * and Lema" (a preposition before the pair) nor an infinitive ("to meet").
 */
function coordinatedSubject(ix: ArticleIndex, v: number): boolean {
  const s = ix.sentences[ix.tokens[v]!.sentence]!;
  let and = -1;
  for (let k = v - 1; k >= s.tokenStart && v - k <= 6; k--) {
    const t = ix.tokens[k]!;
    if (ix.lower[k] === 'and') {
      if (and >= 0 || k === v - 1) return false;
      and = k;
      continue;
    }
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'ADJ') return false;
    if (k === s.tokenStart) return and > k;
  }
  return false;
}

/**
 * Phenomenon: an event told as the gerund object of a verb of planning or proposing ("had proposed acquiring
 * the airline", "is considering selling the unit") has not happened: planned, as with an infinitive ("proposed
 * to acquire"); under a verb of cancelling ("abandoned buying") it is negated.
 */
function gerundUnder(ix: ArticleIndex, v: number, g: VerbGroup): EventStatus | null {
  if (g.start !== v || !ix.lower[v]!.endsWith('ing')) return null;
  let k = v - 1;
  const floor = ix.sentences[ix.tokens[v]!.sentence]!.tokenStart;
  while (k > floor && ix.tokens[k]!.pos === 'ADV') k--;
  if (k < floor || ix.tokens[k]!.pos !== 'VERB') return null;
  const lemma = ix.tokens[k]!.lemma.toLowerCase();
  if (NEGATING_GOVERNORS.has(lemma)) return 'negated';
  return PLANNING_GOVERNORS.has(lemma) || GERUND_PLANNING.has(lemma) ? 'planned' : null;
}
const GERUND_PLANNING: ReadonlySet<string> = new Set(['suggest', 'recommend', 'contemplate', 'weigh', 'explore']);

/** Verbs that keep an event from happening ("prevented them from leaving"). */
const PREVENTING: ReadonlySet<string> = new Set([
  'prevent',
  'stop',
  'bar',
  'block',
  'keep',
  'ban',
  'prohibit',
  'deter',
  'dissuade',
  'discourage',
  'restrain',
  'forbid',
]);
/** Verbs that guard someone against an event ("protect the innocent from being murdered"). */
const PROTECTING: ReadonlySet<string> = new Set(['protect', 'shield', 'save', 'guard', 'safeguard', 'defend', 'spare']);

/** Words of an interest in an act ("an interest in buying", "interested in acquiring"). */
const INTEREST_WORDS: ReadonlySet<string> = new Set(['interest', 'interested', 'interests']);

/**
 * Phenomenon: a gerund after a preposition takes its reality from the verb it depends on. After "from" under
 * a verb of preventing or protecting, the event did not happen ("troops stopped the crowd from marching on
 * the palace": negated; "a duty to protect the innocent from being murdered": hypothetical). After "by" (the
 * means of another act) it shares that act's mood ("would break the law by attacking without approval",
 * "plans to pay by selling the unit"): an act that has not happened has no means that happened.
 */
function prepositionalGerund(ix: ArticleIndex, start: number): EventStatus | null {
  if (!ix.lower[start]!.endsWith('ing')) return null;
  const prep = start - 1;
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  if (prep <= floor) return null;
  const p = ix.lower[prep]!;
  // Session 19 ("senses" helper): an interest in doing is no deed ("seen as having an interest in buying in
  // Ohio", "interested in acquiring the unit").
  if (p === 'in' && prep - 1 >= floor && INTEREST_WORDS.has(ix.lower[prep - 1]!)) return 'hypothetical';
  if (p !== 'from' && p !== 'by') return null;
  for (let k = prep - 1; k >= floor && prep - k <= 8; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    if (t.pos !== 'VERB') continue;
    const lemma = t.lemma.toLowerCase();
    if (p === 'from') return PREVENTING.has(lemma) ? 'negated' : PROTECTING.has(lemma) ? 'hypothetical' : null;
    // Only a finite verb with a future or a modal gives its mood: the means of a purpose ("trying to
    // impress her by killing the minister") may well have happened.
    const vg = verbGroup(ix, k);
    if (vg.infinitive || !vg.future) return null;
    const mood = groupStatus(vg);
    return mood === 'planned' || mood === 'hypothetical' ? mood : null;
  }
  return null;
}

/**
 * Nouns that open a possibility for the infinitive after them ("two chances to prosecute", "the right to
 * appeal", "an option to buy 10 %"): the event may happen, it is not planned.
 */
const POSSIBILITY_NOUNS: ReadonlySet<string> = new Set([
  'chance',
  'opportunity',
  'right',
  'option',
  'ability',
  'power',
  'freedom',
  'possibility',
  'authority',
  'capacity',
]);

/** A condition ("if", "unless") opens the trigger's clause before it. */
function conditional(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  for (let k = head - 1; k >= s.tokenStart && head - k <= 15; k--) {
    const low = ix.lower[k]!;
    // Phenomenon: "if not" between two figures or words of degree is a hedge, not a condition ("hundreds if
    // not thousands died", "dozens, if not more, were hurt", "serious if not fatal injuries").
    if (low === 'if' && ix.lower[k + 1] === 'not') continue;
    if (CONDITIONALS.has(low)) return true;
    if (low === ';' || low === '.' || (low === ',' && k < head - 1 && ix.tokens[k + 1]!.pos === 'PRON')) return false;
  }
  return false;
}

/** Nouns of a condition: an event something is a condition for has not happened. */
const CONDITION_NOUNS: ReadonlySet<string> = new Set(['condition', 'precondition', 'prerequisite', 'requirement']);
/** Nouns of an intention: "no desire to hold talks" says the talks will not be held. */
const INTENT_NOUNS: ReadonlySet<string> = new Set(['desire', 'intention', 'plan', 'plans', 'wish', 'interest', 'need']);

/**
 * Session 17 ("judged" helper, judged7): the frame of a noun that names an event not (yet) held. The event a
 * condition is set for ("made the closure a condition for resuming negotiations", "a precondition for talks")
 * is hypothetical; the event of an intention denied ("has no desire to hold talks", "no plans to meet him") is
 * negated. The event noun's phrase is walked back over its modifiers and the verb or gerund that governs it
 * ("resuming", "to hold"). Not: "talks on conditions for a truce" (the talks are the head, held), "the
 * conditions in the camp".
 */
function nounFrame(ix: ArticleIndex, head: number): 'hypothetical' | 'negated' | null {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  let k = head - 1;
  const over = (ok: (x: number) => boolean): void => {
    while (k >= floor && head - k <= 8 && ok(k)) k--;
  };
  over((x) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(ix.tokens[x]!.pos) && !CONDITION_NOUNS.has(ix.lower[x]!));
  if (k < floor) return null;
  // The verb or gerund that governs the noun: "resuming (peace) negotiations", "to hold talks".
  if (ix.tokens[k]!.pos === 'VERB' || ix.lower[k]!.endsWith('ing')) {
    k--;
    if (k >= floor && ix.lower[k] === 'to') {
      const intent = k - 1;
      const neg = intent - 1;
      if (neg >= floor && INTENT_NOUNS.has(ix.lower[intent]!) && (ix.lower[neg] === 'no' || ix.lower[neg] === 'little'))
        return 'negated';
      return null;
    }
  }
  // Session 19 ("senses" helper): talks or a trial delayed are not being held ("the delay in peace
  // negotiations", "the postponement of the trial"); kept: "talks on the delay in payments" (talks the head).
  if (k >= floor + 1 && (ix.lower[k] === 'in' || ix.lower[k] === 'of') && DELAY_NOUNS.has(ix.lower[k - 1]!))
    return 'negated';
  if (k < floor + 1 || (ix.lower[k] !== 'for' && ix.lower[k] !== 'of')) return null;
  return CONDITION_NOUNS.has(ix.lower[k - 1]!.replace(/s$/, '')) ? 'hypothetical' : null;
}

/** Verbs and nouns of a demand or a proposal, whose "that" clause holds an act wished for. */
const MANDATIVE_WORDS: ReadonlySet<string> = new Set([
  'suggest',
  'suggestion',
  'propose',
  'proposal',
  'demand',
  'insist',
  'recommend',
  'recommendation',
  'urge',
  'ask',
  'request',
  'require',
  'requirement',
]);

/**
 * Session 20 ("senses" helper). Phenomenon: a verb in the base form after a demand or a proposal and "that"
 * ("soldiers polled suggested that the premier resign", "demanded that he step down", "the proposal that the
 * army withdraw") is an act wished for, the mandative subjunctive: not done, so hypothetical. True for a verb
 * in its base form right after its subject (a noun, a name or a pronoun; no modal, no "to"), whose clause opens
 * within eight words back with "that" right after such a word. "said that the premier resigned" and "suggested
 * that he resigns every year" are left as they were.
 */
function mandativeSubjunctive(ix: ArticleIndex, head: number): boolean {
  const t = ix.tokens[head]!;
  if (t.pos !== 'VERB' || ix.lower[head] !== t.lemma.toLowerCase()) return false;
  const s = ix.sentences[t.sentence]!;
  const subject = ix.tokens[head - 1];
  if (!subject || head - 1 < s.tokenStart || !['NOUN', 'PROPN', 'PRON', 'ADJ'].includes(subject.pos)) return false;
  for (let x = head - 2; x > s.tokenStart && head - x <= 8; x--) {
    const low = ix.lower[x]!;
    if (low === 'that') return MANDATIVE_WORDS.has(ix.tokens[x - 1]!.lemma.toLowerCase());
    if (low === ',' || low === ';' || ix.tokens[x]!.pos === 'VERB' || ix.tokens[x]!.pos === 'AUX') return false;
  }
  return false;
}

/** Nouns of a plan whose content is events that may come ("U.S. plans rely on air attacks"). */
const PLAN_NOUNS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'strategy',
  'strategies',
  'scenario',
  'scenarios',
  'proposal',
  'proposals',
  'blueprint',
  'options',
]);

/** Verbs by which a plan holds its content ("rely on", "call for", "envisage"). */
const CONTENT_VERBS: ReadonlySet<string> = new Set([
  'rely',
  'depend',
  'hinge',
  'call',
  'envisage',
  'envision',
  'foresee',
  'include',
  'involve',
  'count',
]);

/**
 * Session 19 ("senses" helper). Phenomenon: the events a plan holds are contingencies, not acts that happened
 * ("U.S. plans rely heavily on U.S. air attacks on Iraqi forces", "the strategy calls for air strikes", "a plan
 * that envisages talks with the rebels"). True for an event noun whose clause has, before it, a content verb
 * whose subject (up to three words back) is a plan noun. "The plan was approved after air strikes" (no content
 * verb) and "troops relied on air strikes" (no plan as subject) stay as they were.
 */
function planContent(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 8; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
    if (t.pos !== 'VERB') continue;
    if (!CONTENT_VERBS.has(t.lemma.toLowerCase())) return false;
    let b = k - 1;
    while (b >= floor && k - b <= 3 && (ix.tokens[b]!.pos === 'ADV' || ix.lower[b] === 'that')) b--;
    return b >= floor && PLAN_NOUNS.has(ix.lower[b]!);
  }
  return false;
}

/**
 * Nouns of an event put off or called off: "the delay in talks", "the postponement of the vote", (session 20)
 * "the cancellation of local elections", "the suspension of talks".
 */
const DELAY_NOUNS: ReadonlySet<string> = new Set([
  'delay',
  'delays',
  'postponement',
  'postponements',
  'cancellation',
  'cancellations',
  'suspension',
  'annulment',
]);

/**
 * Session 19 ("senses" helper). Phenomenon: "in protest" tells the manner of another act ("will march in
 * protest", "expected to come to the city to pray in protest against the policy", "resigned in protest"): the
 * protest is that act, so it has its mood. The verb right before "in" (six words, no punctuation between) gives
 * the status when it is not a fact (planned, hypothetical, negated); "marched in protest" stays as it was.
 */
function protestManner(ix: ArticleIndex, head: number): EventStatus | null {
  if (ix.lower[head] !== 'protest' || ix.lower[head - 1] !== 'in') return null;
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 2; k >= floor && head - k <= 7; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    if (t.pos !== 'VERB') continue;
    const g = groupStatusIn(ix, verbGroup(ix, k));
    return g === 'planned' || g === 'hypothetical' || g === 'negated' ? g : null;
  }
  return null;
}

/** Adjectives saying how often a kind of event happens ("Kidnappings are common", "a regular occurrence"). */
const FREQUENCY_ADJECTIVES: ReadonlySet<string> = new Set([
  'common',
  'commonplace',
  'frequent',
  'rare',
  'routine',
  'widespread',
  'regular',
  'uncommon',
  'unusual',
  'endemic',
]);

/** Nouns of what an act costs, risks or is worth, whose bare gerund names the act in general ("the cost of protesting"). */
const ACT_VALUE_NOUNS: ReadonlySet<string> = new Set([
  'cost',
  'costs',
  'price',
  'risk',
  'risks',
  'danger',
  'dangers',
  'consequences',
  'benefits',
  'futility',
  'wisdom',
  'legality',
]);

/**
 * Session 21 ("senses" helper). Phenomenon: a bare gerund after "the cost of", "the risks of", "the wisdom of"
 * ("the cost of protesting can be heavy", "warned of the dangers of striking") names the act in general, none
 * that took place: `generic`. True for an "-ing" head right after "of" and such a noun.
 */
function actInGeneral(ix: ArticleIndex, head: number, floor: number): boolean {
  return (
    head - 2 >= floor &&
    ix.lower[head]!.endsWith('ing') &&
    ix.lower[head - 1] === 'of' &&
    ACT_VALUE_NOUNS.has(ix.lower[head - 2]!)
  );
}

/**
 * A noun naming a kind of event, not one: "such attacks", a bare plural as the subject of a trend verb
 * ("attacks are growing", "kidnappings have increased") or, since session 18, of "be" with a word of how often
 * ("Epidemics are common in the north", "Ambushes are a regular occurrence there": a habit of a region, no row).
 */
function genericNoun(ix: ArticleIndex, c: Candidate): boolean {
  const s = ix.sentences[c.sentence]!;
  const low = ix.lower[c.head]!;
  const plural = low !== ix.tokens[c.head]!.lemma.toLowerCase();
  for (let k = c.head - 1; k >= s.tokenStart && c.head - k <= 3; k--) {
    if (GENERIC_DETERMINERS.has(ix.lower[k]!)) return true;
    // Session 21 (the lead): "have carried out similar raids in the region", "similar attacks have been
    // reported before": a plural of "similar" with no time of its own names a kind of event, like "such
    // attacks". A singular one ("a similar attack"), a counted one ("several similar deaths", "two similar
    // attacks") or a dated one ("Similar attacks were reported in two towns on Monday") tells other events.
    if (ix.lower[k] === 'similar' && plural && !counted(ix, k - 1) && !sentenceDated(ix, s)) return true;
    if (ix.tokens[k]!.pos !== 'ADJ') break;
  }
  // The verb right after the noun (over auxiliaries and adverbs) is one of trend.
  let v = c.end;
  while (v < s.tokenEnd && v - c.end < 4 && (ix.tokens[v]!.pos === 'AUX' || ix.tokens[v]!.pos === 'ADV')) v++;
  const trend = v < s.tokenEnd && ix.tokens[v]!.pos === 'VERB' && TREND_VERBS.has(ix.tokens[v]!.lemma.toLowerCase());
  if (!trend && !howOften(ix, c.end, v)) return false;
  const prev = ix.tokens[c.head - 1];
  const bare = !prev || prev.sentence !== c.sentence || (prev.pos !== 'DET' && ix.lower[c.head - 1] !== "'s");
  // A plural: its lemma differs, or (a capitalised first word, which keeps its form as lemma) it ends in one -s.
  return bare && (plural || (c.head === s.tokenStart && /[^s]s$/.test(low)));
}

/** Words that count the events of a plural: "several similar deaths". */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['several', 'few', 'numerous', 'dozens', 'scores', 'hundreds']);

/** The word at `k` counts the plural after it: a figure or a counting word. */
function counted(ix: ArticleIndex, k: number): boolean {
  return k >= 0 && (ix.tokens[k]!.pos === 'NUM' || COUNTING_WORDS.has(ix.lower[k]!));
}

/** Some time expression stands in the sentence, after a date line glued to its start. */
function sentenceDated(ix: ArticleIndex, s: { i: number; tokenStart: number; tokenEnd: number }): boolean {
  for (let k = Math.max(s.tokenStart, ix.datelineEnd[s.i]!); k < s.tokenEnd; k++)
    if (ix.timexAt[k] !== null) return true;
  return false;
}

/** "are common", "remain rare", "are a regular occurrence": `be` (`remain`) at `from` and a frequency adjective at `v` (or after "a"). */
function howOften(ix: ArticleIndex, from: number, v: number): boolean {
  if (v <= from || v >= ix.tokens.length) return false;
  const copula = ix.tokens[from]!.lemma.toLowerCase();
  if (copula !== 'be' && copula !== 'remain') return false;
  const at = ix.lower[v] === 'a' || ix.lower[v] === 'an' ? v + 1 : v;
  return at < ix.tokens.length && FREQUENCY_ADJECTIVES.has(ix.lower[at]!);
}

/** Nouns of a prohibition ("a ban on protests", "a moratorium on executions"). */
const BAN_NOUNS: ReadonlySet<string> = new Set(['ban', 'bans', 'moratorium', 'prohibition', 'curfew']);

/**
 * Phenomenon: what a ban is on did not take place by the ban ("issued a ban on public gatherings and protests",
 * "a moratorium on executions"): the event noun is what is forbidden, no event. True when "on" or "against"
 * after a prohibition noun opens the noun's phrase (over determiners, adjectives and coordinated nouns).
 */
function banned(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k > floor && head - k <= 7; k--) {
    const t = ix.tokens[k]!;
    const low = ix.lower[k]!;
    if (low === 'on' || low === 'against') return BAN_NOUNS.has(ix.lower[k - 1]!);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'CCONJ' || low === ',')) return false;
  }
  return false;
}

/**
 * "called the explosion an attack": the noun is the name given to an event told already, not a new mention.
 * Returns the labelling verb's lemma, or null.
 */
/** The marks of a possessive before a noun ("Tuesday's attack", "the rebels' offensive"). */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

function labelled(ix: ArticleIndex, head: number): string | null {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  for (let k = head - 1; k >= s.tokenStart && head - k <= 6; k--) {
    const low = ix.lower[k]!;
    if (low === ',' || low === '.' || low === ';' || ix.tokens[k]!.pos === 'SCONJ') return null;
    // A preposition other than "as" or "of" opens a phrase of its own ("called the walkout after talks with
    // the ministry broke down"): the noun in it is not the name given ("described the blast as an attack").
    if (ix.tokens[k]!.pos === 'ADP' && low !== 'as' && low !== 'of') return null;
    if (ix.tokens[k]!.pos === 'VERB') {
      const lemma = ix.tokens[k]!.lemma.toLowerCase();
      // Session 22: a possessive before the noun is its own ("condemned Tuesday's attack", "denounced last week's
      // bombing"), no first object: the noun names the event told, with its day, and is no label.
      if (POSSESSIVE_MARKS.has(ix.lower[head - 1]!)) return null;
      // "called for talks" demands an event; it names none.
      return LABELLING_GOVERNORS.has(lemma) &&
        k < head - 2 &&
        !(lemma === 'call' && (ix.lower[k + 1] === 'for' || !namingCall(ix, k, head)))
        ? lemma
        : null;
    }
  }
  return null;
}

/**
 * Phenomenon: "call" names an event only with two objects, the thing and its name ("called the explosion an
 * attack", "called it a massacre"); with the event noun as its only object it convenes or orders it ("the union
 * called the walkout", "called a general strike", "called a snap election"). True when another noun or pronoun
 * stands between "call" at `verb` and the phrase of the event noun at `head` (a possessive's owner, "the
 * nurses' strike", belongs to the noun's phrase), or when a determiner after the noun opens its name.
 */
function namingCall(ix: ArticleIndex, verb: number, head: number): boolean {
  let j = head - 1;
  while (j > verb) {
    const pos = ix.tokens[j]!.pos;
    const low = ix.lower[j]!;
    if (low === "'s" || low === "'" || low === '’s' || low === '’') j -= 2;
    else if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || low === '-' || (pos === 'NOUN' && j === head - 1)) j--;
    else break;
  }
  if (j > verb) return true;
  // The event noun as the first object with its name after it: "called the explosion an attack".
  // Session 20: or with an adjective that judges it ("called the sanctions illegal", "called the vote unfair"):
  // a judgement of an event told already, as "condemned the sanctions" is; "called a general strike", "called
  // early elections" put no adjective after the noun and still convene one.
  const next = ix.tokens[head + 1];
  return (
    next !== undefined && next.sentence === ix.tokens[head]!.sentence && (next.pos === 'DET' || next.pos === 'ADJ')
  );
}

/** "claimed responsibility for the attack": the claimant, when the noun is what responsibility is taken for. */
function claimant(ix: ArticleIndex, c: Candidate): EntityRecord | null | undefined {
  if (c.kind !== 'noun') return undefined;
  const s = ix.sentences[c.sentence]!;
  let k = c.head - 1;
  while (
    k >= s.tokenStart &&
    (ix.tokens[k]!.pos === 'DET' || ix.tokens[k]!.pos === 'ADJ' || ix.tokens[k]!.pos === 'NUM')
  )
    k--;
  if (ix.lower[k] !== 'for' || ix.lower[k - 1] !== 'responsibility') return undefined;
  for (let v = k - 2; v >= s.tokenStart && k - v <= 4; v--) {
    if (ix.tokens[v]!.pos === 'VERB') return findSubject(ix, verbGroup(ix, v).start)[0]?.entity ?? null;
  }
  return null;
}

/** "no" or "without" before an event noun, over its adjectives ("no arrests", "without a vote"). */
function negativeDeterminer(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 3; k--) {
    if (ix.lower[k] === 'no') return true;
    // Session 14: "passed by parliament without a vote", "ended without any agreement": the event did not happen.
    if (ix.lower[k] === 'without') return true;
    if (ix.tokens[k]!.pos !== 'ADJ' && !INDEFINITE_DETERMINERS.has(ix.lower[k]!)) return false;
  }
  return false;
}

/**
 * Session 15: a clause whose subject is a negative quantifier says the event happened to nobody: "No one was
 * hurt", "Nobody was arrested", "None of the passengers were injured", "no soldiers were killed". The verb
 * names no event that took place (a stated zero toll stays on the event that caused it). `start` is the
 * first token of the verb group (its auxiliaries included).
 */
function negativeSubject(ix: ArticleIndex, start: number): boolean {
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  let k = start - 1;
  if (k >= floor && ix.lower[k] === 'else') k--;
  if (k < floor) return false;
  const w = ix.lower[k]!;
  if (w === 'nobody' || w === 'none' || w === 'no-one') return true;
  if (k - 1 >= floor && ix.lower[k - 1] === 'no' && (w === 'one' || ix.tokens[k]!.pos === 'NOUN')) return true;
  // "None of the (three) passengers": a partitive whose head the verb follows.
  for (let j = k; j >= floor && k - j <= 5; j--) {
    if (ix.lower[j] === 'none' && ix.lower[j + 1] === 'of') return true;
    if (ix.tokens[j]!.pos === 'VERB' || ix.lower[j] === ',') break;
  }
  return false;
}

/** "Police arrested no one", "the blast killed nobody": an active verb whose object is a negative quantifier. */
function negativeObject(ix: ArticleIndex, v: number): boolean {
  const next = ix.lower[v + 1];
  if (next === undefined || ix.tokens[v + 1]!.sentence !== ix.tokens[v]!.sentence) return false;
  return next === 'nobody' || next === 'no-one' || (next === 'no' && ix.lower[v + 2] === 'one');
}

/** Determiners between "without" and its event noun ("without a vote", "without any warning"). */
const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'any']);

/** How far back (tokens) an opening quotation mark is looked for. */
const QUOTE_WINDOW = 120;

/** Whether the trigger is in quotation marks within its sentence (an odd number of quote marks before it). */
function quoted(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  let open = 0;
  for (let k = Math.max(s.tokenStart, head - QUOTE_WINDOW); k < head; k++) {
    const low = ix.lower[k]!;
    if (low === '“') open = 1;
    else if (low === '”') open = 0;
    else if (low === '"') open ^= 1;
  }
  return open === 1;
}

/**
 * The source reporting the event at `head`: the subject of a reporting verb before it whose complement
 * holds it ("stated … that it held"), of one anywhere in the sentence when the trigger is quoted, or the
 * X of "according to X". Returns undefined when the event is not in a report context, null when it is
 * but the source is not an entity.
 */
function reportSource(ix: ArticleIndex, head: number, self: number): EntityRecord | null | undefined {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const isQuoted = quoted(ix, head);
  for (let k = Math.max(s.tokenStart, head - WINDOW); k < Math.min(s.tokenEnd, head + WINDOW); k++) {
    if (ix.lower[k] === 'according' && ix.lower[k + 1] === 'to') {
      const m = ix.mentionAt[k + 2] ?? -1;
      if (m >= 0) return ix.mentions[m]!.entity;
    }
  }
  let found: number = -1;
  for (let k = head - 1; k >= s.tokenStart && head - k <= 40; k--) {
    const t = ix.tokens[k]!;
    if (k === self || t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma.toLowerCase())) continue;
    // The complement must be open between the verb and the trigger: "that", a quote or a colon.
    for (let j = k + 1; j < head; j++) {
      const low = ix.lower[j]!;
      if (low === 'that' || low === '“' || low === '"' || low === ':' || low === ',') {
        found = k;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) {
    // A post-posed attribution closes the sentence: "…, the Egyptian Foreign Ministry said."
    let end = s.tokenEnd - 1;
    while (end > head && ix.tokens[end]!.pos === 'PUNCT') end--;
    const t = ix.tokens[end]!;
    if (end > head && t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma.toLowerCase()) && end !== self) {
      for (let j = end - 1; j > head && end - j <= 10; j--)
        if (ix.lower[j] === ',') {
          found = end;
          break;
        }
    }
  }
  if (found < 0 && isQuoted) {
    for (let k = head + 1; k < s.tokenEnd && k - head <= 60; k++) {
      const t = ix.tokens[k]!;
      if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma.toLowerCase())) {
        found = k;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  const subject = findSubject(ix, verbGroup(ix, found).start)[0];
  return subject ? subject.entity : null;
}

/** Status of a candidate. `self` is the trigger's own verb (a statement is not reported by itself). */
export function candidateStatus(ix: ArticleIndex, c: Candidate, toldBefore = true): StatusResult {
  const st = baseStatus(ix, c, toldBefore);
  // An attempt ("tried to assassinate him", "the failed assassination attempt") is an attack that took
  // place: the trying, failing or foiling words say the killing did not, not that nothing happened. A
  // negator or a future in the clause ("did not try to") still counts.
  if (c.attempt && st !== 'void' && (st.status === 'planned' || st.status === 'negated')) {
    const g = verbGroup(ix, c.kind === 'verb' ? c.head : c.governor >= 0 ? c.governor : c.head);
    // The trying verb's own group ("did not try to", "will try to") when the event is its infinitive.
    const gov = g.infinitive && g.start > 0 && ix.tokens[g.start - 1]!.pos === 'VERB' ? verbGroup(ix, g.start - 1) : g;
    if (!gov.future && !gov.negated && !g.negated) return { status: 'occurred', reportedBy: st.reportedBy };
  }
  return st;
}

/** Determiners that present an event noun as known: "the attack", "this week's bombing", "their strike". */
const KNOWN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', "'s"]);

/** Words that make an event in an object still to come: "to discuss a planned strike", "the proposed merger". */
const NOT_YET: ReadonlySet<string> = new Set([
  'planned',
  'proposed',
  'possible',
  'potential',
  'threatened',
  'upcoming',
]);

/**
 * Session 20: a known event as the object of a verb of reaction or inquiry ("will meet on Friday to discuss the
 * attack", "are to investigate the shooting") happened before it, whatever the verb's mood: the plan is the
 * meeting's, not the attack's. Not an indefinite or unsettled one ("to discuss a strike", "the planned strike").
 */
function presupposedObject(ix: ArticleIndex, head: number): boolean {
  if (!objectOfReaction(ix, head)) return false;
  let known = false;
  // Back to the verb of reaction (objectOfReaction found it within six words).
  for (let k = head - 1; k >= 0 && ix.tokens[k]!.pos !== 'VERB'; k--) {
    // "discussed scheduling the withdrawal": a gerund of planning between makes the event its object.
    if (NOT_YET.has(ix.lower[k]!) || ix.lower[k]!.endsWith('ing')) return false;
    if (KNOWN_DETERMINERS.has(ix.lower[k]!) || ix.lower[k] === '’s') known = true;
  }
  return known;
}

/** Nouns whose of-phrase names an event that has taken place: only a held vote has a result. */
const OUTCOME_NOUNS: ReadonlySet<string> = new Set(['result', 'results', 'outcome', 'aftermath']);

/** Words of a past period before a possessive: "last week's", "the previous day's". */
const PAST_PERIOD_WORDS: ReadonlySet<string> = new Set(['last', 'past', 'previous']);

/**
 * Session 21 (the lead). Phenomenon: an event noun that its own phrase places in the past ("last week's
 * election", "yesterday's attack", "the previous day's vote") or that has an outcome ("the result of the
 * election", "the outcome of the talks") has taken place, whatever the mood of the verb it depends on:
 * "marched to protest the result of last week's election" plans a protest, not an election. Not a weekday's
 * possessive ("ahead of Sunday's election" may be to come).
 */
function heldBefore(ix: ArticleIndex, head: number): boolean {
  let k = head - 1;
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  while (k >= floor && k >= head - 3 && (ix.tokens[k]!.pos === 'ADJ' || ix.tokens[k]!.pos === 'NOUN')) k--;
  if (k > floor && (ix.lower[k] === "'s" || ix.lower[k] === '’s')) {
    if (ix.lower[k - 1] === 'yesterday') return true;
    return k - 2 >= floor && PAST_PERIOD_WORDS.has(ix.lower[k - 2]!);
  }
  while (k >= floor && ix.tokens[k]!.pos === 'DET') k--;
  return k - 1 >= floor && ix.lower[k] === 'of' && OUTCOME_NOUNS.has(ix.lower[k - 1]!);
}

/**
 * Verbs that judge an event: "condemned the attack" names one told before, but when nothing of its kind was told
 * before it in the article ("The ministers condemned Sunday's attack on a bus that killed nine people") it is
 * the article's only telling of a real event, and a mention.
 */
const JUDGING_GOVERNORS: ReadonlySet<string> = new Set(['condemn', 'denounce']);

/** Words of suspicion or speculation whose "that" clause is a guess ("suspicious that they will buy more"). */
const SPECULATION_WORDS: ReadonlySet<string> = new Set([
  'suspicious',
  'suspect',
  'speculate',
  'speculation',
  'rumour',
  'rumor',
  'rumoured',
  'rumored',
  'guess',
  'wonder',
  // Session 22 ("senses" helper): a fear is no plan ("I feared he would steal my belongings", "officials fear
  // the rebels will attack the town"): what is feared may never come.
  'fear',
  'afraid',
  'worried',
]);

/**
 * Session 21 ("senses" helper). Phenomenon: a future told as someone's guess ("I'm still suspicious that they
 * will buy more in October", "traders suspect the bank will cut rates", "speculation that he will resign") is
 * no plan anyone has made: `hypothetical`. True when, back from the verb group at `start` (over its subject and
 * "that", up to ten words, stopping at another verb or at ";", ":" or a quote), a word of speculation governs it.
 */
function speculatedFuture(ix: ArticleIndex, start: number): boolean {
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  for (let k = start - 1; k >= floor && start - k <= 10; k--) {
    const low = ix.lower[k]!;
    if (SPECULATION_WORDS.has(low) || SPECULATION_WORDS.has(ix.tokens[k]!.lemma.toLowerCase())) return true;
    if (ix.tokens[k]!.pos === 'VERB' || low === ';' || low === ':' || low === '"') return false;
  }
  return false;
}

/**
 * Session 22 ("senses" helper). Phenomenon: a win told with a count of titles or games as its object ("winning
 * three championships in four years", "has won five titles", "won 12 races this season") sums a record over many
 * contests: `generic`, as "have won seven of eight" is, not one game's result. True for a sport verb "win" whose
 * next word is a number above one (a figure or a word: `numberWord`) and whose next-but-one or the word after is a
 * plural noun (an "s" ending); "won 2-1" is a score, "won the title" one.
 */
function countedWins(ix: ArticleIndex, c: Candidate): boolean {
  if (c.type.id !== 'sport' || c.kind !== 'verb' || ix.tokens[c.head]!.lemma.toLowerCase() !== 'win') return false;
  const n = numberWord(ix.lower[c.head + 1] ?? '');
  if (n === null || n < 2) return false;
  for (let x = c.head + 2; x <= c.head + 3; x++) {
    const t = ix.tokens[x];
    if (!t || t.sentence !== c.sentence) return false;
    if (t.pos === 'NOUN' && /s$/.test(ix.lower[x]!)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN') return false;
  }
  return false;
}

/** Event types held on a day set in advance, whose subject in a future clause is still to come. */
const SCHEDULED_TYPES: ReadonlySet<string> = new Set([
  'election',
  'meeting',
  'negotiation',
  'sport',
  'trial',
  'ceremony',
]);

/**
 * Session 21 ("senses" helper). Phenomenon: a scheduled event that is the subject of a future copula with an
 * adjective ("pledged the elections will be free and fair", "said the talks would be difficult", "the final will
 * be close") has not been held yet: `planned`. True for such a type whose noun phrase ends right before
 * "will"/"would"/"shall" and "be" and an adjective that is no participle ("the vote will be held" is left to the
 * verb's own reading, "the talks will be remembered" tells of talks held).
 */
function futureQuality(ix: ArticleIndex, c: Candidate): boolean {
  if (!SCHEDULED_TYPES.has(c.type.id)) return false;
  const m = ix.lower[c.end];
  if (m !== 'will' && m !== 'would' && m !== 'shall') return false;
  const adj = ix.tokens[c.end + 2];
  return (
    ix.lower[c.end + 1] === 'be' &&
    adj !== undefined &&
    adj.sentence === c.sentence &&
    adj.pos === 'ADJ' &&
    !ix.lower[c.end + 2]!.endsWith('ed')
  );
}

/** Contests held whatever their outcome: an election's vote, a game. */
const CONTEST_TYPES: ReadonlySet<string> = new Set(['election', 'sport']);

/**
 * Session 21 ("senses" helper). Phenomenon: a contest that "failed to" produce its result was held ("the
 * assembly failed to elect a president on Tuesday", "the party failed to win a majority", "Rovers failed to
 * beat City"): the vote or the game took place without the outcome sought, the story's news, not an event
 * that did not happen. True for an election or a game whose verb is the infinitive of "fail" with no negation
 * of its own ("did not fail to win" is left to the negation).
 */
function heldWithoutResult(c: Candidate, vg: VerbGroup): boolean {
  return CONTEST_TYPES.has(c.type.id) && vg.infinitive && vg.infinitiveGovernor === 'fail' && !vg.negated;
}

/**
 * Session 23 ("senses" helper). Phenomenon: "not ... until" dates an act, it does not deny it ("did not announce
 * his decision until the eve of the meeting", "will not resume until Monday", "was not charged until last
 * week"): the act happened, or will, at that time. True for "until" within the ten words after the verb, in its
 * clause (before a comma, a semicolon or a conjunction of a new clause), not "until further notice" (an open end:
 * still denied).
 */
function notUntil(ix: ArticleIndex, v: number): boolean {
  const s = ix.sentences[ix.tokens[v]!.sentence]!;
  for (let x = v + 1; x < s.tokenEnd && x - v <= 10; x++) {
    const low = ix.lower[x]!;
    if (low === 'until' || low === 'till') return ix.lower[x + 1] !== 'further';
    if (low === ',' || low === ';' || ix.tokens[x]!.pos === 'SCONJ' || ix.tokens[x]!.pos === 'CCONJ') return false;
  }
  return false;
}

/**
 * Session 23 ("senses" helper). Phenomenon: an event noun after a stack of modifiers ("police cancelled
 * opposition political rallies", "called off student anti-war protests") is the object of a verb of cancelling
 * that the governor search, which passes one noun modifier, does not reach: the event did not take place. True
 * for a noun with no governor whose first verb back, over up to four adjectives, nouns, names, determiners and
 * possessives, is a negating governor (`NEGATING_GOVERNORS`: cancel, postpone, suspend …), or "call" with "off".
 */
function cancelledOverModifiers(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 5; k--) {
    const t = ix.tokens[k]!;
    // "the failed attack", "a postponed vote": a participle after a determiner modifies the noun (an attempt
    // that took place; a postponement told by `nounFrame`), it governs nothing.
    if (t.pos === 'VERB') return ix.tokens[k - 1]?.pos !== 'DET' && NEGATING_GOVERNORS.has(t.lemma.toLowerCase());
    if (ix.lower[k] === 'off' && ix.tokens[k - 1]?.pos === 'VERB') return lemmaOf(ix, k - 1) === 'call';
    if (!['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM'].includes(t.pos) && ix.lower[k] !== "'s") return false;
  }
  return false;
}

/** Status before the attempt rule. `toldBefore`: an event of the candidate's kind was told before it. */
function baseStatus(ix: ArticleIndex, c: Candidate, toldBefore: boolean): StatusResult {
  let status: EventStatus | null = null;
  const claimedBy = claimant(ix, c);
  if (claimedBy !== undefined) return { status: 'claimed', reportedBy: claimedBy };
  if (actInGeneral(ix, c.head, ix.sentences[c.sentence]!.tokenStart)) return { status: 'generic', reportedBy: null };
  if (countedWins(ix, c)) return { status: 'generic', reportedBy: null };
  if (c.kind === 'noun' && (genericNoun(ix, c) || frequencyPhrase(ix, c.end - 1, ix.sentences[c.sentence]!.tokenEnd)))
    return { status: 'generic', reportedBy: null };
  if (c.kind === 'noun' && banned(ix, c.head)) return 'void';
  if (c.kind === 'noun') {
    const by = labelled(ix, c.head);
    if (by !== null && (toldBefore || !JUDGING_GOVERNORS.has(by))) return 'void';
  }
  if (conditional(ix, c.kind === 'noun' && c.governor >= 0 ? Math.min(c.head, c.governor) : c.head))
    return { status: 'hypothetical', reportedBy: null };
  if (c.kind === 'verb' && mandativeSubjunctive(ix, c.head)) return { status: 'hypothetical', reportedBy: null };
  if (c.kind === 'noun') {
    const frame = nounFrame(ix, c.head) ?? protestManner(ix, c.head);
    if (frame) return { status: frame, reportedBy: null };
    if (planContent(ix, c.head)) return { status: 'hypothetical', reportedBy: null };
  }
  if (c.kind === 'noun') {
    if (c.nominalGovernor && VOIDING_GOVERNORS.has(c.nominalGovernor)) return 'void';
    if (negativeDeterminer(ix, c.head)) status = 'negated';
    else if (futureQuality(ix, c)) return { status: 'planned', reportedBy: null };
    // Session 20: the object of a verb of reaction or inquiry ("will meet on Friday to discuss the attack",
    // "police are to investigate the shooting") happened before it: the verb's plan is not the event's.
    const presupposed = (c.relation === 'object' && presupposedObject(ix, c.head)) || heldBefore(ix, c.head);
    // A gerund read as a noun ("by bombing the bridges") takes its mood from the verb it depends on.
    if (status === null && !presupposed) status = prepositionalGerund(ix, c.head);
    if (c.governor < 0 && status === null && cancelledOverModifiers(ix, c.head)) status = 'negated';
    if (c.governor >= 0 && status === null && !presupposed) {
      const lemma = ix.tokens[c.governor]!.lemma.toLowerCase();
      if (c.relation === 'object' && VOIDING_GOVERNORS.has(lemma)) return 'void';
      // "called for three days of protests", "calls for talks": a demand that the event take place, not
      // a name given to one ("called the explosion an attack") nor one convened ("called a meeting").
      const demanded = lemma === 'call' && ix.lower[c.governor + 1] === 'for';
      // "called the explosion an attack", "condemned the attack": a name or judgement of an event, no new mention.
      if (
        c.relation === 'object' &&
        LABELLING_GOVERNORS.has(lemma) &&
        !demanded &&
        !(lemma === 'call' && !namingCall(ix, c.governor, c.head)) &&
        (toldBefore || !JUDGING_GOVERNORS.has(lemma))
      )
        return 'void';
      if (c.relation === 'object' && NEGATING_GOVERNORS.has(lemma)) status = 'negated';
      else if (c.relation === 'object' && PLANNING_GOVERNORS.has(lemma) && (!c.light || demanded)) status = 'planned';
      else {
        const g = groupStatusIn(ix, verbGroup(ix, c.governor));
        if (g === 'void') return 'void';
        // "The attack did not kill anyone", "the incidents did not involve the army": a negated verb says
        // something of an event that happened. Only a verb of occurring ("did not take place", "never
        // happened") or the noun's light verb negates the event it has as subject.
        status = g === 'negated' && c.relation === 'subject' && !c.light && !OCCURRENCE_VERBS.has(lemma) ? null : g;
      }
    }
  } else {
    const vg = verbGroup(ix, c.head);
    let g = groupStatusIn(ix, vg);
    if (g === 'void') return 'void';
    if (g === 'negated' && heldWithoutResult(c, vg)) g = null;
    if (g === 'negated' && notUntil(ix, c.head)) {
      const undenied = groupStatus({ ...vg, negated: false });
      if (undenied === 'void') return 'void';
      g = undenied;
    }
    if (
      g === 'planned' &&
      c.type.id === 'sport' &&
      vg.infinitive &&
      (resultInfinitive(ix, vg.start) || scoredResult(ix, c.head))
    )
      g = null;
    status = g ?? gerundUnder(ix, c.head, vg) ?? prepositionalGerund(ix, vg.start);
    if (status === 'planned' && speculatedFuture(ix, vg.start)) status = 'hypothetical';
    if ((status === null || status === 'ongoing') && (negativeSubject(ix, vg.start) || negativeObject(ix, c.head)))
      status = 'negated';
    if (status === null && habitualPresent(ix, c, vg)) status = scheduledPresent(ix, c.head) ? 'planned' : 'generic';
    if (status === 'ongoing' && presentContinuative(ix, vg.start)) status = 'generic';
    // A record over games is no game, whatever mood its verb has ("have been unable to win any of their four
    // matches" is no match planned).
    if ((status === null || status === 'planned') && c.type.id === 'sport' && recordOverGames(ix, c.head))
      status = 'generic';
    if (
      status === null &&
      c.type.id === 'statement' &&
      c.sentence !== headlineSentence(ix) &&
      standingPosition(ix, c.head)
    )
      status = 'generic';
  }
  if (status !== null && status !== 'ongoing') return { status, reportedBy: null };
  const self = c.kind === 'verb' ? c.head : c.governor;
  let source: EntityRecord | null | undefined;
  // A statement is itself the report: it is not "reported" by its own speaker.
  if (c.type.id === 'statement') source = undefined;
  else if (
    c.kind === 'noun' &&
    c.relation === 'object' &&
    c.governor >= 0 &&
    PERFORMATIVE_GOVERNORS.has(ix.tokens[c.governor]!.lemma.toLowerCase())
  )
    source = undefined;
  else if (
    c.kind === 'noun' &&
    c.relation === 'object' &&
    c.governor >= 0 &&
    REPORTING_VERBS.has(ix.tokens[c.governor]!.lemma.toLowerCase())
  ) {
    // "announced the holding of a meeting": the meeting is known from the announcer.
    source = findSubject(ix, verbGroup(ix, c.governor).start)[0]?.entity ?? null;
  } else source = reportSource(ix, c.head, self);
  if (source !== undefined) return { status: 'reported', reportedBy: source };
  return { status: status ?? 'occurred', reportedBy: null };
}
