/**
 * Readings of a trigger that depend on its arguments or on the rest of the article, applied once the
 * arguments are known and before result words fold into their causes: a raid by the police is law
 * enforcement, not an attack; an explosion in an article that calls its explosions accidental is an
 * accident.
 */
import type { ArticleIndex } from './article-index.js';
import { animateHead, LIGHT_NOUNS, NATIONALITIES, PROTESTER_NOUNS } from './cues.js';
import { ATTACKER_HEADS } from './conflict-verbs.js';
import type { Arguments } from './roles.js';
import type { ParticipantRole } from '../types.js';
import { legislativeObject } from './news-senses.js';
import { nounPhraseAt, nounPhraseEndingAt, type PhraseRef } from './syntax.js';
import type { TriggerLexicon } from './taxonomy.js';
import type { Candidate } from './triggers.js';

/** Attack words that name a police or security operation as often as an armed attack. */
const OPERATION_LEMMAS = new Set(['raid', 'operation', 'sweep', 'crackdown']);

/** Words for the police, the security services and the authorities that send them. */
const SECURITY_WORDS = new Set([
  'police',
  'policemen',
  'policeman',
  'policewomen',
  'officers',
  'officer',
  'detectives',
  'counter-terror',
  'counter-terrorism',
  'counterterrorism',
  'anti-terror',
  'anti-terrorism',
  'authorities',
  'ministers',
  'minister',
  'government',
  'prosecutors',
  'gendarmes',
  'gendarmerie',
  'agents',
  'fbi',
  'customs',
]);

/** Officials who raid premises to gather evidence, not to fight ("tax investigators raided the bank's offices"). */
const INVESTIGATORS = new Set(['investigators', 'inspectors', 'regulators', 'auditors']);

/** Premises searched for evidence: a raid on them by the authorities is an investigation's step. */
const PREMISES = new Set(['office', 'offices', 'headquarters', 'premises', 'branch', 'branches']);

/** Event types whose presence in the sentence says a raid turned violent ("two suspects were shot dead in the raid"). */
const VIOLENT_OUTCOMES = new Set(['killing', 'death', 'injury']);

/**
 * Phenomenon: a raid or operation carried out by the police or the authorities ("police launched raids in
 * east London", "a counter-terror raid", "the ministers authorised operations against the terrorists") is
 * law enforcement: ACLED codes it as an arrest or a strategic development, KAIROS as an arrest or an
 * investigation, neither as an attack. It stays an attack when its sentence says someone was shot,
 * killed or injured. A later definite mention of the same word with no doer of its own ("during the
 * raids") is the same operation. Such candidates are dropped. Session 21: a raid by the authorities or by
 * investigators on offices, headquarters or premises ("Prosecutors raided the company's offices in Osaka last
 * month", "tax investigators raided the bank's headquarters") is a step of an investigation (KAIROS's reading),
 * kept as one; a raid on a hideout, a camp or homes stays dropped.
 */
export function dropLawEnforcement(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
  lexicon: TriggerLexicon,
): void {
  const investigation = lexicon.byId.get('investigation');
  const seen = new Set<string>();
  for (const c of cands) {
    if (c.dropped || c.type.id !== 'attack' || c.type.subtype !== undefined) continue;
    const lemma = ix.tokens[c.head]!.lemma.toLowerCase();
    if (!OPERATION_LEMMAS.has(lemma)) continue;
    const a = args.get(c);
    const doers = doerHeads(a);
    const violentSentence = cands.some(
      (o) => o !== c && o.sentence === c.sentence && (VIOLENT_OUTCOMES.has(o.type.id) || o.type.subtype === 'shooting'),
    );
    if (violentSentence) continue;
    const security =
      doers.some((h) => SECURITY_WORDS.has(ix.lower[h]!) || INVESTIGATORS.has(ix.lower[h]!)) ||
      securityBefore(ix, c) ||
      // The subject of a verb reached over another noun's of-phrase ("Police named the leader of the raid")
      // did something to that noun, not the raid; over a light noun ("launched a wave of raids") it is the doer.
      (c.governor >= 0 &&
        (c.nominalGovernor === null || LIGHT_NOUNS.has(c.nominalGovernor)) &&
        securitySubject(ix, c.governor, c.sentence)) ||
      (c.kind === 'noun' && doers.length === 0 && seen.has(lemma) && definite(ix, c.head));
    if (!security) continue;
    seen.add(lemma);
    const searched = roleHeads(a, 'patient').some((h) => PREMISES.has(ix.lower[h]!));
    if (searched && investigation) c.type = investigation;
    else c.dropped = true;
  }
}

