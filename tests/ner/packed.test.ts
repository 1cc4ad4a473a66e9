import { PackedTwoPass, WordSums } from '../../src/ner/packed.js';
import { FrozenModel } from '../../src/ner/linear.js';
import { CONTEXT_FEATURES, OWN_HEAD, WORD_FEATURES, type BaseFeatures } from '../../src/ner/features.js';
import { NTAGS } from '../../src/ner/tags.js';

// Two tiny passes with hand-set weights. Each pass's largest |weight| quantises to 32767.
const trans = { trans: new Float32Array((NTAGS + 1) * NTAGS), end: new Float32Array(NTAGS) };
function pass(rows: Record<number, Record<number, number>>): FrozenModel {
  const keys = Object.keys(rows).map(Number);
  const weights = new Float32Array(keys.length * NTAGS);
  keys.forEach((k, r) => {
    for (const [tag, w] of Object.entries(rows[k]!)) weights[r * NTAGS + Number(tag)] = w;
  });
  return new FrozenModel(Int32Array.from(keys), weights, trans);
}

// Keys 1..13 are a token's text-only features, 20 and 21 context ones; 99 is unknown to both passes.
const pass1 = pass({ 1: { 0: 1 }, 2: { 3: -0.5 }, 13: { 16: 0.25 }, 20: { 3: 1 } });
const pass2 = pass({ 1: { 5: 2 }, 20: { 0: -1 }, 21: { 16: 1 } });

/** One token's keys in the tagger's layout: text-only keys and a POS key, context keys (padded with the unknown key 99), own tail keys. */
interface TokenKeys {
  text: number[];
  context?: number[];
  tail?: number[];
  variant?: number;
}
function features(tokens: TokenKeys[]): BaseFeatures {
  const lists = tokens.map((t) => {
    expect(t.text.length).toBe(WORD_FEATURES);
    const context = [...(t.context ?? []), ...Array<number>(CONTEXT_FEATURES - (t.context ?? []).length).fill(99)];
    return [...t.text, 99, ...context, ...(t.tail ?? [])];
  });
  expect(lists.every((l, i) => l.length === OWN_HEAD + CONTEXT_FEATURES + (tokens[i]!.tail ?? []).length)).toBe(true);
  const offsets = new Int32Array(tokens.length + 1);
  lists.forEach((keys, i) => (offsets[i + 1] = offsets[i]! + keys.length));
  return {
    offsets,
    keys: Int32Array.from(lists.flat()),
    variant: Float64Array.from(tokens, (t) => t.variant ?? 0),
    ownTail: Uint8Array.from(tokens, (t) => (t.tail ?? []).length),
    own: new Uint8Array(tokens.length).fill(1),
  };
}
const words = (...texts: string[]): Array<{ text: string }> => texts.map((text) => ({ text }));
const TEXT_ONLY = Array.from({ length: WORD_FEATURES }, (_, k) => k + 1);

describe('the packed two-pass model', () => {
  test('sums exactly the quantised weights of both passes, skipping zeros and unknown keys', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    const emit1 = new Int32Array(2 * NTAGS);
    const emit2 = new Int32Array(2 * NTAGS);
    packed.addBase(
      features([
        { text: TEXT_ONLY, context: [20, 99] },
        { text: TEXT_ONLY, context: [21] },
      ]),
      2,
      emit1,
      emit2,
      words('Anbar', 'Anbar'),
      Int32Array.of(7, 7),
    );
    // pass 1 scale: 1/32767 per unit; pass 2: 2/32767.
    expect(emit1[0]).toBe(32767);
    expect(emit1[3]).toBe(-16383 + 32767); // key 2 (-0.5 → -16383.5, rounded up) + key 20
    expect(emit1[16]).toBe(8192);
    expect(emit2[5]).toBe(32767);
    expect(emit2[0]).toBe(-16383);
    expect(emit1[NTAGS + 3]).toBe(-16383); // second token: no key 20
    expect(emit2[NTAGS + 16]).toBe(16384);
    expect(emit2[NTAGS + 0]).toBe(0);
  });

  test('a word read before gives the same scores from its cached sums, and forgetting them changes nothing', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    const run = (): Int32Array[] => {
      const e1 = new Int32Array(NTAGS);
      const e2 = new Int32Array(NTAGS);
      packed.addBase(features([{ text: TEXT_ONLY, context: [20] }]), 1, e1, e2, words('Baghdad'), Int32Array.of(7));
      return [e1, e2];
    };
    const first = run();
    expect(run()).toEqual(first);
    packed.forgetWords();
    expect(run()).toEqual(first);
    expect(first[0]![0]).toBe(32767);
  });

  test('two words with the same hash keep their own sums', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    // "Anbar" has key 1 among its text-only keys, "Basra" does not; both hash to 7.
    const basra = { text: [...TEXT_ONLY.slice(1), 99] };
    const anbar = { text: TEXT_ONLY };
    const e1 = new Int32Array(2 * NTAGS);
    packed.addBase(
      features([anbar, basra]),
      2,
      e1,
      new Int32Array(2 * NTAGS),
      words('Anbar', 'Basra'),
      Int32Array.of(7, 7),
    );
    const again = new Int32Array(2 * NTAGS);
    packed.addBase(
      features([basra, anbar]),
      2,
      again,
      new Int32Array(2 * NTAGS),
      words('Basra', 'Anbar'),
      Int32Array.of(7, 7),
    );
    expect(e1[0]).toBe(32767);
    expect(e1[NTAGS]).toBe(0);
    expect(again[0]).toBe(0);
    expect(again[NTAGS]).toBe(32767);
  });
});

