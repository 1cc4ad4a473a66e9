/**
 * Event dates. In order: the time expression in the trigger's own clause; else one in its sentence;
 * else the narrative reference time (the last date the same paragraph set); else unknown. Only the
 * text's own time expressions are used: an event the text leaves undated is never given the publication
 * date. Durations and sets are not dates.
 */
import type { EventDate, Sentence, TimexRecord } from '../types.js';
import { lemmaOf, lowerAt, type ArticleIndex } from './article-index.js';
import { declareWordClass, TIME_SET } from './word-classes.js';
import { REPORTING_VERBS, TEMPORAL_PREPOSITIONS, TREND_VERBS } from './cues.js';
import { pastTense, verbGroup, type VerbGroup } from './syntax.js';
import { dayIndex, isoWeekday, parseDay } from '../timex/calendar.js';

/** A time expression usable as an event date. */
function datable(x: TimexRecord): boolean {
  return x.value !== null && (x.type === 'DATE' || x.type === 'TIME');
}

/** True for vague values (`PAST_REF`, `FUTURE_REF`, …), which date nothing to a calendar bucket. */
function vague(x: TimexRecord): boolean {
  return /_REF$/.test(x.value ?? '') || x.precision === 'vague' || x.precision === 'unknown';
}

/**
 * The narrative reference time at the start of each sentence: the last specific date of an earlier
 * sentence in the same paragraph. Sentences without a verb (headings, date lines) set no reference.
 * Phenomenon (session 14): the date of a report ("…, police said on Sunday", "the ministry on Thursday said")
 * is when the story was told, not a time at which it stands: it sets no reference time either, so the next
 * sentence's undated act ("The gunmen attacked the village", "Troops arrested three suspects overnight") stays
 * at the time the events were told to happen, not the day they were reported.
 */
export function narrativeTimes(
  ix: ArticleIndex,
  eventHeads: ReadonlySet<number> = new Set<number>(),
): Array<TimexRecord | null> {
  const out: Array<TimexRecord | null> = new Array<TimexRecord | null>(ix.sentences.length).fill(null);
  let current: TimexRecord | null = null;
  for (const s of ix.sentences) {
    if (s.i > 0 && ix.paragraphOf[s.i] !== ix.paragraphOf[s.i - 1]) current = null;
    out[s.i] = current;
    if (ix.hasVerb[s.i] === 0) continue;
    for (const x of ix.timexBySentence[s.i]!)
      if (
        datable(x) &&
        !vague(x) &&
        !inDateline(ix, x) &&
        modifiedNoun(ix, x) < 0 &&
        !openBound(ix, x) &&
        !backgroundClause(ix, x, eventHeads) &&
        !attributionTime(ix, x, []) &&
        !periodOfFigures(ix, x) &&
        !pastPerfectClause(ix, x)
      )
        current = x;
  }
  return out;
}

/**
 * Phenomenon (session 21): a past perfect tells what happened before the story's time ("The two sides had
 * signed a truce in May. Shelling resumed near the border on Sunday, and …"): its time expression dates its
 * own clause (and a conjunct sharing it: "had met on Monday and agreed …") but is no time at which the story
 * stands, so a later sentence's undated event does not move back to it. True when the verb of the expression's
 * clause (the nearest before it, else after it, in the clause) is a past perfect ("had signed", "had been
 * arrested"). Not a date fronted before its clause ("On Aug. 7, the envoys had just ended a meeting. They were
 * talking when the bomb went off"): it sets the scene the next sentences are told in.
 */
function pastPerfectClause(ix: ArticleIndex, x: TimexRecord): boolean {
  const [a, b] = ix.timexTokens.get(x)!;
  const s = ix.sentences[ix.tokens[a]!.sentence]!;
  if (a - s.tokenStart <= 1 && ix.lower[b] === ',') return false;
  const clause = ix.clauseOf[a]!;
  let v = -1;
  for (let k = a - 1; k >= s.tokenStart && ix.clauseOf[k] === clause; k--)
    if (ix.tokens[k]!.pos === 'VERB') {
      v = k;
      break;
    }
  for (let k = b; v < 0 && k < s.tokenEnd && ix.clauseOf[k] === clause; k++) if (ix.tokens[k]!.pos === 'VERB') v = k;
  if (v < 0) return false;
  const g = verbGroup(ix, v);
  return g.perfect && !g.present && !g.future && g.modal === null && !g.infinitive;
}

/** Subordinators whose clause tells what happened before, or what the story's time is measured from. */
const BACKGROUND_SUBORDINATORS: ReadonlySet<string> = new Set(['since']);

/**
 * Phenomenon (session 13): a time expression inside a relative clause on a noun that is no event ("arrested a
 * man suspected of starting a fire that destroyed a warehouse in August", "the suspect, who had been released
 * in 2022, …") or inside a "since" clause ("strikes every month since the cuts were announced earlier this
 * year") dates background, not the story: it does not move the paragraph's reference time, so the next
 * sentence's undated retelling ("He was detained at his home") is not put in August. A relative clause on an
 * event noun ("an offensive that began on Monday") tells the event and still sets it. True when, walking back
 * from the expression over at most ten words with no comma or semicolon, such an opener is reached with a verb
 * between.
 */
function backgroundClause(ix: ArticleIndex, x: TimexRecord, eventHeads: ReadonlySet<number>): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  let verb = false;
  for (let k = a - 1; k > floor && a - k <= 10; k--) {
    const low = ix.lower[k]!;
    if (low === ',' || low === ';' || low === ':') return false;
    if (ix.tokens[k]!.pos === 'VERB' || ix.tokens[k]!.pos === 'AUX') verb = true;
    if (BACKGROUND_SUBORDINATORS.has(low)) return verb;
    if (!RELATIVE_CLAUSE_PRONOUNS.has(low)) continue;
    if (!verb) return false;
    let n = k - 1;
    if (ix.lower[n] === ',' && n > floor) n--;
    const pos = ix.tokens[n]!.pos;
    return (pos === 'NOUN' || pos === 'PROPN') && !eventHeads.has(n);
  }
  return false;
}

/** Words that make a time expression the bound of an open span ("born after 2010", "since March", "until 1990"). */
const BOUND_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till']);

/**
 * Phenomenon: a time expression that bounds an open span ("a ban on anyone born after 2010", "prices have
 * risen since March", "in office until 1990") is no time at which the story stands: it sets no narrative
 * reference time for the sentences after it ("Lawmakers voted 68-52" is the day the law was passed).
 */
function openBound(ix: ArticleIndex, x: TimexRecord): boolean {
  if (x.mod === 'AFTER' || x.mod === 'BEFORE' || x.mod === 'ON_OR_AFTER' || x.mod === 'ON_OR_BEFORE') return true;
  const [a] = ix.timexTokens.get(x)!;
  return BOUND_WORDS.has(ix.lower[a]!) || (a > 0 && BOUND_WORDS.has(ix.lower[a - 1]!));
}

function toDate(x: TimexRecord, source: EventDate['source']): EventDate {
  const d: EventDate = { value: x.value, precision: x.precision, source, timex: x.id };
  if (x.mod) d.mod = x.mod;
  return d;
}

/**
 * Nouns that name a place, trace, aftermath or remembrance of an event ("the site of the shooting", "the
 * scene of the attack", "in the wake of the blast", "the anniversary of the bombing", "victims of the
 * attack"): the event after their "of" is one already known, not what their clause tells.
 */
const TRACE_NOUNS: ReadonlySet<string> = new Set([
  'site',
  'scene',
  'location',
  'spot',
  'aftermath',
  'wake',
  'anniversary',
  'memory',
  'memorial',
  'victim',
  'victims',
  'survivor',
  'survivors',
  'ruins',
  'rubble',
  'wreckage',
  'crater',
]);

/**
 * True when an event noun is background, named as a known event rather than told: in a temporal phrase
 * ("since the armistice", "after the attack", "following the bombings") or after "of" under a noun of
 * place, trace or remembrance ("searched the site of the shooting", "the anniversary of the bombing").
 * Such a noun is not dated by its clause (see chooseDate).
 */
export function inTemporalPhrase(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  for (let k = head - 1; k >= s.tokenStart && head - k <= 4; k--) {
    const t = ix.tokens[k]!;
    if (TEMPORAL_PREPOSITIONS.has(ix.lower[k]!) && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB'))
      return true;
    if (ix.lower[k] === 'of' && k > s.tokenStart && TRACE_NOUNS.has(ix.lower[k - 1]!)) return true;
    // Session 18: a name or noun modifying the event noun is part of its phrase ("since the Africa bombings",
    // "after the embassy attack").
    if (t.pos === 'PROPN' || t.pos === 'NOUN') continue;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'PRON' && ix.lower[k] !== "'s") return false;
  }
  return false;
}

/**
 * Irregular past participles that describe a noun by the event that left it (session 21: "the crater left by the
 * blast", "the damage done by the storm", "the hole dug by the shell"): as "caused by", "suffered in".
 */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['left', 'made', 'done', 'dug', 'torn', 'struck']);

/** Prepositions that attach an event to a participle describing a noun ("injuries suffered during the attack"). */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'in', 'from', 'by', 'at']);

/**
 * Phenomenon: an event noun inside a participle phrase that describes another noun ("died in 1977 of
 * injuries suffered during the attack", "damage caused by the blast was repaired in May", "met on Tuesday to
 * finish talks that were interrupted by the bombing") is named as
 * known background to that noun: the clause's date is what happened to the noun later, not the event's.
 * True when the noun (determiners and modifiers before it) follows such a preposition, whose participle
 * follows a noun.
 */
export function inParticipleModifier(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  let k = head - 1;
  while (k >= s.tokenStart && head - k <= 4) {
    const pos = ix.tokens[k]!.pos;
    // Session 14: a noun of a compound too ("charged with planning a knife attack", "a car bomb attack").
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'PROPN' || pos === 'NOUN' || ix.lower[k] === "'s")
      k--;
    else break;
  }
  if (k - 2 < s.tokenStart || !PARTICIPLE_PREPOSITIONS.has(ix.lower[k]!) || ix.tokens[k]!.pos !== 'ADP') return false;
  const v = ix.tokens[k - 1]!;
  if (v.pos !== 'VERB' || !(/(?:ed|en)$/.test(ix.lower[k - 1]!) || IRREGULAR_PARTICIPLES.has(ix.lower[k - 1]!)))
    return false;
  // The described noun, right before the participle or before a passive relative clause ("talks that were
  // interrupted by the bombing").
  let j = k - 2;
  while (j > s.tokenStart && k - j <= 5 && PASSIVE_AUXILIARIES.has(ix.lower[j]!)) j--;
  if (j < k - 2 && RELATIVE_PRONOUNS.has(ix.lower[j]!)) j--;
  else if (j < k - 2) return false;
  return j >= s.tokenStart && ix.tokens[j]!.pos === 'NOUN';
}

/** Verbs of dying that take no object, so their `-ed` form is never a passive participle. */
const INTRANSITIVE_RESULTS: ReadonlySet<string> = new Set(['die', 'perish', 'drown', 'succumb']);

/**
 * Session 15: the cause noun of a verb of dying that takes no object ("Twelve soldiers died in an ambush on
 * Tuesday", "nine people perished in a landslide"). `inParticipleModifier` reads "died in" like "injuries
 * suffered in", but "died" has no passive participle: the clause tells the deaths, and the noun is the event
 * they are counted under. Told with no date it is as often an old cause ("His mother died in a boating
 * accident") as the day's news, so the caller lets only a date of its own clause make it news.
 */
export function causeOfDying(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  let k = head - 1;
  while (k >= s.tokenStart && head - k <= 4 && /^(?:DET|ADJ|NUM|PROPN|NOUN)$/.test(ix.tokens[k]!.pos)) k--;
  if (k - 1 < s.tokenStart || ix.lower[k] !== 'in' || ix.tokens[k]!.pos !== 'ADP') return false;
  const v = ix.tokens[k - 1]!;
  return v.pos === 'VERB' && INTRANSITIVE_RESULTS.has(v.lemma.toLowerCase());
}

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'had', 'has', 'have', 'being']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which']);

/** Punctuation that sets off a phrase inside a sentence: commas and dashes. */
const PHRASE_BOUNDS: ReadonlySet<string> = new Set([',', '-', '--', '—', '–']);
const DASHES: ReadonlySet<string> = new Set(['-', '--', '—', '–']);

/** True when token `k` is a dash between words, not a hyphen inside one ("cordon-and-search"). */
function spacedDash(ix: ArticleIndex, k: number): boolean {
  if (!DASHES.has(ix.lower[k]!)) return false;
  const t = ix.tokens[k]!;
  return k === 0 || k + 1 >= ix.tokens.length || ix.tokens[k - 1]!.end < t.start || ix.tokens[k + 1]!.start > t.end;
}

/**
 * True when a time expression sits in a comma-delimited stretch with a verb of its own that is none of
 * the event's words ("Boeing has announced that development, begun two years ago, has been pushed back"):
 * that verb, not the event, is what the expression dates.
 */
function claimedByOtherVerb(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const [a, b] = ix.timexTokens.get(x)!;
  const s = ix.sentences[ix.tokens[a]!.sentence]!;
  let from = a;
  while (from > s.tokenStart && a - from < 12 && !PHRASE_BOUNDS.has(ix.lower[from - 1]!)) from--;
  let to = b;
  while (to < s.tokenEnd && to - b < 12 && !PHRASE_BOUNDS.has(ix.lower[to]!)) to++;
  if (from === s.tokenStart || to === s.tokenEnd) return false;
  // Session 18: only a phrase set off on both sides by commas or dashes (", including two disasters this year -
  // the losses of …"); twelve words of a main clause are none ("A landslide buried a passenger bus on a highway
  // west of the capital on Sunday, killing 14": Sunday is the landslide's).
  if (!PHRASE_BOUNDS.has(ix.lower[from - 1]!) || !PHRASE_BOUNDS.has(ix.lower[to]!)) return false;
  // Session 20: a dash that closes an aside opened earlier ("tens of thousands of women -- hundreds pregnant and
  // others carrying children -- marched along the boulevard on Friday, waving flags") hands the clause back to
  // the main verb: what follows is the main clause, not a phrase set off.
  if (spacedDash(ix, from - 1)) {
    let open = false;
    for (let k = s.tokenStart; k < from - 1; k++) if (spacedDash(ix, k)) open = !open;
    if (open) return false;
  }
  // Session 14: not the clause a participle right after it hangs on ("sank off Bali late on Tuesday, killing at
  // least 12 people": the deaths are the sinking's).
  if (anchors.some((k) => k === to + 1 && ix.tokens[k]!.pos === 'VERB' && ix.lower[k]!.endsWith('ing'))) return false;
  let otherVerb = false;
  for (let k = from; k < to; k++) {
    if (anchors.includes(k)) return false;
    if (ix.tokens[k]!.pos === 'VERB' && ix.timexAt[k] === null) otherVerb = true;
  }
  return otherVerb;
}

/**
 * Phenomenon: a time expression inside a relative clause on another noun dates that clause's verb, not the
 * event of the clause the noun stands in ("The ruling ends a legal battle that began in 2019": 2019 is when the
 * battle began; "police arrested a man who had robbed a bank on Monday"). True when, walking back from the
 * expression within eight words and no comma, a relative pronoun is reached whose antecedent noun is none of
 * the event's words, with a verb between the pronoun and the expression. A relative clause on the event's own
 * noun ("the attack, which happened on Tuesday") keeps its date.
 */
function inRelativeClauseOfOtherNoun(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  let verb = false;
  for (let k = a - 1; k > floor && a - k <= 8; k--) {
    if (anchors.includes(k) || ix.lower[k] === ',' || ix.lower[k] === ';') return false;
    if (ix.tokens[k]!.pos === 'VERB' || ix.tokens[k]!.pos === 'AUX') verb = true;
    if (verb && zeroRelative(ix, k, floor, anchors)) return true;
    if (!RELATIVE_CLAUSE_PRONOUNS.has(ix.lower[k]!)) continue;
    let n = k - 1;
    if (ix.lower[n] === ',' && n > floor) n--;
    const pos = ix.tokens[n]!.pos;
    return verb && (pos === 'NOUN' || pos === 'PROPN') && !anchors.includes(n) && ix.timexAt[n] === null;
  }
  return false;
}

