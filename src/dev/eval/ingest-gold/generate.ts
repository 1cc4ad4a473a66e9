/**
 * Writes the ingest gold set `eval/gold/ingest/`: article files in the shapes users feed (wire copy,
 * HTML pages on several CMS layouts with page clutter, RSS/Atom items, Markdown with front matter,
 * e-mail, legacy encodings) and `gold.jsonl` with each file's expected publication date, main text and
 * encoding. Every file is a combination of a template × a clutter set × a date source, chosen by a
 * seeded generator, so the set is varied and reproducible byte for byte:
 * `npm run build && node dist/dev/eval/ingest-gold/generate.js`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { STORIES, type Story } from './stories.js';
import { heldOut, type GoldEntry } from './gold.js';
import { MONTH_NAMES, weekdayName } from '../../../words.js';

/** Seeded generator (mulberry32), so every run writes the same files. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20250810;
let rand = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

interface Day {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}
const MONTHS = MONTH_NAMES;
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const p2 = (n: number) => String(n).padStart(2, '0');

function randomDay(): Day {
  const y = 2016 + Math.floor(rand() * 10);
  const m = 1 + Math.floor(rand() * 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // Month ends and leap days on purpose now and then.
  const d = rand() < 0.15 ? dim : 1 + Math.floor(rand() * dim);
  return { y, m, d, hh: Math.floor(rand() * 24), mm: Math.floor(rand() * 60) };
}
const iso = (t: Day) => `${t.y}-${p2(t.m)}-${p2(t.d)}`;
const weekday = (t: Day) => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
const fmt = {
  iso,
  isoTime: (t: Day) => `${iso(t)}T${p2(t.hh)}:${p2(t.mm)}:00${pick(['Z', '+00:00', '+02:00', '-05:00', '.000Z'])}`,
  ap: (t: Day) => `${AP_MONTHS[t.m - 1]} ${t.d}, ${t.y}`,
  long: (t: Day) => `${MONTHS[t.m - 1]} ${t.d}, ${t.y}`,
  dmy: (t: Day) => `${t.d} ${MONTHS[t.m - 1]} ${t.y}`,
  dmyShort: (t: Day) => `${t.d} ${MONTHS[t.m - 1]!.slice(0, 3)} ${t.y}`,
  guardian: (t: Day) =>
    `${weekdayName(weekday(t)).slice(0, 3)} ${t.d} ${MONTHS[t.m - 1]!.slice(0, 3)} ${t.y} ${p2(t.hh)}.${p2(t.mm)} ${pick(['BST', 'GMT', 'CET'])}`,
  rfc2822: (t: Day) =>
    `${weekdayName(weekday(t)).slice(0, 3)}, ${p2(t.d)} ${MONTHS[t.m - 1]!.slice(0, 3)} ${t.y} ${p2(t.hh)}:${p2(t.mm)}:00 ${pick(['GMT', '+0000', '-0400', '+0530'])}`,
  weekdayLong: (t: Day) => `${weekdayName(weekday(t))}, ${MONTHS[t.m - 1]} ${t.d}, ${t.y}`,
};
const later = (t: Day): Day => {
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + 1 + Math.floor(rand() * 3)));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), hh: 9, mm: 30 };
};
const earlier = (t: Day): Day => {
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d - 3 - Math.floor(rand() * 20)));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), hh: 8, mm: 0 };
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------------
// Page clutter: each is a block of HTML that is not article text. Person and group names in them are
// the kind that became false entities (issue 17).
const CLUTTER_HTML: Record<string, () => string> = {
  cookie: () =>
    `<div class="${pick(['cookie-banner', 'consent-banner', 'gdpr-notice', 'cookie-notice'])}"><p>We use cookies to personalise content and ads and to analyse our traffic. By continuing you agree to our use of cookies.</p><button>Accept all</button><a href="/privacy">Manage preferences</a></div>`,
  newsletter: () =>
    `<div class="${pick(['newsletter-signup', 'promo-newsletter', 'signup-box'])}"><h4>Get the Morning Briefing</h4><p>Sign up for our free newsletter and get the day’s top stories delivered to your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>`,
  related: () =>
    `<div class="${pick(['related-stories', 'related', 'more-stories', 'recommended'])}"><h3>Related stories</h3><ul><li><a href="/r1">Barack Obama visits Ankara for talks on trade</a></li><li><a href="/r2">World Sport: Manchester United sign new striker</a></li><li><a href="/r3">Floods sweep through Valencia as rivers rise</a></li></ul></div>`,
  comments: () =>
    `<section class="${pick(['comments', 'comments-area', 'comment-section'])}" id="comments"><h3>14 Comments</h3><div class="comment"><p class="comment-author">Bob Stevens</p><p>Great reporting, thanks for keeping us informed about this.</p></div><div class="comment"><p class="comment-author">Priya Raman</p><p>I disagree with the minister entirely, this will never work.</p></div></section>`,
  share: () =>
    `<div class="${pick(['share-bar', 'social-share', 'sharing-tools'])}"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this article</a> <a href="#">Copy link</a></div>`,
  ad: () =>
    `<div class="${pick(['ad-slot', 'advert', 'ads-container'])}"><span>Advertisement</span><div>Scroll to continue with content</div></div>`,
  mostread: () =>
    `<aside class="most-read"><h3>Most read</h3><ol><li><a href="/m1">Taylor Swift announces new stadium tour dates</a></li><li><a href="/m2">Elon Musk says Tesla will build new factory</a></li><li><a href="/m3">Ten things to do this weekend in London</a></li></ol></aside>`,
};
const CLUTTER_KINDS = Object.keys(CLUTTER_HTML);

const NAV = () =>
  `<nav class="${pick(['main-nav', 'site-navigation', 'primary-menu'])}"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">World Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>`;
const FOOTER = () =>
  `<footer class="site-footer"><p>© The Daily Courier. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>`;

// ---------------------------------------------------------------------------------------------------
// Where the publication date sits on an HTML page.
type HtmlDateSource =
  'jsonld' | 'jsonld-graph' | 'og' | 'meta-date' | 'time' | 'published-line' | 'dateline' | 'jsonld-invalid+og';
const HTML_DATE_SOURCES: HtmlDateSource[] = [
  'jsonld',
  'jsonld-graph',
  'og',
  'meta-date',
  'time',
  'published-line',
  'dateline',
  'jsonld-invalid+og',
];

interface PageParts {
  story: Story;
  day: Day;
  dateSource: HtmlDateSource;
  clutter: string[];
  agency: string;
}

/** Head tags that carry the date (and decoys: a later modified time, an earlier site date). */
function headDates(p: PageParts): string {
  const { day, story } = p;
  const mod = later(day);
  switch (p.dateSource) {
    case 'jsonld':
      return `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': pick(['NewsArticle', 'Article', 'ReportageNewsArticle']),
        headline: story.headline,
        datePublished: fmt.isoTime(day),
        dateModified: fmt.isoTime(mod),
        author: [{ '@type': 'Person', name: story.author }],
      })}</script>`;
    case 'jsonld-graph':
      return `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', name: 'The Daily Courier', foundingDate: '1998-04-01' },
          { '@type': 'WebSite', name: 'The Daily Courier' },
          {
            '@type': ['NewsArticle'],
            headline: story.headline,
            datePublished: fmt.isoTime(day),
            dateModified: fmt.isoTime(mod),
          },
        ],
      })}</script>`;
    case 'og':
      return `<meta property="og:type" content="article"><meta property="article:published_time" content="${fmt.isoTime(day)}"><meta property="article:modified_time" content="${fmt.isoTime(mod)}">`;
    case 'meta-date':
      return pick([
        `<meta name="date" content="${iso(day)}">`,
        `<meta name="DC.date" content="${iso(day)}">`,
        `<meta name="parsely-pub-date" content="${fmt.isoTime(day)}">`,
        `<meta name="pubdate" content="${iso(day).replace(/-/g, '')}">`,
      ]);
    case 'jsonld-invalid+og':
      return `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "${story.headline}", "datePublished": "${fmt.isoTime(day)}" "author": }</script><meta property="article:published_time" content="${fmt.isoTime(day)}">`;
    default:
      return '';
  }
}

