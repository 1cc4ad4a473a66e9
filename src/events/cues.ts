/**
 * Closed word lists the event rules read: light verbs, status cues, pronouns, actor nouns and nationality
 * adjectives. They are grammar, not domain vocabulary (that lives in `schemas/event-types.json`).
 */
import { HYPOTHETICAL_MODALS as HYPOTHETICAL_MODAL_WORDS, MODALS as MODAL_WORDS } from '../words.js';

/**
 * Verbs that carry little meaning of their own and take an event noun as object ("held a meeting",
 * "carried out an attack", "reached a deal"). Under one of them the noun is the event and the verb gives
 * it tense, voice, negation and its subject.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'carry',
  'conduct',
  'launch',
  'stage',
  'make',
  'reach',
  'sign',
  'conclude',
  'have',
  'give',
  'take',
  'begin',
  'start',
  'resume',
  'mount',
  'wage',
  'win',
  'place',
  'seal',
  'strike',
  'impose',
  'file',
  'lodge',
  'bring',
  'issue',
  'deliver',
  'organize',
  'organise',
  'host',
  'attend',
  'join',
  'participate',
  'enter',
  'announce',
  'declare',
  'agree',
  'broker',
  'secure',
  'land',
  'receive',
  'complete',
  'finalize',
  'finalise',
  'post',
  'report',
  'approve',
  'order',
  'call',
  'hand',
  'provide',
  'offer',
  'send',
  'pledge',
  'grant',
]);

/**
 * Support verbs with a meaning of their own: with one of them the verb, not the noun, is the word that
 * reports the event ("signed a contract", "won an order", "the deal was signed"), so it is the trigger
 * span; the noun still gives the type.
 */
export const MEANINGFUL_SUPPORT_VERBS: ReadonlySet<string> = new Set([
  'sign',
  'win',
  'reach',
  'seal',
  'secure',
  'conclude',
  'impose',
  'file',
  'lodge',
  'agree',
  'broker',
  'land',
  'receive',
  'complete',
  'finalize',
  'finalise',
  'post',
  'approve',
  'order',
  'strike',
  'place',
  'bring',
]);

/** Nouns that stand between a light verb and the event noun: "the holding of a meeting", "a round of talks". */
export const LIGHT_NOUNS: ReadonlySet<string> = new Set([
  'holding',
  'signing',
  'conclusion',
  'round',
  'series',
  'wave',
  'start',
  'beginning',
  'launch',
  'resumption',
  'staging',
]);

/** Governors under which a noun names no event that happened ("since the cessation of bombing operations"). */
export const VOIDING_GOVERNORS: ReadonlySet<string> = new Set([
  'cessation',
  'end',
  'halt',
  'stop',
  'prevent',
  'prevention',
  'avoid',
  'absence',
  'lack',
  'risk',
  'possibility',
  'threat',
  'fear',
  'need',
  'without',
  'intention',
  'suspension',
  // Session 21 ("senses" helper): "agreed to cease the fighting": the fighting ends, the ceasefire is the event.
  'cease',
]);

/**
 * Governors that cancel the event ("cancelled the talks", "failed to reach"). "Denied the attack" is
 * not among them: a party denying an attack disputes who did it, not that it happened.
 */
export const NEGATING_GOVERNORS: ReadonlySet<string> = new Set([
  'cancel',
  'postpone',
  'delay',
  'defer',
  'reject',
  'refuse',
  'fail',
  'decline',
  'suspend',
  'abandon',
  // Session 21 ("senses" helper): "has seemed unwilling to meet his envoy": a meeting one side will not hold.
  'unwilling',
]);

/** Governors that place the event in the future ("plans to", "scheduling the withdrawal"). */
export const PLANNING_GOVERNORS: ReadonlySet<string> = new Set([
  'plan',
  'schedule',
  'scheduling',
  'propose',
  'discuss',
  'consider',
  'seek',
  'want',
  'prepare',
  'expect',
  'intend',
  'aim',
  'hope',
  'demand',
  'urge',
  'call',
  'threaten',
  'vow',
  'promise',
  'pledge',
  'agree',
  'decide',
  'set',
  'due',
  'likely',
  'ready',
  'would',
  'could',
  'may',
  'might',
  'need',
  'try',
  'attempt',
  'push',
  'seek',
  'offer',
]);

