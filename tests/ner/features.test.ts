import { annotate } from '../../src/nlp/wink.js';
import {
  F_CAPS_LINE,
  F_INIT_CAP,
  F_SENT_START,
  WORD_FEATURES,
  activeTokens,
  baseFeatures,
  caseTable,
  concatFeatures,
  consistencyFeatures,
  hashAttributes,
  tokenTable,
} from '../../src/ner/features.js';
import { GAZ, LoweredTokens, NameTable, markGazetteers } from '../../src/ner/gazetteer.js';
import { HASH_SEED, foldLower, nameKey } from '../../src/ner/hash.js';
import { B, I, L, tagOf, U } from '../../src/ner/tags.js';

function featuresOf(text: string, tables: NameTable[] = []) {
  const { tokens, sentences } = annotate(text);
  const table = tokenTable(tokens, sentences);
  const gaz = new Int32Array(tokens.length);
  markGazetteers(tokens, sentences, tables, gaz);
  return { tokens, sentences, table, gaz, base: baseFeatures(table, sentences, gaz) };
}

function keysAt(f: { offsets: Int32Array; keys: Int32Array }, i: number): number[] {
  return Array.from(f.keys.subarray(f.offsets[i]!, f.offsets[i + 1]!));
}

describe('token attributes', () => {
  test('flags sentence starts, capitals and all-capitals lines', () => {
    const { tokens, table } = featuresOf('LEICESTER WIN TITLE\nThe club from Leicester won.');
    const at = (w: string, nth = 0) => tokens.filter((t) => t.text === w)[nth]!.i;
    expect(table.flags[at('LEICESTER')]! & F_CAPS_LINE).toBeTruthy();
    expect(table.flags[at('The')]! & F_SENT_START).toBeTruthy();
    expect(table.flags[at('Leicester')]! & F_CAPS_LINE).toBe(0);
    expect(table.flags[at('Leicester')]! & F_INIT_CAP).toBeTruthy();
    expect(table.flags[at('club')]! & F_INIT_CAP).toBe(0);
  });

  test('the same word gets the same hashes; case shows in word but not lower', () => {
    const { tokens, table } = featuresOf('Paris is big. PARIS is old. Paris is far.');
    const paris = tokens.filter((t) => t.text === 'Paris').map((t) => t.i);
    const caps = tokens.find((t) => t.text === 'PARIS')!.i;
    expect(table.word[paris[0]!]).toBe(table.word[paris[1]!]);
    expect(table.lower[paris[0]!]).toBe(table.lower[caps]);
    expect(table.word[paris[0]!]).not.toBe(table.word[caps]);
    expect(table.shape[paris[0]!]).not.toBe(table.shape[caps]);
  });
});

