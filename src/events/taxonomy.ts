/**
 * The event taxonomy (`schemas/event-types.json`) and the trigger lexicon built from it. The JSON file is
 * the one source of truth: types and subtypes, their CAMEO root, ACLED event / sub-event type and KAIROS
 * type (or the reason there is none), role names, and their trigger lemmas. The file is read once per
 * process by `src/resources.ts` (`eventTaxonomy()`, `triggerLexicon()`); this module only builds lookups
 * from what it is given.
 */
import { declareWordClass, extendWordClass } from './word-classes.js';

/** Trigger lemmas of a type or subtype. */
export interface TriggerLists {
  verbs: string[];
  nouns: string[];
  /** Ambiguous nouns: they count only with one of these words shortly before them, or under a light verb. */
  contextNouns: Record<string, string[]>;
  /** Predicative adjectives ("left eight policemen dead", "five were injured"). */
  adjectives?: string[];
  /**
   * Verbs that are events of this type only with one of the listed words heading or inside their object, or
   * as their passive subject ("cut 4,500 jobs", "the merger was cleared"); one- or two-word entries.
   */
  objectVerbs?: Record<string, string[]>;
}

/** One type an object verb may take, and the object words (single words and two-word sequences) that select it. */
export interface ObjectVerbSense {
  type: EventTypeDef;
  words: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
  /**
   * The word list holds `@place` (schema 2.8): a place name heading the object selects the type too ("captured
   * Kandar" as "captured the town"), and the object must be the verb's own, reached over no preposition but
   * "of" ("seized weapons in the town" takes no town).
   */
  place: boolean;
}

/** Mapping codes a type or subtype may set (a subtype inherits the ones it leaves out). */
interface Mappings {
  cameo?: { code: string; label: string } | null;
  acled?: { eventType: string; subEventType?: string } | null;
  /** KAIROS (LDC) event type, e.g. `Conflict.Attack.DetonateExplode`. */
  kairos?: string | null;
}

/** A finer kind of a type (an air strike is an attack): its own triggers and, where they differ, codes. */
export interface EventSubtypeDef extends Mappings {
  id: string;
  label: string;
  description: string;
  triggers: TriggerLists;
}

/** One event type as the taxonomy file declares it; a lexicon entry of a subtype carries `subtype` and its own codes. */
export interface EventTypeDef {
  id: string;
  label: string;
  category: string;
  description: string;
  cameo: { code: string; label: string } | null;
  acled: { eventType: string; subEventType?: string } | null;
  kairos?: string | null;
  /** Why a mapping is null, keyed `cameo`/`acled`/`kairos`. */
  unmapped?: Partial<Record<'cameo' | 'acled' | 'kairos', string>>;
  /** Names the record uses for the extractor's generic roles (`agent` → `attacker`). */
  roles?: Partial<Record<'agent' | 'patient', string>>;
  /** Keep an event of this type only when its agent (speaker, actor) is a known entity. */
  requiresAgent?: boolean;
  /** A noun trigger counts only under a light or result verb ("signed a deal", "led to an agreement"), not as a bare reference ("the 2015 deal"). */
  needsSupportVerb?: boolean;
  /** With `needsSupportVerb`: the verbs that make a noun of this type happen ("opened an investigation"), instead of the light verbs. */
  supportVerbs?: string[];
  /** The count a result word of this type states: of the dead or of the injured. */
  casualtyRole?: 'killed' | 'injured';
  /** Events of this type take the casualty counts of result words folded into them ("killed in an attack"). */
  causesCasualties?: boolean;
  /** Role of an active verb's subject when it is not the agent ("the jet crashed": the jet undergoes it). */
  subjectRole?: 'patient';
  triggers: TriggerLists;
  subtypes?: EventSubtypeDef[];
  /** Set on the lexicon entry of a subtype (the taxonomy file never sets it). */
  subtype?: string;
}

/** One ACLED sub-event type and the dossier types (`type` or `type/subtype`) that code it, or why none does. */
export interface AcledCoverage {
  eventType: string;
  subEventType: string;
  types: string[] | null;
  reason?: string;
}

/** The whole taxonomy file. */
export interface Taxonomy {
  version: number;
  types: EventTypeDef[];
  acledCoverage?: AcledCoverage[];
  /** Weapon and means nouns (one or two words) that fill an attack's instrument. */
  instruments?: string[];
}

