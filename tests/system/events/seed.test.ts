/**
 * The bundled seed article keeps every event it yielded before the violence work (issue 14): the same
 * types at the same trigger offsets, through the whole pipeline.
 */
import path from 'node:path';
import { REPO, runCli } from '../helpers.js';
import type { KnowledgeRecord } from '../../../src/types.js';

const SEED = path.join(REPO, 'data/articles/2024-06-20-iraq-factions-us-presence.txt');

/** Type and trigger start of every event the seed article yielded on main at 864d09b. */
const BEFORE: Array<[string, number]> = [
  ['statement', 370],
  ['meeting', 397],
  ['killing', 906],
  ['attack', 995],
  ['statement', 1279],
  ['statement', 1873],
  ['statement', 3033],
  ['meeting', 3871],
  ['statement', 4088],
  ['negotiation', 5023],
  ['attack', 5147],
  ['statement', 5183],
  ['attack', 5319],
  ['killing', 5356],
  ['negotiation', 5604],
  ['agreement', 5697],
];

describe('seed article', () => {
  it('keeps every event it found before', () => {
    const r = runCli(['extract', SEED], REPO);
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout) as KnowledgeRecord;
    const found = record.events.map((e) => [e.type, e.trigger.start] as [string, number]);
    for (const event of BEFORE) expect(found).toContainEqual(event);
  });
});
