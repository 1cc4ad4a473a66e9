/**
 * Two-pass tagging of one document: the first pass tags from local, gazetteer and capitalisation
 * features; the second pass adds what the first pass found elsewhere in the same document.
 */
import { Arena } from './arena.js';
import { Decoder, type Transitions } from './linear.js';
import {
  activeTokens,
  baseFeatures,
  caseTable,
  consistencyFeatures,
  markClusters,
  ownAttributes,
  ownVariants,
  wordAttributes,
} from './features.js';
import type { ClusterUse } from './clusters.js';
import { LoweredTokens, markGazetteers, type NameTable } from './gazetteer.js';
import type { PackedTwoPass } from './packed.js';
import { NTAGS } from './tags.js';
import type { Sentence, Token } from '../types.js';

/**
 * Tags of both passes (BILOU tag indices per token). Every array is the tagger's arena's (see `Arena`): it holds
 * this document's values until the next call of `tagDocument`, so read them before tagging another document
 * (`recogniseEntities` and the span clean-up do); copy one to keep it.
 */
export interface TaggedDocument {
  pass1: Uint8Array;
  pass2: Uint8Array;
  /** Gazetteer match bits per token (see `markGazetteers`), for span clean-up. */
  gaz: Int32Array;
  /** Second-pass emission scores, `NTAGS` per token (what the type margins of `spanTypeEvidence` read). */
  emit2: Int32Array;
  /** Every token's lower-cased characters, first character and capital (what the span clean-up reads too). */
  lowered: LoweredTokens;
}

const decoder = new Decoder();
/** The per-document arrays that tagging consumes before it returns (see `Arena`). */
const arena = new Arena();
/** Every token's lower-cased characters, made by `caseTable` and read by `markGazetteers`. */
const lowered = new LoweredTokens();

/** Receives the end of each tagging step (for `npm run bench:ner -- --phases`). */
export type StepClock = (step: TagStep) => void;
/** The tagging steps, in order. */
export const TAG_STEPS = [
  'token table',
  'gazetteers',
  'base features',
  'base weights',
  'viterbi 1',
  'consistency features',
  'second weights',
  'viterbi 2',
] as const;
export type TagStep = (typeof TAG_STEPS)[number];

/**
 * Tags every sentence of a document with both passes, using gazetteer `tables` as features. Only the
 * tokens `activeTokens` selects are scored; the others are O, and each stretch of scored tokens is
 * decoded with its O neighbours fixed, which is the best sentence path under that constraint.
 * `clusters`: the word clusters and prefix lengths the model was trained with (null: none).
 */
export function tagDocument(
  model: PackedTwoPass,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  tables: readonly NameTable[],
  clusters: ClusterUse | null = null,
  clock?: StepClock,
): TaggedDocument {
  const n = tokens.length;
  const table = caseTable(tokens, sentences, arena, lowered);
  const active = activeTokens(table, tokens, sentences, arena);
  wordAttributes(table, tokens, active);
  const variants = ownVariants(table, active, arena);
  // A word whose own keys' sums the model holds (same text, same variant) needs neither the attributes
  // those keys read, nor its cluster, nor the keys: only its first occurrence since the cache started does.
  const words = model.wordRows(tokens, table.word, variants.variant, active);
  ownAttributes(table, tokens, words.fresh);
  if (clusters !== null) {
    if (clusters.context.length > 0) markClusters(table, clusters.table, active, true);
    else markClusters(table, clusters.table, words.fresh, false);
  }
  clock?.('token table');
  // The three arrays returned are the arena's too: allocating them per document (each a buffer outside V8's
  // heap) cost more than the rest of the document's arrays together, and drove the collector.
  const gaz = arena.int32('gaz', n);
  markGazetteers(tokens, sentences, tables, gaz, lowered);
  clock?.('gazetteers');
  const base = baseFeatures(table, sentences, gaz, active, clusters, variants, words.fresh, arena);
  clock?.('base features');
  // Integer sums of int16 weights: cheaper than floating point, and a sentence cannot overflow them.
  const emit1 = arena.int32('emit1', n * NTAGS);
  const emit2 = arena.int32('emit2', n * NTAGS);
  model.addBaseRows(base, n, emit1, emit2, words);
  clock?.('base weights');
  const pass1 = arena.uint8('pass1', n);
  decodeActive(emit1, sentences, active, model.trans1, pass1);
  clock?.('viterbi 1');
  const second = consistencyFeatures(table, tokens, sentences, pass1, active, arena, lowered);
  clock?.('consistency features');
  model.addSecond(second, n, emit2);
  clock?.('second weights');
  const pass2 = arena.uint8('pass2', n);
  decodeActive(emit2, sentences, active, model.trans2, pass2);
  clock?.('viterbi 2');
  return { pass1, pass2, gaz, emit2, lowered };
}

/** Decodes each maximal run of active tokens of each sentence; `out` stays O (0) elsewhere. */
function decodeActive(
  emit: Int32Array,
  sentences: readonly Sentence[],
  active: Uint8Array,
  trans: Transitions,
  out: Uint8Array,
): void {
  for (const s of sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (active[i] === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd && active[j] === 1) j++;
      decoder.viterbi(emit, i * NTAGS, j - i, trans, i, out, i > s.tokenStart, j < s.tokenEnd);
      i = j;
    }
  }
}
