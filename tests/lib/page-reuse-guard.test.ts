/**
 * The guard of the incremental build (src/integrations/page-reuse.ts): a build
 * that never reached its end leaves Astro's page copies newer than the
 * manifest naming them, so the next build must not reuse any of them.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MANIFEST, pageReuseGuard } from '../../src/integrations/page-reuse.ts';
import { noteRendered } from '../../src/lib/rendered-pages.ts';
import { readSummary } from '../../scripts/datasets/build-summary.ts';

let dir: string;
const logger = { info: () => {} };
type Hook = (options: unknown) => void;

/** One build's hooks, as Astro calls them; `finish` false stops it before build:done (killed or failed). */
function build(finish: boolean) {
  const hooks = pageReuseGuard().hooks as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${dir}/`) } });
  hooks['astro:build:start']!({ logger });
  writeFileSync(join(dir, MANIFEST), '{}'); // Astro writes the manifest at the end of page generation
  if (finish) hooks['astro:build:done']!({ assets: new Map() });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-reuse-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('keeps the manifest of a build that finished', () => {
  build(true);
  const hooks = pageReuseGuard().hooks as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${dir}/`) } });
  hooks['astro:build:start']!({ logger });
  expect(existsSync(join(dir, MANIFEST))).toBe(true);
});

it('drops the manifest when the previous build did not finish, so every page is rendered', () => {
  build(false);
  const hooks = pageReuseGuard().hooks as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${dir}/`) } });
  hooks['astro:build:start']!({ logger });
  expect(existsSync(join(dir, MANIFEST))).toBe(false);
});

it("records in the build's summary every output, the paths rendered and how many were copied", () => {
  const summary = join(dir, 'summary.json');
  const hooks = pageReuseGuard().hooks as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${dir}/`) } });
  hooks['astro:build:start']!({ logger });
  noteRendered('/stories/a/');
  const previous = process.env.BUILD_SUMMARY;
  process.env.BUILD_SUMMARY = summary;
  try {
    const out = (p: string) => pathToFileURL(join(dir, 'dist', p));
    hooks['astro:build:done']!({ assets: new Map([['/stories/[id]', [out('stories/a/index.html'), out('stories/b/index.html')]], ['/cases/[id]', [out('cases/c/index.html')]]]) });
  } finally {
    if (previous === undefined) delete process.env.BUILD_SUMMARY;
    else process.env.BUILD_SUMMARY = previous;
  }
  expect(readSummary(summary)).toEqual({ pages: { outputs: 3, rendered: 1, copied: 2, renderedPaths: ['/stories/a/'] } });
});