describe('the per-word sums cache', () => {
  test('finds what it holds by text and variant, and starts over when asked for room it has not', () => {
    const cache = new WordSums(3);
    const a = cache.insert('Anbar', 3, 0);
    cache.sums[a] = 5;
    const b = cache.insert('Basra', 3, 0);
    const a2 = cache.insert('Anbar', 3, 2 ** 36 + 5);
    expect(cache.find('Anbar', 3, 0)).toBe(a);
    expect(cache.find('Basra', 3, 0)).toBe(b);
    expect(cache.find('Anbar', 3, 2 ** 36 + 5)).toBe(a2);
    expect(cache.find('Anbar', 3, 5)).toBe(-1);
    expect(cache.find('Mosul', 3, 0)).toBe(-1);
    expect(cache.find('Anbar', 4, 0)).toBe(-1);
    // Full: room for one more word means starting over (before a document, never within one).
    cache.reserve(1);
    const c = cache.insert('Mosul', 9, 0);
    expect(cache.size).toBe(1);
    expect(cache.find('Anbar', 3, 0)).toBe(-1);
    expect(cache.find('Mosul', 9, 0)).toBe(c);
    expect(cache.sums[c]).toBe(0);
  });
});

describe('the per-word sums cache', () => {
  test('a document with more words than the limit keeps them all (the index grows)', () => {
    const cache = new WordSums(2);
    const names = ['Anbar', 'Basra', 'Mosul', 'Erbil', 'Najaf', 'Karbala', 'Kirkuk'];
    cache.reserve(names.length);
    const rows = names.map((name, k) => cache.insert(name, k % 2, 0));
    names.forEach((name, k) => expect(cache.find(name, k % 2, 0)).toBe(rows[k]));
    expect(new Set(rows).size).toBe(names.length);
  });
});

describe('the packed model over several documents', () => {
  test('a cache that fills up during a document starts over before it, so no token reads a row another word took', () => {
    // Room for two words. "Xena" is held from the first document; the second brings two new words before
    // it. Starting over when the second new word arrived would hand Xena's row to it.
    const packed = new PackedTwoPass(pass1, pass2, 2);
    const xena = { text: TEXT_ONLY };
    const other = { text: [...TEXT_ONLY.slice(1), 99] };
    packed.addBase(features([xena]), 1, new Int32Array(NTAGS), new Int32Array(NTAGS), words('Xena'), Int32Array.of(1));
    const e1 = new Int32Array(3 * NTAGS);
    packed.addBase(
      features([other, other, xena]),
      3,
      e1,
      new Int32Array(3 * NTAGS),
      words('Yola', 'Zeno', 'Xena'),
      Int32Array.of(2, 3, 1),
    );
    expect(e1[0]).toBe(0);
    expect(e1[2 * NTAGS]).toBe(32767); // key 1, Xena's own
  });

  test('a word repeated in a document is summed once and read by each of its tokens', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    const e1 = new Int32Array(2 * NTAGS);
    const feats = features([
      { text: TEXT_ONLY, context: [20] },
      { text: TEXT_ONLY, context: [99] },
    ]);
    const rows = packed.wordRows(words('Anbar', 'Anbar'), Int32Array.of(7, 7), feats.variant, Uint8Array.of(1, 1));
    expect(Array.from(rows.fresh)).toEqual([1, 0]);
    expect(rows.rows[0]).toBe(rows.rows[1]);
    packed.addBaseRows(feats, 2, e1, new Int32Array(2 * NTAGS), rows);
    expect(e1[0]).toBe(32767);
    expect(e1[NTAGS]).toBe(32767);
    expect(e1[3]).toBe(-16383 + 32767);
    expect(e1[NTAGS + 3]).toBe(-16383);
  });
});

