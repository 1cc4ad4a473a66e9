/**
 * `dossier eval places [GOLD.tsv]`: place linking against the hand-linked gold set in eval/gold/places/
 * (PROVENANCE.md there). Each gold row is a place mention (source, document, character offsets) and the
 * GeoNames id it refers to, or `-` when no place of the offline table is meant (the linker should then
 * leave it unlinked). Two figures:
 * - **linking accuracy** (the issue's target): every gold mention is handed to the linker as a place
 *   entity, with the article's recognised places as context (a gold mention the recogniser missed or
 *   typed otherwise becomes a place entity of its own), and its link is compared with the gold id;
 * - **end to end**: the pipeline's own output, where a gold mention counts as right only when the
 *   recogniser found it as a place and the linker chose the gold id.
 * `--draft` prints candidate rows (the pipeline's own links pre-filled) for a person to check by hand.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { catText, parseCat } from './cat.js';
import { LAST_ANNOTATED_SENTENCE } from './meantime-gold.js';
import { rebuildText } from './wikievents.js';
import { EvalRunner } from './pipeline-run.js';
import { linkPlaces } from '../../geo/link.js';
import { loadResources } from '../../resources.js';
import type { EntityRecord, GeoLink, Mention } from '../../types.js';

/** Where a gold document comes from. */
export type PlaceSource = 'article' | 'meantime' | 'wikievents';

/** One hand-linked place mention. */
export interface PlaceGold {
  source: PlaceSource;
  doc: string;
  start: number;
  end: number;
  /** The mention as written (empty for WikiEvents, whose text is not ours to copy). */
  mention: string;
  /** The GeoNames id meant, or null when no place of the offline table is meant. */
  geonamesId: number | null;
  note: string;
}

/** Parses the gold TSV: `source doc start end mention geonamesId note`, `#` lines are comments. */
export function parsePlaceGold(text: string): PlaceGold[] {
  const out: PlaceGold[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [source, doc, start, end, mention, gid, note] = line.split('\t');
    if (source !== 'article' && source !== 'meantime' && source !== 'wikievents')
      throw new Error(`places gold: unknown source ${JSON.stringify(source)} in: ${line}`);
    out.push({
      source,
      doc: doc ?? '',
      start: Number(start),
      end: Number(end),
      mention: mention ?? '',
      geonamesId: gid === '-' || gid === undefined ? null : Number(gid),
      note: note ?? '',
    });
  }
  return out;
}

/** A document's text in the coordinates of its gold offsets, and the candidate mentions for `--draft`. */
interface PlaceDoc {
  source: PlaceSource;
  doc: string;
  text: string;
  /** Place mentions the dataset marks (MEANTIME LOC names, WikiEvents GPE/LOC names); none for articles. */
  marked: Array<{ start: number; end: number }>;
}

