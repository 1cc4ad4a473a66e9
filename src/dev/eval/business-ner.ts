/**
 * `dossier eval business-ner [FILE]`: names of people, groups and places in business and car-industry news
 * written in the style of Wikinews (our own gold, `eval/gold/business-ner/`, PROVENANCE.md there), an
 * out-of-domain check for the topics of MEANTIME's other corpora (stock markets, car makers): products named
 * by maker and model, market indexes and exchanges, datelines, headlines in capitals.
 *
 * The gold file is plain text with inline labels: `=== id` starts a document, every other line is one line
 * of it (headline, date line, then the body), and `[TYPE words]` marks a name: PER, ORG, LOC (scored) or PRO
 * (a product) and FIN (a market index) — names we must not output as people, groups or places; a
 * prediction on them is a false alarm, listed in their row of the confusion table. Scoring is exact character
 * span + class, as conlleval. A prediction that only overlaps a gold name counts in that name's row as
 * `<TYPE> (part)`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { emitReport } from './event-commands.js';
import { EvalRunner } from './pipeline-run.js';
import { markdownTable, prfCells, PRF_HEADER } from './table.js';
import { ENTITY_CLASSES, predictedMentions } from './conll-eval.js';
import { entityMetrics, type ClassCounts, type EntityMetrics, type TypedSpan } from './entity-score.js';
import { addConfusion, formatConfusion, MISSED, SPURIOUS, type Confusion } from './confusion.js';
import { emptyCounts } from './metrics.js';
import { spanContext } from './spans.js';
import type { EvalError } from './timex-score.js';

/** The default gold file (the first split: development since session 12). */
export const BUSINESS_GOLD = fileURLToPath(new URL('../../../eval/gold/business-ner/articles.txt', import.meta.url));

/**
 * The gold file of each split: `1` the first (development), `2` the second (eval/gold/business-ner2/,
 * written in the eighth December session; its first reading was a held-out figure), `3` the third
 * (eval/gold/business-ner3/, written in the ninth December session: stock markets, cars, tech and aviation;
 * its first reading was a held-out figure), `4` the fourth (eval/gold/business-ner4/, written in the twelfth December
 * session: politics, courts and armed conflict in wire style; its first reading was a held-out figure).
 */
export const BUSINESS_SPLITS: Readonly<Record<string, string>> = {
  '1': BUSINESS_GOLD,
  '2': fileURLToPath(new URL('../../../eval/gold/business-ner2/articles.txt', import.meta.url)),
  '3': fileURLToPath(new URL('../../../eval/gold/business-ner3/articles.txt', import.meta.url)),
  '4': fileURLToPath(new URL('../../../eval/gold/business-ner4/articles.txt', import.meta.url)),
};

/** Labels a gold file may use: the scored classes and the names we must not output. */
const LABELS = new Set(['PER', 'ORG', 'LOC', 'PRO', 'FIN']);

/** One gold document: its text and labelled names. */
export interface BusinessDoc {
  id: string;
  text: string;
  names: TypedSpan[];
}

/** Parses the inline-labelled gold file (see the module comment). */
export function parseBusinessGold(content: string): BusinessDoc[] {
  const docs: BusinessDoc[] = [];
  let doc: BusinessDoc | null = null;
  for (const [n, line] of content.split('\n').entries()) {
    if (line.startsWith('=== ')) {
      doc = { id: line.slice(4).trim(), text: '', names: [] };
      docs.push(doc);
      continue;
    }
    if (line.trim() === '') continue;
    if (doc === null) throw new Error(`business-ner gold line ${n + 1}: text before the first "=== id" line`);
    if (doc.text !== '') doc.text += '\n';
    let last = 0;
    for (const m of line.matchAll(/\[([A-Z]+) ([^\]]+)\]/g)) {
      if (!LABELS.has(m[1]!)) throw new Error(`business-ner gold line ${n + 1}: unknown label ${m[1]}`);
      doc.text += line.slice(last, m.index);
      doc.names.push({ start: doc.text.length, end: doc.text.length + m[2]!.length, type: m[1]! });
      doc.text += m[2]!;
      last = m.index + m[0].length;
    }
    doc.text += line.slice(last);
    if (/[[\]]/.test(line.slice(last))) throw new Error(`business-ner gold line ${n + 1}: unbalanced label`);
  }
  return docs;
}

/** The report of one evaluation. */
export interface BusinessNerReport {
  mode: 'business-ner';
  file: string;
  documents: number;
  sentences: number;
  failures: Array<{ doc: string; reason: string }>;
  metrics: EntityMetrics;
  confusion: Confusion;
  errors: EvalError[];
}

