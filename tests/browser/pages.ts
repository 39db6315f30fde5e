/**
 * The page types the browser tests visit, picked from the built site so that
 * every URL is real. Stories are written by editors: when none is built,
 * `story` is undefined and the story tests fail loudly (see `storyPath`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PageType {
  /** Short name used in test titles. */
  name: string;
  /** Site path (without the base), e.g. '/cases/x/'; undefined when the build has no such page. */
  path: string | undefined;
  /** HTTP status the page is served with (404 for the not-found page). */
  status: number;
  /** Why `path` is undefined. */
  missing?: string;
}

const dirs = (dist: string, sub: string) =>
  existsSync(join(dist, sub)) ? readdirSync(join(dist, sub)).filter((n) => statSync(join(dist, sub, n)).isDirectory() && existsSync(join(dist, sub, n, 'index.html'))).sort() : [];

/** Every built story's path (sorted by slug). */
export function storyPaths(dist: string): string[] {
  return dirs(dist, 'stories').map((slug) => `/stories/${slug}/`);
}

/** The first built story with a scrolly section of at least three steps (for #step-3), else the first story, else undefined. */
export function storyPath(dist: string): string | undefined {
  const all = storyPaths(dist);
  const steps = (p: string) => (readFileSync(join(dist, p, 'index.html'), 'utf8').match(/<li class="step"/g) ?? []).length;
  return all.find((p) => steps(p) >= 3) ?? all[0];
}

export const NO_STORY = 'No story is built (dist/stories/*/index.html): content/stories/ has no published story. The story tests need at least one story with a scrolly section.';

/** The 长者饭堂 case of 越秀区 (it has an editor's write-up in content/cases/). */
export const CANTEEN_CASE = 'gz-2024-cases-018b04325c';

export function pageTypes(dist: string): PageType[] {
  const pick = (name: string, sub: string, prefer: string[], filter: (n: string) => boolean = () => true): PageType => {
    const all = dirs(dist, sub).filter(filter);
    const slug = prefer.find((p) => all.includes(p)) ?? all[0];
    return slug ? { name, path: `/${sub}/${slug}/`, status: 200 } : { name, path: undefined, status: 200, missing: `no page under dist/${sub}/` };
  };
  const stories = storyPaths(dist);
  return [
    { name: 'home', path: '/', status: 200 },
    ...(stories.length ? stories.map((path) => ({ name: 'story', path, status: 200 })) : [{ name: 'story', path: undefined, status: 200, missing: NO_STORY }]),
    { name: 'stories index', path: '/stories/', status: 200 },
    pick('case (with write-up)', 'cases', [CANTEEN_CASE]),
    pick('case (plain)', 'cases', ['gz-2018-top10-1992a6daa0'], (n) => /^gz-2018-/.test(n)),
    { name: 'cases index', path: '/cases/', status: 200 },
    // A later page of the index, with its pager (the index has more than one page even at the seeds' size).
    existsSync(join(dist, 'cases', '2', 'index.html')) ? { name: 'cases index, page 2', path: '/cases/2/', status: 200 } : { name: 'cases index, page 2', path: undefined, status: 200, missing: 'the case index has one page only' },
    pick('cases by district', 'cases/district', ['huangpu']),
    { name: 'cases by dimension', path: '/cases/list/', status: 200 },
    pick('district', 'districts', ['huangpu']),
    { name: 'districts index', path: '/districts/', status: 200 },
    pick('year', 'years', ['2024']),
    pick('compare (districts)', 'compare', ['huangpu-vs-panyu'], (n) => /^[a-z]+-vs-[a-z]+$/.test(n)),
    pick('compare (years)', 'compare', ['2018-vs-2024'], (n) => /^\d{4}-vs-\d{4}$/.test(n)),
    pick('source', 'sources', ['gz-2024-cases']),
    { name: 'sources index', path: '/sources/', status: 200 },
    { name: 'data', path: '/data/', status: 200 },
    pick('embed', 'embed', ['district-year']),
    { name: 'embed (newsroom)', path: '/embed/', status: 200 },
    // The newsroom list is paged too (more charts than one page holds even at the seeds' size).
    existsSync(join(dist, 'embed', '2', 'index.html')) ? { name: 'embed (newsroom), page 2', path: '/embed/2/', status: 200 } : { name: 'embed (newsroom), page 2', path: undefined, status: 200, missing: 'the newsroom list has one page only' },
    { name: 'corrections', path: '/corrections/', status: 200 },
    { name: 'search', path: '/search/', status: 200 },
    { name: '404', path: '/no-such-page/', status: 404 },
    { name: 'about', path: '/about/', status: 200 },
  ];
}
