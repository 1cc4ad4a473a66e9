import { readFileSync } from 'node:fs';
import { TOLL_WORDS } from '../../src/events/casualties.js';

/**
 * The toll-phrase scan (`sentenceTolls` in src/events/casualties.ts) passes over any token that is neither in
 * TOLL_WORDS nor a verb, auxiliary or adjective. A new phrase keyed on another word (`low === 'burns'`, a new
 * `SOME_NOUNS.get(low)`) must add the word to TOLL_WORDS, or the scan never reaches it: this reads the
 * function's source and says which word is missing.
 */
describe('toll words cover every word the toll-phrase scan is keyed on', () => {
  const source = readFileSync(new URL('../../src/events/casualties.ts', import.meta.url), 'utf8');
  const at = source.indexOf('function sentenceTolls(');
  const body = source.slice(at, source.indexOf('\n}\n', at));

  it('finds the scan', () => {
    expect(at).toBeGreaterThan(0);
    expect(body).toContain('TOLL_WORDS.has(low)');
  });

  it('holds every word compared with the token form', () => {
    const words = [...body.matchAll(/\blow === '([^']+)'/g)].map((m) => m[1]!);
    expect(words.length).toBeGreaterThan(5);
    expect(words.filter((w) => !TOLL_WORDS.has(w))).toEqual([]);
  });

  it('looks the token form up only in tables TOLL_WORDS is built from', () => {
    const tables = new Set([...body.matchAll(/\b([A-Z_]+)\.(?:get|has)\(low\)/g)].map((m) => m[1]!));
    const spread = new Set([...source.matchAll(/\.\.\.([A-Z_]+)\.keys\(\)/g)].map((m) => m[1]!).concat(['TOLL_WORDS']));
    expect([...tables].filter((t) => !spread.has(t))).toEqual([]);
  });
});
