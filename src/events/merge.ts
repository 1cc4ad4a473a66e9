/**
 * Within an article, the same event told twice becomes one event with several evidence spans. Two
 * mentions are the same event when they have the same type, compatible status, dates and places, and
 * - stand in one sentence and share a participant, or one of them names nobody ("In a statement, … the
 *   coordination stated"); or
 * - in different sentences, share a participant and the trigger word ("held a meeting" … "the meeting"),
 *   or the later one is a definite description naming nobody, close by ("… held talks. The talks ended").
 */
import type { CasualtyCount, EventArgument, EventDate, EventParticipant, EventStatus, Evidence } from '../types.js';
import { formatPoint, parseDay, pointOf } from '../timex/calendar.js';
import { combineCounts } from './casualties.js';
import type { Aside } from './salience.js';

/** An event before merging and filtering. */
export interface DraftEvent {
  type: string;
  /** The most specific subtype any mention names. */
  subtype: string | null;
  trigger: Evidence;
  /** Trigger spans of every merged mention, in text order. */
  mentions: Evidence[];
  casualties: { killed?: CasualtyCount; injured?: CasualtyCount };
  instrument: Evidence | null;
  /** The event a result word (a death, an injury) was caused by, when it was folded into one. */
  cause: DraftEvent | null;
  /** The draft this one was merged into (set by merging; a first mention is the merged event itself). */
  into?: DraftEvent;
  sentence: number;
  date: EventDate;
  participants: EventParticipant[];
  /** Every argument with its words, in role then text order (the union over merged mentions). */
  arguments: EventArgument[];
  place: string | null;
  status: EventStatus;
  reportedBy: string | null;
  evidence: Evidence[];
  confidence: number;
  /** The text marks this mention as a new occurrence ("attacked again", "another meeting"): never merged into an earlier one. */
  distinct: boolean;
  /** The noun names events before the story's ("previous attacks"): it and the story's mentions never merge. */
  prior?: boolean;
  /**
   * The mention counts occurrences over a span or a trend ("have killed 4,000 people since 2012", "Cholera has
   * killed 300 this year"): a total, which neither retells one event nor is retold by one.
   */
  total?: boolean;
  /**
   * A noun named as the crime of an arrest, a charge or a trial, or as what a reaction is to ("arrested four men in
   * connection with the market attack on Tuesday", "condemned the bombing"): an event known already.
   */
  crime?: boolean;
  /** Lemmas of the trigger words of every merged mention. */
  lemmas: string[];
  /** A definite event noun ("the talks", "this attack"): it may refer back to an earlier mention. */
  definite: boolean;
  /** Paragraph numbers of every merged mention. */
  paragraphs: number[];
  /** A definite mention of this type may refer back across paragraphs (violent events, disasters: one per article as a rule). */
  anaphoricAnywhere: boolean;
  /** A predicate noun naming what a pronoun points at ("This is an exceptional accident"): a label of an event told already. */
  label?: boolean;
  /** A speaker quoted on violence done to them ('"They tried to kill me"'): a retelling of the article's event. */
  selfTold?: boolean;
  /** The mention stands in the article's headline, which restates the lead. */
  headline?: boolean;
  /** The mention stands in the article's lead paragraph and names one event (a verb or a singular noun). */
  lead?: boolean;
  /** The trigger is a type-neutral word for a calamity ("disaster", "tragedy") that may name an accident or an attack. */
  genericLabel?: boolean;
  /**
   * Sentences in which a mention of this event is one its clause is ordered against or caused by ("two days
   * after the bombing", "prompting airstrikes", "in retaliation for the raid"): there it is another event
   * than the clause's.
   */
  relatedIn?: number[];
  /**
   * Session 22: the first mention is a verb opening a clause of order ("two days after rebels shelled the town"):
   * another event than any other told in its sentence.
   */
  ordered?: boolean;
  /** The mention is a verb ("killed"), not a noun. */
  verbal?: boolean;
  /** Sentences in which a mention of this event is told anew: a verb or an indefinite noun ("a gunfight"). */
  toldIn?: number[];
  /** Why every mention merged so far is told in passing (see salience.ts); null once one mention is news. */
  aside?: Aside;
}

