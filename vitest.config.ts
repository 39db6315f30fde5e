import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pipeline, libraries, charts: fast, no build) and
 * `site` (tests that read the built site or drive a browser). The site
 * project's global setup starts the site builds in the background and returns:
 * the unit files run first (groupOrder 0) while the site is built, then the
 * site files (groupOrder 1), each waiting for the builds in its setup file.
 * `npx vitest run --project unit` while iterating.
 *
 * At least two test files run at a time, even on two cores (Vitest's default
 * there is one): browser tests spend much of their time waiting on Chromium,
 * and many unit tests on the pipeline processes they start.
 */
const SITE_TESTS = ['tests/site/**/*.dist.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    // Generous: on a busy two-core machine a test that runs the pipeline several times can take 30 s; a timeout only catches hangs.
    testTimeout: 60_000,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // Unit tests draw every chart afresh (tests/lib/render-cache.test.ts gives the cache folders of its own).
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: SITE_TESTS, env: { RENDER_CACHE: 'off' }, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/setup/build-site.ts'], setupFiles: ['tests/setup/wait-for-site.ts'], hookTimeout: 300_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
