/**
 * Arguments of a trigger from sentence structure: the subject and object of its verb (swapped in the
 * passive, with the `by`-phrase as agent), the possessor or nationality adjective of an event noun, and
 * prepositional phrases (`between`, `with`, `against`, `of`, `to`, `from`, `in/at/near` for the place).
 * A light verb lends its subject and phrases to its noun ("the government will hold meetings with the
 * American side").
 */
import type { EntityRecord, ParticipantRole } from '../types.js';
import { lemmaOf, nationalityKey, type ArticleIndex } from './article-index.js';
import { NATIONALITIES, PLACE_HEAD_NOUNS, PLACE_PREPOSITIONS } from './cues.js';
import {
  actorRef,
  actorEndingAt,
  coordinatedPhrases,
  findSubject,
  GROUP_KIND_NOUNS,
  nounPhraseActors,
  nounPhraseAt,
  nounPhraseEndingAt,
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
import { playHead } from './news-senses.js';
import type { Candidate } from './triggers.js';
import { FALL_FORMS } from './conflict-verbs.js';
import { COMPANY_DOERS } from './business-senses.js';

/** Arguments gathered for one candidate. */
export interface Arguments {
  roles: Map<ParticipantRole, ActorRef[]>;
  place: EntityRecord | null;
  /** Roles filled by noun phrases that name no entity ("the gunman", "two soldiers", "he"). */
  phrases: Map<ParticipantRole, PhraseRef[]>;
  /** A locative phrase naming a kind of place ("in the village", "at a checkpoint"), used when no place entity is found. */
  placePhrase: PhraseRef | null;
  /** Places coordinated with `place` in its phrase ("in Badia and Sukhna", "in Helmand Province, Afghanistan"). */
  morePlaces: EntityRecord[];
  /** `placePhrase` is a kind of place the named place locates ("on a busy street in the city of Lyon"): both are given. */
  placeNested: boolean;
  /**
   * The place was lent by the event this one resulted from (a death told inside its attack), not read from the
   * words of this event's own clause: its arguments say so (`inherited`, schema 2.8).
   */
  placeLent: boolean;
  /** The doer and the side attacked were read from a fight's two sides ("a battle between troops and gunmen"). */
  twoSided: boolean;
}

/** Empty arguments. */
export function noArguments(): Arguments {
  return {
    roles: new Map(),
    place: null,
    phrases: new Map(),
    placePhrase: null,
    morePlaces: [],
    placeNested: false,
    placeLent: false,
    twoSided: false,
  };
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
  const p = nounPhraseAt(ix, k, end);
  return p ? coordinatedPhrases(ix, p, end) : [];
}

/** Nouns that name a class of things ("of its kind", "of this sort", "of that type"). */
const KIND_NOUNS: ReadonlySet<string> = new Set(['kind', 'sort', 'type']);

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
      // "was killed by a gunman", "were wounded by militants"; "a rally attended by students": who took part.
      addPhrase(args, attendedBy(ix, at) ? 'participant' : 'agent', [p]);
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
      // "the killing of seven demonstrators"; "a meeting of the leaders" names who took part; "the bombing
      // of the city" names where it happened (a settlement or area is not a target: a building is).
      if (at !== nounEnd || type === 'statement') break;
      // "the first meeting of its kind", "the worst attack of that type": a class the event is compared
      // with, never who took part or what was hit.
      if (KIND_NOUNS.has(lemmaOf(ix, p.head))) break;
      if (type === 'attack' && SETTLEMENT_NOUNS.has(lemmaOf(ix, p.head)) && !takesTerritory(ix, nounEnd))
        args.placePhrase ??= p;
      else addPhrase(args, PARTICIPANT_OF.has(type) ? 'participant' : 'patient', [p]);
      break;
    case 'on':
      // "an attack on a police station": what is attacked; "exploded on a busy street": where.
      if ((type === 'attack' || type === 'sanction') && at === nounEnd) addPhrase(args, 'patient', [p]);
      else if (PLACE_HEAD_NOUNS.has(lemmaOf(ix, p.head))) args.placePhrase ??= p;
      break;
    default:
      // "in the village", "at a checkpoint": only a word for a kind of place makes a place ("in response" does not).
      if (PLACE_PREPOSITIONS.has(prep) && PLACE_HEAD_NOUNS.has(lemmaOf(ix, p.head))) args.placePhrase ??= p;
  }
}

/**
 * Phenomenon: "a rally attended by the president", "a meeting attended by 40 delegates": the by-phrase of
 * `attended` names who took part, not who held the event (a president attending a rally did not stage it,
 * so a later telling that names the organiser does not name another doer).
 */
function attendedBy(ix: ArticleIndex, by: number): boolean {
  return by > 0 && lemmaOf(ix, by - 1) === 'attend';
}

/**
 * Phenomenon: a by-phrase after a participle that modifies another noun belongs to that participle ("signed a
 * ceasefire after two weeks of talks brokered by Qatar", "a plan backed by the opposition"): its agent is the
 * brokering's or the backing's, not the event's. Kept when the noun is the trigger itself ("an attack claimed
 * by the group", "talks brokered by Qatar"), whose end is `nounEnd`, and when the participle is the trigger's own
 * ("Seven militants killed by police": the phrases start at `from`, after the trigger).
 */
function byOfAnotherNoun(ix: ArticleIndex, by: number, nounEnd: number, from: number): boolean {
  if (by - 1 <= from) return false;
  const participle = ix.tokens[by - 1]!;
  const noun = ix.tokens[by - 2]!;
  // The tagger reads some such participles as adjectives ("talks mediated by").
  return (
    (participle.pos === 'VERB' || (participle.pos === 'ADJ' && /(?:ed|en)$/.test(ix.lower[by - 1]!))) &&
    !ix.lower[by - 1]!.endsWith('ing') &&
    (noun.pos === 'NOUN' || noun.pos === 'PROPN') &&
    by - 1 !== nounEnd
  );
}

/** Words for a settlement or an area: what an attack "of" them names is where it happened, not a target. */
const SETTLEMENT_NOUNS = new Set([
  'city',
  'town',
  'village',
  'province',
  'region',
  'district',
  'capital',
  'area',
  'governorate',
  'county',
  'country',
  'territory',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'suburbs',
  'outskirts',
  'quarter',
]);

/** Nouns of holding a part of something: "a stake in X" names the company held, not a place. */
const HOLDING_NOUNS = new Set(['stake', 'stakes', 'interest', 'share', 'shares', 'holding', 'holdings', 'investment']);
/** Words of a term served: "six years in prison", "life in jail" name the punishment, not where it happened. */
const TERM_WORDS = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'life',
  'term',
  'terms',
]);
/** Places of confinement. */
const CONFINEMENT_NOUNS = new Set(['prison', 'jail', 'gaol', 'custody', 'detention']);

/**
 * Phenomenon: an in-phrase after a noun of holding ("bought a 20 percent stake in a U.S. startup") names what
 * is held, and one after a term ("sentenced the journalist to six years in prison") names the punishment:
 * neither is where the event happened.
 */
function notLocative(ix: ArticleIndex, at: number, phrase: PhraseRef | undefined): boolean {
  const before = at > 0 ? ix.lower[at - 1]! : '';
  if (HOLDING_NOUNS.has(before)) return true;
  return phrase !== undefined && TERM_WORDS.has(before) && CONFINEMENT_NOUNS.has(ix.lower[phrase.head]!);
}

/**
 * Phenomenon: some attack nouns act on a territory as a whole ("Iraq's invasion of Kuwait", "the occupation
 * of the West Bank", "the siege of Sarajevo", "the annexation of Crimea"): their of-object is what was
 * attacked, not where an attack happened (as it is for "the bombing of Belgrade").
 */
const TERRITORY_ATTACK_NOUNS = new Set([
  'invasion',
  'occupation',
  'annexation',
  'siege',
  'blockade',
  'conquest',
  'capture',
  'seizure',
  'encirclement',
]);
function takesTerritory(ix: ArticleIndex, nounEnd: number): boolean {
  return nounEnd > 0 && TERRITORY_ATTACK_NOUNS.has(lemmaOf(ix, nounEnd - 1));
}

/** Types whose `of`-phrase names who took part rather than who underwent it. */
const PARTICIPANT_OF = new Set(['meeting', 'negotiation', 'agreement', 'ceasefire', 'protest', 'election']);
/** Verbs of telling: their object is who was told. */
const TELLING_VERBS = new Set(['tell', 'inform', 'brief', 'notify', 'assure', 'remind', 'warn', 'advise']);
/** Meetings and talks: the object of their verb ("met his counterpart") is a party, like the subject. */
const MEETING_TYPES = new Set(['meeting', 'negotiation']);
/** Closing quotation marks as tokens. */
const CLOSING_QUOTES = new Set(["''", "'", '"', '”', '’']);
/** Punctuation that ends a quoted clause inside its closing quote. */
const QUOTATION_END: ReadonlySet<string> = new Set([',', '.', '?', '!', '…', '...']);