/** Finite auxiliaries that open a main clause's verb group right after an embedded clause's verb. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

/**
 * Phenomenon (session 19): a clause embedded in a long subject ends where the main clause's verb group begins
 * ("The man who threw the grenade seconds before the bomb exploded was identified on Thursday", "A guard who
 * fired as the gunmen fled is recovering"): the verb of the embedded clause is followed at once by a finite
 * auxiliary, which no verb group of its own has after its main verb. A time expression from there on is the main
 * clause's and dates neither the embedded verb nor its clause. The token of that auxiliary for a verb `head`
 * (over adverbs between), or -1.
 */
function embeddedClauseEnd(ix: ArticleIndex, head: number): number {
  if (ix.tokens[head]!.pos !== 'VERB') return -1;
  const end = ix.sentences[ix.tokens[head]!.sentence]!.tokenEnd;
  let k = head + 1;
  while (k < end && k - head <= 2 && ix.tokens[k]!.pos === 'ADV') k++;
  return k < end && ix.tokens[k]!.pos === 'AUX' && FINITE_AUXILIARIES.has(ix.lower[k]!) ? k : -1;
}

/** Relative pronouns that open a clause on the noun before them. */
const RELATIVE_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);

/** Verbs whose object may be followed by a clause with no "that" ("told reporters he met …"): no relative clause. */
const TELLING_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'warn',
  'assure',
  'inform',
  'remind',
  'convince',
  'persuade',
  'promise',
  'notify',
  'show',
  'ask',
]);

/**
 * Session 22: a relative clause with no relative pronoun ("Ballanger beat Neumann to add the title to the gold
 * medal she won in July", "the match he played on Sunday") opens with a subject pronoun right after its noun: its
 * time expression is its own verb's, not the main clause's. True when token `k` is such a pronoun after a noun
 * that is none of the event's words; not after the object of a verb of telling ("told reporters he met the envoy
 * on Monday", whose clause is the object said).
 */
function zeroRelative(ix: ArticleIndex, k: number, floor: number, anchors: readonly number[]): boolean {
  if (!SUBJECT_PRONOUNS.has(ix.lower[k]!) || k - 1 <= floor) return false;
  const n = k - 1;
  if (ix.tokens[n]!.pos !== 'NOUN' || anchors.includes(n) || ix.timexAt[n] !== null) return false;
  // Back over the noun's determiner and modifiers to the word that governs it.
  let g = n - 1;
  while (g > floor && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(ix.tokens[g]!.pos)) g--;
  return !(ix.tokens[g]!.pos === 'VERB' && TELLING_VERBS.has(lemmaOf(ix, g)));
}

/**
 * Phenomenon: a time expression next to a report verb dates the report, not what is reported ("…, officials
 * said as dawn broke Saturday", "Police said Friday that …", "the ministry on Thursday said"): news is told a
 * day or more after it happened, and ACLED codes such an event by the report only when nothing else dates it
 * (our publication fallback). True when a reporting verb stands within five words of the expression with no
 * punctuation and none of the event's own words between them; the report's own event keeps it.
 */
function attributionTime(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const [a, b] = ix.timexTokens.get(x)!;
  const s = ix.sentences[ix.tokens[a]!.sentence]!;
  const reportAt = (k: number): boolean => reportVerbAt(ix, k);
  // Nothing of the event, no punctuation, and no other time or temporal word ("said three days after April 15").
  const clear = (k: number): boolean =>
    !anchors.includes(k) &&
    ix.tokens[k]!.pos !== 'PUNCT' &&
    (ix.timexAt[k] === null || ix.timexAt[k] === x) &&
    !TEMPORAL_PREPOSITIONS.has(ix.lower[k]!);
  // A report verb before the expression: "said Friday", "told reporters on Friday", "said as dawn broke Saturday".
  for (let k = a - 1; k >= s.tokenStart && a - k <= 5 && clear(k); k--) if (reportAt(k)) return true;
  // After it: "the ministry on Thursday said". Not across a conjunction: in "reported a loss on Tuesday and said
  // it would cut jobs" the Tuesday ends the first conjunct and dates its event (session 14). Session 21: nor an
  // infinitive ("The Senate voted 58 to 41 on Wednesday to confirm her as ambassador"): the time ends the clause
  // of the verb the infinitive hangs on, and the report verb in it is what that vote or meeting was for.
  for (
    let k = b;
    k < s.tokenEnd && k - b < 3 && clear(k) && !CLAUSE_CONJUNCTIONS.has(ix.lower[k]!) && ix.lower[k] !== 'to';
    k++
  )
    if (reportAt(k)) return true;
  return false;
}

/**
 * Phenomenon (session 17): a present perfect reported by a dated report verb ("Zentrix announced Monday it has
 * settled the dispute", "the ministry said on Friday that it has signed the deal") happened by the report, and
 * business and wire copy date it to the report's day: the "has" tells news of that day, not background.
 * `x` is an attribution time (see `attributionTime`); true when the event's verb `head` comes after it and
 * after its report verb, with only a "that", a short subject ("it", "the company", a name), "has"/"have" and an
 * adverb of completion between. Not a past perfect ("said Monday it had settled": before the report, told
 * as background), a progressive ("has been cutting", an ongoing course), a negation ("has never sold"), or a
 * report verb that is not next to the time (the time is then another clause's).
 */