/** The visible date line of the article header, when the page shows one ('' when it shows none). */
function visibleDate(p: PageParts, template: string): { html: string; neutral: string } {
  const { day } = p;
  if (p.dateSource === 'time') {
    const text = template === 'guardian' ? fmt.guardian(day) : pick([fmt.long(day), fmt.dmy(day), fmt.ap(day)]);
    return { html: `<time datetime="${fmt.isoTime(day)}">${text}</time>`, neutral: text };
  }
  if (p.dateSource === 'published-line') {
    const text = pick([
      `Published: ${fmt.dmy(day)}`,
      `Published ${fmt.long(day)}`,
      `Posted on ${fmt.long(day)}`,
      `First published on ${fmt.guardian(day)}`,
      `Published ${fmt.dmyShort(day)} · Updated ${fmt.dmyShort(later(day))}`,
    ]);
    return {
      html: `<p class="${pick(['meta', 'article-date', 'post-date', 'timestamp'])}">${text}</p>`,
      neutral: text,
    };
  }
  return { html: '', neutral: '' };
}

function bodyParagraphs(p: PageParts): string[] {
  const body = [...p.story.body];
  if (p.dateSource === 'dateline') {
    const region = p.story.region ? `, ${p.story.region}` : '';
    body[0] = `${p.story.city}${region}, ${fmt.ap(p.day)} (${p.agency}) - ${body[0]}`;
  }
  return body;
}