/** Governors of an infinitive under which the event did happen ("prompted Washington to carry out strikes"). */
export const CAUSATIVE_GOVERNORS: ReadonlySet<string> = new Set([
  'prompt',
  'force',
  'cause',
  'lead',
  'compel',
  'oblige',
  'manage',
  'go',
  'move',
]);

/** Governors of an infinitive under which the event goes on ("continued to attack"). */
export const CONTINUATIVE_GOVERNORS: ReadonlySet<string> = new Set(['continue', 'keep']);

/**
 * Verbs that tell the course of the event noun that is their subject ("talks broke down on Tuesday", "the
 * strike ended on Monday", "the summit opened on Friday", "fighting broke out at dawn"): their clause dates it.
 */
export const COURSE_VERBS: ReadonlySet<string> = new Set([
  'begin',
  'start',
  'open',
  'end',
  'close',
  'conclude',
  'collapse',
  'break',
  'stall',
  'resume',
  'fail',
  'happen',
  'occur',
  'erupt',
  'finish',
]);

/** Verbs and nouns that pass their subject event's participants to the event they introduce ("talks led to an agreement"). */
export const RESULT_LINKERS: ReadonlySet<string> = new Set(['lead', 'result', 'produce', 'culminate', 'yield', 'end']);

/** Prepositions that make an event noun a background reference, dated by its own words only ("since the armistice"). */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'since',
  'after',
  'before',
  'until',
  'following',
  'prior',
  'amid',
  'despite',
]);

/** Words near a trigger that announce a new occurrence, not a retelling ("again", "another meeting"). */
export const REPETITION_CUES: ReadonlySet<string> = new Set([
  'again',
  'another',
  'fresh',
  'second',
  'third',
  'renewed',
  'further',
]);

/**
 * Speech verbs that perform the event they name rather than report it: "announced a truce" declares
 * the truce, so the event occurred and its agent is the announcer.
 */
export const PERFORMATIVE_GOVERNORS: ReadonlySet<string> = new Set(['announce', 'declare', 'unveil', 'proclaim']);

/** Speech and report verbs: an event in their complement is reported by their subject. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'state',
  'confirm',
  'announce',
  'claim',
  'report',
  'add',
  'explain',
  'tell',
  'allege',
  'accuse',
  'indicate',
  'stress',
  'note',
  'declare',
  'reveal',
  'insist',
  'assert',
  'affirm',
  'believe',
  'emphasize',
  'emphasise',
  'write',
  'argue',
]);

/**
 * Modal auxiliaries: any of them makes an event future or hypothetical (not yet happened); status.ts tells
 * the two apart with HYPOTHETICAL_MODALS. Both lists are src/words.ts's.
 */
export const MODALS: ReadonlySet<string> = new Set(MODAL_WORDS);

/** Modals that make an event possible or conditional rather than planned ("could attack", "may meet"). */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(HYPOTHETICAL_MODAL_WORDS);

/** Adverbs that make a verb habitual: a kind of event, not one occurrence ("regularly bombs"). */
export const HABITUAL_ADVERBS: ReadonlySet<string> = new Set([
  'regularly',
  'frequently',
  'often',
  'routinely',
  'repeatedly',
  'usually',
  'always',
  'sometimes',
  'occasionally',
  'constantly',
  'typically',
  'habitually',
  'periodically',
  'generally',
]);

/** Verbs of trend: a plural event noun as their subject names a kind of event ("attacks are growing"). */
export const TREND_VERBS: ReadonlySet<string> = new Set([
  'grow',
  'increase',
  'rise',
  'mount',
  'escalate',
  'intensify',
  'decline',
  'decrease',
  'fall',
  'drop',
  'surge',
  'double',
  'spike',
  'become',
]);

/** Determiners that make an event noun generic ("such attacks", "any meeting"). */
export const GENERIC_DETERMINERS: ReadonlySet<string> = new Set(['such', 'any', 'every']);

/** Governors of an infinitive that threaten the event ("threatened to attack"). */
export const THREATENING_GOVERNORS: ReadonlySet<string> = new Set(['threaten', 'vow', 'warn']);