/** Reads the documents the gold set names (or, for drafting, every document of the sources). */
export function loadPlaceDocs(articlesDir: string, datasetsDir: string, only?: Set<string>): PlaceDoc[] {
  const docs: PlaceDoc[] = [];
  const want = (source: PlaceSource, doc: string) => only === undefined || only.has(`${source}\u0000${doc}`);
  for (const f of readdirSync(articlesDir).sort())
    if (f.endsWith('.txt') && want('article', f))
      docs.push({ source: 'article', doc: f, text: readFileSync(path.join(articlesDir, f), 'utf8'), marked: [] });
  const meantime = path.join(datasetsDir, 'meantime');
  if (existsSync(meantime))
    for (const corpus of readdirSync(meantime)
      .filter((d) => d.startsWith('corpus_'))
      .sort())
      for (const f of readdirSync(path.join(meantime, corpus)).sort()) {
        if (!f.endsWith('.xml') || !want('meantime', f)) continue;
        const cat = parseCat(readFileSync(path.join(meantime, corpus, f), 'utf8'));
        const { text, tokenSpans } = catText(cat);
        const sentenceOf = new Map(cat.tokens.map((t) => [t.id, t.sentence]));
        const marked: PlaceDoc['marked'] = [];
        // A mention's type is on the ENTITY instance it REFERS_TO.
        const typeOf = new Map<string, string>();
        for (const r of cat.relations)
          if (r.tag === 'REFERS_TO')
            for (const src of r.sources)
              for (const t of r.targets) typeOf.set(src, cat.markables.get(t)?.attrs.ent_type ?? '');
        for (const m of cat.markables.values()) {
          if (m.tag !== 'ENTITY_MENTION' || typeOf.get(m.id) !== 'LOC' || m.attrs.syntactic_type !== 'NAM') continue;
          if (!m.tokens.every((t) => (sentenceOf.get(t) ?? Infinity) <= LAST_ANNOTATED_SENTENCE)) continue;
          const spans = m.tokens.map((t) => tokenSpans.get(t)).filter((s) => s !== undefined);
          if (spans.length === 0) continue;
          marked.push({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
        }
        docs.push({ source: 'meantime', doc: f, text, marked });
      }
  const wikievents = path.join(datasetsDir, 'wikievents', 'dev.jsonl');
  if (existsSync(wikievents))
    for (const line of readFileSync(wikievents, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const raw = JSON.parse(line) as {
        doc_id: string;
        sentences: Array<[[string, number, number][], string]>;
        entity_mentions: Array<{ start: number; end: number; entity_type: string }>;
      };
      if (!want('wikievents', raw.doc_id)) continue;
      const { text, tokens } = rebuildText(raw.sentences);
      const marked: PlaceDoc['marked'] = [];
      for (const m of raw.entity_mentions) {
        if (m.entity_type !== 'GPE' && m.entity_type !== 'LOC') continue;
        const s = { start: tokens[m.start]!.start, end: tokens[m.end - 1]!.end };
        if (/^\p{Lu}/u.test(text.slice(s.start, s.end))) marked.push(s);
      }
      docs.push({ source: 'wikievents', doc: raw.doc_id, text, marked });
    }
  return docs;
}

/** One scored gold mention. */
export interface PlaceOutcome {
  gold: PlaceGold;
  /** The linker's answer for the gold mention (linking accuracy). */
  linked: GeoLink | null;
  /** The pipeline's own answer: the geo of the place entity covering the mention, if any. */
  endToEnd: GeoLink | null | 'not-a-place';
}

export interface PlaceReport {
  mentions: number;
  bySource: Record<string, { mentions: number; correct: number; endToEnd: number }>;
  correct: number;
  accuracy: number;
  endToEndCorrect: number;
  endToEndAccuracy: number;
  /** Gold mentions whose place the pipeline found as a place entity at all. */
  foundAsPlace: number;
  misses: PlaceOutcome[];
  failures: Array<{ doc: string; reason: string }>;
}

/** The entity with the mention that overlaps the span most (the shorter mention on a tie), if any. */
function coveringEntity(
  entities: readonly EntityRecord[],
  span: { start: number; end: number },
  shift = 0,
): EntityRecord | undefined {
  let best: EntityRecord | undefined;
  let bestOverlap = 0;
  let bestLength = Infinity;
  for (const e of entities)
    for (const m of e.mentions) {
      const overlap = Math.min(m.end + shift, span.end) - Math.max(m.start + shift, span.start);
      const length = m.end - m.start;
      if (overlap > bestOverlap || (overlap === bestOverlap && overlap > 0 && length < bestLength)) {
        best = e;
        bestOverlap = overlap;
        bestLength = length;
      }
    }
  return best;
}

const right = (gold: PlaceGold, link: GeoLink | null | 'not-a-place') =>
  gold.geonamesId === null
    ? link === null || link === 'not-a-place'
    : link !== null && link !== 'not-a-place' && link.geonamesId === gold.geonamesId;

/** Runs the pipeline on each gold document and scores the gold mentions. */
export function scorePlaces(gold: readonly PlaceGold[], docs: readonly PlaceDoc[]): PlaceReport {
  const runner = new EvalRunner();
  const { geo, aliases } = loadResources().entities;
  const aliasFn = (k: string) => aliases.places.get(k) ?? k;
  const outcomes: PlaceOutcome[] = [];
  for (const d of docs) {
    const golds = gold.filter((g) => g.source === d.source && g.doc === d.doc);
    if (golds.length === 0) continue;
    const aligned = runner.run(`${d.source}-${d.doc}`, d.text, null);
    const entities: EntityRecord[] = aligned
      ? aligned.record.entities.map((e) => ({
          ...e,
          mentions: e.mentions.map((m) => ({ ...m, start: m.start + aligned.shift, end: m.end + aligned.shift })),
        }))
      : [];
    const places = entities.filter((e) => e.type === 'place');
    // Linking accuracy: the article's places, plus a place entity for each gold mention none covers.
    const extra: EntityRecord[] = [];
    const forGold = new Map<PlaceGold, EntityRecord>();
    for (const g of golds) {
      const covering = coveringEntity(places, g);
      if (covering !== undefined) {
        forGold.set(g, covering);
        continue;
      }
      const text = d.text.slice(g.start, g.end);
      const m: Mention = { start: g.start, end: g.end, text, sentence: 0, type: 'place' };
      // A name already among the article's places joins that entity (as alias grouping would).
      const same = [...places, ...extra].find((e) => e.name === text);
      if (same !== undefined) {
        same.mentions = [...same.mentions, m];
        forGold.set(g, same);
        continue;
      }
      const e: EntityRecord = { id: 'plc_0000000000000000', type: 'place', name: text, aliases: [], mentions: [m] };
      extra.push(e);
      forGold.set(g, e);
    }
    const pool = [...places.map((e) => ({ ...e, geo: undefined })), ...extra];
    const byOriginal = new Map(places.map((e, i) => [e, pool[i]!]));
    const links = linkPlaces(pool, d.text, geo, aliasFn);
    for (const g of golds) {
      const e = forGold.get(g)!;
      const linked = links.get(byOriginal.get(e) ?? e) ?? null;
      const own = coveringEntity(places, g);
      outcomes.push({ gold: g, linked, endToEnd: own === undefined ? 'not-a-place' : (own.geo ?? null) });
    }
  }
  const bySource: PlaceReport['bySource'] = {};
  let correct = 0;
  let endToEndCorrect = 0;
  let foundAsPlace = 0;
  const misses: PlaceOutcome[] = [];
  for (const o of outcomes) {
    const s = (bySource[o.gold.source] ??= { mentions: 0, correct: 0, endToEnd: 0 });
    s.mentions++;
    if (right(o.gold, o.linked)) {
      correct++;
      s.correct++;
    } else misses.push(o);
    if (right(o.gold, o.endToEnd)) {
      endToEndCorrect++;
      s.endToEnd++;
    }
    if (o.endToEnd !== 'not-a-place') foundAsPlace++;
  }
  const n = outcomes.length;
  return {
    mentions: n,
    bySource,
    correct,
    accuracy: n === 0 ? 0 : correct / n,
    endToEndCorrect,
    endToEndAccuracy: n === 0 ? 0 : endToEndCorrect / n,
    foundAsPlace,
    misses,
    failures: runner.failures,
  };
}

/** Candidate gold rows for a person to check: the pipeline's links pre-filled. */
export function draftPlaceGold(docs: readonly PlaceDoc[]): string[] {
  const runner = new EvalRunner();
  const rows: string[] = [];
  for (const d of docs) {
    const aligned = runner.run(`${d.source}-${d.doc}`, d.text, null);
    if (aligned === null) continue;
    const places = aligned.record.entities.filter((e) => e.type === 'place');
    const spans =
      d.source === 'article'
        ? places.flatMap((e) => e.mentions.map((m) => ({ start: m.start + aligned.shift, end: m.end + aligned.shift })))
        : d.marked;
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      const e = coveringEntity(places, s, aligned.shift);
      const g = e?.geo;
      const mention = d.text.slice(s.start, s.end);
      rows.push(
        [
          d.source,
          d.doc,
          s.start,
          s.end,
          d.source === 'wikievents' ? '' : mention,
          g?.geonamesId ?? '-',
          `draft: ${g ? `${g.name} (${g.level}, ${g.countryCode})` : e ? 'unlinked' : 'not a place entity'}`,
        ].join('\t'),
      );
    }
  }
  return rows;
}

/** The report as text. */
export function formatPlaceReport(r: PlaceReport, misses: boolean): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const lines = [
    `places: ${r.mentions} gold mentions`,
    `linking accuracy (gold mentions handed to the linker): ${r.correct}/${r.mentions} = ${pct(r.accuracy)}%`,
    `end to end (pipeline output): ${r.endToEndCorrect}/${r.mentions} = ${pct(r.endToEndAccuracy)}%; found as a place entity: ${r.foundAsPlace}/${r.mentions}`,
    '',
    '| source | mentions | linking accuracy | end to end |',
    '|---|---:|---:|---:|',
    ...Object.entries(r.bySource).map(
      ([s, v]) => `| ${s} | ${v.mentions} | ${pct(v.correct / v.mentions)}% | ${pct(v.endToEnd / v.mentions)}% |`,
    ),
  ];
  if (r.failures.length > 0) lines.push('', `failed documents: ${r.failures.map((f) => f.doc).join(', ')}`);
  if (misses) {
    lines.push('', `misses (${r.misses.length}):`);
    for (const m of r.misses) {
      const got = m.linked
        ? `${m.linked.geonamesId} ${m.linked.name} (${m.linked.level}, ${m.linked.countryCode}, ${m.linked.confidence})`
        : 'no link';
      lines.push(
        `- ${m.gold.source} ${m.gold.doc} ${m.gold.start}-${m.gold.end} ${JSON.stringify(m.gold.mention)}: gold ${m.gold.geonamesId ?? '-'}${m.gold.note ? ` (${m.gold.note})` : ''}; got ${got}`,
      );
    }
  }
  return lines.join('\n');
}