/** Inserts clutter between body paragraphs and around the article, as CMSs do. */
function withInlineClutter(paras: string[], clutter: string[], wrap: (p: string) => string): string {
  const inline = clutter.filter((c) => c === 'ad' || c === 'newsletter' || c === 'share');
  const out: string[] = [];
  paras.forEach((para, i) => {
    out.push(wrap(para));
    if (i === 1 && inline[0]) out.push(CLUTTER_HTML[inline[0]]!());
    if (i === 2 && inline[1]) out.push(CLUTTER_HTML[inline[1]]!());
  });
  return out.join('\n');
}
const outerClutter = (clutter: string[]) =>
  clutter
    .filter((c) => c !== 'ad' && c !== 'newsletter' && c !== 'share')
    .map((c) => CLUTTER_HTML[c]!())
    .join('\n');

const HTML_TEMPLATES: Record<string, (p: PageParts) => { html: string; neutral: string[] }> = {
  wordpress: (p) => {
    const v = visibleDate(p, 'wordpress');
    const paras = bodyParagraphs(p);
    const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${esc(p.story.headline)} – The Daily Courier</title>${headDates(p)}
<link rel="stylesheet" href="/wp-content/themes/courier/style.css"></head>
<body class="post-template-default single single-post">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">The Daily Courier</a></p><p class="site-description">News you can trust</p></div>${NAV()}</header>
${p.clutter.includes('cookie') ? CLUTTER_HTML['cookie']!() : ''}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1042" class="post-1042 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">${esc(p.story.headline)}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/x">${esc(p.story.author)}</a></span></span> ${v.html}</div></header>
<div class="entry-content">
<p><strong>${esc(p.story.lead)}</strong></p>
${withInlineClutter(paras, p.clutter, (x) => `<p>${esc(x)}</p>`)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/world">World</a></span> <span class="tags-links">Tagged <a href="/t">news</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/prev">Previous post: Markets close higher</a></div></nav>
${outerClutter(p.clutter.filter((c) => c !== 'cookie'))}
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Council approves new budget</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer></div></body></html>`;
    return { html, neutral: [v.neutral] };
  },
  arc: (p) => {
    const v = visibleDate(p, 'arc');
    const paras = bodyParagraphs(p);
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(p.story.headline)} - The Washington Courier</title>${headDates(p)}
<meta name="viewport" content="width=device-width"><script>window.Fusion={"arcSite":"courier","deployment":412};</script></head>
<body><div id="fusion-app"><div class="layout-wrapper">
<header class="site-header" data-qa="site-header"><div class="masthead">The Washington Courier</div>${NAV()}</header>
${p.clutter.includes('cookie') ? CLUTTER_HTML['cookie']!() : ''}
<main><div class="grid-layout"><article class="article-layout">
<div class="headline" data-qa="headline"><h1 data-qa="headline-text">${esc(p.story.headline)}</h1></div>
<h2 class="sub-headline" data-qa="subheadline">${esc(p.story.lead)}</h2>
<div class="author-timestamp"><div data-qa="author-name" class="byline">By <a href="/people/x" rel="author">${esc(p.story.author)}</a></div>${v.html ? `<div data-qa="timestamp" class="display-date">${v.html}</div>` : ''}</div>
<div class="article-body" data-qa="article-body">
${withInlineClutter(paras, p.clutter, (x) => `<p class="font--body font-copy" data-el="text" dir="null">${esc(x)}</p>`)}
<div class="interstitial-link"><p><b>Read more:</b> <a href="/x">Inside the race to rebuild after disaster</a></p></div>
</div></article>
${outerClutter(p.clutter.filter((c) => c !== 'cookie'))}
</div></main>${FOOTER()}</div></div>
<script id="fusion-metadata" type="application/javascript">Fusion.globalContent={"_id":"X","type":"story"};</script></body></html>`;
    return { html, neutral: [v.neutral] };
  },
  bbc: (p) => {
    const v = visibleDate(p, 'bbc');
    const paras = bodyParagraphs(p);
    const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(p.story.headline)} - Courier News</title>${headDates(p)}</head>
<body><div id="orb-banner" role="banner"><div class="orb-nav">Home News Sport Weather iPlayer Sounds</div></div>
${p.clutter.includes('cookie') ? CLUTTER_HTML['cookie']!() : ''}
<header role="banner" class="ssrcss-header">${NAV()}</header>
<main id="main-content" role="main"><article class="ssrcss-article">
<header class="ssrcss-1eqcsb1-HeadingWrapper"><h1 id="main-heading" class="ssrcss-heading">${esc(p.story.headline)}</h1></header>
<div data-component="byline-block"><div class="ssrcss-byline"><span class="ssrcss-contributor">By ${esc(p.story.author)}</span><div class="ssrcss-role">Courier News</div></div>${v.html ? `<div class="ssrcss-time">${v.html}</div>` : ''}</div>
<div data-component="text-block"><p class="ssrcss-paragraph"><b class="ssrcss-bold">${esc(p.story.lead)}</b></p></div>
${withInlineClutter(paras, p.clutter, (x) => `<div data-component="text-block"><p class="ssrcss-paragraph">${esc(x)}</p></div>`)}
<div data-component="image-block"><figure><img src="/i.jpg" alt=""><figcaption><span class="ssrcss-caption">Image caption, Rescue teams worked through the night</span></figcaption></figure></div>
<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/t1">Europe</a></li><li><a href="/t2">Natural disasters</a></li></ul></div>
</article>
<section data-component="more-stories"><h2>More on this story</h2><ul><li><a href="/s1">Hundreds feared trapped under rubble</a></li></ul></section>
${outerClutter(p.clutter.filter((c) => c !== 'cookie'))}
</main><footer role="contentinfo"><p>Copyright 2025 Courier News. The Courier is not responsible for the content of external sites.</p></footer></body></html>`;
    return { html, neutral: [v.neutral, 'Courier News'] };
  },
  guardian: (p) => {
    const v = visibleDate(p, 'guardian');
    const paras = bodyParagraphs(p);
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(p.story.headline)} | World news | The Courier</title>${headDates(p)}</head>
<body><a class="skip" href="#maincontent">Skip to main content</a>
<header data-component="nav2"><div class="top-bar">Support the Courier · Print subscriptions · Sign in</div>${NAV()}</header>
${p.clutter.includes('cookie') ? CLUTTER_HTML['cookie']!() : ''}
<main data-layout="StandardLayout"><article>
<div data-gu-name="headline"><h1>${esc(p.story.headline)}</h1></div>
<div data-gu-name="standfirst"><div class="standfirst"><p>${esc(p.story.lead)}</p></div></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/x">${esc(p.story.author)}</a></address>${v.html ? `<div class="dateline">${v.html}</div>` : ''}</div>
<div id="maincontent" data-gu-name="body"><div class="article-body-commercial-selector article-body-viewer-selector">
${withInlineClutter(paras, p.clutter, (x) => `<p class="dcr-paragraph">${esc(x)}</p>`)}
</div></div>
<div data-gu-name="comments">${p.clutter.includes('comments') ? CLUTTER_HTML['comments']!() : ''}</div>
</article>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul><li><a href="/x">Explainer: why the region is so prone to disaster</a></li></ul></section>
${outerClutter(p.clutter.filter((c) => c !== 'cookie' && c !== 'comments'))}
</main><footer><p>© 2025 Courier News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>`;
    return { html, neutral: [v.neutral] };
  },
  divs: (p) => {
    const v = visibleDate(p, 'divs');
    const paras = bodyParagraphs(p);
    const html = `<html><head><title>${esc(p.story.headline)}</title>${headDates(p)}</head><body>
<div class="header"><div class="logo">DAILY COURIER</div><div class="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">World Sport</a> | <a href="/weather">Weather</a></div></div>
${p.clutter.includes('cookie') ? CLUTTER_HTML['cookie']!() : ''}
<div class="wrapper"><div class="main-column"><div class="story">
<div class="story-title">${esc(p.story.headline)}</div>
<div class="story-byline">By ${esc(p.story.author)}</div>${v.html ? `<div class="story-date">${v.html}</div>` : ''}
<div class="story-lead">${esc(p.story.lead)}</div>
<div class="story-text">${withInlineClutter(paras, p.clutter, (x) => `<div class="para">${esc(x)}</div>`)}</div>
</div>
${outerClutter(p.clutter.filter((c) => c !== 'cookie'))}
</div><div class="sidebar"><div class="box"><b>Weather</b><br>Sunny, 24 degrees</div><div class="box"><b>Tags</b><br>world, politics</div></div></div>
<div class="footer">Copyright Daily Courier Ltd. Contact the newsroom: news@courier.example</div></body></html>`;
    return { html, neutral: [v.neutral] };
  },
};