/** Conjunctions that open a condition: an event in their clause is hypothetical. */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** Light verbs that make an ambiguous noun an event ("carried out operations", "launched a strike"); not `make` or `have`. */
export const CONTEXT_SUPPORT_VERBS: ReadonlySet<string> = new Set([
  'carry',
  'conduct',
  'launch',
  'mount',
  'stage',
  'wage',
  'step',
  'intensify',
  'resume',
  'order',
  'authorise',
  'authorize',
  'undertake',
  'perform',
]);

/** Verbs that name or judge an event already told ("called the explosion an attack"): their object is no new mention. */
export const LABELLING_GOVERNORS: ReadonlySet<string> = new Set([
  'call',
  'describe',
  'label',
  'term',
  'brand',
  'dub',
  'classify',
  'condemn',
  'denounce',
]);

/** Words in a verb group that negate it. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/** Subject pronouns resolvable to a group or place ("it held a meeting"). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);

/** Subject pronouns resolvable to a person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Relative pronouns that open a relative clause. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/** Subordinators that open a new clause. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'that',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'since',
  'after',
  'before',
  'until',
  'when',
  'as',
  'whether',
]);

/**
 * Nouns that, with a nationality adjective, name the country acting ("the American side", "Iraqi
 * forces", "against American interests").
 */
export const ACTOR_NOUNS: ReadonlySet<string> = new Set([
  'side',
  'force',
  'forces',
  'troop',
  'troops',
  'soldier',
  'soldiers',
  'army',
  'military',
  'government',
  'official',
  'officials',
  'delegation',
  'administration',
  'authorities',
  'authority',
  'embassy',
  'navy',
  'aviation',
  'interest',
  'interests',
  'base',
  'bases',
  'personnel',
  'diplomat',
  'diplomats',
  'presence',
  'warplane',
  'warplanes',
  'aircraft',
  'jet',
  'jets',
  'drone',
  'drones',
  'police',
  'negotiator',
  'negotiators',
  'leadership',
  'regime',
  'envoy',
  'president',
  'minister',
  'ministry',
  // People named by nationality as victims or parties ("two Egyptian engineers were killed").
  'civilians',
  'citizens',
  'nationals',
  'workers',
  'engineers',
  'journalists',
  'tourists',
  'people',
  'hostages',
  'prisoners',
  'pilgrims',
  'students',
  'crew',
  'sailors',
  'contractors',
  'staff',
]);

/** Nouns naming a kind of place, followed by "of <place>" ("the port of Marsa"). */
export const LOCATION_NOUNS: ReadonlySet<string> = new Set([
  'port',
  'city',
  'town',
  'village',
  'province',
  'region',
  'district',
  'capital',
  'airport',
  'border',
  'area',
  'governorate',
  'state',
  'island',
  'outskirts',
  'suburbs',
  'centre',
  'center',
  'county',
  'strip',
]);

/**
 * Words for a kind of place that make a locative phrase the event's place when it names no place entity
 * ("in the village", "at a checkpoint", "near a mosque"); abstract objects ("in response", "in
 * connection") are not places.
 */
export const PLACE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  ...LOCATION_NOUNS,
  'market',
  'marketplace',
  'street',
  'road',
  'highway',
  'square',
  'station',
  'checkpoint',
  'mosque',
  'church',
  'temple',
  'synagogue',
  'school',
  'university',
  'hospital',
  'building',
  'restaurant',
  'cafe',
  'café',
  'hotel',
  'bar',
  'club',
  'stadium',
  'mall',
  'shop',
  'store',
  'office',
  'headquarters',
  'embassy',
  'consulate',
  'compound',
  'base',
  'camp',
  'house',
  'home',
  'residence',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'quarter',
  'bridge',
  'prison',
  'jail',
  'courthouse',
  'parliament',
  'palace',
  'concert',
  'venue',
  'airfield',
  'harbour',
  'harbor',
  'scene',
  'country',
  'territory',
  'desert',
  'mountains',
  'valley',
]);

/**
 * Head words of phrases that name people or organised groups: only such a phrase (or a figure, or a
 * pronoun) is a doer ("the gunman", "militants") or a victim ("two soldiers", "71") of violence; "the
 * opportunity to attack", "a wave of shooting" and "a pension" are not.
 */