function perfectReportedAt(ix: ArticleIndex, x: TimexRecord, head: number): boolean {
  const [a, b] = ix.timexTokens.get(x)!;
  if (head < b || ix.tokens[head]!.pos !== 'VERB') return false;
  const s = ix.sentences[ix.tokens[a]!.sentence]!;
  const reportAt = (k: number): boolean => reportVerbAt(ix, k);
  let report = -1;
  for (let k = a - 1; k >= s.tokenStart && a - k <= 3 && report < 0; k--) if (reportAt(k)) report = k;
  for (let k = b; k < head && k - b < 3 && report < 0; k++) if (reportAt(k)) report = k;
  if (report < 0) return false;
  let k = head - 1;
  while (k > b && PERFECT_ADVERBS.has(ix.lower[k]!)) k--;
  if (ix.lower[k] !== 'has' && ix.lower[k] !== 'have') return false;
  // The reported clause's subject: a pronoun or a short noun phrase, right after the report (and its time).
  let subject = 0;
  const lower = Math.max(b, report + 1);
  for (k--; k >= lower; k--) {
    const t = ix.tokens[k]!;
    if (ix.lower[k] === 'that' && k === lower) break;
    if (!(t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ'))
      return false;
    if (++subject > 4) return false;
  }
  return subject > 0;
}

/** Adverbs between "has" and its participle that keep it a completed act ("has now settled", "has finally agreed"). */
const PERFECT_ADVERBS: ReadonlySet<string> = new Set(['already', 'now', 'also', 'finally', 'formally', 'officially']);

/** True for a report verb at `k` ("said", "announced"; not "claimed … lives"). */
function reportVerbAt(ix: ArticleIndex, k: number): boolean {
  return ix.tokens[k]!.pos === 'VERB' && REPORTING_VERBS.has(ix.tokens[k]!.lemma.toLowerCase()) && !tollClaim(ix, k);
}

/**
 * Phenomenon: "claim" with lives as its object is a toll, not a report ("the bombings last week claimed at
 * least 217 lives", "the fire claimed the lives of six"): the time expression next to it dates the event.
 */
function tollClaim(ix: ArticleIndex, k: number): boolean {
  if (ix.tokens[k]!.lemma.toLowerCase() !== 'claim') return false;
  const end = ix.sentences[ix.tokens[k]!.sentence]!.tokenEnd;
  for (let j = k + 1; j < end && j - k <= 5; j++) {
    const w = ix.lower[j]!;
    if (w === 'lives' || w === 'life') return true;
    if (ix.tokens[j]!.pos === 'VERB' || ix.tokens[j]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** How far (tokens) from its trigger a time expression may date an event: a sentence-sized reach. */
const DATE_WINDOW = 60;

/** The time expressions of a sentence starting in the token range `[lo, hi]` (binary search: sentences may be huge). */
function timexesBetween(ix: ArticleIndex, sentence: number, lo: number, hi: number): TimexRecord[] {
  const list = ix.timexBySentence[sentence]!;
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (ix.timexTokens.get(list[mid]!)![1] <= lo) a = mid + 1;
    else b = mid;
  }
  const out: TimexRecord[] = [];
  for (let i = a; i < list.length && ix.timexTokens.get(list[i]!)![0] <= hi; i++) out.push(list[i]!);
  return out;
}

/** Nouns of reported figures that a period names ("fourth-quarter profit", "first-half sales", "full-year forecast"). */
const FIGURE_NOUNS: ReadonlySet<string> = new Set([
  'profit',
  'profits',
  'revenue',
  'revenues',
  'earnings',
  'income',
  'loss',
  'losses',
  'sales',
  'results',
  'net',
  'turnover',
  'margin',
  'margins',
  'forecast',
  'forecasts',
  'outlook',
  'dividend',
  'output',
  'growth',
  'deficit',
  'surplus',
  'shipments',
  'deliveries',
]);

/**
 * Phenomenon (session 14): a period before a noun of reported figures ("reported a fall in fourth-quarter
 * profit on Tuesday", "after it reported first-quarter revenue above forecasts", "posted third-quarter net
 * income", "cut its full-year forecast") names the period the figures cover, not when they were reported:
 * results are dated by their report, as news dates them, and such a period sets no narrative time. Only the
 * figure's own noun as the event ("a third-quarter net loss of $35 million") takes it, when its clause gives no
 * date of the report ("reported a third-quarter loss … on Tuesday" is the Tuesday). True when
 * the expression stands right before such a noun, with at most two modifiers between ("first-quarter
 * operating profit", "third-quarter net income").
 */
function periodOfFigures(ix: ArticleIndex, x: TimexRecord): boolean {
  if (comparisonPeriod(ix, x) || periodCovered(ix, x) || periodEnd(ix, x)) return true;
  const b = ix.timexTokens.get(x)![1];
  const end = ix.sentences[ix.tokens[b - 1]!.sentence]!.tokenEnd;
  for (let k = b; k < end && k - b < 3; k++) {
    if (FIGURE_NOUNS.has(ix.lower[k]!)) return true;
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'ADJ' && pos !== 'NOUN' && ix.lower[k] !== '-') return false;
  }
  return false;
}

/** Prepositions that open the period a figure covers ("profits during the last quarter", "sales in May"). */
const PERIOD_OPENERS: ReadonlySet<string> = new Set(['during', 'for', 'in', 'over']);
const PERIOD_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'this', 'that']);

/**
 * Phenomenon (session 19): a period after a noun of reported figures, opened by a preposition ("a 40 percent
 * increase in its profits during the last quarter", "net income for the first half rose", "sales in May fell")
 * names what the figures cover, like "fourth-quarter profit": results are dated by their report (the gold's
 * convention and the news's), not by the quarter. True when the expression (not a single day) follows one of
 * `PERIOD_OPENERS`, with a noun of figures at most four words before the preposition ("its profits during").
 */
function periodCovered(ix: ArticleIndex, x: TimexRecord): boolean {
  if (x.precision === 'day' || x.precision === 'unknown') return false;
  let a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  // A possessive or article outside the expression ("for its fourth quarter").
  if (a - 1 > floor && PERIOD_DETERMINERS.has(ix.lower[a - 1]!)) a--;
  if (a - 1 < floor || !PERIOD_OPENERS.has(ix.lower[a - 1]!)) return false;
  for (let k = a - 2; k >= floor && a - 1 - k <= 4; k--) {
    if (FIGURE_NOUNS.has(ix.lower[k]!)) return true;
    if (ix.tokens[k]!.pos === 'VERB' || ix.tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** Words of a reporting period whose end a date can name ("the quarter ended Sept. 30", "the year ending March 31"). */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['quarter', 'half', 'year', 'period', 'months', 'weeks']);

/**
 * Phenomenon (session 19): a date that ends a reporting period ("its fourth quarter ended Sept. 30", "the last
 * quarter, which ended December 30", "the fiscal year ending March 31") is a bound of the period, not when an
 * event happened or was reported. True for an expression after "ended"/"ending"/"ends" whose subject, at most
 * three words back over "which" and a comma, is a period noun.
 */
function periodEnd(ix: ArticleIndex, x: TimexRecord): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  const verb = ix.lower[a - 1];
  if (a - 2 < floor || (verb !== 'ended' && verb !== 'ending' && verb !== 'ends')) return false;
  for (let k = a - 2; k >= floor && a - 1 - k <= 3; k--) {
    const low = ix.lower[k]!;
    if (PERIOD_NOUNS.has(low)) return true;
    if (low !== 'which' && low !== ',') return false;
  }
  return false;
}

/** The period figures are compared with: "a year earlier", "a year ago", "the year-earlier quarter". */
const COMPARISON_PERIOD =
  /\b(?:a|one) year (?:earlier|ago|before)\b|\byear-(?:earlier|ago)\b|\b(?:previous|prior) (?:year|quarter)\b/i;

/**
 * Phenomenon (session 15): a period right after a figure ("net income rose 14% to $212 million, from $186 million a
 * year earlier", "up from 3.1% a year ago") is what the figure is compared with, not when anything happened: it
 * dates no event and sets no narrative time. True for such an expression with a number, an amount or a percent
 * within four words before it.
 */
function comparisonPeriod(ix: ArticleIndex, x: TimexRecord): boolean {
  if (!COMPARISON_PERIOD.test(x.text)) return false;
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  for (let k = a - 1; k >= floor && a - k <= 4; k--) {
    const low = ix.lower[k]!;
    if (ix.tokens[k]!.pos === 'NUM' || low === '%' || low === 'percent' || /^[$€£¥]|\d/.test(low)) return true;
  }
  return false;
}

/** Words that make a "with" phrase tell an event of its own ("with deliveries due in 2028"). */
const WITH_PREDICATES: ReadonlySet<string> = new Set(['due', 'expected', 'scheduled', 'set', 'planned']);

/**
 * Phenomenon (session 15): a time expression in a ", with NOUN V-ing ..." phrase after the event dates what that
 * phrase tells ("agreed to buy 40 jetliners, with deliveries beginning in 2028", "sold the unit, with the deal
 * expected to close in March"), not the event before the comma. True when "with" follows a comma before the
 * expression, a verb (or "due", "expected") stands between them, no other comma does, and every anchor of the
 * event lies before the comma.
 */
function withPhrase(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  let predicate = false;
  for (let k = a - 1; k > floor && a - k <= 10; k--) {
    const low = ix.lower[k]!;
    if (low === ',' || low === ';') return false;
    if (ix.tokens[k]!.pos === 'VERB' || WITH_PREDICATES.has(low)) predicate = true;
    if (low === 'with') return predicate && ix.lower[k - 1] === ',' && anchors.every((h) => h < k - 1);
  }
  return false;
}

/**
 * Phenomenon (session 14): "by" before a time expression makes it a deadline ("would cut 1,500 jobs by the end of
 * next year", "plans to close the plant by 2027", "had left by Friday"): the event happens at some time up to
 * it, not at it, so the deadline is no date of the event (it falls back like an undated one).
 */
function deadline(ix: ArticleIndex, x: TimexRecord): boolean {
  const a = ix.timexTokens.get(x)![0];
  return a > 0 && ix.lower[a - 1] === 'by' && ix.tokens[a - 1]!.sentence === ix.tokens[a]!.sentence;
}

/** A possessive time expression ("last year's", "Saturday’s"). */
function possessive(ix: ArticleIndex, x: TimexRecord): boolean {
  const after = lowerAt(ix, ix.timexTokens.get(x)![1]);
  return after === "'s" || after === '’s' || /['’]s$/.test(x.text);
}

// The indefinite article opens such a phrase as well ("since a 1998 earthquake that left 40 dead", "an
// August 2019 report"): a past event named by its year or date, not one of the clause's.
const NP_DETERMINERS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'a',
  'an',
]);

/**
 * Phenomenon: a time expression inside a noun phrase dates that phrase's head noun and nothing else —
 * a possessive ("last month's explosion", "at this year's conference") or a premodifier after a
 * determiner ("the 2005 London attacks", "the Aug. 7 terrorist blasts", "the October 1998 shooting
 * death"). Returns the head noun's token, or -1 when the expression is not such a premodifier.
 */
export function modifiedNoun(ix: ArticleIndex, x: TimexRecord): number {
  const [a, b] = ix.timexTokens.get(x)!;
  const s = ix.sentences[ix.tokens[a]!.sentence]!;
  let k = b;
  const after = lowerAt(ix, k);
  if (after === "'s" || after === '’s') k++;
  else if (!/['’]s$/.test(x.text) && !(a > s.tokenStart && NP_DETERMINERS.has(ix.lower[a - 1]!))) return -1;
  let head = -1;
  // "the April 15, 2013, bombing": the commas of a full date do not end the phrase.
  if (ix.lower[k] === ',' && k + 1 < s.tokenEnd && ix.tokens[k + 1]!.pos === 'NOUN') k++;
  for (let n = 0; k < s.tokenEnd && n < 4; k++, n++) {
    const pos = ix.tokens[k]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN') head = k;
    else if (pos === 'VERB' && /ing$/.test(ix.lower[k]!)) {
      // Session 18: a gerund after a noun modifier that takes no object is the phrase's head ("the Oct. 23 sniper
      // shooting of a doctor", "the May 2 car bombing in the port": the tagger reads the gerund as a verb). One
      // with an object after it is a participle of its own ("the 2019 law banning protests") and ends the phrase.
      if (head >= 0 && head === k - 1 && gerundHead(ix, k, s.tokenEnd)) return k;
    } else if (pos !== 'ADJ' && pos !== 'NUM') break;
  }
  return head;
}

/** Parts of speech that may follow a gerund heading its noun phrase: what opens no object. */
const AFTER_GERUND_HEAD: ReadonlySet<string> = new Set(['ADP', 'PUNCT', 'AUX', 'VERB', 'CCONJ', 'SCONJ', 'PART']);

/** True when the gerund at `k` ends its phrase: the sentence ends or what follows opens no object. */
function gerundHead(ix: ArticleIndex, k: number, end: number): boolean {
  return k + 1 >= end || AFTER_GERUND_HEAD.has(ix.tokens[k + 1]!.pos);
}

/**
 * Phenomenon: a date line glued to the first sentence ("BAGHDAD, March 6 (Reuters) - A car bomb
 * exploded … on Tuesday") dates the report, not the events of the sentence. True for a time expression
 * among the first tokens of a sentence that opens with an upper-case place name, before a dash.
 */
function inDateline(ix: ArticleIndex, x: TimexRecord): boolean {
  const [a] = ix.timexTokens.get(x)!;
  const s = ix.sentences[ix.tokens[a]!.sentence]!;
  const first = ix.tokens[s.tokenStart]!.text;
  if (a - s.tokenStart > 8 || first.length < 2 || !/^[A-Z][A-Z.-]+$/.test(first)) return false;
  for (let k = a + 1; k < s.tokenEnd && k - a <= 10; k++) {
    const w = ix.lower[k]!;
    if (w === '-' || w === '--' || w === '—' || w === '–' || w === '_') return true;
    if (ix.tokens[k]!.pos === 'VERB' || ix.tokens[k]!.pos === 'AUX') return false;
  }
  return false;
}

/** A duration a date can be moved by ("three days" P3D, "a week" P1W, "eight months" P8M, "two years" P2Y). */
function durationOf(x: TimexRecord | null): { n: number; unit: 'D' | 'W' | 'M' | 'Y' } | null {
  if (!x || x.type !== 'DURATION') return null;
  const m = /^P(\d+)([DWMY])$/.exec(x.value ?? '');
  if (m) return { n: Number(m[1]), unit: m[2] as 'D' | 'W' | 'M' | 'Y' };
  // Phenomenon (session 13): hours or minutes after an event ("resigned hours after the match", "minutes after
  // the blast") fall on its day: a calendar date moved by no days.
  return /^PT(?:\d+|X)[HM]$/.test(x.value ?? '') ? { n: 0, unit: 'D' } : null;
}

/**
 * `value` moved by `sign` × the duration, at the precision both support: a day moved by days or weeks
 * stays a day; moved by months it becomes a month ("eight months after" 3 April 2024 → 2023-08); by
 * years, a year. Null when the value is not a calendar date.
 */
export function shiftDate(
  value: string,
  d: { n: number; unit: 'D' | 'W' | 'M' | 'Y' },
  sign: 1 | -1,
): { value: string; precision: EventDate['precision'] } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.replace(/T.*$/, ''));
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (d.unit === 'Y') return { value: String(y + sign * d.n), precision: 'year' };
  if (mo === null) return null;
  if (d.unit === 'M' || day === null) {
    if (d.unit !== 'M') return null;
    const t = y * 12 + (mo - 1) + sign * d.n;
    return { value: `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`, precision: 'month' };
  }
  const ms = Date.UTC(y, mo - 1, day) + sign * d.n * (d.unit === 'W' ? 7 : 1) * 86_400_000;
  const r = new Date(ms);
  return { value: `${r.getUTCFullYear()}-${pad(r.getUTCMonth() + 1)}-${pad(r.getUTCDate())}`, precision: 'day' };
}

/** A relative-time phrase: "three days after the stabbing", "eight months after she was abducted". */
interface RelativePhrase {
  /** Tokens of the duration, the linker and what follows it up to the next comma or the sentence end. */
  from: number;
  to: number;
  /** The linker: `after`, `before`. */
  linker: number;
  duration: { n: number; unit: 'D' | 'W' | 'M' | 'Y' };
  sign: 1 | -1;
}

const RELATIVE_LINKERS = new Set(['after', 'before']);

/** The relative-time phrases of a sentence ("DURATION after|before …"). */
function relativePhrases(ix: ArticleIndex, sentence: number): RelativePhrase[] {
  const out: RelativePhrase[] = [];
  const s = ix.sentences[sentence]!;
  for (const x of ix.timexBySentence[sentence]!) {
    const duration = durationOf(x);
    if (!duration) continue;
    const [a, b] = ix.timexTokens.get(x)!;
    if (b >= s.tokenEnd || !RELATIVE_LINKERS.has(ix.lower[b]!)) continue;
    let to = b + 1;
    while (to < s.tokenEnd && ix.lower[to] !== ',' && ix.lower[to] !== ';') to++;
    // A full date's own commas ("after April 15, 2013, bombing") stay inside the phrase.
    while (
      to < s.tokenEnd &&
      ix.lower[to] === ',' &&
      ix.timexAt[to - 1] !== null &&
      ix.timexAt[to - 1] === ix.timexAt[to + 1]
    ) {
      to++;
      while (to < s.tokenEnd && ix.lower[to] !== ',' && ix.lower[to] !== ';') to++;
    }
    if (to < s.tokenEnd && ix.lower[to] === ',' && ix.timexAt[to - 1] !== null && ix.tokens[to + 1]?.pos === 'NOUN') {
      to++;
      while (to < s.tokenEnd && ix.lower[to] !== ',' && ix.lower[to] !== ';') to++;
    }
    out.push({ from: a, to, linker: b, duration, sign: ix.lower[b] === 'after' ? 1 : -1 });
  }
  return out;
}

/**
 * Chooses the date of an event whose trigger words are `anchors` (head first, then its governing or
 * absorbed verb). `background` events (in a temporal phrase) take only a clause date; `ownOnly` events
 * (the crime of an accusation or arrest) only a date of their own phrase.
 */
export function chooseDate(
  ix: ArticleIndex,
  anchors: readonly number[],
  background: boolean,
  narrative: TimexRecord | null,
  narrates: boolean,
  ownOnly = false,
  repeated = false,
): EventDate {
  const head = anchors[0]!;
  const sentence = ix.tokens[head]!.sentence;
  const lo = Math.min(...anchors) - DATE_WINDOW;
  const hi = Math.max(...anchors) + DATE_WINDOW;
  const all = timexesBetween(ix, sentence, lo, hi);
  const datableHere = all.filter((x) => datable(x) && !inDateline(ix, x));
  // A time expression inside the event's own noun phrase is its date ("last month's explosion", "last
  // month's shooting death"). A period of the figure the noun names ("reported a third-quarter net loss") is
  // the figure's date only when the clause has no date of the report (kept for the end).
  let ownPeriod: TimexRecord | null = null;
  for (const x of datableHere)
    if (datesOwnNoun(ix, x, head)) {
      if (!periodOfFigures(ix, x)) return toDate(x, 'clause');
      ownPeriod = x;
    }
  const end = embeddedClauseEnd(ix, head);
  const timexes = datableHere.filter((x) => !periodOfFigures(ix, x) && (end < 0 || ix.timexTokens.get(x)![0] < end));
  const named = yearOfNoun(ix, head);
  if (named) return named;
  const phrases = all.some((x) => x.type === 'DURATION') ? relativePhrases(ix, sentence) : [];
  const relative = relativeDate(ix, head, timexes, phrases, narrative);
  if (relative) return relative;
  const own = ownTimexesOf(ix, anchors, timexes, phrases, repeated);
  return datedFromOwn(ix, anchors, background, narrative, narrates, ownOnly, timexes, phrases, own, ownPeriod);
}

// `chooseDate` is written in three functions (its opening above, `ownTimexesOf` and `datedFromOwn`), each too
// large for V8 to inline into another: the dating rules are first met in bench (b)'s first pass, and a rule
// branch first reached there deoptimises the function it was compiled into. In one function every such
// deoptimisation recompiled all of `chooseDate` with every rule it inlined (four compiles of about 80 ms in that
// pass, the stage's costliest); in three, it recompiles the part the rule is in.

/** The time expression of `timexes` nearest to any of `anchors`, by tokens between them, or null. */
function nearestTimex(ix: ArticleIndex, anchors: readonly number[], list: readonly TimexRecord[]): TimexRecord | null {
  let best: TimexRecord | null = null;
  let bestDistance = Infinity;
  for (const x of list) {
    const d = timexDistance(ix, anchors, x);
    if (best === null || d < bestDistance) {
      best = x;
      bestDistance = d;
    }
  }
  return best;
}

/** Tokens between a time expression and the nearest of `anchors` (0 when one is inside it). */
function timexDistance(ix: ArticleIndex, anchors: readonly number[], x: TimexRecord): number {
  const [a, b] = ix.timexTokens.get(x)!;
  let best = Infinity;
  for (const k of anchors) best = Math.min(best, k < a ? a - k : k >= b ? k - b + 1 : 0);
  return best;
}

/**
 * The time expressions of `timexes` that may date the event of `anchors` itself: not another verb's, another
 * noun's, a relative phrase's the event is not in, an attribution's, a deadline, and so on.
 */
function ownTimexesOf(
  ix: ArticleIndex,
  anchors: readonly number[],
  timexes: readonly TimexRecord[],
  phrases: readonly RelativePhrase[],
  repeated: boolean,
): TimexRecord[] {
  const head = anchors[0]!;
  // A time expression inside a relative phrase the event is not in dates that phrase's event
  // ("The attack came three weeks after an assault on February 14": February 14 is the assault's).
  const outside = (x: TimexRecord): boolean => {
    const a = ix.timexTokens.get(x)![0];
    return !phrases.some((p) => a > p.linker && a < p.to && !(head > p.linker && head < p.to));
  };
  return timexes.filter(
    (x) =>
      !claimedByOtherVerb(ix, x, anchors) &&
      !inRelativeClauseOfOtherNoun(ix, x, anchors) &&
      (occasionDay(ix, x) ||
        (!possessive(ix, x) && modifiedNoun(ix, x) < 0 && !inOtherTemporalPhrase(ix, x, anchors))) &&
      outside(x) &&
      !attributionTime(ix, x, anchors) &&
      !ofAnotherNoun(ix, x, anchors) &&
      !ofCommunication(ix, x, anchors) &&
      !acrossAfterClause(ix, x, anchors) &&
      !deadline(ix, x) &&
      !aheadOfInfinitive(ix, x, anchors) &&
      !withPhrase(ix, x, anchors) &&
      !(repeated && startPoint(ix, x)) &&
      !spanEnd(ix, x),
  );
}

/** Words of a time expression that looks ahead of its telling ("next month", "the coming week", "tomorrow"). */
const AHEAD_WORDS = /\b(?:next|coming|upcoming|tomorrow|later)\b/i;

/**
 * Phenomenon (session 23): a time expression that looks ahead ("next month", "next Wednesday", "tomorrow") after
 * the infinitive a past verb governs ("The ministers met on Tuesday and agreed to resume border talks next month",
 * "Parliament voted to hold a referendum next year") is the time of the infinitive's act, which lies ahead of the
 * past verb: it does not date that verb (read into the past, "next month" put the agreement a year back, in a
 * month nothing happened). True when `x` starts after the event's verb, an infinitive ("to" and its verb) stands
 * between them with no comma, semicolon or colon, and the event's verb is told in the past. An expression between
 * the verb and its infinitive ("agreed on Tuesday to resume talks") is the verb's and is left alone.
 */
function aheadOfInfinitive(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  if (!AHEAD_WORDS.test(x.text)) return false;
  const head = anchors[0]!;
  const a = ix.timexTokens.get(x)![0];
  if (a <= head || ix.tokens[head]!.pos !== 'VERB') return false;
  let infinitive = false;
  for (let k = head + 1; k < a; k++) {
    const low = ix.lower[k]!;
    if (low === ',' || low === ';' || low === ':' || anchors.includes(k)) return false;
    if (low === 'to' && k + 1 < a && ix.tokens[k + 1]!.pos === 'VERB') infinitive = true;
  }
  return infinitive && pastTense(ix, verbGroup(ix, head), head);
}

/** The rest of `chooseDate`: the date from the event's own time expressions `ownTimexes`, or the fallbacks. */
function datedFromOwn(
  ix: ArticleIndex,
  anchors: readonly number[],
  background: boolean,
  narrative: TimexRecord | null,
  narrates: boolean,
  ownOnly: boolean,
  timexes: readonly TimexRecord[],
  phrases: readonly RelativePhrase[],
  ownTimexes: TimexRecord[],
  ownPeriod: TimexRecord | null,
): EventDate {
  const head = anchors[0]!;
  // At most three anchors: a list is cheaper than a set.
  const clauses = anchors.map((k) => ix.clauseOf[k]!);
  // Coordinated clauses ("arrested him on Saturday and charged him on Monday"): a date of the other conjunct is
  // the event's only when its own has none (see coordinationSide).
  // Session 14: a date of another clause with a subject of its own ("The minister will visit the port on
  // Thursday, and an investigation has been opened"; "reported a loss on Tuesday and said it would cut jobs")
  // is that clause's, not a fallback for the event: only a conjunct sharing the event's subject lends its date.
  // Unless the event is ordered against the earlier clause's event ("Parliament rejected the budget on Wednesday,
  // and the finance minister resigned hours after the vote"): that clause's date is then its anchor. Not a later
  // clause's ("Coalition talks will begin a week after the vote, and the new parliament will meet on Feb. 10").
  const loAnchor = Math.min(...anchors);
  const hiAnchor = Math.max(...anchors);
  const ordered = phrases.some((p) => p.from > hiAnchor && p.from - hiAnchor <= 4);
  // One loop over the expressions, no list of sides read back by index (a list of strings made by `map` and read
  // in a callback deoptimised this part in bench (b)'s first pass, "wrong map").
  const ownSide: TimexRecord[] = [];
  const shared: TimexRecord[] = [];
  for (const x of ownTimexes) {
    const side = coordinationSide(ix, x, anchors);
    if (side === 'own') ownSide.push(x);
    else if (
      side === 'shared' ||
      // The bound of a span in the other clause ("for the first time since 1987") is no date of its event.
      (ordered && side === 'other' && ix.timexTokens.get(x)![1] <= loAnchor && !openBound(ix, x))
    )
      shared.push(x);
  }
  const movedOn = laterInConjunct(ix, anchors, timexes);
  if (movedOn) return movedOn;
  ownTimexes = ownSide.some((x) => !vague(x)) ? ownSide : [...ownSide, ...shared];
  // The crime of an accusation: only a time expression after the noun, in its own phrase ("in connection
  // with the bombings of U.S. embassies … last year"), not the legal step's. Likewise a background noun
  // ("after the bombings that targeted the embassies", "the site of the shooting"): the clause's date is
  // what happened after it or at its site, not the event's ("after the attack on Tuesday" keeps Tuesday).
  if (ownOnly || background) {
    const own = ownTimexes.find((x) => {
      const a = ix.timexTokens.get(x)![0];
      if (a <= head) return false;
      // The noun's own relative clause ("over a shooting that wounded a mayor earlier this month") tells it.
      if (ownRelativeClause(ix, head, a)) return true;
      if (ix.clauseOf[a] !== ix.clauseOf[head]) return false;
      for (let k = head + 1; k < a; k++) if (ix.tokens[k]!.pos === 'VERB' || ix.tokens[k]!.pos === 'AUX') return false;
      return true;
    });
    return own ? toDate(own, 'clause') : { value: null, precision: 'unknown', source: 'unknown' };
  }
  const inClause = nearestTimex(
    ix,
    anchors,
    ownTimexes.filter((x) => clauses.includes(ix.clauseOf[ix.timexTokens.get(x)![0]]!)),
  );
  if (inClause) return toDate(inClause, 'clause');
  const reported = timexes.find((x) => attributionTime(ix, x, anchors) && perfectReportedAt(ix, x, head));
  if (reported) return toDate(reported, 'clause');
  if (ownPeriod) return toDate(ownPeriod, 'clause');
  // The event is the main clause of "… DURATION after <dated event>": that date moved forward.
  const shifted = mainOfRelative(ix, head, timexes, phrases);
  if (shifted) return shifted;
  // Session 18: an event told in a relative clause ("identified Thursday as two suspects who had been arrested",
  // "Police on Friday named the man who shot the guard") is background to the noun it describes: a time of the
  // main clause is the main clause's, not the sentence's for it.
  if (!background && !inRelativeClause(ix, head)) {
    const specific = nearestTimex(
      ix,
      anchors,
      ownTimexes.filter((x) => !vague(x) && !laterEmbeddedClause(ix, x, anchors)),
    );
    if (specific) return toDate(specific, 'sentence');
    // Only a clause that narrates (a verb, or a noun under its light verb: "carried out an attack") moves
    // the story on at the paragraph's reference time; a bare noun ("the attack on the embassy") may name
    // any earlier event.
    if (narrative && narrates && !inResponse(ix, head))
      return later(ix, head, narrative) ?? toDate(narrative, 'narrative');
  }
  return { value: null, precision: 'unknown', source: 'unknown' };
}

/**
 * Phenomenon (session 23): "overnight" with no date of its own ("Russian drones struck energy facilities in the
 * Odesa region overnight, officials said", in a Monday report) is the night before the report, dated by its first
 * day (the Sunday): not the day an earlier sentence set ("The two sides swapped prisoners on Saturday"), nor the
 * report's own day. Only when the paragraph's reference time, if any, lies at most two days before the report: a
 * story told at an older time ("On March 3, rebels attacked the town. Fighting went on overnight") keeps it. The
 * date, or null when "overnight" is not in the event's clause or the rule does not apply.
 */
export function lastNight(
  ix: ArticleIndex,
  head: number,
  published: string | null,
  narrative: TimexRecord | null,
): EventDate | null {
  if (!published) return null;
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  let said = false;
  for (let k = s.tokenStart; k < s.tokenEnd && !said; k++)
    said = ix.lower[k] === 'overnight' && ix.clauseOf[k] === ix.clauseOf[head] && ix.timexAt[k] === null;
  if (!said) return null;
  const eve = shiftDate(published, { n: 1, unit: 'D' }, -1);
  const floor = shiftDate(published, { n: 2, unit: 'D' }, -1);
  if (!eve || !floor) return null;
  const told = narrative?.value?.slice(0, 10);
  if (told !== undefined && told < floor.value) return null;
  return { value: eve.value, precision: 'day', source: 'publication' };
}

/** Nouns that, after "in", make an act the answer to an earlier one ("in response", "in retaliation"). */
const RESPONSE_NOUNS: ReadonlySet<string> = new Set(['response', 'retaliation', 'reprisal']);

/**
 * Phenomenon (session 23): an act told as the answer to an earlier one ("Rebels shelled a camp on Sunday. The army
 * said its jets had bombed rebel positions in response") came after the event whose time the paragraph stands at,
 * by hours or days the text does not say: the paragraph's reference time is not its date, and it is no retelling of
 * that event either (it never takes its date as one: `distinct` in the events stage). True when "in response",
 * "in retaliation" or "in reprisal" ends the event's clause (within twelve words of its word); not "in response to
 * complaints", whose answer is to no event told ("Apple released the program in response to complaints" retells
 * the headline's release).
 */
export function inResponse(ix: ArticleIndex, head: number): boolean {
  const end = ix.sentences[ix.tokens[head]!.sentence]!.tokenEnd;
  for (let k = head + 1; k + 1 < end && k - head <= 12 && ix.clauseOf[k] === ix.clauseOf[head]; k++)
    if (ix.lower[k] === 'in' && RESPONSE_NOUNS.has(ix.lower[k + 1]!))
      return k + 2 >= end || ix.tokens[k + 2]!.pos === 'PUNCT';
  return false;
}

/**
 * True when the clause of `head` is a relative clause: it opens with "who", "whom" or "which", or with "that"
 * right after a noun ("the charges that were filed"; not "said that …").
 */
function inRelativeClause(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  let k = head;
  while (k > floor && ix.clauseOf[k - 1] === ix.clauseOf[head]) k--;
  const w = ix.lower[k]!;
  if (w === 'who' || w === 'whom' || w === 'which') return k > floor;
  return w === 'that' && k > floor && (ix.tokens[k - 1]!.pos === 'NOUN' || ix.tokens[k - 1]!.pos === 'PROPN');
}

/**
 * True when `x` dates the event noun `head` from inside its noun phrase: it modifies `head` itself, or a
 * compound whose first part is `head` ("last month's shooting death", "the Oct. 23 sniper shooting").
 */
function datesOwnNoun(ix: ArticleIndex, x: TimexRecord, head: number): boolean {
  const m = modifiedNoun(ix, x);
  if (m === head) return true;
  if (m < head || head < ix.timexTokens.get(x)![1]) return false;
  for (let k = head; k < m; k++) {
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'NOUN' && !(pos === 'VERB' && /ing$/.test(ix.lower[k]!))) return false;
  }
  return true;
}

