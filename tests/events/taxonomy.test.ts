/** The taxonomy file: complete, joinable to CAMEO and ACLED, unambiguous, and in step with the record schema. */
import { readFileSync } from 'node:fs';
import { buildLexicon, type Taxonomy } from '../../src/events/taxonomy.js';
import { eventTaxonomy } from '../../src/resources.js';

const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

describe('event taxonomy', () => {
  const taxonomy = eventTaxonomy();

  it('covers the political, conflict and business types the product promises', () => {
    const ids = taxonomy.types.map((t) => t.id);
    for (const id of [
      'meeting',
      'statement',
      'negotiation',
      'agreement',
      'ceasefire',
      'attack',
      'killing',
      'arrest',
      'protest',
      'deployment',
      'withdrawal',
      'appointment',
      'election',
      'threat',
      'demand',
      'sanction',
      'aid',
      'lawsuit',
      'ruling',
      'acquisition',
      'contract',
      'product-launch',
      'layoffs',
      'bankruptcy',
      'financial-result',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gives every type a description, a CAMEO root code or null, an ACLED event type or null, and triggers', () => {
    for (const t of taxonomy.types) {
      expect(t.description.length).toBeGreaterThan(10);
      if (t.cameo) expect(t.cameo.code).toMatch(/^(0[1-9]|1[0-9]|20)$/);
      if (t.acled) expect(ACLED_EVENT_TYPES).toContain(t.acled.eventType);
      expect(
        t.triggers.verbs.length +
          t.triggers.nouns.length +
          Object.keys(t.triggers.contextNouns).length +
          Object.keys(t.triggers.objectVerbs ?? {}).length,
      ).toBeGreaterThan(0);
    }
  });

  it('gives every type and subtype a KAIROS type name (Type.Subtype.Subsubtype), or null with the reason', () => {
    // Whether each name is in the KAIROS ontology is checked against the data set in tests/system/events/taxonomy-kairos.test.ts.
    const kairos = { has: (k: string) => /^[A-Z][A-Za-z]+\.[A-Za-z]+\.[A-Za-z]+$/.test(k) };
    for (const t of taxonomy.types) {
      expect(t.kairos === null || kairos.has(t.kairos!)).toBe(true);
      for (const key of ['cameo', 'acled', 'kairos'] as const) {
        if (t[key] === null) expect(t.unmapped?.[key]?.length ?? 0).toBeGreaterThan(10);
      }
      for (const sub of t.subtypes ?? []) {
        if (sub.kairos) expect(kairos.has(sub.kairos)).toBe(true);
        if (sub.acled) expect(ACLED_EVENT_TYPES).toContain(sub.acled.eventType);
      }
    }
  });

  it("covers ACLED's six event types and every sub-event type, each with a dossier type or the reason for none", () => {
    const coverage = taxonomy.acledCoverage ?? [];
    expect(new Set(coverage.map((c) => c.eventType))).toEqual(new Set(ACLED_EVENT_TYPES));
    expect(coverage.length).toBe(25);
    const ids = new Set(taxonomy.types.flatMap((t) => [t.id, ...(t.subtypes ?? []).map((s) => `${t.id}/${s.id}`)]));
    for (const c of coverage) {
      if (c.types === null) expect(c.reason?.length ?? 0).toBeGreaterThan(5);
      else for (const id of c.types) expect(ids).toContain(id);
    }
    // A subtype that names an ACLED sub-event type is the one the coverage list points to.
    for (const t of taxonomy.types)
      for (const sub of t.subtypes ?? [])
        if (sub.acled?.subEventType)
          expect(coverage.find((c) => c.subEventType === sub.acled!.subEventType)?.types).toContain(
            `${t.id}/${sub.id}`,
          );
  });

  it('covers injury, deaths that are not killings, disasters and court cases', () => {
    const ids = taxonomy.types.map((t) => t.id);
    for (const id of [
      'injury',
      'death',
      'disaster',
      'charge',
      'trial',
      'ruling',
      'sentence',
      'appeal',
      'riot',
      'abduction',
    ])
      expect(ids).toContain(id);
  });

  it('is the enum of the record schema event type', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/record.schema.json', import.meta.url), 'utf8')) as {
      definitions: { event: { properties: { type: { enum: string[] } } } };
    };
    expect(schema.definitions.event.properties.type.enum).toEqual(taxonomy.types.map((t) => t.id));
  });

  it('refuses a trigger claimed by two types', () => {
    const clash: Taxonomy = {
      version: 1,
      types: ['a', 'b'].map((id) => ({
        id,
        label: id,
        category: 'x',
        description: 'a test type here',
        cameo: null,
        acled: null,
        triggers: { verbs: ['meet'], nouns: [], contextNouns: {} },
      })),
    };
    expect(() => buildLexicon(clash)).toThrow(/"meet" of type "b" is already claimed/);
  });

  it('gives every lexicon entry, type or subtype, the same fields in the same order, keeping what each declares', () => {
    // One object shape for all types: the rules read `c.type.…` on every candidate (see oneShape).
    const lex = buildLexicon(taxonomy);
    const entries = [...lex.byId.values(), ...lex.subtypes.values()];
    const keys = new Set(entries.map((e) => Object.keys(e).join(',')));
    expect(keys.size).toBe(1);
    for (const declared of taxonomy.types) {
      const entry = lex.byId.get(declared.id)!;
      for (const [key, value] of Object.entries(declared)) expect(entry[key as keyof typeof entry]).toBe(value);
    }
    const strike = lex.subtypes.get('protest/strike')!;
    expect(strike.subtype).toBe('strike');
    expect(strike.subtypes).toBeUndefined();
    expect(lex.byId.get('protest')!.subtype).toBeUndefined();
  });
});
