/**
 * A feed file in the input folder: every item is an article (docs/ingest.md, "Feeds"). Reruns are
 * idempotent, a feed that gains an item processes only it, an item that drops out of the feed keeps its
 * record, a bad item fails alone, and the items go with the feed file when it is deleted.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validators } from '../../../src/schema/validators.js';
import { runCli, tempDir, writeFiles } from '../helpers.js';

const item = (guid: string, title: string, day: number, body: string) =>
  `<item><title>${title}</title><link>https://coast.example/${guid}</link><guid>${guid}</guid>` +
  `<pubDate>${['Sun', 'Mon', 'Tue', 'Wed'][day % 4]}, 0${day} Nov 2026 08:00:00 +0000</pubDate>` +
  `<description><![CDATA[<p>${body}</p>]]></description></item>`;

const ITEMS = {
  storm: item(
    'storm',
    'Storm closes the harbour',
    1,
    'A storm closed the harbour of Portmere on Sunday, officials said.',
  ),
  strike: item('strike', 'Dock workers strike', 2, 'Dock workers in Portmere went on strike on Monday over pay.'),
  empty: '<item><guid>blank</guid></item>',
  ferry: item('ferry', 'Ferry service resumes', 3, 'The ferry between Portmere and Skerry resumed on Tuesday.'),
};

const feed = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Coast desk</title>\n${items.join('\n')}\n</channel></rss>\n`;

function setup(items: string[]): { dir: string; input: string; output: string; config: string } {
  const dir = tempDir();
  const input = path.join(dir, 'in');
  const output = path.join(dir, 'out');
  writeFiles(input, { 'coast.rss': feed(items) });
  const config = path.join(dir, 'pipeline.config.json');
  writeFileSync(config, JSON.stringify({ inputs: [input], output, include: ['**/*.rss', '**/*.txt'] }));
  return { dir, input, output, config };
}

/** Every file of the records, failures and tables, by path. */
function snapshot(output: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const folder = path.join(output, rel);
    if (!existsSync(folder)) return;
    for (const e of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)))
      if (e.isDirectory()) walk(`${rel}/${e.name}`);
      else out[`${rel}/${e.name}`] = readFileSync(path.join(folder, e.name), 'utf8');
  };
  for (const sub of ['records', 'tables', 'failed']) walk(sub);
  return out;
}

