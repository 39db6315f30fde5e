/**
 * One bench size, start to finish: the synthetic corpus, a cold full build as
 * `npm run build` runs it (pipeline, astro build, Pagefind) with its time and
 * the peak RSS of each step's process tree, the framework floor with the same
 * page count, and a rebuild after editing one story.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeCorpus } from './corpus.ts';
import { buildFloor } from './floor.ts';
import { ROOT } from './measure.ts';
import { measure, type Measured } from './process-tree.ts';
import { pagefindArgs } from '../search-index.ts';

export interface Step {
  name: string;
  ms: number;
  /** CPU time of the step's process tree (process-tree.ts). */
  cpuMs: number;
  peakRss: number;
}

export interface Build {
  steps: Step[];
  ms: number;
  cpuMs: number;
  peakRss: number;
  /** Why the build stopped after the pipeline, or null when it ran to the end. */
  stopped: string | null;
}

export interface DistFacts {
  pages: number;
  bytes: number;
  largestPage: { path: string; bytes: number };
  /** HTML pages over the page budget, largest first (path, bytes). */
  overLimit: { path: string; bytes: number }[];
}

/**
 * Caches a cold build must not find: Astro's content store, the chart
 * render cache, the pipeline's report cache and the search index's parts. The
 * bench keeps its own folder for them (RENDER_CACHE_DIR, PIPELINE_CACHE_DIR,
 * SEARCH_CACHE_DIR) so it neither uses nor spoils the ones `npm run build` keeps.
 */
export function clearCaches(renderCache: string): void {
  for (const dir of [join(ROOT, 'node_modules', '.astro'), renderCache]) rmSync(dir, { recursive: true, force: true });
}

const bin = (...p: string[]) => join(ROOT, 'node_modules', ...p);

/**
 * The build as scripts/build.ts runs it (without the editors' check and the
 * atomic swap). `guard` looks at the datasets after the pipeline and may stop
 * the build there, saying why (a site too large to build on this machine).
 */
export async function fullBuild(corpus: string, content: string, data: string, dist: string, renderCache: string, guard: (data: string) => string | null = () => null): Promise<Build> {
  const steps: [string, string[], Record<string, string>][] = [
    // The editors' write-ups cite the seeds, not the synthetic reports: the corpus runs without them.
    // The pipeline's report cache lives in the bench's cache folder too: emptied for the cold build, kept for the rebuild.
    ['pipeline', ['scripts/extract.ts', '--seeds', corpus, '--content', content, '--out', data, '--quiet'], { PIPELINE_CACHE_DIR: renderCache }],
    ['astro build', [bin('astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist, '--silent'], { DATA_DIR: data, RENDER_CACHE_DIR: renderCache }],
    // The build's own search-index step (scripts/search-index.ts): Pagefind in parts, then the same pruning.
    // Its part cache too (scripts/search-cache.ts): emptied for the cold build, kept for the rebuild.
    ['pagefind', pagefindArgs(dist, { quiet: true }), { SEARCH_CACHE_DIR: renderCache }],
  ];
  const done: Step[] = [];
  let stopped: string | null = null;
  for (const [name, args, env] of steps) {
    const m: Measured = await measure(process.execPath, args, { cwd: ROOT, env });
    done.push({ name, ms: m.ms, cpuMs: m.cpuMs, peakRss: m.peakRss });
    if (name === 'pipeline' && (stopped = guard(data))) break;
  }
  return { steps: done, ms: done.reduce((n, s) => n + s.ms, 0), cpuMs: done.reduce((n, s) => n + s.cpuMs, 0), peakRss: Math.max(...done.map((s) => s.peakRss)), stopped };
}

/** Above this many compare pages a size is not built: at ~50 ms a page it would take hours of the shared machine. */
export const MAX_COMPARE_PAGES = Number(process.env.BENCH_MAX_COMPARE_PAGES ?? 60_000);

/**
 * The pages /compare/ will generate, read from the datasets before Astro runs:
 * every two districts of one city, every home-city district with the
 * comparison districts (at most 8 outside the home city), every two years.
 * It mirrors src/lib/compare.ts districtPairs (scripts may not import src/);
 * the guard only decides whether a size is worth building.
 */
export function plannedComparePages(data: string): number {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(data, file), 'utf8')) as T;
  const districts = read<{ city: string; total: number }[]>('districts.json');
  const cities = new Map<string, number>();
  for (const d of read<{ region: { city: string | null } }[]>('documents.json')) if (d.region.city) cities.set(d.region.city, (cities.get(d.region.city) ?? 0) + 1);
  const home = [...cities].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const perCity = new Map<string, number>();
  for (const d of districts) perCity.set(d.city, (perCity.get(d.city) ?? 0) + 1);
  const within = [...perCity.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
  const comparison = Math.min(8, districts.filter((d) => d.city !== home && d.total > 0).length);
  const years = new Set(read<{ year: number | null }[]>('cases.json').map((c) => c.year).filter((y) => y !== null)).size;
  return within + (perCity.get(home ?? '') ?? 0) * comparison + (years * (years - 1)) / 2;
}

const compareGuard = (data: string) => {
  const planned = plannedComparePages(data);
  return planned > MAX_COMPARE_PAGES ? `not built: /compare/ alone would be ${planned.toLocaleString('en')} pages (districts of one city, home with comparison, years), over the bench's limit of ${MAX_COMPARE_PAGES.toLocaleString('en')}` : null;
};

export function distFacts(dist: string, pageLimit: number): DistFacts {
  const pages: { path: string; bytes: number }[] = [];
  let bytes = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else {
        const size = statSync(file).size;
        bytes += size;
        if (e.name.endsWith('.html')) pages.push({ path: `/${relative(dist, file)}`, bytes: size });
      }
    }
  };
  walk(dist);
  pages.sort((a, b) => b.bytes - a.bytes);
  return { pages: pages.length, bytes, largestPage: pages[0]!, overLimit: pages.filter((p) => p.bytes > pageLimit) };
}