// ---------------------------------------------------------------------------------------------------
// Text shapes.

/** Wire datelines in the shapes the agencies write (the issue's `ANKARA, Turkey, Aug. 10, 2025 (Reuters) -` first). */
const WIRE_SHAPES: Array<(s: Story, t: Day) => string> = [
  (s, t) => `${s.city}${s.region ? `, ${s.region}` : ''}, ${fmt.ap(t)} (Reuters) - `,
  (s, t) => `${s.city}${s.region ? `, ${s.region}` : ''}, ${fmt.ap(t)} (AP) — `,
  (s, t) => `${s.city}, ${fmt.dmy(t)} (AFP) - `,
  (s, t) => `${fmt.dmy(t)}, ${s.city} (AFP) – `,
  (s, t) => `${s.city}, ${fmt.long(t)} /PRNewswire/ -- `,
  (_s, t) => `${fmt.ap(t)} (UPI) -- `,
  (s, t) => `${s.city}, ${weekdayName(weekday(t))}, ${fmt.ap(t)} (AP) — `,
  (s, t) => `${s.city}, ${iso(t)} (Reuters) - `,
  (s, t) => `${s.city}, ${fmt.ap(t)}—`,
];

const TEXT_FOOTERS = [
  '',
  '\n\nShare this:\nTweet\nEmail this',
  '\n\nAdvertisement',
  '\n\nRead more:\nRelated articles',
  '\n\nNo comments:\n\nPost a Comment',
];

