/**
 * Verbs of conflict news that name an attack only by who or what does them (session 19, issue 14 item 1): "a
 * suicide bomber struck a mosque", "a rocket hit a school", "a car bomb ripped through a market". The same verbs
 * name no attack when workers strike, a storm or an earthquake strikes (the disaster noun is the event), two
 * firms strike a deal or a fire tears through a warehouse: the doer decides.
 */
import type { ArticleIndex } from './article-index.js';
import { animateHead, REPORTING_VERBS } from './cues.js';
import { militaryHit, raisingVerb } from './syntax.js';

/** Heads that name people who attack ("a suicide bomber", "the gunmen", "militants"). */
export const ATTACKER_HEADS = new Set([
  'bomber',
  'bombers',
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'gunman',
  'gunmen',
  'militant',
  'militants',
  'terrorist',
  'terrorists',
  'insurgent',
  'insurgents',
  'jihadist',
  'jihadists',
]);

/** People and forces that strike or hit as attackers ("militants struck a convoy", "gunmen hit a checkpoint"). */
const ARMED_DOERS: ReadonlySet<string> = new Set([
  ...ATTACKER_HEADS,
  'rebels',
  'guerrillas',
  'fighters',
  'extremists',
  'raiders',
  'troops',
  // Session 22 (evprec): a state's forces strike as its troops do ("the military struck rebel positions").
  'military',
  'army',
  'navy',
  'forces',
]);

/** Weapons and armed platforms that strike, hit or tear through things, with the attack subtype they make. */
const WEAPON_SUBTYPES: ReadonlyMap<string, string> = new Map([
  ...['bomb', 'bombs', 'explosives', 'device', 'devices', 'ied', 'ieds', 'grenade', 'grenades'].map(
    (w) => [w, 'attack/explosion'] as const,
  ),
  ...['missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'mortar', 'mortars', 'artillery'].map(
    (w) => [w, 'attack/shelling'] as const,
  ),
  ...['drone', 'drones', 'warplane', 'warplanes', 'jets', 'aircraft', 'helicopter', 'helicopters'].map(
    (w) => [w, 'attack/air-strike'] as const,
  ),
  ...['bullet', 'bullets'].map((w) => [w, 'attack/shooting'] as const),
]);

/** Forms of "strike" and "hit" as verbs. */
export const STRIKE_FORMS: ReadonlySet<string> = new Set([
  'strike',
  'strikes',
  'struck',
  'striking',
  'hit',
  'hits',
  'hitting',
]);

/** Forms of "rip" and "tear" that go "through" something. */
export const TEAR_FORMS: ReadonlySet<string> = new Set([
  'rip',
  'rips',
  'ripped',
  'ripping',
  'tear',
  'tears',
  'tore',
  'tearing',
]);

/**
 * What is struck in a figurative or commercial sense ("struck a deal", "struck a chord", "struck a blow for",
 * "struck fear into", "hit a record", "hit the ball"): no attack whoever the subject is.
 */
const FIGURATIVE_OBJECTS: ReadonlySet<string> = new Set([
  'deal',
  'deals',
  'agreement',
  'accord',
  'pact',
  'bargain',
  'compromise',
  'truce',
  'chord',
  'note',
  'tone',
  'balance',
  'blow',
  'pose',
  'fear',
  'terror',
  'nerve',
  'record',
  'high',
  'low',
  'peak',
  'target',
  'targets',
  'ball',
  'jackpot',
  'gold',
  'oil',
  'snag',
  'wall',
  'roadblock',
  'headlines',
  'streets',
]);

/** Parts of speech that may open a direct object. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/** The attack type or subtype a doer word makes ("bomb" → explosion), or null when the word names no attacker. */
function doerType(word: string): string | null {
  if (ARMED_DOERS.has(word)) return 'attack';
  return WEAPON_SUBTYPES.get(word) ?? null;
}

/**
 * The doer of the verb at `k`: the nearest attacker or weapon word among the six words before it, in its clause
 * (over the subject's modifiers and a phrase after it: "A suicide bomber on a motorcycle struck"). A verb, a
 * subordinator or a comma ends the search.
 */
function subjectDoer(ix: ArticleIndex, k: number): string | null {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  for (let x = k - 1; x >= floor && k - x <= 6; x--) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'VERB' || pos === 'SCONJ' || ix.lower[x] === ',' || ix.lower[x] === ';') return null;
    if (pos === 'PRON') return ix.lower[x] === 'it' || ix.lower[x] === 'they' ? reportedDoer(ix, x, floor) : null;
    const type = doerType(ix.lower[x]!);
    if (type) return type;
  }
  return null;
}

