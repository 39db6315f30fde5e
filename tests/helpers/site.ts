/**
 * Builds the site for tests that assert on the output (HTML, links,
 * browser tests) into node_modules/.cache/site-tests/<name>/, from the seeds,
 * exactly as `npm run build` does (pipeline, astro build, pagefind). The
 * site project's builds are listed in tests/setup/site-builds.ts; tests get
 * the folders with inject('siteDirs').
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { indexSite } from '../../scripts/search-index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The host the sub-path build is published at; the other builds set no SITE. */
export const SUB_SITE = 'https://reform.test';

/** The environment of a plain shell: without what Vitest sets for itself (BASE_URL, MODE, VITEST ...), which Astro's Vite would pick up. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(VITEST|VITE_|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$|NODE_ENV$)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: cleanEnv(env), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * Pages per part of the test builds' search index: small, so that the seeds'
 * index is written in several parts and every search test runs on merged
 * parts, as a large corpus's does (scripts/search-index.ts).
 */
export const TEST_SEARCH_PART_PAGES = 40;

/** Where the test builds and their datasets go. */
export const SITE_CACHE = join(ROOT, 'node_modules', '.cache', 'site-tests');

/** The render cache of the test builds (src/lib/render-cache.ts). */
export const TEST_RENDER_CACHE = join(SITE_CACHE, 'render-cache');

/** The search index's part cache of the test builds (scripts/search-cache.ts). */
export const TEST_SEARCH_CACHE = join(SITE_CACHE, 'search-cache');

export interface SiteBuild {
  /** The folder under SITE_CACHE (its datasets, when it has seeds of its own, go to `<name>-data`). */
  name: string;
  /** BASE: '/' or a sub-path such as '/sub/path/'. */
  base?: string;
  /** SITE: unset is the default build (relative links, no feed); a host builds as the published site would. */
  site?: string;
  /** Another seeds folder (extracted into a data folder of its own, passed to the build as DATA_DIR); default the project's seeds/ into build/data. */
  seeds?: string;
  /** Another content folder for the pipeline (--content). */
  content?: string;
  /** The folder of frozen chart versions (CHART_ARCHIVE); default archive/charts/. */
  archive?: string;
  /** Run the pipeline first (default true). false builds from build/data as it is: the "same input" of a rebuild. */
  extract?: boolean;
  /** Index the built pages with Pagefind (default true). false for builds whose tests never read the search index. */
  search?: boolean;
  /** The content folder the site reads its stories and home page from (CONTENT_DIR); default content/. */
  siteContent?: string;
  /** Render every page (`astro build --force`) instead of copying the pages whose key is unchanged from the previous build (src/lib/page-keys.ts). */
  force?: boolean;
  /** Take the search index's unchanged parts from the test builds' search cache (default true); false indexes every part. */
  searchCache?: boolean;
}

/** The folder a build writes (whether or not it was built yet). */
export const siteDir = (name: string) => join(SITE_CACHE, name);

/** The build's summary (scripts/datasets/build-summary.ts) of the last build of a folder: what each step rendered, indexed or reused. */
export const summaryFile = (dir: string) => `${dir}.build.json`;

/**
 * Build the site from the seeds exactly as `npm run build` does (pipeline,
 * astro build, pagefind) into SITE_CACHE/<name>/ and return that folder.
 */
export function buildSite({ name, base = '/', site, seeds, content, archive, extract = true, search = true, siteContent, force = false, searchCache = true }: SiteBuild): string {
  const outDir = siteDir(name);
  const summary = summaryFile(outDir);
  rmSync(summary, { force: true });
  // The test builds share a render cache of their own, emptied by the global setup: the first build draws
  // every chart and image, the later ones read them (the determinism test compares the two).
  const env: Record<string, string> = { BASE: base, SITE: site ?? '', RENDER_CACHE_DIR: TEST_RENDER_CACHE, BUILD_SUMMARY: summary, ...(archive ? { CHART_ARCHIVE: archive } : {}), ...(siteContent ? { CONTENT_DIR: siteContent } : {}) };
  if (seeds) {
    env.DATA_DIR = join(SITE_CACHE, `${name}-data`);
    run([join(ROOT, 'scripts', 'extract.ts'), '--quiet', '--seeds', seeds, '--out', env.DATA_DIR, ...(content ? ['--content', content] : [])]);
  } else if (extract) {
    // Into build/data, which unit tests read meanwhile: safe, the pipeline swaps the folder atomically and leaves it alone when nothing changed.
    run([join(ROOT, 'scripts', 'extract.ts'), '--quiet']);
  }
  run([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, '--silent', ...(force ? ['--force'] : [])], env);
  const searchEnv = { BUILD_SUMMARY: summary, ...(searchCache ? { SEARCH_CACHE_DIR: TEST_SEARCH_CACHE } : { SEARCH_CACHE: 'off' }) };
  if (search && !indexSite(outDir, { quiet: true, pagesPerPart: TEST_SEARCH_PART_PAGES, env: searchEnv })) throw new Error(`pagefind failed on ${outDir}`);
  return outDir;
}

/** Every file under dir, as paths relative to it. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(relative(dir, p));
    }
  };
  visit(dir);
  return out.sort();
}

export function page(dist: string, path: string): string {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('/') || path === '' ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no page ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

/** Every page of the newsroom list (/embed/, /embed/2/ ...), joined: the charts are paged. */
export function newsroomPages(dist: string): string {
  const pages = [page(dist, '/embed/')];
  for (let n = 2; existsSync(join(dist, 'embed', String(n), 'index.html')); n++) pages.push(page(dist, `/embed/${n}/`));
  return pages.join('\n');
}
