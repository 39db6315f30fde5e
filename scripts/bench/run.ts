/**
 * `npm run bench`: at 1x, 10x, 100x and 200x a synthetic corpus that grows
 * like a real one (corpus.ts), a cold full build (time, peak RSS of each
 * step's process tree), the framework floor with the same page count, a
 * rebuild after editing one story, what the browser really loads for every
 * story and a few other pages, every embed page, the client-rendered
 * alternative running in Chromium, and Lighthouse on every story. Every budget
 * (budgets.ts) is checked at every size. Results go to bench/results.md; the
 * run fails (exit 1) when a budget is exceeded.
 *
 * BENCH_SIZES=1,10 limits the sizes; BENCH_LIGHTHOUSE=0 skips Lighthouse;
 * BENCH_REBUILD=0 skips the rebuild; BENCH_KEEP=1 keeps each size's corpus, data and dist.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './measure.ts';
import { TABLE_FILES } from '../pipeline/tables.ts';
import { buildSize, distFacts, type DistFacts, type SizeBuild } from './size.ts';
import { LIMITS, runBudgets, runSizes, type SizeFigures } from './budgets.ts';
import { firstLoad, withBrowser, type FirstLoad } from './browser-load.ts';
import { storyCharts, writeClientPage } from './client-bundle.ts';
import { lighthouseScores } from './lighthouse.ts';
import { embedFolders, pageWeight } from './weight.ts';
import { corpusGrowth, type Growth } from './growth.ts';
import { writeResults } from './results.ts';
import { serve } from '../../tests/helpers/serve.ts';

// A size above 10x also builds 10x: its ms per page is checked against the 10x build of the same run.
const sizes = runSizes((process.env.BENCH_SIZES ?? '1,10,100,200').split(',').map(Number));
const work = join(ROOT, 'node_modules', '.cache', 'bench');
// The editors' tables without write-ups or stories (those cite the seeds, not the synthetic corpus).
mkdirSync(join(work, 'no-content'), { recursive: true });
for (const file of Object.values(TABLE_FILES)) copyFileSync(join(ROOT, 'content', file), join(work, 'no-content', file));

export interface Browsed {
  stories: FirstLoad[];
  others: FirstLoad[];
  client: { story: string; charts: string[]; bundle: number; load: FirstLoad; storyLoad: FirstLoad };
  lighthouse: Record<string, Record<string, number>>;
}

export interface SizeResult {
  build: SizeBuild;
  growth: Growth;
  /** Null when the size was not built (build.build.stopped says why). */
  dist: DistFacts | null;
  embeds: { path: string; total: number }[];
  browsed: Browsed | null;
  figures: SizeFigures;
}

const dirsIn = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** Every story, a few aggregate pages and the client-rendered alternative in Chromium; Lighthouse on every story. */
async function browse(build: SizeBuild, storyPaths: string[]): Promise<Browsed> {
  const server = await serve(build.dist, { production: true });
  try {
    const otherPaths = ['/', '/search/', '/cases/', '/districts/', `/districts/${dirsIn(join(build.dist, 'districts'))[0]}/`];
    const loaded = await withBrowser(async (browser) => {
      const stories: FirstLoad[] = [];
      for (const p of storyPaths) stories.push(await firstLoad(browser, server.url + p.slice(1)));
      const others: FirstLoad[] = [];
      for (const p of otherPaths) others.push(await firstLoad(browser, server.url + p.slice(1)));
      // The client-rendered alternative of the first story: the same charts drawn in the browser.
      const story = storyPaths[0]!;
      const charts = storyCharts(readFileSync(join(build.dist, story, 'index.html'), 'utf8'));
      const clientDir = join(work, `client-${build.factor}x`);
      const { bundle } = await writeClientPage(charts, build.data, clientDir);
      const clientServer = await serve(clientDir, { production: true });
      try {
        return { stories, others, client: { story, charts, bundle, load: await firstLoad(browser, clientServer.url, '[data-rendered]'), storyLoad: stories[0]! } };
      } finally {
        await clientServer.close();
        rmSync(clientDir, { recursive: true, force: true });
      }
    });
    let lighthouse: Record<string, Record<string, number>> = {};
    if (process.env.BENCH_LIGHTHOUSE !== '0') {
      process.stdout.write(`bench ${build.factor}x: Lighthouse …\n`);
      lighthouse = await lighthouseScores(Object.fromEntries(storyPaths.map((p) => [p, server.url + p.slice(1)])));
    }
    return { ...loaded, lighthouse };
  } finally {
    await server.close();
  }
}

async function measureSize(factor: number): Promise<SizeResult> {
  process.stdout.write(`bench ${factor}x: corpus and builds …\n`);
  const build = await buildSize(factor, work, { rebuild: process.env.BENCH_REBUILD !== '0' });
  const growth = corpusGrowth(build.data);
  const built = !build.build.stopped;
  const dist = built ? distFacts(build.dist, LIMITS.page) : null;
  const storyPaths = built ? dirsIn(join(build.dist, 'stories')).map((s) => `/stories/${s}/`) : [];
  const embeds = built ? embedFolders(dirsIn(join(build.dist, 'embed'))).map((e) => ({ path: `/embed/${e}/`, total: pageWeight(build.dist, 'embed', `/embed/${e}/`).total })) : [];
  if (built) process.stdout.write(`bench ${factor}x: browser …\n`);
  else process.stdout.write(`bench ${factor}x: ${build.build.stopped}\n`);
  const browsed = built ? await browse(build, storyPaths) : null;
  const figures: SizeFigures = {
    factor,
    stopped: build.build.stopped,
    pages: dist?.pages ?? 0,
    buildMs: build.build.ms,
    peakRss: build.build.peakRss,
    largestPage: dist?.largestPage ?? null,
    storyLoads: (browsed?.stories ?? []).map((s) => ({ path: new URL(s.url).pathname, transferred: s.transferred, script: (s.byType.script ?? 0) + s.inlineScript })),
    embeds,
    floorMs: build.floor?.ms ?? null,
    rebuildMs: build.rebuild?.ms ?? null,
    lighthouse: browsed?.lighthouse ?? {},
  };
  if (process.env.BENCH_KEEP !== '1') for (const dir of [build.corpus, build.data, build.dist]) rmSync(dir, { recursive: true, force: true });
  return { build, growth, dist, embeds, browsed, figures };
}

const results: SizeResult[] = [];
for (const factor of sizes) results.push(await measureSize(factor));
const budgets = runBudgets(results.map((r) => r.figures));
const report = writeResults(join(ROOT, 'bench', 'results.md'), results, budgets);
process.stdout.write(`${report}\n`);
const failed = budgets.filter((b) => (b.kind === 'max' ? b.value > b.limit : b.value < b.limit));
if (failed.length) {
  process.stderr.write(`${failed.length} budget(s) exceeded:\n${failed.map((b) => `  ${b.name}`).join('\n')}\n`);
  process.exitCode = 1;
}
