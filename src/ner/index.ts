/**
 * People, groups and places: a two-pass averaged-perceptron BILOU tagger over wink's tokens (trained on
 * CoNLL-2003 with `npm run train:ner`), gazetteer features from data/gazetteers/, and within-article
 * alias grouping into entities. Pure: the model and the gazetteers come in as a `Recogniser`, built once per
 * process by `src/resources.ts` (this folder reads no file).
 */
import { groupMentions } from './aliases.js';
import type { ClusterTable, ClusterUse } from './clusters.js';
import { NameTable } from './gazetteer.js';
import type { NerModel } from './modelfile.js';
import { tagDocument } from './tagger.js';
import { PackedTwoPass } from './packed.js';
import { CLASSES, decodeSpans, type TokenSpan } from './tags.js';
import { refineSpans } from './refine.js';
import type { RefineVocabulary } from './vocabulary.js';
import type { EntityRecord, EntityType, Mention, Sentence, Token, Warning } from '../types.js';

/** What the recogniser reads. */
export interface NerInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** `tokens[k].text.toLowerCase()` for every token (the annotate stage's); the clean-up makes them when absent. */
  lowerForms?: readonly string[];
}

/** What the recogniser returns. */
export interface NerOutput {
  entities: EntityRecord[];
  warnings: Warning[];
}

/** The recogniser's resources in their run-time form. */
export interface Recogniser {
  /** Both passes of the model in one table. */
  model: PackedTwoPass;
  /** The training-name gazetteer and the list gazetteers in one table. */
  names: NameTable;
  /** The word clusters and the path prefixes the model was trained with (null: a model without them). */
  clusters: ClusterUse | null;
  /** The word lists of the span clean-up (data/vocabulary/). */
  vocabulary: RefineVocabulary;
}

function clusterSpecOf(model: NerModel): { own?: number[]; context?: number[]; depth?: number } | undefined {
  return model.info['clusters'] as { own?: number[]; context?: number[]; depth?: number } | undefined;
}

/** Whether a model was trained with word-cluster features (and so needs the cluster file). */
export function usesClusters(model: NerModel): boolean {
  const spec = clusterSpecOf(model);
  return (spec?.own?.length ?? 0) + (spec?.context?.length ?? 0) > 0;
}

/**
 * The word-cluster features a model was trained with, from its header (`info.clusters`: the prefix
 * lengths for the token itself and for its neighbours, and the depth of the cluster file); null when none.
 * Throws when the model needs clusters and `table` is missing or of another depth.
 */
export function clusterUse(model: NerModel, table: ClusterTable | null): ClusterUse | null {
  const spec = clusterSpecOf(model);
  const own = spec?.own ?? [];
  const context = spec?.context ?? [];
  if (!usesClusters(model)) return null;
  if (table === null)
    throw new Error('dossier ner: the model uses word clusters but data/clusters/words.tsv is missing');
  if (spec?.depth !== undefined && spec.depth !== table.depth)
    throw new Error(
      `dossier ner: the model was trained on clusters of depth ${spec.depth}, data/clusters/words.tsv has ${table.depth}; retrain`,
    );
  return { table, own, context };
}

/**
 * Builds the run-time recogniser from a read model and the list gazetteers: both passes in one table, and
 * the training-name gazetteer and the list gazetteers in one table (a key has the bits it has in either).
 */
export function createRecogniser(
  model: NerModel,
  gazetteers: NameTable,
  clusters: ClusterTable | null,
  vocabulary: RefineVocabulary,
): Recogniser {
  return {
    model: new PackedTwoPass(model.pass1, model.pass2),
    names: NameTable.union([model.trainNames, gazetteers]),
    clusters: clusterUse(model, clusters),
    vocabulary,
  };
}

/** CoNLL class → our entity type (MISC is not one of ours: nationalities, events, works). */
const TYPE_OF: ReadonlyArray<EntityType | null> = CLASSES.map((c) =>
  c === 'PER' ? 'person' : c === 'ORG' ? 'group' : c === 'LOC' ? 'place' : null,
);

/** Token spans the tagger finds, MISC included (the class index follows `CLASSES`). */
export function tagSpans(
  input: Pick<NerInput, 'tokens' | 'sentences' | 'lowerForms'>,
  recogniser: Recogniser,
): TokenSpan[] {
  const tagged = tagDocument(recogniser.model, input.tokens, input.sentences, [recogniser.names], recogniser.clusters);
  const spans: TokenSpan[] = [];
  for (const s of input.sentences) decodeSpans(tagged.pass2, s.tokenStart, s.tokenEnd, spans);
  return refineSpans(input.tokens, spans, tagged.gaz, recogniser.vocabulary, input.lowerForms);
}

/** Finds mentions of people, groups and places and groups them into entities. */
export function recogniseEntities(input: NerInput, recogniser: Recogniser): NerOutput {
  const mentions: Mention[] = [];
  for (const s of tagSpans(input, recogniser)) {
    const type = TYPE_OF[s.cls];
    if (type === null || type === undefined) continue;
    const first = input.tokens[s.start]!;
    const last = input.tokens[s.end - 1]!;
    mentions.push({
      start: first.start,
      end: last.end,
      text: input.text.slice(first.start, last.end),
      sentence: first.sentence,
      type,
    });
  }
  return { entities: groupMentions(mentions, input.text), warnings: [] };
}
