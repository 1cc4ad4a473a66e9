/**
 * Gold annotation of MEANTIME CAT documents as the MEANTIME evaluation scores it: sentences 0–5 only,
 * in the character coordinates of the rebuilt text.
 */
import { markableSpan, type CatDocument, type CatMarkable } from './cat.js';
import type { HeadedSpan, TypedSpan } from './entity-score.js';
import type { ScoredTimex } from './timex-score.js';
import type { Span } from '../../types.js';
import { COMPANY_OFFICES, HONORIFICS } from '../../words.js';

/** Last annotated sentence number in MEANTIME. */
export const LAST_ANNOTATED_SENTENCE = 5;

/** TLINK types that put an event inside (or at) a time, read from the event's side. */
const ANCHOR_FROM_EVENT = new Set(['SIMULTANEOUS', 'IS_INCLUDED', 'DURING', 'IDENTITY', 'BEGINS', 'ENDS']);
/** The same relations read from the time's side. */
const ANCHOR_FROM_TIME = new Set(['SIMULTANEOUS', 'INCLUDES', 'DURING', 'IDENTITY', 'BEGUN_BY', 'ENDED_BY']);

/** Gold annotation of one CAT document, in text coordinates, restricted to sentences 0–5. */
export interface MeantimeGold {
  /** NAM mentions with the span of their head name (see `nameHead`). */
  names: HeadedSpan[];
  preModifierNames: TypedSpan[];
  timexes: ScoredTimex[];
  /** Where the creation time (DCT) is written in the text, when it is anchored to tokens (the date line). */
  dct: Span[];
  events: Array<Span & { id: string }>;
  /**
   * Per gold event mention id: spans of its participants (every mention of each participant instance), typed by
   * the instance's `ent_type` (PER, ORG, LOC, PRO, FIN, MIX; UNKNOWN when no instance says).
   */
  participants: Map<string, TypedSpan[]>;
  /** Per gold event mention id: the value of its anchoring time. */
  anchors: Map<string, string>;
  /** Scored NAM mentions whose `head` attribute names tokens of the mention, and how many of them `nameHead`'s rule derives identically. */
  headCheck: { annotated: number; ruleAgrees: number };
}