/** One generated file and its gold entry. */
export interface Built {
  file: string;
  bytes: Uint8Array;
  entry: Omit<GoldEntry, 'file' | 'split'>;
}

const mainOf = (s: Story, withByline = true, withLead = true) => [
  s.headline,
  ...(withByline ? [`By ${s.author}`] : []),
  ...(withLead ? [s.lead] : []),
  ...s.body,
];

function buildHtml(i: number, template: string, dateSource: HtmlDateSource): Built {
  const story = STORIES[i % STORIES.length]!;
  const day = randomDay();
  const clutter = [...CLUTTER_KINDS].sort(() => rand() - 0.5).slice(0, 3 + Math.floor(rand() * 3));
  const parts: PageParts = { story, day, dateSource, clutter, agency: pick(['Reuters', 'AP', 'AFP']) };
  const { html, neutral } = HTML_TEMPLATES[template]!(parts);
  const body = bodyParagraphs(parts);
  return {
    file: `html-${template}-${String(i).padStart(3, '0')}-${story.slug}.html`,
    bytes: Buffer.from(html, 'utf8'),
    entry: {
      shape: `html-${template}`,
      dateSource,
      clutter,
      pubdate: iso(day),
      main: [story.headline, `By ${story.author}`, story.lead, ...body],
      neutral: neutral.filter((n) => n !== ''),
    },
  };
}