const SOURCE_RANK: Record<EventDate['source'], number> = {
  clause: 3,
  sentence: 2,
  relative: 2,
  narrative: 1,
  tense: 1,
  publication: 1,
  unknown: 0,
};
const ROLE_RANK: Record<EventParticipant['role'], number> = {
  agent: 4,
  attacker: 4,
  patient: 3,
  target: 3,
  victim: 3,
  recipient: 2,
  source: 1,
  participant: 0,
  instrument: 0,
};
/** How many earlier events of a type a new one is compared with (keeps merging linear on huge inputs). */
const MERGE_WINDOW = 64;

function statusCompatible(a: EventStatus, b: EventStatus): boolean {
  if (a === b) return true;
  const asserted = (s: EventStatus): boolean =>
    s === 'occurred' || s === 'reported' || s === 'claimed' || s === 'ongoing';
  return asserted(a) && asserted(b);
}

/** Dates conflict only when both come from the text near the trigger and neither contains the other. */
function datesCompatible(a: EventDate, b: EventDate, weeks = true): boolean {
  if (SOURCE_RANK[a.source] < 2 || SOURCE_RANK[b.source] < 2 || a.value === null || b.value === null) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value) || (weeks && weekHolds(a.value, b.value));
}

const WEEK_VALUE = /^\d{4}-W\d{2}$/;

/**
 * Session 21 (the lead): a week contains its days, though its value is no prefix of theirs: "last week's
 * election" (2026-W35) and "the vote on Saturday" (2026-08-29) may be one event. Only where a noun names one of
 * them (see sameEvent): two verbs ("the son met him last week" … "the president met him Sunday") tell two events
 * of the week as often as one.
 */
function weekHolds(a: string, b: string): boolean {
  const [week, day] = WEEK_VALUE.test(a) ? [a, b] : WEEK_VALUE.test(b) ? [b, a] : [null, null];
  if (week === null) return false;
  const d = parseDay(day);
  return d !== null && formatPoint(pointOf(d, 'week')) === week;
}

/**
 * Subtypes that are the opposite of their type's other events: a resignation is no appointment of its type
 * ("named Kim chief executive on Thursday, a week after Lee resigned" tells two events, whoever shares them).
 */
const OPPOSITE_SUBTYPES: ReadonlySet<string> = new Set(['resignation']);

