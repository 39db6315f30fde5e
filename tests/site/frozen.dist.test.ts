/**
 * A versioned embed URL freezes a chart as it was. The hostile build has
 * more cases than the root build (its extra report), so some charts' data
 * changed; it was built with the root build's versions in its archive
 * (tests/setup/build-site.ts). Its live embeds show the new numbers, and the
 * root build's versions, at /embed/<slug>/v/<version>/, still show the old.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newsroomPages, page } from '../helpers/site.ts';

const { root, hostile } = inject('siteDirs');
const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
/** The version a live embed page names (版本 <version>). */
const liveVersion = (dist: string, slug: string) => /版本 ([a-z0-9]+)/.exec(page(dist, `/embed/${slug}/`))?.[1];
const drawings = (html: string) => [...html.matchAll(/<div class="chart-variant chart-(?:narrow|wide)"[^>]*>([\s\S]*?<\/svg>)<\/div>/g)].map((m) => m[1]);
const slugs = readdirSync(join(root, 'embed'), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(root, 'embed', e.name, 'v'))).map((e) => e.name);
const changed = slugs.filter((slug) => existsSync(join(hostile, 'embed', slug, 'v')) && liveVersion(root, slug) !== liveVersion(hostile, slug));

describe('frozen chart versions', () => {
  it('every live chart offers its current version at a versioned URL', () => {
    expect(slugs.length).toBeGreaterThan(10);
    for (const slug of slugs) expect(existsSync(join(root, 'embed', slug, 'v', liveVersion(root, slug)!, 'index.html')), slug).toBe(true);
  });

  it('when the data changes, the live chart shows the new numbers and the old version still shows the old ones', () => {
    expect(changed, 'the hostile report adds cases and sources, so some charts must have new versions').not.toEqual([]);
    for (const slug of changed) {
      const old = liveVersion(root, slug)!;
      expect(read(hostile, `embed/${slug}/v/${old}.csv`), `${slug}: frozen CSV`).toBe(read(root, `embed/${slug}.csv`));
      const frozen = page(hostile, `/embed/${slug}/v/${old}/`);
      expect(drawings(frozen), `${slug}: frozen drawings`).toEqual(drawings(page(root, `/embed/${slug}/`)));
      expect(frozen, `${slug}: links to the live chart`).toContain(`href="/embed/${slug}/"`);
      expect(frozen).toContain(`固定版本 ${old}`);
    }
    // A version also changes with the sources a chart cites; some charts must have new numbers too.
    const renumbered = changed.filter((slug) => read(hostile, `embed/${slug}.csv`) !== read(root, `embed/${slug}.csv`));
    expect(renumbered).not.toEqual([]);
    for (const slug of renumbered) {
      const old = liveVersion(root, slug)!;
      expect(drawings(page(hostile, `/embed/${slug}/v/${old}/`)), `${slug}: the frozen drawing is not the new one`).not.toEqual(drawings(page(hostile, `/embed/${slug}/`)));
    }
  });

  it('the embed code offers both the live and the frozen URL', () => {
    const newsroom = newsroomPages(hostile);
    for (const slug of changed) {
      expect(newsroom).toContain(`/embed/${slug}/?theme=auto`);
      expect(newsroom).toContain(`/embed/${slug}/v/${liveVersion(hostile, slug)}/?theme=auto`);
    }
  });
});