/** Nouns of time that an "of" date belongs with ("the night of 14 March", "the first week of May"). */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'hour',
  'hours',
  'minute',
  'minutes',
  'moment',
  'moments',
  'time',
  'period',
  'season',
  'day',
  'days',
  'night',
  'nights',
  'morning',
  'evening',
  'afternoon',
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'end',
  'beginning',
  'start',
  'middle',
  'half',
  'part',
  'quarter',
  'course',
  'eve',
  'dawn',
  'rest',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/**
 * Phenomenon: a time expression after "of" under another noun dates that noun ("a return to the
 * demonstrations of early December", "the riots of 1992", "the elections of last year"): not an event of
 * the clause around it. Nouns of time ("the night of 14 March") pass their date on, and the event's own
 * noun keeps it ("the massacre of October 1993").
 */
function ofAnotherNoun(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const [start, b] = ix.timexTokens.get(x)!;
  const s = ix.sentences[ix.tokens[start]!.sentence]!;
  // "of early December": a qualifier the expression leaves out.
  const a = start - 1 > s.tokenStart && /^(?:early|late|mid)$/.test(ix.lower[start - 1]!) ? start - 1 : start;
  if (a - 2 < s.tokenStart || ix.lower[a - 1] !== 'of') return false;
  const n = a - 2;
  if (ix.tokens[n]!.pos !== 'NOUN' || anchors.includes(n) || ix.timexAt[n] !== null || TIME_NOUNS.has(ix.lower[n]!))
    return false;
  // "the demonstrations of early December, when hundreds of thousands rallied": the date's own "when" clause.
  const when = ix.lower[b] === ',' && ix.lower[b + 1] === 'when' ? b + 1 : ix.lower[b] === 'when' ? b : -1;
  return !(when >= 0 && anchors.some((k) => k > when && ix.clauseOf[k] === ix.clauseOf[when]));
}

/**
 * Phenomenon: a time expression in a later subordinate or relative clause dates that clause's verb ("…
 * the biggest gatherings since the revolution that brought Castro to power in 1959", "…, when hundreds
 * rallied in early December"), not an event of the clause before it. True for an expression in a clause after
 * all of the event's words that opens with a relative or complement word.
 */
function laterEmbeddedClause(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const a = ix.timexTokens.get(x)![0];
  const clause = ix.clauseOf[a]!;
  if (anchors.some((k) => ix.clauseOf[k]! >= clause)) return false;
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  let first = a;
  while (first > floor && ix.clauseOf[first - 1] === clause) first--;
  // Phenomenon (session 13): a relative clause on the event noun itself ("a shooting that wounded a mayor
  // earlier this month") tells that event: its date is the event's.
  if (RELATIVE_OPENERS.has(ix.lower[first]!) && anchors.some((k) => ownRelativeClause(ix, k, a))) return false;
  if (RELATIVE_OPENERS.has(ix.lower[first]!)) return true;
  // A prepositional opener ("since the revolution that … in 1959") holds the expression up to its first comma
  // ("the deadliest since the 2005 attacks, killed 22 … on Monday night": Monday is the main clause's).
  if (!PHRASE_OPENERS.has(ix.lower[first]!)) return false;
  for (let k = first + 1; k < a; k++) if (ix.lower[k] === ',') return false;
  return true;
}

/**
 * True when token `a` lies in a relative clause on the noun `head` itself ("a shooting that wounded a mayor
 * earlier this month", "the attack, which happened on Tuesday"): the pronoun right after the noun (or after a
 * comma), no comma or semicolon up to `a`, at most twelve words.
 */
function ownRelativeClause(ix: ArticleIndex, head: number, a: number): boolean {
  if (ix.tokens[head]!.pos !== 'NOUN' || a - head > 12) return false;
  let k = head + 1;
  if (ix.lower[k] === ',') k++;
  if (k >= a || !RELATIVE_CLAUSE_PRONOUNS.has(ix.lower[k]!) || ix.lower[k] === 'who' || ix.lower[k] === 'whom')
    return false;
  for (let j = k + 1; j < a; j++) if (ix.lower[j] === ',' || ix.lower[j] === ';') return false;
  return true;
}

/** Conjunctions that join two clauses or verb phrases ("arrested … and charged …", "met … but failed …"). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Where a time expression stands against coordinated clauses. Phenomenon (session 13): each conjunct of
 * "Police arrested him on Saturday and charged him on Monday", "was arrested on Monday and charged on
 * Wednesday" carries its own date; a conjunct without one shares its partner's ("met the minister on Sunday
 * and agreed to suspend the strike"). `own`: nothing coordinated between the expression and the event (or the
 * expression is a fronted adjunct of both); `shared`: in the other conjunct of a shared subject; `other`: in
 * another clause with a subject of its own ("…, and prosecutors charged them").
 */
function coordinationSide(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): 'own' | 'shared' | 'other' {
  const [a, b] = ix.timexTokens.get(x)!;
  const s = ix.sentences[ix.tokens[a]!.sentence]!;
  const lo = Math.min(...anchors);
  const hi = Math.max(...anchors);
  const isVerb = (k: number): boolean => ix.tokens[k]!.pos === 'VERB';
  // Between the conjunction and the later conjunct's verb: a subject of its own?
  const ownSubject = (conj: number, verb: number): boolean => {
    for (let k = conj + 1; k < verb; k++) {
      const pos = ix.tokens[k]!.pos;
      if ((pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') && ix.timexAt[k] === null) return true;
    }
    return false;
  };
  if (b <= lo) {
    // The expression before the event: a conjunction between them, the event's verb the first after it, and a
    // verb of the earlier conjunct before the expression (not a fronted "On Monday, …" that governs both).
    let earlierVerb = false;
    let earlier = -1;
    for (let k = a - 1; k >= s.tokenStart && a - k <= 12 && ix.lower[k] !== ','; k--)
      if (isVerb(k)) {
        earlierVerb = true;
        if (earlier < 0) earlier = k;
      }
    let conj = -1;
    for (let k = b; k < lo; k++) {
      if (CLAUSE_CONJUNCTIONS.has(ix.lower[k]!) && ix.tokens[k]!.pos === 'CCONJ') conj = k;
      // Session 14: the event is embedded under the later conjunct's own verb ("reported a loss on Tuesday and
      // said it would cut 1,500 jobs"): the earlier conjunct's date is neither its own nor shared with it.
      else if (conj >= 0 && isVerb(k)) {
        // Session 21: unless the event's clause tells when the later conjunct's happened ("…, and 14 people
        // were killed when rebels attacked a base"): it shares that conjunct's time, as the conjunct does.
        if (earlierVerb && simplePast(ix, earlier) && simplePast(ix, k) && whenClauseBetween(ix, k, lo))
          return 'shared';
        return earlierVerb ? 'other' : 'own';
      }
    }
    if (conj < 0 || !earlierVerb) return 'own';
    // Session 14: an event noun that is the subject of the later conjunct ("…, and an inquiry has been opened")
    // heads a clause of its own.
    if (!isVerb(lo)) return nounSubjectAfter(ix, conj, hi) ? 'other' : 'own';
    // Session 21: two clauses told in the simple past, each with its subject, narrate one time ("Fighting
    // resumed in the north on Friday, an official said, and 14 people were killed"; "Fans clashed with police
    // before Saturday's match, and 12 people were arrested"): the later one shares the earlier's date when it
    // has none. Not across tenses ("will visit the port on Thursday, and an inquiry has been opened").
    if (ownSubject(conj, lo)) return simplePast(ix, earlier) && simplePast(ix, lo) ? 'shared' : 'other';
    return 'shared';
  }
  if (a > hi) {
    // The expression after the event: a conjunction, then a verb of the later conjunct, then the expression.
    // Session 20: not a conjunction inside an aside set off by dashes or brackets ("tens of thousands of women
    // -- hundreds pregnant and others carrying children -- marched … on Friday"): the aside coordinates its
    // own words, and the clause around it goes on after it.
    let aside = false;
    for (let k = hi + 1; k < a; k++) {
      if (ASIDE_MARKS.has(ix.lower[k]!)) aside = ix.lower[k] === '(' || (ix.lower[k] !== ')' && !aside);
      if (aside && asideCloses(ix, k, a)) continue;
      if (!CLAUSE_CONJUNCTIONS.has(ix.lower[k]!) || ix.tokens[k]!.pos !== 'CCONJ') continue;
      for (let v = k + 1; v < a && v - k <= 6; v++) if (isVerb(v)) return ownSubject(k, v) ? 'other' : 'shared';
      return 'own';
    }
  }
  return 'own';
}

/** True when a "when" or "as" clause opens right after verb `k`'s words and before token `lo`, its verb `lo`. */
function whenClauseBetween(ix: ArticleIndex, k: number, lo: number): boolean {
  for (let j = k + 1; j < lo && j - k <= 8; j++) {
    if (ix.lower[j] === 'when' || ix.lower[j] === 'as') {
      for (let m = j + 1; m < lo; m++) if (ix.lower[m] === ',' || ix.clauseOf[m] !== ix.clauseOf[lo]) return false;
      return lo - j <= 6 && simplePast(ix, lo);
    }
    if (ix.lower[j] === ',' || ix.tokens[j]!.pos === 'VERB') return false;
  }
  return false;
}

/** True when verb `v` is told in the simple past, active or passive ("attacked", "were killed"; not "had fled"). */
function simplePast(ix: ArticleIndex, v: number): boolean {
  const g = verbGroup(ix, v);
  if (g.perfect || g.present || g.future || g.modal !== null || g.infinitive || g.negated || g.progressive)
    return false;
  for (let k = g.start; k < v; k++) if (ix.lower[k] === 'was' || ix.lower[k] === 'were') return true;
  if (g.start < v) return false;
  const low = ix.lower[v]!;
  return /ed$/.test(low) || (low !== ix.tokens[v]!.lemma.toLowerCase() && !low.endsWith('s') && !low.endsWith('ing'));
}

/** Marks that open or close an aside inside a clause: dashes (opening and closing alike) and brackets. */
const ASIDE_MARKS: ReadonlySet<string> = new Set(['--', '—', '–', '(', ')']);

/** True when an aside mark closes the aside open at `k` before token `end` (an unclosed dash opens no aside). */
function asideCloses(ix: ArticleIndex, k: number, end: number): boolean {
  for (let j = k + 1; j < end; j++) if (ASIDE_MARKS.has(ix.lower[j]!) && ix.lower[j] !== '(') return true;
  return false;
}

/**
 * True when the event noun ending at `hi` opens the conjunct after `conj` as a new subject: an indefinite
 * phrase ("…, and an investigation has been opened"), a verb right after it. A definite one ("met union leaders
 * on Wednesday, but the talks ended without a deal") refers back to the event the first conjunct told.
 */
function nounSubjectAfter(ix: ArticleIndex, conj: number, hi: number): boolean {
  for (let k = conj + 1; k < hi; k++) {
    const pos = ix.tokens[k]!.pos;
    if (pos === 'DET' && NP_DETERMINERS.has(ix.lower[k]!) && ix.lower[k] !== 'a' && ix.lower[k] !== 'an') return false;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'NOUN') return false;
  }
  const next = hi + 1 < ix.tokens.length ? ix.tokens[hi + 1]! : null;
  return next !== null && next.sentence === ix.tokens[hi]!.sentence && (next.pos === 'AUX' || next.pos === 'VERB');
}

/**
 * Phenomenon (session 13): a conjunct that moves on from a dated one by a span ("was stabbed last Saturday and
 * died in hospital two days later", "arrested on Tuesday, and charged them three days later") happened that
 * long after (before, with "earlier") the date of the clause before it. Null without "DURATION later|earlier"
 * after the event in its conjunct or without a specific date before the event in the sentence.
 * Session 14: a time clause hangs on its main clause the same way ("Shares rose on Wednesday after it
 * reported its results a day earlier" is the Tuesday).
 */
function laterInConjunct(
  ix: ArticleIndex,
  anchors: readonly number[],
  timexes: readonly TimexRecord[],
): EventDate | null {
  const head = anchors[0]!;
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const lo = Math.min(...anchors);
  const hi = Math.max(...anchors);
  for (let k = hi + 1; k < s.tokenEnd && k - hi <= 10; k++) {
    const low = ix.lower[k]!;
    if (low === ',' || low === ';' || (CLAUSE_CONJUNCTIONS.has(low) && ix.tokens[k]!.pos === 'CCONJ')) return null;
    const d = durationOf(ix.timexAt[k]);
    if (!d) continue;
    const end = ix.timexTokens.get(ix.timexAt[k]!)![1];
    const w = ix.lower[end];
    if (w !== 'later' && w !== 'earlier') return null;
    // The clause moved on from: a conjunction between its date and the event.
    let base: TimexRecord | null = null;
    for (const x of timexes) {
      const [a, b] = ix.timexTokens.get(x)!;
      if (b > lo || vague(x)) continue;
      let joined = false;
      for (let j = b; j < lo; j++)
        if (
          (CLAUSE_CONJUNCTIONS.has(ix.lower[j]!) && ix.tokens[j]!.pos === 'CCONJ') ||
          TIME_SUBORDINATORS.has(ix.lower[j]!)
        )
          joined = true;
      if (joined && (base === null || a > ix.timexTokens.get(base)![0])) base = x;
    }
    return base ? relativeResult(base, d, w === 'later' ? 1 : -1) : null;
  }
  return null;
}

/** Subordinators that open a time clause hanging on the main clause's date ("rose on Wednesday after it reported …"). */
const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when']);

/** Nouns of a statement, its medium or its occasion, which a time expression right after dates. */
const COMMUNICATION_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'statements',
  'interview',
  'briefing',
  'speech',
  'letter',
  'message',
  'video',
  'broadcast',
  'communique',
  'communiqué',
  'announcement',
  'declaration',
  'report',
]);