function sameEvent(a: DraftEvent, b: DraftEvent): boolean {
  if (b.distinct || a.type !== b.type || !statusCompatible(a.status, b.status)) return false;
  // Phenomenon (session 20): a definite crime of a legal step with a time expression after it ("police arrested
  // four suspects in connection with the market attack on Tuesday") is ambiguous: the time may be the arrest's.
  // Such a noun names an event known already, so a date of its own that conflicts with an earlier telling does not
  // make it a new event (the merged event keeps the earlier telling's date); the other tests still apply.
  // It must name what the earlier telling names: its trigger word, its weapon, a party or its place.
  const weeks = a.verbal !== true || b.verbal !== true;
  if (!datesCompatible(a.date, b.date, weeks) && !(b.crime === true && b.definite && namesTheSame(a, b))) return false;
  if (a.subtype !== b.subtype && (OPPOSITE_SUBTYPES.has(a.subtype ?? '') || OPPOSITE_SUBTYPES.has(b.subtype ?? '')))
    return false;
  if (a.type === 'disaster' && !hazardsCompatible(a.lemmas, b.lemmas)) return false;
  // Phenomenon (session 16): a disaster covers an area, and a definite retelling names another part of it
  // ("An earthquake struck the south of Velmar … The quake was felt in the capital", "the storm then hit the
  // coast"): the same disaster, not a second one. Another disaster is told as one ("another quake", "a
  // second storm": `distinct`), or with a date of its own (datesCompatible).
  const spreads = a.type === 'disaster' && b.definite;
  if (a.place !== null && b.place !== null && a.place !== b.place && !spreads) return false;
  // "Previous attacks" are other events than the story's: neither retells the other.
  if ((a.prior ?? false) !== (b.prior ?? false)) return false;
  // Phenomenon (session 20): a total over a span told first ("The rebels have killed more than 4,000 people since
  // 2012") is no first mention of a later event of one day told in another sentence ("gunmen killed six
  // travellers on Monday"): merged, the day's row took the total's toll. Such a mention never merges into a total
  // (`distinct` keeps a total from merging into an earlier event). In the total's own sentence a verb coordinated
  // with it shares its span ("have bombed two towns and fired shells at a post since May").
  if (a.total === true && b.total !== true && !shareSentence(a, b)) return false;
  // A habit or trend is a kind of event, not one that a second mention could retell.
  if (a.status === 'generic' || b.status === 'generic') return false;
  // A new draft is compared with up to MERGE_WINDOW earlier ones and each holds a handful of participants
  // and evidence spans: scanning the short lists beats building two sets per comparison.
  // "This is an exceptional accident": a label names the event the story is telling, not a new one.
  if (b.label) return true;
  // Phenomenon: a quoted speaker telling what was done to them ('"They tried to assassinate me," she said')
  // retells the violence the article reports, in another sentence, with no other attacker named.
  if (b.selfTold === true && !shareSentence(a, b) && !partiesConflict(a, b)) return true;
  const share = shareParticipant(a, b);
  // Phenomenon: a sentence that orders one event against another ("died in a shootout two days after the
  // bombing") or makes it the other's consequence ("raided the post, prompting airstrikes"; "attacked the
  // village in retaliation for the raid") tells two events: none is before, or the cause of, itself.
  // A definite noun beside it may still retell it ("following the attack, some blamed the attack on …").
  if (relatedTo(a, b) || relatedTo(b, a)) return false;
  // Session 22: a verb in a clause of order ("The raid came two days after rebels shelled the town") tells its
  // own event, never the one its sentence's main clause tells, named by a definite noun or not.
  if (orderedVerbBeside(a, b) || orderedVerbBeside(b, a)) return false;
  if (shareSentence(a, b)) return share || a.participants.length === 0 || b.participants.length === 0;
  // A retelling in another sentence names the same kind of violence: a bombing does not retell a gunfight.
  if (!weaponsCompatible(a.subtype, b.subtype)) return false;
  // A definite violent event ("the blast", "the attack on the base") refers back to the one the article
  // reports, wherever it stands, unless it names other parties or is marked as new.
  // Parties conflict only in a role both name: a claim naming the attacker ("the Taliban claimed the attack")
  // retells an attack told with its victims only.
  if (b.definite && b.anaphoricAnywhere && (share || !partiesConflict(a, b))) return true;
  if (leadToldInDetail(a, b)) return true;
  // Phenomenon: a violent event told again with a verb in another section ("==Attack== A suicide bomber …
  // crashed into a NATO foot patrol" after "a suicide bomber blew himself up, killing six NATO service
  // members") names the same victims: with no date of its own and no other attacker, it is the event told.
  if (
    b.anaphoricAnywhere &&
    b.verbal === true &&
    SOURCE_RANK[b.date.source] < 2 &&
    sameUndergoer(a, b) &&
    !partiesConflict(a, b)
  )
    return true;
  // The same thing acted on, told with another verb ("Apple has introduced the new phone" … "Jobs
  // unveiled the device"): for events that are not violence, the thing launched, bought or delivered
  // names the event, whoever the text says did it.
  if (!a.anaphoricAnywhere && !b.anaphoricAnywhere && themeShared(a, b)) return true;
  // A nameless retelling close by: a definite description ("The talks ended"), or the same trigger word
  // again ("The A380 was delivered today. After the plane was delivered in Singapore, …").
  // A verb with its doer named in words ("the police killed two suspects") tells who did it: such a mention
  // names somebody, and is no nameless retelling.
  const namesDoer = b.verbal === true && b.arguments.some((x) => x.role === 'agent' || x.role === 'attacker');
  if (b.participants.length === 0 && !namesDoer && (b.definite || b.lemmas.some((l) => a.lemmas.includes(l))))
    return b.paragraphs.some((p) => a.paragraphs.some((q) => p - q <= 1 && p >= q));
  // Phenomenon: the reverse: a first mention naming nobody ("read at a rally on Wednesday night") retold
  // close by with the same noun and a definite article that now says who took part or what it was ("the
  // rally of several thousand scientists, addressed by the student leader"). Nothing it names can conflict
  // with a mention that names nobody, nor with one that names only who attended ("a rally attended by the
  // president"): an attendee is on neither side.
  const namesSide = a.participants.some((p) => side(p.role) !== null);
  if (!namesSide && b.definite && b.lemmas.some((l) => a.lemmas.includes(l)))
    return b.paragraphs.some((p) => a.paragraphs.some((q) => p - q <= 1 && p >= q));
  return share && (b.definite || b.lemmas.some((l) => a.lemmas.includes(l)));
}

