#!/usr/bin/env node
/**
 * The `dossier` command line's entry point. It decides first, before loading the CLI, whether `dossier run`
 * should start itself again with glibc's malloc trim threshold set (src/cli/trim.ts): the process that only
 * relays then loads none of the pipeline, the schemas or commander. Everything else is src/cli/main.ts.
 */
import { runWithTrimThreshold, wantsTrimThreshold, watchParent } from './cli/trim.js';

const relayed = wantsTrimThreshold(process.argv, process.env) ? await runWithTrimThreshold() : null;
if (relayed !== null) {
  process.exitCode = relayed;
} else {
  watchParent();
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(process.argv);
}