/**
 * True when the words right before `start` close a quotation (`…,'' said`, `…?" asked`, `…", said`): the
 * report verb then comes before its speaker.
 */
function afterClosingQuote(ix: ArticleIndex, start: number): boolean {
  const floor = ix.sentences[ix.tokens[start]!.sentence]!.tokenStart;
  // A quotation closes on its own punctuation ("…,'' said", "…?' asked") or is followed by a comma ("…", said);
  // a quoted name ('the “Unity Council” did not announce') closes on a word and is the verb's plain subject.
  let comma = false;
  for (let k = start - 1; k >= floor && start - k <= 3; k--) {
    const w = ix.lower[k]!;
    if (CLOSING_QUOTES.has(w)) return comma || (k > floor && QUOTATION_END.has(ix.lower[k - 1]!));
    if (w !== ',') return false;
    comma = true;
  }
  return false;
}

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
  let phraseEnd = -1;
  for (const pp of prepositionalPhrases(ix, from, to)) {
    if (pp.prep === 'by' && byOfAnotherNoun(ix, pp.at, nounEnd, from)) continue;
    if (pp.prep === 'in' && notLocative(ix, pp.at, pp.phrase)) continue;
    if (pp.prep === 'between' && type === 'attack' && pp.at === nounEnd && twoSides(args, pp)) continue;
    if (pp.phrase) {
      const had = args.placePhrase;
      for (const p of [pp.phrase, ...(pp.more ?? [])]) addPhrasePhrase(args, ix, type, pp.prep, pp.at, nounEnd, p);
      if (!had && args.placePhrase) phraseEnd = args.placePhrase.tokenEnd;
      continue;
    }
    const places = pp.actors.filter(isNamedPlace);
    // "on a busy street in the city of Lyon": the named place locates the kind of place just before it.
    if (args.place === null && places.length > 0 && pp.at === phraseEnd && PLACE_PREPOSITIONS.has(pp.prep))
      args.placeNested = true;
    switch (pp.prep) {
      case 'between':
      case 'with':
      case 'among':
        // Phenomenon: places in such a phrase after a word for a kind of place locate it ("on the road
        // between Goma and Rutshuru", "at the border with Zedland"): they are no parties to the event.
        if (places.length > 0 && pp.at > 0 && PLACE_HEAD_NOUNS.has(lemmaOf(ix, pp.at - 1))) break;
        add(args, 'participant', pp.actors);
        break;
      case 'against':
        add(args, 'patient', pp.actors);
        break;
      case 'by':
        add(args, attendedBy(ix, pp.at) ? 'participant' : 'agent', pp.actors);
        break;
      case 'of':
        if (pp.at !== nounEnd) break;
        // "the bombing of Belgrade": where the attack happened.
        if (
          type === 'attack' &&
          places.length > 0 &&
          places.length === pp.actors.length &&
          !modifiesNoun(ix, places[0]!) &&
          !takesTerritory(ix, nounEnd)
        )
          setPlace(ix, args, places);
        else
          add(args, PARTICIPANT_OF.has(type) ? 'participant' : type === 'statement' ? 'agent' : 'patient', pp.actors);
        break;
      case 'on':
        if (type === 'attack' && places.length > 0) setPlace(ix, args, places);
        else if (type === 'attack' || type === 'sanction') add(args, 'patient', pp.actors);
        break;
      case 'to':
        if (MOVEMENT.has(type) && places.length > 0) args.place ??= places[0]!.entity;
        // A statement's hearer stands right after its verb ("said to reporters"); a to-phrase further on
        // belongs to what was said ("said the deal remains of benefit to Ratners").
        else if (RECIPIENT_TO.has(type) && (type !== 'statement' || pp.at === from)) add(args, 'recipient', pp.actors);
        break;
      case 'from':
        if (MOVEMENT.has(type) && places.length > 0) args.place ??= places[0]!.entity;
        else if (type === 'contract' || type === 'acquisition') add(args, 'participant', pp.actors);
        break;
      default:
        if (PLACE_PREPOSITIONS.has(pp.prep) && places.length > 0) setPlace(ix, args, places);
    }
  }
}

/**
 * Phenomenon: a fight named with its two sides ("a battle between troops and gunmen", "clashes between
 * the army and Kharan rebels") states who fought whom. Like ACLED's actor 1 and actor 2, the first side is
 * read as the attacker and the second as the side attacked, instead of two participants the attack roles
 * leave out. Only exactly two sides, neither a place; true when the sides were taken.
 */
function twoSides(args: Arguments, pp: ReturnType<typeof prepositionalPhrases>[number]): boolean {
  if (pp.phrase) {
    const sides = [pp.phrase, ...(pp.more ?? [])];
    if (sides.length !== 2) return false;
    addPhrase(args, 'agent', [sides[0]!]);
    addPhrase(args, 'patient', [sides[1]!]);
    args.twoSided = true;
    return true;
  }
  if (pp.actors.length !== 2 || pp.actors.some(isNamedPlace)) return false;
  add(args, 'agent', [pp.actors[0]!]);
  add(args, 'patient', [pp.actors[1]!]);
  args.twoSided = true;
  return true;
}

/**
 * The place of a locative phrase, with the places coordinated with it ("in Badia and Sukhna", "in
 * Helmand Province, Afghanistan": a place and the larger one it lies in), when no place is set yet.
 */
function setPlace(ix: ArticleIndex, args: Arguments, places: readonly ActorRef[]): void {
  if (args.place !== null) return;
  args.place = places[0]!.entity;
  // Only places joined by "and"/"or": "Madrid, Spain" names one place and the country it lies in (an
  // apposition, not a second place of the event).
  const joined = (a: ActorRef): boolean => {
    let k = a.tokenStart - 1;
    while (k > 0 && (ix.tokens[k]!.pos === 'DET' || ix.lower[k] === 'nearby' || ix.lower[k] === 'neighbouring')) k--;
    return ix.lower[k] === 'and' || ix.lower[k] === 'or';
  };
  const more: EntityRecord[] = [];
  for (const a of places.slice(1)) {
    if (!joined(a)) break;
    more.push(a.entity);
  }
  args.morePlaces = more;
}

/** True when a name modifies the nouns after it ("the Oklahoma City federal building"): the phrase is about the noun. */
function modifiesNoun(ix: ArticleIndex, a: ActorRef): boolean {
  return actorHead(ix, actorRef(a.entity, a.tokenStart, a.tokenEnd, a.via, undefined, a.prenominal), -1) >= a.tokenEnd;
}

