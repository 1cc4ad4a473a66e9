/**
 * Per-token word classes (src/events/word-classes.ts): the bits the article index gives each token and the OR of
 * them per sentence, which the trigger scan, the toll-phrase scan and the game-sentence test read before any
 * string. Sentences are made up for these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildArticleIndex } from '../../src/events/article-index.js';
import { TOLL_RULES, tollPhrases, TOLL_VERB_CLASS } from '../../src/events/casualties.js';
import { NOUN_TRIGGER_CLASS, VERB_TRIGGER_CLASS } from '../../src/events/taxonomy.js';
import { triggerLexicon } from '../../src/resources.js';
import {
  declareWordClass,
  DIGIT_FIRST,
  everyWordClass,
  POS_NOUN,
  POS_VERB,
  tokenClasses,
} from '../../src/events/word-classes.js';
import { allEvents, eventInput, events } from './builders.js';

function index(text: string) {
  const input = eventInput(text, {});
  return buildArticleIndex(text, input.tokens, input.sentences, input.lowerForms, input.entities, input.timexes);
}

describe('word classes', () => {
  const ORCHARD = declareWordClass('test orchard', {
    forms: ['orchards'],
    lemmas: ['prune'],
    suffixes: ['-grove'],
    prefixes: ['apple'],
  });

  it('sets a declared bit from the form, the lemma, an ending or a beginning, and no other', () => {
    expect(tokenClasses('NOUN', 'orchards', 'orchard') & ORCHARD).not.toBe(0);
    expect(tokenClasses('VERB', 'pruned', 'prune') & ORCHARD).not.toBe(0);
    expect(tokenClasses('NOUN', 'pear-grove', 'pear-grove') & ORCHARD).not.toBe(0);
    expect(tokenClasses('NOUN', 'applesauce', 'applesauce') & ORCHARD).not.toBe(0);
    // "prune" as a form is not the lemma list, nor "orchard" as a lemma the form list.
    expect(tokenClasses('NOUN', 'prunes', 'orchard') & ORCHARD).toBe(0);
    expect(tokenClasses('NOUN', 'grove', 'grove') & ORCHARD).toBe(0);
  });

  it('finds a declared word of any length and first or last character, and no other word of its shape', () => {
    const RARE = declareWordClass('test rare shapes', {
      forms: ['counter-orchard-operations', '9/11'],
      lemmas: ['émigré'],
    });
    expect(tokenClasses('NOUN', 'counter-orchard-operations', 'counter-orchard-operations') & RARE).not.toBe(0);
    expect(tokenClasses('NUM', '9/11', '9/11') & RARE).not.toBe(0);
    expect(tokenClasses('NOUN', 'émigrés', 'émigré') & RARE).not.toBe(0);
    // The same length and ends as a declared word, but another word.
    expect(tokenClasses('NOUN', 'counter-orchard-oppositions', 'counter-orchard-oppositions') & RARE).toBe(0);
    expect(tokenClasses('NUM', '8/11', '8/11') & RARE).toBe(0);
    expect(tokenClasses('NOUN', 'émigré', 'émigrant') & RARE).toBe(0);
  });

  it('sets the part of speech and a leading digit', () => {
    expect(tokenClasses('NOUN', 'barn', 'barn') & POS_NOUN).not.toBe(0);
    expect(tokenClasses('VERB', 'barn', 'barn') & (POS_VERB | POS_NOUN)).toBe(POS_VERB);
    expect(tokenClasses('NUM', '12', '12') & DIGIT_FIRST).not.toBe(0);
    expect(tokenClasses('NUM', 'twelve', 'twelve') & DIGIT_FIRST).toBe(0);
  });

  it('gives each sentence the OR of its tokens, so a sentence without a toll verb is passed over', () => {
    const ix = index('The ferry sank near the pier. Nine passengers were hospitalised overnight.');
    expect(ix.classes.length).toBe(ix.tokens.length);
    for (const s of ix.sentences) {
      let or = 0;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) or |= ix.classes[k]!;
      expect(ix.sentenceClasses[s.i]).toBe(or >>> 0);
    }
    expect(ix.sentenceClasses[0]! & TOLL_VERB_CLASS).toBe(0);
    expect(ix.sentenceClasses[1]! & TOLL_VERB_CLASS).not.toBe(0);
    expect(tollPhrases(ix, 0)).toEqual([]);
    expect(tollPhrases(ix, 1).map((t) => [t.role, t.found.q.value])).toEqual([['injured', 9]]);
  });

  it('still reads the toll verbs behind the class: a toll that claimed lives and a raised toll', () => {
    const ix = index('The mudslide claimed the lives of 14 villagers, raising the toll to 30.');
    const tolls = tollPhrases(ix, 0).map((t) => [t.role, t.found.q.value]);
    expect(tolls).toContainEqual(['killed', 14]);
    expect(tolls).toContainEqual(['killed', 30]);
  });

  it('gives every trigger key of the lexicon its class, in the forms the trigger scan reads', () => {
    const lex = triggerLexicon();
    for (const v of lex.verbKeys) {
      expect(tokenClasses('VERB', 'x', v) & VERB_TRIGGER_CLASS).not.toBe(0);
      for (const form of [`${v}ed`, `${v}ing`])
        expect([form, tokenClasses('VERB', form, form) & VERB_TRIGGER_CLASS]).not.toEqual([form, 0]);
    }
    for (const n of lex.nounKeys) {
      expect(tokenClasses('NOUN', n, n) & NOUN_TRIGGER_CLASS).not.toBe(0);
      expect(tokenClasses('NOUN', `${n}s`, `${n}s`) & NOUN_TRIGGER_CLASS).not.toBe(0);
    }
    for (const a of lex.adjectives.keys()) expect(tokenClasses('ADJ', a, a) & VERB_TRIGGER_CLASS).not.toBe(0);
    expect(tokenClasses('NOUN', 'weather', 'weather') & (VERB_TRIGGER_CLASS | NOUN_TRIGGER_CLASS)).toBe(0);
  });

  it('lists the lemmas the toll rules of any verb compare with in the toll-verb class', () => {
    const anyWord = TOLL_RULES.filter((r) => r.words === null);
    const lemmas = anyWord.flatMap(({ rule }) =>
      [...rule.toString().matchAll(/\blemma === '([^']+)'/g)].map((m) => m[1]!),
    );
    expect(lemmas.length).toBeGreaterThan(0);
    for (const w of lemmas) expect([w, tokenClasses('VERB', 'x', w) & TOLL_VERB_CLASS]).not.toEqual([w, 0]);
  });

  it('still finds triggers told in regular forms, idioms and verdicts behind the classes', () => {
    const types = (text: string) => allEvents(text, '2026-03-02').map((e) => e.type);
    expect(types('Rioters looted the depot and torched two lorries on Sunday.')).toContain('looting');
    // A doubled letter ("stabbed", "kidnapping") is not in the class: the trigger scan asks the lexicon.
    expect(types('A man stabbed two guards at the depot on Sunday.')).toContain('attack');
    expect(types('Hundreds of farmers took to the streets of the capital on Monday.')).toContain('protest');
    expect(types('The ferry captain was found guilty of manslaughter on Friday.')).toContain('ruling');
  });

  /**
   * Each scan on the classes passes over what has not its bits; with every bit on every token it runs on everything,
   * as before the classes. The two must give the same events: a difference names a word a family reads first and
   * did not list in its class (a new trigger reading, toll rule or game word).
   */
  it('gives the same events as a run with every class on every token', () => {
    const dir = new URL('../../data/articles/', import.meta.url);
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    texts.push(
      'Rioters looted the depot and torched two lorries on Sunday, police said. Three guards were hospitalised.',
      'The strikers beat City 3-1 in the final after a ninth-inning rally. The senate voted 52-48 on the bill.',
      'The keeper was shot down in the 63rd minute inside the penalty area, and the visitors launched a raid.',
      'Gunmen stabbed two guards and kidnapped a trader twice this month; the raids killed 4, raising the toll to 9.',
      'The ferry captain was found guilty on Friday. Farmers took to the streets and marched against the tax.',
      'Since 2019, when two were killed by a roadside bomb, the area was calm. The minister flew to Lagos on Monday.',
      'Hundreds of students gathered outside parliament on Monday, chanting slogans. Evidence was gathered later.',
    );
    const run = (text: string) => JSON.stringify(events(text, { published: '2026-03-02', minConfidence: 0 }).events);
    const gated = texts.map(run);
    everyWordClass(true);
    try {
      expect(texts.map(run)).toEqual(gated);
    } finally {
      everyWordClass(false);
    }
    expect(gated.some((e) => e !== '[]')).toBe(true);
  });
});
