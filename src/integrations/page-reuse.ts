/**
 * Guards Astro's incremental build (page-level reuse: src/lib/page-keys.ts).
 * Astro writes each page it renders into its copy of the previous build as it
 * goes, and the manifest naming each copy's key only at the end. A build
 * killed or failed in between leaves copies newer than the keys that name
 * them: should its inputs then go back to the old ones, those pages would be
 * copied with the interrupted build's bytes. So a build leaves a mark while it
 * runs, and a build that finds the mark of one that never finished drops the
 * manifest first: it renders every page, as when there is no previous build.
 * It also tells the routes where the manifest is (src/lib/previous-build.ts),
 * and records in the build's summary which outputs were rendered and how many
 * were copied (src/lib/rendered-pages.ts, scripts/datasets/build-summary.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { usePreviousBuild } from '../lib/previous-build.ts';
import { renderedPaths, resetRendered } from '../lib/rendered-pages.ts';
import { recordSummary } from '../../scripts/datasets/build-summary.ts';

/** Astro's manifest of the previous build's pages (astro/dist/core/build/incremental.js) in its cacheDir. */
export const MANIFEST = 'incremental-build.json';
const RUNNING = 'incremental-build.running';

export function pageReuseGuard(): AstroIntegration {
  let dir = '';
  return {
    name: 'page-reuse-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        dir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (existsSync(join(dir, RUNNING))) {
          rmSync(join(dir, MANIFEST), { force: true });
          logger.info('the previous build did not finish: every page is rendered');
        }
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, RUNNING), `${process.pid}\n`);
        // Routes skip work ahead for outputs the previous build kept (lib/previous-build.ts); --force copies none.
        usePreviousBuild(process.argv.includes('--force') ? null : join(dir, MANIFEST));
        resetRendered();
      },
      'astro:build:done': ({ assets }) => {
        rmSync(join(dir, RUNNING), { force: true });
        // The build's summary (BUILD_SUMMARY): every output Astro wrote, and the paths it rendered rather than copied.
        const outputs = [...assets.values()].reduce((n, files) => n + files.length, 0);
        const rendered = renderedPaths();
        recordSummary('pages', { outputs, rendered: rendered.length, copied: outputs - rendered.length, renderedPaths: rendered });
      },
    },
  };
}
