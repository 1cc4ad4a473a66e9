/**
 * The classes the event evaluators score, and how KAIROS event types (WikiEvents) and dossier event types
 * map onto them. eval/README.md ("eval wikievents") documents the same tables.
 *
 * A dossier type maps through the KAIROS type its taxonomy entry names (`kairos` in
 * schemas/event-types.json) when the entry has that field; otherwise through `DOSSIER_CLASS` below, a
 * fallback by type id for taxonomies that carry no KAIROS mapping.
 */
import { readFileSync } from 'node:fs';

/** The core classes analysts count. */
export const CORE_CLASSES = ['attack', 'death', 'injury', 'arrest', 'meeting', 'protest'] as const;
export type CoreClass = (typeof CORE_CLASSES)[number];

/** The argument roles scored (head match). */
export const SCORED_ROLES = ['attacker', 'target', 'victim', 'place'] as const;
export type ScoredRole = (typeof SCORED_ROLES)[number];

/**
 * KAIROS type → core class, by the longest matching prefix of the dotted type name. Types not listed
 * (Contact.Contact.Broadcast, Contact.Contact.Unspecified — mostly "said" —, Justice.ChargeIndict, …) are
 * outside the core: predictions on them of a core class are false alarms, and they are never misses.
 */
export const KAIROS_CLASS: ReadonlyArray<readonly [prefix: string, cls: CoreClass]> = [
  ['Conflict.Attack', 'attack'],
  ['Life.Die', 'death'],
  ['Life.Injure', 'injury'],
  ['Justice.ArrestJailDetain', 'arrest'],
  ['Contact.Contact.Meet', 'meeting'],
  ['Conflict.Demonstrate', 'protest'],
];

/** Core class of a KAIROS type, or null outside the core. */
export function kairosClass(kairosType: string | null | undefined): CoreClass | null {
  if (!kairosType) return null;
  let best: CoreClass | null = null;
  let bestLen = -1;
  for (const [prefix, cls] of KAIROS_CLASS) {
    if ((kairosType === prefix || kairosType.startsWith(`${prefix}.`)) && prefix.length > bestLen) {
      best = cls;
      bestLen = prefix.length;
    }
  }
  return best;
}

/** Fallback by dossier type id (today's ids and the likely names of finer ones). */
export const DOSSIER_CLASS: Readonly<Record<string, CoreClass>> = {
  attack: 'attack',
  battle: 'attack',
  bombing: 'attack',
  explosion: 'attack',
  shooting: 'attack',
  shelling: 'attack',
  'air-strike': 'attack',
  airstrike: 'attack',
  'suicide-bombing': 'attack',
  killing: 'death',
  death: 'death',
  injury: 'injury',
  arrest: 'arrest',
  detention: 'arrest',
  meeting: 'meeting',
  negotiation: 'meeting',
  talks: 'meeting',
  protest: 'protest',
  riot: 'protest',
  demonstration: 'protest',
};

interface TaxonomyEntry {
  id: string;
  kairos?: unknown;
}

/** Reads `kairos` of every taxonomy entry that has the field: a string, `{ type }`, or null. */
export function kairosByDossierType(taxonomy: { types: TaxonomyEntry[] }): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const t of taxonomy.types) {
    if (!('kairos' in t)) continue;
    const k = t.kairos;
    if (k === null) out.set(t.id, null);
    else if (typeof k === 'string') out.set(t.id, k);
    else if (typeof k === 'object' && k !== null) {
      const o = k as Record<string, unknown>;
      const v = o['type'] ?? o['eventType'] ?? o['code'];
      out.set(t.id, typeof v === 'string' ? v : null);
    }
  }
  return out;
}

/** Maps dossier type ids to core classes: KAIROS field of the taxonomy first, id fallback second. */
export class DossierClassifier {
  constructor(private readonly kairos: ReadonlyMap<string, string | null> = new Map()) {}

  /** The classifier for the taxonomy shipped in schemas/ (read from the repository root). */
  static fromRepository(): DossierClassifier {
    try {
      const url = new URL('../../../schemas/event-types.json', import.meta.url);
      return new DossierClassifier(kairosByDossierType(JSON.parse(readFileSync(url, 'utf8'))));
    } catch {
      return new DossierClassifier();
    }
  }

  classOf(type: string): CoreClass | null {
    if (this.kairos.has(type)) {
      const k = this.kairos.get(type);
      const viaKairos = kairosClass(k);
      // A taxonomy entry with an explicit KAIROS type decides; an explicit null falls back to the id
      // only for ids the fallback knows (e.g. `negotiation` → meeting has no KAIROS counterpart).
      if (viaKairos) return viaKairos;
      if (k) return null;
    }
    return DOSSIER_CLASS[type] ?? null;
  }
}

/** Scored role of a gold WikiEvents argument, given its event's class; null when not scored. */
export function goldRole(cls: CoreClass, role: string): ScoredRole | null {
  if (role === 'Place') return 'place';
  switch (cls) {
    case 'attack':
      return role === 'Attacker' ? 'attacker' : role === 'Target' ? 'target' : null;
    case 'death':
      return role === 'Killer' ? 'attacker' : role === 'Victim' ? 'victim' : null;
    case 'injury':
      return role === 'Injurer' ? 'attacker' : role === 'Victim' ? 'victim' : null;
    default:
      return null;
  }
}

/**
 * Scored role of a dossier participant role, given the event's class. `attacker` and today's `agent`
 * are the attacker of an attack, death or injury; `target` and `patient` are the target of an attack and
 * `victim` and `patient` the victim of a death or injury. An attack's `victim`s are the dead and injured of
 * the result words folded into it: KAIROS annotates them on the Life.Die / Life.Injure mention (our death
 * and injury events carry them too), not as the attack's Target, so they are not scored on the attack.
 * `place` (a participant role or `event.place`) is the place for every class. Other roles are not scored.
 */
export function predictedRole(cls: CoreClass, role: string): ScoredRole | null {
  if (role === 'place') return 'place';
  const violent = cls === 'attack' || cls === 'death' || cls === 'injury';
  if (!violent) return null;
  if (role === 'attacker' || role === 'agent') return 'attacker';
  if (cls === 'attack') return role === 'target' || role === 'patient' ? 'target' : null;
  if (role === 'target' || role === 'victim' || role === 'patient') return 'victim';
  return null;
}
