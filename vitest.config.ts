/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects: unit (pure code), site (over the built dist/), browser (Chromium).
// The site and browser projects read DIST_DIR, set by scripts/test.mjs.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
