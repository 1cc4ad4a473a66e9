/**
 * The recogniser's built tables as plain arrays and back (src/compiled.ts keeps them in a file made by the
 * build): the packed weight index of both passes, the joined name table and the word-cluster table. What
 * is cheap to make (the passes' transitions, the model's header, the clean-up's word lists) is not kept.
 */
import { CodeTable, type ClusterTable } from './clusters.js';
import { NameTable } from './gazetteer.js';
import type { NerModel } from './modelfile.js';
import { PackedTwoPass } from './packed.js';
import { clusterUse, type Recogniser } from './index.js';
import type { RefineVocabulary } from './vocabulary.js';

/** A recogniser's tables: arrays and numbers. */
export interface RecogniserParts {
  meta: Record<string, number>;
  arrays: Record<string, Int32Array>;
}

/** The tables of a built recogniser. */
export function recogniserParts(r: Recogniser): RecogniserParts {
  const model = r.model.parts();
  const names = r.names.parts();
  const arrays: Record<string, Int32Array> = {
    modelIndex: model.index,
    modelEntries: model.entries,
    nameSlots: names.slots,
  };
  const meta: Record<string, number> = { nameCount: names.count, clusterDepth: -1 };
  if (r.clusters !== null) {
    const clusters = r.clusters.table.codes.parts();
    arrays['clusterSlots'] = clusters.slots;
    meta['clusterCount'] = clusters.count;
    meta['clusterDepth'] = r.clusters.table.depth;
  }
  return { meta, arrays };
}

/**
 * The recogniser whose `recogniserParts` these are, given the same model and word lists (the caller checks
 * that the parts were made from the same model, gazetteers and clusters: the key of the compiled file).
 */
export function recogniserFromParts(model: NerModel, parts: RecogniserParts, vocabulary: RefineVocabulary): Recogniser {
  const { meta, arrays } = parts;
  const clusterSlots = arrays['clusterSlots'];
  const table: ClusterTable | null =
    clusterSlots === undefined
      ? null
      : { depth: meta['clusterDepth']!, codes: CodeTable.fromParts(clusterSlots, meta['clusterCount']!) };
  return {
    model: new PackedTwoPass(model.pass1, model.pass2, undefined, {
      index: arrays['modelIndex']!,
      entries: arrays['modelEntries']!,
    }),
    names: NameTable.fromParts(arrays['nameSlots']!, meta['nameCount']!),
    clusters: clusterUse(model, table),
    vocabulary,
  };
}
