/**
 * Page-level reuse (src/lib/page-keys.ts, Astro's incremental build): after a
 * story edit, a build that copies every page whose key did not change from the
 * previous build, and takes the search index's unchanged parts from the search
 * cache (scripts/search-cache.ts), is the cold build of the edited tree, byte
 * for byte — the feed, the sitemap, the CSP hashes, `_headers` and the search index included
 * (tests/setup/site-builds.ts builds both). A page that reads a story without
 * saying so in its key would be copied stale and differ here. A change to the
 * datasets, the code or the environment changes the key of every page
 * (tests/lib/page-keys.test.ts), so those builds render everything.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { page, summaryFile, walk } from '../helpers/site.ts';
import { STORY_EDIT } from '../setup/site-builds.ts';
import { readSummary } from '../../scripts/datasets/build-summary.ts';

interface Summary {
  pages: { outputs: number; rendered: number; copied: number; renderedPaths: string[] };
  search: { parts: { pages: number; reused: boolean }[] };
}

describe('page-level reuse after a story edit', () => {
  const { reused, cold } = inject('siteDirs');
  /** The build's own summary of the reusing build (scripts/datasets/build-summary.ts): what it rendered, copied and indexed. */
  const summary = () => readSummary(summaryFile(reused)) as unknown as Summary;

  it('copies most pages from the previous build and renders the edited story', () => {
    const { pages } = summary();
    expect(pages.rendered).toBe(pages.renderedPaths.length);
    expect(pages.copied).toBe(pages.outputs - pages.rendered);
    expect(pages.copied).toBeGreaterThan(pages.rendered * 5);
    // The edited story is rendered with the edit. (Story pages are keyed one by one, so with content/ in the project
    // the other stories are copied; from a content folder outside the project, as here, Astro renders them all.)
    const edited = pages.renderedPaths.filter((p) => /^\/stories\/[^/]+\/$/.test(p)).filter((p) => page(reused, p).includes(STORY_EDIT.sentence));
    expect(edited).toHaveLength(1);
    expect(page(reused, '/stories/')).toContain(STORY_EDIT.title);
  });

  it("indexes again only the search index's part holding the stories, and reuses the others", () => {
    const { parts } = summary().search;
    expect(parts.length).toBeGreaterThan(2);
    // The stories and the about page are the last part (scripts/search-index.ts searchParts): the only one whose pages changed.
    expect(parts.map((p) => p.reused)).toEqual([...parts.slice(1).map(() => true), false]);
  });

  it('produces the same files as a cold build of the edited tree, byte for byte', () => {
    const files = walk(cold);
    expect(walk(reused)).toEqual(files);
    const different = files.filter((f) => !readFileSync(join(reused, f)).equals(readFileSync(join(cold, f))));
    expect(different).toEqual([]);
  });
});
