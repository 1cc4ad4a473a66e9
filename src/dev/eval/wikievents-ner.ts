/**
 * `dossier eval wikievents-ner FILE`: the named mentions of people, groups and places in WikiEvents, an
 * out-of-domain check for the recogniser (conflict news from many publishers, none of it tuned on).
 *
 * WikiEvents types every entity mention (PER, ORG, GPE, LOC, FAC, WEA, VEH, …) but gives no mention type
 * (`mention_type` is `UNK` throughout), so names are told from nominals and pronouns by the rules of
 * `goldNames`; definitions, head and matching: eval/README.md. Scoring is `scoreHeadDoc` with placement
 * `covers`: a prediction matches a gold name of the same class when it covers the gold head token.
 */
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { emitReport } from './event-commands.js';
import { EvalRunner } from './pipeline-run.js';
import { runnerThroughput, type Throughput } from './timeml-eval.js';
import { markdownTable, pct, prfCells, PRF_HEADER } from './table.js';
import type { EvalError } from './timex-score.js';
import { headToken, rebuildText } from './wikievents.js';
import { entityMetrics, scoreHeadDoc, type ClassCounts, type EntityMetrics, type HeadedSpan } from './entity-score.js';
import { ENTITY_CLASSES, predictedMentions } from './conll-eval.js';
import { formatConfusion, type Confusion } from './confusion.js';
import { parseNameList } from '../../ner/gazetteer-files.js';
import type { Span } from '../../types.js';

/** WikiEvents entity types scored, and the class each maps to (facilities are places, as for our airports). */
export const WIKIEVENTS_CLASS: Readonly<Record<string, string>> = {
  PER: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
};

/**
 * Closed-class words that WikiEvents annotates as mentions and that are capitalised at a sentence start
 * or always ("I"): pronouns, possessives and "one". They are never names.
 */
const PRONOUNS = new Set([
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'it',
  'its',
  'they',
  'them',
  'their',
  'one',
]);

/** Lower-case words after which a name's head is over: "Ministry of Defence", "Universidad de Los Andes". */
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'del', 'des', 'du', 'di', 'la']);

/** Generational suffixes after a person's surname. */
const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Leading words that are not part of a name. */
const DETERMINERS = new Set(['the', 'a', 'an']);

const WORD = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

interface RawMention {
  id: string;
  start: number;
  end: number;
  entity_type: string;
  mention_type?: string;
}

interface RawDoc {
  doc_id: string;
  tokens: string[];
  sentences: Array<[Array<[string, number, number]>, string]>;
  entity_mentions: RawMention[];
}

/** A gold mention left out of the scored names, with the reason (its row in the confusion table). */
export interface OtherMention extends Span {
  label: string;
}

/** One document: text, scored gold names (with heads), and every other gold mention. */
export interface WikiEventsNerDoc {
  id: string;
  text: string;
  names: HeadedSpan[];
  /** Gold names typed FAC (also in `names`, as LOC). */
  facilities: HeadedSpan[];
  others: OtherMention[];
}

/**
 * The head token of a name: the last word token before the first lower-case connector that follows a
 * capitalised word ("Ministry of Defence" → Ministry, "Universidad de Los Andes" → Universidad); without a
 * connector, the last non-punctuation token ("Islamic State" → State, "Deir ez-Zor" → Zor). A person's
 * name has no connector ("María del Carmen Nadal" → Nadal) and its head is not a generational suffix
 * ("Myles Caggins III" → Caggins).
 */
export function nameHeadIndex(words: readonly string[], person = false): number {
  let lastWord = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!person && lastWord >= 0 && CONNECTORS.has(w) && UPPER_START.test(words[lastWord]!)) return lastWord;
    if (WORD.test(w) && !(person && lastWord >= 0 && GENERATIONS.has(w.toLowerCase()))) lastWord = i;
  }
  return lastWord >= 0 ? lastWord : words.length - 1;
}

/** An acronym or a word written in capitals ("US", "DW", "LONDON"): never a pronoun or a common noun. */
function allCaps(w: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(w);
}

/**
 * Whether a gold mention is a proper name, and if not why: `pronoun`, `demonym` ("Russian", "Afghans":
 * CoNLL-2003 tags these MISC and we do not emit them), or `nominal` (a common noun: the head is not
 * capitalised, or the mention has one capitalised word, e.g. a sentence-initial "Police", whose
 * lower-case form occurs as a lower-case word anywhere in the file). A mention with two or more
 * capitalised words ("Justice Department") or headed by a word in capitals ("US", "DW") is a name.
 */
