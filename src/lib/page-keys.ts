/**
 * Page-level reuse between builds: Astro's incremental build
 * (`experimental.incrementalBuild`, astro.config.mjs) copies a page from its
 * previous build (node_modules/.astro/dist/) instead of rendering it when the
 * page's module graph is unchanged and the `cacheKey` its getStaticPaths
 * entry returns is the one it had. This module computes that key: a hash of
 * every input a page reads outside its code, so that an unchanged key means
 * unchanged bytes.
 *
 * Every page reads the datasets as a whole (the tagline, the footer and the
 * counts on each page are computed from all of them), so every key holds:
 * - the code version: src/, the dataset schemas, the Astro config, the public
 *   files and the lockfile (so Plot, resvg and the fonts from npm) — any code
 *   change renders every page again;
 * - every file of the datasets folder (DATA_DIR, default build/data) and of the
 *   frozen chart archive (CHART_ARCHIVE);
 * - content/home.json (CONTENT_DIR), the one editors' file the site reads besides the stories;
 * - SITE, BASE and PUBLIC_REPO_URL.
 * The stories are the exception that makes an edit cheap: only the pages that
 * show a story add it to their key (`storyKey`), so a story edit renders
 * those pages and copies the rest. A route without a key (the static pages:
 * home, /stories/, /search/ ...) always renders.
 * tests/site/page-reuse.dist.test.ts proves an incremental build after a story
 * edit is byte-for-byte the cold build of the edited tree: a page that reads a
 * story without saying so fails there.
 */
import { resolve } from 'node:path';
import { cacheKey } from '../../scripts/datasets/hash.ts';
import { codeHash } from '../../scripts/datasets/disk-cache.ts';
import { dataDir } from './data.ts';
import { archiveDir } from './chart-archive.ts';
import { homeFile } from './content-dir.ts';
import type { Story } from './stories.ts';

/** Raise to render every page once more after a change no input shows. */
const PAGE_KEY_VERSION = 1;

/** The code every page runs, relative to the project root. */
export const PAGE_CODE = ['src', 'scripts/datasets', 'astro.config.mjs', 'public', 'package-lock.json', 'tsconfig.json'];

/** The environment the pages read. */
export const PAGE_ENV = ['SITE', 'BASE', 'PUBLIC_REPO_URL'];

export interface SiteInputs {
  /** The project: the code version is read from PAGE_CODE under it. */
  root: string;
  /** The datasets folder (lib/data.ts dataDir). */
  data: string;
  /** The frozen chart versions (lib/chart-archive.ts archiveDir). */
  archive: string;
  /** content/home.json (lib/content-dir.ts homeFile): the one editors' file besides the stories that the site reads itself. */
  home: string;
  env: NodeJS.ProcessEnv;
}

/** The inputs every page shares, as one key. */
export function siteKey({ root, data, archive, home, env }: SiteInputs): string {
  return cacheKey(
    'page',
    String(PAGE_KEY_VERSION),
    codeHash(root, PAGE_CODE, PAGE_KEY_VERSION),
    codeHash(data, [''], 'data'),
    codeHash(archive, [''], 'archive'),
    codeHash(home, [''], 'home'),
    ...PAGE_ENV.map((name) => `${name}=${env[name] ?? ''}`),
    `node=${process.version}`,
  );
}

let shared: string | undefined;

/** The key of a page that reads no story: one per build (computing it reads every dataset file once). */
export function pageKey(): string {
  return (shared ??= siteKey({ root: process.cwd(), data: dataDir(), archive: archiveDir(), home: resolve(homeFile()), env: process.env }));
}

/** The key of a page that shows these stories: their files' digests (Astro's hash of each file) on top of the shared inputs. */
export function storyKey(stories: readonly Story[]): string {
  return cacheKey(pageKey(), ...stories.map((s) => `${s.id}:${s.digest ?? JSON.stringify([s.data, s.body])}`));
}

/** getStaticPaths entries with a key each (`key` defaults to the shared one). */
export function keyed<T extends object>(paths: readonly T[], key: string = pageKey()): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: key }));
}