/**
 * Phenomenon (session 21): wire and broadcast leads sum up the story's violence without a date, in the present
 * perfect ("Authorities say gunmen have killed 12 civilians in an attack on a village"), and the next paragraph
 * tells when and how ("The gunmen arrived late Friday and opened fire on residents of Dablo"): one event, dated
 * by the detail. Told apart, the attack was counted twice, once on the publication date. The lead names one
 * event (a verb or a singular noun: "in attacks on two villages" sums up several) and no date of its own; the
 * detail is a verb with its own date in the paragraph right after; neither names another doer, and the detail
 * states no other death toll. Their words for who underwent it may differ (a summary says "civilians", the
 * detail "residents").
 */
function leadToldInDetail(a: DraftEvent, b: DraftEvent): boolean {
  if (!(a.lead === true || a.headline === true) || !a.anaphoricAnywhere || b.verbal !== true) return false;
  if (SOURCE_RANK[a.date.source] >= 2 || SOURCE_RANK[b.date.source] < 2 || a.total === true || a.prior === true)
    return false;
  const leadParagraph = Math.max(...a.paragraphs);
  if (!b.paragraphs.every((p) => p === leadParagraph + 1)) return false;
  const killed = (d: DraftEvent): number | undefined => d.casualties.killed?.value;
  if (killed(b) !== undefined && killed(b) !== killed(a)) return false;
  const doers = (d: DraftEvent): string[] => d.participants.filter((p) => side(p.role) === 'doer').map((p) => p.entity);
  const mine = doers(a);
  const theirs = doers(b);
  return mine.length === 0 || theirs.length === 0 || theirs.some((e) => mine.includes(e));
}

// sameEvent runs for every pair of mentions of a type within MERGE_WINDOW: the three tests below are loops over
// short lists rather than nested `some` callbacks, which allocate a closure per call until V8 optimises them.

/** Some entity takes part in both. */
function shareParticipant(a: DraftEvent, b: DraftEvent): boolean {
  for (const p of b.participants) for (const q of a.participants) if (q.entity === p.entity) return true;
  return false;
}

/** `d` is named, in a sentence that tells `other`, as an event the sentence relates another to. */
/** `d`'s first mention is a verb in a clause of order (`ordered`), in a sentence where `other` has a mention. */
function orderedVerbBeside(d: DraftEvent, other: DraftEvent): boolean {
  if (d.ordered !== true) return false;
  for (const e of other.evidence) if (e.sentence === d.sentence) return true;
  return false;
}

function relatedTo(d: DraftEvent, other: DraftEvent): boolean {
  if (d.relatedIn === undefined || other.toldIn === undefined) return false;
  for (const s of d.relatedIn) if (other.toldIn.includes(s)) return true;
  return false;
}

/** `b` names what `a` names: a trigger lemma, a weapon (subtype), a participant or a place. */
function namesTheSame(a: DraftEvent, b: DraftEvent): boolean {
  for (const l of b.lemmas) if (a.lemmas.includes(l)) return true;
  if (a.subtype !== null && a.subtype === b.subtype) return true;
  return shareParticipant(a, b) || (a.place !== null && a.place === b.place);
}

/** Some sentence is evidence of both. */
function shareSentence(a: DraftEvent, b: DraftEvent): boolean {
  for (const e of b.evidence) for (const x of a.evidence) if (x.sentence === e.sentence) return true;
  return false;
}

