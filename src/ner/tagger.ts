/**
 * Two-pass tagging of one document: the first pass tags from local, gazetteer and capitalisation
 * features; the second pass adds what the first pass found elsewhere in the same document.
 */
import { Decoder, type RowSource } from './linear.js';
import { baseFeatures, consistencyFeatures, tokenTable } from './features.js';
import { markGazetteers, type NameTable } from './gazetteer.js';
import type { Sentence, Token } from '../types.js';

/** The two passes. */
export interface TwoPassModel {
  pass1: RowSource;
  pass2: RowSource;
}

/** Tags of both passes (BILOU tag indices per token). */
export interface TaggedDocument {
  pass1: Uint8Array;
  pass2: Uint8Array;
}

const decoder = new Decoder();

/** Tags every sentence of a document with `model`, using gazetteer `tables` as features. */
export function tagDocument(model: TwoPassModel, tokens: readonly Token[], sentences: readonly Sentence[], tables: readonly NameTable[]): TaggedDocument {
  const table = tokenTable(tokens, sentences);
  const gaz = new Int32Array(tokens.length);
  markGazetteers(tokens, sentences, tables, gaz);
  const base = baseFeatures(table, sentences, gaz);
  const pass1 = new Uint8Array(tokens.length);
  for (const s of sentences) decoder.decode(model.pass1, base, s.tokenStart, s.tokenEnd, pass1);
  const second = consistencyFeatures(table, tokens, sentences, base, pass1);
  const pass2 = new Uint8Array(tokens.length);
  for (const s of sentences) decoder.decode(model.pass2, second, s.tokenStart, s.tokenEnd, pass2);
  return { pass1, pass2 };
}
