/**
 * Arguments of a trigger from sentence structure: the subject and object of its verb (swapped in the
 * passive, with the `by`-phrase as agent), the possessor or nationality adjective of an event noun, and
 * prepositional phrases (`between`, `with`, `against`, `of`, `to`, `from`, `in/at/near` for the place).
 * A light verb lends its subject and phrases to its noun ("the government will hold meetings with the
 * American side").
 */
import type { EntityRecord, ParticipantRole } from '../types.js';
import type { ArticleIndex } from './article-index.js';
import { NATIONALITIES, PLACE_HEAD_NOUNS, PLACE_PREPOSITIONS } from './cues.js';
import {
  actorEndingAt,
  findSubject,
  nounPhraseActors,
  nounPhraseAt,
  quantityLead,
  particleAfter,
  prepositionalPhrases,
  scopeEnd,
  verbGroup,
  WINDOW,
  type ActorRef,
  type PhraseRef,
} from './syntax.js';
import type { EventTypeDef } from './taxonomy.js';
import type { Candidate } from './triggers.js';

/** Arguments gathered for one candidate. */
export interface Arguments {
  roles: Map<ParticipantRole, ActorRef[]>;
  place: EntityRecord | null;
  /** Roles filled by noun phrases that name no entity ("the gunman", "two soldiers", "he"). */
  phrases: Map<ParticipantRole, PhraseRef[]>;
  /** A locative phrase naming a kind of place ("in the village", "at a checkpoint"), used when no place entity is found. */
  placePhrase: PhraseRef | null;
}

/** Empty arguments. */
export function noArguments(): Arguments {
  return { roles: new Map(), place: null, phrases: new Map(), placePhrase: null };
}

function addPhrase(args: Arguments, role: ParticipantRole, phrases: readonly PhraseRef[]): void {
  if (phrases.length === 0) return;
  const list = args.phrases.get(role) ?? [];
  list.push(...phrases);
  args.phrases.set(role, list);
}

/**
 * Noun phrases naming no entity from `k` on, with those coordinated after it ("three soldiers and two
 * civilians"); a figure lead ("at least") is read over.
 */
function phrasesFrom(ix: ArticleIndex, k: number, end: number): PhraseRef[] {
  const out: PhraseRef[] = [];
  let at = k;
  while (at < end && out.length < 4) {
    const p = nounPhraseAt(ix, at, end);
    if (!p) break;
    out.push(p);
    if (ix.lower[p.tokenEnd] !== 'and' || p.tokenEnd + 1 >= end) break;
    at = p.tokenEnd + 1;
  }
  return out;
}