export function nameStatus(
  words: readonly string[],
  lowerVocabulary: ReadonlySet<string>,
  demonyms: ReadonlySet<string>,
  person = false,
): 'name' | 'pronoun' | 'demonym' | 'nominal' {
  let from = 0;
  while (from < words.length - 1 && DETERMINERS.has(words[from]!.toLowerCase())) from++;
  const rest = words.slice(from);
  const head = rest[nameHeadIndex(rest, person)]!;
  const lower = head.toLowerCase();
  if (rest.length === 1 && PRONOUNS.has(lower) && (head === 'I' || !allCaps(head))) return 'pronoun';
  if (!UPPER_START.test(head)) return 'nominal';
  if (demonyms.has(lower) || (lower.endsWith('s') && demonyms.has(lower.slice(0, -1)))) return 'demonym';
  const capitalised = rest.filter((w) => UPPER_START.test(w) && WORD.test(w)).length;
  if (capitalised >= 2 || allCaps(head)) return 'name';
  return lowerVocabulary.has(lower) ? 'nominal' : 'name';
}

/** Every lower-case word token of a WikiEvents file (the vocabulary that marks capitalised common nouns). */
export function lowerCaseVocabulary(docs: ReadonlyArray<{ tokens: readonly string[] }>): Set<string> {
  const out = new Set<string>();
  for (const d of docs) for (const t of d.tokens) if (/^\p{Ll}/u.test(t)) out.add(t);
  return out;
}

/** Parses a WikiEvents file into documents with their gold names. */
export function parseWikiEventsNer(content: string, demonyms: ReadonlySet<string>): WikiEventsNerDoc[] {
  const raws = content
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RawDoc);
  const vocabulary = lowerCaseVocabulary(raws);
  return raws.map((raw) => {
    const { text, tokens } = rebuildText(raw.sentences);
    if (tokens.length !== raw.tokens.length)
      throw new Error(
        `wikievents ${raw.doc_id}: the sentences hold ${tokens.length} tokens, the document ${raw.tokens.length}`,
      );
    const names: HeadedSpan[] = [];
    const facilities: HeadedSpan[] = [];
    const others: OtherMention[] = [];
    for (const m of raw.entity_mentions) {
      const span = { start: tokens[m.start]!.start, end: tokens[m.end - 1]!.end };
      const cls = WIKIEVENTS_CLASS[m.entity_type];
      if (cls === undefined) {
        others.push({ ...span, label: m.entity_type });
        continue;
      }
      const words = raw.tokens.slice(m.start, m.end);
      // The dataset's own mention type wins when it has one (NAM / NOM / PRO, as in ACE).
      const given = m.mention_type?.toUpperCase();
      const status =
        given === 'NAM'
          ? 'name'
          : given === 'NOM'
            ? 'nominal'
            : given === 'PRO'
              ? 'pronoun'
              : nameStatus(words, vocabulary, demonyms, cls === 'PER');
      if (status !== 'name') {
        others.push({ ...span, label: status });
        continue;
      }
      const h = nameHeadIndex(words, cls === 'PER');
      const head = h === words.length - 1 ? headToken(tokens, text, m.start, m.end) : tokens[m.start + h]!;
      const named = { ...span, type: cls, head };
      names.push(named);
      if (m.entity_type === 'FAC') facilities.push(named);
    }
    return { id: raw.doc_id, text, names, facilities, others };
  });
}

/** The report of one WikiEvents named-mention evaluation. */
export interface WikiEventsNerReport {
  mode: 'wikievents-ner';
  file: string;
  documents: number;
  failures: Array<{ doc: string; reason: string }>;
  metrics: EntityMetrics;
  confusion: Confusion;
  /** Gold mentions of the five types by why they were left out, and the scored names by WikiEvents type. */
  gold: { names: number; facilities: number; facilitiesFound: number; leftOut: Record<string, number> };
  errors: EvalError[];
  throughput: Throughput;
}

const DEMONYMS_URL = new URL('../../../data/gazetteers/demonyms.txt', import.meta.url);

/** The demonym list of the gazetteers, lower-cased. */
export function loadDemonyms(): Set<string> {
  return new Set(parseNameList(readFileSync(DEMONYMS_URL, 'utf8')).map((n) => n.toLowerCase()));
}