/**
 * Phenomenon (session 13): a time expression right after a noun of a statement or its occasion ("claimed
 * responsibility for the bombing in a statement on Monday", "told a news conference on Friday", "said in an
 * interview Tuesday") dates the statement, not the event it is about.
 */
function ofCommunication(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  let k = a - 1;
  if (k > floor && (ix.lower[k] === 'on' || ix.lower[k] === 'late' || ix.lower[k] === 'early')) k--;
  if (k < floor || ix.tokens[k]!.pos !== 'NOUN' || anchors.includes(k)) return false;
  // "a news conference on Friday", "a press conference": the occasion of a statement; a bare "conference" may be
  // the event's own meeting.
  const conference =
    ix.lower[k] === 'conference' && k > floor && (ix.lower[k - 1] === 'news' || ix.lower[k - 1] === 'press');
  return conference || COMMUNICATION_NOUNS.has(ix.lower[k]!);
}

/** Subordinators that also head a prepositional phrase ("since the war", "after the vote"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'until']);

/** Words that open a relative or complement clause (not prepositions tagged as subordinators: "since the war"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where']);

/**
 * Phenomenon: a time expression inside a temporal phrase about another event ("After the attack on
 * Tuesday, police arrested three men on Thursday", "since the vote in March") dates that phrase's event
 * noun, not the clause the phrase hangs on. True when, walking back from the expression over a noun
 * phrase and its prepositions, a temporal preposition is reached with a noun between and none of the
 * event's words.
 */
function inOtherTemporalPhrase(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  let noun = false;
  for (let k = a - 1; k >= floor && a - k <= 8; k--) {
    if (anchors.includes(k)) return false;
    const t = ix.tokens[k]!;
    if (TEMPORAL_PREPOSITIONS.has(ix.lower[k]!) && (t.pos === 'ADP' || t.pos === 'SCONJ')) return noun;
    if (t.pos === 'NOUN') noun = true;
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NUM' && t.pos !== 'ADP')
      return false;
  }
  return false;
}

/**
 * The "after" that opens a time clause `k` stands in (a subject, then a finite verb: "after talks with the
 * ministry broke down"), walking back at most fourteen words and no comma, or -1. A noun phrase after it
 * ("after the attack on Tuesday") is no clause (see inOtherTemporalPhrase).
 */
function afterClauseOf(ix: ArticleIndex, k: number): number {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  let verb = -1;
  for (let j = k; j >= floor && k - j <= 14; j--) {
    const low = ix.lower[j]!;
    const pos = ix.tokens[j]!.pos;
    if (low === ',' || low === ';' || low === ':' || low === '"') return -1;
    if (pos === 'VERB' || pos === 'AUX') verb = j;
    if (low !== 'after' || (pos !== 'ADP' && pos !== 'SCONJ')) continue;
    // "DURATION after <clause>" ("less than 24 hours after three soldiers were killed") is a relative phrase.
    if (verb < 0 || (j > floor && ix.timexAt[j - 1]?.type === 'DURATION')) return -1;
    // A subject between the opener and the verb: "after talks broke down", not "after meeting the minister".
    for (let n = j + 1; n < verb; n++) {
      const p = ix.tokens[n]!.pos;
      if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') return j;
    }
    return -1;
  }
  return -1;
}

/**
 * Phenomenon (session 20): an "after" clause with a subject and verb of its own tells an earlier event, and its
 * time expression dates that clause ("The union called the walkout after talks with the ministry broke down on
 * Tuesday": the talks broke down on Tuesday, the walkout came later); an event inside it is not dated by the main
 * clause ("will put the question to a referendum next year after delegates voted for a republic": the vote was
 * not next year). True when `x` and the event's head stand on two sides of such a clause's opener.
 */
function acrossAfterClause(ix: ArticleIndex, x: TimexRecord, anchors: readonly number[]): boolean {
  const [a] = ix.timexTokens.get(x)!;
  const head = anchors[0]!;
  const around = afterClauseOf(ix, a);
  if (around >= 0) return DAY_OR_FINER.has(x.precision) && !anchors.some((k) => k > around && k < a);
  const own = afterClauseOf(ix, head);
  if (own < 0 || a > own) return false;
  // A year or month holds both events ("began the expansion in 1993 after Clinton met Havel"); a day, or a time
  // of a clause told in the future or as a plan ("will hold a referendum next year after delegates voted",
  // "promised to put it to a referendum next year after …"), is the main clause's alone.
  if (DAY_OR_FINER.has(x.precision)) return true;
  for (let k = a - 1; k >= 0 && ix.clauseOf[k] === ix.clauseOf[a] && a - k <= 20; k--)
    if (FUTURE_WORDS.has(ix.lower[k]!) || (ix.lower[k] === 'to' && ix.tokens[k + 1]!.pos === 'VERB')) return true;
  return false;
}

/** Precisions of a time expression that name one day or a part of it. */
const DAY_OR_FINER: ReadonlySet<TimexRecord['precision']> = new Set(['day', 'part-of-day', 'hour', 'minute']);

/** Prepositions that put an event at, or just before, an occasion named with its day ("before Saturday's match"). */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'at', 'before']);

/**
 * Phenomenon (session 19): an event placed at, during or just before an occasion named with its day ("Fans
 * clashed with police before Saturday's match", "was arrested at Friday's rally", "fainted during Monday's
 * session") happened on that day: the possessive day of the occasion dates the clause's event too, where a
 * possessive otherwise dates only its own noun ("Saturday's match"). Not after the occasion ("resigned after
 * Tuesday's vote" may be days later), not "ahead of" (days before), and not a coarser time ("before last
 * month's vote"). True for a day-precision possessive right after one of those prepositions.
 */
function occasionDay(ix: ArticleIndex, x: TimexRecord): boolean {
  if (x.precision !== 'day' || !possessive(ix, x)) return false;
  const a = ix.timexTokens.get(x)![0];
  return a > ix.sentences[ix.tokens[a]!.sentence]!.tokenStart && OCCASION_PREPOSITIONS.has(ix.lower[a - 1]!);
}

/**
 * Phenomenon: the start of a span ("since 1993", "a series of shootings dating to 1994", "going back to
 * 2010") is when repeated occurrences began, not a date of any of them. True for a time expression after
 * "since", or after "to" following "dating", "dates", "back" or "going".
 */
function startPoint(ix: ArticleIndex, x: TimexRecord): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  const before = a > floor ? ix.lower[a - 1]! : '';
  if (before === 'since' || /^since\b/i.test(x.text)) return true;
  if (before !== 'to' || a - 2 < floor) return false;
  const w = ix.lower[a - 2]!;
  return w === 'dating' || w === 'dates' || w === 'back' || w === 'going';
}

/**
 * Phenomenon (session 17): the end of a span a clause gives for one event ("between 2027 and 2029 it will take
 * delivery of ten jets", "will build the plant from 2026 to 2028") is not its date: the span starts the event,
 * and our gold's convention (eval/gold/event-dates/PROVENANCE.md) dates it by the first year. True for a time
 * expression after "and" that follows a time expression after "between", or after "to"/"through"/"until" that
 * follows one after "from". A single "until" ("delayed until October") keeps its date, as does "and" joining two
 * dates of two events ("on Monday and on Friday").
 */
function spanEnd(ix: ArticleIndex, x: TimexRecord): boolean {
  const a = ix.timexTokens.get(x)![0];
  const floor = ix.sentences[ix.tokens[a]!.sentence]!.tokenStart;
  if (a - 2 < floor) return false;
  const joint = ix.lower[a - 1]!;
  const first = ix.timexAt[a - 2];
  if (first === null || first === undefined || first === x) return false;
  const start = ix.timexTokens.get(first)![0];
  const opener = start > floor ? ix.lower[start - 1]! : '';
  return (
    (joint === 'and' && opener === 'between') ||
    ((joint === 'to' || joint === 'through' || joint === 'until') && opener === 'from')
  );
}

/** Events named by their date, written as a number the time expressions do not read ("the 9/11 attacks"). */
const DATE_NAMES: ReadonlyMap<string, string> = new Map([['9/11', '2001-09-11']]);

/**
 * Phenomenon: an event noun whose own phrase names its year or date without a time expression the
 * recogniser reads ("since the 1992 riots", "the 1994 genocide", "the 9/11 attacks"): a year-shaped number
 * after a determiner, then at most two modifiers, then the event noun. The event noun makes the number a
 * year (the recogniser reads "1992 riots" as a count, which it would be before "people").
 */
function yearOfNoun(ix: ArticleIndex, head: number): EventDate | null {
  if (ix.tokens[head]!.pos !== 'NOUN') return null;
  const first = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k > first && head - k <= 3; k--) {
    const w = ix.lower[k]!;
    if (ix.timexAt[k] !== null) return null;
    const named = DATE_NAMES.get(w);
    const year = /^(1[5-9]|20)\d\d$/.test(w) ? w : null;
    if ((named || year) && NP_DETERMINERS.has(ix.lower[k - 1]!)) {
      const value = named ?? year!;
      return { value, precision: named ? 'day' : 'year', source: 'clause' };
    }
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN') return null;
  }
  return null;
}

function relativeResult(
  base: TimexRecord,
  d: { n: number; unit: 'D' | 'W' | 'M' | 'Y' },
  sign: 1 | -1,
): EventDate | null {
  if (base.value === null) return null;
  const moved = shiftDate(base.value, d, sign);
  return moved ? { value: moved.value, precision: moved.precision, source: 'relative', timex: base.id } : null;
}

/**
 * Phenomenon: an event named inside "DURATION after|before <event>" ("three days after the stabbing",
 * "a week after the bombing of the cathedral, worshippers returned on Sunday", "eight months after she
 * was abducted") happened that long before (after) the date of the clause the phrase hangs on, not on it.
 * The clause's date is the nearest specific one of the sentence outside the phrase, else the narrative
 * reference time.
 */
function relativeDate(
  ix: ArticleIndex,
  head: number,
  timexes: readonly TimexRecord[],
  phrases: readonly RelativePhrase[],
  narrative: TimexRecord | null,
): EventDate | null {
  const p = phrases.find((q) => head > q.linker && head < q.to && head - q.linker <= 6);
  // The event must open the phrase: only determiners, modifiers, a pronoun subject and auxiliaries between.
  if (!p || !opensPhrase(ix, p, head)) return null;
  // A date inside the phrase is the event's own ("after April 15, 2013, bombing").
  if (timexes.some((x) => ix.timexTokens.get(x)![0] > p.linker && ix.timexTokens.get(x)![0] < p.to && !vague(x)))
    return null;
  let base: TimexRecord | null = null;
  let gap = Infinity;
  for (const x of timexes) {
    const [a, b] = ix.timexTokens.get(x)!;
    // Session 18: nor is a plan's date ("called a snap election for Dec. 14, three days after the opposition filed a
    // motion": the phrase hangs on the calling, not on the election it set).
    if (vague(x) || (a >= p.from && a < p.to) || modifiedNoun(ix, x) >= 0 || scheduledFor(ix, x)) continue;
    // Another conjunct's date ("… a week after the vote, and the new parliament will meet on February 10") is not
    // the date of the clause the phrase hangs on (session 13).
    // Session 18: unless the phrase's conjunct shares the dated one's subject ("dissolved parliament
    // on Friday and called an election for Dec. 14, three days after the opposition filed a motion": the calling
    // was on Friday too, as a conjunct without a date shares its partner's).
    if (
      conjunctionBetween(ix, a >= p.to ? p.to : b, a >= p.to ? a : p.from) &&
      !(a < p.from && subjectShared(ix, b, p.from))
    )
      continue;
    const dist = a >= p.to ? a - p.to : p.from - b;
    if (dist < gap) {
      base = x;
      gap = dist;
    }
  }
  // Phenomenon (session 13): a main clause told in the future ("A week after the attack, the government will
  // hold a ceremony") is not at the paragraph's reference time: the phrase's event is not dated from it.
  if (!base && narrative && !futureOutside(ix, p)) base = narrative;
  return base ? relativeResult(base, p.duration, -p.sign as 1 | -1) : null;
}

/** True when token `k` is part of a name: inside an entity mention, or glued by a hyphen to one ("Sang-woo"). */
function inName(ix: ArticleIndex, k: number): boolean {
  for (let j = k; j >= 0; j--) {
    if (ix.mentionAt[j]! >= 0) return true;
    // Only a glued run of words and hyphens: a comma or an apostrophe ends it.
    if (ix.tokens[j]!.spaceBefore || (ix.tokens[j]!.pos === 'PUNCT' && ix.lower[j] !== '-')) return false;
  }
  return false;
}

/**
 * True when every clause conjunction in tokens `[from, to)` opens a conjunct with no subject of its own: a verb
 * right after it, or after one adverb ("and called", "and later called"), so the conjuncts share one subject.
 */