/** The role a phrase naming no entity fills under a preposition; the place of a locative one naming a kind of place. */
function addPhrasePhrase(
  args: Arguments,
  ix: ArticleIndex,
  type: string,
  prep: string,
  at: number,
  nounEnd: number,
  p: PhraseRef,
): void {
  switch (prep) {
    case 'by':
      // "was killed by a gunman", "were wounded by militants".
      addPhrase(args, 'agent', [p]);
      break;
    case 'between':
    case 'with':
    case 'among':
      // "clashes between protesters and police", "talks with rebel leaders".
      addPhrase(args, 'participant', [p]);
      break;
    case 'against':
      addPhrase(args, 'patient', [p]);
      break;
    case 'of':
      // "the killing of seven demonstrators"; "a meeting of the leaders" names who took part.
      if (at === nounEnd && type !== 'statement')
        addPhrase(args, PARTICIPANT_OF.has(type) ? 'participant' : 'patient', [p]);
      break;
    case 'on':
      // "an attack on a police station": what is attacked; "exploded on a busy street": where.
      if ((type === 'attack' || type === 'sanction') && at === nounEnd) addPhrase(args, 'patient', [p]);
      else if (PLACE_HEAD_NOUNS.has(ix.tokens[p.head]!.lemma.toLowerCase())) args.placePhrase ??= p;
      break;
    default:
      // "in the village", "at a checkpoint": only a word for a kind of place makes a place ("in response" does not).
      if (PLACE_PREPOSITIONS.has(prep) && PLACE_HEAD_NOUNS.has(ix.tokens[p.head]!.lemma.toLowerCase()))
        args.placePhrase ??= p;
  }
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
    if (pp.phrase) {
      addPhrasePhrase(args, ix, type, pp.prep, pp.at, nounEnd, pp.phrase);
      continue;
    }
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
function verbArguments(ix: ArticleIndex, args: Arguments, type: EventTypeDef, v: number, predicative = false): void {
  const g = verbGroup(ix, v);
  // A participle clause after a comma ("…, killing 40 people") has the main clause's subject, which
  // may be an event ("an earthquake struck Turkey, killing"): no actor is read off the words before it.
  const participle = ix.lower[v]!.endsWith('ing') && g.start === v && v > 0 && ix.lower[v - 1] === ',';
  const subjectPhrases: PhraseRef[] = [];
  // An infinitive right after its governing verb shares that verb's subject ("Gunmen tried to kill the
  // governor", "the rebels vowed to attack"); one after an object has the object as doer and is left alone.
  const control = g.infinitive && g.start > 0 && ix.tokens[g.start - 1]!.pos === 'VERB';
  const subjectAt = control ? verbGroup(ix, g.start - 1).start : g.start;
  const subject = participle ? [] : findSubject(ix, subjectAt, (ph) => subjectPhrases.push(ph));
  const p = particleAfter(ix, v);
  const after = p >= 0 ? p + 1 : v + 1;
  const end = scopeEnd(ix, after - 1);
  // Passive ("X was killed by Y") and predicative ("left eight policemen dead", "five were injured"):
  // the subject undergoes the event.
  // "Seven militants killed in blasts", "the six members killed": a result participle with no auxiliary
  // and no object after it is a reduced passive, as in headlines.
  const next = ix.tokens[after];
  const reduced =
    type.casualtyRole !== undefined &&
    g.start === v &&
    ix.lower[v]!.endsWith('ed') &&
    quantityLead(ix, after) === 0 &&
    !(next && next.sentence === ix.tokens[v]!.sentence && ['NOUN', 'PROPN', 'DET', 'NUM', 'PRON'].includes(next.pos));
  if (g.passive || predicative || reduced) {
    add(args, 'patient', subject);
    addPhrase(args, 'patient', subjectPhrases);
  } else {
    const role = type.subjectRole ?? 'agent';
    add(args, role, subject);
    addPhrase(args, role, subjectPhrases);
    // The object, also after a figure lead ("killed at least 12 people").
    if (after < end && (ix.tokens[after]!.pos !== 'ADP' || quantityLead(ix, after) > 0)) {
      const objectRole = type.id === 'statement' ? 'recipient' : 'patient';
      const actors = nounPhraseActors(ix, after, end);
      add(args, objectRole, actors);
      if (actors.length === 0 && type.id !== 'statement') addPhrase(args, objectRole, phrasesFrom(ix, after, end));
    }
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
    const placeOnly = noArguments();
    addPhrases(ix, placeOnly, type, after, gEnd, -1);
    args.place ??= placeOnly.place;
    args.placePhrase ??= placeOnly.placePhrase;
  }
  if (c.governor >= 0 && c.light) {
    const g = verbGroup(ix, c.governor);
    if (c.relation === 'object') {
      // "militants carried out an attack": the light verb's subject, named or not, is the doer.
      const phrases: PhraseRef[] = [];
      if (!g.passive)
        add(
          args,
          'agent',
          findSubject(ix, g.start, (ph) => phrases.push(ph)),
        );
      addPhrase(args, 'agent', phrases);
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
  const args = noArguments();
  if (c.kind === 'verb') verbArguments(ix, args, c.type, c.head, c.predicative);
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

/** One argument as the record states it: a role, the words that fill it and their head, and the entity when one is named. */
export interface ArgumentRef {
  role: ParticipantRole | 'place';
  tokenStart: number;
  tokenEnd: number;
  head: number;
  entity: EntityRecord | null;
}

/**
 * The head of an actor's phrase: its own head; else, for a name modifying the nouns after it ("Russian
 * major general", "six NATO service members", "the Oklahoma City federal building"), the last of those
 * nouns (not the trigger at `near`); else the last word of its range that is not punctuation.
 */
function actorHead(ix: ArticleIndex, a: ActorRef, near: number): number {
  if (a.head !== undefined) return a.head;
  if (a.via === 'mention') {
    const s = ix.sentences[ix.tokens[a.tokenStart]!.sentence]!;
    let head = -1;
    for (let k = a.tokenEnd; k < s.tokenEnd && k < a.tokenEnd + 4 && k !== near; k++) {
      const t = ix.tokens[k]!;
      if (ix.mentionAt[k]! >= 0 || ix.timexAt[k]) break;
      if (t.pos === 'NOUN') head = k;
      else if (t.pos !== 'ADJ') break;
    }
    if (head >= 0) return head;
  }
  for (let k = a.tokenEnd - 1; k > a.tokenStart; k--) if (ix.tokens[k]!.pos !== 'PUNCT') return k;
  return a.tokenStart;
}

/**
 * Every argument the text supports, in role then text order: entities (with the phrase they were read
 * from) and noun phrases naming none. One entity or one head word fills one role (the first by
 * `ROLE_ORDER`). `keepPhrase` filters phrases (the caller drops event and weapon nouns as doers).
 */
export function argumentList(
  ix: ArticleIndex,
  args: Arguments,
  near: number,
  keep: (role: ParticipantRole, tokenStart: number, tokenEnd: number, head: number, named: boolean) => boolean,
): ArgumentRef[] {
  const seenEntity = new Set<string>();
  const seenHead = new Set<number>();
  const out: ArgumentRef[] = [];
  for (const role of ROLE_ORDER) {
    const items: ArgumentRef[] = [];
    for (const a of args.roles.get(role) ?? []) {
      const head = actorHead(ix, a, near);
      const end = Math.max(a.tokenEnd, head + 1);
      if (keep(role, a.tokenStart, end, head, true))
        items.push({ role, tokenStart: a.tokenStart, tokenEnd: end, head, entity: a.entity });
    }
    for (const p of args.phrases.get(role) ?? [])
      if (keep(role, p.tokenStart, p.tokenEnd, p.head, false))
        items.push({ role, tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, head: p.head, entity: null });
    items.sort((x, y) => x.tokenStart - y.tokenStart);
    for (const it of items) {
      if (seenHead.has(it.head) || (it.entity && seenEntity.has(it.entity.id))) continue;
      seenHead.add(it.head);
      if (it.entity) seenEntity.add(it.entity.id);
      out.push(it);
    }
  }
  const place = args.place;
  if (place) {
    // The place entity's mention in the sentence range the arguments were read from, when there is one.
    const m = placeMention(ix, place, near);
    if (m) out.push({ role: 'place', tokenStart: m[0], tokenEnd: m[1], head: m[1] - 1, entity: place });
  } else if (args.placePhrase && !seenHead.has(args.placePhrase.head)) {
    const p = args.placePhrase;
    out.push({ role: 'place', tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, head: p.head, entity: null });
  }
  return out;
}

/** The mention of a place entity nearest to token `near` within its sentence window, or null. */
function placeMention(ix: ArticleIndex, place: EntityRecord, near: number): [number, number] | null {
  const s = ix.sentences[ix.tokens[near]!.sentence]!;
  for (let d = 0; d <= WINDOW; d++) {
    for (const k of [near - d, near + d]) {
      if (k < s.tokenStart || k >= s.tokenEnd) continue;
      const m = ix.mentionAt[k]!;
      if (m >= 0 && ix.mentions[m]!.entity === place) return [ix.mentions[m]!.tokenStart, ix.mentions[m]!.tokenEnd];
    }
  }
  // Not named near the trigger: the arguments are the words of the event's own sentence, so none is given.
  return null;
}
