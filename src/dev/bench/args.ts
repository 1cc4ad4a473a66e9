/** What the benchmark commands share: reading `--name value` options and the process's CPU time. */

/** The value after `--name` on the command line, or undefined. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** CPU milliseconds (user + system) this process has used so far. */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
