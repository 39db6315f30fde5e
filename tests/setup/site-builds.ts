/**
 * The site builds the "site" test project reads, built one after another by
 * `node tests/setup/site-builds.ts` (the global setup, tests/setup/build-site.ts,
 * starts it in the background): one Astro build at a time, since two would
 * share .astro/ and break each other. Run it by hand to prepare the folders.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SUB_SITE, TEST_RENDER_CACHE, TEST_SEARCH_CACHE, buildSite, siteDir } from '../helpers/site.ts';
import { freezeCharts } from '../../scripts/freeze-charts.ts';

/** The folders the tests get with inject('siteDirs'). */
export const SITE_DIRS = {
  /** The seeds at the root, without SITE (relative links everywhere). */
  root: siteDir('root'),
  /** Published at a host (.test is reserved: it never resolves) under a sub-path, to cover absolute URLs and the base path. */
  sub: siteDir('sub'),
  /**
   * The seeds plus a report full of HTML and markdown (escaped everywhere?) and one filed under a former district
   * (萝岗区: counted for 黄埔区 everywhere?), the editors' content plus a fixture
   * correction (does it reach every copy?), and the root build's chart versions frozen in its archive (its extra
   * report changes some charts' data, which must still serve the old versions as they were). Published at a host so
   * that its feeds are written.
   */
  hostile: siteDir('hostile'),
  /** The root build's input built a second time: the build must be byte-for-byte deterministic. */
  again: siteDir('again'),
  /**
   * Page-level reuse (src/lib/page-keys.ts): a build published at a host (feeds, sitemap) from a copy of content/,
   * then one story edited and the site built again, copying every page whose key did not change ...
   */
  reused: siteDir('reused'),
  /** ... and the edited tree built cold (search index included): tests/site/page-reuse.dist.test.ts compares the two byte for byte. */
  cold: siteDir('cold'),
};

/** What the page-reuse builds change in their copy of one story: a new title and one more sentence. */
export const STORY_EDIT = { title: '（修订）', sentence: '编辑补记：这一句是增量构建测试加上的。' };

/** Edit the first story of a content folder as STORY_EDIT says; returns the story's id. */
export function editStory(content: string): string {
  const dir = join(content, 'stories');
  const name = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0]!;
  const file = join(dir, name);
  const text = readFileSync(file, 'utf8').replace(/^title: (.*)$/m, (_, title: string) => `title: ${title}${STORY_EDIT.title}`);
  writeFileSync(file, `${text}\n${STORY_EDIT.sentence}\n`);
  return name.replace(/\.md$/, '');
}

export type SiteDirs = typeof SITE_DIRS;

/** Build every folder of SITE_DIRS, in order. */
export function buildAll(): void {
  // Cold: the root build draws everything, and "again" (built from the cache) must match it byte for byte.
  rmSync(TEST_RENDER_CACHE, { recursive: true, force: true });
  rmSync(TEST_SEARCH_CACHE, { recursive: true, force: true });
  const temp = mkdtempSync(join(tmpdir(), 'site-builds-'));
  try {
    const hostileSeeds = join(temp, 'seeds');
    cpSync(join(ROOT, 'seeds'), hostileSeeds, { recursive: true });
    cpSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'hostile-report.txt'), join(hostileSeeds, 'hostile-report.txt'));
    // A bulletin from before 萝岗区 was merged into 黄埔区 (2014): its cases count for 黄埔区 on every page.
    cpSync(join(ROOT, 'tests', 'fixtures', 'former-district', 'luogang-2013-bulletin.txt'), join(hostileSeeds, 'luogang-2013-bulletin.txt'));
    // No real error is being corrected on the site: a fixture correction shows that one reaches every copy.
    const fixtureContent = join(temp, 'content');
    cpSync(join(ROOT, 'content'), fixtureContent, { recursive: true });
    cpSync(join(ROOT, 'tests', 'fixtures', 'corrections'), join(fixtureContent, 'corrections'), { recursive: true });

    // force: rendered, never copied from an earlier build (of these tests or of `npm run build`).
    buildSite({ name: 'root', force: true });
    // The chart versions the root build published, frozen as a published build keeps them.
    const archive = join(temp, 'archive');
    freezeCharts(SITE_DIRS.root, archive);
    buildSite({ name: 'sub', base: '/sub/path/', site: SUB_SITE, extract: false });
    // No test reads the hostile build's search index.
    buildSite({ name: 'hostile', site: SUB_SITE, seeds: hostileSeeds, content: fixtureContent, archive, search: false });
    // The same datasets (the pipeline's own determinism is tests/pipeline/extract-cli.test.ts), built again.
    buildSite({ name: 'again', extract: false, force: true });
    // Page-level reuse: the same site before and after a story edit, then the edited tree cold.
    const reuseContent = join(temp, 'reuse-content');
    cpSync(join(ROOT, 'content'), reuseContent, { recursive: true });
    // The search index too: the reusing build takes the parts whose pages did not change from the search cache.
    const reuse = { site: SUB_SITE, extract: false, siteContent: reuseContent } as const;
    buildSite({ name: 'reused', ...reuse, force: true });
    editStory(reuseContent);
    buildSite({ name: 'reused', ...reuse });
    buildSite({ name: 'cold', ...reuse, force: true, searchCache: false });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildAll();
