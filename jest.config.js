/**
 * Jest runs the TypeScript sources through ts-jest as native ESM (type checking is done by `tsc` in `npm test`).
 * Two projects: `unit` (in-process: no child processes, no datasets) and `system` (tests/system/: the built CLI
 * and tools run as child processes, kills, mounts). `npm run test:unit` / `npm run test:system` pick one;
 * `npm test` runs both. A test that spawns a process belongs under tests/system/.
 */
const shared = {
  testEnvironment: 'node',
  // fast-check starts every property from one fixed seed (FC_SEED overrides it): see tests/setup/fast-check.ts.
  setupFilesAfterEnv: ['<rootDir>/tests/setup/fast-check.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
};

export default {
  // testTimeout is a global option: inside a project entry Jest ignores it, so it is set here, once, for both.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/tests'], testPathIgnorePatterns: ['/tests/system/'] },
    { ...shared, displayName: 'system', roots: ['<rootDir>/tests/system'] },
  ],
};
