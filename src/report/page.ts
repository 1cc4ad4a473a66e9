/**
 * Assembles the report's one HTML file: static parts (notes, run facts, map outlines) rendered here and
 * HTML-escaped; the data and article blocks as deflate-raw + base64 inside non-executing script tags; the
 * page script from client.ts. A Content-Security-Policy forbids every network request, so the page works
 * from file:// and mailed as an attachment.
 */
import { CLIENT_JS } from './client.js';
import type { RunFacts } from './collect.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the page template needs. */
export interface PageParts {
  title: string;
  folder: string;
  notes: string[];
  run: RunFacts;
  recordFacts: {
    read: number;
    schemaVersions: Record<string, number>;
    pipelines: Record<string, number>;
    nerModels: Record<string, number>;
    warnings: Record<string, number>;
  };
  counts: { articles: number; entities: number; events: number; places: number };
  map: { width: number; height: number; sphere: string; countries: Array<{ name: string; d: string }> };
  /** deflate-raw + base64 of the page data JSON */
  dataBlock: string;
  /** deflate-raw + base64 article blocks */
  articleBlocks: string[];
}

const CSS = `
:root { --ink:#1d2329; --muted:#5f6b76; --line:#d8dee4; --bg:#fff; --panel:#f6f8fa; --accent:#0b5cad; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif; color:var(--ink); background:var(--bg); }
header { position:sticky; top:0; z-index:5; background:#fff; border-bottom:1px solid var(--line); padding:10px 20px; display:flex; flex-wrap:wrap; gap:10px 18px; align-items:baseline; }
header h1 { font-size:18px; margin:0; }
header .folder { color:var(--muted); font-family:ui-monospace,monospace; font-size:12px; }
#summary { font-weight:600; }
#active-filters { display:flex; gap:6px; flex-wrap:wrap; }
.chip { background:#e8f0fb; border:1px solid #b9cfee; border-radius:12px; padding:1px 4px 1px 10px; font-size:12px; }
.chip button { border:0; background:none; cursor:pointer; font-size:14px; color:var(--accent); }
main { padding:12px 20px 40px; max-width:1280px; margin:0 auto; }
section { margin:18px 0 26px; }
h2 { font-size:16px; margin:0 0 6px; border-bottom:2px solid var(--ink); display:inline-block; }
.caption, .meta { color:var(--muted); font-size:12px; }
.notes { background:#fff8e1; border:1px solid #f0d58a; border-radius:6px; padding:8px 14px; }
.notes ul { margin:4px 0; padding-left:18px; }
.error { background:#fdecea; border:1px solid #f1a9a0; border-radius:6px; padding:8px 14px; }
.note { color:#8a5a00; }
button.link { border:0; background:none; padding:0; color:var(--accent); cursor:pointer; font:inherit; text-align:left; }
button.link:hover { text-decoration:underline; }
#clear-filters { font-size:12px; }
#legend { display:flex; flex-wrap:wrap; gap:4px 6px; margin:6px 0; }
.type-chip { border:1px solid var(--line); background:#fff; border-radius:11px; padding:1px 9px 1px 5px; font-size:12px; cursor:pointer; }
.type-chip.off { opacity:.35; }
.type-chip[aria-pressed=true] { border-color:var(--ink); font-weight:600; }
.swatch { display:inline-block; width:10px; height:10px; border-radius:2px; margin-right:5px; vertical-align:-1px; }
#timeline-svg { width:100%; height:auto; display:block; cursor:crosshair; user-select:none; touch-action:none; }
#timeline-svg .bar.dim { opacity:.25; }
#timeline-svg .range { fill:#ffe9a8; opacity:.6; }
#timeline-svg .brush { fill:#0b5cad; opacity:.15; }
#timeline-svg .axis { stroke:#999; }
#timeline-svg .tick, svg .empty { font-size:11px; fill:var(--muted); }
.panel { background:var(--panel); border:1px solid var(--line); border-radius:6px; padding:8px; }
#map-svg { width:100%; height:auto; display:block; }
#map-svg .sphere { fill:#eaf2fa; stroke:#c5d3e0; }
#map-svg .country { fill:#fdfdfb; stroke:#b8c0c8; stroke-width:.5; }
#map-svg .country:hover { fill:#f3efe3; }
#map-svg .mentioned { fill:none; stroke:#6b7c8f; stroke-width:1; opacity:.8; }
#map-svg .event-point { fill:#d7301f; fill-opacity:.55; stroke:#8f1d10; stroke-width:.8; }
#map-svg .killed { fill:#3b0a05; fill-opacity:.85; pointer-events:none; }
.controls { display:flex; gap:10px; align-items:center; margin:6px 0; flex-wrap:wrap; }
input[type=search] { padding:4px 8px; border:1px solid var(--line); border-radius:4px; min-width:240px; }
table { border-collapse:collapse; width:100%; font-size:13px; }
th, td { text-align:left; padding:3px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th { background:var(--panel); position:sticky; top:0; }
th[data-sort] { cursor:pointer; }
th[aria-sort=ascending]::after { content:" \\25B2"; font-size:10px; }
th[aria-sort=descending]::after { content:" \\25BC"; font-size:10px; }
td.num { text-align:right; font-variant-numeric:tabular-nums; }
td.with { color:var(--muted); font-size:12px; }
td.day { white-space:nowrap; font-variant-numeric:tabular-nums; }
tr.selected td { background:#fff3c4; }
.etype { font-size:12px; }
.etype-person { color:#8a3b9c; } .etype-group { color:#0b6e4f; } .etype-place { color:#a35200; }
.table-wrap { max-height:520px; overflow:auto; border:1px solid var(--line); border-radius:6px; }
.articles { display:grid; grid-template-columns:minmax(260px,1fr) 2fr; gap:14px; }
#article-list { list-style:none; margin:0; padding:0; max-height:640px; overflow:auto; border:1px solid var(--line); border-radius:6px; }
#article-list li { padding:5px 8px; border-bottom:1px solid var(--line); }
#article-list li.selected { background:#fff3c4; }
#article-list .date { color:var(--muted); font-size:12px; margin-right:8px; font-variant-numeric:tabular-nums; }
#article-list .meta { display:block; }
#article-detail h3 { margin:0 0 2px; }
.article-text { white-space:pre-wrap; background:#fff; border:1px solid var(--line); border-radius:6px; padding:10px 14px; line-height:1.7; max-height:640px; overflow:auto; }
.hl { border-radius:3px; padding:0 1px; color:inherit; text-decoration:none; }
.hl-person { background:#f1dcf6; border-bottom:2px solid #8a3b9c; }
.hl-group { background:#d5f0e4; border-bottom:2px solid #0b6e4f; }
.hl-place { background:#fde3c8; border-bottom:2px solid #a35200; }
.hl-mention.hl-unknown { background:#e6e6e6; }
.hl-timex { background:#dceafe; border:1px dashed #2b6cb0; }
.hl-trigger { background:#ffd6d1; border:1px solid #c0392b; font-weight:600; }
.keys mark { margin-right:4px; }
table.events td .swatch { margin-right:6px; }
.facts th { width:220px; background:none; position:static; }
@media (max-width: 900px) { .articles { grid-template-columns:1fr; } }
`;