/** Scores one document's predictions against its gold names (exact span + class), filling counts and confusion. */
export function scoreBusinessDoc(
  doc: BusinessDoc,
  pred: readonly TypedSpan[],
  counts: ClassCounts,
  confusion: Confusion,
  errors: EvalError[],
): void {
  for (const c of ENTITY_CLASSES) counts[c] ??= emptyCounts();
  const hit = new Set<TypedSpan>();
  for (const p of pred) {
    const exact = doc.names.find((g) => g.start === p.start && g.end === p.end);
    if (exact !== undefined && exact.type === p.type && !hit.has(exact)) {
      hit.add(exact);
      counts[p.type]!.tp++;
      addConfusion(confusion, p.type, p.type);
      continue;
    }
    counts[p.type]!.fp++;
    const over = exact ?? doc.names.find((g) => g.start < p.end && p.start < g.end);
    const row = over === undefined ? SPURIOUS : over === exact ? over.type : `${over.type} (part)`;
    if (exact !== undefined && ENTITY_CLASSES.includes(exact.type as never)) hit.add(exact);
    addConfusion(confusion, row, p.type);
    errors.push({
      doc: doc.id,
      kind: 'false alarm',
      text: doc.text.slice(p.start, p.end),
      detail: `${p.type}; ${over === undefined ? 'no gold name here' : `gold ${row}: "${doc.text.slice(over.start, over.end)}"`}`,
      context: spanContext(doc.text, p),
    });
  }
  for (const g of doc.names) {
    if (!ENTITY_CLASSES.includes(g.type as never)) continue;
    const found = pred.some((p) => p.start === g.start && p.end === g.end && p.type === g.type);
    if (found) continue;
    counts[g.type]!.fn++;
    if (!hit.has(g)) addConfusion(confusion, g.type, MISSED);
    errors.push({
      doc: doc.id,
      kind: 'miss',
      text: doc.text.slice(g.start, g.end),
      detail: g.type,
      context: spanContext(doc.text, g),
    });
  }
}

/** Runs the pipeline on every gold document and scores it. */
export function evalBusinessNer(file = BUSINESS_GOLD): BusinessNerReport {
  const docs = parseBusinessGold(readFileSync(file, 'utf8'));
  if (docs.length === 0) throw new Error(`eval business-ner: no documents in ${file}`);
  const runner = new EvalRunner();
  const counts: ClassCounts = {};
  const confusion: Confusion = {};
  const errors: EvalError[] = [];
  let sentences = 0;
  for (const doc of docs) {
    sentences += doc.text.split('\n').length - 2;
    scoreBusinessDoc(doc, predictedMentions(runner.run(doc.id, doc.text, null)), counts, confusion, errors);
  }
  return {
    mode: 'business-ner',
    file,
    documents: docs.length,
    sentences,
    failures: runner.failures,
    metrics: entityMetrics(counts, ENTITY_CLASSES),
    confusion,
    errors,
  };
}

/** The gated figures (names used in eval/thresholds.json). */
export function businessNerFigures(r: BusinessNerReport): Record<string, number> {
  const out: Record<string, number> = { 'micro.f1': r.metrics.micro.f1 };
  for (const c of ENTITY_CLASSES) out[`${c}.f1`] = r.metrics.classes[c]!.f1;
  return out;
}

/** The tables of a report. */
export function formatBusinessNer(r: BusinessNerReport): string {
  const rows = ENTITY_CLASSES.map((c) => [c, ...prfCells(r.metrics.classes[c]!)]);
  rows.push(['micro', ...prfCells(r.metrics.micro)]);
  const lines = [
    `Business and car-industry news ${r.file}: ${r.documents} documents, ${r.sentences} body sentences; exact span + class`,
    markdownTable(['class', ...PRF_HEADER], rows),
    'Confusion (rows: gold label, PRO product, FIN market index, "(part)": overlapping only, or no gold name; columns: our class, or nothing):',
    formatConfusion(r.confusion, ENTITY_CLASSES),
  ];
  if (r.failures.length > 0)
    lines.push(`${r.failures.length} documents failed: ${r.failures[0]!.doc}: ${r.failures[0]!.reason}`);
  return lines.join('\n\n');
}

/** Adds `business-ner` to the `eval` command. */
export function addBusinessNerCommand(cmd: Command): void {
  cmd
    .command('business-ner')
    .description(
      'our gold of business and car-industry news (eval/gold/business-ner): names of people, groups and places, exact span, P/R/F1 per class and a confusion table with products and indexes',
    )
    .argument('[file]', 'an inline-labelled gold file (default: the file of --split)')
    .option(
      '--split <n>',
      `the split of our gold to score when no file is given: ${Object.keys(BUSINESS_SPLITS).join(' or ')}`,
      '1',
    )
    .option('--json', 'print the JSON report instead of the table')
    .option('--errors <n>', 'list up to N misses and false alarms of each kind, with context', (v: string) => Number(v))
    .action((file: string | undefined, opts: { split: string; json?: boolean; errors?: number }) => {
      const split = BUSINESS_SPLITS[opts.split];
      if (file === undefined && split === undefined)
        throw new Error(
          `eval business-ner: unknown split "${opts.split}" (known: ${Object.keys(BUSINESS_SPLITS).join(', ')})`,
        );
      const r = evalBusinessNer(file ?? split);
      emitReport(r, formatBusinessNer(r), { json: opts.json, errors: opts.errors });
    });
}
