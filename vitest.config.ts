/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects: unit (pure code), site (over the built dist/), browser (Chromium).
// The site and browser projects read DIST_DIR, set by scripts/test.mjs.
export default getViteConfig({
  test: {
    projects: [
      // On a shared 2-core machine at load 38, two chart-drawing unit tests (markup, layout
      // errors) took over vitest's default 5 s and failed on time alone.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // Site tests read and validate every built page; on a shared 2-core machine running the other test
      // layers beside them, one page can take longer than vitest's default 5 s. Budgets live in `npm run bench`.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One file at a time: npm test runs pa11y beside this step, and with a third Chromium
          // on two cores a touch test failed where it passes alone. Within a file, tests
          // marked concurrent (the page-by-page suites) run three at a time, so one page's
          // waiting for the network to go idle overlaps the next page's loading.
          fileParallelism: false,
          maxConcurrency: 3,
          // expect.poll gives up after 1 s by default. With pa11y's Chromium and the other
          // engineers' work on the same two cores, a tap's handler (a style and layout pass
          // over the 3,300-element long read) took longer than that to show the chart tip,
          // and the touch test failed although the tip did appear. What a poll waits for
          // must still happen, within the test's own timeout.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
