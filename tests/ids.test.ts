import { articleIdFromHash, entityId, normalizeEntityName, sha256 } from '../src/ids.js';

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

  test('same type and normalised name give the same id across articles; type changes it', () => {
    expect(entityId('group', 'The Coordination Committee')).toBe(entityId('group', 'coordination committee'));
    expect(entityId('group', 'Jordan')).not.toBe(entityId('place', 'Jordan'));
    expect(entityId('place', 'Jordan')).toMatch(/^plc_[0-9a-f]{16}$/);
  });

  test('article id is the prefix of the content hash', () => {
    const h = sha256('hello');
    expect(articleIdFromHash(h)).toBe(`a_${h.slice(0, 16)}`);
  });
});
