/** The A/B runner's two small pure helpers (the run order and the median), and its interleaving of two processes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../../src/dev/bench/stages-ab.js';
import { interleave, sideOfRun } from '../../src/dev/bench/serve.js';

describe('bench:ab helpers', () => {
  test('runs alternate A B B A A B B A, so each side gets as many early and late runs', () => {
    expect(Array.from({ length: 8 }, (_, i) => sideOfRun(i)).join('')).toBe('abbaabba');
  });

  test('median of odd and even lists, whatever their order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});

describe('interleave', () => {
  test("starts each side's process with its own Node options (one build against itself under other V8 flags)", async () => {
    // A stand-in phase script that answers as `--serve` does and reports the V8 flags it was started with.
    const dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
    const script = join(dir, 'phase.mjs');
    writeFileSync(
      script,
      `import { createInterface } from 'node:readline';
const chunk = (docs) => ({ docs, ms: 0, cpuMs: 0, tokens: 0, bytes: 0, failed: 0, stageMs: {}, extra: {} });
let docs = 0;
process.stdout.write('ready\\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'end') break;
  const [from, to] = line.split(' ').map(Number);
  docs += to - from;
  process.stdout.write(JSON.stringify(chunk(to - from)) + '\\n');
}
process.stdout.write(JSON.stringify({ ...chunk(docs), extra: { flags: process.execArgv.length, semi: process.execArgv.indexOf('--max-semi-space-size=8') } }) + '\\n');
`,
    );
    const [a, b] = await interleave(
      { label: 'A', script, args: [] },
      { label: 'B', script, args: [], nodeArgs: ['--max-semi-space-size=8', '--stack-size=900'] },
      5,
      2,
    );
    expect([a.docs, b.docs]).toEqual([5, 5]);
    expect(a.extra).toEqual({ flags: 0, semi: -1 });
    expect(b.extra).toEqual({ flags: 2, semi: 0 });
  });
});
