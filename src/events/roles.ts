/**
 * Arguments of a trigger from sentence structure: the subject and object of its verb (swapped in the
 * passive, with the `by`-phrase as agent), the possessor or nationality adjective of an event noun, and
 * prepositional phrases (`between`, `with`, `against`, `of`, `to`, `from`, `in/at/near` for the place).
 * A light verb lends its subject and phrases to its noun ("the government will hold meetings with the
 * American side").
 */
import type { EntityRecord, ParticipantRole } from '../types.js';
import type { ArticleIndex } from './article-index.js';
import { NATIONALITIES, PLACE_PREPOSITIONS } from './cues.js';
import {
  actorEndingAt,
  findSubject,
  nounPhraseActors,
  particleAfter,
  prepositionalPhrases,
  scopeEnd,
  verbGroup,
  type ActorRef,
} from './syntax.js';
import type { EventTypeDef } from './taxonomy.js';
import type { Candidate } from './triggers.js';

/** Arguments gathered for one candidate. */
export interface Arguments {
  roles: Map<ParticipantRole, ActorRef[]>;
  place: EntityRecord | null;
}

/** Types whose `of`-phrase names who took part rather than who underwent it. */
const PARTICIPANT_OF = new Set(['meeting', 'negotiation', 'agreement', 'ceasefire', 'protest', 'election']);
/** Types whose `to`-phrase names a recipient. */
const RECIPIENT_TO = new Set(['aid', 'contract', 'statement', 'sanction', 'threat']);
/** Types whose `from`/`to` place names where forces go or leave. */
const MOVEMENT = new Set(['withdrawal', 'deployment']);

function add(args: Arguments, role: ParticipantRole, actors: readonly ActorRef[]): void {
  if (actors.length === 0) return;
  const list = args.roles.get(role) ?? [];
  list.push(...actors);
  args.roles.set(role, list);
}

/** Assigns the actors of prepositional phrases by preposition and event type. */
function addPhrases(ix: ArticleIndex, args: Arguments, type: string, from: number, to: number, nounEnd: number): void {
  for (const pp of prepositionalPhrases(ix, from, to)) {
    const places = pp.actors.filter((a) => a.entity.type === 'place' && a.via === 'mention');
    switch (pp.prep) {
      case 'between':
      case 'with':
      case 'among':
        add(args, 'participant', pp.actors);
        break;
      case 'against':
        add(args, 'patient', pp.actors);
        break;
      case 'by':
        add(args, 'agent', pp.actors);
        break;
      case 'of':
        if (pp.at !== nounEnd) break;
        add(args, PARTICIPANT_OF.has(type) ? 'participant' : type === 'statement' ? 'agent' : 'patient', pp.actors);
        break;
      case 'on':
        if (type === 'attack' && places.length > 0) args.place ??= places[0]!.entity;
        else if (type === 'attack' || type === 'sanction') add(args, 'patient', pp.actors);
        break;
      case 'to':
        if (MOVEMENT.has(type) && places.length > 0) args.place ??= places[0]!.entity;
        else if (RECIPIENT_TO.has(type)) add(args, 'recipient', pp.actors);
        break;
      case 'from':
        if (MOVEMENT.has(type) && places.length > 0) args.place ??= places[0]!.entity;
        else if (type === 'contract' || type === 'acquisition') add(args, 'participant', pp.actors);
        break;
      default:
        if (PLACE_PREPOSITIONS.has(pp.prep) && places.length > 0) args.place ??= places[0]!.entity;
    }
  }
}

/** Arguments of a verb trigger (or of the verb a noun absorbed) at `v`. */
function verbArguments(ix: ArticleIndex, args: Arguments, type: EventTypeDef, v: number): void {
  const g = verbGroup(ix, v);
  // A participle clause after a comma ("…, killing 40 people") has the main clause's subject, which
  // may be an event ("an earthquake struck Turkey, killing"): no actor is read off the words before it.
  const participle = ix.lower[v]!.endsWith('ing') && g.start === v && v > 0 && ix.lower[v - 1] === ',';
  const subject = participle ? [] : findSubject(ix, g.start);
  const p = particleAfter(ix, v);
  const after = p >= 0 ? p + 1 : v + 1;
  const end = scopeEnd(ix, after - 1);
  if (g.passive) add(args, 'patient', subject);
  else {
    add(args, type.subjectRole ?? 'agent', subject);
    if (after < end && ix.tokens[after]!.pos !== 'ADP')
      add(args, type.id === 'statement' ? 'recipient' : 'patient', nounPhraseActors(ix, after, end));
  }
  addPhrases(ix, args, type.id, after, end, -1);
}

/** Possessor ("Apple's launch"), nationality adjective ("Israeli airstrikes") or name ("the Airbus order") before an event noun. */
function nounPremodifier(ix: ArticleIndex, args: Arguments, head: number): void {
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  let k = head - 1;
  while (k >= s.tokenStart && ix.tokens[k]!.pos === 'ADJ' && !NATIONALITIES.has(ix.lower[k]!)) k--;
  if (k < s.tokenStart) return;
  if (ix.lower[k] === "'s" && k - 1 >= s.tokenStart) {
    const owner = actorEndingAt(ix, k - 1);
    if (owner) add(args, 'agent', [owner]);
    return;
  }
  if (NATIONALITIES.has(ix.lower[k]!) && /^\p{Lu}/u.test(ix.tokens[k]!.text)) {
    const e = ix.nationalityEntity(ix.lower[k]!);
    if (e) add(args, 'agent', [{ entity: e, tokenStart: k, tokenEnd: k + 1, via: 'nationality' }]);
    return;
  }
  const m = ix.mentionAt[k]!;
  if (m >= 0 && ix.mentions[m]!.tokenEnd === k + 1) {
    const mention = ix.mentions[m]!;
    add(args, 'participant', [
      { entity: mention.entity, tokenStart: mention.tokenStart, tokenEnd: mention.tokenEnd, via: 'mention' },
    ]);
  }
}

