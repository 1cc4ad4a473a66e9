/** Plain-text tables for evaluation and benchmark reports. */
import type { Prf } from './metrics.js';

/** Formats rows as a Markdown table (readable in a terminal and pasteable into docs). */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A ratio as a percentage with one decimal (`87.3`). */
export function pct(x: number): string {
  return (100 * x).toFixed(1);
}

/** Precision, recall, F1 and the counts as table cells. */
export function prfCells(m: Prf): string[] {
  return [pct(m.precision), pct(m.recall), pct(m.f1), String(m.tp), String(m.fp), String(m.fn)];
}

/** Header matching `prfCells`. */
export const PRF_HEADER = ['P', 'R', 'F1', 'TP', 'FP', 'FN'] as const;
