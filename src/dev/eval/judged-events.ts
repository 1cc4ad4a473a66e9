/**
 * A hand-judged sample of the events dossier finds in news it was never tuned on, for the figure public
 * sets do not give: of the events a user gets, how many are real events of the stated type, worth a row,
 * with the right date. The news is TimeBank 1.2 and AQUAINT (1989-2000 wire and broadcast news, read
 * for time expressions only; no event rule was written from it).
 *
 *   node dist/dev/eval/judged-events.js sample [--source timebank|conll] [--conll-file eng.testa] [--n 80] [--seed 11] [--exclude FILE]... [--exclude-docs FILE]... > candidates.jsonl
 *   node dist/dev/eval/judged-events.js score [--split judged|judged2|…|judged13|all] [--misses] [FILE]
 *
 * `sample` runs the pipeline on every document and draws a seeded sample of the events it outputs; a
 * person then judges each line (fields `real`, `row`, `dateRight`, `note`; see the PROVENANCE.md beside
 * the judged file). `score` runs the pipeline again and scores the judged events it still outputs,
 * matched by document, trigger offset and type; events it outputs that nobody judged are counted apart,
 * so a changed extractor shows what it gained and lost instead of a silently different figure.
 * `--exclude` leaves out every event (document and trigger offset) of an earlier judged file, so a second
 * sample drawn at a later commit judges only events nobody has judged; `--source conll` draws from the Reuters
 * news of CoNLL-2003 `eng.train` instead (documents `eng.train#<n>`, kept when `isNewsProse`), the seventh
 * sample's source (`--conll-file eng.testa` reads CoNLL's development file instead, documents `eng.testa#<n>`,
 * the eighth sample's source); `--exclude-docs` leaves out every
 * document a file names (any gold file), so a sample can be drawn from articles no rule was written from. `--split` picks the judged file by
 * name (`judged` is the first sample, `judged2` the second, `judged3` the third, `judged4` the fourth, `judged5` the
 * fifth, `judged6` the sixth, `judged7` the seventh, `judged8` the eighth, `judged9` the ninth, `judged10` the tenth, `judged11` the eleventh, `judged12` the twelfth, `judged13` the thirteenth, `all` prints each); `--misses` lists the
 * judged events still output that are not real, not worth a row, or wrongly dated.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetArticles, seededRandom } from '../bench/corpus.js';
import { EvalRunner } from './pipeline-run.js';
import { DatasetResolver, readJsonLines } from './gold.js';
import { markdownTable, pct } from './table.js';

const REPO = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const GOLD_DIR = join(REPO, 'eval', 'gold', 'judged-events');
/** The judged files by split name. */
export const SPLITS = [
  'judged',
  'judged2',
  'judged3',
  'judged4',
  'judged5',
  'judged6',
  'judged7',
  'judged8',
  'judged9',
  'judged10',
  'judged11',
  'judged12',
  'judged13',
] as const;

/** Where a sample is drawn from: TimeBank/AQUAINT (judged1-6) or the Reuters news of CoNLL-2003 (judged7-13). */
export type JudgedSource = 'timebank' | 'conll';

/** One article to run: its id as the judged files name it, its text, and a publication date to force (or null). */
interface SourceArticle {
  name: string;
  text: string;
  dct: string | null;
}

/**
 * The publication date a Reuters dateline gives (`LONDON 1996-08-30`, `WASHINGTON 1996-08-29`): a line of
 * capitalised place words and an ISO day, in the first lines of the article. Null when there is none.
 */
