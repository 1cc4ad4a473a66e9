/**
 * System test of `dossier report` in a real browser: Debian's chromium driven by playwright-core. It runs
 * the pipeline on the bundled articles, builds the report and checks what a person sees. Screenshots go
 * to output/report-screenshots/ (CI artefacts, not committed). Without /usr/bin/chromium the suite is
 * skipped outside CI (`.ci/run` installs it; in CI a missing browser fails the run).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO, article, runCli, tempDir, writeFiles } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const SHOTS = path.join(REPO, 'output', 'report-screenshots');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
const maybe = haveBrowser ? describe : describe.skip;

/** In the page: names of the event points that lie inside Iraq's outline as the browser draws it. */
const OVER_IRAQ = `(() => {
  const iraq = [...document.querySelectorAll('#countries path')].find((p) => p.textContent === 'Iraq');
  if (!iraq) return 'no Iraq outline';
  return [...document.querySelectorAll('#map-points circle.event-point')]
    .filter((c) => {
      const pt = iraq.ownerSVGElement.createSVGPoint();
      pt.x = c.cx.baseVal.value;
      pt.y = c.cy.baseVal.value;
      return iraq.isPointInFill(pt);
    })
    .map((c) => c.getAttribute('data-name'));
})()`;

/** Runs the pipeline on `input` and the report on its output; returns the page file. */
function runAndReport(input: string, args: string[] = []): string {
  const dir = tempDir('dossier-report-');
  const output = path.join(dir, 'out');
  const run = runCli(['run', '--input', input, '--output', output], dir);
  if (run.status !== 0) throw new Error(`dossier run exited ${run.status}: ${run.stderr}`);
  const file = path.join(dir, 'report.html');
  const rep = runCli(['report', output, '--out', file, ...args], dir);
  if (rep.status !== 0) throw new Error(`dossier report exited ${rep.status}: ${rep.stderr}`);
  return file;
}

/** Opens a page from disk and records every request that is not file:// and every script error. */
async function open(browser: Browser, file: string): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) outside.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return { page, outside, errors };
}

