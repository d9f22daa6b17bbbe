// Mutation testing of the rules, the validators and the planning model (`npm run mutation`; not part of `npm test`).
// StrykerJS 9.6 with its Vitest runner (10.x needs Node 22). Incremental: only mutants of changed
// code or tests are run again; the state is kept in reports/stryker-incremental.json.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['rules/**/*.ts', 'lib/validators/*.ts', 'lib/planning/*.ts', 'lib/time/paris.ts', '!**/*.test.ts'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignoreStatic: true,
};
