/**
 * Confusion tables for named-mention scoring: which gold class each prediction landed on, so that an
 * ORG read as LOC is visible as such instead of one false alarm plus one miss. Rows are gold classes
 * (the scored ones, then any other gold label a prediction landed on, e.g. MISC, then `(none)`: no gold
 * mention there); columns are predicted classes, then `(missed)`: a gold mention nothing landed on.
 *
 * The cells add up to the P/R/F1 counts of the same scorer: TP of X = cell (X, X); FP of X = the rest of
 * column X; FN of X = the rest of row X (`countsFromConfusion` recomputes them, and the tests check it).
 */
import { emptyCounts } from './metrics.js';
import { markdownTable } from './table.js';
import type { ClassCounts } from './entity-score.js';

/** Gold row of predictions that no gold mention explains. */
export const SPURIOUS = '(none)';
/** Predicted column of gold mentions that no prediction landed on. */
export const MISSED = '(missed)';

/** gold label → predicted label → count. */
export type Confusion = Record<string, Record<string, number>>;

/** Adds `n` to the cell (gold, predicted). */
export function addConfusion(c: Confusion, gold: string, pred: string, n = 1): void {
  const row = (c[gold] ??= {});
  row[pred] = (row[pred] ?? 0) + n;
}

/** Adds every cell of `b` into `a`. */
export function mergeConfusion(a: Confusion, b: Confusion): Confusion {
  for (const [g, row] of Object.entries(b)) for (const [p, n] of Object.entries(row)) addConfusion(a, g, p, n);
  return a;
}

/** The P/R/F1 counts per scored class implied by a confusion table. */
export function countsFromConfusion(c: Confusion, classes: readonly string[]): ClassCounts {
  const out: ClassCounts = {};
  for (const x of classes) out[x] = emptyCounts();
  for (const [g, row] of Object.entries(c))
    for (const [p, n] of Object.entries(row)) {
      if (g === p && out[g]) out[g].tp += n;
      else {
        if (out[p]) out[p].fp += n;
        if (out[g]) out[g].fn += n;
      }
    }
  return out;
}

/** The table: scored classes first, other gold labels (sorted), then `(none)`; columns classes + `(missed)`. */
export function formatConfusion(c: Confusion, classes: readonly string[]): string {
  const others = Object.keys(c)
    .filter((g) => !classes.includes(g) && g !== SPURIOUS)
    .sort();
  const rows = [...classes, ...others, SPURIOUS];
  const cols = [...classes, MISSED];
  return markdownTable(
    ['gold \\ predicted', ...cols],
    rows.map((g) => [g, ...cols.map((p) => (g === SPURIOUS && p === MISSED ? '' : String(c[g]?.[p] ?? 0)))]),
  );
}
