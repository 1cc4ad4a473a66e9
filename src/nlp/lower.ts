/**
 * Lower-cased token texts, computed once per token list and shared by the stages that read them. The
 * timex grammar and the event rules both match words in lower case; each lower-cased all of an
 * article's tokens on its own, a second walk over every token's text right after the NER stage had
 * pushed them out of the cache.
 */
import type { Token } from '../types.js';

/** Forms already made, keyed by the token array itself (an article's tokens are never changed after annotation). */
const made = new WeakMap<readonly Token[], readonly string[]>();

/** `tokens[k].text.toLowerCase()` for every `k`, made on the first call for this array and reused after. */
export function lowerForms(tokens: readonly Token[]): readonly string[] {
  let low = made.get(tokens);
  if (low === undefined || low.length !== tokens.length) {
    const out = new Array<string>(tokens.length);
    for (let k = 0; k < tokens.length; k++) out[k] = tokens[k]!.text.toLowerCase();
    low = out;
    made.set(tokens, low);
  }
  return low;
}

/**
 * Records `forms` as the lower-cased texts of `tokens`, for an annotator that has them at hand (the wink
 * adapter lower-cases each word once per process, not once per token). `forms[k]` must equal
 * `tokens[k].text.toLowerCase()`.
 */
export function rememberLowerForms(tokens: readonly Token[], forms: readonly string[]): void {
  made.set(tokens, forms);
}
