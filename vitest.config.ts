import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pipeline, libraries, charts: fast, no build) and
 * `site` (tests that read the built site or drive a browser; the site is built
 * once by the global setup). `npx vitest run --project unit` while iterating.
 */
const SITE_TESTS = ['tests/site/**/*.dist.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      // Unit tests draw every chart afresh (tests/lib/render-cache.test.ts gives the cache folders of its own).
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: SITE_TESTS, env: { RENDER_CACHE: 'off' } } },
      { extends: true, test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/setup/build-site.ts'], hookTimeout: 300_000 } },
    ],
  },
});