function buildWire(i: number): Built {
  const story = STORIES[i % STORIES.length]!;
  const day = randomDay();
  const shape = i % WIRE_SHAPES.length;
  const dateline = WIRE_SHAPES[shape]!(story, day);
  const byline = rand() < 0.5;
  const footer = pick(TEXT_FOOTERS);
  const credit = rand() < 0.5 ? `\n\n(Reporting by ${story.author}; Editing by Mark Potter)` : '';
  const text = `${story.headline}\n\n${byline ? `By ${story.author}\n\n` : ''}${dateline}${story.body.join('\n\n')}${credit}${footer}\n`;
  return {
    file: `wire-${String(i).padStart(3, '0')}-${story.slug}.txt`,
    bytes: Buffer.from(text, 'utf8'),
    entry: {
      shape: 'wire',
      dateSource: `dateline-${shape}`,
      clutter: footer ? [footer.trim().split('\n')[0]!] : [],
      pubdate: iso(day),
      main: [
        story.headline,
        ...(byline ? [`By ${story.author}`] : []),
        dateline + story.body[0],
        ...story.body.slice(1),
      ],
      neutral: credit ? [credit.trim()] : [],
    },
  };
}

function buildMarkdown(i: number): Built {
  const story = STORIES[i % STORIES.length]!;
  const day = randomDay();
  const variants: Array<[string, string]> = [
    ['date', iso(day)],
    ['date', fmt.isoTime(day)],
    ['published', `"${fmt.long(day)}"`],
    ['pubdate', fmt.rfc2822(day)],
    ['date', `'${iso(day)}'`],
    ['publication_date', fmt.dmy(day)],
  ];
  const [key, value] = variants[i % variants.length]!;
  const text = `---\ntitle: "${story.headline}"\nauthor: ${story.author}\n${key}: ${value}\ntags: [news, world]\n---\n\n# ${story.headline}\n\n*${story.lead}*\n\n${story.body.join('\n\n')}\n`;
  return {
    file: `md-${String(i).padStart(3, '0')}-${story.slug}.md`,
    bytes: Buffer.from(text, 'utf8'),
    entry: {
      shape: 'markdown',
      dateSource: `front-matter-${key}`,
      clutter: [],
      pubdate: iso(day),
      main: [story.headline, story.lead, ...story.body],
      neutral: [],
    },
  };
}

