/**
 * The page's script, inlined into the report as text. Plain ES2020 for any current browser; it reads the
 * compressed data block, draws the timeline, map points, entity table and article list, and keeps them in
 * step with one filter state. Article text and names only ever reach the page as text nodes
 * (`textContent`, `createTextNode`), never as HTML.
 */
export const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var SVGNS = 'http://www.w3.org/2000/svg';
  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) n.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function svg(tag, attrs, title) {
    var n = document.createElementNS(SVGNS, tag);
    if (attrs) for (var k in attrs) n.setAttribute(k, attrs[k]);
    if (title) { var t = document.createElementNS(SVGNS, 'title'); t.textContent = title; n.appendChild(t); }
    return n;
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }
  function fmtDay(d) { return d === null || d === undefined || d < -999999 ? '' : new Date(d * 86400000).toISOString().slice(0, 10); }
  function showError(msg) {
    var box = $('script-error');
    box.hidden = false;
    box.textContent = 'The interactive parts of this page could not start: ' + msg;
  }
  window.addEventListener('error', function (e) { showError(e.message || 'script error'); });

  function bytesOf(b64) {
    var bin = atob(b64), u = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) u[i] = bin.charCodeAt(i);
    return u;
  }
  function inflateJson(b64) {
    var stream = new Blob([bytesOf(b64)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text().then(JSON.parse);
  }

  var D, S = { range: null, types: null, entity: -1, entSort: 'articles', entDir: -1, entQuery: '', entType: '',
    entLimit: 100, artQuery: '', artLimit: 50, open: -1 };
  var bucketOfEvent, nBuckets, bucketLabels, bucketMin, entArtStart, entArts, isPlace, isGroup, pointOf;
  var selEv, selArt;
  var blocks = {};

  function bucketKey(day) {
    if (D.bucket === 'day') return day;
    if (D.bucket === 'week') return Math.floor((day + 3) / 7);
    var d = new Date(day * 86400000);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  }
  function bucketLabel(key) {
    if (D.bucket === 'day') return fmtDay(key);
    if (D.bucket === 'week') return fmtDay(key * 7 - 3);
    var y = Math.floor(key / 12), m = key % 12 + 1;
    return y + '-' + (m < 10 ? '0' : '') + m;
  }

  function prepare() {
    var ev = D.events, n = ev.type.length, min = Infinity, max = -Infinity, i;
    bucketOfEvent = new Int32Array(n);
    var from = D.timeline.from, to = D.timeline.to;
    if (from !== null) { min = bucketKey(from); max = bucketKey(to); }
    bucketMin = min === Infinity ? 0 : min;
    nBuckets = min === Infinity ? 0 : max - min + 1;
    for (i = 0; i < n; i++) bucketOfEvent[i] = from !== null && ev.day[i] >= from && ev.day[i] <= to ? bucketKey(ev.day[i]) - bucketMin : -1;
    bucketLabels = [];
    for (i = 0; i < nBuckets; i++) bucketLabels.push(bucketLabel(bucketMin + i));
    // entity → articles (compressed rows), for co-occurrence and the entity filter
    var ne = D.entities.id.length, counts = new Int32Array(ne + 1), a, j, inc;
    for (a = 0; a < D.incidence.length; a++) { inc = D.incidence[a]; for (j = 0; j < inc.length; j += 2) counts[inc[j] + 1]++; }
    for (i = 0; i < ne; i++) counts[i + 1] += counts[i];
    entArtStart = counts; entArts = new Int32Array(counts[ne]);
    var fill = counts.slice(0, ne);
    for (a = 0; a < D.incidence.length; a++) { inc = D.incidence[a]; for (j = 0; j < inc.length; j += 2) entArts[fill[inc[j]]++] = a; }
    isPlace = new Uint8Array(ne); isGroup = new Uint8Array(ne);
    for (i = 0; i < ne; i++) { isPlace[i] = D.entities.type[i] === 'place' ? 1 : 0; isGroup[i] = D.entities.type[i] === 'group' ? 1 : 0; }
    pointOf = new Int32Array(ne).fill(-1);
    for (i = 0; i < D.places.length; i++) pointOf[D.places[i][0]] = i;
  }

  function articleHasEntity(a, e) {
    var inc = D.incidence[a];
    for (var j = 0; j < inc.length; j += 2) if (inc[j] === e) return true;
    return false;
  }

  function computeSelection() {
    var ev = D.events, n = ev.type.length, na = D.articles.id.length, i;
    var eventFilter = S.range !== null || S.types !== null;
    selEv = new Uint8Array(n); selArt = new Uint8Array(na);
    var withEnt = null;
    if (S.entity >= 0) { withEnt = new Uint8Array(na); for (i = entArtStart[S.entity]; i < entArtStart[S.entity + 1]; i++) withEnt[entArts[i]] = 1; }
    for (i = 0; i < n; i++) {
      if (S.types !== null && !S.types.has(ev.type[i])) continue;
      if (S.range !== null && (bucketOfEvent[i] < S.range[0] || bucketOfEvent[i] > S.range[1])) continue;
      if (withEnt !== null && !withEnt[ev.article[i]]) continue;
      selEv[i] = 1;
      if (eventFilter) selArt[ev.article[i]] = 1;
    }
    if (!eventFilter) for (i = 0; i < na; i++) selArt[i] = withEnt === null ? 1 : withEnt[i];
  }

  // ---- filter bar
  function renderFilters() {
    var box = $('active-filters'); clear(box);
    var any = false;
    function chip(label, onRemove) {
      any = true;
      var c = el('span', { 'class': 'chip' }, label);
      var x = el('button', { type: 'button', 'aria-label': 'remove filter' }, '\u00d7');
      x.addEventListener('click', onRemove); c.appendChild(x); box.appendChild(c);
    }
    if (S.range !== null) chip('dates: ' + bucketLabels[S.range[0]] + (S.range[1] !== S.range[0] ? ' \u2013 ' + bucketLabels[S.range[1]] : ''), function () { S.range = null; update(); });
    if (S.types !== null) chip('types: ' + Array.from(S.types).map(function (t) { return D.types[t].id; }).join(', '), function () { S.types = null; update(); });
    if (S.entity >= 0) chip('with: ' + D.entities.name[S.entity], function () { S.entity = -1; update(); });
    $('clear-filters').hidden = !any;
    var na = 0, ne = 0, i;
    for (i = 0; i < selArt.length; i++) na += selArt[i];
    for (i = 0; i < selEv.length; i++) ne += selEv[i];
    $('summary').textContent = na + ' of ' + selArt.length + ' articles \u00b7 ' + ne + ' of ' + selEv.length + ' events';
  }

  // ---- timeline
  function renderLegend() {
    var box = $('legend'); clear(box);
    var cats = ['conflict', 'life', 'political', 'legal', 'business', 'other'];
    var order = D.types.map(function (t, i) { return i; }).sort(function (x, y) {
      var a = cats.indexOf(D.types[x].category), b = cats.indexOf(D.types[y].category);
      return a - b || (D.types[x].id < D.types[y].id ? -1 : 1);
    });
    order.forEach(function (i) {
      var t = D.types[i];
      var b = el('button', { type: 'button', 'class': 'type-chip', 'data-type': t.id, 'data-category': t.category, title: t.label + ' (' + t.category + ')' });
      var sw = el('span', { 'class': 'swatch' }); sw.style.background = t.color;
      b.appendChild(sw); b.appendChild(document.createTextNode(t.id));
      if (S.types !== null && !S.types.has(i)) b.classList.add('off');
      b.setAttribute('aria-pressed', S.types !== null && S.types.has(i) ? 'true' : 'false');
      b.addEventListener('click', function () {
        if (S.types === null) S.types = new Set([i]);
        else if (S.types.has(i)) { S.types.delete(i); if (S.types.size === 0) S.types = null; }
        else S.types.add(i);
        update();
      });
      box.appendChild(b);
    });
  }

  var W = 1000, H = 190, X0 = 44, X1 = 992, Y0 = 12, Y1 = 160;
  function renderTimeline() {
    var root = $('timeline-svg'); clear(root);
    if (nBuckets === 0) { root.appendChild(svg('text', { x: 500, y: 95, 'text-anchor': 'middle', 'class': 'empty' })).textContent = 'No dated events to draw.'; return; }
    var ev = D.events, nt = D.types.length, counts = new Int32Array(nBuckets * nt), totals = new Int32Array(nBuckets), i;
    for (i = 0; i < ev.type.length; i++) {
      var b = bucketOfEvent[i];
      if (b < 0) continue;
      if (S.types !== null && !S.types.has(ev.type[i])) continue;
      if (S.entity >= 0 && !articleHasEntity(ev.article[i], S.entity)) continue;
      counts[b * nt + ev.type[i]]++; totals[b]++;
    }
    var max = 1; for (i = 0; i < nBuckets; i++) if (totals[i] > max) max = totals[i];
    var bw = (X1 - X0) / nBuckets;
    if (S.range !== null) root.appendChild(svg('rect', { 'class': 'range', x: X0 + S.range[0] * bw, y: Y0 - 6, width: (S.range[1] - S.range[0] + 1) * bw, height: Y1 - Y0 + 6 }));
    root.appendChild(svg('line', { x1: X0, x2: X1, y1: Y1, y2: Y1, 'class': 'axis' }));
    root.appendChild(svg('text', { x: X0 - 6, y: Y0 + 4, 'text-anchor': 'end', 'class': 'tick' })).textContent = String(max);
    root.appendChild(svg('text', { x: X0 - 6, y: Y1, 'text-anchor': 'end', 'class': 'tick' })).textContent = '0';
    var g = svg('g', { 'class': 'bars' });
    for (b = 0; b < nBuckets; b++) {
      if (totals[b] === 0) continue;
      var y = Y1, label = bucketLabels[b];
      var inRange = S.range === null || (b >= S.range[0] && b <= S.range[1]);
      for (var t = 0; t < nt; t++) {
        var c = counts[b * nt + t];
        if (c === 0) continue;
        var h = (c / max) * (Y1 - Y0);
        y -= h;
        var r = svg('rect', { 'class': 'bar' + (inRange ? '' : ' dim'), x: X0 + b * bw + (bw > 3 ? 0.5 : 0), y: y, width: Math.max(bw - (bw > 3 ? 1 : 0), 0.8), height: h,
          fill: D.types[t].color, 'data-bucket': label, 'data-type': D.types[t].id, 'data-count': c }, label + ': ' + c + ' ' + D.types[t].id);
        g.appendChild(r);
      }
    }
    root.appendChild(g);
    // ticks: about ten labels
    var step = Math.max(1, Math.ceil(nBuckets / 10)), lastYear = '';
    for (b = 0; b < nBuckets; b += step) {
      var lab = bucketLabels[b];
      if (D.bucket === 'month') { var yr = lab.slice(0, 4); lab = yr === lastYear ? lab.slice(5) : lab; lastYear = yr; }
      root.appendChild(svg('text', { x: X0 + b * bw + bw / 2, y: Y1 + 16, 'text-anchor': 'middle', 'class': 'tick' })).textContent = lab;
    }
    $('timeline-caption').textContent = 'events per ' + D.bucket + ', ' + bucketLabels[0] + ' to ' + bucketLabels[nBuckets - 1] + ' (drag to choose a range, click a bar for one ' + D.bucket + ')';
  }

  function bucketAt(evt) {
    var root = $('timeline-svg'), box = root.getBoundingClientRect();
    var x = ((evt.clientX - box.left) / box.width) * W;
    var b = Math.floor(((x - X0) / (X1 - X0)) * nBuckets);
    return Math.max(0, Math.min(nBuckets - 1, b));
  }
  function setupBrush() {
    var root = $('timeline-svg'), start = -1, band = null;
    root.addEventListener('pointerdown', function (e) {
      if (nBuckets === 0) return;
      start = bucketAt(e);
      root.setPointerCapture && root.setPointerCapture(e.pointerId);
    });
    root.addEventListener('pointermove', function (e) {
      if (start < 0) return;
      var b = bucketAt(e), bw = (X1 - X0) / nBuckets, lo = Math.min(start, b), hi = Math.max(start, b);
      if (!band) { band = svg('rect', { 'class': 'brush' }); root.appendChild(band); }
      band.setAttribute('x', X0 + lo * bw); band.setAttribute('y', Y0 - 6);
      band.setAttribute('width', (hi - lo + 1) * bw); band.setAttribute('height', Y1 - Y0 + 6);
    });
    root.addEventListener('pointerup', function (e) {
      if (start < 0) return;
      var b = bucketAt(e), lo = Math.min(start, b), hi = Math.max(start, b);
      start = -1; band = null;
      if (lo === hi && S.range !== null && S.range[0] === lo && S.range[1] === hi) S.range = null;
      else S.range = [lo, hi];
      update();
    });
  }

  // ---- map
  function renderMap() {
    var g = $('map-points'); clear(g);
    var np = D.places.length, evN = new Int32Array(np), killed = new Int32Array(np), arts = new Int32Array(np), i, p;
    var ev = D.events;
    for (i = 0; i < ev.type.length; i++) {
      if (!selEv[i] || ev.place[i] < 0) continue;
      p = pointOf[ev.place[i]];
      if (p < 0) continue;
      evN[p]++; killed[p] += ev.killed[i];
    }
    for (var a = 0; a < selArt.length; a++) {
      if (!selArt[a]) continue;
      var inc = D.incidence[a];
      for (var j = 0; j < inc.length; j += 2) if (isPlace[inc[j]]) { p = pointOf[inc[j]]; if (p >= 0) arts[p]++; }
    }
    var order = [];
    for (i = 0; i < np; i++) if (evN[i] > 0 || arts[i] > 0) order.push(i);
    order.sort(function (x, y) { return arts[y] + evN[y] - arts[x] - evN[x]; });
    if (order.length > 2000) order.length = 2000;
    var shownEv = 0, maxEv = 1, maxArts = 1, maxKilled = 1;
    order.forEach(function (i) { if (evN[i] > maxEv) maxEv = evN[i]; if (arts[i] > maxArts) maxArts = arts[i]; if (killed[i] > maxKilled) maxKilled = killed[i]; });
    function radius(v, max, lo, hi, k) { return lo + Math.min(k, (hi - lo) / Math.sqrt(max)) * Math.sqrt(v); }
    order.forEach(function (i) {
      var pl = D.places[i], name = D.entities.name[pl[0]], x = pl[1], y = pl[2];
      var tip = name + ': ' + evN[i] + ' event(s), named in ' + arts[i] + ' article(s)' + (killed[i] ? ', ' + killed[i] + ' killed' : '') + (pl[3] === 'lookup' ? ' (position from the offline name table)' : '');
      if (arts[i] > 0) g.appendChild(svg('circle', { 'class': 'mentioned', cx: x, cy: y, r: radius(arts[i], maxArts, 2, 22, 1.5), 'data-name': name }, tip));
      if (evN[i] > 0) {
        shownEv++;
        g.appendChild(svg('circle', { 'class': 'event-point', cx: x, cy: y, r: radius(evN[i], maxEv, 3, 24, 2.5), 'data-name': name, 'data-events': evN[i], 'data-lat': pl[4], 'data-lon': pl[5] }, tip));
      }
      if (killed[i] > 0) g.appendChild(svg('circle', { 'class': 'killed', cx: x, cy: y, r: radius(killed[i], maxKilled, 1.5, 14, 1.5) }, tip));
    });
    $('map-caption').textContent = shownEv + ' event place(s) (filled, sized by events; dark core: killed) and ' + order.length + ' place(s) named in the selected articles (rings, sized by articles)';
  }

  // ---- entities
  function renderEntities() {
    var ne = D.entities.id.length, mentions = new Int32Array(ne), arts = new Int32Array(ne), first = new Float64Array(ne).fill(Infinity), last = new Float64Array(ne).fill(-Infinity);
    for (var a = 0; a < selArt.length; a++) {
      if (!selArt[a]) continue;
      var inc = D.incidence[a], day = D.articles.day[a];
      for (var j = 0; j < inc.length; j += 2) {
        var e = inc[j]; mentions[e] += inc[j + 1]; arts[e]++;
        if (day !== null) { if (day < first[e]) first[e] = day; if (day > last[e]) last[e] = day; }
      }
    }
    var q = S.entQuery.toLowerCase(), rows = [];
    for (var i = 0; i < ne; i++) {
      if (arts[i] === 0) continue;
      if (S.entType && D.entities.type[i] !== S.entType) continue;
      if (q && D.entities.name[i].toLowerCase().indexOf(q) < 0) continue;
      rows.push(i);
    }
    var key = S.entSort, dir = S.entDir;
    var val = key === 'name' ? function (i) { return D.entities.name[i].toLowerCase(); } : key === 'type' ? function (i) { return D.entities.type[i]; }
      : key === 'mentions' ? function (i) { return mentions[i]; } : key === 'first' ? function (i) { return first[i]; } : key === 'last' ? function (i) { return last[i]; } : function (i) { return arts[i]; };
    rows.sort(function (x, y) { var a = val(x), b = val(y); return a < b ? -dir : a > b ? dir : x - y; });
    var body = $('entity-rows'); clear(body);
    rows.slice(0, S.entLimit).forEach(function (i) {
      var tr = el('tr', { 'data-entity': D.entities.id[i], 'data-type': D.entities.type[i] });
      tr.appendChild(el('td', { 'class': 'etype etype-' + D.entities.type[i] }, D.entities.type[i]));
      var td = el('td'), b = el('button', { type: 'button', 'class': 'link', title: 'show only the articles that name it' }, D.entities.name[i]);
      b.addEventListener('click', function () { S.entity = S.entity === i ? -1 : i; update(); });
      td.appendChild(b); tr.appendChild(td);
      tr.appendChild(el('td', { 'class': 'num' }, mentions[i]));
      tr.appendChild(el('td', { 'class': 'num' }, arts[i]));
      tr.appendChild(el('td', { 'class': 'day' }, fmtDay(first[i] === Infinity ? null : first[i])));
      tr.appendChild(el('td', { 'class': 'day' }, fmtDay(last[i] === -Infinity ? null : last[i])));
      tr.appendChild(el('td', { 'class': 'with', 'data-pending': '1' }, '\u2026'));
      if (i === S.entity) tr.classList.add('selected');
      body.appendChild(tr);
    });
    fillCoOccurring(rows.slice(0, S.entLimit));
    $('entity-count').textContent = 'showing ' + Math.min(rows.length, S.entLimit) + ' of ' + rows.length + ' entities';
    $('entity-more').hidden = rows.length <= S.entLimit;
    document.querySelectorAll('#entity-table th[data-sort]').forEach(function (th) {
      th.setAttribute('aria-sort', th.getAttribute('data-sort') === key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }
  /** Fills the co-occurrence cells a few rows at a time, after the table is drawn, so the page opens first. */
  var coGeneration = 0;
  function fillCoOccurring(rows) {
    var gen = ++coGeneration, cells = document.querySelectorAll('#entity-rows td.with'), next = 0;
    function step() {
      if (gen !== coGeneration) return;
      var stop = Math.min(rows.length, next + 20);
      for (; next < stop; next++) { cells[next].textContent = coOccurring(rows[next]); cells[next].removeAttribute('data-pending'); }
      if (next < rows.length) setTimeout(step, 0);
    }
    setTimeout(step, 0);
  }
  /** Places named with a person or group (groups named with a place), in the selected articles. */
  var coCounts = null, CO_SCAN = 2000;
  function coOccurring(i) {
    var ne = D.entities.id.length;
    if (coCounts === null) coCounts = new Int32Array(ne);
    var wantPlace = !isPlace[i], touched = [], scanned = 0;
    for (var k = entArtStart[i]; k < entArtStart[i + 1] && scanned < CO_SCAN; k++) {
      var a = entArts[k];
      if (!selArt[a]) continue;
      scanned++;
      var inc = D.incidence[a];
      for (var j = 0; j < inc.length; j += 2) {
        var e = inc[j];
        if (e === i || (wantPlace ? !isPlace[e] : !isGroup[e])) continue;
        if (coCounts[e]++ === 0) touched.push(e);
      }
    }
    touched.sort(function (x, y) { return coCounts[y] - coCounts[x] || x - y; });
    var out = touched.slice(0, 4).map(function (x) { return D.entities.name[x] + ' (' + coCounts[x] + ')'; }).join(', ');
    for (var t = 0; t < touched.length; t++) coCounts[touched[t]] = 0;
    return scanned >= CO_SCAN ? out + ' \u2026 in its first ' + CO_SCAN + ' articles' : out;
  }

  // ---- articles
  function renderArticles() {
    var list = $('article-list'); clear(list);
    var q = S.artQuery.toLowerCase(), rows = [], i;
    for (i = 0; i < selArt.length; i++) if (selArt[i] && (!q || D.articles.title[i].toLowerCase().indexOf(q) >= 0)) rows.push(i);
    rows.sort(function (x, y) { return (D.articles.day[y] || 0) - (D.articles.day[x] || 0) || x - y; });
    rows.slice(0, S.artLimit).forEach(function (i) {
      var li = el('li', { 'data-article': D.articles.id[i] });
      var b = el('button', { type: 'button', 'class': 'link' }, D.articles.title[i]);
      b.addEventListener('click', function () { openArticle(i); });
      li.appendChild(el('span', { 'class': 'date' }, fmtDay(D.articles.day[i]) || 'undated'));
      li.appendChild(b);
      li.appendChild(el('span', { 'class': 'meta' }, D.articles.nEv[i] + ' events \u00b7 ' + D.articles.nEnt[i] + ' entities' + (D.articles.block[i] < 0 ? ' \u00b7 text not embedded' : '')));
      if (i === S.open) li.classList.add('selected');
      list.appendChild(li);
    });
    $('article-count').textContent = 'showing ' + Math.min(rows.length, S.artLimit) + ' of ' + rows.length + ' articles';
    $('article-more').hidden = rows.length <= S.artLimit;
  }

  function loadBlock(n) {
    if (!blocks[n]) {
      var node = $('block-' + n);
      blocks[n] = node ? inflateJson(node.textContent.trim()) : Promise.reject(new Error('block ' + n + ' is missing'));
    }
    return blocks[n];
  }

  function openArticle(i) {
    S.open = i;
    var pane = $('article-detail'); clear(pane);
    pane.hidden = false;
    pane.appendChild(el('h3', null, D.articles.title[i]));
    pane.appendChild(el('p', { 'class': 'meta' }, (fmtDay(D.articles.day[i]) || 'undated') + ' \u00b7 ' + D.articles.path[i] + ' \u00b7 ' + D.articles.id[i]));
    document.querySelectorAll('#article-list li').forEach(function (li) { li.classList.toggle('selected', li.getAttribute('data-article') === D.articles.id[i]); });
    var b = D.articles.block[i];
    if (b < 0) { pane.appendChild(el('p', { 'class': 'note' }, 'The text of this article is not embedded: the page keeps under its size cap. It is in records/' + D.articles.id[i] + '.json.')); return; }
    var loading = el('p', { 'class': 'meta' }, 'loading\u2026'); pane.appendChild(loading);
    loadBlock(b).then(function (arts) {
      var d = null;
      for (var k = 0; k < arts.length; k++) if (arts[k].id === D.articles.id[i]) d = arts[k];
      if (S.open !== i) return;
      pane.removeChild(loading);
      if (!d) { pane.appendChild(el('p', { 'class': 'note' }, 'This article is missing from its block.')); return; }
      renderDetail(pane, d);
      pane.scrollIntoView({ block: 'start' });
    }).catch(function (e) { loading.textContent = 'Could not unpack the article: ' + e.message; });
  }

  function renderDetail(pane, d) {
    var roles = {};
    function entName(g, fallback) { return g >= 0 ? D.entities.name[g] : fallback; }
    d.ev.forEach(function (e) { e.parts.forEach(function (p) { if (p[0] >= 0) (roles[p[0]] = roles[p[0]] || []).push(p[1] + ' of ' + e.type); }); });
    var spans = [], k;
    for (k = 0; k < d.m.length; k += 3) {
      var g = d.m[k + 2], etype = g >= 0 ? D.entities.type[g] : 'unknown';
      spans.push({ s: d.m[k], e: d.m[k + 1], cls: 'hl hl-mention hl-' + etype, kind: 'mention',
        tip: etype + ': ' + entName(g, d.text.slice(d.m[k], d.m[k + 1])) + (roles[g] ? ' \u00b7 role: ' + roles[g].join(', ') : '') });
    }
    d.tx.forEach(function (t) { spans.push({ s: t[0], e: t[1], cls: 'hl hl-timex', kind: 'timex', tip: t[2] + ': ' + t[3] + (t[4] ? ' (' + t[4] + ')' : '') }); });
    d.ev.forEach(function (e, n) {
      if (e.trig[0] < 0) return;
      spans.push({ s: e.trig[0], e: e.trig[1], cls: 'hl hl-trigger', kind: 'trigger', href: '#ev-' + d.id + '-' + n, id: 'trig-' + d.id + '-' + n,
        tip: 'event ' + e.type + ' \u00b7 ' + (e.status || 'status?') + ' \u00b7 date ' + (e.date || 'none') + (e.parts.length ? ' \u00b7 ' + e.parts.map(function (p) { return p[1] + ': ' + entName(p[0], p[2]); }).join('; ') : '') });
    });
    spans.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    // nest spans that lie inside another; drop spans that cross one
    var root = { s: 0, e: d.text.length, kids: [] }, stack = [root];
    spans.forEach(function (sp) {
      while (stack.length > 1 && stack[stack.length - 1].e <= sp.s) stack.pop();
      var top = stack[stack.length - 1];
      if (sp.e > top.e) return;
      sp.kids = []; top.kids.push(sp); stack.push(sp);
    });
    function draw(parent, node) {
      var pos = node.s;
      node.kids.forEach(function (k) {
        if (k.s > pos) parent.appendChild(document.createTextNode(d.text.slice(pos, k.s)));
        var n = k.href ? el('a', { 'class': k.cls, href: k.href, id: k.id, title: k.tip, 'data-kind': k.kind }) : el('mark', { 'class': k.cls, title: k.tip, 'data-kind': k.kind });
        draw(n, k); parent.appendChild(n); pos = k.e;
      });
      if (pos < node.e) parent.appendChild(document.createTextNode(d.text.slice(pos, node.e)));
    }
    var body = el('div', { 'class': 'article-text' });
    draw(body, root);
    pane.appendChild(el('p', { 'class': 'keys' }, 'Highlights: '));
    var keys = pane.lastChild;
    [['hl hl-mention hl-person', 'person'], ['hl hl-mention hl-group', 'group'], ['hl hl-mention hl-place', 'place'], ['hl hl-timex', 'time expression'], ['hl hl-trigger', 'event trigger']]
      .forEach(function (x) { keys.appendChild(el('mark', { 'class': x[0] }, x[1])); keys.appendChild(document.createTextNode(' ')); });
    pane.appendChild(body);
    if (d.bad) pane.appendChild(el('p', { 'class': 'note' }, d.bad + ' span(s) with offsets outside the text were not highlighted.'));
    pane.appendChild(el('h4', null, d.ev.length ? 'Events (' + d.ev.length + ')' : 'No events in this article'));
    if (d.ev.length) {
      var t = el('table', { 'class': 'events' }), head = el('tr');
      ['type', 'trigger', 'date', 'status', 'participants', 'place', 'killed'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      t.appendChild(head);
      d.ev.forEach(function (e, n) {
        var tr = el('tr', { id: 'ev-' + d.id + '-' + n, 'data-event': e.id });
        var sw = el('td'); var s = el('span', { 'class': 'swatch' }); var ti = typeIndex[e.type]; s.style.background = ti === undefined ? '#999' : D.types[ti].color;
        sw.appendChild(s); sw.appendChild(document.createTextNode(e.type)); tr.appendChild(sw);
        var tc = el('td');
        if (e.trig[0] >= 0) tc.appendChild(el('a', { href: '#trig-' + d.id + '-' + n }, d.text.slice(e.trig[0], e.trig[1])));
        tr.appendChild(tc);
        tr.appendChild(el('td', null, e.date || '\u2014'));
        tr.appendChild(el('td', null, e.status));
        tr.appendChild(el('td', null, e.parts.map(function (p) { return entName(p[0], p[2]) + ' (' + p[1] + ')'; }).join(', ')));
        tr.appendChild(el('td', null, typeof e.place === 'number' ? entName(e.place, '') : e.place));
        tr.appendChild(el('td', { 'class': 'num' }, e.killed === null ? '' : e.killed));
        t.appendChild(tr);
      });
      pane.appendChild(t);
    }
    if (d.warn.length) pane.appendChild(el('p', { 'class': 'meta' }, 'Warnings: ' + d.warn.map(function (w) { return w[0] + ' ' + w[1]; }).join(' \u00b7 ')));
  }

  var typeIndex = {};
  var timings = {};
  function timed(name, f) { var t = performance.now(); f(); timings[name] = Math.round(performance.now() - t); }
  function update() {
    timed('select', computeSelection);
    timed('filters', renderFilters); timed('legend', renderLegend); timed('timeline', renderTimeline);
    timed('map', renderMap); timed('entities', renderEntities); timed('articles', renderArticles);
  }

  function wire() {
    $('clear-filters').addEventListener('click', function () { S.range = null; S.types = null; S.entity = -1; update(); });
    $('entity-search').addEventListener('input', function (e) { S.entQuery = e.target.value; S.entLimit = 100; renderEntities(); });
    $('entity-type').addEventListener('change', function (e) { S.entType = e.target.value; S.entLimit = 100; renderEntities(); });
    $('entity-more').addEventListener('click', function () { S.entLimit += 200; renderEntities(); });
    $('article-search').addEventListener('input', function (e) { S.artQuery = e.target.value; S.artLimit = 50; renderArticles(); });
    $('article-more').addEventListener('click', function () { S.artLimit += 100; renderArticles(); });
    document.querySelectorAll('#entity-table th[data-sort]').forEach(function (th) {
      th.addEventListener('click', function () {
        var k = th.getAttribute('data-sort');
        if (S.entSort === k) S.entDir = -S.entDir; else { S.entSort = k; S.entDir = k === 'name' || k === 'type' ? 1 : -1; }
        renderEntities();
      });
    });
    setupBrush();
  }

  var t0 = performance.now();
  inflateJson($('report-data').textContent.trim()).then(function (data) {
    timings.inflate = Math.round(performance.now() - t0);
    D = data;
    D.types.forEach(function (t, i) { typeIndex[t.id] = i; });
    timed('prepare', prepare); wire(); update();
    $('loading').hidden = true;
    window.__reportReadyMs = performance.now() - t0;
    window.__reportTimings = timings;
    document.body.setAttribute('data-ready', '1');
  }).catch(function (e) { showError(e && e.message ? e.message : String(e)); });
})();
`;