function subjectShared(ix: ArticleIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!CLAUSE_CONJUNCTIONS.has(ix.lower[k]!) || ix.tokens[k]!.pos !== 'CCONJ') continue;
    const next = ix.tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
    if (next >= to || ix.tokens[next]!.pos !== 'VERB') return false;
  }
  return true;
}

/** True when a clause conjunction ("and", "but") stands in tokens `[from, to)`. */
function conjunctionBetween(ix: ArticleIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (CLAUSE_CONJUNCTIONS.has(ix.lower[k]!) && ix.tokens[k]!.pos === 'CCONJ') return true;
  return false;
}

/** Words of a future clause ("will hold", "is to meet", "'ll"). */
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'wo']);

/** True when the sentence of phrase `p` has a future word outside the phrase. */
function futureOutside(ix: ArticleIndex, p: RelativePhrase): boolean {
  const s = ix.sentences[ix.tokens[p.from]!.sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++)
    if ((k < p.from || k >= p.to) && FUTURE_WORDS.has(ix.lower[k]!)) return true;
  return false;
}

/**
 * Phenomenon: the main clause of "DURATION after|before <event on DATE>" ("The attack came three weeks
 * after a similar assault on February 14") happened that long after (before) DATE.
 */
function mainOfRelative(
  ix: ArticleIndex,
  head: number,
  timexes: readonly TimexRecord[],
  phrases: readonly RelativePhrase[],
): EventDate | null {
  for (const p of phrases) {
    if (head >= p.from && head < p.to) continue;
    if (ix.clauseOf[head] !== ix.clauseOf[p.from]) continue;
    const dated = timexes.find((x) => {
      const a = ix.timexTokens.get(x)![0];
      return a > p.linker && a < p.to && !vague(x);
    });
    if (dated) return relativeResult(dated, p.duration, p.sign);
  }
  return null;
}

/** The main clause a relative phrase's event is ordered against: where its event's words stand, and the span. */
export interface MainClauseAnchor {
  /** Tokens `[from, to)` of the main clause: before the phrase, or after a fronted phrase's comma. */
  from: number;
  to: number;
  duration: { n: number; unit: 'D' | 'W' | 'M' | 'Y' };
  /** 1 when the phrase's event comes after the main clause's ("two days before …"), -1 when before. */
  sign: 1 | -1;
  /** The phrase opens the sentence ("Two days after …, troops stormed …"): the main clause follows it. */
  fronted: boolean;
}

/**
 * Phenomenon (session 22): the reverse of `eventAnchor`. An event opening "DURATION after|before <clause>" whose
 * sentence holds no date for the main clause ("The raid came two days after rebels shelled the town", "Troops
 * stormed the camp a week after gunmen attacked a convoy") happened that long before (after) the main clause's
 * event, whose date another rule gives (its paragraph, the article's lead, a retelling): resolved once the events
 * are merged. Null when the event does not open such a phrase, or the phrase holds a date of its own.
 */
export function mainClauseAnchor(ix: ArticleIndex, head: number): MainClauseAnchor | null {
  const sentence = ix.tokens[head]!.sentence;
  if (!ix.timexBySentence[sentence]!.some((x) => durationOf(x) !== null)) return null;
  const p = relativePhrases(ix, sentence).find((q) => head > q.linker && head < q.to && head - q.linker <= 6);
  if (!p || !opensPhrase(ix, p, head)) return null;
  if (
    ix.timexBySentence[sentence]!.some((x) => {
      const a = ix.timexTokens.get(x)![0];
      return a > p.linker && a < p.to && datable(x) && !vague(x);
    })
  )
    return null;
  const s = ix.sentences[sentence]!;
  const fronted = p.from - s.tokenStart <= 1 && ix.lower[p.to] === ',';
  return fronted
    ? { from: p.to + 1, to: s.tokenEnd, duration: p.duration, sign: -p.sign as 1 | -1, fronted }
    : { from: s.tokenStart, to: p.from, duration: p.duration, sign: -p.sign as 1 | -1, fronted };
}

/** True when only determiners, modifiers, a subject and auxiliaries stand between the phrase's linker and `head`. */
function opensPhrase(ix: ArticleIndex, p: RelativePhrase, head: number): boolean {
  for (let k = p.linker + 1; k < head; k++) {
    const pos = ix.tokens[k]!.pos;
    // Session 18: a name is a subject whatever its parts are tagged ("a week after Lee Sang-woo resigned": the
    // tagger reads "Sang", "-", "woo" as verbs and punctuation, and the name may end at the hyphen).
    if (inName(ix, k)) continue;
    if (pos === 'VERB' || pos === 'ADP' || pos === 'PUNCT' || pos === 'SCONJ') return false;
  }
  return true;
}

/** An event dated from another event of the text: `duration` after (`sign` 1) or before (-1) it. */
export interface EventAnchor {
  /** Token of the anchoring event's word in the phrase ("the attack" of "a week after the attack"). */
  token: number;
  duration: { n: number; unit: 'D' | 'W' | 'M' | 'Y' };
  sign: 1 | -1;
}

/**
 * Phenomenon (session 13): the main clause of "DURATION after|before <event>" with no date in the phrase ("A week
 * after the attack, the government will hold a ceremony", "Coalition talks will begin a week after the vote",
 * "the coach resigned hours after the match") is dated from that event's own date, which another sentence may
 * give: the event word of the phrase (its first noun or verb, over determiners and modifiers), to be looked up
 * among the article's dated events once they are merged. Null when the event is inside the phrase, the phrase
 * holds a date of its own, or the phrase hangs on another clause.
 */
export function eventAnchor(ix: ArticleIndex, anchors: readonly number[]): EventAnchor | null {
  const head = anchors[0]!;
  const sentence = ix.tokens[head]!.sentence;
  const s = ix.sentences[sentence]!;
  if (!ix.timexBySentence[sentence]!.some((x) => durationOf(x) !== null)) return null;
  for (const p of relativePhrases(ix, sentence)) {
    if (anchors.some((k) => k >= p.from && k < p.to)) continue;
    // Session 21 (the lead): a participle clause right after the phrase's comma belongs to the phrase's event
    // ("The strikes came two days after rebels shelled a camp, killing 12": the killing is the shelling's, two
    // days before the strikes, not two days after them).
    if (ix.lower[p.to] === ',' && anchors.some((k) => k === p.to + 1 && ix.lower[k]!.endsWith('ing'))) continue;
    if (
      ix.timexBySentence[sentence]!.some((x) => {
        const a = ix.timexTokens.get(x)![0];
        return a > p.linker && a < p.to && datable(x) && !vague(x);
      })
    )
      continue;
    // The phrase hangs on the event's clause, or opens the sentence before its main clause ("A week after the
    // attack, …").
    const fronted = p.from - s.tokenStart <= 1 && ix.lower[p.to] === ',' && head > p.to;
    if (!fronted && !anchors.some((k) => ix.clauseOf[k] === ix.clauseOf[p.from])) continue;
    for (let k = p.linker + 1; k < p.to && k - p.linker <= 5; k++) {
      const pos = ix.tokens[k]!.pos;
      if (pos === 'NOUN' || pos === 'VERB') return { token: k, duration: p.duration, sign: p.sign };
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'PRON' && pos !== 'NUM' && ix.lower[k] !== "'s")
        break;
    }
  }
  return null;
}

/** Prepositions that set an event inside another ("detained 37 people during the protest", "at the funeral"). */
const WITHIN_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'amid', 'at']);

/** Determiners of a known event ("during the protest", "at their rally"). */
const KNOWN_EVENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * Phenomenon (session 21): an event told as happening during, amid or at another event ("Police said they
 * detained 37 people during the protest", "Two mourners were shot at the funeral", "During the march, riot police
 * fired tear gas") happened on that event's day, which another clause or sentence gives ("Opposition supporters
 * protested in the capital on Thursday, …"). The anchor is the definite noun after the preposition, in the
 * event's clause after it, or fronted before the sentence's main clause; looked up among the dated events once
 * they are merged (span zero). Not an indefinite one ("during a protest" may be another), nor a time noun.
 */
export function occasionAnchor(ix: ArticleIndex, anchors: readonly number[]): EventAnchor | null {
  const head = anchors[0]!;
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const hi = Math.max(...anchors);
  const nounAfter = (p: number): number => {
    if (!KNOWN_EVENT_DETERMINERS.has(ix.lower[p + 1] ?? '')) return -1;
    for (let k = p + 2; k < s.tokenEnd && k - p <= 4; k++) {
      const pos = ix.tokens[k]!.pos;
      if (pos === 'NOUN' && ix.timexAt[k] === null && !TIME_NOUNS.has(ix.lower[k]!)) return k;
      if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN') return -1;
    }
    return -1;
  };
  // After the event, in its clause: "detained 37 people during the protest".
  for (let k = hi + 1; k < s.tokenEnd && k - hi <= 8 && ix.clauseOf[k] === ix.clauseOf[hi]; k++) {
    if (ix.lower[k] === ',' || ix.tokens[k]!.pos === 'VERB') break;
    if (!WITHIN_PREPOSITIONS.has(ix.lower[k]!) || ix.tokens[k]!.pos !== 'ADP') continue;
    const n = nounAfter(k);
    if (n >= 0) return { token: n, duration: { n: 0, unit: 'D' }, sign: 1 };
  }
  // Fronted: "During the march, riot police fired tear gas".
  if (WITHIN_PREPOSITIONS.has(ix.lower[s.tokenStart]!) && ix.lower[s.tokenStart] !== 'at') {
    const n = nounAfter(s.tokenStart);
    if (n >= 0 && ix.lower[n + 1] === ',' && head > n) return { token: n, duration: { n: 0, unit: 'D' }, sign: 1 };
  }
  return null;
}

/** The date `anchor` gives an event once its anchoring event is dated (`source: 'relative'`). */
export function anchoredDate(anchor: EventAnchor, date: EventDate): EventDate | null {
  if (date.value === null) return null;
  // An event during another (span zero, `occasionAnchor`) takes its day; an occasion dated only to a month or a
  // year (an outbreak, a war, a campaign) lasts too long to date what happened during it.
  if (anchor.duration.n === 0) {
    if (!DAY_OR_FINER.has(date.precision)) return null;
    const same: EventDate = { value: date.value, precision: date.precision, source: 'relative' };
    if (date.timex) same.timex = date.timex;
    return same;
  }
  const moved = shiftDate(date.value, anchor.duration, anchor.sign);
  if (!moved) return null;
  const out: EventDate = { value: moved.value, precision: moved.precision, source: 'relative' };
  if (date.timex) out.timex = date.timex;
  return out;
}

/**
 * Phenomenon: "He was arrested two days later" — an event of a clause holding "DURATION later|earlier"
 * happened that long after (before) the paragraph's reference time.
 */
function later(ix: ArticleIndex, head: number, narrative: TimexRecord): EventDate | null {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  for (const x of ix.timexBySentence[s.i]!) {
    const d = durationOf(x);
    if (!d) continue;
    const [, b] = ix.timexTokens.get(x)!;
    const w = ix.lower[b];
    if ((w !== 'later' && w !== 'earlier') || ix.clauseOf[b] !== ix.clauseOf[head]) continue;
    return relativeResult(narrative, d, w === 'later' ? 1 : -1);
  }
  return null;
}

/**
 * The date a present or present-perfect verb gives an otherwise undated event: the time of writing.
 * "Singapore Airlines says …" happens at publication; "Airbus has signed a contract" happened on or
 * before it (mod `ON_OR_BEFORE`). Past-tense events the text leaves undated stay unknown.
 */
export function tenseDate(g: VerbGroup, publication: string | null): EventDate | null {
  if (!g.present || !publication || g.negated || g.progressive) return null;
  const d: EventDate = { value: publication, precision: 'day', source: 'tense' };
  if (g.perfect) d.mod = 'ON_OR_BEFORE';
  return d;
}

/**
 * Types whose undated events in a report's opening are not the news of the day: statements have their own
 * rule (reportDate); a threat or a demand is about what is to come; a trial or a talk runs over days; a
 * meeting in the lead is as often a routine one as the news.
 */
const NOT_NEWS_OF_THE_DAY = new Set(['statement', 'threat', 'demand', 'trial', 'negotiation', 'meeting']);

/**
 * True for a type whose opening-paragraph events are the news being reported. Phenomenon (issue 14 item 6,
 * session 11): a news report opens with its news whatever the domain — "The Prado Museum has appointed a new
 * director", "Acme said it purchased a rival", "The central bank cut its rate" — so a one-off political,
 * legal or business act told in the lead without a date of its own happened on or before publication, as a
 * violent event does (ACLED codes an event by its report when nothing else dates it).
 */
function newsOfTheDay(type: { id: string }): boolean {
  return !NOT_NEWS_OF_THE_DAY.has(type.id);
}

/**
 * The publication date for an undated event told in the simple past in the article's first paragraph
 * of body text ("Gunmen killed five officers in an attack on a checkpoint."): a news report opens
 * with the news, so it happened on or shortly before publication (`mod: ON_OR_BEFORE`,
 * `source: 'publication'`). Later paragraphs, other tenses and other types stay undated.
 */
export function leadDate(
  ix: ArticleIndex,
  c: { sentence: number; type: { id: string; category: string; causesCasualties?: boolean; casualtyRole?: string } },
  g: VerbGroup,
  publication: string | null,
  headline = -1,
): EventDate | null {
  if (!publication || g.present || g.future || g.negated || g.infinitive || !newsOfTheDay(c.type)) return null;
  // Phenomenon (session 16): an article that opens with a headline line of its own ("Orvia unveils budget
  // airline, names chief", then the date line, then the lead) has its first paragraph of body text after
  // the headline: the lead there is the news, as the headline is.
  let firstBody = headline + 1;
  while (firstBody < ix.sentences.length && ix.hasVerb[firstBody] === 0) firstBody++;
  const para = ix.paragraphOf[c.sentence];
  if (headline >= 0 && para === ix.paragraphOf[headline]) return leadValue(publication);
  if (firstBody >= ix.sentences.length || para !== ix.paragraphOf[firstBody]) return null;
  return leadValue(publication);
}

function leadValue(publication: string): EventDate {
  return { value: publication, precision: 'day', source: 'publication', mod: 'ON_OR_BEFORE' };
}

/**
 * Phenomenon: a weekday or a month written without a year ("In January, a clinic bombing killed a guard",
 * "gunmen attacked the post on Friday") is read by the time-expression stage in the direction of the tense it
 * sees; when the reading lies after the publication date while the event's own verb tells it in the past,
 * the past reading is the right one: the same month a year earlier, the same weekday a week earlier.
 * Null when nothing needs moving or the expression writes a number (a day or a year).
 */
export function pastReading(date: EventDate, x: TimexRecord | undefined, publication: string | null): EventDate | null {
  if (!x || x.anchor === 'absolute' || !date.value || !publication || !afterPublication(date.value, publication))
    return null;
  // Only a bare weekday or month: a written day number ("Monday, Oct. 26") or year fixes the date.
  if (/\d/.test(x.text)) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.value.replace(/T.*$/, ''));
  if (!m) return null;
  const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(x.text);
  const value =
    m[3] && weekday
      ? shiftDate(`${m[1]}-${m[2]}-${m[3]}`, { n: 1, unit: 'W' }, -1)!.value
      : `${Number(m[1]) - 1}-${m[2]}${m[3] ? `-${m[3]}` : ''}`;
  return afterPublication(value, publication) ? null : { ...date, value };
}

/**
 * Phenomenon (session 15): the other direction of `pastReading`. A weekday or a month (with or without its day)
 * written without a year in the clause of a planned event ("a judge set sentencing for March 10" in a December
 * article, "called a snap election for Dec. 14" in November, "Congress reconvenes on Tuesday") is read by the
 * time-expression stage in the direction of the tense it sees, which is often the past of the verb that plans
 * it ("set", "called"); a planned event lies ahead, so a reading before the publication date moves forward: the
 * same weekday a week later, the same month a year later. Null when nothing needs moving, when the expression
 * writes a year or looks back itself ("last Tuesday", "earlier in March"), or when the moved date would still
 * lie before the publication.
 */
