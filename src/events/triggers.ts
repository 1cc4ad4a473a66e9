/**
 * Trigger detection: verbs and nominalisations from the taxonomy's lemma lexicon, the light verbs that
 * govern event nouns ("held a meeting", "an agreement was made", "no operation has been carried out"),
 * and absorption of a result verb into the event noun that caused it ("were killed in an attack").
 */
import type { ArticleIndex } from './article-index.js';
import { LIGHT_NOUNS, LIGHT_VERBS, MEANINGFUL_SUPPORT_VERBS, RESULT_LINKERS } from './cues.js';
import { particleAfter, verbGroup, WINDOW } from './syntax.js';
import type { EventTypeDef, TriggerLexicon } from './taxonomy.js';

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
}

/** Nouns that read as events only in some contexts; the rest of the time they are something else. */
function excludedNoun(ix: ArticleIndex, k: number, lemma: string): boolean {
  const prev = k > 0 ? ix.lower[k - 1]! : '';
  const next = k + 1 < ix.tokens.length ? ix.lower[k + 1]! : '';
  switch (lemma) {
    case 'order':
      return (
        prev === 'in' ||
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
      return prev === 'for' || prev === 'on';
    case 'visit':
      return prev === 'to';
    case 'deal':
      return prev === 'great' || prev === 'good';
    default:
      return false;
  }
}

/** wink's lemma in lower case (it is lower case already except for names, so usually no copy is made). */
export function lemmaOf(ix: ArticleIndex, k: number): string {
  const lem = ix.tokens[k]!.lemma;
  const c = lem.charCodeAt(0);
  return c >= 65 && c <= 90 ? lem.toLowerCase() : lem;
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
  if (k + 1 < s.tokenEnd) {
    for (const f of forms) {
      const two =
        lex.compoundNouns.get(`${f} ${lemmaOf(ix, k + 1)}`) ?? lex.compoundNouns.get(`${f} ${ix.lower[k + 1]}`);
      if (two) return { type: two, end: k + 2, context: false };
    }
  }
  for (const f of forms) {
    const type = lex.nouns.get(f);
    if (type) return excludedNoun(ix, k, f) ? null : { type, end: k + 1, context: false };
  }
  for (const f of forms) {
    const ctx = lex.contextNouns.get(f);
    if (!ctx) continue;
    for (let j = Math.max(s.tokenStart, k - 3); j < k; j++) {
      if (ctx.cues.has(ix.lower[j]!) || ctx.cues.has(lemmaOf(ix, j)))
        return { type: ctx.type, end: k + 1, context: false };
    }
    if (ctx.cues.has(ix.lower[k + 1] ?? '')) return { type: ctx.type, end: k + 1, context: false };
    return { type: ctx.type, end: k + 1, context: true };
  }
  return null;
}

function verbType(lex: TriggerLexicon, ix: ArticleIndex, k: number): { type: EventTypeDef; end: number } | null {
  const lem = lemmaOf(ix, k);
  if (!lex.verbKeys.has(lem)) return null;
  const next = k + 1;
  if (next < ix.tokens.length && ix.tokens[next]!.sentence === ix.tokens[k]!.sentence) {
    // Phrasal verbs of the lexicon, particle or preposition ("lay off", "call for").
    const phrasal = lex.phrasalVerbs.get(`${lem} ${ix.lower[next]}`);
    if (phrasal) return { type: phrasal, end: next + 1 };
  }
  const type = lex.verbs.get(lem);
  return type ? { type, end: k + 1 } : null;
}

/**
 * True when a noun reads as a common noun: lower case, or capitalised only because it opens the
 * sentence. "Launch Systems", "Best Buy" and other capitalised words inside a sentence are names.
 */
function commonNounReading(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && ix.mentionAt[k] === -1 && commonCase(ix, k);
}

/** Lower case, or capitalised only because it opens the sentence. */
function commonCase(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  if (t.text === ix.lower[k]) return true;
  const s = ix.sentences[t.sentence]!;
  let first = s.tokenStart;
  while (first < k && ix.tokens[first]!.pos === 'PUNCT') first++;
  return first === k;
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
  const next = ix.tokens[k + 1];
  if (next === undefined || next.sentence !== ix.tokens[k]!.sentence || ix.timexAt[k + 1] !== null) return false;
  return next.pos === 'NOUN' || (next.pos === 'PROPN' && next.text !== ix.lower[k + 1]);
}

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
      if (!inRelative && afterNoun && ix.tokens[j + 1]?.pos === 'ADP') continue;
      return { verb: j, relation: verbGroup(ix, j).passive ? 'passive-subject' : 'subject', nominal };
    }
    if (t.pos === 'SCONJ' || low === ';' || low === ':' || (t.pos === 'PART' && low === 'to')) break;
    // After a comma only a relative clause continues the noun's phrase ("the dialogue, which was held").
    if (low === ',' && !RELATIVE.has(ix.lower[j + 1] ?? '')) break;
    if (low === 'which' || low === 'that') inRelative = true;
  }
  return { verb: -1, relation: 'object', nominal };
}