/**
 * Session 22 (evprec). Phenomenon: armed forces report their own strikes with a pronoun ("The military said it
 * struck a weapons depot", "the rebels claimed they hit an army convoy"): "it" or "they" opening the reported
 * clause stands for the speaker, and the speaker is the doer. The attack type when the reporting verb's subject,
 * within six words before it, names armed people or forces; null for any other speaker ("the company said it hit
 * its sales target": no doer word).
 */
function reportedDoer(ix: ArticleIndex, pronoun: number, floor: number): string | null {
  let v = pronoun - 1;
  while (v >= floor && (ix.lower[v] === 'that' || ix.tokens[v]!.pos === 'ADV')) v--;
  if (v < floor || ix.tokens[v]!.pos !== 'VERB' || !REPORTING_VERBS.has(ix.tokens[v]!.lemma.toLowerCase())) return null;
  for (let x = v - 1; x >= floor && v - x <= 6; x--) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'VERB' || pos === 'SCONJ' || pos === 'PRON' || ix.lower[x] === ',' || ix.lower[x] === ';') return null;
    if (ARMED_DOERS.has(ix.lower[x]!)) return 'attack';
  }
  return null;
}

/** Prepositions of place and time an attack verb without an object goes on with ("struck at a checkpoint"). */
const INTRANSITIVE_AFTER: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'on', 'again']);

/**
 * Session 22 (evprec). Phenomenon: an attacker "strikes" without an object, where and when it attacked following
 * ("A suicide bomber struck at a checkpoint in Herat", "militants struck again on Tuesday", "a rocket struck near
 * the school"). Only armed people or a weapon as doer (workers striking at a plant, an earthquake striking near a
 * city have none), and only "strike": "the army hit back at critics" answers, it does not attack.
 */
function intransitiveStrike(ix: ArticleIndex, k: number): boolean {
  const low = ix.lower[k]!;
  if (low !== 'struck' && low !== 'strike' && low !== 'strikes') return false;
  return INTRANSITIVE_AFTER.has(ix.lower[k + 1] ?? '');
}

/** True when a direct object follows the verb at `k` and is not struck figuratively ("struck a deal"). */
function physicalObject(ix: ArticleIndex, k: number): boolean {
  const end = ix.sentences[ix.tokens[k]!.sentence]!.tokenEnd;
  let j = k + 1;
  while (j < end && ix.tokens[j]!.pos === 'ADV') j++;
  if (j >= end || !OBJECT_OPENERS.has(ix.tokens[j]!.pos)) return false;
  for (let x = j; x < end && x - j <= 5; x++) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'ADP' || pos === 'PUNCT' || pos === 'VERB' || pos === 'CCONJ') break;
    if (FIGURATIVE_OBJECTS.has(ix.lower[x]!)) return false;
  }
  return true;
}

/** The doer of a passive at `k` ("was struck by a missile"): the attack type its by-phrase head makes, or null. */
function passiveDoer(ix: ArticleIndex, k: number): string | null {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  const end = ix.sentences[ix.tokens[k]!.sentence]!.tokenEnd;
  let b = k - 1;
  while (b >= floor && ix.tokens[b]!.pos === 'ADV') b--;
  const be = ix.lower[b] ?? '';
  if (!['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get'].includes(be)) return null;
  if (ix.lower[k + 1] !== 'by') return null;
  for (let x = k + 2; x < end && x - k <= 6; x++) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'ADP' || pos === 'PUNCT' || pos === 'VERB' || pos === 'CCONJ') break;
    const type = doerType(ix.lower[x]!);
    if (type) return type;
  }
  return null;
}

/**
 * Phenomenon: "strike" and "hit" name an attack when an attacker or a weapon does them to something ("A
 * suicide bomber struck a mosque", "militants struck a military convoy", "a rocket hit a school", "the
 * convoy was struck by a roadside bomb"); "rip"/"tear through" when a weapon does ("A car bomb ripped through
 * a market"). The doer word gives the kind of attack (a bomb an explosion, a missile shelling, a drone an air
 * strike). False senses: workers who strike, a storm or an earthquake that strikes or hits (its noun is the
 * event), a fire that tears through a building, a vehicle that hits someone, and what is struck figuratively
 * ("struck a deal", "struck a chord", "hit a record high"). Returns the type or subtype key, or null.
 */
export function conflictVerb(ix: ArticleIndex, k: number): string | null {
  const low = ix.lower[k]!;
  const pos = ix.tokens[k]!.pos;
  if (pos !== 'VERB' && pos !== 'AUX' && !militaryHit(ix, k)) return null;
  if (STRIKE_FORMS.has(low)) {
    const passive = passiveDoer(ix, k);
    if (passive) return passive;
    const raiser = raisingVerb(ix, k);
    const doer = subjectDoer(ix, raiser === -1 ? k : raiser);
    return doer && (physicalObject(ix, k) || intransitiveStrike(ix, k)) ? doer : null;
  }
  if (TEAR_FORMS.has(low) && ix.lower[k + 1] === 'through') {
    const doer = subjectDoer(ix, k);
    return doer && doer !== 'attack' ? doer : null;
  }
  return null;
}

