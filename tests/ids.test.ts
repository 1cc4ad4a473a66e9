import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  articleIdFromHash,
  canonicalKey,
  entityId,
  entityIdForKey,
  normalizeEntityName,
  normalizeEntityNameGeneral as general,
  sha256,
} from '../src/ids.js';

describe('stable ids', () => {
  test.each([
    ['The Iraqi Al-Nujaba Movement', 'iraqi al-nujaba movement'],
    ['  Abu   Baqir al\u2010Saadi ', 'abu baqir al-saadi'],
    ['“Coordination Committee”', 'coordination committee'],
    ['Apple Inc.', 'apple inc'],
    ["Ba'ath  Party", "ba'ath party"],
  ])('normalizeEntityName(%j) = %j', (input, expected) => {
    expect(normalizeEntityName(input)).toBe(expected);
  });

  test('canonical keys and ids are memoised per type: a name seen as one type keeps its own key as another', () => {
    expect(canonicalKey('group', 'Apple Inc.')).toBe('apple');
    expect(canonicalKey('place', 'Apple Inc.')).toBe('apple inc');
    expect(canonicalKey('group', 'Apple Inc.')).toBe('apple');
    expect(entityIdForKey('group', 'apple')).toBe(`grp_${sha256('group\u0000apple').slice(0, 16)}`);
    expect(entityIdForKey('place', 'apple')).toBe(`plc_${sha256('place\u0000apple').slice(0, 16)}`);
    expect(entityIdForKey('group', 'apple')).toBe(`grp_${sha256('group\u0000apple').slice(0, 16)}`);
  });

  test('same type and normalised name give the same id across articles; type changes it', () => {
    expect(entityId('group', 'The Coordination Committee')).toBe(entityId('group', 'coordination committee'));
    expect(entityId('group', 'Jordan')).not.toBe(entityId('place', 'Jordan'));
    expect(entityId('place', 'Jordan')).toMatch(/^plc_[0-9a-f]{16}$/);
    // The id is the hash of type and normalised name, whether or not the name was seen before.
    expect(entityId('place', 'Jordan')).toBe(`plc_${sha256('place\u0000jordan').slice(0, 16)}`);
    for (let i = 0; i < 60_000; i++) entityId('person', `Person ${i}`);
    expect(entityId('person', 'Person 7')).toBe(`per_${sha256('person\u0000person 7').slice(0, 16)}`);
  });

  test('sha256 is the standard digest of the UTF-8 text or of the bytes', () => {
    expect(sha256('hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(sha256(new Uint8Array([104, 101, 108, 108, 111]))).toBe(sha256('hello'));
    for (const text of ['', 'Zürich — 東京 👍🏽', 'person\u0000abu baqir al-saadi']) {
      expect(sha256(text)).toBe(createHash('sha256').update(text).digest('hex'));
      expect(sha256(Buffer.from(text, 'utf8'))).toBe(sha256(text));
    }
  });

  test('article id is the prefix of the content hash', () => {
    const h = sha256('hello');
    expect(articleIdFromHash(h)).toBe(`a_${h.slice(0, 16)}`);
  });
});

describe('the plain-name fast path of normalizeEntityName', () => {
  test('gives what the general steps give, for any mix of plain words, spaces and odd characters', () => {
    const piece = fc.oneof(
      fc.constantFrom('The', 'the', ' ', '  ', 'Anbar', 'USA', 'al', '-', "'", 'É', '9', '.', '\u00a0'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const name = parts.join('');
        expect(normalizeEntityName(name)).toBe(general(name));
      }),
      { numRuns: 2000 },
    );
    for (const name of ['The', 'The Hague', 'the the', 'THE Pentagon', 'Boeing 787', 'the'])
      expect(normalizeEntityName(name)).toBe(general(name));
  });
});