function buildFeed(i: number): { file: string; text: string; entry: Built['entry'] } {
  const story = STORIES[i % STORIES.length]!;
  const day = randomDay();
  const older = earlier(day);
  const content = story.body.map((p) => `<p>${esc(p)}</p>`).join('');
  const kind = i % 4;
  let text: string;
  let dateSource: string;
  if (kind === 0 || kind === 1) {
    dateSource = 'rss-pubDate';
    const second =
      kind === 1
        ? `<item><title>Earlier story</title><pubDate>${fmt.rfc2822(older)}</pubDate><description>Older item.</description></item>`
        : '';
    text = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel><title>The Daily Courier: World</title><link>https://courier.example/world</link><lastBuildDate>${fmt.rfc2822(later(day))}</lastBuildDate>\n<item><title>${esc(story.headline)}</title><link>https://courier.example/${story.slug}</link><dc:creator><![CDATA[${story.author}]]></dc:creator><pubDate>${fmt.rfc2822(day)}</pubDate><description><![CDATA[<p>${story.lead}</p>]]></description><content:encoded><![CDATA[<p><strong>${story.lead}</strong></p>${content}]]></content:encoded></item>${second}\n</channel></rss>\n`;
  } else if (kind === 2) {
    dateSource = 'atom-published';
    text = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><updated>${fmt.isoTime(later(day))}</updated>\n<entry><title>${esc(story.headline)}</title><author><name>${esc(story.author)}</name></author><published>${fmt.isoTime(day)}</published><updated>${fmt.isoTime(later(day))}</updated><content type="html">${esc(`<p><strong>${story.lead}</strong></p>${content}`)}</content></entry></feed>\n`;
  } else {
    dateSource = 'rss-dc-date';
    text = `<item><title>${esc(story.headline)}</title><dc:creator>${esc(story.author)}</dc:creator><dc:date>${fmt.isoTime(day)}</dc:date><description>${esc(`<p><strong>${story.lead}</strong></p>${content}`)}</description></item>\n`;
  }
  return {
    file: `feed-${String(i).padStart(3, '0')}-${story.slug}.${kind === 2 ? 'atom' : kind === 3 ? 'xml' : 'rss'}`,
    text,
    entry: {
      shape: kind === 2 ? 'atom' : 'rss',
      dateSource,
      clutter: kind === 1 ? ['second-item'] : [],
      pubdate: iso(day),
      main: [story.headline, `By ${story.author}`, story.lead, ...story.body],
      neutral: [],
    },
  };
}

function buildPlain(i: number): Built {
  const story = STORIES[i % STORIES.length]!;
  const day = randomDay();
  const kind = i % 5;
  let text: string;
  let file = `text-${String(i).padStart(3, '0')}-${story.slug}.txt`;
  let dateSource: string;
  let neutral: string[] = [];
  const body = `${story.headline}\n\n${story.lead}\n\n${story.body.join('\n\n')}\n`;
  if (kind === 0) {
    dateSource = 'email-header';
    const header = `From: ${story.author} <desk@courier.example>\nDate: ${fmt.rfc2822(day)}\nSubject: ${story.headline}\nTo: newsroom@courier.example\n`;
    text = `${header}\n${body}`;
    neutral = [header];
  } else if (kind === 1) {
    dateSource = 'date-line';
    text = `${fmt.weekdayLong(day)}\n\n${body}`;
    neutral = [fmt.weekdayLong(day)];
  } else if (kind === 2) {
    dateSource = 'published-line';
    const line = `Published: ${fmt.dmy(day)} | Updated: ${fmt.dmy(later(day))}`;
    text = `${story.headline}\n${line}\n\n${story.lead}\n\n${story.body.join('\n\n')}\n`;
    neutral = [line];
  } else if (kind === 3) {
    dateSource = 'filename';
    file = `${iso(day)}-${story.slug}.txt`;
    text = body;
  } else {
    dateSource = 'yearless-dateline+filename-year';
    file = `text-${String(i).padStart(3, '0')}-${story.slug}-${day.y}.txt`;
    const dl = `${story.city}, ${AP_MONTHS[day.m - 1]} ${day.d} (Reuters) - `;
    text = `${story.headline}\n\n${dl}${story.body.join('\n\n')}\n`;
    return {
      file,
      bytes: Buffer.from(text),
      entry: {
        shape: 'text',
        dateSource,
        clutter: [],
        pubdate: iso(day),
        main: [story.headline, dl + story.body[0], ...story.body.slice(1)],
        neutral: [],
      },
    };
  }
  return {
    file,
    bytes: Buffer.from(text),
    entry: { shape: 'text', dateSource, clutter: [], pubdate: iso(day), main: mainOf(story, false), neutral },
  };
}

/** Stories whose text every single-byte Western encoding can hold (no "ş", no "Ł"). */
function encodable(s: Story, encoding: string): boolean {
  const all = [s.headline, s.author, s.lead, ...s.body].join('\n');
  return iconv.decode(iconv.encode(all, encoding), encoding) === all;
}

const LEGACY: Array<{ encoding: string; shape: 'txt' | 'html-meta' | 'html-lying' | 'rss-xmldecl' | 'mojibake' }> = [
  { encoding: 'windows-1252', shape: 'txt' },
  { encoding: 'latin1', shape: 'txt' },
  { encoding: 'utf-16le', shape: 'txt' },
  { encoding: 'utf-16be', shape: 'txt' },
  { encoding: 'windows-1252', shape: 'html-meta' },
  { encoding: 'latin1', shape: 'html-meta' },
  { encoding: 'windows-1252', shape: 'html-lying' },
  { encoding: 'latin1', shape: 'rss-xmldecl' },
  { encoding: 'utf-8', shape: 'mojibake' },
  { encoding: 'utf-16le', shape: 'html-meta' },
];

function buildLegacy(i: number): Built {
  const spec = LEGACY[i % LEGACY.length]!;
  const base = spec.encoding.startsWith('utf') ? 'windows-1252' : spec.encoding;
  const candidates = STORIES.filter(
    (s) => /[^\p{ASCII}]/u.test(s.body.join('') + s.author + s.headline) && encodable(s, base),
  );
  const story = candidates[i % candidates.length]!;
  const day = randomDay();
  const dateline = WIRE_SHAPES[i % 4]!(story, day);
  let text: string;
  let ext = 'txt';
  let main: string[];
  let neutral: string[] = [];
  let dateSource = `dateline-${i % 4}`;
  if (spec.shape === 'txt' || spec.shape === 'mojibake') {
    text = `${story.headline}\n\nBy ${story.author}\n\n${dateline}${story.body.join('\n\n')}\n`;
    main = [story.headline, `By ${story.author}`, dateline + story.body[0], ...story.body.slice(1)];
  } else if (spec.shape === 'rss-xmldecl') {
    ext = 'rss';
    dateSource = 'rss-pubDate';
    text = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Courier</title><item><title>${esc(story.headline)}</title><author>${esc(story.author)}</author><pubDate>${fmt.rfc2822(day)}</pubDate><description>${esc(story.body.map((p) => `<p>${p}</p>`).join(''))}</description></item></channel></rss>\n`;
    main = [story.headline, `By ${story.author}`, ...story.body];
  } else {
    ext = 'html';
    dateSource = 'og';
    const charset =
      spec.shape === 'html-lying'
        ? '<meta charset="utf-8">'
        : spec.encoding === 'latin1'
          ? '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
          : spec.encoding === 'utf-16le'
            ? ''
            : '<meta charset="windows-1252">';
    text = `<html><head>${charset}<title>${esc(story.headline)}</title><meta property="article:published_time" content="${fmt.isoTime(day)}"></head><body>${NAV()}<article><h1>${esc(story.headline)}</h1><p class="byline">By ${esc(story.author)}</p><p>${esc(story.lead)}</p>${story.body.map((p) => `<p>${esc(p)}</p>`).join('')}</article>${CLUTTER_HTML['related']!()}${FOOTER()}</body></html>\n`;
    main = mainOf(story);
    neutral = [];
  }
  let bytes: Uint8Array;
  if (spec.shape === 'mojibake') bytes = Buffer.from(iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252'), 'utf8');
  else bytes = iconv.encode(text, spec.encoding === 'utf-16le' || spec.encoding === 'utf-16be' ? spec.encoding : base);
  if (spec.encoding === 'latin1' && /[\u2018-\u201d\u2013\u2014\u20ac]/.test(text)) {
    // Latin-1 has no curly quotes or dashes: write the file as a Latin-1 writer would, with plain ones.
    const plain = (s: string) =>
      s
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/[\u2013\u2014]/g, '-');
    bytes = iconv.encode(plain(text), 'latin1');
    main = main.map(plain);
  }
  return {
    file: `legacy-${String(i).padStart(3, '0')}-${spec.encoding}-${spec.shape}-${story.slug}.${ext}`,
    bytes,
    entry: {
      shape: `legacy-${spec.shape}`,
      dateSource,
      clutter: [],
      pubdate: iso(day),
      main,
      neutral,
      encoding: spec.shape === 'mojibake' ? 'utf-8 (mojibake inside)' : spec.encoding,
    },
  };
}

