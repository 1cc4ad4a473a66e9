/**
 * Event dates. In order: the time expression in the trigger's own clause; else one in its sentence;
 * else the narrative reference time (the last date the same paragraph set); else unknown. Only the
 * text's own time expressions are used: an event the text leaves undated is never given the publication
 * date. Durations and sets are not dates.
 */
import type { EventDate, TimexRecord } from '../types.js';
import type { ArticleIndex } from './article-index.js';
import { TEMPORAL_PREPOSITIONS } from './cues.js';
import type { VerbGroup } from './syntax.js';

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
 */
export function narrativeTimes(ix: ArticleIndex): Array<TimexRecord | null> {
  const out: Array<TimexRecord | null> = new Array<TimexRecord | null>(ix.sentences.length).fill(null);
  let current: TimexRecord | null = null;
  for (const s of ix.sentences) {
    if (s.i > 0 && ix.paragraphOf[s.i] !== ix.paragraphOf[s.i - 1]) current = null;
    out[s.i] = current;
    if (ix.hasVerb[s.i] === 0) continue;
    for (const x of ix.timexBySentence[s.i]!) if (datable(x) && !vague(x)) current = x;
  }
  return out;
}

function toDate(x: TimexRecord, source: EventDate['source']): EventDate {
  const d: EventDate = { value: x.value, precision: x.precision, source, timex: x.id };
  if (x.mod) d.mod = x.mod;
  return d;
}

/** True when an event noun sits in a temporal phrase ("since the armistice", "after the attack"): background, not dated by its sentence. */
export function inTemporalPhrase(ix: ArticleIndex, head: number): boolean {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  for (let k = head - 1; k >= s.tokenStart && head - k <= 4; k--) {
    const t = ix.tokens[k]!;
    if (TEMPORAL_PREPOSITIONS.has(ix.lower[k]!) && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB'))
      return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'PRON' && ix.lower[k] !== "'s") return false;
  }
  return false;
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
  while (from > s.tokenStart && a - from < 12 && ix.lower[from - 1] !== ',') from--;
  let to = b;
  while (to < s.tokenEnd && to - b < 12 && ix.lower[to] !== ',') to++;
  if (from === s.tokenStart || to === s.tokenEnd) return false;
  let otherVerb = false;
  for (let k = from; k < to; k++) {
    if (anchors.includes(k)) return false;
    if (ix.tokens[k]!.pos === 'VERB' && ix.timexAt[k] === null) otherVerb = true;
  }
  return otherVerb;
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

/** A possessive time expression modifies a noun ("at this year's conference"), it does not date an event. */
function possessive(ix: ArticleIndex, x: TimexRecord): boolean {
  const end = ix.timexTokens.get(x)![1];
  return ix.lower[end] === "'s" || ix.lower[end] === '’s' || /['’]s$/.test(x.text);
}

/**
 * Chooses the date of an event whose trigger words are `anchors` (head first, then its governing or
 * absorbed verb). `background` events (in a temporal phrase) take only a clause date.
 */
export function chooseDate(
  ix: ArticleIndex,
  anchors: readonly number[],
  background: boolean,
  narrative: TimexRecord | null,
  narrates: boolean,
): EventDate {
  const head = anchors[0]!;
  const lo = Math.min(...anchors) - DATE_WINDOW;
  const hi = Math.max(...anchors) + DATE_WINDOW;
  const timexes = timexesBetween(ix, ix.tokens[head]!.sentence, lo, hi).filter(datable);
  const distance = (x: TimexRecord): number => {
    const [a, b] = ix.timexTokens.get(x)!;
    let best = Infinity;
    for (const k of anchors) best = Math.min(best, k < a ? a - k : k >= b ? k - b + 1 : 0);
    return best;
  };
  const nearest = (list: TimexRecord[]): TimexRecord | null => {
    let best: TimexRecord | null = null;
    for (const x of list) if (best === null || distance(x) < distance(best)) best = x;
    return best;
  };
  // At most three anchors: a list is cheaper than a set.
  const clauses = anchors.map((k) => ix.clauseOf[k]!);
  const ownTimexes = timexes.filter((x) => !claimedByOtherVerb(ix, x, anchors) && !possessive(ix, x));
  const inClause = nearest(ownTimexes.filter((x) => clauses.includes(ix.clauseOf[ix.timexTokens.get(x)![0]]!)));
  if (inClause) return toDate(inClause, 'clause');
  if (!background) {
    const specific = nearest(ownTimexes.filter((x) => !vague(x)));
    if (specific) return toDate(specific, 'sentence');
    // Only a clause that narrates (a verb, or a noun under its light verb: "carried out an attack") moves
    // the story on at the paragraph's reference time; a bare noun ("the attack on the embassy") may name
    // any earlier event.
    if (narrative && narrates) return toDate(narrative, 'narrative');
  }
  return { value: null, precision: 'unknown', source: 'unknown' };
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

/** Types (besides violence, deaths and disasters) whose undated past events in a report's opening are the news of the day. */
const NEWS_OF_THE_DAY = new Set(['arrest', 'protest', 'abduction', 'sexual-violence', 'looting']);

/** True for a type whose opening-paragraph events are the news being reported. */
function newsOfTheDay(type: {
  id: string;
  category: string;
  causesCasualties?: boolean;
  casualtyRole?: string;
}): boolean {
  return (
    type.causesCasualties === true ||
    type.casualtyRole !== undefined ||
    type.category === 'life' ||
    NEWS_OF_THE_DAY.has(type.id)
  );
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
): EventDate | null {
  if (!publication || g.present || g.future || g.negated || g.infinitive || !newsOfTheDay(c.type)) return null;
  let firstBody = 0;
  while (firstBody < ix.sentences.length && ix.hasVerb[firstBody] === 0) firstBody++;
  if (firstBody >= ix.sentences.length || ix.paragraphOf[c.sentence] !== ix.paragraphOf[firstBody]) return null;
  return { value: publication, precision: 'day', source: 'publication', mod: 'ON_OR_BEFORE' };
}

/** True when a date lies after the publication date (compared at the date's own precision). */
export function afterPublication(value: string | null, publication: string | null): boolean {
  const calendar = value ? /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value)?.[0] : undefined;
  if (!calendar || !publication) return false;
  return calendar > publication.slice(0, calendar.length);
}
