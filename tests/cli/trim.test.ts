import { PARENT_PIPE_ENV, wantsTrimThreshold } from '../../src/cli/trim.js';

describe('when dossier starts itself again with the trim threshold', () => {
  const argv = (...args: string[]): string[] => ['/usr/bin/node', '/opt/dossier/dist/cli.js', ...args];
  const glibc = (): boolean => true;

  test('a run on glibc with no setting of the user', () => {
    expect(wantsTrimThreshold(argv('run', '-i', 'in'), {}, glibc)).toBe(true);
  });

  test('not when the user set it, directly or as a glibc tunable', () => {
    expect(wantsTrimThreshold(argv('run'), { MALLOC_TRIM_THRESHOLD_: '4096' }, glibc)).toBe(false);
    expect(wantsTrimThreshold(argv('run'), { GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=65536' }, glibc)).toBe(false);
    // A tunable of something else leaves the threshold to glibc's adjustment: still wanted.
    expect(wantsTrimThreshold(argv('run'), { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, glibc)).toBe(true);
  });

  test('not for other commands, help, dry runs, off glibc, or in the child itself', () => {
    expect(wantsTrimThreshold(argv('validate', 'out'), {}, glibc)).toBe(false);
    expect(wantsTrimThreshold(argv('run', '--help'), {}, glibc)).toBe(false);
    expect(wantsTrimThreshold(argv('run', '--dry-run'), {}, glibc)).toBe(false);
    expect(wantsTrimThreshold(argv('run'), {}, () => false)).toBe(false);
    expect(wantsTrimThreshold(argv('run'), { [PARENT_PIPE_ENV]: '3' }, glibc)).toBe(false);
  });
});