describe('tokens the tagger scores', () => {
  const scored = (text: string) => {
    const { tokens, sentences, table } = featuresOf(text);
    const active = activeTokens(table, tokens, sentences);
    return tokens.filter((t) => active[t.i] === 1).map((t) => t.text);
  };

  test('are the words with a capital and the words next to them that can belong to a name', () => {
    expect(scored('the talks in the city of Basra ended late on a quiet day. nothing else happened here.')).toEqual([
      'of',
      'Basra',
    ]);
    // Before a name: particles and numbers; after it: numbers, closing brackets and possessives, not
    // lower-case words ("ended", "crews"); between two capitalised words: anything ("fans and").
    // "met", "crews" and the dash are not scored.
    expect(scored("he met 1860 Munich fans and Apollo 13 crews at Lord 's - then left .")).toEqual([
      '1860',
      'Munich',
      'fans',
      'and',
      'Apollo',
      '13',
      'at',
      'Lord',
      "'s",
    ]);
    expect(scored('the BBC radio said so')).toEqual(['the', 'BBC']);
    expect(scored('he said that Mladost ( BJ ) won , said Ahmed .')).toEqual(['Mladost', '(', 'BJ', ')', 'Ahmed']);
  });

  test('a word written without spaces counts whole, so hyphenated names stay scorable', () => {
    // wink reads "al-Aqsa" as `al - Aqsa` and "self-rule" as `self - rule`.
    expect(scored('they prayed at al-Aqsa on a quiet day')).toEqual(['at', 'al', '-', 'Aqsa']);
    expect(scored('a New York-based group said so')).toEqual(['a', 'New', 'York', '-', 'based']);
    // A longer lower-case word before a name is not scored, hyphenated or not.
    expect(scored('the talks of the self-rule Authority went on')).toEqual(['Authority']);
  });

  test('text without capitals has nothing to score, and scored tokens get features while the rest get none', () => {
    expect(scored('nothing here is written with capitals, not even 2024.')).toEqual([]);
    const { tokens, sentences, table, gaz } = featuresOf('we met Smith at noon and then left for good');
    const active = activeTokens(table, tokens, sentences);
    const base = baseFeatures(table, sentences, gaz, active);
    for (const t of tokens) expect(keysAt(base, t.i).length > 0).toBe(active[t.i] === 1);
    expect(keysAt(base, tokens.find((t) => t.text === 'Smith')!.i)).toEqual(
      keysAt(baseFeatures(table, sentences, gaz), tokens.find((t) => t.text === 'Smith')!.i),
    );
  });

  test('hashing attributes only near scored tokens gives scored tokens the same features as a full table', () => {
    const text =
      'Officials in Baghdad said on Tuesday that the Al-Nujaba Movement and Abu Baqir al-Saadi met in Anbar.\nthe rest of this line has no capital at all';
    const { tokens, sentences, table, gaz } = featuresOf(text);
    const active = activeTokens(table, tokens, sentences);
    const partial = caseTable(tokens, sentences);
    hashAttributes(partial, tokens, active);
    expect(Array.from(partial.flags)).toEqual(Array.from(table.flags));
    expect(Array.from(partial.lower)).toEqual(Array.from(table.lower));
    const full = baseFeatures(table, sentences, gaz, active);
    const fromPartial = baseFeatures(partial, sentences, gaz, active);
    expect(Array.from(fromPartial.offsets)).toEqual(Array.from(full.offsets));
    expect(Array.from(fromPartial.keys)).toEqual(Array.from(full.keys));
    // Far from any scored token nothing more is hashed, so the saving is real; the exact-text hash and the short
    // shape come with the lower-case hash from the same loop over the characters, the same as a full table's.
    const far = tokens.find((t) => t.text === 'capital')!.i;
    expect(partial.pos[far]).toBe(0);
    expect(partial.suffix[far * 4]).toBe(0);
    expect(table.pos[far]).not.toBe(0);
    expect(Array.from(partial.word)).toEqual(Array.from(table.word));
    expect(Array.from(partial.short)).toEqual(Array.from(table.short));
  });
});