function records(output: string): Array<Record<string, any>> {
  const dir = path.join(output, 'records');
  return readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

const titles = (output: string) =>
  records(output)
    .map((r) => r.title as string)
    .sort();

describe('dossier run on a feed', () => {
  test('each item is an article; a rerun is byte-identical; a new item is all a rerun processes', () => {
    const { dir, input, output, config } = setup([ITEMS.storm, ITEMS.empty, ITEMS.strike]);
    const first = runCli(['run', '-c', config], dir);
    expect(first.stderr).not.toMatch(/internal error/);
    // The item without text fails alone (exit 1), naming the file and the item; the others are written.
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/3 articles found: 2 processed, 0 unchanged \(skipped\), 0 duplicates, 1 failed/);
    const failed = readdirSync(path.join(output, 'failed'));
    expect(failed).toHaveLength(1);
    const failure = JSON.parse(readFileSync(path.join(output, 'failed', failed[0]!), 'utf8'));
    expect(failure.path).toBe('coast.rss');
    expect(failure.reason).toMatch(/feed item 2 of 3, id "blank"/);
    const recs = records(output);
    expect(recs.map((r) => r.title).sort()).toEqual(['Dock workers strike', 'Storm closes the harbour']);
    for (const r of recs) {
      expect(validators().record(r)).toBe(true);
      expect(r.source.path).toBe('coast.rss');
      expect(r.source.item.link).toBe(`https://coast.example/${r.source.item.id}`);
    }
    const storm = recs.find((r) => r.source.item.id === 'storm')!;
    expect(storm.publication).toMatchObject({ date: '2026-11-01', time: '08:00', source: 'feed' });
    expect(new Set(recs.map((r) => r.articleId)).size).toBe(2);

    const before = snapshot(output);
    const again = runCli(['run', '-c', config], dir);
    expect(again.stdout).toMatch(/0 processed, 2 unchanged \(skipped\), 0 duplicates, 0 failed \(\+1 known\)/);
    expect(snapshot(output)).toEqual(before);

    // Tomorrow's save of the feed has a new item on top: only it is processed; the others keep their records.
    writeFileSync(path.join(input, 'coast.rss'), feed([ITEMS.ferry, ITEMS.storm, ITEMS.empty, ITEMS.strike]));
    const plan = runCli(['run', '-c', config, '--dry-run'], dir);
    expect(plan.stdout).toMatch(/would process \(2\):\n {2}coast\.rss#1\n {2}coast\.rss#3\n/);
    const grown = runCli(['run', '-c', config], dir);
    expect(grown.stdout).toMatch(/4 articles found: 1 processed, 2 unchanged/);
    for (const id of recs.map((r) => r.articleId))
      expect(existsSync(path.join(output, 'records', `${id}.json`))).toBe(true);
    expect(titles(output)).toEqual(['Dock workers strike', 'Ferry service resumes', 'Storm closes the harbour']);
    expect(runCli(['validate', output], dir).status).toBe(0);
  });

  test('an item that drops out of the feed keeps its record; deleting the feed file removes its items', () => {
    const { dir, input, output, config } = setup([ITEMS.storm, ITEMS.strike]);
    expect(runCli(['run', '-c', config], dir).status).toBe(0);
    writeFileSync(path.join(input, 'coast.rss'), feed([ITEMS.ferry, ITEMS.strike]));
    const rolled = runCli(['run', '-c', config], dir);
    expect(rolled.stdout).toMatch(/2 articles found: 1 processed, 1 unchanged \(skipped\), 0 duplicates, 0 failed ·/);
    expect(titles(output)).toEqual(['Dock workers strike', 'Ferry service resumes', 'Storm closes the harbour']);
    const articles = readdirSync(path.join(output, 'tables', 'articles')).flatMap((f) =>
      readFileSync(path.join(output, 'tables', 'articles', f), 'utf8')
        .split('\n')
        .filter((l) => l !== ''),
    );
    expect(articles).toHaveLength(3);

    // An edited item (same guid, new text) replaces its record rather than adding a second one.
    const edited = ITEMS.strike.replace('over pay', 'over pay and hours');
    writeFileSync(path.join(input, 'coast.rss'), feed([ITEMS.ferry, edited]));
    expect(runCli(['run', '-c', config], dir).stdout).toMatch(/1 processed, 1 unchanged/);
    expect(records(output)).toHaveLength(3);
    expect(records(output).find((r) => r.source.item.id === 'strike')!.text).toMatch(/over pay and hours/);

    rmSync(path.join(input, 'coast.rss'));
    const gone = runCli(['run', '-c', config], dir);
    expect(gone.stdout).toMatch(/3 removed \(input gone\)/);
    expect(readdirSync(path.join(output, 'records'))).toEqual([]);
    expect(runCli(['validate', output], dir).status).toBe(0);
  });

  test('a file that was one article (a lone saved item) and becomes a whole feed is replaced by its items', () => {
    const { dir, input, output, config } = setup([]);
    writeFileSync(path.join(input, 'coast.rss'), `${ITEMS.storm}\n`);
    expect(runCli(['run', '-c', config], dir).stdout).toMatch(/1 articles? found: 1 processed/);
    const [lone] = records(output);
    expect(lone!.source.item).toBeUndefined();
    writeFileSync(path.join(input, 'coast.rss'), feed([ITEMS.storm, ITEMS.strike]));
    expect(runCli(['run', '-c', config], dir).stdout).toMatch(/2 articles found: 2 processed/);
    expect(records(output).map((r) => r.source.item.id)).toEqual(expect.arrayContaining(['storm', 'strike']));
    expect(records(output)).toHaveLength(2);
    expect(existsSync(path.join(output, 'records', `${lone!.articleId}.json`))).toBe(false);
    expect(runCli(['validate', output], dir).status).toBe(0);
  });

  test('the same item in two saved feed files is one article (same content), not two', () => {
    const { dir, input, output, config } = setup([ITEMS.storm, ITEMS.strike]);
    writeFiles(input, { 'coast-next.rss': feed([ITEMS.ferry, ITEMS.storm]) });
    const r = runCli(['run', '-c', config], dir);
    expect(r.stdout).toMatch(/4 articles found: 3 processed, 0 unchanged \(skipped\), 1 duplicates, 0 failed/);
    expect(titles(output)).toEqual(['Dock workers strike', 'Ferry service resumes', 'Storm closes the harbour']);
  });
});
