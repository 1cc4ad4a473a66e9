import { canonicalKey, entityId } from '../../src/ids.js';
import { assignCanonicalIds, canonicalNameKey, parseAliasTable } from '../../src/entities/canonical.js';
import { aliasTable } from '../../src/resources.js';
import { groupMentions } from '../../src/ner/aliases.js';
import type { EntityRecord, EntityType, Mention } from '../../src/types.js';

const aliases = aliasTable();
const same = (type: EntityType, a: string, b: string) =>
  expect(canonicalNameKey(type, a, aliases)).toBe(canonicalNameKey(type, b, aliases));
const differ = (type: EntityType, a: string, b: string) =>
  expect(canonicalNameKey(type, a, aliases)).not.toBe(canonicalNameKey(type, b, aliases));

describe('canonical keys: general rules', () => {
  test('dots of an abbreviation do not count: "the U.N. said" = "the UN said"', () => {
    expect(canonicalKey('group', 'U.N.')).toBe(canonicalKey('group', 'UN'));
    expect(canonicalKey('place', 'U.S.')).toBe('us');
  });

  test('a possessive ending does not count: "Boeing\'s order book" = Boeing', () => {
    expect(canonicalKey('group', "Boeing's")).toBe('boeing');
    expect(canonicalKey('group', 'Reuters\u2019')).toBe('reuters');
  });

  test('a group\'s legal-form suffix does not count: "Acme Widgets Inc. sued Acme Widgets Corp."', () => {
    expect(canonicalKey('group', 'Acme Widgets Inc.')).toBe('acme widgets');
    expect(canonicalKey('group', 'Acme Widgets Corp.')).toBe('acme widgets');
    expect(canonicalKey('group', 'Acme Widgets Ltd')).toBe('acme widgets');
    expect(canonicalKey('group', 'Smith & Co.')).toBe('smith');
    // Only for groups, and never down to nothing.
    expect(canonicalKey('person', 'Jane Co')).toBe('jane co');
    expect(canonicalKey('group', 'Company')).toBe('company');
  });

  test('a leading "the" does not count: "The Red Cross" = "Red Cross"', () => {
    expect(canonicalKey('group', 'The Red Cross')).toBe(canonicalKey('group', 'Red Cross'));
  });

  test('ids hash the type and the canonical key', () => {
    expect(entityId('group', 'Apple Inc.')).toBe(entityId('group', 'Apple'));
    expect(entityId('group', 'Apple')).not.toBe(entityId('place', 'Apple'));
  });
});

describe('canonical keys: the curated list', () => {
  test('country variants: "U.S.", "US", "USA", "America" and "United States" are one', () => {
    for (const v of ['U.S.', 'US', 'USA', 'America', 'the United States of America']) same('place', v, 'United States');
    for (const v of ['U.K.', 'UK', 'Britain', 'Great Britain']) same('place', v, 'United Kingdom');
  });

  test('organisation variants: "Apple Computer" and "Apple Inc." are Apple; Apple Records is not', () => {
    same('group', 'Apple Computer', 'Apple Inc.');
    same('group', 'Apple Computer Inc.', 'Apple');
    differ('group', 'Apple Records', 'Apple');
    same('group', 'NATO', 'North Atlantic Treaty Organization');
  });

  test('an ambiguous name is never listed: "Georgia", "Congress" stay as they are', () => {
    expect(canonicalNameKey('place', 'Georgia', aliases)).toBe('georgia');
    expect(canonicalNameKey('group', 'Congress', aliases)).toBe('congress');
  });

  test('the list file is parsed: type, canonical, variants; comments skipped', () => {
    const t = parseAliasTable('# c\ngroup\tWidget Makers Union\tWMU|W.M.U.\nplace\tAtlantis\tAtlantica\n');
    expect(t.byType.group.get('wmu')).toBe('widget makers union');
    expect(t.places.get('atlantica')).toBe('atlantis');
  });
});

describe('assigning ids in an article', () => {
  const mention = (text: string, start: number, type: EntityType) => ({
    start,
    end: start + text.length,
    text,
    sentence: 0,
    type,
  });
  const entity = (type: EntityType, name: string, start: number): EntityRecord => ({
    id: 'x',
    type,
    name,
    aliases: [],
    mentions: [mention(name, start, type)],
  });

  test('"US" and "America" in one article become one entity with both forms', () => {
    const out = assignCanonicalIds(
      [entity('place', 'US', 0), entity('group', 'NATO', 10), entity('place', 'America', 30)],
      aliases,
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ type: 'place', name: 'America', aliases: ['US'] });
    expect(out[0]!.mentions.map((m) => m.start)).toEqual([0, 30]);
    expect(out[0]!.id).toBe(entityId('place', 'United States'));
  });

  test('linked places take the GeoNames id as their key: two "Georgia"s stay apart', () => {
    const state = {
      ...entity('place', 'Georgia', 0),
      geo: {
        geonamesId: 4197000,
        name: 'Georgia',
        lat: 33,
        lon: -83,
        countryCode: 'US',
        level: 'admin1' as const,
        confidence: 0.9,
      },
    };
    const country = {
      ...entity('place', 'Georgia', 0),
      geo: {
        geonamesId: 614540,
        name: 'Georgia',
        lat: 42,
        lon: 43,
        countryCode: 'GE',
        level: 'country' as const,
        confidence: 0.9,
      },
    };
    const [a] = assignCanonicalIds([state], aliases);
    const [b] = assignCanonicalIds([country], aliases);
    expect(a!.id).not.toBe(b!.id);
    expect(a!.id).toMatch(/^plc_[0-9a-f]{16}$/);
  });
});

describe('an acronym defined in the article joins the full name', () => {
  test('"the Weather Bureau of Atlantis (WBA) … WBA said" is one group, with the full name\'s id', () => {
    const text = 'Forecasters at the Weather Bureau of Atlantis (WBA) warned of storms. WBA said rain would follow.';
    const at = (name: string, from = 0): Mention => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, text: name, sentence: 0, type: 'group' };
    };
    const mentions = [at('Weather Bureau of Atlantis'), at('WBA'), at('WBA', text.indexOf('WBA') + 1)];
    const [entity, ...rest] = assignCanonicalIds(groupMentions(mentions, text), aliases);
    expect(rest).toEqual([]);
    expect(entity).toMatchObject({ name: 'Weather Bureau of Atlantis', aliases: ['WBA'] });
    expect(entity!.id).toBe(entityId('group', 'Weather Bureau of Atlantis'));
  });
});
