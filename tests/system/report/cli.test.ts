/** `dossier report` on the command line: default output file, filters, usage errors. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers.js';

function output(): string {
  const out = path.join(tempDir('dossier-report-cli-'), 'out');
  mkdirSync(path.join(out, 'records'), { recursive: true });
  const rec = (id: string, type: string, date: string) => ({
    articleId: id,
    title: id,
    publication: { date },
    text: 'They met.',
    entities: [],
    events: [{ id: `evt_${id}`, type, date: { value: date }, trigger: { start: 5, end: 8 }, participants: [] }],
  });
  writeFileSync(path.join(out, 'records', 'a_1.json'), JSON.stringify(rec('a_1', 'meeting', '2024-06-20')));
  writeFileSync(path.join(out, 'records', 'a_2.json'), JSON.stringify(rec('a_2', 'attack', '2023-01-02')));
  return out;
}

describe('dossier report', () => {
  test('writes <dir>/report.html by default and prints a summary and notes', () => {
    const out = output();
    const r = runCli(['report', out], path.dirname(out));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^dossier report: 2 articles \(2 with text\), 0 entities, 2 events, 0 places on the map · [\d.]+ MB → out\/report.html\n$/,
    );
    expect(r.stderr).toMatch(/note: No run manifests/);
    expect(existsSync(path.join(out, 'report.html'))).toBe(true);
  });

  test('--type (repeatable or comma-separated) and --since/--until narrow the page', () => {
    const out = output();
    const cwd = path.dirname(out);
    expect(runCli(['report', out, '--type', 'attack,protest', '-o', 'a.html'], cwd).stdout).toMatch(
      /1 articles .* 1 events/,
    );
    expect(runCli(['report', out, '-t', 'attack', '-t', 'meeting', '-o', 'b.html'], cwd).stdout).toMatch(
      /2 articles .* 2 events/,
    );
    expect(runCli(['report', out, '--since', '2024-06', '--until', '2024', '-o', 'c.html'], cwd).stdout).toMatch(
      /1 articles .* 1 events/,
    );
  });

  test('a bad date is a usage error', () => {
    const out = output();
    const r = runCli(['report', out, '--since', '20 June'], path.dirname(out));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/must be a date: YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