/** Append a sentence to the first story (an editor's small fix); returns the function that restores it. */
export function editOneStory(): { file: string; restore: () => void } {
  const dir = join(ROOT, 'content', 'stories');
  const file = join(dir, readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0]!);
  const original = readFileSync(file);
  appendFileSync(file, '\n编辑补记：本段为基准测试在重建前加入的一句话。\n');
  const restore = () => writeFileSync(file, original);
  process.once('SIGINT', () => {
    restore();
    process.exit(130);
  });
  return { file: relative(ROOT, file), restore };
}

export interface SizeBuild {
  factor: number;
  reports: number;
  megabytes: number;
  corpus: string;
  data: string;
  dist: string;
  build: Build;
  rebuild: Build | null;
  floor: Measured | null;
}

/** Corpus, cold build, floor and (when `rebuild`) an edit-and-rebuild for one size; a size too large to build stops after the pipeline. */
export async function buildSize(factor: number, work: string, options: { rebuild: boolean }): Promise<SizeBuild> {
  const corpus = join(work, `corpus-${factor}x`);
  const data = join(work, `data-${factor}x`);
  const dist = join(work, `dist-${factor}x`);
  const content = join(work, 'no-content');
  rmSync(dist, { recursive: true, force: true });
  const { files, bytes } = await makeCorpus(join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures', 'reports'), corpus, factor);
  const renderCache = join(work, 'render-cache');
  clearCaches(renderCache);
  const build = await fullBuild(corpus, content, data, dist, renderCache, compareGuard);
  if (build.stopped) return { factor, reports: files, megabytes: bytes / 1e6, corpus, data, dist, build, rebuild: null, floor: null };
  let rebuild: Build | null = null;
  if (options.rebuild) {
    const edit = editOneStory();
    try {
      rebuild = await fullBuild(corpus, content, data, join(work, `dist-${factor}x-rebuilt`), renderCache);
    } finally {
      edit.restore();
      rmSync(join(work, `dist-${factor}x-rebuilt`), { recursive: true, force: true });
    }
  }
  const pages = distFacts(dist, Infinity).pages;
  const floor = await buildFloor(join(work, 'floor'), pages);
  return { factor, reports: files, megabytes: bytes / 1e6, corpus, data, dist, build, rebuild, floor };
}