/** Arguments of a verb trigger (or of the verb a noun absorbed) at `v`. */
function verbArguments(
  ix: ArticleIndex,
  args: Arguments,
  type: EventTypeDef,
  v: number,
  predicative = false,
  nounEnds: ReadonlyMap<number, number> = NO_NOUNS,
  triggerEnd = v + 1,
): void {
  if (
    predicative &&
    v > 0 &&
    RESULTATIVE_VERBS.has(ix.lower[v - 1]!) &&
    ix.tokens[v - 1]!.sentence === ix.tokens[v]!.sentence
  ) {
    resultativeArguments(ix, args, type, v);
    return;
  }
  const g = verbGroup(ix, v);
  // A participle clause after a comma ("…, killing 40 people") has the main clause's subject, which
  // may be an event ("an earthquake struck Turkey, killing"): no actor is read off the words before it.
  const participle = ix.lower[v]!.endsWith('ing') && g.start === v && v > 0 && ix.lower[v - 1] === ',';
  const subjectPhrases: PhraseRef[] = [];
  // An infinitive right after its governing verb shares that verb's subject ("Gunmen tried to kill the
  // governor", "the rebels vowed to attack"); one after an object has the object as doer and is left alone.
  const control = g.infinitive && g.start > 0 && ix.tokens[g.start - 1]!.pos === 'VERB';
  const subjectAt = control ? verbGroup(ix, g.start - 1).start : g.start;
  // "…,'' said Walter Rowe, a professor": a report verb right after a closing quote has its speaker after it.
  const inverted = type.id === 'statement' && afterClosingQuote(ix, g.start);
  const verbLemma = lemmaOf(ix, v);
  const subject =
    participle || inverted
      ? []
      : findSubject(ix, subjectAt, (ph) => subjectPhrases.push(ph)).filter(
          (a) => !siteBeforeViolence(ix, a, g.start, nounEnds),
        );
  const p = particleAfter(ix, v);
  // Phenomenon (session 18): the words of a trigger of more than one word ("opened fire") are no object of it.
  const after = Math.max(p >= 0 ? p + 1 : v + 1, triggerEnd);
  const end =
    type.casualtyRole !== undefined ? eventNounEnd(after, scopeEnd(ix, after - 1), nounEnds) : scopeEnd(ix, after - 1);
  // Passive ("X was killed by Y") and predicative ("left eight policemen dead", "five were injured"):
  // the subject undergoes the event.
  // "Seven militants killed in blasts", "the six members killed": a result participle with no auxiliary
  // and no object after it is a reduced passive, as in headlines. An object may open with an adjective
  // ("a blast which injured several people"): that participle is active.
  const next = ix.tokens[after];
  const reduced =
    type.casualtyRole !== undefined &&
    g.start === v &&
    ix.lower[v]!.endsWith('ed') &&
    quantityLead(ix, after) === 0 &&
    !(
      next &&
      next.sentence === ix.tokens[v]!.sentence &&
      ['NOUN', 'PROPN', 'DET', 'NUM', 'PRON', 'ADJ'].includes(next.pos)
    );
  if (inverted) {
    const speakers = nounPhraseActors(ix, after, end);
    add(args, 'agent', speakers);
    if (speakers.length === 0) addPhrase(args, 'agent', phrasesFrom(ix, after, end));
  } else if (g.passive && type.id === 'statement') {
    // "was told by officials that …": the subject of a passive telling verb is who was told.
    if (TELLING_VERBS.has(verbLemma)) {
      add(args, 'recipient', subject);
      addPhrase(args, 'recipient', subjectPhrases);
    }
  } else if (g.passive || predicative || reduced) {
    add(args, 'patient', subject);
    addPhrase(args, 'patient', subjectPhrases);
  } else {
    const turned = SUBJECT_UNDERGOES_VERB.get(`${type.id} ${verbLemma}`);
    const role = turned ?? type.subjectRole ?? 'agent';
    add(args, role, subject);
    addPhrase(args, role, subjectPhrases);
    // The object, also after a figure lead ("killed at least 12 people").
    // Phenomenon: only a verb of telling has the hearer as its object ("told reporters", "informed the
    // council"); what follows "said", "announced" or "denied" is what was said ("said President Bush has
    // approved …"), never a recipient. The object of "met" or "held talks with" is a party to the meeting.
    const objectRole: ParticipantRole | null =
      type.id === 'statement'
        ? TELLING_VERBS.has(verbLemma)
          ? 'recipient'
          : null
        : MEETING_TYPES.has(type.id)
          ? 'participant'
          : turned === 'patient'
            ? null
            : 'patient';
    if (objectRole && after < end && (ix.tokens[after]!.pos !== 'ADP' || quantityLead(ix, after) > 0)) {
      const actors = nounPhraseActors(ix, after, end);
      add(args, objectRole, actors);
      if (actors.length === 0) addPhrase(args, objectRole, phrasesFrom(ix, after, end));
      else addPhrase(args, objectRole, unnamedConjunct(ix, actors[actors.length - 1]!, end));
    }
  }
  if (type.id === 'attack' && !g.passive && AIMED_FIRE_VERBS.has(verbLemma)) aimedAt(ix, args, after, end);
  // A gerund after a determiner, or coordinated with a noun, is a noun: "the maiming of civilians", "the
  // slaughter and maiming of men" name who underwent it.
  const gerund =
    ix.lower[v]!.endsWith('ing') &&
    v > 1 &&
    (ix.tokens[v - 1]!.pos === 'DET' ||
      ((ix.lower[v - 1] === 'and' || ix.lower[v - 1] === 'or') && ix.tokens[v - 2]!.pos === 'NOUN'));
  addPhrases(ix, args, type.id, after, end, gerund ? after : -1);
}

const NO_NOUNS: ReadonlyMap<number, number> = new Map();

/** Verbs of shooting whose "on"/"at" phrase names what the shots were aimed at (`open` of "opened fire"). */
const AIMED_FIRE_VERBS: ReadonlySet<string> = new Set(['fire', 'shoot', 'shot', 'open']);

/** Nouns of "at" phrases that say how or when shots were fired ("at close range", "at dawn"), not at whom. */
const NOT_AIMED_AT: ReadonlySet<string> = new Set([
  'range',
  'dawn',
  'dusk',
  'night',
  'noon',
  'midnight',
  'random',
  'will',
]);

/**
 * Phenomenon (session 18): shots are aimed "on" or "at" what they attack ("opened fire on worshippers", "fired
 * at the crowd", "shot at a patrol"): the phrase right after an active verb is the target. A place stays a
 * place (a named one, or a word for a kind of place: "fired at a checkpoint" says where), a date or a range
 * ("at close range", "at dawn") is none.
 */
function aimedAt(ix: ArticleIndex, args: Arguments, after: number, end: number): void {
  const prep = ix.lower[after];
  if ((prep !== 'on' && prep !== 'at') || after + 1 >= end || ix.timexAt[after + 1]) return;
  const actors = nounPhraseActors(ix, after + 1, end);
  if (actors.length > 0) {
    add(
      args,
      'patient',
      actors.filter((a) => !isNamedPlace(a)),
    );
    return;
  }
  const phrases = phrasesFrom(ix, after + 1, end).filter(
    (ph) => !PLACE_HEAD_NOUNS.has(lemmaOf(ix, ph.head)) && !NOT_AIMED_AT.has(lemmaOf(ix, ph.head)),
  );
  addPhrase(args, 'patient', phrases);
}

/**
 * Phenomenon: a named object coordinated with a phrase naming nobody ("killing a Hamas commander and his wife",
 * "arrested Dara Vek and two other men") has both as objects. The phrase after `and` is taken when it is a
 * noun phrase that no verb follows ("… and the rebels fled" is a new clause) and no participle with its own
 * object ("… and wounding 25").
 */
function unnamedConjunct(ix: ArticleIndex, last: ActorRef, end: number): PhraseRef[] {
  let k = Math.max(last.tokenEnd, (last.head ?? -1) + 1);
  // Over the nouns a name modifies ("a Hamas commander").
  while (k < end && ix.tokens[k]!.pos === 'NOUN' && ix.mentionAt[k] === -1) k++;
  if (k + 1 >= end || ix.lower[k] !== 'and' || ix.mentionAt[k + 1] !== -1) return [];
  const p = nounPhraseAt(ix, k + 1, end);
  if (!p || p.via !== 'phrase') return [];
  const next = ix.tokens[p.tokenEnd];
  if (next && next.sentence === ix.tokens[k]!.sentence && (next.pos === 'VERB' || next.pos === 'AUX')) return [];
  return [p];
}

/**
 * Where a result verb's phrases end when a noun of the violence that caused it stands among them: "were
 * killed in an attack on the market in Strasbourg" — the phrases after "attack" are the attack's (its
 * target, its place), which the killing is folded into. `nounEnds` maps each such noun's head to its end.
 */
function eventNounEnd(from: number, end: number, nounEnds: ReadonlyMap<number, number>): number {
  for (let k = from; k < end; k++) {
    const e = nounEnds.get(k);
    if (e !== undefined) return Math.min(end, e);
  }
  return end;
}

/** Verbs a result adjective may follow directly ("shot dead", "beaten unconscious"). */
const RESULTATIVE_VERBS = new Set([
  'shot',
  'beaten',
  'beat',
  'stabbed',
  'hacked',
  'burned',
  'burnt',
  'clubbed',
  'gunned',
]);

/**
 * A result adjective right after its verb ("shot dead"): the verb's voice decides the roles. Active
 * ("Gunmen shot dead five people"): the verb's subject is the doer, the phrase after the adjective the
 * victim. Passive or reduced ("he was shot dead by police", "Omar Zed – shot dead by police –"): the
 * subject is the victim, the `by`-phrase the doer.
 */