export function datelineDate(text: string): string | null {
  for (const line of text.split('\n').slice(0, 4)) {
    const m = /^[A-Z][A-Za-z .'/,-]*\s(\d{4}-\d{2}-\d{2})$/.exec(line.trim());
    if (m) return m[1]!;
  }
  return null;
}

/**
 * An article that tells news in prose, not a results table or a price list, by a rule stated on the text
 * alone (no gold column is read): it has a dated dateline, no tabular line (a line of five or more tokens of
 * which at least a third are numbers: scores, standings, prices), and at least three prose sentences (lines
 * of eight or more tokens that end in a full stop or a closing quote).
 */
export function isNewsProse(text: string): boolean {
  if (datelineDate(text) === null) return false;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const tokens = (l: string): string[] => l.split(/\s+/);
  const tabular = (l: string): boolean => {
    const t = tokens(l);
    return t.length >= 5 && t.filter((w) => /^[-+]?[\d.,/:%-]*\d[\d.,/:%-]*$/.test(w)).length * 3 >= t.length;
  };
  if (lines.some(tabular)) return false;
  return lines.filter((l) => tokens(l).length >= 8 && /[.!?]["']?$/.test(l)).length >= 3;
}

/**
 * The CoNLL-2003 file a sample is drawn from (`--conll-file`, default `eng.train`): a file name of
 * `conll2003/` (`eng.train`, `eng.testa`, `eng.testb`), never a path, so document ids stay `<file>#<n>`.
 */
export function conllSourceFile(value: string | undefined): string {
  const file = value ?? 'eng.train';
  if (!/^eng\.[a-z]+$/.test(file))
    throw new Error(`judged-events: --conll-file takes a CoNLL-2003 file name such as eng.testa, got "${file}"`);
  return file;
}

/**
 * The articles of a source: CoNLL documents are named `<file>#<n>`, as the casualty gold refers to them. Sampling
 * reads every document of `conllFile`; scoring (`only`) runs exactly the documents named, of whichever file.
 */
function sourceArticles(
  root: string,
  source: JudgedSource,
  only?: ReadonlySet<string>,
  conllFile = 'eng.train',
): SourceArticle[] {
  if (source === 'timebank')
    return datasetArticles(root)
      .filter((d) => d.source === 'timebank' && (!only || only.has(d.name)))
      .map((d) => ({ name: d.name, text: d.text, dct: null }));
  const resolver = new DatasetResolver(root);
  const article = (name: string): SourceArticle | null => {
    const doc = resolver.document({ corpus: 'conll', doc: name });
    return 'missing' in doc ? null : { name, text: `${doc.text}\n`, dct: datelineDate(doc.text) };
  };
  if (only) return [...only].sort().flatMap((name) => article(name) ?? []);
  const out: SourceArticle[] = [];
  for (let n = 1; ; n++) {
    const a = article(`${conllFile}#${n}`);
    if (!a) break;
    // Sampling keeps news told in prose.
    if (isNewsProse(a.text)) out.push(a);
  }
  return out;
}

/** One event as drawn for judging. */
export interface Candidate {
  doc: string;
  start: number;
  trigger: string;
  type: string;
  status: string;
  /** The event's salience (schema 2.4; absent in samples drawn before it). */
  salience?: string;
  date: string | null;
  dateSource: string;
  /** The article's publication date as the pipeline read it. */
  published: string | null;
  sentence: string;
}

/** A candidate with a person's judgement. */
export interface Judged extends Candidate {
  /** A real event of the stated type, told as the status says. */
  real: boolean;
  /** Worth a row for an analyst counting events (real, specific, not a retelling of another row). */
  row: boolean;
  /**
   * The event's right date as a TIMEX value (`1998-10-23`, `1998-W07`, `1998`), `DCT` for the publication
   * date, or null when the event is not real or the text gives no way to know it. A value right to the
   * expected precision or finer counts ("1998-10-23TNI" for "1998-10-23", a day of the expected week).
   */
  expectedDate: string | null;
  note?: string;
}

/**
 * Every event the pipeline outputs on the documents of a source: TimeBank/AQUAINT (TimeBank's DCT as the
 * date line) or CoNLL-2003 `eng.train` Reuters news (the day of its dateline given as the publication date, as
 * a user states it: CoNLL's `PARAMARIBO, Surinam 1996-08-21` is no dateline shape a user's article has). `only`
 * runs just the named documents.
 */
export function runEvents(
  root: string,
  only?: ReadonlySet<string>,
  source: JudgedSource = 'timebank',
  conllFile = 'eng.train',
): Candidate[] {
  const runner = new EvalRunner();
  const out: Candidate[] = [];
  for (const d of sourceArticles(root, source, only, conllFile)) {
    const aligned = runner.run(d.name, d.text, d.dct);
    if (!aligned) continue;
    const { record, shift } = aligned;
    for (const e of record.events) {
      const s = record.sentences[e.trigger.sentence];
      out.push({
        doc: d.name,
        start: e.trigger.start + shift,
        trigger: e.trigger.text,
        type: e.type,
        status: e.status,
        salience: e.salience ?? 'news',
        date: e.date.value,
        dateSource: e.date.source,
        published: record.publication.date,
        sentence: s ? record.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '',
      });
    }
  }
  return out;
}

const key = (e: Pick<Candidate, 'doc' | 'start' | 'type'>): string => `${e.doc} ${e.start} ${e.type}`;
const place = (e: Pick<Candidate, 'doc' | 'start'>): string => `${e.doc} ${e.start}`;

/** The events not already judged: an event at a judged trigger offset is left out whatever its type now. */
export function excludeJudged(events: readonly Candidate[], judged: readonly Candidate[]): Candidate[] {
  const seen = new Set(judged.map(place));
  return events.filter((e) => !seen.has(place(e)));
}

/**
 * The events of documents no development gold has read: a document whose id appears anywhere in one of
 * `texts` (a judged file, a gold file quoting its source document, a list of ids) is left out whole. A
 * held-out sample drawn this way judges articles none of the rules were written from, not only events
 * nobody judged in articles whose other events were read for errors.
 */
export function excludeDocuments(events: readonly Candidate[], texts: readonly string[]): Candidate[] {
  const docs = new Set(events.map((e) => e.doc));
  const escape = (d: string): string => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A whole id only: `wsj_0032` is not named by `wsj_00321`.
  const names = (d: string): RegExp => new RegExp(`(?<![\\w.])${escape(d)}(?![\\w])`);
  const named = new Set([...docs].filter((d) => texts.some((t) => names(d).test(t))));
  return events.filter((e) => !named.has(e.doc));
}

/** A seeded sample of `n` events: the same corpus and seed give the same lines. */
export function drawSample(events: readonly Candidate[], n: number, seed: number): Candidate[] {
  const random = seededRandom(seed);
  const order = events.map((e) => ({ e, r: random() }));
  order.sort((a, b) => a.r - b.r);
  return order.slice(0, n).map((x) => x.e);
}

/** The ISO week (`1998-W17`) of a calendar day. */
function isoWeek(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day); // the Thursday of the week names its year
  const y0 = Date.UTC(t.getUTCFullYear(), 0, 1);
  const w = Math.ceil(((t.getTime() - y0) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(w).padStart(2, '0')}`;
}

/**
 * An output date is right when it is the expected value or finer (`1998-10-23TNI` for `1998-10-23`); an
 * expected week (`1990-W32`) also takes any day in that week.
 */
export function dateMatches(output: string, expected: string): boolean {
  if (output.startsWith(expected)) return true;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(output);
  return /^\d{4}-W\d{2}$/.test(expected) && day !== null && isoWeek(+day[1]!, +day[2]!, +day[3]!) === expected;
}

/** Figures over the judged events the pipeline still outputs. */
export interface JudgedScore {
  judged: number;
  stillOutput: number;
  real: number;
  row: number;
  datesKnown: number;
  datesRight: number;
  /** Judged events still output that the pipeline marks `news` (salience), and how many of them are worth a row. */
  news: number;
  newsRow: number;
  /** Events worth a row that the pipeline marks as told in passing (lost to an analyst who keeps news only). */
  rowAside: number;
  /**
   * The analyst's filter of both fields: news (salience) with a status that says the event is real (not
   * hypothetical, generic or negated), how many such events are worth a row, and the rows the filter loses.
   */
  kept: number;
  keptRow: number;
  rowFiltered: number;
  /** Judged as real but no longer output. */
  lostReal: number;
  /** Output now in the judged documents but never judged. */
  unjudged: number;
  perType: Record<string, { n: number; real: number; row: number }>;
  /** Judged events still output that are not real, not worth a row, or dated wrong (with the date now output). */
  misses: Array<{ judged: Judged; now: Candidate; dateWrong: boolean }>;
}

/** Statuses that say an event did not (or not yet as a fact) happen: an analyst counting events leaves them out. */
const UNREAL_STATUSES: ReadonlySet<string> = new Set(['hypothetical', 'generic', 'negated']);

/** The filter an analyst counting events applies: salience news and a status that is not unreal. */
export function keptByFilter(e: Pick<Candidate, 'salience' | 'status'>): boolean {
  return (e.salience ?? 'news') === 'news' && !UNREAL_STATUSES.has(e.status);
}

export function scoreJudged(judged: readonly Judged[], now: readonly Candidate[]): JudgedScore {
  const judgedKeys = new Set(judged.map(key));
  const s: JudgedScore = {
    judged: judged.length,
    stillOutput: 0,
    real: 0,
    row: 0,
    datesKnown: 0,
    datesRight: 0,
    news: 0,
    newsRow: 0,
    rowAside: 0,
    kept: 0,
    keptRow: 0,
    rowFiltered: 0,
    lostReal: 0,
    unjudged: 0,
    perType: {},
    misses: [],
  };
  const byKey = new Map(now.map((e) => [key(e), e]));
  for (const j of judged) {
    const e = byKey.get(key(j));
    if (!e) {
      if (j.real) s.lostReal++;
      continue;
    }
    s.stillOutput++;
    if (j.real) s.real++;
    if (j.row) s.row++;
    if ((e.salience ?? 'news') === 'news') {
      s.news++;
      if (j.row) s.newsRow++;
    } else if (j.row) s.rowAside++;
    if (keptByFilter(e)) {
      s.kept++;
      if (j.row) s.keptRow++;
    } else if (j.row) s.rowFiltered++;
    let dateWrong = false;
    if (j.real && j.expectedDate !== null) {
      s.datesKnown++;
      const want = j.expectedDate === 'DCT' ? e.published : j.expectedDate;
      if (want && e.date !== null && dateMatches(e.date, want)) s.datesRight++;
      else dateWrong = true;
    }
    const t = (s.perType[j.type] ??= { n: 0, real: 0, row: 0 });
    t.n++;
    if (j.real) t.real++;
    if (j.row) t.row++;
    if (!j.real || !j.row || dateWrong || (e.salience ?? 'news') !== 'news')
      s.misses.push({ judged: j, now: e, dateWrong });
  }
  const docs = new Set(judged.map((j) => j.doc));
  for (const e of now) if (docs.has(e.doc) && !judgedKeys.has(key(e))) s.unjudged++;
  return s;
}

const share = (a: number, b: number): string => `${pct(b === 0 ? 0 : a / b)} (${a}/${b})`;

/** The report of one judged file. */
export function formatScore(file: string, s: JudgedScore, misses: boolean): string {
  let out =
    `Hand-judged events (${file}): ${s.judged} judged, ${s.stillOutput} still output\n\n` +
    markdownTable(
      ['figure', 'share'],
      [
        ['real event of the stated type', share(s.real, s.stillOutput)],
        ['worth a row', share(s.row, s.stillOutput)],
        ['worth a row, of events marked news (salience)', share(s.newsRow, s.news)],
        ['rows marked as told in passing (lost to the news filter)', share(s.rowAside, s.row)],
        ['worth a row, of news with a real status (not hypothetical/generic/negated)', share(s.keptRow, s.kept)],
        ['rows lost to that filter (salience or status)', share(s.rowFiltered, s.row)],
        ['date right, of real events with a knowable date', share(s.datesRight, s.datesKnown)],
      ],
    ) +
    `\n\nper type (real / row / judged): ${Object.entries(s.perType)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([t, x]) => `${t} ${x.real}/${x.row}/${x.n}`)
      .join(', ')}\n` +
    `judged real but no longer output: ${s.lostReal}; output in the judged documents but never judged: ${s.unjudged}\n`;
  if (misses) {
    out += '\nmisses (real, row, date expected → output):\n';
    for (const m of s.misses) {
      const j = m.judged;
      out +=
        `- ${j.doc}@${j.start} ${j.type} "${j.trigger}" [${m.now.status}, ${m.now.salience ?? 'news'}] real=${j.real} row=${j.row}` +
        `${m.dateWrong ? ` date ${j.expectedDate} → ${m.now.date}` : ''}` +
        `${j.note ? ` — ${j.note}` : ''}\n    ${j.sentence}\n`;
    }
  }
  return out;
}

function readJudged(file: string): Judged[] {
  return readJsonLines<Judged>(readFileSync(file, 'utf8'), file);
}

/** The events the pipeline outputs now on the documents judged in `sets`, each run from its source. */
function eventsNow(root: string, sets: ReadonlyArray<readonly Judged[]>): Candidate[] {
  const docs = new Set(sets.flatMap((judged) => judged.map((j) => j.doc)));
  const conll = (d: string): boolean => /^eng\.\w+#\d+$/.test(d);
  const ofSource = (source: JudgedSource): Candidate[] => {
    const names = new Set([...docs].filter((d) => conll(d) === (source === 'conll')));
    return names.size > 0 ? runEvents(root, names, source) : [];
  };
  return [...ofSource('timebank'), ...ofSource('conll')];
}

/**
 * The gated figures of judged files (`npm run eval:gates`, mode `judged-events`), by file name: `judged7.real`
 * (real events of the stated type, of the judged events still output) and `judged7.newsRow` (worth a row, of
 * those marked news).
 */
export function judgedFigures(files: readonly string[], root: string): Record<string, number> {
  const sets = files.map((f) => readJudged(f));
  const now = eventsNow(root, sets);
  const out: Record<string, number> = {};
  files.forEach((f, i) => {
    const s = scoreJudged(sets[i]!, now);
    const name = basename(f).replace(/\.jsonl$/, '');
    out[`${name}.real`] = s.stillOutput === 0 ? 0 : s.real / s.stillOutput;
    out[`${name}.newsRow`] = s.news === 0 ? 0 : s.newsRow / s.news;
  });
  return out;
}

function main(argv: string[]): void {
  const [cmd, ...rest] = argv;
  const flag = (name: string, dflt: string): string => {
    const i = rest.indexOf(name);
    return i >= 0 && rest[i + 1] ? rest[i + 1]! : dflt;
  };
  const flagged = new Set<number>();
  rest.forEach((a, i) => {
    if (a.startsWith('--') && a !== '--misses') flagged.add(i + 1);
  });
  const positional = rest.filter((a, i) => !a.startsWith('--') && !flagged.has(i));
  const root = resolve(flag('--datasets', join(REPO, '..', 'shared', 'datasets')));
  if (cmd === 'sample') {
    const excluded = rest.flatMap((a, i) => (a === '--exclude' && rest[i + 1] ? readJudged(rest[i + 1]!) : []));
    const docTexts = rest.flatMap((a, i) =>
      a === '--exclude-docs' && rest[i + 1] ? [readFileSync(rest[i + 1]!, 'utf8')] : [],
    );
    const source: JudgedSource = flag('--source', 'timebank') === 'conll' ? 'conll' : 'timebank';
    const conllFile = conllSourceFile(rest.includes('--conll-file') ? flag('--conll-file', '') : undefined);
    const pool = excludeDocuments(excludeJudged(runEvents(root, undefined, source, conllFile), excluded), docTexts);
    const sample = drawSample(pool, Number(flag('--n', '80')), Number(flag('--seed', '11')));
    for (const e of sample) process.stdout.write(`${JSON.stringify(e)}\n`);
    return;
  }
  if (cmd === 'score') {
    const split = flag('--split', 'judged');
    const files =
      positional.length > 0
        ? positional
        : split === 'all'
          ? SPLITS.map((n) => join(GOLD_DIR, `${n}.jsonl`))
          : [join(GOLD_DIR, `${split}.jsonl`)];
    const sets = files.map((f) => ({ file: f, judged: readJudged(f) }));
    const now = eventsNow(
      root,
      sets.map((x) => x.judged),
    );
    process.stdout.write(
      sets.map((x) => formatScore(x.file, scoreJudged(x.judged, now), rest.includes('--misses'))).join('\n'),
    );
    return;
  }
  process.stderr.write(
    'usage: judged-events.js sample [--source timebank|conll] [--conll-file eng.train|eng.testa] [--n 80] [--seed 11] [--exclude FILE]... [--exclude-docs FILE]... | score [--split judged|judged2|…|judged13|all] [--misses] [FILE]\n',
  );
  process.exitCode = 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2));