export const ANIMATE_HEADS: ReadonlySet<string> = new Set([
  // Phenomenon: people named by kinship ("a commander and his wife", "killed the couple's son") or by the
  // crime they are said to commit ("two suspected robbers", "bandits", "smugglers") are people.
  'wife',
  'wives',
  'husband',
  'husbands',
  'son',
  'sons',
  'daughter',
  'daughters',
  'mother',
  'mothers',
  'father',
  'fathers',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'parents',
  'infant',
  'infants',
  'robber',
  'robbers',
  'thief',
  'thieves',
  'bandit',
  'bandits',
  'smuggler',
  'smugglers',
  'poacher',
  'poachers',
  'looter',
  'looters',
  'gangster',
  'gangsters',
  'people',
  'person',
  'persons',
  'man',
  'men',
  'woman',
  'women',
  'child',
  'children',
  'boy',
  'boys',
  'girl',
  'girls',
  'baby',
  'babies',
  'teenager',
  'teenagers',
  'civilian',
  'civilians',
  'citizen',
  'citizens',
  'resident',
  'residents',
  'villager',
  'villagers',
  'worker',
  'workers',
  // Session 21: people named by a trade, held, freed or harmed like workers ("freed two engineers").
  'engineer',
  'engineers',
  'technician',
  'technicians',
  'student',
  'students',
  'teacher',
  'teachers',
  'doctor',
  'doctors',
  'soldier',
  'soldiers',
  'troops',
  'troop',
  'officer',
  'officers',
  'policeman',
  'policemen',
  'police',
  'guard',
  'guards',
  'guardsmen',
  'personnel',
  'general',
  'colonel',
  'major',
  'captain',
  'sergeant',
  'gunman',
  'gunmen',
  'bomber',
  'bombers',
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'terrorist',
  'terrorists',
  'insurgent',
  'insurgents',
  'rebel',
  'rebels',
  'jihadist',
  'jihadists',
  'extremist',
  'extremists',
  'suspect',
  'suspects',
  'killer',
  'killers',
  'shooter',
  'shooters',
  // Doers of violence named by what they did (a sniper, an assassin, kidnappers, hijackers, raiders).
  'sniper',
  'snipers',
  'assassin',
  'assassins',
  'kidnapper',
  'kidnappers',
  'abductor',
  'abductors',
  'hijacker',
  'hijackers',
  'raider',
  'raiders',
  'captor',
  'captors',
  'commando',
  'commandos',
  'driver',
  'drivers',
  'pilot',
  'pilots',
  'paratroopers',
  'marines',
  'victim',
  'victims',
  'passenger',
  'passengers',
  'pilgrim',
  'pilgrims',
  'worshipper',
  'worshippers',
  'worshiper',
  'worshipers',
  'protester',
  'protesters',
  'protestor',
  'protestors',
  'demonstrator',
  'demonstrators',
  'journalist',
  'journalists',
  'reporter',
  'reporters',
  'tourist',
  'tourists',
  'guest',
  'guests',
  'customer',
  'customers',
  'employee',
  'employees',
  'staff',
  'crew',
  'family',
  'families',
  'relatives',
  'others',
  'forces',
  'force',
  'army',
  'military',
  'militia',
  'militias',
  'group',
  'groups',
  'organisation',
  'organization',
  'brigade',
  'unit',
  'units',
  'regime',
  'government',
  'authorities',
  'mob',
  'crowd',
  'crowds',
  // Session 21 (evprec): the doers of a riot ("rioters torched the police station", "youths stoned the patrol").
  'rioter',
  'rioters',
  'youths',
  'security',
  'mayor',
  'governor',
  'judge',
  'prosecutor',
  'lawmaker',
  'legislator',
  'senator',
  'politician',
  'priest',
  'imam',
  'cleric',
  'activist',
  'activists',
  'opponent',
  'opponents',
  'candidate',
  'king',
  'queen',
  'prince',
]);