/** Trigger lookup tables, keyed by lower-case lemma. */
export interface TriggerLexicon {
  byId: Map<string, EventTypeDef>;
  /** Lexicon entries of subtypes keyed `type/subtype` (`protest/strike`), for readings that pick a subtype by context. */
  subtypes: Map<string, EventTypeDef>;
  /** Single-word verb lemmas. */
  verbs: Map<string, EventTypeDef>;
  /** Phrasal verbs keyed `lemma particle` (`lay off`, `pull out`). */
  phrasalVerbs: Map<string, EventTypeDef>;
  /** Single-word noun lemmas. */
  nouns: Map<string, EventTypeDef>;
  /** Two-word nouns keyed `first second` (`air strike`). */
  compoundNouns: Map<string, EventTypeDef>;
  /** Ambiguous nouns with the cue words that make them triggers. */
  contextNouns: Map<string, { type: EventTypeDef; cues: ReadonlySet<string> }>;
  /** Predicative adjectives (`dead`, `injured`). */
  adjectives: Map<string, EventTypeDef>;
  /** Verbs whose type depends on their object (`cut` + jobs is layoffs), in taxonomy order. */
  objectVerbs: Map<string, ObjectVerbSense[]>;
  /** Instrument nouns keyed by their last word, each with the one- or two-word forms that end in it. */
  instruments: Map<string, string[]>;
  /** Every word that can start a noun trigger: a cheap first test before the full lookup. */
  nounKeys: Set<string>;
  /** Every word that can start a verb trigger. */
  verbKeys: Set<string>;
}

/**
 * Words that can start a noun trigger of a lexicon built in this process, as a word class (`word-classes.ts`):
 * `buildLexicon` adds its noun keys; the readings of `findCandidates` that start a noun trigger without a key
 * (sport results, changes of a result) add theirs where they are declared.
 */
export const NOUN_TRIGGER_CLASS = declareWordClass('noun trigger', {});

/**
 * Words that can start a verb or adjective trigger of a lexicon built in this process (`verbType` in triggers.ts):
 * `buildLexicon` adds its verb keys as lemmas, their regular forms as `verbLemma` reads them ("looted", "raped",
 * "stopped", "shelling") and its predicative adjectives; the readings of `verbType` that need no verb key (idioms,
 * verdicts, pleas, trips, marches, sport results) add theirs where they are declared.
 */
export const VERB_TRIGGER_CLASS = declareWordClass('verb trigger', {});

/**
 * The regular forms under which `verbLemma` finds a verb key `v`: v+ed, v+d, v+ing, and v without its final e+ing.
 * Forms with a doubled letter ("stopped", "shelling") are not listed (one per letter would make the class's table
 * ten times larger, and its look-ups slower): `findCandidates` tests those with the lexicon itself.
 */
function regularForms(v: string): string[] {
  const out = [`${v}ed`, `${v}d`, `${v}ing`];
  if (v.endsWith('e')) out.push(`${v.slice(0, -1)}ing`);
  return out;
}