function resultativeArguments(ix: ArticleIndex, args: Arguments, type: EventTypeDef, v: number): void {
  const verb = v - 1;
  const g = verbGroup(ix, verb);
  const subjectPhrases: PhraseRef[] = [];
  const subject = findSubject(ix, g.start, (ph) => subjectPhrases.push(ph));
  const reduced = g.start === verb && (verb === 0 || ix.tokens[verb - 1]!.pos === 'PUNCT');
  const end = scopeEnd(ix, v);
  if (g.passive || reduced) {
    add(args, 'patient', subject);
    addPhrase(args, 'patient', subjectPhrases);
  } else {
    add(args, 'agent', subject);
    addPhrase(args, 'agent', subjectPhrases);
    if (v + 1 < end && ix.tokens[v + 1]!.pos !== 'ADP') {
      const actors = nounPhraseActors(ix, v + 1, end);
      add(args, 'patient', actors);
      if (actors.length === 0) addPhrase(args, 'patient', phrasesFrom(ix, v + 1, end));
    }
  }
  addPhrases(ix, args, type.id, v + 1, end, -1);
}

/**
 * Session 23 ("evbiz"). Phenomenon: company copy names the company and then calls it "the company", "the airline",
 * "the formerly state-owned company" ("Aer Lingus ... since the formerly state-owned company was floated on British and
 * Irish stock markets", "Zentrix makes phones. Last week the company presented the Orbit"): the subject of a business
 * event headed by such a word after "the" is that company. The company is the first group named earlier in the
 * sentence (its subject, as a rule), else the group of the sentence before whose name holds the word ("China Eastern
 * Airlines … The airline"), else the one group that sentence names; with two there, or none, the phrase stays words. Not "a company" (a trade at large) nor "the company's" (its owner is read as a possessive).
 */
function companyAntecedent(ix: ArticleIndex, p: PhraseRef): ActorRef | null {
  if (!COMPANY_DOERS.has(ix.lower[p.head]!)) return null;
  const sentence = ix.tokens[p.head]!.sentence;
  // Over modifiers the phrase may have left out ("the formerly state-owned company") to its "the".
  let the = p.tokenStart;
  while (the > ix.sentences[sentence]!.tokenStart && the > p.head - 6 && ix.lower[the] !== 'the') {
    const pos = ix.tokens[the - 1]!.pos;
    if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'VERB' && pos !== 'DET' && ix.lower[the - 1] !== '-') break;
    the--;
  }
  if (ix.lower[the] !== 'the') return null;
  const at = (e: EntityRecord): ActorRef => actorRef(e, p.tokenStart, p.tokenEnd, 'definite', p.head, false);
  for (let j = ix.sentences[sentence]!.tokenStart; j < p.tokenStart; j++) {
    const m = ix.mentionAt[j]!;
    if (m >= 0 && ix.mentions[m]!.entity.type === 'group') return at(ix.mentions[m]!.entity);
  }
  if (sentence === 0) return null;
  const prev = ix.sentences[sentence - 1]!;
  // "China Eastern Airlines stated … . The airline, …, signed": a group whose name holds the word is the one meant.
  const word = ix.lower[p.head]!;
  let found: EntityRecord | null = null;
  let several = false;
  for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
    const m = ix.mentionAt[j]!;
    if (m < 0 || ix.mentions[m]!.entity.type !== 'group') continue;
    const e = ix.mentions[m]!.entity;
    if (
      e.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.replace(/s$/, '') === word)
    )
      return at(e);
    if (found && found.id !== e.id) several = true;
    found ??= e;
  }
  return found && !several ? at(found) : null;
}

/** The company phrases of a business event's agent, patient or recipient, read as their company (`companyAntecedent`). */
function companyParties(ix: ArticleIndex, args: Arguments): void {
  for (const role of ['agent', 'patient', 'recipient'] as const) {
    const phrases = args.phrases.get(role);
    if (!phrases || phrases.length !== 1 || (args.roles.get(role) ?? []).length > 0) continue;
    const named = companyAntecedent(ix, phrases[0]!);
    if (!named) continue;
    args.phrases.delete(role);
    add(args, role, [named]);
  }
}

/**
 * Session 23 ("evbiz"). Verbs of a type whose subject receives or undergoes the event rather than doing it: an airline
 * that "receives" aircraft is a contract's recipient (the goods are its object, the patient); a company that "pays a
 * fine" is the one fined, a sentence's patient (its object is the fine itself, no party); a product whose "pre-orders
 * began" is the launch's patient. Keyed by type id and verb lemma.
 */
const SUBJECT_UNDERGOES_VERB: ReadonlyMap<string, ParticipantRole> = new Map([
  ['contract receive', 'recipient'],
  ['sentence pay', 'patient'],
  ['product-launch begin', 'patient'],
  ['product-launch start', 'patient'],
  ['product-launch open', 'patient'],
]);

/**
 * Types whose possessor undergoes the event rather than doing it: "Smith's arrest", "his death", "her
 * abduction", "their trial". With an of-phrase after the noun the possessor is the doer again ("the army's
 * killing of protesters").
 */
const POSSESSOR_UNDERGOES = new Set([
  'death',
  'injury',
  'killing',
  'abduction',
  'arrest',
  'charge',
  'trial',
  'sentence',
]);
/** A place entity read from its own mention in the text (`via: 'mention'`), not reached another way. */
function isNamedPlace(a: ActorRef): boolean {
  return a.entity.type === 'place' && a.via === 'mention';
}
/** Possessive determiners that stand for a person or group. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
/**
 * Crowd events: a place that owns one ("Zedland's protests", "the city's riots") is where it happened, not
 * who acted, since the crowd are the place's people, not its state. A place owning an attack or a strike
 * ("Zedland's airstrikes") stays its doer: a state acts through its forces.
 */
const CROWD_EVENTS = new Set(['protest', 'riot']);

/**
 * Possessor ("Apple's launch", "his arrest"), nationality adjective ("Israeli airstrikes") or name ("the
 * Airbus order") before an event noun.
 */
function nounPremodifier(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  const head = c.head;
  const s = ix.sentences[ix.tokens[head]!.sentence]!;
  let k = head - 1;
  while (k >= s.tokenStart && ix.tokens[k]!.pos === 'ADJ' && !NATIONALITIES.has(ix.lower[k]!)) k--;
  if (k < s.tokenStart) return;
  const possessorRole: ParticipantRole =
    POSSESSOR_UNDERGOES.has(c.type.id) && ix.lower[c.end] !== 'of' ? 'patient' : 'agent';
  if (ix.lower[k] === "'s" && k - 1 >= s.tokenStart) {
    const owner = actorEndingAt(ix, k - 1);
    if (owner && CROWD_EVENTS.has(c.type.id) && isNamedPlace(owner)) {
      if (args.place === null) args.place = owner.entity;
      return;
    }
    if (owner) add(args, possessorRole, [owner]);
    return;
  }
  // "following his arrest", "after her death": the possessive determiner is who underwent it.
  if (possessorRole === 'patient' && POSSESSIVE_PRONOUNS.has(ix.lower[k]!) && ix.tokens[k]!.pos === 'PRON') {
    addPhrase(args, 'patient', [{ tokenStart: k, tokenEnd: k + 1, head: k, via: 'pronoun' }]);
    return;
  }
  if (NATIONALITIES.has(ix.lower[k]!) && /^\p{Lu}/u.test(ix.tokens[k]!.text)) {
    const e = ix.nationalityEntity(ix.lower[k]!);
    if (e) add(args, 'agent', [actorRef(e, k, k + 1, 'nationality')]);
    return;
  }
  const m = ix.mentionAt[k]!;
  if (m >= 0 && ix.mentions[m]!.tokenEnd === k + 1) {
    const mention = ix.mentions[m]!;
    const e = mention.entity;
    // Phenomenon: a place below a country named before an event noun says where it happened ("the Madrid
    // summit", "the Oklahoma City bombing", "the Tiananmen protests"), not who took part. A country there may
    // be a party or the doer ("the Iran talks", "a U.S. strike"), and a continent labels a series ("the
    // Africa bombings"): those stay participants. Violence is left as it was: a city before an attack noun
    // often retells an attack whose first telling named a wider place ("the Nairobi bombing" after "a bomb
    // in Kenya"), and two places would keep the tellings apart.
    if (e.type === 'place' && !isCountry(e) && !c.type.causesCasualties && c.type.id !== 'attack') {
      if (args.place === null) args.place = e;
      return;
    }
    // Session 15: an armed group or organisation named before an attack noun is who attacked ("the Taliban
    // attack on the police post", "a Hamas rocket attack", "the ETA bombing"), as a nationality there is
    // ("Israeli airstrikes"); a facility named there is what was hit ("the Marriott bombing", "the embassy
    // attack"), and a place or a person stays as it was.
    // Session 16: the facility is the target whatever type the recogniser gave its name (a hotel is often
    // taken for a place, a mosque for a person).
    const role: ParticipantRole =
      c.type.id !== 'attack'
        ? 'participant'
        : facilityName(ix, mention, c.head)
          ? 'target'
          : e.type === 'group'
            ? 'agent'
            : 'participant';
    // The name is its own head: the noun after it is the event ("Taliban attack"), not a kind of the group.
    const head = role === 'participant' ? undefined : mention.tokenEnd - 1;
    add(args, role, [actorRef(e, mention.tokenStart, mention.tokenEnd, 'mention', head, true)]);
  }
}

