import {defineConfig} from 'vitest/config';

/**
 * The maintainer session (tests/session/): one long test on a temporary copy of the site,
 * which runs the unit suite there after each step. Apart from vitest.config.ts so the unit
 * suite never picks it up (it would run itself); `npm run test:session`.
 */
export default defineConfig({
  test: {
    include: ['tests/session/**/*.test.ts'],
    testTimeout: 40 * 60_000,
  },
});