function factsRow(label: string, value: string): string {
  return `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

function tally(m: Record<string, number>): string {
  const entries = Object.entries(m).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? '—' : entries.map(([k, v]) => `${k} (${v})`).join(', ');
}

function runFactsHtml(p: PageParts): string {
  const r = p.run;
  const rows: string[] = [];
  if (r.latest) {
    const l = r.latest;
    rows.push(factsRow('latest run', l.runId));
    rows.push(factsRow('started → ended', `${l.startedAt ?? '?'} → ${l.endedAt ?? '?'}`));
    rows.push(
      factsRow(
        'pipeline',
        Object.entries(l.pipeline)
          .map(([k, v]) => `${k} ${v}`)
          .join(' · ') || '—',
      ),
    );
    rows.push(
      factsRow(
        'counts',
        Object.entries(l.counts)
          .map(([k, v]) => `${k} ${v}`)
          .join(' · ') || '—',
      ),
    );
    rows.push(factsRow('exit code', `${l.exitCode ?? '?'}${l.interrupted ? ' (interrupted)' : ''}`));
    rows.push(factsRow('runs in runs/', String(r.runs)));
  } else rows.push(factsRow('runs', 'no readable run manifest'));
  rows.push(factsRow('records read', String(p.recordFacts.read)));
  rows.push(factsRow('record schema versions', tally(p.recordFacts.schemaVersions)));
  rows.push(factsRow('pipeline versions in records', tally(p.recordFacts.pipelines)));
  rows.push(factsRow('NER models in records', tally(p.recordFacts.nerModels)));
  rows.push(factsRow('warnings by code', tally(p.recordFacts.warnings)));
  rows.push(factsRow('failures by code', tally(r.failuresByCode)));
  let failures = '';
  if (r.failures.length > 0) {
    failures =
      `<h3>Failures</h3><div class="table-wrap"><table id="failures"><thead><tr><th>code</th><th>stage</th><th>file</th><th>reason</th></tr></thead><tbody>` +
      r.failures
        .map(
          (f) =>
            `<tr><td>${escapeHtml(f.code)}</td><td>${escapeHtml(f.stage)}</td><td>${escapeHtml(f.path)}</td><td>${escapeHtml(f.reason)}</td></tr>`,
        )
        .join('') +
      `</tbody></table></div>`;
  }
  return `<table class="facts" id="run-facts"><tbody>${rows.join('')}</tbody></table>${failures}`;
}

/** The whole page. */
export function renderPage(p: PageParts): string {
  const notes =
    p.notes.length > 0
      ? `<section class="notes" id="notes"><strong>What is missing or approximate</strong><ul>${p.notes
          .map((n) => `<li>${escapeHtml(n)}</li>`)
          .join('')}</ul></section>`
      : '';
  const countries = p.map.countries
    .map((c) => `<path class="country" d="${c.d}"><title>${escapeHtml(c.name)}</title></path>`)
    .join('');
  const blocks = p.articleBlocks
    .map((b, i) => `<script type="application/octet-stream" id="block-${i}">${b}</script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1>dossier report</h1>
  <span class="folder">${escapeHtml(p.folder)}</span>
  <span id="summary">${p.counts.articles} articles · ${p.counts.events} events · ${p.counts.entities} entities</span>
  <span id="active-filters"></span>
  <button type="button" id="clear-filters" hidden>clear filters</button>
</header>
<main>
<p id="loading" class="meta">Unpacking the data…</p>
<noscript><p class="error">This page needs JavaScript for the timeline, map points, entity table and articles; the notes and run facts below are static.</p></noscript>
<p id="script-error" class="error" hidden></p>
${notes}
<section id="timeline">
  <h2>Timeline</h2>
  <div class="caption" id="timeline-caption"></div>
  <div id="legend" aria-label="event types: click to filter"></div>
  <svg id="timeline-svg" viewBox="0 0 1000 190" role="img" aria-label="events over time, stacked by type"></svg>
</section>
<section id="map">
  <h2>Map</h2>
  <div class="caption" id="map-caption"></div>
  <div class="panel">
  <svg id="map-svg" viewBox="0 0 ${p.map.width} ${p.map.height}" role="img" aria-label="places of events">
    <path class="sphere" d="${p.map.sphere}"></path>
    <g id="countries">${countries}</g>
    <g id="map-points"></g>
  </svg>
  </div>
  <div class="caption">Country outlines: Natural Earth 1:110m via world-atlas, projected with d3-geo (Natural Earth projection).</div>
</section>
<section id="entities">
  <h2>Entities</h2>
  <div class="controls">
    <input type="search" id="entity-search" placeholder="search names" aria-label="search entity names">
    <select id="entity-type" aria-label="entity type"><option value="">all types</option><option value="person">people</option><option value="group">groups</option><option value="place">places</option></select>
    <span class="caption" id="entity-count"></span>
  </div>
  <div class="table-wrap">
  <table id="entity-table">
    <thead><tr><th data-sort="type">type</th><th data-sort="name">name</th><th data-sort="mentions">mentions</th><th data-sort="articles">articles</th><th data-sort="first">first seen</th><th data-sort="last">last seen</th><th>appears with (places for people and groups, groups for places)</th></tr></thead>
    <tbody id="entity-rows"></tbody>
  </table>
  </div>
  <button type="button" id="entity-more" hidden>show more</button>
</section>
<section id="articles-section">
  <h2>Articles</h2>
  <div class="controls"><input type="search" id="article-search" placeholder="search titles" aria-label="search article titles"><span class="caption" id="article-count"></span></div>
  <div class="articles">
    <div><ul id="article-list"></ul><button type="button" id="article-more" hidden>show more</button></div>
    <div id="article-detail" hidden></div>
  </div>
</section>
<section id="run">
  <h2>Run facts</h2>
  ${runFactsHtml(p)}
</section>
</main>
<script type="application/octet-stream" id="report-data">${p.dataBlock}</script>
${blocks}
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