describe('features', () => {
  test('are integer keys, deterministic, and depend on the neighbours', () => {
    const a = featuresOf('Smith went to Rome.');
    const b = featuresOf('Smith went to Rome.');
    const c = featuresOf('Smith flew to Rome.');
    expect(Array.from(a.base.keys)).toEqual(Array.from(b.base.keys));
    expect(a.base.offsets[a.tokens.length]).toBe(a.base.keys.length);
    expect(keysAt(a.base, 0)).not.toEqual(keysAt(c.base, 0));
    expect(keysAt(a.base, 0).length).toBeGreaterThan(20);
  });

  test('document evidence: a word capitalised mid-sentence elsewhere changes a sentence-initial token', () => {
    const alone = featuresOf('Bush spoke.\nThe dog ran.');
    const seen = featuresOf('Bush spoke.\nThe dog saw Bush.');
    expect(keysAt(alone.base, 0)).not.toEqual(keysAt(seen.base, 0));
  });

  test('gazetteer matches are marked with their BILOU position, across wink splits of hyphenated names', () => {
    const names = new NameTable();
    names.addName('Abu Baqir al-Saadi', GAZ.trainPer);
    names.addName('Anbar', GAZ.place);
    const { tokens, gaz } = featuresOf('They met Abu Baqir al-Saadi in Anbar.', [names]);
    const bits = (w: string) => gaz[tokens.find((t) => t.text === w)!.i]!;
    expect(bits('Abu')).toBe(1 << (4 * GAZ.trainPer));
    expect(bits('Baqir')).toBe(1 << (4 * GAZ.trainPer + 1));
    expect(bits('Saadi')).toBe(1 << (4 * GAZ.trainPer + 2));
    expect(bits('Anbar')).toBe(1 << (4 * GAZ.place + 3));
    expect(bits('met')).toBe(0);
    expect(nameKey('AL-saadi')).toBe(nameKey('al - Saadi'));
  });

  test('tables joined into one mark the same matches as the tables apart', () => {
    const train = new NameTable();
    train.addName('Abu Baqir al-Saadi', GAZ.trainPer);
    train.addName('Anbar', GAZ.trainLoc);
    const lists = new NameTable();
    lists.addName('Anbar', GAZ.place);
    lists.addName('Abu', GAZ.firstName);
    for (let k = 0; k < 3000; k++) lists.addName(`Town ${k}`, GAZ.place); // forces the joined table to grow
    const joined = NameTable.union([train, lists]);
    expect(joined.size).toBe(train.size + lists.size - 1);
    const text = 'They met Abu Baqir al-Saadi in Anbar and Town 7.';
    const apart = featuresOf(text, [train, lists]);
    const one = featuresOf(text, [joined]);
    expect(Array.from(one.gaz)).toEqual(Array.from(apart.gaz));
    expect(joined.get(nameKey('anbar'))).toBe((1 << GAZ.trainLoc) | (1 << GAZ.place));
  });

  test("the case table's lower-cased characters mark the same matches as the gazetteer's own, as they grow", () => {
    const names = new NameTable();
    names.addName('Östergård Bank', GAZ.group);
    names.addName('İzmir', GAZ.place);
    names.addName('Kelvin Road', GAZ.place);
    const short = 'A storm hit İzmir. ÖSTERGÅRD BANK said so on \u212Aelvin Road.';
    const long = `${'Markets in Östergård were calm on Monday, traders said. '.repeat(200)}${short}`;
    const shared = new LoweredTokens();
    for (const text of [short, long, short]) {
      const { tokens, sentences } = annotate(text);
      caseTable(tokens, sentences, undefined, shared);
      const fromTable = new Int32Array(tokens.length);
      markGazetteers(tokens, sentences, [names], fromTable, shared);
      const own = new Int32Array(tokens.length);
      markGazetteers(tokens, sentences, [names], own);
      expect(Array.from(fromTable)).toEqual(Array.from(own));
      expect(Array.from(own).some((bits) => bits !== 0)).toBe(true);
    }
  });

  test('the name table answers every key it holds, after growing and when rebuilt from its parts, and 0 for others', () => {
    const names = new NameTable(4); // grows many times below
    const held: number[] = [];
    for (let k = 0; k < 5000; k++) {
      names.addName(`Village ${k}`, k % 2 === 0 ? GAZ.place : GAZ.group);
      held.push(nameKey(`Village ${k}`));
    }
    const { slots, count } = names.parts();
    const copy = NameTable.fromParts(slots, count);
    for (const table of [names, copy]) {
      held.forEach((key, k) => expect(table.get(key)).toBe(1 << (k % 2 === 0 ? GAZ.place : GAZ.group)));
      for (let k = 5000; k < 10000; k++) expect(table.get(nameKey(`Village ${k}`))).toBe(0);
    }
  });

  test('a lower-case run never matches a gazetteer name', () => {
    const names = new NameTable();
    names.addName('Turkey', GAZ.place);
    const { gaz } = featuresOf('We ate turkey.', [names]);
    expect(Array.from(gaz).every((g) => g === 0)).toBe(true);
  });

  test('second-pass features see first-pass tags of the same word elsewhere', () => {
    const f = featuresOf('Jacobson spoke.\nLater Jacobson left.');
    const first = new Uint8Array(f.tokens.length);
    const second = new Uint8Array(f.tokens.length);
    const j = f.tokens.filter((t) => t.text === 'Jacobson').map((t) => t.i);
    second[j[1]!] = tagOf(0, U);
    const a = consistencyFeatures(f.table, f.tokens, f.sentences, first);
    const b = consistencyFeatures(f.table, f.tokens, f.sentences, second);
    expect(keysAt(a, j[0]!)).not.toEqual(keysAt(b, j[0]!));
    const both = concatFeatures(f.base, b);
    expect(keysAt(both, j[0]!)).toEqual([...keysAt(f.base, j[0]!), ...keysAt(b, j[0]!)]);
  });
});

