/**
 * The tests StrykerJS runs for each mutant of `rules/`, `lib/validators/`, `lib/planning/` and `lib/time/paris.ts` (`npm run mutation`): the rules' own unit
 * tests, in Node, without the browser project.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'rules/**/*.test.ts',
      'lib/validators/*.test.ts',
      'lib/planning/*.test.ts',
      'lib/time/*.test.ts',
    ],
    environment: 'node',
    // Timing tests (`describe.skipIf(process.env.OC_MUTATION === '1')`) measure speed, not behaviour.
    env: { OC_MUTATION: '1' },
  },
});