/** Extracts the scored gold annotation of a CAT document. */
export function meantimeGold(doc: CatDocument, tokenSpans: Map<string, Span>): MeantimeGold {
  const sentenceOf = new Map(doc.tokens.map((t) => [t.id, t.sentence]));
  const inScope = (m: CatMarkable): boolean =>
    m.tokens.length > 0 && m.tokens.every((t) => (sentenceOf.get(t) ?? Infinity) <= LAST_ANNOTATED_SENTENCE);
  const instanceOf = new Map<string, string>();
  const mentionsOf = new Map<string, string[]>();
  for (const r of doc.relations) {
    if (r.tag !== 'REFERS_TO') continue;
    for (const s of r.sources) {
      for (const t of r.targets) {
        instanceOf.set(s, t);
        (mentionsOf.get(t) ?? mentionsOf.set(t, []).get(t)!).push(s);
      }
    }
  }
  const gold: MeantimeGold = {
    names: [],
    preModifierNames: [],
    timexes: [],
    dct: [],
    events: [],
    participants: new Map(),
    anchors: new Map(),
    headCheck: { annotated: 0, ruleAgrees: 0 },
  };
  const tokenText = new Map(doc.tokens.map((t) => [t.id, t.text]));
  const spanOf = (id: string): Span | null => {
    const m = doc.markables.get(id);
    return m ? markableSpan(m, tokenSpans) : null;
  };
  for (const m of doc.markables.values()) {
    if (!inScope(m)) continue;
    const span = markableSpan(m, tokenSpans)!;
    if (m.tag === 'ENTITY_MENTION') {
      const instance = doc.markables.get(instanceOf.get(m.id) ?? '');
      const type = instance?.attrs['ent_type'] ?? 'UNKNOWN';
      const syn = m.attrs['syntactic_type'];
      if (syn === 'NAM') {
        const words = m.tokens.map((t) => tokenText.get(t) ?? '');
        const annotated = annotatedHead(words, m.attrs['head'] ?? '');
        const derived = nameHead(words);
        const [from, to] = annotated ?? derived;
        if (annotated && SCORED_TYPES.has(type)) {
          gold.headCheck.annotated++;
          if (annotated[0] === derived[0] && annotated[1] === derived[1]) gold.headCheck.ruleAgrees++;
        }
        const head = { start: tokenSpans.get(m.tokens[from]!)!.start, end: tokenSpans.get(m.tokens[to - 1]!)!.end };
        // A CAT token can carry the comma after it ("Inc.,"): the name ends before it.
        const lastWord = words[to - 1]!;
        head.end -= lastWord.length - lastWord.replace(/(?<=.)[,;:]+$/, '').length;
        gold.names.push({ ...span, type, head });
      } else if (syn === 'PRE.NAM') gold.preModifierNames.push({ ...span, type });
    } else if (m.tag === 'TIMEX3' && m.attrs['functionInDocument'] === 'CREATION_TIME') {
      gold.dct.push(span);
    } else if (m.tag === 'TIMEX3') {
      gold.timexes.push({ ...span, type: m.attrs['type'] ?? '', value: m.attrs['value'] || null });
    } else if (m.tag === 'EVENT_MENTION') {
      gold.events.push({ ...span, id: m.id });
    }
  }
  const eventIds = new Set(gold.events.map((e) => e.id));
  const anchorCandidates = new Map<string, Array<{ value: string; dct: boolean }>>();
  for (const r of doc.relations) {
    if (r.tag === 'HAS_PARTICIPANT') {
      for (const s of r.sources) {
        if (!eventIds.has(s)) continue;
        const spans = gold.participants.get(s) ?? gold.participants.set(s, []).get(s)!;
        for (const t of r.targets) {
          const instance = instanceOf.get(t);
          const type = doc.markables.get(instance ?? '')?.attrs['ent_type'] ?? 'UNKNOWN';
          for (const id of instance ? (mentionsOf.get(instance) ?? [t]) : [t]) {
            const sp = spanOf(id);
            if (sp) spans.push({ ...sp, type });
          }
        }
      }
    } else if (r.tag === 'TLINK') {
      const rel = r.attrs['reltype'] ?? '';
      const pairs: Array<[string, string]> = [];
      for (const s of r.sources)
        for (const t of r.targets) {
          if (eventIds.has(s) && ANCHOR_FROM_EVENT.has(rel)) pairs.push([s, t]);
          if (eventIds.has(t) && ANCHOR_FROM_TIME.has(rel)) pairs.push([t, s]);
        }
      for (const [event, time] of pairs) {
        const tm = doc.markables.get(time);
        if (tm?.tag !== 'TIMEX3' || !tm.attrs['value']) continue;
        (anchorCandidates.get(event) ?? anchorCandidates.set(event, []).get(event)!).push({
          value: tm.attrs['value'],
          dct: tm.attrs['functionInDocument'] === 'CREATION_TIME',
        });
      }
    }
  }
  // A link to a time expression in the text is more specific than the default link to the DCT.
  for (const [event, list] of anchorCandidates) gold.anchors.set(event, (list.find((a) => !a.dct) ?? list[0]!).value);
  for (const list of [gold.names, gold.timexes, gold.events]) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return gold;
}

/** Entity types the MEANTIME name scores count (the others stay in the gold only to name false positives). */
const SCORED_TYPES = new Set(['PER', 'ORG', 'LOC']);

