/** Small builders shared by tests: temp folders and article files. Running the built CLI is in tests/system/helpers.ts. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Repo root (tests/ is one level below it). */
export const REPO = path.resolve(new URL('..', import.meta.url).pathname);

/** A fresh temp folder. */
export function tempDir(prefix = 'dossier-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `files` (relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** A short article with a date line, in the shape articles arrive in. */
export function article(title: string, body: string, date = 'Thursday, June 20, 2024'): string {
  return `${date}\n\n${title}\n\n${body}\n`;
}
