/**
 * The product and its tooling live apart: runtime code (everything in `src/` outside `src/dev/`) never
 * imports tooling, except the CLI's `eval` command, which loads the evaluator on demand. And the extractors
 * (`ner/`, `timex/`, `events/`) are pure: no file system, no environment; `src/resources.ts` reads for them.
 * Read from the import statements of the sources, so a new import that crosses a line fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './helpers.js';

const SRC = path.join(REPO, 'src');
const DEV = path.join(SRC, 'dev');

/** The one allowed crossing: the CLI's `eval` command loads the evaluator. */
const ALLOWED = new Set([`${path.join(SRC, 'cli.ts')} -> ${path.join(DEV, 'eval', 'command.ts')}`]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative module specifiers of static imports, re-exports and dynamic `import()` calls. */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]!);
  return specs;
}

/** Edges `from -> to` between source files (relative imports only, `.js` mapped back to `.ts`). */
function importEdges(): Array<{ from: string; to: string }> {
  return tsFiles(SRC).flatMap((from) =>
    importSpecifiers(readFileSync(from, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => ({ from, to: path.resolve(path.dirname(from), s).replace(/\.js$/, '.ts') })),
  );
}

const inDev = (f: string) => f === DEV || f.startsWith(DEV + path.sep);

describe('import graph', () => {
  test('the parser sees static, type-only, re-export and dynamic imports', () => {
    const src = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "import './d.js';",
      "const { e } = await import('./e.js');",
      '// import { f } from "./f.js";',
      "import {\n  g,\n  h,\n} from './gh.js';",
    ].join('\n');
    expect(importSpecifiers(src).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './e.js', './gh.js']);
  });

  test('runtime code never imports src/dev (only the CLI eval command may)', () => {
    const edges = importEdges();
    const crossings = edges.filter((e) => !inDev(e.from) && inDev(e.to)).map((e) => `${e.from} -> ${e.to}`);
    const disallowed = crossings.filter((c) => !ALLOWED.has(c)).map((c) => c.split(REPO + path.sep).join(''));
    expect(disallowed).toEqual([]);
    // The allowed crossing is really there, so this test is not passing by reading nothing.
    expect(crossings.filter((c) => ALLOWED.has(c))).toHaveLength(1);
  });

  test('the eval command is loaded on demand, not at start-up', () => {
    const cli = readFileSync(path.join(SRC, 'cli.ts'), 'utf8');
    expect(cli).toMatch(/await import\(['"]\.\/dev\/eval\/command\.js['"]\)/);
    expect(cli).not.toMatch(/^import[^;]*from\s*['"]\.\/dev\//m);
  });
});

describe('pure extractors', () => {
  const EXTRACTORS = ['ner', 'timex', 'events'].map((d) => path.join(SRC, d));
  const extractorFiles = () => tsFiles(SRC).filter((f) => EXTRACTORS.some((d) => f.startsWith(d + path.sep)));

  test('ner/, timex/ and events/ import no file-system module', () => {
    const files = extractorFiles();
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((f) =>
      importSpecifiers(readFileSync(f, 'utf8'))
        .filter((s) => /^(node:)?fs(\/promises)?$/.test(s))
        .map((s) => `${path.relative(REPO, f)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  test('ner/, timex/ and events/ read no environment variable', () => {
    const offenders = extractorFiles()
      .filter((f) => /\bprocess\.env\b|\bimport\.meta\.url\b/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(REPO, f));
    expect(offenders).toEqual([]);
  });
});