/**
 * Phenomenon: a place or a building named before a noun of violence that heads a clause's subject ("the
 * Marriott Hotel bombing killed 12", "the Kabul airport attack wounded nine") says where the violence happened
 * or what it hit, never who did it, so it is no doer of the clause's verb (nor, through it, of the attack).
 * An actor named there is the doer ("the IRA bombing injured 40"), and so is a country, which acts through
 * its forces ("a U.S. strike killed"). `verbStart` is where the verb group opens; `nounEnds` holds the heads
 * of the nouns of violence.
 */
function siteBeforeViolence(
  ix: ArticleIndex,
  a: ActorRef,
  verbStart: number,
  nounEnds: ReadonlyMap<number, number>,
): boolean {
  if (a.via !== 'mention') return false;
  for (let k = a.tokenEnd; k < verbStart; k++) {
    if (nounEnds.has(k)) return facilityName(ix, a, k) || (a.entity.type === 'place' && !isCountry(a.entity));
    const pos = ix.tokens[k]!.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') return false;
  }
  return false;
}

/** Words that end the name of a building or an institution's site: one named before an attack noun was its target. */
const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'hotel',
  'embassy',
  'consulate',
  'bank',
  'school',
  'college',
  'university',
  'church',
  'cathedral',
  'mosque',
  'temple',
  'synagogue',
  'shrine',
  'hospital',
  'clinic',
  'airport',
  'station',
  'market',
  'mall',
  'club',
  'office',
  'offices',
  'headquarters',
  'base',
  'ministry',
  'parliament',
  'pentagon',
  'center',
  'centre',
  'tower',
  'towers',
  'stadium',
  'theater',
  'theatre',
  'restaurant',
  'cafe',
  'factory',
  'plant',
  'refinery',
  'pipeline',
]);

/** Whether a named group before the noun at `head` is a building or site: a facility word ends its name or follows it ("the Marriott Hotel bombing"). */
function facilityName(ix: ArticleIndex, m: { tokenStart: number; tokenEnd: number }, head: number): boolean {
  for (let k = m.tokenEnd - 1; k < head; k++) if (FACILITY_WORDS.has(ix.lower[k]!)) return true;
  return false;
}

/**
 * Continents and wide regions: like a country, one before an event noun labels a series or a theatre ("the
 * Africa bombings", "the Mideast talks") more than it locates one event.
 */
const WIDE_REGIONS = [
  'africa',
  'east africa',
  'west africa',
  'north africa',
  'europe',
  'eastern europe',
  'asia',
  'central asia',
  'south asia',
  'southeast asia',
  'middle east',
  'mideast',
  'balkans',
  'caucasus',
  'gulf',
  'persian gulf',
  'latin america',
  'south america',
  'central america',
  'north america',
  'caribbean',
  'sahel',
];
/** Every name the nationality list gives a country, as `nationalityKey` writes it, and the wide regions. */
let countryKeys: Set<string> | null = null;
/** True for a place entity named as a country of the nationality list ("Iran", "the United States") or a wide region. */
export function isCountry(e: EntityRecord): boolean {
  countryKeys ??= new Set([...NATIONALITIES.values()].flat().concat(WIDE_REGIONS));
  return countryKeys.has(nationalityKey(e.name)) || e.aliases.some((a) => countryKeys!.has(nationalityKey(a)));
}

/** Arguments of a noun trigger: its own phrases, and those of the light verb it hangs on. */
function nounArguments(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  const type = c.type.id;
  nounPremodifier(ix, args, c);
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
    mergePlace(args, placeOnly);
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
  // Session 17: a business event noun that is the object of a verb by which a party makes it its own act
  // ("Orvia has negotiated the purchase of ten jets", "Zentrix completed the takeover of Halden", "Kestrel
  // announced the launch of a van") is that party's: the verb's subject is its agent. Not a verb of someone
  // else's view or reaction ("analysts expect the sale", "the regulator blocked the takeover"), nor a passive.
  if (
    c.governor >= 0 &&
    !c.light &&
    c.relation === 'object' &&
    c.type.category === 'business' &&
    (args.roles.get('agent') ?? []).length === 0 &&
    OWN_ACT_VERBS.has(lemmaOf(ix, c.governor))
  ) {
    const g = verbGroup(ix, c.governor);
    if (!g.passive) add(args, 'agent', findSubject(ix, g.start));
  }
  if (c.type.id === 'attack') {
    responsibleParty(ix, args, c);
    hitBy(ix, args, c);
  }
  // A folded result verb ("killed in an attack") lends its victims through the event's results instead.
  if (c.absorbed >= 0 && !c.results.some((r) => r.head === c.absorbed)) verbArguments(ix, args, c.type, c.absorbed);
}

/** Verbs whose subject makes the business event named by their object its own act (see nounArguments). */
const OWN_ACT_VERBS: ReadonlySet<string> = new Set([
  'negotiate',
  'complete',
  'finalize',
  'finalise',
  'seal',
  'conclude',
  'announce',
  'confirm',
  'unveil',
]);

/**
 * Session 17: a product named with its owner's possessive ("Zentrix's forthcoming Orbit operating system, to be
 * released in mid-2026", "Orvia's first A350 jets will be delivered in 2027") is that group's product, so a
 * business event told of it in the passive or by a participle, with no party of its own, has the group as
 * its participant. The possessive must stand in the phrase the event's patient heads (only modifiers between);
 * a person's possessive ("Smith's new phone") or a pronoun ("its new jets") gives nobody.
 */
function productOwner(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  if (c.type.category !== 'business') return;
  for (const list of args.roles.values()) if (list.length > 0) return;
  for (const p of args.phrases.get('patient') ?? []) {
    const floor = ix.sentences[ix.tokens[p.head]!.sentence]!.tokenStart;
    let k = p.head - 1;
    while (k > floor && p.head - k <= 6 && PRODUCT_MODIFIERS.has(ix.tokens[k]!.pos)) k--;
    if (ix.lower[k] !== "'s" && ix.lower[k] !== '’s') continue;
    const owner = actorEndingAt(ix, k - 1);
    if (owner && owner.entity.type === 'group') {
      add(args, 'participant', [owner]);
      return;
    }
  }
}

/**
 * A model's name after its maker's: a word of letters and figures or of three figures or more ("A380", "A400M", "787",
 * "737-800"); not a score or a small figure ("Moss 0", "Ford 3-1").
 */
function modelAt(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k];
  if (t === undefined || (t.pos !== 'PROPN' && t.pos !== 'NUM' && t.pos !== 'NOUN')) return false;
  return /^(?:\p{Lu}{1,3}\d{2,}\p{Lu}?|\d{3}(?:-\d{2,3})?)$/u.test(t.text);
}

/**
 * Session 23 ("evbiz"). Phenomenon: aviation and car copy names a product by its maker and model ("the Airbus A380 was
 * delivered to Singapore Airlines", "The world's largest airliner, the Airbus A380, was delivered on Monday", "the
 * Airbus A400M military transport plane's delivery"): the maker is a party to the product's launch, delivery or
 * sale, as an owner's possessive makes one (`productOwner`). A group named right before a model (a word with a figure)
 * in the event's agent or patient phrase, in an apposition right after it, or in the eight words before an event noun (over a possessor: "its Airbus A400M
 * military transport plane's delivery"),
 * is the event's participant, when no entity takes part yet. Not a group named without a model ("Airbus jets").
 */
function productMaker(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  if (c.type.category !== 'business') return;
  for (const list of args.roles.values()) if (list.length > 0) return;
  const spans: Array<[number, number]> = [];
  for (const role of ['agent', 'patient'] as const)
    for (const p of args.phrases.get(role) ?? []) {
      spans.push([p.tokenStart, p.tokenEnd]);
      if (ix.lower[p.tokenEnd] === ',') spans.push([p.tokenEnd + 1, p.tokenEnd + 5]);
    }
  if (c.kind === 'noun') spans.push([c.head - 8, c.head]);
  const s = ix.sentences[ix.tokens[c.head]!.sentence]!;
  for (const [from, to] of spans)
    for (let k = Math.max(from, s.tokenStart); k < Math.min(to, s.tokenEnd); k++) {
      const m = ix.mentionAt[k]!;
      if (m >= 0) {
        const mention = ix.mentions[m]!;
        if (mention.entity.type !== 'group' || !modelAt(ix, mention.tokenEnd)) continue;
        add(args, 'participant', [actorRef(mention.entity, mention.tokenStart, mention.tokenEnd, 'mention')]);
        return;
      }
      // The recogniser reads "the Airbus A380" as one product name: the maker is a group the article names elsewhere.
      const maker = modelAt(ix, k + 1) && ix.tokens[k]!.pos === 'PROPN' ? groupNamed(ix, ix.tokens[k]!.text) : null;
      if (maker) {
        add(args, 'participant', [actorRef(maker, k, k + 1, 'mention')]);
        return;
      }
    }
}