export function futureReading(
  date: EventDate,
  x: TimexRecord | undefined,
  publication: string | null,
): EventDate | null {
  if (!x || x.anchor === 'absolute' || !date.value || !publication) return null;
  if (/\d{4}|['’]\d\d\b|\b(?:last|past|previous|ago|earlier|this)\b/i.test(x.text)) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.value.replace(/T.*$/, ''));
  if (!m || !beforePublication(date.value, publication)) return null;
  const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(x.text);
  const value =
    m[3] && weekday
      ? shiftDate(`${m[1]}-${m[2]}-${m[3]}`, { n: 1, unit: 'W' }, 1)!.value
      : `${Number(m[1]) + 1}-${m[2]}${m[3] ? `-${m[3]}` : ''}`;
  return beforePublication(value, publication) ? null : { ...date, value };
}

/**
 * Phenomenon (session 22): a time expression between a past verb and the infinitive it governs is that verb's
 * time. After a verb of intention ("The rebels promised on Monday to hold talks", "Opposition leaders vowed on
 * Friday to protest") it is when the promise was made, not when the promised event will happen: that event has
 * no date of its own (`'intention'`; read forward, Monday's promise became talks on the coming Monday). After any
 * other past verb ("agreed on Monday to buy Vermeer", "arrived on Friday to sign the treaty", "voted on Tuesday
 * to approve the merger") the act of the infinitive is done in the same step, that day (`'governor'`: the date
 * stands, not read forward). An expression after the infinitive's verb ("vowed to protest again on Friday") is
 * the event's own, read forward by `futureReading`. `to` is the infinitive's `to`, `x` the event's expression.
 */
export function timeOfGovernor(
  ix: ArticleIndex,
  to: number,
  x: TimexRecord | undefined,
): 'intention' | 'governor' | null {
  const at = x ? ix.timexTokens.get(x) : undefined;
  if (at === undefined || at[1] > to || ix.lower[to] !== 'to') return null;
  // Only the expression (and a comma closing it) stands between it and the infinitive (`at` ends exclusive).
  for (let k = at[1]; k < to; k++) if (ix.lower[k] !== ',') return null;
  const floor = ix.sentences[ix.tokens[to]!.sentence]!.tokenStart;
  // Back from the expression over a preposition ("on", "in") to the verb it follows: a past form of its own.
  let k = at[0] - 1;
  if (k >= floor && ix.tokens[k]!.pos === 'ADP') k--;
  if (k >= floor && ix.tokens[k]!.pos === 'ADV') k--;
  if (k < floor || ix.tokens[k]!.pos !== 'VERB') return null;
  const low = ix.lower[k]!;
  if (low === ix.tokens[k]!.lemma.toLowerCase() || low.endsWith('ing')) return null;
  return INTENTION_VERBS.has(lemmaOf(ix, k)) ? 'intention' : 'governor';
}

/** Verbs that commit to an act to come without doing it ("vowed", "promised", "threatened"). */
const INTENTION_VERBS: ReadonlySet<string> = new Set(['vow', 'promise', 'pledge', 'threaten', 'swear', 'resolve']);

/**
 * Phenomenon (session 15): "for" before a date names the time an event is set for ("called a snap election for
 * Dec. 14", "set sentencing for March 10", "talks scheduled for Monday"): what happened on a day is told with
 * "on" or no preposition, so the date is a plan's, ahead of its telling. So is "to" or "until" after a verb that
 * moves an event ("the final was postponed to Tuesday", "adjourned the hearing until Monday"). Not a date that names a noun's own time
 * ("arrested a man for Saturday's attack").
 */
export function scheduledFor(ix: ArticleIndex, x: TimexRecord | undefined): boolean {
  const at = x ? ix.timexTokens.get(x) : undefined;
  if (at === undefined || at[0] === 0 || x!.type !== 'DATE') return false;
  const prep = ix.lower[at[0] - 1];
  if (prep !== 'for' && !((prep === 'to' || prep === 'until' || prep === 'till') && rescheduled(ix, at[0] - 1)))
    return false;
  // A date naming a noun's own time is no plan: "arrested a man for Saturday's attack".
  return !possessive(ix, x!) && ix.tokens[at[1]]?.pos !== 'NOUN';
}

/** Verbs that move an event to another time ("postponed to Tuesday", "adjourned the trial until Monday"). */
const RESCHEDULING_VERBS: ReadonlySet<string> = new Set([
  'postpone',
  'delay',
  'adjourn',
  'defer',
  'reschedule',
  'move',
  'push',
]);

/** True when a verb of rescheduling stands within four words before the preposition at `p`, in its sentence. */
function rescheduled(ix: ArticleIndex, p: number): boolean {
  const floor = ix.sentences[ix.tokens[p]!.sentence]!.tokenStart;
  for (let k = p - 1; k >= floor && p - k <= 4; k--) if (RESCHEDULING_VERBS.has(lemmaOf(ix, k))) return true;
  return false;
}

/** True when a date lies before the publication date (compared at the date's own precision). */
function beforePublication(value: string, publication: string): boolean {
  const calendar = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value)?.[0];
  return calendar !== undefined && calendar < publication.slice(0, calendar.length);
}

/** True when a date lies after the publication date (compared at the date's own precision). */
export function afterPublication(value: string | null, publication: string | null): boolean {
  // Read twice for every draft (its dating, its status) and once per date of a few rules: character tests, not
  // the two regular expressions and the publication day parsed on every call that it was (session 23, evspeed).
  if (!value || !publication) return false;
  // Session 19 ("senses" helper): an ISO week ("another hearing next week": 1996-W36) is after the
  // publication when its Monday is; read as its year alone it never was, and the hearing to come stayed
  // `occurred`.
  if (isoWeekStart(value)) {
    const published = parseDay(publication.slice(0, 10));
    if (published !== null) {
      const jan4 = dayIndex(+value.slice(0, 4), 1, 4);
      return jan4 - isoWeekday(jan4) + 1 + (+value.slice(6, 8) - 1) * 7 > published;
    }
  }
  // The date at its own precision (`/^\d{4}(?:-\d{2}(?:-\d{2})?)?/`) against as much of the publication date.
  const n = calendarPrefix(value);
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    // A publication date shorter than the date's precision is a prefix of it: the date is later.
    if (i >= publication.length) return true;
    const a = value.charCodeAt(i);
    const b = publication.charCodeAt(i);
    if (a !== b) return a > b;
  }
  return false;
}

/** A decimal digit at `i` of `s`. */
function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** `/^\d{4}-W\d{2}/.test(value)`: an ISO week ("1996-W36", "1996-W36-WE"). */
function isoWeekStart(value: string): boolean {
  return (
    digitAt(value, 0) &&
    digitAt(value, 1) &&
    digitAt(value, 2) &&
    digitAt(value, 3) &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(5) === 87 &&
    digitAt(value, 6) &&
    digitAt(value, 7)
  );
}

/** The length of `/^\d{4}(?:-\d{2}(?:-\d{2})?)?/` in `value`: 0 (no match), 4, 7 or 10. */
function calendarPrefix(value: string): number {
  if (!(digitAt(value, 0) && digitAt(value, 1) && digitAt(value, 2) && digitAt(value, 3))) return 0;
  if (!(value.charCodeAt(4) === 45 && digitAt(value, 5) && digitAt(value, 6))) return 4;
  if (!(value.charCodeAt(7) === 45 && digitAt(value, 8) && digitAt(value, 9))) return 7;
  return 10;
}

/** Quantifiers before a plural event noun that make it several occurrences ("several attacks", "a series of bombings"). */
const REPEATED_QUANTIFIERS: ReadonlySet<string> = new Set([
  'several',
  'many',
  'numerous',
  'multiple',
  'repeated',
  'frequent',
  'recurrent',
  'countless',
  'dozens',
  'scores',
  'hundreds',
  'series',
  'string',
  'spate',
  'wave',
  'number',
  'some',
  'few',
]);

/** How far (tokens) from the trigger the words of repetition are looked for. */
const REPEAT_REACH = 30;

/** Quantity words before "times" (or "… of times") that count occurrences ("a dozen times", "dozens of times"). */
const OCCURRENCE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'several',
  'many',
  'numerous',
  'countless',
  'dozen',
  'dozens',
  'hundreds',
  'scores',
  'thousands',
]);

/**
 * Session 15: "twice" or "three times" before a figure or a comparison multiplies a quantity ("net income of
 * $27.1 million, more than twice the $13.5 million a year earlier", "three times as many", "twice the size"):
 * no count of occurrences.
 */
function multiplier(ix: ArticleIndex, k: number): boolean {
  const next = ix.tokens[k + 1];
  if (!next || next.sentence !== ix.tokens[k]!.sentence) return false;
  const low = ix.lower[k + 1]!;
  return low === 'the' || low === 'as' || low === 'that' || low === 'its' || next.pos === 'NUM' || /^[$€£¥]/.test(low);
}

/** Words that count occurrences after a number ("three times", "several times"), or on their own ("twice"). */
const OCCURRENCE_COUNTS: ReadonlySet<string> = new Set(['twice', 'thrice', 'repeatedly']);

/**
 * Phenomenon (session 14): a count told up to now from a start ("14 people have been killed by the gangs since
 * January", "police have made 14 arrests since the start of the year") sums occurrences over an open span: it
 * has no single date, as repeated occurrences have none. True for a perfect verb, or a noun counted by a number,
 * with "since" right before a time expression in its clause ("the worst floods since 2010" names no count).
 */
export function cumulativeSince(ix: ArticleIndex, head: number, kind: 'verb' | 'noun', perfect: boolean): boolean {
  if (kind === 'verb' ? !perfect : head === 0 || ix.tokens[head - 1]!.pos !== 'NUM') return false;
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const to = Math.min(s.tokenEnd - 1, head + REPEAT_REACH);
  for (let k = Math.max(s.tokenStart, head - REPEAT_REACH); k < to; k++) {
    if (ix.lower[k] !== 'since') continue;
    // Session 19: a clause after "since" is such a start too ("Storms have killed 40 people since the rains
    // began in May"): a perfect verb whose clause it follows counts up to now from it. Not "since" as "because"
    // before a past form that is no perfect's ("… have closed, since the roads were cut" is rarer than the span
    // in news, and a count needs the perfect anyway).
    if (kind === 'verb' && k > head && ix.clauseOf[k - 1] === ix.clauseOf[head] && sinceClause(ix, k, s.tokenEnd))
      return true;
    // Session 21 (the lead): so is an event or a period named after "since" ("Poland has expelled 15 diplomats
    // since the start of the war", "have arrested 40 people since the coup"): the count runs from its start.
    if (kind === 'verb' && k > head && ix.clauseOf[k - 1] === ix.clauseOf[head] && ix.lower[k + 1] === 'the')
      return true;
    const x = ix.timexAt[k + 1];
    if (!x || !datable(x)) continue;
    // "since" opens a phrase here, which the clause split may count as a clause of its own: the phrase belongs
    // to the clause it follows ("… killed in Lima since January") or, fronted, to the one after it.
    const end = ix.timexTokens.get(x)![1];
    const host =
      k > head ? ix.clauseOf[k - 1] : ix.clauseOf[end + 1 < s.tokenEnd && ix.lower[end] === ',' ? end + 1 : end];
    if (host === ix.clauseOf[head]) return true;
  }
  return false;
}

/** A clause opens after "since" at `k`: a verb within five words, before any time expression ("since the rains began"). */
function sinceClause(ix: ArticleIndex, k: number, end: number): boolean {
  for (let j = k + 1; j < end && j - k <= 5; j++) {
    if (ix.timexAt[j] !== null) return false;
    if (ix.tokens[j]!.pos === 'VERB') return true;
    if (ix.lower[j] === ',' || ix.lower[j] === ';') return false;
  }
  return false;
}

/**
 * Causes and periods that last for weeks or months: an outbreak, an epidemic and the diseases news names as
 * one, a rainy season. Deaths over one are a toll over its whole course.
 */
const LASTING_CAUSES: ReadonlySet<string> = new Set([
  'outbreak',
  'epidemic',
  'pandemic',
  'cholera',
  'ebola',
  'measles',
  'malaria',
  'dengue',
  'marburg',
  'mpox',
  'covid',
  'covid-19',
  'influenza',
  'flu',
  'monsoon',
  'season',
  'drought',
  'famine',
]);

/** Nouns that count the sick of an outbreak, among which its deaths are counted ("seven cases, including four deaths"). */
const CASE_NOUNS: ReadonlySet<string> = new Set(['cases', 'infections', 'patients']);

/**
 * Phenomenon (session 19): a toll over an outbreak or a season ("The epidemic killed 230 people", "Dengue has
 * killed 45 people in the region this year", "officials counted 80 deaths during the outbreak", "nine
 * infections, including three deaths") adds up deaths of many days: it has no single date, as repeated
 * occurrences have none (a date of its own clause is kept: "The last outbreak, in 2019, killed nine people").
 * True for a death or injury whose clause holds such a cause as the head of a noun phrase (not a modifier:
 * "monsoon floods killed 12 people on Sunday" is one flood), or that is counted after "including" among cases.
 * With `subjectOnly` (a killing, which may be an attack's: "gunmen killed 12 during the outbreak" is one day)
 * only a cause before the verb, its subject, counts.
 */
export function spreadOverPeriod(ix: ArticleIndex, head: number, subjectOnly: boolean): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const from = Math.max(s.tokenStart, head - REPEAT_REACH);
  const to = subjectOnly ? head : Math.min(s.tokenEnd, head + REPEAT_REACH);
  for (let k = from; k < to; k++) {
    if (ix.clauseOf[k] !== ix.clauseOf[head] || !LASTING_CAUSES.has(lemmaOf(ix, k))) continue;
    const next = ix.tokens[k + 1];
    if (!next || next.sentence !== s.i || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return true;
  }
  // "confirmed seven cases, including four deaths".
  for (let k = head - 1; k >= s.tokenStart && head - k <= 4; k--) {
    if (ix.lower[k] !== 'including') continue;
    for (let j = k - 1; j >= s.tokenStart && k - j <= 3; j--) if (CASE_NOUNS.has(ix.lower[j]!)) return true;
  }
  return false;
}

/** Prepositions of a setting phrase after an event noun ("in the city", "at clinics", "on depots"). */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'across', 'around', 'near', 'against']);

