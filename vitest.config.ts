/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';

// Three kinds of tests: unit (pure code), site (over the built dist/), browser (Chromium).
// The site and browser projects read DIST_DIR, set by scripts/test.mjs.
//
// Test files share one module graph per worker (isolate: false) instead of importing it
// afresh for each file: the unit tests spent over half their time importing the same
// modules (40 -> 15 CPU s), and the site tests each parsed the same 240 built pages again
// (tests/site/dist.ts caches the parsed pages per process; 48 -> 26 CPU s). A unit file that
// replaces a module with vi.mock would leak its stand-in (through the charts' memoised
// drawings) into the files after it, so those files run in a project of their own, each
// isolated: `unit-mocked`. scripts/test.mjs runs both (`--project unit*`).
const UNIT = 'tests/unit/**/*.test.ts';
const mocking = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('tests/unit', f).split('\\').join('/'))
  .filter((f) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(f, 'utf8')));
export default getViteConfig({
  test: {
    projects: [
      // On a shared 2-core machine at load 38, two chart-drawing unit tests (markup, layout
      // errors) took over vitest's default 5 s and failed on time alone.
      { extends: true, test: { name: 'unit', include: [UNIT], exclude: mocking, isolate: false, testTimeout: 30_000 } },
      ...(mocking.length ? [{ extends: true, test: { name: 'unit-mocked', include: mocking, testTimeout: 30_000 } }] : []),
      // Site tests read and validate every built page; on a shared 2-core machine running the other test
      // layers beside them, one page can take longer than vitest's default 5 s. Budgets live in `npm run bench`.
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false, testTimeout: 60_000, hookTimeout: 60_000 },
      },
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
          isolate: false,
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