function doerHeads(a: Arguments | undefined): number[] {
  return roleHeads(a, 'agent');
}

/** The head tokens of a role's entities and plain-word phrases. */
function roleHeads(a: Arguments | undefined, role: ParticipantRole): number[] {
  if (!a) return [];
  const out: number[] = [];
  for (const r of a.roles.get(role) ?? []) out.push(r.head ?? r.tokenEnd - 1);
  for (const p of a.phrases.get(role) ?? []) out.push(p.head);
  return out;
}

/** "police raid", "counter-terror raids", "a security operation": a security word among the three words before the noun. */
function securityBefore(ix: ArticleIndex, c: Candidate): boolean {
  for (let j = c.head - 1; j >= Math.max(0, c.head - 3); j--) {
    if (ix.tokens[j]!.sentence !== c.sentence) return false;
    if (SECURITY_WORDS.has(ix.lower[j]!) || ix.lower[j] === 'security') return true;
    if (ix.tokens[j]!.pos === 'VERB' || ix.tokens[j]!.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The subject of the verb governing the noun is the police or the authorities: the noun right before the
 * verb group ("the ministers authorised certain operations"), or the first noun of the sentence when no
 * verb comes between ("The police, however, concluded that … and launched an operation").
 */
function securitySubject(ix: ArticleIndex, verb: number, sentence: number): boolean {
  const s = ix.sentences[sentence]!;
  let left = verb - 1;
  while (left > s.tokenStart && (ix.tokens[left]!.pos === 'ADV' || ix.tokens[left]!.pos === 'AUX')) left--;
  if (left >= s.tokenStart && SECURITY_WORDS.has(ix.lower[left]!)) return true;
  for (let j = s.tokenStart; j < verb; j++) {
    const t = ix.tokens[j]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return SECURITY_WORDS.has(ix.lower[j]!);
    if (t.pos === 'VERB') return false;
  }
  return false;
}

function definite(ix: ArticleIndex, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = ix.lower[j]!;
    if (w === 'the' || w === 'these' || w === 'those') return true;
    if (ix.tokens[j]!.pos !== 'ADJ' && ix.tokens[j]!.pos !== 'NOUN') return false;
  }
  return false;
}

/** Explosion words that say nothing of who set them off. */
const EXPLOSION_LEMMAS = new Set(['explosion', 'blast', 'detonation', 'explode', 'detonate', 'go']);

/** Words before an explosion noun that name an industrial or domestic cause ("a gas explosion", "a boiler blast"). */
const ACCIDENT_CAUSES = new Set([
  'gas',
  'boiler',
  'pipeline',
  'factory',
  'industrial',
  'chemical',
  'fireworks',
  'methane',
  'refinery',
]);

/**
 * Phenomenon: an explosion with no doer in an article that calls its explosions accidental ("7 militants
 * killed in blasts" over "…were killed in two accidental explosions") is the same accident, told in the
 * headline or again later ("setting off an explosion"); and a gas, boiler or factory explosion is an
 * industrial accident, not an attack. Both become an `accident`. An explosion with an attacker, or a bomb
 * that someone planted, stays an attack.
 */
export function accidentalExplosions(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
  lexicon: TriggerLexicon,
): void {
  const accident = lexicon.byId.get('accident');
  if (!accident) return;
  const isExplosion = (c: Candidate): boolean => EXPLOSION_LEMMAS.has(ix.tokens[c.head]!.lemma.toLowerCase());
  // What went off is no doer: neither the accident nor the deaths it causes are lent one.
  for (const c of thingsThatExploded(ix, cands, args)) {
    c.type = accident;
    args.get(c)!.roles.delete('agent');
    args.get(c)!.phrases.delete('agent');
  }
  const articleAccidental = cands.some((c) => c.type.id === 'accident' && isExplosion(c));
  for (const c of cands) {
    if (c.dropped || c.type.id !== 'attack' || c.type.subtype !== 'explosion' || !isExplosion(c)) continue;
    if (doerHeads(args.get(c)).length > 0) continue;
    const cause = c.kind === 'noun' && c.head > 0 && ACCIDENT_CAUSES.has(ix.lower[c.head - 1]!);
    if (cause || (articleAccidental && c.kind === 'noun')) c.type = accident;
  }
}

/** Verbs of going off, told of what exploded ("exploded", "blew up", "went off"). */
const GOING_OFF_LEMMAS = new Set(['explode', 'blow', 'go', 'detonate']);

/** Words for an explosive charge or a weapon that carries one: an explosion told with one was set off by someone. */
const CHARGE_WORDS = new Set([
  'bomb',
  'bombs',
  'bomber',
  'bombers',
  'bombing',
  'bombings',
  'explosive',
  'explosives',
  'explosive-laden',
  'booby-trapped',
  'device',
  'devices',
  'ied',
  'ieds',
  'mine',
  'mines',
  'landmine',
  'landmines',
  'grenade',
  'grenades',
  'shell',
  'shells',
  'rocket',
  'rockets',
  'missile',
  'missiles',
  'mortar',
  'mortars',
  'vest',
  'detonator',
  'sabotage',
]);

/**
 * Phenomenon (session 16): an aircraft, a vehicle or an object that explodes with no doer ("the airliner
 * exploded off the coast, killing all 230 aboard", "a fuel tanker exploded on the highway", "a gas cylinder
 * exploded in a bakery") is an explosion of unknown cause, not an attack: ACLED codes no event without an
 * actor, and an analyst counting attacks would count an accident. It stays an attack when the text names a
 * bomb or other charge (in the subject, "a car packed with explosives exploded", or anywhere in the article),
 * an attacker ("militants", "a bomber"), or an attack of its own: "a car exploded near the checkpoint … no
 * group claimed the attack". A verb with an object ("blew up a bridge") or a passive ("was blown up") has a
 * doer and is left alone. Returns the candidates to retype as accidents.
 */
function thingsThatExploded(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
): Candidate[] {
  const found: Candidate[] = [];
  for (const c of cands) {
    if (c.dropped || c.kind !== 'verb' || c.type.id !== 'attack' || c.type.subtype !== 'explosion') continue;
    if (!GOING_OFF_LEMMAS.has(ix.tokens[c.head]!.lemma.toLowerCase())) continue;
    const a = args.get(c);
    if (!a) continue;
    // An object ("blew up a bridge") or a passive subject ("was blown up"); "exploded off the coast" has neither.
    const undergoers = [...(a.roles.get('patient') ?? []), ...(a.phrases.get('patient') ?? [])];
    if (undergoers.some((r) => r.tokenStart < c.head || r.tokenStart === c.end)) continue;
    const subjects = [...(a.roles.get('agent') ?? []), ...(a.phrases.get('agent') ?? [])].filter(
      (r) => r.tokenStart < c.head,
    );
    // "It just blew up in the air": `it` fills no role, but stands for the thing that went off; a charge it
    // may stand for is named elsewhere in the article, which the check below reads.
    if (subjects.length === 0 && !itBefore(ix, c.head)) continue;
    const from = subjects.length > 0 ? Math.min(...subjects.map((r) => r.tokenStart)) : c.head;
    let armed = false;
    for (let k = from; k < c.head; k++) {
      const w = ix.lower[k]!;
      if (CHARGE_WORDS.has(w) || ATTACKER_HEADS.has(w) || animateHead(w) || ix.tokens[k]!.pos === 'PRON') armed = true;
      const m = ix.mentionAt[k]!;
      if (m >= 0 && ix.mentions[m]!.entity.type === 'person') armed = true;
    }
    if (!armed) found.push(c);
  }
  if (found.length === 0) return found;
  // Anywhere in the article: a charge, an attacker, or an attack other than these explosions.
  for (let k = 0; k < ix.tokens.length; k++)
    if (CHARGE_WORDS.has(ix.lower[k]!) || ATTACKER_HEADS.has(ix.lower[k]!)) return [];
  const otherAttack = cands.some(
    (o) => !o.dropped && o.type.id === 'attack' && !found.includes(o) && !isGoingOff(ix, o, args.get(o)),
  );
  return otherAttack ? [] : found;
}

/** An explosion word ("the explosion", "the blast", "blew up") with no doer and no object: a retelling of what went off. */
function isGoingOff(ix: ArticleIndex, c: Candidate, a: Arguments | undefined): boolean {
  const lemma = ix.tokens[c.head]!.lemma.toLowerCase();
  if (c.type.subtype !== 'explosion' || (!EXPLOSION_LEMMAS.has(lemma) && !GOING_OFF_LEMMAS.has(lemma))) return false;
  return !a || (['agent', 'patient'] as const).every((r) => !a.roles.get(r)?.length && !a.phrases.get(r)?.length);
}

/** `it` as the subject right before the verb group ("it exploded", "It just blew up"), over adverbs and auxiliaries. */
function itBefore(ix: ArticleIndex, verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && (ix.tokens[k]!.pos === 'ADV' || ix.tokens[k]!.pos === 'AUX')) k--;
  return k >= 0 && ix.lower[k] === 'it' && ix.tokens[k]!.sentence === ix.tokens[verb]!.sentence;
}

/**
 * Phenomenon: a crash whose subject or doer is an attacker ("a suicide bomber riding a motorcycle crashed
 * into a patrol", "militants rammed a truck into the gate") is an attack carried out with a vehicle, not an
 * accident: ACLED codes it by the attack, KAIROS as Conflict.Attack. A vehicle or a driver crashing stays
 * an accident. Returns the candidates retyped (their arguments are to be read again under the new type),
 * each with the attacker subject found over a participle phrase (`doer`, which the verb's own subject
 * search does not reach) and what the vehicle was driven into (`target`: "crashed into a foot patrol",
 * "rammed into the crowd"), so the attack keeps who did it and what it hit.
 */
export function attackersCrashes(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
  lexicon: TriggerLexicon,
): Array<{ cand: Candidate; doer: PhraseRef | null; target: PhraseRef | null }> {
  const attack = lexicon.byId.get('attack');
  const out: Array<{ cand: Candidate; doer: PhraseRef | null; target: PhraseRef | null }> = [];
  if (!attack) return out;
  for (const c of cands) {
    if (c.dropped || c.type.id !== 'accident' || c.kind !== 'verb') continue;
    const a = args.get(c);
    if (!a) continue;
    const heads: number[] = [...doerHeads(a)];
    for (const r of a.roles.get('patient') ?? []) heads.push(r.head ?? r.tokenEnd - 1);
    for (const p of a.phrases.get('patient') ?? []) if (p.head < c.head) heads.push(p.head);
    const subject = attackerSubject(ix, c.head);
    if (heads.some((h) => h < c.head && ATTACKER_HEADS.has(ix.lower[h]!)) || subject >= 0) {
      c.type = attack;
      const doer =
        subject >= 0 ? nounPhraseEndingAt(ix, subject, ix.sentences[ix.tokens[c.head]!.sentence]!.tokenStart) : null;
      const into =
        ix.lower[c.head + 1] === 'into'
          ? nounPhraseAt(ix, c.head + 2, ix.sentences[ix.tokens[c.head]!.sentence]!.tokenEnd)
          : null;
      out.push({ cand: c, doer, target: into });
    }
  }
  return out;
}

/**
 * The sentence's subject before the verb is an attacker: its first common noun outside a time expression,
 * over a participle phrase ("A suicide bomber riding a motorcycle loaded with explosives crashed …").
 * Returns the attacker word (`bomber`), or -1.
 */
function attackerSubject(ix: ArticleIndex, verb: number): number {
  const s = ix.sentences[ix.tokens[verb]!.sentence]!;
  for (let k = s.tokenStart; k < verb; k++) {
    if (ix.timexAt[k] !== null || ix.tokens[k]!.pos !== 'NOUN') continue;
    if (ATTACKER_HEADS.has(ix.lower[k]!)) return k;
    return ATTACKER_HEADS.has(ix.lower[k + 1] ?? '') && k + 1 < verb ? k + 1 : -1;
  }
  return -1;
}

/** Heads of a state's forces: an army, its soldiers, its police. */
const STATE_FORCE_HEADS: ReadonlySet<string> = new Set([
  'army',
  'armies',
  'troops',
  'soldiers',
  'military',
  'police',
  'marines',
  'paratroopers',
  'gendarmes',
  'government',
]);

/** Words before "forces" that make them a state's ("government forces", "security forces"). */
const STATE_FORCE_MODIFIERS: ReadonlySet<string> = new Set([
  'government',
  'security',
  'state',
  'army',
  'military',
  'federal',
  'national',
  'regime',
  'pro-government',
]);

/**
 * Session 19 (the lead). Phenomenon: ACLED codes a place captured by a state's forces as "Government regains
 * territory" and by anyone else as "Non-state actor overtakes territory". A capture ("captured", "seized",
 * "overran" a town) whose doer is a state's force (the army, troops, soldiers, the police, "government" or
 * "security forces", a nationality's forces, "Syrian forces", or a country named as doer) is retyped to
 * `territory-regained`; a capture by rebels, militants or an unnamed doer stays `territory-taken`. Who held the
 * place before is not read.
 */
export function stateForcesTakeTerritory(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
  lexicon: TriggerLexicon,
): void {
  const regained = lexicon.subtypes.get('attack/territory-regained');
  if (!regained) return;
  for (const c of cands) {
    if (c.dropped || c.type.subtype !== 'territory-taken') continue;
    const a = args.get(c);
    if (!a) continue;
    const countries = (a.roles.get('agent') ?? []).some((r) => r.entity.type === 'place');
    if (countries || doerHeads(a).some((h) => stateForce(ix, h))) c.type = regained;
  }
}

/** The word at `h` heads a state's force: "troops", "the army", "government forces", "Syrian forces". */
function stateForce(ix: ArticleIndex, h: number): boolean {
  const w = ix.lower[h]!;
  if (STATE_FORCE_HEADS.has(w)) return true;
  if (w !== 'forces' && w !== 'force') return false;
  const before = ix.lower[h - 1] ?? '';
  return STATE_FORCE_MODIFIERS.has(before) || NATIONALITIES.has(before);
}

/** Words for protesters or a protest as what is shot at or attacked ("opened fire on demonstrators"). */
const PROTEST_CROWDS: ReadonlySet<string> = new Set([
  ...PROTESTER_NOUNS,
  'protest',
  'protests',
  'demonstration',
  'demonstrations',
  'rally',
  'sit-in',
]);

/** Attacks that may be force used on protesters: unnamed, a shooting, fire ("fired live rounds at"). */
const FORCE_SUBTYPES: ReadonlySet<string> = new Set(['', 'shooting', 'shelling']);

/**
 * "fired live rounds at the marchers", "opened fire with automatic weapons on the demonstrators": protesters in an
 * "at" or "on" phrase within eight words after the trigger ending at `end`, in its clause.
 */
function aimedAtProtest(ix: ArticleIndex, end: number): boolean {
  const s = ix.sentences[ix.tokens[end - 1]!.sentence]!;
  for (let k = end; k < s.tokenEnd && k - end < 8; k++) {
    if (ix.tokens[k]!.pos === 'VERB' || ix.lower[k] === ',' || ix.lower[k] === ';') return false;
    if (ix.lower[k] !== 'at' && ix.lower[k] !== 'on') continue;
    let j = k + 1;
    while (j < s.tokenEnd && ['DET', 'ADJ', 'NUM'].includes(ix.tokens[j]!.pos)) j++;
    if (j < s.tokenEnd && PROTEST_CROWDS.has(ix.lower[j]!)) return true;
  }
  return false;
}

/**
 * Session 20 (evprec). Phenomenon: ACLED codes the police or a state's forces shooting at or attacking protesters
 * as "Excessive force against protesters" ("security forces shot dead three protesters", "soldiers opened fire
 * on demonstrators", "police attacked the marchers"). An attack, generic or a shooting, whose target is protesters
 * or a protest and whose doer is the police, the security services or a state's force is retyped
 * `attack/excessive-force`. Not when the doer is unnamed or another armed group ("gunmen opened fire on
 * protesters" stays an attack), nor tear gas, rubber bullets or water cannon (a protest with intervention), nor
 * protesters who attack (a riot).
 */
export function excessiveForce(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
  lexicon: TriggerLexicon,
): void {
  const excessive = lexicon.subtypes.get('attack/excessive-force');
  if (!excessive) return;
  for (const c of cands) {
    if (c.dropped || c.type.id !== 'attack' || !FORCE_SUBTYPES.has(c.type.subtype ?? '')) continue;
    const a = args.get(c);
    if (!a) continue;
    const targets = [
      ...(a.roles.get('patient') ?? []).map((r) => r.head ?? r.tokenEnd - 1),
      ...(a.phrases.get('patient') ?? []).map((p) => p.head),
    ];
    if (!targets.some((h) => PROTEST_CROWDS.has(ix.lower[h]!)) && !aimedAtProtest(ix, c.end)) continue;
    const doers = doerHeads(a);
    if (doers.some((h) => SECURITY_WORDS.has(ix.lower[h]!) || stateForce(ix, h))) c.type = excessive;
  }
}

/**
 * Session 19 (the lead). Phenomenon: ACLED codes a protest the police disperse, break up or fire tear gas at as
 * one event, "Protest with intervention". The intervention is told with a verb (`protest/intervention`'s
 * objectVerbs: "dispersed the demonstrators", "fired tear gas at the crowd") beside or after the protest
 * ("Thousands protested in Orvan on Saturday. Police fired rubber bullets at the crowd."). An intervention with
 * a protest told in its paragraph up to it becomes that protest's subtype, not a second protest row; a purpose
 * infinitive of another intervention in its sentence ("used water cannon to disperse the crowd") is the same
 * act. An intervention with no protest told before it stays the protest's only telling.
 */
export function protestInterventions(ix: ArticleIndex, cands: readonly Candidate[], lexicon: TriggerLexicon): void {
  const intervention = lexicon.subtypes.get('protest/intervention');
  if (!intervention) return;
  for (const c of cands) {
    if (c.dropped || c.type.subtype !== 'intervention') continue;
    const purpose = c.kind === 'verb' && ix.lower[c.head - 1] === 'to';
    const protest = cands.find(
      (p) =>
        p !== c &&
        !p.dropped &&
        p.type.id === 'protest' &&
        p.head < c.head &&
        (purpose
          ? (p.sentence === c.sentence && p.type.subtype === 'intervention') ||
            // Session 20: the act it is the purpose of ("Police fired tear gas to disperse the crowd") may have
            // been folded already into a protest told before it in its paragraph: the same protest.
            ((p.type.subtype === undefined || p.type.subtype === 'intervention') &&
              ix.paragraphOf[p.sentence] === ix.paragraphOf[c.sentence])
          : p.type.subtype === undefined && ix.paragraphOf[p.sentence] === ix.paragraphOf[c.sentence]),
    );
    if (!protest) continue;
    protest.type = intervention;
    c.dropped = true;
  }
}

/** A legislature and its members: who votes on laws and motions. */
const LEGISLATURE_WORDS: ReadonlySet<string> = new Set([
  'lawmakers',
  'lawmaker',
  'legislators',
  'legislator',
  'legislature',
  'parliament',
  'parliamentarians',
  'mps',
  'deputies',
  'senate',
  'senators',
  'congress',
  'congressmen',
  'house',
  'assembly',
  'chamber',
  'council',
  'councillors',
  'councilors',
]);

/** Adjectives that make a vote a legislature's ("a parliamentary vote", "the congressional vote"). */
const LEGISLATIVE_ADJECTIVES: ReadonlySet<string> = new Set(['parliamentary', 'congressional', 'legislative']);

/**
 * Session 20 (the lead). Phenomenon: a vote held by a legislature or on a law ("Lawmakers voted Thursday to
 * extend martial law", "The senate voted 52-48 on the bill", "a parliamentary vote on the budget") is a step of
 * legislation, not an election: nobody is elected and no voter goes to the polls. A vote (`election`, the word
 * "vote") whose doer is a legislature or its members, whose noun a legislative adjective modifies, or whose
 * object after "on", "for" or "against" is a law, is retyped `legislation`. Votes of citizens ("Voters in Velmar
 * voted on Sunday"), of shareholders or of workers ("workers voted to strike") stay as they are, and so does a
 * vote that elects someone ("parliament voted to elect a new speaker").
 */
export function legislativeVotes(
  ix: ArticleIndex,
  cands: readonly Candidate[],
  args: ReadonlyMap<Candidate, Arguments>,
  lexicon: TriggerLexicon,
): void {
  const legislation = lexicon.byId.get('legislation');
  if (!legislation) return;
  for (const c of cands) {
    if (c.dropped || c.type.id !== 'election' || ix.tokens[c.head]!.lemma.toLowerCase() !== 'vote') continue;
    const end = ix.sentences[c.sentence]!.tokenEnd;
    let elects = false;
    for (let k = c.head + 1; k < end && k - c.head <= 4; k++)
      if (ix.tokens[k]!.lemma.toLowerCase() === 'elect') elects = true;
    if (elects) continue;
    const prep = ix.lower[c.head + 1];
    const onLaw = (prep === 'on' || prep === 'for' || prep === 'against') && legislativeObject(ix, c.head + 1);
    const byLegislature =
      doerHeads(args.get(c)).some((h) => LEGISLATURE_WORDS.has(ix.lower[h]!)) ||
      (c.kind === 'noun' && c.head > 0 && LEGISLATIVE_ADJECTIVES.has(ix.lower[c.head - 1]!));
    if (onLaw || byLegislature || (talliedVote(ix, c.head) && legislatureInSentence(ix, c.sentence)))
      c.type = legislation;
  }
}

/**
 * Session 22 ("evbiz"). Phenomenon: a vote told by its tally ("by a vote of 71 to 29", "in a 71-29 vote", "a vote
 * of 300-112") counts the members of a body, not a people's ballots (an election is told in percent or seats):
 * with a legislature named in its sentence, the noun is the legislature's vote. True when a tally stands right
 * before the noun or after its "of" ("of 71 to 29", "of 71-29").
 */
function talliedVote(ix: ArticleIndex, k: number): boolean {
  if (k > 0 && /^\d{1,3}[-–]\d{1,3}$/.test(ix.lower[k - 1]!)) return true;
  if (ix.lower[k + 1] !== 'of') return false;
  if (/^\d{1,3}[-–]\d{1,3}$/.test(ix.lower[k + 2] ?? '')) return true;
  return (
    ix.tokens[k + 2]?.pos === 'NUM' &&
    /^\d{1,3}$/.test(ix.lower[k + 2]!) &&
    (ix.lower[k + 3] === 'to' || ix.lower[k + 3] === '-') &&
    /^\d{1,3}$/.test(ix.lower[k + 4] ?? '')
  );
}

/** Laws a legislature votes on, which make a tallied vote a legislature's ("the bill passed by a vote of …"). */
const VOTED_LAWS: ReadonlySet<string> = new Set(['bill', 'bills', 'amendment', 'legislation', 'resolution']);

/** A legislature, its members or a law are named in sentence `si` ("the Senate", "lawmakers", "the bill"). */
function legislatureInSentence(ix: ArticleIndex, si: number): boolean {
  const s = ix.sentences[si]!;
  for (let x = s.tokenStart; x < s.tokenEnd; x++)
    if (LEGISLATURE_WORDS.has(ix.lower[x]!) || VOTED_LAWS.has(ix.lower[x]!)) return true;
  return false;
}

/** Verbs of putting in prison, which with a term are a sentence ("jailed for six years"). */
const JAILING_LEMMAS: ReadonlySet<string> = new Set(['jail', 'imprison']);

/** Units of a prison term: years are served, not held on remand. */
const TERM_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'decade', 'decades']);

