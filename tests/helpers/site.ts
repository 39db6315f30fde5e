/**
 * Builds the site for tests that assert on the output (HTML, links,
 * browser tests) into node_modules/.cache/site-tests/<name>/, from the seeds,
 * exactly as `npm run build` does (pipeline, astro build, pagefind). The
 * site project's global setup (tests/setup/build-site.ts) calls it once per
 * run; tests get the folders with inject('siteDirs').
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

/** The render cache of the test builds (src/lib/render-cache.ts). */
export const TEST_RENDER_CACHE = join(ROOT, 'node_modules', '.cache', 'site-tests', 'render-cache');

const built = new Map<string, string>();

/**
 * `seeds`: another seeds folder (its datasets go to a data folder of their
 * own, passed to the build as DATA_DIR); default the project's seeds/.
 * `archive`: the folder of frozen chart versions (CHART_ARCHIVE); default archive/charts/.
 */
export function buildSite(name: string, base = '/', seeds?: string, site?: string, content?: string, archive?: string): string {
  const cached = built.get(name);
  if (cached) return cached;
  const cache = join(ROOT, 'node_modules', '.cache', 'site-tests');
  const outDir = join(cache, name);
  // SITE unset is the default build (relative links, no feed); `site` builds as the published site would.
  // The test builds share a render cache of their own, emptied by the global setup: the first build draws
  // every chart and image, the later ones read them (the determinism test compares the two).
  const env: Record<string, string> = { BASE: base, SITE: site ?? '', RENDER_CACHE_DIR: TEST_RENDER_CACHE, ...(archive ? { CHART_ARCHIVE: archive } : {}) };
  if (seeds) {
    env.DATA_DIR = join(cache, `${name}-data`);
    run([join(ROOT, 'scripts', 'extract.ts'), '--quiet', '--seeds', seeds, '--out', env.DATA_DIR, ...(content ? ['--content', content] : [])]);
  } else {
    run([join(ROOT, 'scripts', 'extract.ts'), '--quiet']);
  }
  run([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir, '--silent'], env);
  if (!indexSite(outDir, { quiet: true })) throw new Error(`pagefind failed on ${outDir}`);
  built.set(name, outDir);
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
