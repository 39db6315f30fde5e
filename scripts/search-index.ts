/**
 * The search index step of every build (`npm run build`, the test builds):
 * Pagefind indexes the built pages into <site>/pagefind/, then the bundles the
 * site never loads are removed. Pagefind always writes three UIs (default,
 * modular, component) and a highlighter; src/pages/search.astro loads only the
 * default UI, which loads pagefind.js, its worker, the wasm and the index.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const PAGEFIND = join(import.meta.dirname, '..', 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** Files of Pagefind's output that no page of this site requests. */
export const UNUSED_SEARCH_FILES = [
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

export function pruneSearchBundle(site: string): void {
  for (const name of UNUSED_SEARCH_FILES) rmSync(join(site, 'pagefind', name), { force: true });
}

/**
 * The pages Pagefind reads: the folders of the routes whose <main> carries
 * data-pagefind-body (the Base layout's `pagefind` prop: about, stories,
 * cases, districts, sources). Pagefind indexes only those anyway, but reads
 * and parses every page to find them: the lists, filters, comparisons, years
 * and embeds were 40% of its CPU time at 10x. tests/site/search-index.dist.test.ts
 * fails when a marked page falls outside.
 */
export const INDEXED_PAGES = '{about,stories/*,cases/*,districts/*,sources/*}/index.html';

/** The Node arguments that run Pagefind over `site` (the benchmark runs and measures the same command). */
export function pagefindArgs(site: string, { quiet = false } = {}): string[] {
  return [PAGEFIND, '--site', site, '--glob', INDEXED_PAGES, ...(quiet ? ['--quiet'] : [])];
}

/** Index `site` (a built dist folder); false when Pagefind failed (its output says why). */
export function indexSite(site: string, { quiet = false } = {}): boolean {
  const result = spawnSync(process.execPath, pagefindArgs(site, { quiet }), { stdio: 'inherit' });
  if (result.status !== 0) return false;
  pruneSearchBundle(site);
  return true;
}
