/**
 * The tests StrykerJS runs for each mutant of `rules/` (`npm run mutation`): the rules' own unit
 * tests, in Node, without the browser project.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts'],
    environment: 'node',
  },
});