/** The group entity of the article whose name is `name` (one word, as written), or null. */
function groupNamed(ix: ArticleIndex, name: string): EntityRecord | null {
  for (const m of ix.mentions) if (m.entity.type === 'group' && m.entity.name === name) return m.entity;
  return null;
}

/** Parts of speech of the modifiers between a possessive and the head of a product's phrase. */
const PRODUCT_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);

/** Takes the place of `from` when `into` has none (the place entity with its coordinated and nested places; the kind of place). */
export function mergePlace(into: Arguments, from: Arguments): void {
  if (into.place === null && from.place !== null) {
    into.place = from.place;
    into.morePlaces = from.morePlaces;
    into.placeNested = from.placeNested;
  }
  into.placePhrase ??= from.placePhrase;
}

/**
 * A place in the adverbial opening a sentence, before its first comma and before any verb: "In Baghdad,
 * …", "On Monday in Kandar, a bomber …". Phenomenon (session 18): a comma inside a date ("On March 3,
 * 2021 in Kandar, a bomber …") or closing one ("On 3 March 2021, in Kandar, …") does not end the
 * adverbial: the place after it is still the sentence's.
 */
function frontedPlace(ix: ArticleIndex, from: number, head: number): ActorRef | null {
  if (ix.tokens[from]!.pos !== 'ADP' && !ix.timexAt[from]) return null;
  let comma = -1;
  for (let k = from; k < head && k - from <= 12; k++) {
    if (ix.lower[k] === ',' && (ix.timexAt[k] || (k > from && ix.timexAt[k - 1]))) continue;
    if (ix.lower[k] === ',') {
      comma = k;
      break;
    }
    if (ix.tokens[k]!.pos === 'VERB' || ix.tokens[k]!.pos === 'AUX') return null;
  }
  if (comma < 0) return null;
  for (let k = from; k < comma; k++) {
    if (!PLACE_PREPOSITIONS.has(ix.lower[k]!)) continue;
    const place = nounPhraseActors(ix, k + 1, comma).find(isNamedPlace);
    if (place) return place;
  }
  return null;
}

/**
 * The place a relative `where` opening the trigger's clause stands for: the named place or the word for a
 * kind of place before it ("at the bus station, where six people were killed"); null when the clause has
 * no `where` or its antecedent is no place. The walk stops at a verb, `;` or the sentence start.
 */
function whereAntecedent(ix: ArticleIndex, head: number, floor: number): ActorRef | PhraseRef | null {
  for (let k = head - 1; k > floor && head - k <= 12; k--) {
    const low = ix.lower[k]!;
    if (low === ';' || ix.tokens[k]!.pos === 'VERB') return null;
    if (low !== 'where') continue;
    const j = ix.lower[k - 1] === ',' ? k - 2 : k - 1;
    if (j < floor) return null;
    const named = actorEndingAt(ix, j);
    if (named) return isNamedPlace(named) ? named : null;
    const p = nounPhraseEndingAt(ix, j, floor);
    return p && PLACE_HEAD_NOUNS.has(lemmaOf(ix, p.head)) ? p : null;
  }
  return null;
}

/** Verbs of owning up to an attack: "claimed/accepted/admitted/took responsibility for the bombing". */
const CLAIM_VERBS = new Set(['claim', 'accept', 'admit', 'take', 'bear', 'assume']);

/**
 * Who the text says is behind an attack named by a noun: "X claimed (accepted, admitted) responsibility
 * for the bombing", "X were responsible for the attack", "34 people are involved in the assassination
 * attempt", "X was behind the attack". The subject of that predicate is the attacker.
 */
function responsibleParty(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  const s = ix.sentences[c.sentence]!;
  let k = c.head - 1;
  // Over the noun's modifiers, participles too ("the failed assassination attempt").
  const modifier = (j: number): boolean =>
    ['DET', 'ADJ', 'NUM', 'PRON'].includes(ix.tokens[j]!.pos) ||
    (ix.tokens[j]!.pos === 'VERB' && ix.lower[j]!.endsWith('ed') && j === c.head - 1);
  while (k > s.tokenStart && modifier(k) && ix.lower[k] !== 'which') k--;
  const prep = ix.lower[k]!;
  const word = ix.lower[k - 1] ?? '';
  let verb = -1;
  if (prep === 'for' && word === 'responsibility') {
    for (let v = k - 2; v >= s.tokenStart && k - v <= 4; v--)
      if (ix.tokens[v]!.pos === 'VERB') {
        if (CLAIM_VERBS.has(lemmaOf(ix, v))) verb = v;
        break;
      }
  } else if ((prep === 'for' && word === 'responsible') || (prep === 'in' && word === 'involved')) verb = k - 1;
  else if (prep === 'behind' && ix.tokens[k - 1]?.lemma.toLowerCase() === 'be') verb = k;
  if (verb <= s.tokenStart) return;
  // The predicate's group: its auxiliaries, copula, adverbs and negators before it.
  let start = verb;
  while (start - 1 > s.tokenStart && ['AUX', 'ADV', 'PART'].includes(ix.tokens[start - 1]!.pos)) start--;
  if (verbGroup(ix, verb).negated) return;
  const phrases: PhraseRef[] = [];
  add(
    args,
    'agent',
    findSubject(ix, start, (p) => phrases.push(p)),
  );
  addPhrase(args, 'agent', phrases);
}

/**
 * Verbs of striking something: an attack noun as their subject names what it hit ("the blast hit a
 * bus"); as the `by`-agent of the passive, also verbs of destruction ("the building was shattered by an
 * explosion"). What an explosion shatters or damages in the active is debris ("shattered the glass").
 */
const HIT_VERBS = new Set(['target', 'hit', 'strike']);
/** Participles that, right after an attack noun and before one of `AIMED_PREPOSITIONS`, name its target. */
const AIMED_PARTICIPLES = new Set(['targeted', 'targetted', 'aimed', 'directed']);
const AIMED_PREPOSITIONS = new Set(['at', 'against', 'on']);
/** Words of a relative clause between an attack noun and its aiming participle ("which seemed to be"). */
const AIMED_RELATIVE_WORDS = new Set([
  ',',
  'which',
  'that',
  'was',
  'were',
  'seemed',
  'appeared',
  'to',
  'be',
  'apparently',
]);

/** The aiming participle after an attack noun ending at `from` (over a relative clause's opening), or -1. */
function aimedParticiple(ix: ArticleIndex, from: number, end: number): number {
  let k = from;
  while (k < end && k - from < 6 && AIMED_RELATIVE_WORDS.has(ix.lower[k]!)) k++;
  // A comma alone ends the noun's phrase: the participle must follow the noun or its relative pronoun.
  if (k > from && !ix.lower.slice(from, k).some((w) => w === 'which' || w === 'that')) return -1;
  return AIMED_PARTICIPLES.has(ix.lower[k] ?? '') && AIMED_PREPOSITIONS.has(ix.lower[k + 1] ?? '') ? k : -1;
}
const HIT_PASSIVE_VERBS = new Set([...HIT_VERBS, 'destroy', 'shatter', 'wreck', 'devastate', 'flatten']);

/**
 * What an attack noun hit: the object of a striking verb it is the subject of ("The explosion targeted a
 * bakery"), or the subject of a passive striking verb it is the `by`-agent of ("The federal building in
 * the capital was shattered by an explosion": target the building, place the capital). A named place
 * hit is the place ("the storm hit Zedland" reads the same way for disasters).
 */
