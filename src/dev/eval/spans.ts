/** One-to-one matching of predicted and gold character spans. */
import type { Span } from '../../types.js';

/** True when the half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Characters two spans share. */
function overlapLength(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Pairs each gold span with at most one predicted span and vice versa. `exact` pairs only identical
 * spans; otherwise any overlap counts and the largest overlaps are paired first (ties: earlier gold,
 * then earlier prediction), so one long prediction covering two gold spans earns one match, not two.
 * Returns `pairs` as [goldIndex, predIndex].
 */
export function matchSpans(gold: readonly Span[], pred: readonly Span[], exact: boolean): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  const order = pred.map((_, j) => j).sort((a, b) => pred[a]!.start - pred[b]!.start);
  const longest = pred.reduce((m, p) => Math.max(m, p.end - p.start), 0);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    // Only predictions starting in (g.start - longest, g.end) can overlap g: binary-search the first one.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred[order[mid]!]!.start <= g.start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length; k++) {
      const j = order[k]!;
      const p = pred[j]!;
      if (p.start >= g.end) break;
      if (exact ? p.start === g.start && p.end === g.end : overlaps(g, p)) candidates.push([i, j, overlapLength(g, p)]);
    }
  }
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [i, j] of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** `text` around a span with the span in brackets, on one line, for error listings. */
export function spanContext(text: string, span: Span, width = 40): string {
  const left = text.slice(Math.max(0, span.start - width), span.start);
  const right = text.slice(span.end, span.end + width);
  return `${left}[${text.slice(span.start, span.end)}]${right}`.replace(/\s+/g, ' ');
}