maybe('dossier report in chromium', () => {
  let browser: Browser;
  let bundled: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    bundled = runAndReport(path.join(REPO, 'data', 'articles'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('the bundled run: seed groups in the table, June 2024 on the timeline, a point over Iraq, nothing fetched', async () => {
    const { page, outside, errors } = await open(browser, bundled);
    // The seed article's groups are rows of the entity table.
    const names = await page.locator('#entity-rows tr[data-type="group"] td:nth-child(2)').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(['Iraqi Resistance Coordination Committee', 'Iraqi Al-Nujaba Movement']),
    );
    // Co-occurrence: the places named with the committee (filled in just after the table is drawn).
    const committee = page.locator('#entity-rows tr', {
      has: page.locator('td:nth-child(2)', { hasText: /^Iraqi Resistance Coordination Committee$/ }),
    });
    await committee.locator('td.with:not([data-pending])').waitFor();
    expect(await committee.locator('td.with').textContent()).toMatch(/\bIraq \(1\)/);
    // Bars for June 2024 are drawn, with a height.
    const june = page.locator('#timeline-svg rect.bar[data-bucket="2024-06"]');
    expect(await june.count()).toBeGreaterThan(0);
    const heights = await june.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('height'))));
    expect(Math.max(...heights)).toBeGreaterThan(0);
    // An event point lies inside Iraq's outline as the browser draws it.
    const overIraq = (await page.evaluate(OVER_IRAQ)) as string[] | string;
    expect(Array.isArray(overIraq) && overIraq.length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'bundled.png'), fullPage: true });
    // The README's picture (docs/report.png is a copy): header, notes, timeline and map.
    const mapBox = await page.locator('#map').boundingBox();
    if (mapBox)
      await page.screenshot({
        path: path.join(SHOTS, 'readme.png'),
        clip: { x: 0, y: 0, width: 1280, height: mapBox.y + mapBox.height + 8 },
        fullPage: true,
      });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('a filter by event type changes the entity table, the map and the articles', async () => {
    const { page, outside } = await open(browser, bundled);
    const rows = page.locator('#entity-rows tr');
    const before = await rows.count();
    const articlesBefore = await page.locator('#article-list li').count();
    await page.click('.type-chip[data-type="killing"]');
    const after = await rows.count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator('#article-list li').count()).toBeLessThan(articlesBefore);
    expect(await page.locator('#active-filters .chip').textContent()).toMatch(/types: killing/);
    // Only killing bars remain on the timeline.
    const types = await page
      .locator('#timeline-svg rect.bar')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-type')));
    expect(new Set(types)).toEqual(new Set(['killing']));
    await page.screenshot({ path: path.join(SHOTS, 'filtered-killing.png'), fullPage: true });
    // Clearing brings the table back.
    await page.click('#clear-filters');
    expect(await rows.count()).toBe(before);
    // A click on a timeline bar filters by date.
    await page.locator('#timeline-svg rect.bar[data-bucket="2024-06"]').first().click();
    expect(await page.locator('#active-filters .chip').textContent()).toMatch(/dates: 2024-06/);
    const titles = await page.locator('#article-list li button').allTextContents();
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/armed factions in Iraq/);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('an article shows its text with mentions, time expressions and triggers highlighted, linked to its events', async () => {
    const { page } = await open(browser, bundled);
    await page.locator('#article-list li button', { hasText: 'armed factions in Iraq' }).click();
    await page.waitForSelector('#article-detail .article-text');
    const kinds = await page
      .locator('#article-detail .article-text [data-kind]')
      .evaluateAll((ns) => [...new Set(ns.map((n) => n.getAttribute('data-kind')))].sort());
    expect(kinds).toEqual(['mention', 'timex', 'trigger']);
    const group = page.locator('#article-detail .article-text mark.hl-group', {
      hasText: 'Iraqi Resistance Coordination Committee',
    });
    expect(await group.first().getAttribute('title')).toMatch(
      /^group: Iraqi Resistance Coordination Committee · role: agent of/,
    );
    const timex = page.locator('#article-detail .article-text mark.hl-timex').first();
    expect(await timex.getAttribute('title')).toMatch(/^DATE: 2024-06-20/);
    const trigger = page.locator('#article-detail .article-text a.hl-trigger').first();
    const href = (await trigger.getAttribute('href')) as string;
    expect(await page.locator(`[id="${href.slice(1)}"]`).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'article.png'), fullPage: true });
    await page.close();
  });

  test('article text is escaped: a <script> in an article does not run', async () => {
    const input = tempDir('dossier-report-in-');
    const hostile =
      'Officials in Baghdad said <script>window.__pwned = 1; document.title = "pwned"</script> nothing ' +
      'happened. <img src=x onerror="window.__pwned = 2"> The Coordination Committee met on Monday.';
    writeFiles(input, { 'evil.txt': article('Talks <b>in</b> Baghdad <script>window.__pwned=3</script>', hostile) });
    const file = runAndReport(input);
    const { page, outside, errors } = await open(browser, file);
    await page.locator('#article-list li button').first().click();
    await page.waitForSelector('#article-detail .article-text');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('#article-detail .article-text').textContent()).toContain('<script>window.__pwned = 1;');
    expect(await page.locator('#article-detail h3').textContent()).toContain('<script>');
    expect(await page.locator('#article-detail script, #article-detail img, #article-list b').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('casualties size a dark core on the map; run facts list failures by code', async () => {
    const dir = tempDir('dossier-report-');
    const out = path.join(dir, 'out');
    for (const sub of ['records', 'runs', 'failed']) mkdirSync(path.join(out, sub), { recursive: true });
    const text = 'A bomb killed five people in Baghdad on Monday.';
    writeFileSync(
      path.join(out, 'records', 'a_00000000000000aa.json'),
      JSON.stringify({
        schemaVersion: '2.10',
        articleId: 'a_00000000000000aa',
        title: 'Bomb in Baghdad',
        publication: { date: '2024-06-17' },
        text,
        entities: [
          {
            id: 'plc_b',
            type: 'place',
            name: 'Baghdad',
            mentions: [{ start: 32, end: 39 }],
            geo: { lat: 33.34, lon: 44.4, countryCode: 'IQ' },
          },
        ],
        events: [
          {
            id: 'evt_1',
            type: 'attack',
            trigger: { start: 7, end: 13 },
            date: { value: '2024-06-17', precision: 'day' },
            place: 'plc_b',
            participants: [],
            casualties: { killed: { value: 5, min: 5, max: 5, precision: 'exact', text: 'five people' } },
          },
        ],
      }),
    );
    writeFileSync(
      path.join(out, 'runs', 'r1.json'),
      JSON.stringify({
        runId: 'run-one',
        startedAt: '2024-06-18T00:00:00Z',
        endedAt: '2024-06-18T00:00:01Z',
        pipeline: { version: '9.9.9', nerModel: 'ner-test' },
        counts: { processed: 1, failed: 1 },
        failures: [{ path: 'bad.bin', stage: 'ingest', code: 'E_BINARY', reason: 'binary file' }],
        exitCode: 1,
      }),
    );
    const file = path.join(dir, 'r.html');
    expect(runCli(['report', out, '--out', file], dir).status).toBe(0);
    const { page, errors, outside } = await open(browser, file);
    expect(await page.locator('#map-points circle.killed').count()).toBe(1);
    expect(await page.locator('#map-points circle.event-point').getAttribute('data-name')).toBe('Baghdad');
    expect(await page.locator('#map-points circle.event-point title').textContent()).toBe(
      'Baghdad: 1 event(s), named in 1 article(s), 5 killed',
    );
    const facts = await page.locator('#run-facts').textContent();
    expect(facts).toMatch(/run-one/);
    expect(facts).toMatch(/version 9\.9\.9/);
    expect(facts).toMatch(/E_BINARY \(1\)/);
    expect(await page.locator('#failures tbody tr').textContent()).toMatch(/E_BINARY.*ingest.*bad\.bin.*binary file/);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('a missing output folder still gives a page that says so', async () => {
    const dir = tempDir('dossier-report-');
    const file = path.join(dir, 'r.html');
    const rep = runCli(['report', path.join(dir, 'nothing-here'), '--out', file], dir);
    expect(rep.status).toBe(0);
    const { page, errors } = await open(browser, file);
    expect(await page.locator('#notes').textContent()).toMatch(/does not exist/);
    expect(await page.locator('#timeline-svg').textContent()).toMatch(/No dated events/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an old-schema record without events, places or most fields still gives a page', async () => {
    const dir = tempDir('dossier-report-');
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, 'records'), { recursive: true });
    writeFileSync(
      path.join(out, 'records', 'a_0000000000000001.json'),
      JSON.stringify({
        schemaVersion: '0.9',
        articleId: 'a_0000000000000001',
        text: 'Old text.',
        entities: [{ id: 'per_1', name: 'Ann Lee', type: 'person', mentions: [{ start: 0, end: 3 }] }],
      }),
    );
    writeFileSync(path.join(out, 'records', 'a_0000000000000002.json'), '{ not json');
    const file = path.join(dir, 'r.html');
    const rep = runCli(['report', out, '--out', file], dir);
    expect(rep.status).toBe(0);
    const { page, errors } = await open(browser, file);
    const notes = await page.locator('#notes').textContent();
    expect(notes).toMatch(/could not be read as JSON/);
    expect(notes).toMatch(/schema version\(s\) 0\.9/);
    expect(notes).toMatch(/No record has events/);
    expect(notes).toMatch(/No run manifests/);
    expect(await page.locator('#entity-rows tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