/** Nouns naming a role in an organisation: "the leader of X" stands for a member of X. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'leader',
  'leaders',
  'head',
  'chief',
  'commander',
  'commanders',
  'member',
  'members',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'chairman',
  'ceo',
  'director',
  'founder',
  'official',
  'officials',
  'minister',
  'secretary',
  'representative',
  'representatives',
  'envoy',
  'ambassador',
  'fighter',
  'fighters',
  'militant',
  'militants',
  // Phenomenon: a role held by several people is written in the plural ("foreign ministers of Russia and
  // Turkey met", "envoys of the two sides"): the plural names the people as the singular does.
  'heads',
  'chiefs',
  'spokesmen',
  'presidents',
  'chairmen',
  'directors',
  'founders',
  'ministers',
  'secretaries',
  'envoys',
  'ambassadors',
  'delegates',
  'delegate',
]);

/** Prepositions that introduce the place of an event. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'across',
  'throughout',
  'around',
  'into',
  'onto',
  // Session 23 (evprec): a march or a rampage goes through or along the place ("marched through the capital",
  // "rioters rampaged along the seafront"); only a named place or a word for a kind of place makes it one.
  'through',
  'along',
]);

/**
 * Nationality and demonym adjectives → the names a country entity may carry in the article. An actor
 * named by one links to the country only when that country is an entity of the same article.
 */
export const NATIONALITIES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['american', ['united states', 'united states of america', 'us', 'u s', 'usa', 'u s a', 'america']],
  ['us', ['united states', 'united states of america', 'us', 'u s', 'usa', 'america']],
  ['u.s.', ['united states', 'united states of america', 'us', 'u s', 'usa', 'america']],
  ['iraqi', ['iraq']],
  ['iranian', ['iran']],
  ['syrian', ['syria']],
  ['jordanian', ['jordan']],
  ['israeli', ['israel']],
  ['palestinian', ['palestine', 'palestinian territories']],
  ['lebanese', ['lebanon']],
  ['saudi', ['saudi arabia']],
  ['yemeni', ['yemen']],
  ['egyptian', ['egypt']],
  ['turkish', ['turkey', 'türkiye']],
  ['kuwaiti', ['kuwait']],
  ['qatari', ['qatar']],
  ['emirati', ['united arab emirates', 'uae']],
  ['russian', ['russia', 'russian federation']],
  ['ukrainian', ['ukraine']],
  ['chinese', ['china']],
  ['japanese', ['japan']],
  ['korean', ['korea', 'south korea']],
  ['indian', ['india']],
  ['pakistani', ['pakistan']],
  ['afghan', ['afghanistan']],
  ['british', ['united kingdom', 'uk', 'britain', 'great britain']],
  ['french', ['france']],
  ['german', ['germany']],
  ['italian', ['italy']],
  ['spanish', ['spain']],
  ['dutch', ['netherlands']],
  ['polish', ['poland']],
  ['canadian', ['canada']],
  ['mexican', ['mexico']],
  ['brazilian', ['brazil']],
  ['australian', ['australia']],
  ['european', ['european union', 'eu', 'europe']],
  ['libyan', ['libya']],
  ['sudanese', ['sudan']],
  ['somali', ['somalia']],
  ['nigerian', ['nigeria']],
  ['ethiopian', ['ethiopia']],
  ['kurdish', ['kurdistan', 'kurdistan region']],
  ['greek', ['greece']],
]);

/**
 * Vague quantity nouns that stand for people on their own ("Scores died", "injuring dozens more"): a
 * figure, like "71" in "71 were wounded".
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'tens',
  'millions',
]);

/** True for a head word naming people or an organised group (`ANIMATE_HEADS` or a role in an organisation). */
export function animateHead(word: string): boolean {
  // Agent and member suffixes: "activists", "civilians", "policemen", "detainees".
  return ANIMATE_HEADS.has(word) || ROLE_NOUNS.has(word) || /(?:ists?|ians?|[^o]men|[^o]man|ees)$/.test(word);
}

/**
 * Nouns for the people of a protest ("protesters", "demonstrators", "marchers"): the one list behind the crowd
 * words of clashes (`index.ts`) and the protest words force is aimed at (`readings.ts`).
 */
export const PROTESTER_NOUNS: readonly string[] = [
  'protesters',
  'protestors',
  'protester',
  'protestor',
  'demonstrators',
  'demonstrator',
  'marchers',
];
