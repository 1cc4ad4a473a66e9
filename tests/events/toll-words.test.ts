import { readFileSync } from 'node:fs';
import { TOLL_RULES, TOLL_WORDS } from '../../src/events/casualties.js';

/**
 * The toll-phrase scan (`sentenceTolls` in src/events/casualties.ts) tries a token only with the rules of
 * `TOLL_RULES` keyed on its form (plus those of any verb, auxiliary or adjective), and passes over any other
 * token. A rule reading a new word (`low === 'burns'`, a new `SOME_NOUNS.get(low)`) must list the word in its
 * entry, or the scan never gives it that token: this reads each rule and says which word is missing.
 */
describe('toll rules are keyed on every word they read the token as', () => {
  const source = readFileSync(new URL('../../src/events/casualties.ts', import.meta.url), 'utf8');
  /** The token's form as a rule reads it: `low` (taken from `ix.lower[k]`) or `ix.lower[k]` itself. */
  const TOKEN = String.raw`(?:\blow|ix\.lower\[k\]!?)`;
  const keyed = TOLL_RULES.filter((r) => r.words !== null);

  it('finds the rules, keyed and not', () => {
    expect(keyed.length).toBeGreaterThan(5);
    expect(TOLL_RULES.some((r) => r.words === null)).toBe(true);
    expect(source).toContain('TOLL_RULES_BY_WORD.get(ix.lower[k]!)');
  });

  it('lists every word a keyed rule compares the token with', () => {
    const missing = keyed.flatMap(({ words, rule }) =>
      [...rule.toString().matchAll(new RegExp(`${TOKEN} === '([^']+)'`, 'g'))]
        .map((m) => m[1]!)
        .filter((w) => !words!.includes(w))
        .map((w) => `${rule.name}: ${w}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists the keys of every table a keyed rule looks the token up in', () => {
    const missing = keyed.flatMap(({ rule }) => {
      const entry = new RegExp(String.raw`\{ words: \[([^\]]*)\], rule: ${rule.name} \}`).exec(source);
      const spread = [...(entry?.[1] ?? '').matchAll(/\.\.\.([A-Z_]+)\.keys\(\)/g)].map((m) => m[1]!);
      return [...rule.toString().matchAll(new RegExp(String.raw`\b([A-Z_]+)\.(?:get|has)\(${TOKEN}\)`, 'g'))]
        .map((m) => m[1]!)
        .filter((table) => !spread.includes(table))
        .map((table) => `${rule.name}: ${table}`);
    });
    expect(missing).toEqual([]);
  });

  it('holds every word some rule is keyed on', () => {
    for (const { words } of keyed) for (const w of words!) expect(TOLL_WORDS.has(w)).toBe(true);
  });
});