/** Both name the same entity as who underwent the event (victim, target or patient). */
function sameUndergoer(a: DraftEvent, b: DraftEvent): boolean {
  return b.participants.some(
    (p) =>
      side(p.role) === 'undergoer' && a.participants.some((q) => q.entity === p.entity && side(q.role) === 'undergoer'),
  );
}

/** The side of an event a participant role stands on: who did it, or who underwent it. */
function side(role: EventParticipant['role']): 'doer' | 'undergoer' | null {
  if (role === 'agent' || role === 'attacker') return 'doer';
  if (role === 'patient' || role === 'target' || role === 'victim') return 'undergoer';
  return null;
}

/**
 * Phenomenon: two mentions name other parties only when they name different ones on the same side: another
 * attacker, another victim. A retelling often adds the side the first telling left out ("a suicide bomber
 * killed six soldiers" … "the Taliban claimed responsibility for the attack"; "The bombing … the police
 * blamed ETA for the bombing").
 */
function partiesConflict(a: DraftEvent, b: DraftEvent): boolean {
  for (const which of ['doer', 'undergoer'] as const) {
    const mine = a.participants.filter((p) => side(p.role) === which);
    const theirs = b.participants.filter((p) => side(p.role) === which);
    if (mine.length > 0 && theirs.length > 0 && !theirs.some((p) => mine.some((q) => q.entity === p.entity)))
      return true;
    // The words of who underwent it too: "three American soldiers were killed" is not "the assassination of
    // prominent leaders". Not of who did it: an attacker is told by many descriptions ("the organisation",
    // "a high-ranking ETA figure"). Pronouns ("they", "it") stand for somebody named elsewhere.
    if (which === 'doer') continue;
    // Role by role: what was aimed at ("civilians") is not who died ("11 people").
    for (const role of ['victim', 'target', 'patient'] as const) {
      const heads = (d: DraftEvent): string[] =>
        d.arguments
          .filter((x) => x.role === role && !PRONOUNS.has(x.head.text.toLowerCase()))
          .map((x) => x.head.text.toLowerCase());
      const hm = heads(a);
      const ht = heads(b);
      if (hm.length > 0 && ht.length > 0 && !ht.some((h) => hm.includes(h))) return true;
    }
  }
  return false;
}

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'them', 'him', 'her', 'we', 'us', 'who']);

/**
 * Session 15: the kind of hazard a disaster word names. A landslide is not the earthquake of the same article,
 * nor a flood the storm's: each is its own disaster with its own dead, and merging them puts one's toll on
 * the other ("An earthquake struck the south, killing 14. … Nine people died in a landslide in the north").
 * Words of one kind retell each other (`quake` the `earthquake`, the `tsunami` it raised, an `aftershock`); a
 * type-neutral word (`disaster`) or a word not listed may retell any.
 */
const HAZARD_KIND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    seismic: ['earthquake', 'quake', 'tremor', 'aftershock', 'tsunami'],
    flood: ['flood', 'flooding', 'floods', 'deluge', 'flash-flood'],
    landslide: ['landslide', 'mudslide', 'landslip', 'avalanche', 'rockslide'],
    storm: ['hurricane', 'cyclone', 'typhoon', 'storm', 'tornado', 'blizzard'],
    fire: ['wildfire', 'bushfire', 'forest-fire'],
    volcano: ['eruption', 'volcano'],
    drought: ['drought', 'famine', 'heatwave', 'heat-wave'],
    disease: ['outbreak', 'epidemic', 'pandemic'],
  }).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

function hazardsCompatible(a: readonly string[], b: readonly string[]): boolean {
  const kinds = (ls: readonly string[]): Set<string> =>
    new Set(ls.flatMap((l) => (HAZARD_KIND.has(l) ? [HAZARD_KIND.get(l)!] : [])));
  const ka = kinds(a);
  const kb = kinds(b);
  if (ka.size === 0 || kb.size === 0) return true;
  return [...kb].some((k) => ka.has(k));
}

