/**
 * The tests StrykerJS runs for each mutant of `rules/` (`npm run mutation`): the rules' own unit
 * tests, in Node, without the browser project.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts'],
    environment: 'node',
    // Timing tests (`describe.skipIf(process.env.OC_MUTATION === '1')`) measure speed, not behaviour.
    env: { OC_MUTATION: '1' },
  },
});
