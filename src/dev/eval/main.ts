#!/usr/bin/env node
/** Stand-alone entry for `dossier eval` until the CLI registers it: `node dist/dev/eval/main.js <mode> …`. */
import { evalCommand } from './command.js';

const program = evalCommand().name('dossier-eval');
program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`dossier eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
