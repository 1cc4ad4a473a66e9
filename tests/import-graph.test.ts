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
const ALLOWED = new Set([`${path.join(SRC, 'cli', 'main.ts')} -> ${path.join(DEV, 'eval', 'command.ts')}`]);

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
    const cli = readFileSync(path.join(SRC, 'cli', 'main.ts'), 'utf8');
    expect(cli).toMatch(/await import\(['"]\.\.\/dev\/eval\/command\.js['"]\)/);
    expect(cli).not.toMatch(/^import[^;]*from\s*['"]\.\.\/dev\//m);
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

/** Relative specifiers of the imports that load a module when this one loads: no `import type`, no `import()`. */
export function loadingSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm))
    specs.push(m[1]!);
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) specs.push(m[1]!);
  return specs;
}

/** Source files a module loads, transitively, when it loads (relative imports, `.js` mapped to `.ts`). */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const todo = [entry];
  while (todo.length > 0) {
    const from = todo.pop()!;
    for (const s of loadingSpecifiers(readFileSync(from, 'utf8'))) {
      if (!s.startsWith('.')) continue;
      const to = path.resolve(path.dirname(from), s).replace(/\.js$/, '.ts');
      if (!seen.has(to)) {
        seen.add(to);
        todo.push(to);
      }
    }
  }
  return seen;
}

describe('what the main thread loads', () => {
  test('the parser skips type-only and dynamic imports', () => {
    const src = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export type { C } from './c.js';",
      "export { d } from './d.js';",
      "import './e.js';",
      "const { f } = await import('./f.js');",
    ].join('\n');
    expect(loadingSpecifiers(src).sort()).toEqual(['./a.js', './d.js', './e.js']);
  });

  test('the CLI does not load the extraction stack, which only the worker threads run', () => {
    // Loading it cost the main thread of every command 0.4 s of CPU and about 45 MB (`dossier --version`:
    // 0.66 s and 110 MB before, 0.23 s and 63 MB after).
    const loaded = loadedBy(path.join(SRC, 'cli', 'main.ts'));
    expect(loaded.has(path.join(SRC, 'pipeline', 'batch.ts'))).toBe(true);
    const stack = ['pipeline/extract.ts', 'nlp/wink.ts', 'ingest/pubdate.ts', 'ingest/html.ts'];
    expect(stack.filter((f) => loaded.has(path.join(SRC, f)))).toEqual([]);
    const packages = [...loaded].flatMap((f) =>
      loadingSpecifiers(readFileSync(f, 'utf8'))
        .filter((s) => /^(wink-|chrono-node|linkedom|@mozilla\/readability)/.test(s))
        .map((s) => `${path.relative(REPO, f)} loads ${s}`),
    );
    expect(packages).toEqual([]);
  });

  test('a worker thread loads the markup reader on demand, not with its modules', () => {
    // linkedom and Readability cost a worker about 50 ms of CPU at start-up; a plain-text run never needs them
    // (src/pipeline/worker.ts loads them before the first batch that may hold markup).
    const loaded = loadedBy(path.join(SRC, 'pipeline', 'worker.ts'));
    expect(loaded.has(path.join(SRC, 'ingest', 'html.ts'))).toBe(true);
    const packages = [...loaded].flatMap((f) =>
      loadingSpecifiers(readFileSync(f, 'utf8')).filter((s) => /^(linkedom|@mozilla\/readability)/.test(s)),
    );
    expect(packages).toEqual([]);
    const html = readFileSync(path.join(SRC, 'ingest', 'html.ts'), 'utf8');
    expect(html).toMatch(/import\(['"]linkedom\/worker['"]\)/);
    expect(html).toMatch(/import\(['"]@mozilla\/readability['"]\)/);
  });

  test('the entry point loads only the relay decision before it knows whether it relays', () => {
    // `dossier run` on glibc starts itself again with the malloc trim threshold set (src/cli/trim.ts). The
    // first process only relays, so it must not load the CLI: loading it twice cost 0.15-0.36 CPU s a run.
    const loaded = [...loadedBy(path.join(SRC, 'cli.ts'))].map((f) => path.relative(SRC, f)).sort();
    expect(loaded).toEqual(['cli.ts', 'cli/trim.ts', 'pipeline/signals.ts']);
    const packages = loaded.flatMap((f) =>
      loadingSpecifiers(readFileSync(path.join(SRC, f), 'utf8')).filter(
        (s) => !s.startsWith('.') && !s.startsWith('node:'),
      ),
    );
    expect(packages).toEqual([]);
    // The CLI itself is loaded on demand by the entry point.
    expect(readFileSync(path.join(SRC, 'cli.ts'), 'utf8')).toMatch(/await import\(['"]\.\/cli\/main\.js['"]\)/);
  });
});