/**
 * Phenomenon: "set fire to" is arson when people do it ("Rioters set fire to a police station", "they set fire
 * to cars"), not when an explosion, a blast or a fire does ("The explosion set fire to a shop": what the
 * explosion did, not an act of its own). True when the subject right before the verb names people or a pronoun
 * other than "it".
 */
export function arsonByPeople(ix: ArticleIndex, k: number): boolean {
  const floor = ix.sentences[ix.tokens[k]!.sentence]!.tokenStart;
  let b = k - 1;
  while (b >= floor && (ix.tokens[b]!.pos === 'ADV' || ix.tokens[b]!.pos === 'AUX' || ix.tokens[b]!.pos === 'PART'))
    b--;
  if (b < floor) return false;
  const low = ix.lower[b]!;
  if (ix.tokens[b]!.pos === 'PRON') return low !== 'it';
  return ARMED_DOERS.has(low) || CROWDS.has(low) || animateHead(low) || ix.tokens[b]!.pos === 'PROPN';
}

/** Crowds that riot, loot and burn. */
const CROWDS: ReadonlySet<string> = new Set([
  'rioters',
  'protesters',
  'demonstrators',
  'mob',
  'crowd',
  'youths',
  'looters',
]);

/** Forms of "fall" as a verb ("the town fell to the rebels"). */
export const FALL_FORMS: ReadonlySet<string> = new Set(['fall', 'falls', 'fell', 'fallen', 'falling']);

/** Forces a place falls to, besides the armed doers: "fell to government forces", "fell to the army". */
const TAKERS: ReadonlySet<string> = new Set([
  ...ARMED_DOERS,
  'forces',
  'army',
  'militia',
  'militias',
  'militiamen',
  'soldiers',
]);

/** Words a place falls under or into the hands of before "of" ("into the hands of", "under the control of"). */
const HELD_BY: ReadonlySet<string> = new Set(['hands', 'control']);

/**
 * Session 20 (evprec). Phenomenon: a place "falls to" the forces that take it ("the town fell to the rebels", "Orsk
 * has fallen to insurgents", "the base fell into the hands of the militia", "the district fell under the control
 * of armed groups"): territory taken, as "the rebels captured the town" is. The place is the subject right
 * before the verb (a word of `places`, the capture verbs' place words, or a place name), the takers follow "to"
 * (an armed doer, forces, or a group named) or "into the hands of" / "under the control of". False senses: what
 * is not a place falls ("prices fell to a two-year low", "the team fell to third place", "the task fell to the
 * mayor"), a place's figure falls ("the town's population fell to 2,000": its subject is the figure), and a place
 * falls into a state ("the city fell silent", "fell into chaos"). True when the verb at `k` is such a fall.
 */
export function fallenTo(ix: ArticleIndex, k: number, places: ReadonlySet<string>): boolean {
  if (!FALL_FORMS.has(ix.lower[k]!)) return false;
  const s = ix.sentences[ix.tokens[k]!.sentence]!;
  let b = k - 1;
  while (b >= s.tokenStart && (ix.tokens[b]!.pos === 'ADV' || ix.tokens[b]!.pos === 'AUX')) b--;
  if (b < s.tokenStart) return false;
  const m = ix.mentionAt[b]!;
  const placeName = m !== -1 && ix.mentions[m]!.entity.type === 'place' && ix.mentions[m]!.tokenEnd === b + 1;
  if (!placeName && !places.has(ix.lower[b]!)) return false;
  let x = k + 1;
  if (ix.lower[x] === 'into' || ix.lower[x] === 'under') {
    // "into the hands of", "under the control of", "under rebel control".
    for (let y = x + 1; y < s.tokenEnd && y - x <= 3; y++)
      if (HELD_BY.has(ix.lower[y]!)) return ix.lower[y + 1] === 'of' || ix.lower[y] === 'control';
    return false;
  }
  if (ix.lower[x] !== 'to') return false;
  for (x = k + 2; x < s.tokenEnd && x - k <= 6; x++) {
    const pos = ix.tokens[x]!.pos;
    if (pos === 'ADP' || pos === 'PUNCT' || pos === 'VERB' || pos === 'CCONJ') return false;
    if (TAKERS.has(ix.lower[x]!)) return true;
    const g = ix.mentionAt[x]!;
    if (g !== -1 && ix.mentions[g]!.entity.type === 'group') return true;
  }
  return false;
}