function hitBy(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  const s = ix.sentences[c.sentence]!;
  if (c.governor >= 0 && c.relation === 'subject' && HIT_VERBS.has(lemmaOf(ix, c.governor))) {
    const p = particleAfter(ix, c.governor);
    const after = p >= 0 ? p + 1 : c.governor + 1;
    const end = scopeEnd(ix, after - 1);
    const actors = nounPhraseActors(ix, after, end).filter((a) => !isNamedPlace(a));
    add(args, 'patient', actors);
    if (actors.length === 0 && (ix.mentionAt[after] ?? -1) < 0) addPhrase(args, 'patient', phrasesFrom(ix, after, end));
    return;
  }
  // A participle after the attack noun tells what it was aimed at ("bombings targeted at the garrison",
  // "strikes aimed at militant camps", "attacks directed against the police"): a reduced relative clause,
  // or a full one ("the bombings, which seemed to be aimed at civilians").
  const aimed = aimedParticiple(ix, c.end, s.tokenEnd);
  if (aimed >= 0) {
    const after = aimed + 2;
    const end = scopeEnd(ix, after - 1);
    const actors = nounPhraseActors(ix, after, end).filter((a) => !isNamedPlace(a));
    add(args, 'patient', actors);
    if (actors.length === 0 && (ix.mentionAt[after] ?? -1) < 0) addPhrase(args, 'patient', phrasesFrom(ix, after, end));
    return;
  }
  let k = c.head - 1;
  while (k > s.tokenStart && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(ix.tokens[k]!.pos)) k--;
  if (ix.lower[k] !== 'by' || k - 1 <= s.tokenStart) return;
  const v = k - 1;
  if (ix.tokens[v]!.pos !== 'VERB' || !HIT_PASSIVE_VERBS.has(lemmaOf(ix, v))) return;
  const g = verbGroup(ix, v);
  if (!g.passive) return;
  const phrases: PhraseRef[] = [];
  const subject = findSubject(ix, g.start, (p) => phrases.push(p));
  const targets = subject.filter((a) => !isNamedPlace(a));
  add(args, 'patient', targets);
  addPhrase(args, 'patient', phrases);
  // The locative between the subject and its verb is where it happened.
  const from = Math.min(...[...subject, ...phrases].map((a) => a.tokenEnd), g.start);
  const placeOnly = noArguments();
  addPhrases(ix, placeOnly, 'attack', from, g.start, -1);
  mergePlace(args, placeOnly);
}

/** Forms of verbs that carry an event to a place ("protests spread to Basra", "the unrest reached the capital"). */
const SPREAD_FORMS: ReadonlySet<string> = new Set([
  'spread',
  'spreads',
  'spreading',
  'extended',
  'extends',
  'reached',
  'reaches',
  'engulfed',
]);

/**
 * The named place a spreading verb right after an event noun ending at `end` reaches ("Protests spread to Basra",
 * "the unrest has reached Velmar"): over a perfect auxiliary, and one preposition of direction. Null otherwise.
 */
function spreadPlace(ix: ArticleIndex, end: number): ActorRef | null {
  const s = ix.sentences[ix.tokens[end - 1]!.sentence]!;
  let v = end;
  if (v < s.tokenEnd && PERFECT_AUX.has(ix.lower[v]!)) v++;
  if (v >= s.tokenEnd || !SPREAD_FORMS.has(ix.lower[v]!)) return null;
  let after = v + 1;
  if (after < s.tokenEnd && SPREAD_PREPOSITIONS.has(ix.lower[after]!)) after++;
  else if (!ix.lower[v]!.startsWith('reach') && !ix.lower[v]!.startsWith('engulf')) return null;
  if (after >= s.tokenEnd || ix.tokens[after]!.pos === 'ADP') return null;
  return nounPhraseActors(ix, after, scopeEnd(ix, after - 1)).find(isNamedPlace) ?? null;
}

/** Auxiliaries of the perfect between an event noun and its verb ("protests have spread"). */
const PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Prepositions of the place a spreading event reaches. */
const SPREAD_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'into', 'across', 'throughout', 'through']);

/** Attack subtypes whose patient is the place taken (`schemas/event-types.json`). */
const TERRITORY_SUBTYPES: ReadonlySet<string> = new Set(['territory-taken', 'territory-regained']);

/**
 * Session 20 (evprec). Phenomenon: a place that "fell to the rebels" or "into the hands of the militia"
 * (`fallenTo` in conflict-verbs.ts) is the subject of its taking, not its doer: the subject is what was taken (the
 * patient, whose place name becomes the event's place), and the takers are the phrase after "to" or after "the
 * hands of" / "the control of". A taker told only as a modifier ("fell under rebel control") is left unread.
 */
function fallenToArguments(ix: ArticleIndex, args: Arguments, v: number): void {
  const taken = args.roles.get('agent') ?? [];
  const takenPhrases = args.phrases.get('agent') ?? [];
  args.roles = new Map(taken.length > 0 ? [['patient', taken]] : []);
  args.phrases = new Map(takenPhrases.length > 0 ? [['patient', takenPhrases]] : []);
  args.placePhrase = null;
  const end = ix.sentences[ix.tokens[v]!.sentence]!.tokenEnd;
  let from = -1;
  if (ix.lower[v + 1] === 'to') from = v + 2;
  else for (let y = v + 2; y < end && y - v <= 4; y++) if (ix.lower[y] === 'of') from = y + 1;
  if (from < 0 || from >= end) return;
  const stop = scopeEnd(ix, from - 1);
  const takers = nounPhraseActors(ix, from, stop);
  add(args, 'agent', takers);
  if (takers.length === 0) addPhrase(args, 'agent', phrasesFrom(ix, from, stop));
}

/** Place fallbacks: a fronted "In Baghdad, …", then the agent's own place ("armed factions in Iraq"). */
function placeFallback(ix: ArticleIndex, args: Arguments, c: Candidate): void {
  if (args.place !== null) return;
  // Session 19 (the lead): a place taken ("rebels captured Kandar", "the town of Kandar was overrun") is where
  // the taking happened: the named place it takes is its place, as the locative would be.
  if (TERRITORY_SUBTYPES.has(c.type.subtype ?? '')) {
    // No `?? []`: an empty literal is a list of another kind than the roles' lists ("wrong map" in bench (b)'s first pass).
    const patients = args.roles.get('patient');
    const taken = patients === undefined ? undefined : patients.find(isNamedPlace);
    if (taken) {
      args.place = taken.entity;
      return;
    }
  }
  // "An earthquake struck Turkey", "floods hit Kerala": the place a disaster or attack noun's verb reaches.
  if (
    c.kind === 'noun' &&
    c.relation === 'subject' &&
    c.governor >= 0 &&
    (c.type.category === 'life' || c.type.causesCasualties)
  ) {
    const p = particleAfter(ix, c.governor);
    const after = p >= 0 ? p + 1 : c.governor + 1;
    const reached = nounPhraseActors(ix, after, scopeEnd(ix, after - 1)).find(isNamedPlace);
    if (reached) {
      args.place = reached.entity;
      return;
    }
  }
  // Session 20 (evprec): an event noun its verb carries to a place ("protests spread to Basra", "the unrest has
  // spread into the suburbs of Orvan", "the protests reached the capital, Velmar") happens there: the named place
  // the verb reaches. The verb is read by its form (the tagger often takes "spread" after a plural for a noun).
  // Not a place it comes from ("spread from Basra") nor an actor reached ("reached a deal").
  const spreadTo = c.kind === 'noun' ? spreadPlace(ix, c.end) : null;
  if (spreadTo) {
    args.place = spreadTo.entity;
    return;
  }
  const s = ix.sentences[c.sentence]!;
  const fronted = frontedPlace(ix, s.tokenStart, c.head);
  if (fronted) {
    args.place = fronted.entity;
    return;
  }
  // "the busy bus station, where six people were killed": the antecedent of `where` is the place.
  if (args.placePhrase === null) {
    const where = whereAntecedent(ix, c.head, s.tokenStart);
    if (where && 'entity' in where) {
      args.place = where.entity;
      return;
    }
    if (where) args.placePhrase = where;
  }
  for (const agent of args.roles.get('agent') ?? []) {
    if (agent.via !== 'mention') continue;
    const k = agent.tokenEnd;
    if (k < s.tokenEnd && (ix.lower[k] === 'in' || ix.lower[k] === 'from')) {
      const place = nounPhraseActors(ix, k + 1, s.tokenEnd).find(isNamedPlace);
      if (place) {
        args.place = place.entity;
        return;
      }
    }
  }
  // Session 21 (the lead): a doer named in words with a locative of its own ("Police in Lusaka fired tear gas",
  // "Health authorities in Velmar's Orvan province declared an outbreak") acted there: the place the phrase
  // names, the possessor's possession first ("Velmar's Orvan province": Orvan). Only `in`: "officials from
  // Velmar" may act abroad.
  for (const role of DOER_ROLES) {
    const phrases = args.phrases.get(role);
    if (phrases === undefined) continue;
    for (const ph of phrases) {
      const k = ph.tokenEnd;
      if (ph.via !== 'phrase' || k >= s.tokenEnd || ix.lower[k] !== 'in') continue;
      let place = nounPhraseActors(ix, k + 1, s.tokenEnd).find(isNamedPlace);
      if (place && POSSESSIVE_MARKS.has(ix.lower[place.tokenEnd] ?? ''))
        place = nounPhraseActors(ix, place.tokenEnd + 1, s.tokenEnd).find(isNamedPlace) ?? place;
      if (place) {
        args.place = place.entity;
        return;
      }
    }
  }
}

