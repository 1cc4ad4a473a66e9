/**
 * What every time-expression rule works with: the sentence context it reads and the hit it returns.
 */
import type { DatePrecision, TimexType, Token } from '../types.js';
import type { Point } from './calendar.js';

/** How a value was obtained (recorded on each timex as `anchor`). */
export type Anchor = 'absolute' | 'publication-date' | 'publication-date+tense' | 'narrative' | 'unresolved';

/** What the rules see: one sentence of tokens and the reference times. */
export interface GrammarContext {
  tokens: readonly Token[];
  low: readonly string[];
  /** Sentence token range `[lo, hi)`. */
  lo: number;
  hi: number;
  /** Publication date as a day index, or null (relative values then stay unresolved). */
  dct: number | null;
  /** The narrative's current reference time: the last explicit point the text moved to. */
  narrative: Point | null;
  /** True when that point was itself counted from the publication date ("last January"), not written out. */
  narrativeRelative?: boolean;
  /** The last day the text moved to, kept when a coarser point ("earlier this month") moves the narrative after it. */
  narrativeDay?: Point | null;
  /** The first current-or-last quarter the text names: the one a financial report is about. */
  topicQuarter?: Point | null;
}

/** One recognised expression over tokens `[start, end)`. */
export interface Hit {
  start: number;
  end: number;
  type: TimexType;
  value: string | null;
  mod?: string;
  precision: DatePrecision;
  anchor: Anchor;
  /** The calendar point it denotes, when it moves the narrative reference time. */
  point?: Point;
  /** `point` takes START/END/MID mods, `quantity` and `ago` take MORE_THAN/LESS_THAN/APPROX. */
  kind: 'point' | 'quantity' | 'ago' | 'other';
  /** A comparison point ("the year-ago quarter"): resolved, but the narrative does not move to it. */
  comparison?: boolean;
}

/** A shape of token a rule may start on, besides its start words. */
export type StartShape =
  /** A token with an ASCII digit first or second: "1998", "27th", "3:14", "1990s", "'90s", "2024-06-20". */
  | 'digit'
  /** A token wink types as a number: "24", "1,500", "2.5" (and sometimes a number word). */
  | 'number'
  /** A "mid-" compound wink keeps as one token: "mid-1990s", "mid-afternoon". */
  | 'mid';

/**
 * One rule of the grammar (a file in `rules/`): what its first token may be, and its match. The
 * dispatch tables (`dispatch.ts`) are built from `starts`, so the declaration is the only place that
 * says where a rule can begin; a test runs every rule at every token of a corpus and checks that it
 * never matches where its declaration does not admit the token.
 */
export interface TimexRule {
  /** The rule's name: its file under `rules/`. */
  readonly name: string;
  /** The first token must be one of `words` (lower-cased) or have one of `shapes`. */
  readonly starts: { readonly words: readonly string[]; readonly shapes?: readonly StartShape[] };
  /** The expression starting at token `k`, or null. */
  readonly match: (c: GrammarContext, k: number) => Hit | null;
}