/** Words that open a noun phrase and are never part of a name, even capitalised ("The GAO"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
]);
/** Titles and roles written capitalised before or after a name ("Spokeswoman Sandy Angers", "Ryanair CEO, …"): not the name. */
const TITLES = new Set([
  ...HONORIFICS,
  ...COMPANY_OFFICES,
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'vice',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'gov.',
  'mayor',
  'judge',
  'justice',
  'presiding',
  'prime',
  'minister',
  'secretary',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'general',
  'gen.',
  'colonel',
  'col.',
  'captain',
  'capt.',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chair',
  'chief',
  'executive',
  'officer',
  'director',
  'professor',
  'prof.',
]);
/** Lower-case words that start a post-modifier of the name (a place, a relative clause). */
const POST_MODIFIERS = new Set([
  'in',
  'near',
  'at',
  'on',
  'from',
  'of',
  'for',
  'with',
  'by',
  'to',
  'which',
  'who',
  'whose',
  'where',
  'that',
]);
/** Punctuation that ends the name part of a mention (apposition, parenthesis). */
const BREAKS = new Set([',', '(', ')', ';', ':', '\u2013', '\u2014']);
/** Words and signs that join two name words into one name ("Royal Courts of Justice", "Wal - Mart", "Defence & Space"). */
const JOINERS = new Set([
  'of',
  'and',
  '&',
  '-',
  'de',
  'du',
  'des',
  'la',
  'le',
  'del',
  'della',
  'von',
  'van',
  'der',
  'den',
  'al',
  'bin',
  'y',
]);
/** Possessive markers as separate tokens ("Boeing 's", "Beatles '"). */
const POSSESSIVES = new Set(["'s", "'", '\u2019s', '\u2019']);

function isNameWord(w: string, previousIsName: boolean): boolean {
  const lower = w.toLowerCase();
  if (DETERMINERS.has(lower) || TITLES.has(lower)) return false;
  if (/\p{Lu}/u.test(w)) return true;
  // "Terminal 3", "iPhone 4": a number continues a name but never starts one.
  return previousIsName && /^\d[\p{L}\d]*$/u.test(w);
}

/**
 * The head name of a MEANTIME NAM mention, as a token range `[from, to)` of `words`.
 *
 * MEANTIME gives a mention the extent of its whole noun phrase ("their Everett Factory near Seattle,
 * Washington, in the United States", "Airbus chief executive Noel Forgeard", "Irish low cost airline,
 * Ryanair"); the name a recogniser finds is the NP's head name. The rule follows English NP structure:
 * a name is a maximal run of capitalised words (joined by "of", "&", "-", …; determiners and titles are
 * not name words); pre-modifiers come before the head, so the head is the LAST eligible run before the
 * first post-modifier, where a post-modifier starts at a comma, parenthesis or lower-case preposition /
 * relative word that directly follows a name word. A comma after a common noun or title is an
 * apposition whose name follows ("Irish low cost airline, Ryanair"), so it does not end the search.
 * A run is not eligible when it is possessive ("Boeing 's Launch Systems") or the object of a
 * preposition ("the Prime Minister of Singapore, Mr. Lee Hsien Loong"). Without an eligible run the
 * first run is the head; without any run, the whole mention.
 */
export function nameHead(words: readonly string[]): [number, number] {
  let first: [number, number] | null = null;
  let last: [number, number] | null = null;
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (isNameWord(w, false)) {
      let j = i + 1;
      for (;;) {
        if (j < words.length && isNameWord(words[j]!, true)) j++;
        else if (j + 1 < words.length && JOINERS.has(words[j]!.toLowerCase()) && isNameWord(words[j + 1]!, false))
          j += 2;
        else break;
      }
      first ??= [i, j];
      const possessive = j < words.length && POSSESSIVES.has(words[j]!);
      const governed = i > 0 && POST_MODIFIERS.has(words[i - 1]!);
      if (!possessive && !governed) last = [i, j];
      i = j;
      continue;
    }
    if ((BREAKS.has(w) || POST_MODIFIERS.has(w)) && last !== null && i > 0 && isNameWord(words[i - 1]!, true)) break;
    i++;
  }
  return last ?? first ?? [0, words.length];
}

/** The mention's own `head` attribute (token texts joined by spaces) as a token range, when it names tokens of the mention. */
function annotatedHead(words: readonly string[], head: string): [number, number] | null {
  const target = head.trim().split(/\s+/);
  if (target[0] === '') return null;
  for (let i = 0; i + target.length <= words.length; i++) {
    if (target.every((t, k) => words[i + k] === t)) return [i, i + target.length];
  }
  return null;
}

/** True when one date value equals or refines the other (`2010` / `2010-06` / `2010-06-07` / `2010-06-07T10:00`). */
export function compatibleDates(a: string, b: string): boolean {
  const refines = (fine: string, coarse: string): boolean =>
    /^\d/.test(coarse) && fine.startsWith(coarse) && (fine[coarse.length] === '-' || fine[coarse.length] === 'T');
  return a === b || refines(a, b) || refines(b, a);
}
