/**
 * Draws the events of the participants gold (eval/gold/participants): a seeded sample of the events the
 * pipeline outputs on the TimeBank/AQUAINT news (the judged-events builder, `runEvents`), leaving out every
 * event of the hand-judged samples (eval/gold/judged-events/judged*.jsonl). Each line carries the document,
 * trigger offset, trigger, type, status and sentence, and never the participants the product found, so the
 * roles are labelled by hand before anyone reads the product's answer.
 *
 *   node dist/dev/eval/participants-sample.js [--violent 40] [--other 30] [--seed 1207] > candidates.jsonl
 *
 * The sample is stratified: `--violent` events of the conflict and political-violence types (attack,
 * killing, death, injury, abduction, arrest, protest, riot, meeting, negotiation), where the reviewers
 * judge participants, and `--other` of every other type.
 *
 * `--fresh-docs` draws only from documents that no gold set names at all (no `"doc"` of any
 * JSON-lines file under eval/gold: judged samples, participants, casualty and date splits), so a new split reads
 * documents no rule was written from (eval/gold/participants/PROVENANCE.md, "participants2").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawSample, excludeJudged, runEvents, type Candidate } from './judged-events.js';
import { readJsonLines } from './gold.js';

const REPO = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

/** The types whose participants the conflict reviewers judge first. */
export const CONFLICT_TYPES: ReadonlySet<string> = new Set([
  'attack',
  'killing',
  'death',
  'injury',
  'abduction',
  'arrest',
  'protest',
  'riot',
  'meeting',
  'negotiation',
]);

/** Every event of every hand-judged sample (judged.jsonl, judged2.jsonl, …). */
export function judgedEvents(dir = join(REPO, 'eval', 'gold', 'judged-events')): Candidate[] {
  return readdirSync(dir)
    .filter((f) => /^judged\d*\.jsonl$/.test(f))
    .flatMap((f) => readJsonLines<Candidate>(readFileSync(join(dir, f), 'utf8'), f));
}

/** Every document any gold set names (a `"doc"` field of a JSON-lines file under eval/gold), without `.tml`. */
export function goldDocuments(dir = join(REPO, 'eval', 'gold')): Set<string> {
  const docs = new Set<string>();
  for (const name of readdirSync(dir)) {
    const sub = join(dir, name);
    if (!statSync(sub).isDirectory()) continue;
    for (const f of readdirSync(sub).filter((x) => x.endsWith('.jsonl'))) {
      for (const m of readFileSync(join(sub, f), 'utf8').matchAll(/"doc"\s*:\s*"([^"]+)"/g)) {
        docs.add(m[1]!.replace(/\.tml$/, ''));
      }
    }
  }
  return docs;
}

function main(argv: string[]): void {
  const flag = (name: string, dflt: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const root = resolve(flag('--datasets', join(REPO, '..', 'shared', 'datasets')));
  const seed = Number(flag('--seed', '1207'));
  const used = argv.includes('--fresh-docs') ? goldDocuments() : new Set<string>();
  const pool = excludeJudged(runEvents(root), judgedEvents()).filter((e) => !used.has(e.doc));
  const conflict = drawSample(
    pool.filter((e) => CONFLICT_TYPES.has(e.type)),
    Number(flag('--violent', '40')),
    seed,
  );
  const other = drawSample(
    pool.filter((e) => !CONFLICT_TYPES.has(e.type)),
    Number(flag('--other', '30')),
    seed + 1,
  );
  for (const e of [...conflict, ...other]) {
    const { doc, start, trigger, type, status, sentence } = e;
    process.stdout.write(`${JSON.stringify({ doc, start, trigger, type, status, sentence })}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2));
