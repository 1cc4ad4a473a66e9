/**
 * `dossier codes [CODE…]`: the catalogue of error, failure and warning codes (src/codes.ts) with what each
 * means and what to do; also adds the exit codes to `dossier --help`.
 */
import type { Command } from 'commander';
import { CODES, exitCodesHelp, isCode, type Code } from '../codes.js';
import { DossierError } from '../errors.js';

/** One code as a few lines: code, severity and stage, message, hint, exit code. */
export function formatCode(code: Code): string {
  const c = CODES[code];
  const exit = 'exit' in c ? `, exit ${c.exit}` : '';
  return `${code} (${c.severity}; ${c.stages.join(', ')}${exit})\n  ${c.message}\n  What to do: ${c.hint}\n`;
}

/** Registers the `codes` sub-command and the exit-code epilogue of `dossier --help`. */
export function addCodesCommand(program: Command): void {
  program.addHelpText('after', `\n${exitCodesHelp()}`);
  program
    .command('codes')
    .description('List the error, failure and warning codes (E_…, W_…) with what each means and what to do.')
    .argument('[code...]', 'codes to explain (default: all); case does not matter')
    .addHelpText('after', '\nExamples:\n  dossier codes\n  dossier codes E_TOO_LARGE W_NO_PUBDATE')
    .action((codes: string[]) => {
      const wanted = codes.map((c) => c.toUpperCase());
      const unknown = wanted.filter((c) => !isCode(c));
      if (unknown.length > 0)
        throw new DossierError('E_USAGE', `unknown code ${unknown.join(', ')}; \`dossier codes\` lists them all`);
      const list = wanted.length > 0 ? (wanted as Code[]) : (Object.keys(CODES) as Code[]);
      process.stdout.write(list.map(formatCode).join('\n'));
    });
}