/** Finds every trigger candidate of a sentence that has a verb (headings and date lines have none). */
export function findCandidates(ix: ArticleIndex, lex: TriggerLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ix.sentences) {
    if (ix.hasVerb[s.i] === 0) continue;
    const first = out.length;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = ix.tokens[k]!;
      if (t.pos === 'VERB') {
        const v = verbType(lex, ix, k);
        // A capitalised verb inside a sentence is part of a name ("Best Buy"); one glued to a hyphen is
        // part of a compound adjective ("the world's most-sold player", "state-owned").
        if (v && commonCase(ix, k) && !inHyphenCompound(ix, k)) out.push(blank(v.type, k, v.end, 'verb', s.i));
      } else if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        const forms = nounForms(lex, ix, k);
        if (forms === null || !commonNounReading(ix, k)) continue;
        const n = nounType(lex, ix, k, forms);
        if (!n || modifiesNextNoun(ix, n.end - 1)) continue;
        const c = blank(n.type, k, n.end, 'noun', s.i);
        const g = nounGovernor(ix, k);
        c.governor = g.verb;
        c.relation = g.verb >= 0 ? g.relation : null;
        c.nominalGovernor = g.nominal;
        c.light = g.verb >= 0 && LIGHT_VERBS.has(ix.tokens[g.verb]!.lemma.toLowerCase());
        // An ambiguous noun ("operation", "strike") counts only with its cue words or under a light verb.
        if (n.context && !c.light) continue;
        if (
          c.light &&
          c.relation !== 'subject' &&
          MEANINGFUL_SUPPORT_VERBS.has(ix.tokens[c.governor]!.lemma.toLowerCase())
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

function blank(type: EventTypeDef, head: number, end: number, kind: 'verb' | 'noun', sentence: number): Candidate {
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
  };
}

/**
 * Within one sentence: a light verb whose noun is an event does not make a second event ("signed an
 * agreement" is one agreement; "launched an attack" is an attack, not a product launch). A statement verb
 * keeps its own event ("announced the holding of a meeting" is a statement and a meeting). A result verb
 * followed by "in <event noun>" is folded into that noun ("killed in an attack").
 */
function resolveLightVerbs(ix: ArticleIndex, cands: Candidate[], first: number): void {
  const byHead = new Map<number, Candidate>();
  for (let i = first; i < cands.length; i++) byHead.set(cands[i]!.head, cands[i]!);
  for (let i = first; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'noun' || !c.light || c.governor < 0 || c.relation === 'subject') continue;
    const verb = byHead.get(c.governor);
    if (verb && verb.kind === 'verb' && verb.type.id !== 'statement') verb.dropped = true;
  }
  for (let i = first; i < cands.length; i++) {
    const v = cands[i]!;
    if (v.kind !== 'verb' || v.dropped) continue;
    const s = ix.sentences[v.sentence]!;
    let k = v.end;
    if (k >= s.tokenEnd || ix.lower[k] !== 'in') continue;
    k++;
    while (k < s.tokenEnd && k - v.end < WINDOW && (ix.tokens[k]!.pos === 'DET' || ix.tokens[k]!.pos === 'ADJ')) k++;
    const noun = byHead.get(k);
    if (noun && noun.kind === 'noun' && noun.type.category === 'conflict' && v.type.category === 'conflict') {
      v.dropped = true;
      noun.absorbed = v.head;
    }
  }
  // "the attack that killed three soldiers", "airstrikes killed ten": the verb is the noun's result.
  for (let i = first; i < cands.length; i++) {
    const n = cands[i]!;
    if (n.kind !== 'noun' || n.relation !== 'subject' || n.governor < 0 || n.absorbed >= 0) continue;
    const v = byHead.get(n.governor);
    if (v && v.kind === 'verb' && !v.dropped && v.type.category === 'conflict' && n.type.category === 'conflict') {
      v.dropped = true;
      n.absorbed = v.head;
    }
  }
}
