/**
 * The event taxonomy (`schemas/event-types.json`) and the trigger lexicon built from it. The JSON file is
 * the one source of truth: types, their CAMEO root and ACLED event type, and their trigger lemmas. The file
 * is read once per process by `src/resources.ts` (`eventTaxonomy()`, `triggerLexicon()`); this module only
 * builds lookups from what it is given.
 */

/** One event type as the taxonomy file declares it. */
export interface EventTypeDef {
  id: string;
  label: string;
  category: string;
  description: string;
  cameo: { code: string; label: string } | null;
  acled: { eventType: string; subEventType?: string } | null;
  /** Keep an event of this type only when its agent (speaker, actor) is a known entity. */
  requiresAgent?: boolean;
  /** Role of an active verb's subject when it is not the agent ("the jet crashed": the jet undergoes it). */
  subjectRole?: 'patient';
  triggers: {
    verbs: string[];
    nouns: string[];
    /** Ambiguous nouns: they count only with one of these words shortly before them, or under a light verb. */
    contextNouns: Record<string, string[]>;
  };
}

/** The whole taxonomy file. */
export interface Taxonomy {
  version: number;
  types: EventTypeDef[];
}

/** Trigger lookup tables, keyed by lower-case lemma. */
export interface TriggerLexicon {
  byId: Map<string, EventTypeDef>;
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
  /** Every word that can start a noun trigger: a cheap first test before the full lookup. */
  nounKeys: Set<string>;
  /** Every word that can start a verb trigger. */
  verbKeys: Set<string>;
}

/** Builds lookup maps; throws when two types claim the same trigger, so the taxonomy stays unambiguous. */
export function buildLexicon(taxonomy: Taxonomy): TriggerLexicon {
  const lex: TriggerLexicon = {
    byId: new Map(),
    verbs: new Map(),
    phrasalVerbs: new Map(),
    nouns: new Map(),
    compoundNouns: new Map(),
    contextNouns: new Map(),
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
  for (const type of taxonomy.types) {
    lex.byId.set(type.id, type);
    for (const v of type.triggers.verbs) claim(v.includes(' ') ? lex.phrasalVerbs : lex.verbs, v, type, type);
    for (const n of type.triggers.nouns) claim(n.includes(' ') ? lex.compoundNouns : lex.nouns, n, type, type);
    for (const [n, cues] of Object.entries(type.triggers.contextNouns))
      claim(lex.contextNouns, n, { type, cues: new Set(cues) }, type);
  }
  for (const key of [...lex.nouns.keys(), ...lex.contextNouns.keys(), ...lex.compoundNouns.keys()])
    lex.nounKeys.add(key.split(' ')[0]!);
  for (const key of [...lex.verbs.keys(), ...lex.phrasalVerbs.keys()]) lex.verbKeys.add(key.split(' ')[0]!);
  return lex;
}