describe('document matches of first-pass names', () => {
  test('a multi-token name tagged once marks the same words elsewhere, and only them', () => {
    const f = featuresOf('Tracy Ann Jacobson spoke.\nLater Tracy Ann Jacobson left , Ann said.');
    const at = (w: string, k: number): number => f.tokens.filter((t) => t.text === w)[k]!.i;
    const none = new Uint8Array(f.tokens.length);
    const tagged = new Uint8Array(f.tokens.length);
    tagged[at('Tracy', 0)] = tagOf(0, B);
    tagged[at('Ann', 0)] = tagOf(0, I);
    tagged[at('Jacobson', 0)] = tagOf(0, L);
    const a = consistencyFeatures(f.table, f.tokens, f.sentences, none);
    const b = consistencyFeatures(f.table, f.tokens, f.sentences, tagged);
    for (const w of ['Tracy', 'Ann', 'Jacobson'])
      expect(keysAt(b, at(w, 1)).length).toBeGreaterThan(keysAt(a, at(w, 1)).length);
    // "Ann" alone later is no match of the whole name (its class votes may still differ, its matches may not).
    const lone = at('Ann', 2);
    const extra = keysAt(b, lone).filter((k) => !keysAt(a, lone).includes(k));
    const matchKeysOfName = keysAt(b, at('Ann', 1)).filter((k) => !keysAt(a, at('Ann', 1)).includes(k));
    expect(extra.length).toBeLessThan(matchKeysOfName.length);
  });

  test("names are hashed the same from the case table's lower-cased characters as from the texts", () => {
    const text = 'Östergård Bank AB said so.\nLater ÖSTERGÅRD Bank AB and \u212Aelvin Road left , Bank said.';
    const { tokens, sentences } = annotate(text);
    const lowered = new LoweredTokens();
    const table = caseTable(tokens, sentences, undefined, lowered);
    const at = (w: string, k: number): number => tokens.filter((t) => t.text === w)[k]!.i;
    const tagged = new Uint8Array(tokens.length);
    tagged[at('Östergård', 0)] = tagOf(1, B);
    tagged[at('Bank', 0)] = tagOf(1, I);
    tagged[at('AB', 0)] = tagOf(1, L);
    tagged[at('Road', 0)] = tagOf(2, U);
    const fromTexts = consistencyFeatures(table, tokens, sentences, tagged);
    const fromChars = consistencyFeatures(table, tokens, sentences, tagged, undefined, undefined, lowered);
    expect(Array.from(fromChars.keys)).toEqual(Array.from(fromTexts.keys));
    expect(Array.from(fromChars.offsets)).toEqual(Array.from(fromTexts.offsets));
    // The name in capitals later matches the name tagged first (document matches: more keys than a lone word).
    expect(keysAt(fromChars, at('AB', 1)).length).toBeGreaterThan(keysAt(fromChars, at('said', 0)).length);
  });
});

describe('text-only features come first (the tagger sums them once per word)', () => {
  test('the same word in other contexts, cases of sentence position and gazetteer hits has the same first keys', () => {
    const names = new NameTable();
    names.addName('Anbar province', GAZ.place);
    const f = featuresOf('Anbar is quiet.\nTroops left ANBAR and Anbar province on Monday.', [names]);
    const at = f.tokens.flatMap((t, i) => (t.text === 'Anbar' ? [i] : []));
    expect(at).toHaveLength(2);
    const [a, b] = at.map((i) => keysAt(f.base, i));
    expect(a!.slice(0, WORD_FEATURES)).toEqual(b!.slice(0, WORD_FEATURES));
    expect(a!.slice(WORD_FEATURES)).not.toEqual(b!.slice(WORD_FEATURES));
    const upper = keysAt(
      f.base,
      f.tokens.findIndex((t) => t.text === 'ANBAR'),
    );
    expect(upper.slice(0, WORD_FEATURES)).not.toEqual(a!.slice(0, WORD_FEATURES));
  });
});

describe('hashes', () => {
  test("a token's lower-case hash is the first step of the name hash over tokens", () => {
    const { tokens, table } = featuresOf('Ünal met ÇELIK and al-Saadi in São Paulo.');
    for (const t of tokens) expect(table.lower[t.i]).toBe(foldLower(HASH_SEED, t.text));
  });
});