/** Attack subtypes told with firearms; the others (bombs, shells, air strikes, grenades) are explosive. */
const FIREARM_SUBTYPES: ReadonlySet<string> = new Set(['shooting', 'armed-clash']);
const EXPLOSIVE_SUBTYPES: ReadonlySet<string> = new Set([
  'explosion',
  'suicide-bomb',
  'grenade',
  'air-strike',
  'shelling',
  'chemical',
]);

/**
 * Phenomenon: a definite retelling names the kind of violence it retells: "the bombing" or "the blast" does
 * not refer back to a gunfight or clashes, nor "the shootout" to an explosion. A plain "the attack" (no
 * subtype) may retell either.
 */
function weaponsCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return !(
    (FIREARM_SUBTYPES.has(a) && EXPLOSIVE_SUBTYPES.has(b)) ||
    (EXPLOSIVE_SUBTYPES.has(a) && FIREARM_SUBTYPES.has(b))
  );
}

/** Words of a bare definite description: "the device", "the new plane" (no name, no possessor). */
const DEFINITE_DESCRIPTION = /^(?:the|this|that)(?: [a-z-]+){1,2}$/;

/**
 * The later mention acts on the thing the earlier one did: the same entity, the same name (a capitalised
 * head word: "iPhone"), or a bare definite description ("the device") standing for the thing an earlier
 * mention named. An unnamed thing in each ("a new service" … "a new service") is not enough.
 */
function themeShared(a: DraftEvent, b: DraftEvent): boolean {
  // Read for every pair of drafts compared: loops over the two argument lists, no filtered copies of them.
  if (!a.arguments.some((x) => x.role === 'patient')) return false;
  for (const t of b.arguments) {
    if (t.role !== 'patient') continue;
    if (t.entity !== undefined && a.arguments.some((x) => x.role === 'patient' && x.entity === t.entity)) return true;
    if (/^\p{Lu}/u.test(t.head.text) && a.arguments.some((x) => x.role === 'patient' && x.head.text === t.head.text))
      return true;
    if (t.entity === undefined && DEFINITE_DESCRIPTION.test(t.text)) return true;
  }
  return false;
}

function betterDate(a: EventDate, b: EventDate): EventDate {
  if (SOURCE_RANK[b.source] !== SOURCE_RANK[a.source]) return SOURCE_RANK[b.source] > SOURCE_RANK[a.source] ? b : a;
  return (b.value?.length ?? 0) > (a.value?.length ?? 0) ? b : a;
}

/**
 * A copy of an argument under `role`, its keys in the order the record writes them (`entity` last, only when
 * the words name one). Spelled out rather than spread: arguments come in two key sets and from several
 * places, and a spread of objects of many shapes takes the engine's slow path (it was the stage's largest
 * single cost when the records were made).
 */
export function copyArgument(a: EventArgument, role: EventArgument['role'] = a.role): EventArgument {
  const out: EventArgument = { role, start: a.start, end: a.end, text: a.text, sentence: a.sentence, head: a.head };
  if (a.entity !== undefined) out.entity = a.entity;
  if (a.inherited === true) out.inherited = true;
  return out;
}