describe('own keys are cached per word and variant', () => {
  test('the same word in two variants keeps two sums, each with its own tail keys', () => {
    const packed = new PackedTwoPass(pass1, pass2);
    const run = (variant: number, tail: number[]): number => {
      const e1 = new Int32Array(NTAGS);
      packed.addBase(
        features([{ text: TEXT_ONLY, tail, variant }]),
        1,
        e1,
        new Int32Array(NTAGS),
        words('Anbar'),
        Int32Array.of(7),
      );
      return e1[3]!;
    };
    // Key 20 adds 32767 to pass 1's tag 3; key 2 (text-only) adds -16383.
    expect(run(1, [20])).toBe(16384);
    expect(run(2, [99])).toBe(-16383);
    expect(run(1, [20])).toBe(16384);
    expect(run(2, [99])).toBe(-16383);
  });

  test('a real document scores the same with cached sums as with every token summed in full', async () => {
    const { annotate } = await import('../../src/nlp/wink.js');
    const { activeTokens, baseFeatures, caseTable, hashAttributes, markClusters } =
      await import('../../src/ner/features.js');
    const { markGazetteers } = await import('../../src/ner/gazetteer.js');
    const { recogniser } = await import('../../src/resources.js');
    const model = recogniser().model;
    // With the word clusters the committed model was trained on (own cluster keys are cached per word too).
    const clusters = recogniser().clusters;
    // Repeated words in other contexts and roles: their cached own sums must carry nothing of the context.
    const text =
      'BAGHDAD, Iraq (AP) - Abu Baqir al-Saadi met the Al-Nujaba Movement.\nBaghdad said Saadi met them. THE Movement said no, Saadi said.';
    const { tokens, sentences } = annotate(text);
    const scores = (words: ReadonlyArray<{ text: string }>, hashes: (word: Int32Array) => Int32Array): Int32Array[] => {
      const t = caseTable(tokens, sentences);
      const active = activeTokens(t, tokens, sentences);
      hashAttributes(t, tokens, active);
      if (clusters !== null) markClusters(t, clusters.table, active);
      const gaz = new Int32Array(tokens.length);
      markGazetteers(tokens, sentences, [], gaz);
      const e1 = new Int32Array(tokens.length * NTAGS);
      const e2 = new Int32Array(tokens.length * NTAGS);
      model.addBase(baseFeatures(t, sentences, gaz, active, clusters), tokens.length, e1, e2, words, hashes(t.word));
      return [e1, e2];
    };
    model.forgetWords();
    // Every token a different word: no sums are shared, each token's keys are all added.
    const full = scores(
      tokens.map((_, i) => ({ text: `#${i}` })),
      (w) => Int32Array.from(w, (_, i) => i),
    );
    model.forgetWords();
    expect(scores(tokens, (w) => w)).toEqual(full);
    expect(scores(tokens, (w) => w)).toEqual(full);
    expect(full[0]!.some((x) => x !== 0)).toBe(true);
  });

  test('a word whose sums are held needs no own keys: leaving them out gives the same scores', async () => {
    const { annotate } = await import('../../src/nlp/wink.js');
    const features = await import('../../src/ner/features.js');
    const { markGazetteers } = await import('../../src/ner/gazetteer.js');
    const { recogniser } = await import('../../src/resources.js');
    const model = recogniser().model;
    const clusters = recogniser().clusters!;
    const text =
      'Quorley Bank of Zedland said on Monday that Quorley would buy Vantor Mills.\nVANTOR MILLS SHARES RISE\nVantor said Quorley Bank paid in cash.';
    const { tokens, sentences } = annotate(text);
    const n = tokens.length;
    const gaz = new Int32Array(n);
    markGazetteers(tokens, sentences, [recogniser().names], gaz);
    // As the tagger runs: own attributes, clusters and keys only for the words the cache does not hold.
    const lean = (): Int32Array[] => {
      const t = features.caseTable(tokens, sentences);
      const active = features.activeTokens(t, tokens, sentences);
      features.wordAttributes(t, tokens, active);
      const variants = features.ownVariants(t, active);
      const rows = model.wordRows(tokens, t.word, variants.variant, active);
      features.ownAttributes(t, tokens, rows.fresh);
      features.markClusters(t, clusters.table, rows.fresh, false);
      const e = [new Int32Array(n * NTAGS), new Int32Array(n * NTAGS)];
      const base = features.baseFeatures(t, sentences, gaz, active, clusters, variants, rows.fresh);
      model.addBaseRows(base, n, e[0]!, e[1]!, rows);
      return e;
    };
    // Every attribute and every own key of every scored token, each token summed in full (no word shared).
    const t = features.tokenTable(tokens, sentences);
    features.markClusters(t, clusters.table, null);
    const active = features.activeTokens(t, tokens, sentences);
    const full = [new Int32Array(n * NTAGS), new Int32Array(n * NTAGS)];
    model.forgetWords();
    model.addBase(
      features.baseFeatures(t, sentences, gaz, active, clusters),
      n,
      full[0]!,
      full[1]!,
      tokens.map((_, i) => ({ text: `#${i}` })),
      Int32Array.from(tokens, (_, i) => i),
    );
    model.forgetWords();
    expect(lean()).toEqual(full); // first sight: the first token of each word fills its sums
    expect(lean()).toEqual(full); // every word held: no own keys at all
    expect(full[0]!.some((x) => x !== 0)).toBe(true);
  });
});