/** Evaluates a WikiEvents JSON-lines file. */
export function evalWikiEventsNer(file: string, keepErrors = false): WikiEventsNerReport {
  const docs = parseWikiEventsNer(readFileSync(file, 'utf8'), loadDemonyms());
  if (docs.length === 0) throw new Error(`eval wikievents-ner: no documents in ${file}`);
  const runner = new EvalRunner();
  const counts: ClassCounts = {};
  const facCounts: ClassCounts = {};
  const confusion: Confusion = {};
  const errors: EvalError[] = [];
  const leftOut: Record<string, number> = {};
  let names = 0;
  let facilities = 0;
  for (const doc of docs) {
    names += doc.names.length;
    facilities += doc.facilities.length;
    for (const o of doc.others) if (o.label === o.label.toLowerCase()) leftOut[o.label] = (leftOut[o.label] ?? 0) + 1;
    const aligned = runner.run(doc.id, doc.text, null);
    const pred = predictedMentions(aligned);
    const otherGold = doc.others.map((o) => ({ start: o.start, end: o.end, type: o.label, head: o }));
    scoreHeadDoc(
      doc.id,
      doc.text,
      [...doc.names, ...otherGold],
      pred,
      ENTITY_CLASSES,
      counts,
      keepErrors ? errors : undefined,
      [],
      confusion,
      'covers',
    );
    scoreHeadDoc(doc.id, doc.text, doc.facilities, pred, ENTITY_CLASSES, facCounts, undefined, [], {}, 'covers');
  }
  return {
    mode: 'wikievents-ner',
    file,
    documents: docs.length,
    failures: runner.failures,
    metrics: entityMetrics(counts, ENTITY_CLASSES),
    confusion,
    gold: { names, facilities, facilitiesFound: facCounts['LOC']?.tp ?? 0, leftOut },
    errors,
    throughput: runnerThroughput(runner),
  };
}

/** The gated figures (names used in eval/thresholds.json). */
export function wikiEventsNerFigures(r: WikiEventsNerReport): Record<string, number> {
  const out: Record<string, number> = {
    'micro.precision': r.metrics.micro.precision,
    'micro.recall': r.metrics.micro.recall,
    'micro.f1': r.metrics.micro.f1,
  };
  for (const c of ENTITY_CLASSES) out[`${c}.f1`] = r.metrics.classes[c]!.f1;
  return out;
}

/** The tables of a report. */
export function formatWikiEventsNer(r: WikiEventsNerReport): string {
  const m = r.metrics;
  const rows = ENTITY_CLASSES.map((c) => [c, ...prfCells(m.classes[c]!)]);
  rows.push(['micro', ...prfCells(m.micro)]);
  const left = Object.entries(r.gold.leftOut)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const t = r.throughput;
  const lines = [
    `WikiEvents ${r.file}: named mentions of PER, ORG and GPE/LOC/FAC (→ LOC), head match (our mention covers the gold name's head token, same class; eval/README.md)`,
    markdownTable(['class', ...PRF_HEADER], rows),
    `Gold: ${r.gold.names} names (${r.gold.facilities} of them FAC, ${r.gold.facilitiesFound} found as places, ${pct(r.gold.facilities === 0 ? 0 : r.gold.facilitiesFound / r.gold.facilities)}%); left out: ${left}.`,
    'Confusion, head match (rows: gold class, a left-out gold mention, or no gold mention; columns: our class, or nothing):',
    formatConfusion(r.confusion, ENTITY_CLASSES),
    `${r.documents} documents; pipeline ${t.seconds.toFixed(1)} s, ${Math.round(t.tokensPerSecond).toLocaleString('en-US')} tokens/s (one process)`,
  ];
  if (r.failures.length > 0)
    lines.push(
      `${r.failures.length} documents failed (scored as all misses): ${r.failures[0]!.doc}: ${r.failures[0]!.reason}`,
    );
  return lines.join('\n\n');
}

/** Adds `wikievents-ner` to the `eval` command. */
export function addWikiEventsNerCommand(cmd: Command): void {
  cmd
    .command('wikievents-ner')
    .description(
      'WikiEvents JSON lines: named mentions of people, groups and places (PER, ORG, GPE/LOC/FAC), head match, P/R/F1 per class and a confusion table',
    )
    .argument('<file>', 'a WikiEvents file such as ../shared/datasets/wikievents/dev.jsonl')
    .option('--json', 'print the JSON report instead of the table')
    .option('--errors <n>', 'list up to N misses and false alarms of each kind, with context', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, got "${v}"`);
      return n;
    })
    .action((file: string, opts: { json?: boolean; errors?: number }) => {
      const r = evalWikiEventsNer(file, opts.errors !== undefined);
      emitReport(r, formatWikiEventsNer(r), opts);
    });
}