/** Arguments of a noun trigger: its own phrases, and those of the light verb it hangs on. */
function nounArguments(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  const type = c.type.id;
  nounPremodifier(ix, args, c.head);
  const end = scopeEnd(ix, c.end - 1);
  addPhrases(ix, args, type, c.end, end, c.end);
  if (c.governor >= 0 && !c.light && c.relation !== 'object') {
    // "The blast ripped through a market in Kabul", "a suicide bomber blew himself up at a checkpoint in
    // Mogadishu": the place of the verb an event noun is the subject of is the event's place.
    const p = particleAfter(ix, c.governor);
    const after = p >= 0 ? p + 1 : c.governor + 1;
    const gEnd = scopeEnd(ix, after - 1);
    const placeOnly: Arguments = { roles: new Map(), place: null };
    addPhrases(ix, placeOnly, type, after, gEnd, -1);
    args.place ??= placeOnly.place;
  }
  if (c.governor >= 0 && c.light) {
    const g = verbGroup(ix, c.governor);
    if (c.relation === 'object') {
      if (!g.passive) add(args, 'agent', findSubject(ix, g.start));
    } else {
      const p = particleAfter(ix, c.governor);
      const after = p >= 0 ? p + 1 : c.governor + 1;
      const gEnd = scopeEnd(ix, after - 1);
      addPhrases(ix, args, type, after, gEnd, -1);
    }
  }
  // A folded result verb ("killed in an attack") lends its victims through the event's results instead.
  if (c.absorbed >= 0 && !c.results.some((r) => r.head === c.absorbed)) verbArguments(ix, args, c.type, c.absorbed);
}

/** Place fallbacks: a fronted "In Baghdad, …", then the agent's own place ("armed factions in Iraq"). */
function placeFallback(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  if (args.place !== null) return;
  // "An earthquake struck Turkey", "floods hit Kerala": the place a disaster or attack noun's verb reaches.
  if (
    c.kind === 'noun' &&
    c.relation === 'subject' &&
    c.governor >= 0 &&
    (c.type.category === 'life' || c.type.causesCasualties)
  ) {
    const p = particleAfter(ix, c.governor);
    const after = p >= 0 ? p + 1 : c.governor + 1;
    const reached = nounPhraseActors(ix, after, scopeEnd(ix, after - 1)).find(
      (a) => a.entity.type === 'place' && a.via === 'mention',
    );
    if (reached) {
      args.place = reached.entity;
      return;
    }
  }
  const s = ix.sentences[c.sentence]!;
  if (PLACE_PREPOSITIONS.has(ix.lower[s.tokenStart]!)) {
    const fronted = nounPhraseActors(ix, s.tokenStart + 1, Math.min(s.tokenEnd, c.head)).find(
      (a) => a.entity.type === 'place' && a.via === 'mention',
    );
    if (fronted) {
      args.place = fronted.entity;
      return;
    }
  }
  for (const agent of args.roles.get('agent') ?? []) {
    if (agent.via !== 'mention') continue;
    const k = agent.tokenEnd;
    if (k < s.tokenEnd && (ix.lower[k] === 'in' || ix.lower[k] === 'from')) {
      const place = nounPhraseActors(ix, k + 1, s.tokenEnd).find(
        (a) => a.entity.type === 'place' && a.via === 'mention',
      );
      if (place) {
        args.place = place.entity;
        return;
      }
    }
  }
}

/** All arguments of a candidate. */
export function candidateArguments(ix: ArticleIndex, c: Candidate): Arguments {
  const args: Arguments = { roles: new Map(), place: null };
  if (c.kind === 'verb') verbArguments(ix, args, c.type, c.head);
  else nounArguments(ix, args, c);
  placeFallback(ix, args, c);
  return args;
}

/** Role precedence when one entity fills two roles. */
const ROLE_ORDER: readonly ParticipantRole[] = [
  'agent',
  'attacker',
  'patient',
  'target',
  'victim',
  'recipient',
  'participant',
  'source',
  'instrument',
];

/** Flattens roles to one role per entity (the first by `ROLE_ORDER`), in role then text order. */
export function participantList(
  args: Arguments,
): Array<{ entity: string; role: ParticipantRole; via: ActorRef['via'] }> {
  const seen = new Set<string>();
  const out: Array<{ entity: string; role: ParticipantRole; via: ActorRef['via'] }> = [];
  for (const role of ROLE_ORDER) {
    for (const a of args.roles.get(role) ?? []) {
      if (seen.has(a.entity.id)) continue;
      seen.add(a.entity.id);
      out.push({ entity: a.entity.id, role, via: a.via });
    }
  }
  return out;
}
