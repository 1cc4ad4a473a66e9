/**
 * People, groups and places. Baseline (replaced by the trained tagger of the NER issue): runs of
 * capitalised PROPN tokens inside a sentence, typed by a tiny keyword rule.
 */
import { entityId } from '../ids.js';
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

/** Version of the recogniser, stamped into every record. */
export const NER_MODEL_VERSION = 'baseline-propn-0';

const GROUP_WORDS = /^(committee|movement|brigades?|army|party|ministry|council|agency|group|inc|corp|company|airlines?|forces?|coalition|organi[sz]ation|front|union)$/i;

/** Finds mentions and groups them into entities (one entity per type + normalised name). */
export function recogniseEntities(input: NerInput): NerOutput {
  const mentions: Mention[] = [];
  const { tokens, text } = input;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const sentenceStart = input.sentences[t.sentence]!.tokenStart === i;
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !sentenceStart) {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.sentence === t.sentence && tokens[j]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
      const last = tokens[j - 1]!;
      const type: EntityType = tokens.slice(i, j).some((x) => GROUP_WORDS.test(x.text)) ? 'group' : j - i >= 2 ? 'person' : 'place';
      mentions.push({ start: t.start, end: last.end, text: text.slice(t.start, last.end), sentence: t.sentence, type });
      i = j;
    } else i++;
  }
  const byId = new Map<string, EntityRecord>();
  for (const m of mentions) {
    const id = entityId(m.type, m.text);
    const e = byId.get(id) ?? { id, type: m.type, name: m.text, aliases: [], mentions: [] };
    e.mentions.push(m);
    byId.set(id, e);
  }
  return { entities: [...byId.values()], warnings: [] };
}