/** Months are a term only with a figure ("six months", "18 months"); "several months" may be a detention. */
const MONTH_UNITS: ReadonlySet<string> = new Set(['month', 'months']);

/**
 * Session 21 (the lead). Phenomenon: "were jailed for six years", "a court jailed him for life", "was imprisoned
 * for 15 years" tell a court's sentence, not an arrest: the term is what a sentence says (KAIROS
 * Justice.Sentence; an arrest is Justice.ArrestJailDetain, and an analyst counting arrests would count a
 * conviction). An arrest verb of jailing whose clause names a term ("for" and, within four words, years or
 * decades, a figure of months; "for life") is retyped `sentence`. Not a detention for days, weeks or "several
 * months" ("jailed for two days before being released": held, not sentenced), nor a crime ("jailed for fraud").
 */
export function jailedForATerm(ix: ArticleIndex, cands: readonly Candidate[], lexicon: TriggerLexicon): void {
  const sentence = lexicon.byId.get('sentence');
  if (!sentence) return;
  for (const c of cands) {
    if (c.dropped || c.kind !== 'verb' || c.type.id !== 'arrest') continue;
    if (!JAILING_LEMMAS.has(ix.tokens[c.head]!.lemma.toLowerCase())) continue;
    const end = Math.min(ix.sentences[c.sentence]!.tokenEnd, c.head + 10);
    for (let k = c.head + 1; k < end; k++) {
      if (ix.lower[k] !== 'for') continue;
      let term = ix.lower[k + 1] === 'life';
      for (let j = k + 1; !term && j < end && j - k <= 4; j++)
        term = TERM_UNITS.has(ix.lower[j]!) || (MONTH_UNITS.has(ix.lower[j]!) && ix.tokens[j - 1]!.pos === 'NUM');
      if (term) c.type = sentence;
      break;
    }
  }
}

/**
 * Session 21 (the lead). Phenomenon: a protest verb whose purpose is to protest ("Thousands marched on Tuesday to
 * protest the result", "rallied outside parliament to demonstrate against the law", "took to the streets to
 * protest") tells one protest: the march is the protest. The infinitive, read alone, was a second protest with
 * the status `planned`. An infinitive protest verb right after a protest verb of its sentence, with no other
 * verb between them (adverbials and places may stand between), is dropped. Not a protest planned by a later
 * clause ("marched on Tuesday and vowed to protest again on Friday": a verb stands between).
 */
export function protestPurposes(ix: ArticleIndex, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.dropped || c.kind !== 'verb' || c.type.id !== 'protest' || ix.lower[c.head - 1] !== 'to') continue;
    const march = cands.find(
      (p) =>
        p !== c &&
        !p.dropped &&
        p.kind === 'verb' &&
        p.type.id === 'protest' &&
        p.sentence === c.sentence &&
        p.end <= c.head - 1 &&
        !verbBetween(ix, p.end, c.head - 1),
    );
    if (march) c.dropped = true;
  }
}

/** A verb or auxiliary stands in `from` … `to` (exclusive). */
function verbBetween(ix: ArticleIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = ix.tokens[k]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}