/** Roles of who did an event. */
const DOER_ROLES: readonly ParticipantRole[] = ['agent', 'attacker'];

/** The possessive clitic as the tokenizer splits it. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);

/** All arguments of a candidate. */
export function candidateArguments(
  ix: ArticleIndex,
  c: Candidate,
  nounEnds: ReadonlyMap<number, number> = NO_NOUNS,
): Arguments {
  const args = noArguments();
  // A trigger ending in a noun ("opened fire") has its object after that noun; a particle ("called for",
  // "gunned down") is read as before.
  const objectFrom = c.end > c.head + 1 && ix.tokens[c.end - 1]!.pos === 'NOUN' ? c.end : c.head + 1;
  if (c.kind === 'verb') verbArguments(ix, args, c.type, c.head, c.predicative, nounEnds, objectFrom);
  else nounArguments(ix, args, c);
  if (c.kind === 'verb' && c.type.id === 'attack') groupReadAsAuxiliary(ix, args, c.head);
  if (c.kind === 'verb' && TERRITORY_SUBTYPES.has(c.type.subtype ?? '') && FALL_FORMS.has(ix.lower[c.head]!))
    fallenToArguments(ix, args, c.head);
  if (c.type.category === 'business' || c.type.id === 'agreement') companyParties(ix, args);
  productOwner(ix, args, c);
  productMaker(ix, args, c);
  placeFallback(ix, args, c);
  if (c.type.id === 'sport') withoutPlays(ix, args);
  return args;
}

/**
 * Session 21 (evprec). Phenomenon: a group whose short name spells an English auxiliary ("IS" for the Islamic
 * State) before an attack noun ("ten soldiers were killed in IS attacks", "IS attacks killed ten") is read by the
 * tagger as "is" and the noun as a verb, so the name that says who attacked, as in "Taliban attacks", is lost.
 * A group mention that ends right before the verb-tagged trigger, on a word tagged as an auxiliary, is its doer.
 */
function groupReadAsAuxiliary(ix: ArticleIndex, args: Arguments, v: number): void {
  const k = v - 1;
  if (k < 0 || ix.tokens[k]!.pos !== 'AUX' || ix.tokens[k]!.sentence !== ix.tokens[v]!.sentence) return;
  const m = ix.mentionAt[k]!;
  if (m < 0) return;
  const mention = ix.mentions[m]!;
  if (mention.tokenEnd !== v || mention.entity.type !== 'group') return;
  if ((args.roles.get('agent') ?? []).some((a) => a.entity === mention.entity)) return;
  add(args, 'agent', [actorRef(mention.entity, mention.tokenStart, mention.tokenEnd, 'mention', k, true)]);
}

/**
 * Session 18 ("senses" helper): a sport result's sides are teams and players, never a play or a score ("a
 * ninth-inning rally to beat Boston 6-5", "Bonilla's blast gave the Orioles a 5-4 win", "lost 3-2 to
 * Atlanta"). An agent or patient phrase that a play heads, or that is only a score, is dropped; one that runs on
 * into the score ("defeated the Chilean 6-4 6-2") ends before it. A player named with their play ("Bonilla's
 * blast") stays, as the one who made it.
 */
function withoutPlays(ix: ArticleIndex, args: Arguments): void {
  for (const role of ['agent', 'patient'] as const) {
    const phrases = args.phrases.get(role);
    if (!phrases) continue;
    const kept: PhraseRef[] = [];
    for (const p of phrases) {
      let end = p.tokenStart;
      while (end < p.tokenEnd && !playHead(ix, end)) end++;
      if (end === p.tokenEnd) kept.push(p);
      else if (p.head < end) kept.push({ ...p, tokenEnd: end });
      else {
        // The side named before the play or score, if any: a noun, a name, or a capitalised adjective ("the Chilean").
        let head = end - 1;
        while (head >= p.tokenStart && !sideWord(ix, head)) head--;
        if (head >= p.tokenStart) kept.push({ ...p, tokenEnd: head + 1, head });
      }
    }
    args.phrases.set(role, kept);
  }
}

/** A word that can name a side: a noun, a name, or a capitalised adjective of nationality ("the Chilean"). */
function sideWord(ix: ArticleIndex, k: number): boolean {
  const t = ix.tokens[k]!;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && /^[A-Z]/.test(t.text));
}

/** Closing quotation marks between a quoted name and the noun it modifies ('the "Kharan Front" militia'). */
const QUOTE_MARKS = new Set(['"', '”', '’', "'"]);

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
  // An event has a handful of participants: a short list of those taken, not a set allocated per event.
  const seen: string[] = [];
  const out: Array<{ entity: string; role: ParticipantRole; via: ActorRef['via'] }> = [];
  for (const role of ROLE_ORDER) {
    for (const a of args.roles.get(role) ?? []) {
      if (seen.includes(a.entity.id)) continue;
      seen.push(a.entity.id);
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
  /** A place lent by the event this one resulted from (`Arguments.placeLent`). */
  lent?: boolean;
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
      else if (t.pos !== 'ADJ' && !(k === a.tokenEnd && QUOTE_MARKS.has(t.text))) break;
    }
    // "the Kharan Front militant group": a noun for the kind of organisation names the group itself (nameBeforeKind).
    if (head >= 0 && GROUP_KIND_NOUNS.has(ix.lower[head]!) && a.entity.type === 'group') head = -1;
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
  // An event has a handful of arguments: short lists of the heads and entities taken, not sets allocated per event.
  const seenEntity: string[] = [];
  const seenHead: number[] = [];
  const out: ArgumentRef[] = [];
  for (const role of ROLE_ORDER) {
    // Most roles of most events are empty: nothing to allocate or sort for them.
    const actors = args.roles.get(role);
    const phrases = args.phrases.get(role);
    if ((actors === undefined || actors.length === 0) && (phrases === undefined || phrases.length === 0)) continue;
    const items: ArgumentRef[] = [];
    for (const a of actors ?? []) {
      const head = actorHead(ix, a, near);
      const end = Math.max(a.tokenEnd, head + 1);
      if (keep(role, a.tokenStart, end, head, true))
        items.push({ role, tokenStart: a.tokenStart, tokenEnd: end, head, entity: a.entity });
    }
    for (const p of phrases ?? [])
      if (keep(role, p.tokenStart, p.tokenEnd, p.head, false))
        items.push({ role, tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, head: p.head, entity: null });
    items.sort((x, y) => x.tokenStart - y.tokenStart);
    for (const it of items) {
      if (seenHead.includes(it.head) || (it.entity && seenEntity.includes(it.entity.id))) continue;
      seenHead.push(it.head);
      if (it.entity) seenEntity.push(it.entity.id);
      out.push(it);
    }
  }
  const place = args.place;
  const phrase = args.placePhrase;
  // The locative phrase naming a kind of place ("in the village"), as an argument of its own.
  const phrasePlace = (p: PhraseRef): ArgumentRef => ({
    role: 'place',
    tokenStart: p.tokenStart,
    tokenEnd: p.tokenEnd,
    head: p.head,
    entity: null,
    lent: args.placeLent,
  });
  if (place) {
    // The place entity's mention in the sentence range the arguments were read from, when there is one;
    // the places coordinated with it; the kind of place it locates ("a street in the city of Lyon").
    if (args.placeNested && phrase && !seenHead.includes(phrase.head)) out.push(phrasePlace(phrase));
    for (const e of [place, ...args.morePlaces]) {
      const m = placeMention(ix, e, near);
      if (!m) continue;
      // "at the Oxford Street bus station": a name modifying the nouns after it; the head is the noun.
      const head = actorHead(ix, actorRef(e, m[0], m[1], 'mention'), near);
      if (seenHead.includes(head)) continue;
      seenHead.push(head);
      out.push({
        role: 'place',
        tokenStart: m[0],
        tokenEnd: Math.max(m[1], head + 1),
        head,
        entity: e,
        lent: args.placeLent,
      });
    }
  } else if (phrase && !seenHead.includes(phrase.head)) out.push(phrasePlace(phrase));
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