/** Builds lookup maps; throws when two types claim the same trigger, so the taxonomy stays unambiguous. */
export function buildLexicon(taxonomy: Taxonomy): TriggerLexicon {
  const lex: TriggerLexicon = {
    byId: new Map(),
    subtypes: new Map(),
    verbs: new Map(),
    phrasalVerbs: new Map(),
    nouns: new Map(),
    compoundNouns: new Map(),
    contextNouns: new Map(),
    adjectives: new Map(),
    objectVerbs: new Map(),
    instruments: new Map(),
    nounKeys: new Set(),
    verbKeys: new Set(),
  };
  const claim = <V>(map: Map<string, V>, key: string, value: V, type: EventTypeDef): void => {
    if (map.has(key))
      throw new Error(
        `event taxonomy: trigger "${key}" of type "${type.id}" is already claimed by another type; give it to one type only`,
      );
    map.set(key, value);
  };
  const addTriggers = (type: EventTypeDef): void => {
    for (const v of type.triggers.verbs) claim(v.includes(' ') ? lex.phrasalVerbs : lex.verbs, v, type, type);
    for (const n of type.triggers.nouns) claim(n.includes(' ') ? lex.compoundNouns : lex.nouns, n, type, type);
    for (const [n, cues] of Object.entries(type.triggers.contextNouns))
      claim(lex.contextNouns, n, { type, cues: new Set(cues) }, type);
    for (const a of type.triggers.adjectives ?? []) claim(lex.adjectives, a, type, type);
    for (const [verb, words] of Object.entries(type.triggers.objectVerbs ?? {})) {
      const senses = lex.objectVerbs.get(verb) ?? [];
      // A verb may serve several types, but one object word selects one type only.
      for (const w of words)
        if (senses.some((o) => o.words.has(w) || o.pairs.has(w)))
          throw new Error(
            `event taxonomy: object "${w}" of verb "${verb}" (type "${type.id}") is already claimed by another type; give it to one type only`,
          );
      senses.push({
        type,
        words: new Set(words.filter((w) => !w.includes(' ') && w !== '@place')),
        pairs: new Set(words.filter((w) => w.includes(' '))),
        place: words.includes('@place'),
      });
      lex.objectVerbs.set(verb, senses);
    }
  };
  for (const declared of taxonomy.types) {
    const type = oneShape(declared);
    lex.byId.set(type.id, type);
    addTriggers(type);
    for (const sub of type.subtypes ?? []) {
      const entry = subtypeEntry(type, sub);
      lex.subtypes.set(`${type.id}/${sub.id}`, entry);
      addTriggers(entry);
    }
  }
  for (const key of [...lex.nouns.keys(), ...lex.contextNouns.keys(), ...lex.compoundNouns.keys()])
    lex.nounKeys.add(key.split(' ')[0]!);
  for (const key of [...lex.verbs.keys(), ...lex.phrasalVerbs.keys(), ...lex.objectVerbs.keys()])
    lex.verbKeys.add(key.split(' ')[0]!);
  // The trigger word classes (`findCandidates` passes over a word that has neither bit), made from the keys above.
  // Noun triggers: every noun key as a form and as a lemma, and as a lemma with a plural "s" (`nounForms` reads
  // "talks" as "talk"). Verb triggers: the verb keys as lemmas, their regular forms as `verbLemma` reads them, and
  // the predicative adjectives.
  extendWordClass(NOUN_TRIGGER_CLASS, {
    forms: lex.nounKeys,
    lemmas: [...lex.nounKeys, ...[...lex.nounKeys].map((w) => `${w}s`)],
  });
  extendWordClass(VERB_TRIGGER_CLASS, {
    forms: [...lex.adjectives.keys(), ...[...lex.verbKeys].flatMap(regularForms)],
    lemmas: lex.verbKeys,
  });
  for (const form of taxonomy.instruments ?? []) {
    const last = form.split(' ').pop()!;
    const list = lex.instruments.get(last) ?? [];
    list.push(form);
    lex.instruments.set(last, list);
  }
  return lex;
}

/** The lexicon entry of a subtype: the type with the subtype's triggers and the codes it overrides. */
function subtypeEntry(type: EventTypeDef, sub: EventSubtypeDef): EventTypeDef {
  return oneShape({
    ...type,
    subtypes: undefined,
    subtype: sub.id,
    cameo: sub.cameo !== undefined ? sub.cameo : type.cameo,
    acled: sub.acled !== undefined ? sub.acled : type.acled,
    kairos: sub.kairos !== undefined ? sub.kairos : (type.kairos ?? null),
    triggers: sub.triggers,
  });
}

/**
 * A lexicon entry with every field of `EventTypeDef` present (`undefined` when the taxonomy leaves it out), in
 * one order. The taxonomy file gives its types some fifteen different key sets, so every rule that reads a
 * candidate's type (`c.type.id`, `c.type.category`, in hundreds of places) met several object shapes and
 * deoptimised when an article brought one its warm-up had not seen; with one shape every such read is a
 * single check.
 */
function oneShape(t: EventTypeDef): EventTypeDef {
  return {
    id: t.id,
    label: t.label,
    category: t.category,
    description: t.description,
    cameo: t.cameo,
    acled: t.acled,
    kairos: t.kairos,
    unmapped: t.unmapped,
    roles: t.roles,
    requiresAgent: t.requiresAgent,
    needsSupportVerb: t.needsSupportVerb,
    supportVerbs: t.supportVerbs,
    casualtyRole: t.casualtyRole,
    causesCasualties: t.causesCasualties,
    subjectRole: t.subjectRole,
    triggers: t.triggers,
    subtypes: t.subtypes,
    subtype: t.subtype,
  };
}
