/**
 * People, groups and places: a two-pass averaged-perceptron BILOU tagger over wink's tokens (trained on
 * CoNLL-2003 with `npm run train:ner`), gazetteer features from data/gazetteers/, and within-article
 * alias grouping into entities. Pure: the model and the gazetteers come in as a `Recogniser`, built once per
 * process by `src/resources.ts` (this folder reads no file).
 */
import { groupMentions } from './aliases.js';
import { NameTable } from './gazetteer.js';
import type { NerModel } from './modelfile.js';
import { tagDocument } from './tagger.js';
import { PackedTwoPass } from './packed.js';
import { CLASSES, decodeSpans, type TokenSpan } from './tags.js';
import { refineSpans } from './refine.js';
import type { EntityRecord, EntityType, Mention, Sentence, Token, Warning } from '../types.js';

/** What the recogniser reads. */
export interface NerInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
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
}

/**
 * Builds the run-time recogniser from a read model and the list gazetteers: both passes in one table, and
 * the training-name gazetteer and the list gazetteers in one table (a key has the bits it has in either).
 */
export function createRecogniser(model: NerModel, gazetteers: NameTable): Recogniser {
  return {
    model: new PackedTwoPass(model.pass1, model.pass2),
    names: NameTable.union([model.trainNames, gazetteers]),
  };
}

/** CoNLL class → our entity type (MISC is not one of ours: nationalities, events, works). */
const TYPE_OF: ReadonlyArray<EntityType | null> = CLASSES.map((c) =>
  c === 'PER' ? 'person' : c === 'ORG' ? 'group' : c === 'LOC' ? 'place' : null,
);

/** Token spans the tagger finds, MISC included (the class index follows `CLASSES`). */
export function tagSpans(input: Pick<NerInput, 'tokens' | 'sentences'>, recogniser: Recogniser): TokenSpan[] {
  const tagged = tagDocument(recogniser.model, input.tokens, input.sentences, [recogniser.names]);
  const spans: TokenSpan[] = [];
  for (const s of input.sentences) decodeSpans(tagged.pass2, s.tokenStart, s.tokenEnd, spans);
  return refineSpans(input.tokens, spans, tagged.gaz);
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
