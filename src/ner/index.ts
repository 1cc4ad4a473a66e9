/**
 * People, groups and places: a two-pass averaged-perceptron BILOU tagger over wink's tokens (trained on
 * CoNLL-2003 with `npm run train:ner`), gazetteer features from data/gazetteers/, and within-article
 * alias grouping into entities. The model loads once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import { sha256 } from '../ids.js';
import { groupMentions } from './aliases.js';
import { gazetteerBytes, loadGazetteers } from './gazetteer-files.js';
import { NameTable } from './gazetteer.js';
import { readModel, type NerModel } from './modelfile.js';
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

const MODEL_URL = new URL('../../data/models/ner.bin', import.meta.url);

/** Version of the recogniser, stamped into every record: a hash of the model file and the gazetteers. */
export const NER_MODEL_VERSION = `ner-${sha256(Buffer.concat([readFileSync(MODEL_URL), ...gazetteerBytes()])).slice(0, 12)}`;

let model: NerModel | null = null;
let packed: PackedTwoPass | null = null;
let names: NameTable | null = null;

/** The committed model, read on first use and kept for the process. */
export function nerModel(): NerModel {
  if (model === null) model = readModel(readFileSync(MODEL_URL));
  return model;
}

/** The model in its run-time form (both passes in one table), built on first use. */
export function runtimeModel(): PackedTwoPass {
  if (packed === null) packed = new PackedTwoPass(nerModel().pass1, nerModel().pass2);
  return packed;
}

/** The training-name gazetteer and the list gazetteers in one table: a key has the bits it has in either. */
function nameTable(): NameTable {
  if (names === null) names = NameTable.union([nerModel().trainNames, loadGazetteers()]);
  return names;
}

/** CoNLL class → our entity type (MISC is not one of ours: nationalities, events, works). */
const TYPE_OF: ReadonlyArray<EntityType | null> = CLASSES.map((c) =>
  c === 'PER' ? 'person' : c === 'ORG' ? 'group' : c === 'LOC' ? 'place' : null,
);

/** Token spans the tagger finds, MISC included (the class index follows `CLASSES`). */
export function tagSpans(input: Pick<NerInput, 'tokens' | 'sentences'>): TokenSpan[] {
  const tagged = tagDocument(runtimeModel(), input.tokens, input.sentences, [nameTable()]);
  const spans: TokenSpan[] = [];
  for (const s of input.sentences) decodeSpans(tagged.pass2, s.tokenStart, s.tokenEnd, spans);
  return refineSpans(input.tokens, spans, tagged.gaz);
}

/** Finds mentions of people, groups and places and groups them into entities. */
export function recogniseEntities(input: NerInput): NerOutput {
  const mentions: Mention[] = [];
  for (const s of tagSpans(input)) {
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
