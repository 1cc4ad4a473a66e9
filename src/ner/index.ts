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
import { tagDocument, type TaggedDocument } from './tagger.js';
import { PackedTwoPass } from './packed.js';
import { B, CLASSES, classOf, decodeSpans, I, L, NTAGS, tagOf, U, type TokenSpan } from './tags.js';
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

function clusterSpecOf(
  model: Pick<NerModel, 'info'>,
): { own?: number[]; context?: number[]; depth?: number } | undefined {
  return model.info['clusters'] as { own?: number[]; context?: number[]; depth?: number } | undefined;
}

/** Whether a model was trained with word-cluster features (and so needs the cluster file); its `info` suffices. */
export function usesClusters(model: Pick<NerModel, 'info'>): boolean {
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
  return tagAndRefine(input, recogniser).spans;
}

/** The refined spans and the tagging they came from. */
function tagAndRefine(
  input: Pick<NerInput, 'tokens' | 'sentences' | 'lowerForms'>,
  recogniser: Recogniser,
): { spans: TokenSpan[]; tagged: TaggedDocument } {
  const tagged = tagDocument(recogniser.model, input.tokens, input.sentences, [recogniser.names], recogniser.clusters);
  const spans: TokenSpan[] = [];
  for (const s of input.sentences) decodeSpans(tagged.pass2, s.tokenStart, s.tokenEnd, spans);
  const refined = refineSpans(input.tokens, spans, tagged.gaz, recogniser.vocabulary, input.lowerForms, tagged.lowered);
  return { spans: refined, tagged };
}

/**
 * Second-pass emission units (the packed model's quantised weights) per step of `typeEvidence`: a span
 * whose class leads every other class by this much per token is typed with evidence 0.5, by three times
 * as much with 0.75 (the evidence is `m / (m + TYPE_MARGIN_UNIT)` of the margin per token `m`). About the
 * median margin of the names of the bench corpus.
 */
export const TYPE_MARGIN_UNIT = 50_000;

/**
 * How strongly the article itself types a span, in [0, 1]. The tagger's own reading: the margin, per
 * token, of the span's class over the best other class in the second pass's emission scores at the same
 * BILOU positions (a name the model has seen typed one way many times, or whose context says which it
 * is, leads by much; an unknown one-word name read from its shape alone leads by little). A span whose
 * class or extent the span clean-up set (a rule read the sentence: "the animation company Pixar", "a
 * storm hit Lisbon") is typed by that rule: 1.
 */
export function spanTypeEvidence(tagged: Pick<TaggedDocument, 'pass2' | 'emit2'>, span: TokenSpan): number {
  const len = span.end - span.start;
  let margin = 0;
  for (let k = span.start; k < span.end; k++) {
    const tag = tagged.pass2[k]!;
    // The clean-up made, moved or retyped this span: the tagger did not decide it.
    if (classOf(tag) !== span.cls) return 1;
    const part = len === 1 ? U : k === span.start ? B : k === span.end - 1 ? L : I;
    const row = k * NTAGS;
    const own = tagged.emit2[row + tagOf(span.cls, part)]!;
    let other = -Infinity;
    for (let c = 0; c < CLASSES.length; c++)
      if (c !== span.cls) other = Math.max(other, tagged.emit2[row + tagOf(c, part)]!);
    margin += own - other;
  }
  const m = Math.max(0, margin / len);
  return Math.round((100 * m) / (m + TYPE_MARGIN_UNIT)) / 100;
}

/**
 * Finds mentions of people, groups and places and groups them into entities. Each entity carries
 * `typeEvidence`: the strongest evidence among its mentions of its type (one mention read firmly, or
 * set by a rule, types the name for the whole article).
 */
export function recogniseEntities(input: NerInput, recogniser: Recogniser): NerOutput {
  const mentions: Mention[] = [];
  const { spans, tagged } = tagAndRefine(input, recogniser);
  /** Mention start → (its own type, its evidence). */
  const evidence = new Map<number, { type: EntityType; evidence: number }>();
  /** Mention starts whose type a rule read in their own sentence (kept by alias grouping). */
  const ownEvidence = new Set<number>();
  for (const s of spans) {
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
    evidence.set(first.start, { type, evidence: spanTypeEvidence(tagged, s) });
    if (s.ownEvidence === true) ownEvidence.add(first.start);
  }
  const entities = groupMentions(mentions, input.text, ownEvidence);
  for (const e of entities) {
    let best = 0;
    for (const m of e.mentions) {
      const own = evidence.get(m.start);
      if (own !== undefined && own.type === e.type) best = Math.max(best, own.evidence);
    }
    e.typeEvidence = best;
  }
  return { entities, warnings: [] };
}