/** Builds every file of the set, in a fixed order. */
export function buildGoldSet(): Built[] {
  rand = rng(SEED);
  const out: Built[] = [];
  let n = 0;
  for (const template of Object.keys(HTML_TEMPLATES))
    for (const ds of HTML_DATE_SOURCES) out.push(buildHtml(n++, template, ds));
  for (let i = 0; i < 24; i++) out.push(buildWire(n++));
  for (let i = 0; i < 12; i++) out.push(buildMarkdown(n++));
  for (let i = 0; i < 12; i++) {
    const f = buildFeed(n++);
    out.push({ file: f.file, bytes: Buffer.from(f.text, 'utf8'), entry: f.entry });
  }
  for (let i = 0; i < 15; i++) out.push(buildPlain(n++));
  for (let i = 0; i < 20; i++) out.push(buildLegacy(n++));
  return out;
}

function main(): void {
  const root = fileURLToPath(new URL('../../../../eval/gold/ingest/', import.meta.url));
  const files = path.join(root, 'files');
  rmSync(files, { recursive: true, force: true });
  mkdirSync(files, { recursive: true });
  const lines: string[] = [];
  for (const b of buildGoldSet()) {
    writeFileSync(path.join(files, b.file), b.bytes);
    const entry: GoldEntry = { file: b.file, split: heldOut(b.file) ? 'held-out' : 'dev', ...b.entry };
    lines.push(JSON.stringify(entry));
  }
  writeFileSync(path.join(root, 'gold.jsonl'), `${lines.join('\n')}\n`);
  process.stdout.write(`wrote ${lines.length} files to ${path.relative(process.cwd(), files)}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