/** True when the spans are in order of their starts. */
function byStart(spans: readonly Evidence[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

function absorb(into: DraftEvent, other: DraftEvent): void {
  for (const p of other.participants) {
    const have = into.participants.find((q) => q.entity === p.entity);
    if (!have) into.participants.push({ ...p });
    else if (ROLE_RANK[p.role] > ROLE_RANK[have.role]) have.role = p.role;
  }
  // Each mention keeps the arguments of its own sentence: a phrase is one argument wherever it is told.
  for (const a of other.arguments)
    if (!into.arguments.some((b) => b.head.start === a.head.start && b.role === a.role))
      into.arguments.push(copyArgument(a));
  into.date = betterDate(into.date, other.date);
  into.place ??= other.place;
  into.subtype ??= other.subtype;
  into.instrument ??= other.instrument;
  for (const m of other.mentions) if (!into.mentions.some((x) => x.start === m.start)) into.mentions.push(m);
  // Sorted only when out of order: most merges add a later mention, and a sort allocates its work copy.
  if (!byStart(into.mentions)) into.mentions.sort((x, y) => x.start - y.start);
  for (const role of ['killed', 'injured'] as const) {
    const theirs = other.casualties[role];
    if (!theirs) continue;
    const mine = into.casualties[role];
    into.casualties[role] = mine ? combineCounts(mine, theirs) : theirs;
  }
  if (into.status !== 'reported' && other.status === 'reported') {
    into.status = 'reported';
    into.reportedBy = other.reportedBy;
  }
  into.reportedBy ??= other.reportedBy;
  for (const e of other.evidence) if (!into.evidence.some((x) => x.start === e.start)) into.evidence.push(e);
  for (const l of other.lemmas) if (!into.lemmas.includes(l)) into.lemmas.push(l);
  for (const p of other.paragraphs) if (!into.paragraphs.includes(p)) into.paragraphs.push(p);
  if (other.relatedIn?.length) into.relatedIn = [...(into.relatedIn ?? []), ...other.relatedIn];
  if (other.toldIn?.length) into.toldIn = [...(into.toldIn ?? []), ...other.toldIn];
  // An event one mention reports as news is news, however its other mentions tell it.
  if (!other.aside) into.aside = null;
  into.evidence.sort((x, y) => x.start - y.start);
  into.confidence = Math.round(Math.min(0.95, Math.max(into.confidence, other.confidence) + 0.05) * 100) / 100;
}

/**
 * Merges drafts (in text order) describing one event; the earliest mention keeps the trigger. A second
 * pass catches mentions that became mergeable only after gaining participants in the first. Merging is in
 * place: the events returned are the drafts of first mentions, having absorbed the later ones.
 */
export function mergeEvents(drafts: readonly DraftEvent[]): DraftEvent[] {
  const once = mergePass(drafts);
  return mergeHeadline(once.length === drafts.length ? once : mergePass(once));
}

/**
 * A headline restates the lead: an event told only in the headline is the same as the first event of its
 * type in the body when their status, dates and places agree ("Apple unveils iPhone 4" … "Jobs unveiled
 * iPhone 4 on Monday"). A headline's type-neutral calamity word ("Air France disaster") names the body's
 * first accident, attack or disaster. The body's event keeps its type; the headline's mention joins it.
 */
function mergeHeadline(events: DraftEvent[]): DraftEvent[] {
  // Only an event told in the headline alone: one the lead retold has merged already.
  const heads = events.filter((e) => e.headline && e.mentions.every((m) => m.sentence === e.sentence));
  if (heads.length === 0) return events;
  const gone = new Set<DraftEvent>();
  for (const h of heads) {
    const body = events.find(
      (e) =>
        !e.headline &&
        !gone.has(e) &&
        (e.type === h.type || (h.genericLabel === true && e.anaphoricAnywhere)) &&
        statusCompatible(e.status, h.status) &&
        e.status !== 'generic' &&
        datesCompatible(e.date, h.date) &&
        (e.place === null || h.place === null || e.place === h.place),
    );
    if (!body) continue;
    if (body.type === h.type) {
      absorb(h, body);
      body.into = h;
      gone.add(body);
    } else {
      absorb(body, h);
      h.into = body;
      gone.add(h);
    }
  }
  return events.filter((e) => !gone.has(e));
}

function mergePass(drafts: readonly DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  const byType = new Map<string, DraftEvent[]>();
  for (const d of drafts) {
    const same = byType.get(d.type) ?? [];
    let target: DraftEvent | null = null;
    for (let i = same.length - 1; i >= 0 && same.length - i <= MERGE_WINDOW; i--) {
      if (sameEvent(same[i]!, d)) {
        target = same[i]!;
        break;
      }
    }
    if (target) {
      absorb(target, d);
      d.into = target;
      continue;
    }
    // The first mention of an event becomes the merged event itself: a draft's lists and objects are its
    // own (extraction builds them fresh for each draft) and nothing reads a draft once it is merged, so
    // later mentions are absorbed into it in place instead of into a copy.
    out.push(d);
    same.push(d);
    byType.set(d.type, same);
  }
  return out;
}
