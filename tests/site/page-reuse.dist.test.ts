/**
 * Page-level reuse (src/lib/page-keys.ts, Astro's incremental build): after a
 * story edit, a build that copies every page whose key did not change from the
 * previous build is the cold build of the edited tree, byte for byte — the
 * feed, the sitemap, the CSP hashes and `_headers` included
 * (tests/setup/site-builds.ts builds both). A page that reads a story without
 * saying so in its key would be copied stale and differ here. A change to the
 * datasets, the code or the environment changes the key of every page
 * (tests/lib/page-keys.test.ts), so those builds render everything.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { page, walk } from '../helpers/site.ts';
import { STORY_EDIT } from '../setup/site-builds.ts';

describe('page-level reuse after a story edit', () => {
  const { reused, cold } = inject('siteDirs');
  /**
   * Astro's log of the incremental build: each `├─ <file>` it copied says (restored); the pages it rendered at once
   * share lines. Astro colours the log when the environment asks for colour (CI does), so the escapes go first.
   */
  const outputs = () =>
    stripVTControlCharacters(readFileSync(`${reused}.log`, 'utf8'))
      .split('├─')
      .slice(1)
      .map((entry) => ({ file: /^\s*(\/\S+?)(?=\d\d:\d\d:\d\d|\s|$)/.exec(entry)![1]!, copied: /^\s*\S+\s+\((?:restored|cached)\)/.test(entry) }));

  it('copies most pages from the previous build and renders the edited story', () => {
    const copied = outputs().filter((o) => o.copied).map((o) => o.file);
    const rendered = outputs().filter((o) => !o.copied).map((o) => o.file);
    expect(copied.length).toBeGreaterThan(rendered.length * 5);
    // The edited story is rendered with the edit. (Story pages are keyed one by one, so with content/ in the project
    // the other stories are copied; from a content folder outside the project, as here, Astro renders them all.)
    const edited = rendered.filter((f) => /^\/stories\/[^/]+\/index\.html$/.test(f)).filter((f) => readFileSync(join(reused, f), 'utf8').includes(STORY_EDIT.sentence));
    expect(edited).toHaveLength(1);
    expect(page(reused, '/stories/')).toContain(STORY_EDIT.title);
  });

  it('produces the same files as a cold build of the edited tree, byte for byte', () => {
    const files = walk(cold);
    expect(walk(reused)).toEqual(files);
    const different = files.filter((f) => !readFileSync(join(reused, f)).equals(readFileSync(join(cold, f))));
    expect(different).toEqual([]);
  });
});
