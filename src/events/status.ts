/**
 * Event status from the words around the trigger: negation ("no operation has been carried out", "did
 * not"), future and plans ("will hold", "plans to", "scheduling the withdrawal", a date after
 * publication), progressive aspect (ongoing), and report contexts ("X said that …", "according to X").
 * Some contexts void the event entirely ("since the cessation of bombing operations", "to stop all
 * attacks"): the noun names no event that took place, so no row is made.
 */
import type { EntityRecord, EventStatus } from '../types.js';
import type { ArticleIndex } from './article-index.js';
import {
  CAUSATIVE_GOVERNORS,
  CONTINUATIVE_GOVERNORS,
  NEGATING_GOVERNORS,
  PERFORMATIVE_GOVERNORS,
  PLANNING_GOVERNORS,
  REPORTING_VERBS,
  VOIDING_GOVERNORS,
} from './cues.js';
import { findSubject, verbGroup, WINDOW, type VerbGroup } from './syntax.js';
import type { Candidate } from './triggers.js';

/** Status, the reporting source if any, or `void` when the context says the event did not take place at all. */
export type StatusResult = { status: EventStatus; reportedBy: EntityRecord | null } | 'void';

function groupStatus(g: VerbGroup): EventStatus | 'void' | null {
  if (g.negated) return 'negated';
  if (g.infinitive) {
    const gov = g.infinitiveGovernor;
    if (gov && CAUSATIVE_GOVERNORS.has(gov)) return null;
    if (gov && CONTINUATIVE_GOVERNORS.has(gov)) return 'ongoing';
    if (gov && NEGATING_GOVERNORS.has(gov)) return 'negated';
    if (gov && VOIDING_GOVERNORS.has(gov)) return 'void';
    return 'planned';
  }
  if (g.future) return 'planned';
  if (g.progressive) return 'ongoing';
  return null;
}

/** "no" before an event noun, over its adjectives. */
function negativeDeterminer(ix: ArticleIndex, head: number): boolean {
  const floor = ix.sentences[ix.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= floor && head - k <= 3; k--) {
    if (ix.lower[k] === 'no') return true;
    if (ix.tokens[k]!.pos !== 'ADJ') return false;
  }
  return false;
}

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
export function candidateStatus(ix: ArticleIndex, c: Candidate): StatusResult {
  let status: EventStatus | null = null;
  if (c.kind === 'noun') {
    if (c.nominalGovernor && VOIDING_GOVERNORS.has(c.nominalGovernor)) return 'void';
    if (negativeDeterminer(ix, c.head)) status = 'negated';
    if (c.governor >= 0 && status === null) {
      const lemma = ix.tokens[c.governor]!.lemma.toLowerCase();
      if (c.relation === 'object' && VOIDING_GOVERNORS.has(lemma)) return 'void';
      if (c.relation === 'object' && NEGATING_GOVERNORS.has(lemma)) status = 'negated';
      else if (c.relation === 'object' && PLANNING_GOVERNORS.has(lemma) && !c.light) status = 'planned';
      else {
        const g = groupStatus(verbGroup(ix, c.governor));
        if (g === 'void') return 'void';
        status = g;
      }
    }
  } else {
    const g = groupStatus(verbGroup(ix, c.head));
    if (g === 'void') return 'void';
    status = g;
  }
  if (status === 'negated' || status === 'planned') return { status, reportedBy: null };
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
