/** Lists dataset files for the evaluation modes. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `roots` (recursively) whose names match `pattern`, sorted by path so runs are reproducible. */
export function listFiles(roots: readonly string[], pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p)) walk(join(p, name));
    } else if (pattern.test(p)) out.push(p);
  };
  for (const root of roots) walk(root);
  return out.sort();
}