/** Tags of the words of a short noun phrase. */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Phenomenon (session 19): a bare plural event noun as the subject of a verb of trend, also past a setting phrase
 * ("Robberies in the port have fallen by a third this year", "Arson attacks on depots have become common",
 * "Kidnappings rose in 2024") tells how often such events happen, not one of them: no date, not even the span its
 * clause names. The noun ends at `end`; between it and the verb stand at most a preposition with four words of
 * its noun phrase, then auxiliaries and adverbs. A determiner before the noun ("the attacks have increased
 * pressure") or a singular noun ("the shooting has become a symbol") is one told event.
 */
export function trendSubject(ix: ArticleIndex, head: number, end: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const pluralAt = (k: number): boolean =>
    ix.lower[k] !== lemmaOf(ix, k) || (k === s.tokenStart && /[^s]s$/.test(ix.lower[k]!));
  let plural = pluralAt(head);
  let v = end;
  // "Arson and bombings at clinics have become common": a coordinated noun makes the subject plural.
  if (v + 1 < s.tokenEnd && (ix.lower[v] === 'and' || ix.lower[v] === 'or') && ix.tokens[v + 1]!.pos === 'NOUN') {
    plural = true;
    v += 2;
  }
  if (!plural || (head > s.tokenStart && (ix.tokens[head - 1]!.pos === 'DET' || /^['’]s$/.test(ix.lower[head - 1]!))))
    return false;
  if (v < s.tokenEnd && SETTING_PREPOSITIONS.has(ix.lower[v]!)) {
    let j = v + 1;
    while (j < s.tokenEnd && j - v <= 4 && NOUN_PHRASE_TAGS.has(ix.tokens[j]!.pos)) j++;
    if (j > v + 1) v = j;
  }
  const from = v;
  while (v < s.tokenEnd && v - from < 4 && (ix.tokens[v]!.pos === 'AUX' || ix.tokens[v]!.pos === 'ADV')) v++;
  return v < s.tokenEnd && ix.tokens[v]!.pos === 'VERB' && TREND_VERBS.has(lemmaOf(ix, v));
}

/** Occurrence counts and "times" as a word class: `repeatedOccurrence` scans a clause only in a sentence with one. */
const OCCURRENCE_CLASS = declareWordClass('occurrence count', { forms: [...OCCURRENCE_COUNTS, 'times'] });

/**
 * The clause half of `repeatedOccurrence`: a recurring time ("every week"), an occurrence count ("twice") or "N
 * times" in the trigger's clause or its verb's, within a sentence-sized reach.
 */
function repeatedInClause(ix: ArticleIndex, s: Sentence, head: number, verb: number): boolean {
  const clauses = [ix.clauseOf[head]!, verb >= 0 ? ix.clauseOf[verb]! : -1];
  // Within a sentence-sized reach of the trigger, so a huge sentence stays linear.
  const from = Math.max(s.tokenStart, Math.min(head, verb >= 0 ? verb : head) - REPEAT_REACH);
  const to = Math.min(s.tokenEnd, Math.max(head, verb) + REPEAT_REACH);
  for (let k = from; k < to; k++) {
    if (!clauses.includes(ix.clauseOf[k]!)) continue;
    if (ix.timexAt[k]?.type === 'SET') return true;
    const low = ix.lower[k]!;
    if (OCCURRENCE_COUNTS.has(low) && !multiplier(ix, k)) return true;
    if (low === 'times' && k > s.tokenStart && !multiplier(ix, k)) {
      // "three times", "several times", "a dozen times", "dozens of times", "hundreds of times".
      const before = ix.lower[k - 1]!;
      const counted = before === 'of' && k - 2 >= s.tokenStart ? ix.lower[k - 2]! : before;
      if (ix.tokens[k - 1]!.pos === 'NUM' || OCCURRENCE_QUANTIFIERS.has(counted)) return true;
    }
  }
  return false;
}

/**
 * Phenomenon: repeated occurrences have no single date — a set time expression in the event's clause
 * ("protests have been held every week"), a count of occurrences ("bombed several times", "attacked
 * twice"), or an indefinite plural event noun, bare or quantified ("have carried out attacks", "several
 * bombings", "a series of raids"). Such an event keeps a date its own clause states (that is when the
 * series happened), but takes none from the narrative, the tense or the publication date. A definite
 * plural ("the attacks" on two embassies) names one told event and is not affected.
 */
export function repeatedOccurrence(
  ix: ArticleIndex,
  head: number,
  kind: 'verb' | 'noun',
  verb: number,
  subject: boolean,
): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  // The word classes (`word-classes.ts`): the clause scan can only answer yes in a sentence with a count of
  // occurrences ("twice", "times") or a recurring time ("every week", `TIME_SET`); most sentences have neither.
  if ((ix.sentenceClasses[s.i]! & (OCCURRENCE_CLASS | TIME_SET)) !== 0 && repeatedInClause(ix, s, head, verb))
    return true;
  if (kind !== 'noun') return false;
  const t = ix.tokens[head]!;
  // A plural event noun: its form is not its lemma and ends in -s ("attacks", "bombings").
  if (ix.lower[head] === t.lemma.toLowerCase() || !ix.lower[head]!.endsWith('s')) return false;
  let k = head - 1;
  while (k >= s.tokenStart && head - k <= 4 && (ix.tokens[k]!.pos === 'ADJ' || ix.tokens[k]!.pos === 'NOUN')) {
    if (REPEATED_QUANTIFIERS.has(ix.lower[k]!)) return true;
    k--;
  }
  if (k < s.tokenStart) return true;
  const low = ix.lower[k]!;
  if (REPEATED_QUANTIFIERS.has(low)) return true;
  // "a series of attacks", "dozens of bombings".
  if (low === 'of' && k > s.tokenStart && REPEATED_QUANTIFIERS.has(ix.lower[k - 1]!)) return true;
  const pos = ix.tokens[k]!.pos;
  // A bare plural object: no determiner, number or possessive before it ("carried out attacks in the
  // region"). A bare plural subject is often the story's own event ("Nearly simultaneous bombings … killed 258").
  if (subject) return false;
  return pos !== 'DET' && pos !== 'NUM' && pos !== 'PRON' && pos !== 'PROPN' && low !== "'s" && low !== '’s';
}

/**
 * Words of accusation, trial and custody, by the preposition that attaches the crime to them ("convicted
 * of murder", "charged with the killing", "arrested for the bombing", "a suspect in the attack",
 * "arrested over the shooting", "an inquiry into the blast", "in connection with the attack"), and of a
 * link ("related to the attacks").
 */
const LEGAL_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'of',
    new Set([
      'convict',
      'accuse',
      'suspect',
      'suspected',
      'guilty',
      'innocent',
      'acquit',
      'conviction',
      'accused',
      'convicted',
      // Session 20 (evprec): the crime a charge names ("charges of attempted murder were dropped", "two counts
      // of assault", "an indictment of fraud").
      'charge',
      'charges',
      'count',
      'counts',
      'indictment',
    ]),
  ],
  ['with', new Set(['charge', 'charged', 'charges', 'connection'])],
  [
    'for',
    new Set([
      'arrest',
      'arrested',
      'detain',
      'detained',
      'jail',
      'jailed',
      'sentence',
      'sentenced',
      'try',
      'tried',
      'trial',
      'prosecute',
      'prosecuted',
      'blame',
      'responsibility',
      'wanted',
      'indict',
      'indicted',
      'convict',
      'convicted',
      'extradite',
      'extradited',
      'execute',
      'executed',
      'question',
      'questioned',
    ]),
  ],
  ['in', new Set(['suspect', 'charge', 'charged', 'indict', 'indicted', 'convict', 'convicted', 'trial', 'role'])],
  ['over', new Set(['arrest', 'arrested', 'detain', 'detained', 'charge', 'charged', 'trial', 'try', 'tried'])],
  ['into', new Set(['investigation', 'probe', 'inquiry', 'inquest'])],
  // An event named as what something is about ("deleted searches related to the attacks", "evidence linked
  // to the bombing") is known already: the clause dates the searches or the evidence, not the event.
  ['to', new Set(['related', 'linked', 'connected', 'tied'])],
]);

/**
 * Session 21 (evprec). Phenomenon: a crime's noun that modifies a noun for the people suspected or convicted of
 * it, or for the legal step about it ("police arrested two murder suspects", "the bombing suspect", "a robbery
 * convict", "the murder trial opened"), names the crime of the suspicion or the step: it happened before, and the
 * clause (the arrest's day) does not date it. Not a noun for its victims or witnesses ("kidnapping victims").
 */
const SUSPICION_NOUNS: ReadonlySet<string> = new Set([
  'suspect',
  'suspects',
  'convict',
  'convicts',
  'defendant',
  'defendants',
  'trial',
  'charge',
  'charges',
  'conviction',
  'investigation',
  'inquiry',
  'probe',
]);

/** Participles that qualify a crime's noun ("attempted murder", "alleged fraud", "suspected arson"). */
const CRIME_QUALIFIERS: ReadonlySet<string> = new Set(['attempted', 'alleged', 'suspected', 'foiled', 'botched']);

/** Gerunds of doing a crime, between an accusation and the crime's noun ("accused of committing the attack"). */
const PERPETRATION_GERUNDS: ReadonlySet<string> = new Set([
  'committing',
  'perpetrating',
  'staging',
  'plotting',
  'planning',
  'organizing',
  'organising',
  'masterminding',
  'orchestrating',
]);

/**
 * Phenomenon: an event noun named as the crime of an accusation, trial or arrest ("convicted him on
 * Tuesday of murder", "was arrested on Friday for the killing", "charged with the bombing", "the
 * investigation into the attack") happened before the legal step; the legal step's date is not its date.
 * Only a date in the noun's own phrase ("charged with Monday's bombing") dates it. Returns true for such a noun.
 */
export function crimeOfLegalStep(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  if (head + 1 < s.tokenEnd && SUSPICION_NOUNS.has(ix.lower[head + 1]!)) return true;
  let k = head - 1;
  while (k >= s.tokenStart && head - k <= 5) {
    const pos = ix.tokens[k]!.pos;
    // Phenomenon (session 13): a participle that qualifies the crime ("charged with attempted murder", "over
    // the alleged killing") leaves it the crime of the legal step.
    // Session 14: a noun of a compound too ("charged with planning a knife attack", "a car bomb attack").
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'PROPN' || pos === 'NOUN' || ix.lower[k] === "'s")
      k--;
    else if (CRIME_QUALIFIERS.has(ix.lower[k]!)) k--;
    else break;
  }
  // A gerund of doing between the legal word and the crime ("accused of carrying out the bombing",
  // "convicted of plotting the attack") leaves it the crime of the accusation.
  if (k > s.tokenStart && ix.lower[k] === 'out' && ix.lower[k - 1] === 'carrying') k -= 2;
  else if (k >= s.tokenStart && PERPETRATION_GERUNDS.has(ix.lower[k]!)) k--;
  const words = k > s.tokenStart ? LEGAL_WORDS.get(ix.lower[k]!) : undefined;
  if (!words) return false;
  // The legal word right before the preposition, or before its object ("convicted him of", "charged two men with").
  // Session 14: over a longer object with a hyphenated age ("charged a 34-year-old Syrian man on Friday with").
  for (let j = k - 1; j >= s.tokenStart && k - j <= 12; j--) {
    const t = ix.tokens[j]!;
    if (words.has(t.lemma.toLowerCase()) || words.has(ix.lower[j]!)) return true;
    if (ix.timexAt[j] !== null || ix.lower[j] === 'on' || ix.lower[j] === '-') continue;
    const pos = t.pos;
    if (pos !== 'PRON' && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'DET' && pos !== 'NUM' && pos !== 'ADJ')
      return false;
  }
  return false;
}

/** Verbs of reaction and inquiry whose object names an event that happened before them. */
const REACTION_VERBS: ReadonlySet<string> = new Set([
  'condemn',
  'denounce',
  'deplore',
  'mourn',
  'commemorate',
  'investigate',
  'probe',
  'solve',
  'avenge',
  // Session 20: a meeting's topic ("will meet on Friday to discuss the attack") happened before the meeting.
  'discuss',
  'debate',
  'review',
  'examine',
]);

/**
 * Phenomenon: the object of a verb of reaction or inquiry ("condemned the bombings", "to investigate a
 * series of shootings", "mourned the attack") is an event that happened before the reaction: the
 * reaction's date ("on Tuesday condemned") is not its date. Only a date in the noun's own phrase
 * ("condemned Monday's bombing") dates it. True for an event noun right after such a verb (determiners,
 * modifiers, "a series of" between).
 */
export function objectOfReaction(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  for (let k = head - 1; k >= s.tokenStart && head - k <= 6; k--) {
    const t = ix.tokens[k]!;
    if (t.pos === 'VERB') return REACTION_VERBS.has(t.lemma.toLowerCase()) && !sameDayAfter(ix, head);
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN') continue;
    if (ix.lower[k] === 'of' || ix.lower[k] === "'s" || ix.lower[k] === '’s') continue;
    return false;
  }
  return false;
}

/**
 * True when the sentence after `head` says the event happened the same day as the clause around it
 * ("deplored Friday the blasts which killed scores … earlier in the day", "… earlier that day", "on the
 * same day"): then the reaction's date is the event's too.
 */
function sameDayAfter(ix: ArticleIndex, head: number): boolean {
  const end = ix.sentences[ix.tokens[head]!.sentence]!.tokenEnd;
  for (let k = head + 1; k + 2 < end + 1 && k - head <= 40; k++) {
    const [a, b, c] = [ix.lower[k], ix.lower[k + 1], ix.lower[k + 2]];
    if (
      (a === 'earlier' || a === 'later') &&
      ((b === 'in' && c === 'the' && ix.lower[k + 3] === 'day') || (b === 'that' && c === 'day'))
    )
      return true;
    if (a === 'same' && b === 'day' && k > 0 && ix.lower[k - 1] === 'the') return true;
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Report verbs whose object is a clause of what was said, with or without "that". */
const CLAUSE_REPORT_VERBS: ReadonlySet<string> = new Set([
  'say',
  'add',
  'state',
  'claim',
  'insist',
  'argue',
  'contend',
  'assert',
  'maintain',
  'estimate',
]);

/** Parts of speech that open a noun phrase: right after a report verb, the subject of what was said. */
const CONTENT_SUBJECT_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** How far after a report verb its own time expression may stand, past a noun-phrase object (session 18). */
const REPORT_REACH = 16;

/** Words that end a report verb's own phrase: what follows is what was reported ("said that …"). */
const REPORT_CONTENT_OPENERS = new Set(['that', ',', ':', '"', '``', "''", '“', '”', 'if', 'whether']);

/**
 * The date of a statement told with a report verb ("said", "told", "announced"). Phenomenon: a time
 * expression in what was said dates the content, not the saying ("Saddam said he will begin withdrawing
 * troops on Friday", "said it is calling for the redemption on Dec. 7", "police said they believe the IRA
 * was behind two killings last week"); and the paragraph's narrative time belongs to the events told, not
 * to the quotes about them. The statement's own date stands right next to its verb ("said Friday",
 * "said on Monday", "on Thursday said", "said in an interview on Monday that"). With none, a report
 * verb in the simple past or present perfect of a news report was said on or shortly before
 * publication (`source: 'publication'`, `mod: ON_OR_BEFORE`); in the present ("says") on the day of
 * writing (`source: 'tense'`). A future, negated, modal or infinitival one stays undated.
 */
export function reportDate(ix: ArticleIndex, head: number, g: VerbGroup, publication: string | null): EventDate {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  const usable = (x: TimexRecord | null): x is TimexRecord => x !== null && datable(x) && !inDateline(ix, x);
  for (let k = head + 1; k < s.tokenEnd && k - head <= REPORT_REACH; k++) {
    const x = ix.timexAt[k];
    if (usable(x)) {
      // Session 18: the time of a noun in the object is that noun's ("declared the outbreak after the March 3
      // floods over", "announced the results of last week's vote").
      const ofNoun = possessive(ix, x) || modifiedNoun(ix, x) >= 0;
      if (k - head <= 8 && !ofNoun) return toDate(x, 'clause');
      // Session 18: a report verb whose object is a noun phrase with no clause of its own ("the WHO declared a
      // measles outbreak in southern Malawi over on Tuesday", "announced the closure of three border crossings in
      // the north on Monday") is dated by a time expression after that phrase: the phrase has no verb the
      // expression could belong to. Not a plan's or a span's bound ("declared an emergency until March").
      const bound = openBound(ix, x) || scheduledFor(ix, x) || deadline(ix, x);
      if (!ofNoun && !bound && ix.clauseOf[k] === ix.clauseOf[head]) return toDate(x, 'clause');
      k = ix.timexTokens.get(x)![1] - 1;
      continue;
    }
    const t = ix.tokens[k]!;
    if (REPORT_CONTENT_OPENERS.has(ix.lower[k]!) || t.pos === 'VERB' || t.pos === 'AUX') break;
    // Phenomenon: a report without "that" opens its content with the reported clause's subject ("said he
    // now believed Howes had been killed", "said they will meet on Friday"): a time expression after it is
    // the content's.
    if (SUBJECT_PRONOUNS.has(ix.lower[k]!)) break;
    // Session 15: so does a noun phrase right after the verb ("N.V. DSM said net income in the third quarter
    // jumped 63%", "said the talks on Friday had failed"); a phrase of the saying starts with a preposition
    // ("said in an interview on Monday") or is the time itself ("said Friday", "said last week").
    // Only verbs whose object is what was said: "told a news conference on Tuesday" names who was told,
    // "announce new products on Nov. 6" what was announced, and the date is the telling's.
    if (
      k === head + 1 &&
      CONTENT_SUBJECT_START.has(t.pos) &&
      CLAUSE_REPORT_VERBS.has(ix.tokens[head]!.lemma.toLowerCase())
    )
      break;
  }
  for (let k = head - 1; k >= s.tokenStart && head - k <= 4; k--) {
    if (usable(ix.timexAt[k])) return toDate(ix.timexAt[k]!, 'clause');
    const t = ix.tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
  }
  const undated: EventDate = { value: null, precision: 'unknown', source: 'unknown' };
  if (!publication || g.negated || g.future || g.infinitive || g.modal !== null) return undated;
  if (g.present) return tenseDate(g, publication) ?? undated;
  return { value: publication, precision: 'day', source: 'publication', mod: 'ON_OR_BEFORE' };
}
