/** bench/results.md from a run's measurements: the summary table first, then the detail behind each column. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Budget, kb, table, withinBudget } from './measure.ts';
import { msPerPage } from './budgets.ts';
import type { Browsed, SizeResult } from './run.ts';
import type { Build } from './size.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ratio = (x: number) => `${x.toFixed(2)}×`;
const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} ms`);
const path = (url: string) => new URL(url).pathname;
const built = (r: SizeResult): r is SizeResult & { dist: NonNullable<SizeResult['dist']>; browsed: NonNullable<SizeResult['browsed']> } => r.dist !== null && r.browsed !== null;
const worstStory = (b: Browsed) => b.stories.reduce((w, l) => (l.transferred > w.transferred ? l : w), b.stories[0]!);

function summary(results: SizeResult[]): string {
  return table(
    ['size', 'reports', 'pages', 'build', 'floor', 'ratio to floor', 'CPU ratio to floor', 'ms/page', 'peak RSS', 'largest page', 'pages > 300 KB', 'story first load (max)', 'rebuild after one edit'],
    results.map((r) => {
      const head = [`${r.build.factor}x`, r.build.reports];
      if (!built(r)) return [...head, `— (${r.build.build.stopped})`, `pipeline only: ${s(r.build.build.ms)}`, '—', '—', '—', '—', mib(r.build.build.peakRss), '—', '—', '—', '—'];
      const floor = r.build.floor!;
      return [
        ...head,
        r.dist.pages,
        s(r.build.build.ms),
        s(floor.ms),
        ratio(r.build.build.ms / floor.ms),
        ratio(r.build.build.cpuMs / floor.cpuMs),
        msPerPage(r.figures).toFixed(1),
        mib(r.build.build.peakRss),
        `${kb(r.dist.largestPage.bytes)} \`${r.dist.largestPage.path}\``,
        r.dist.overLimit.length,
        kb(worstStory(r.browsed).transferred),
        r.build.rebuild ? `${s(r.build.rebuild.ms)} (${ratio(r.build.rebuild.ms / r.build.build.ms)}; CPU ${ratio(r.build.rebuild.cpuMs / r.build.build.cpuMs)})` : '—',
      ];
    }),
  );
}

function steps(results: SizeResult[]): string {
  const names = ['pipeline', 'astro build', 'pagefind'];
  const cell = (build: Build, name: string) => {
    const st = build.steps.find((x) => x.name === name);
    return st ? [`${s(st.ms)} (CPU ${s(st.cpuMs)})`, mib(st.peakRss)] : ['—', '—'];
  };
  // The rebuild after one edit by step: Pagefind indexes the whole site again however few pages were rendered.
  const rebuilt = results.filter((r) => r.build.rebuild);
  return table(
    ['size', ...names.flatMap((n) => [`${n} time`, `${n} peak RSS`]), 'floor time', 'floor peak RSS', 'dist/'],
    [
      ...results.map((r) => [`${r.build.factor}x`, ...names.flatMap((n) => cell(r.build.build, n)), r.build.floor ? `${s(r.build.floor.ms)} (CPU ${s(r.build.floor.cpuMs)})` : '—', r.build.floor ? mib(r.build.floor.peakRss) : '—', r.dist ? `${(r.dist.bytes / 2 ** 20).toFixed(0)} MiB` : '—']),
      ...rebuilt.map((r) => [`${r.build.factor}x rebuild after one edit`, ...names.flatMap((n) => cell(r.build.rebuild!, n)), '—', '—', '—']),
    ],
  );
}

function growth(results: SizeResult[]): string {
  return table(
    ['size', 'reports', 'MB of text', 'cases', 'figures', 'districts', 'cities', 'years', 'lists'],
    results.map((r) => [`${r.build.factor}x`, r.growth.documents, r.build.megabytes.toFixed(2), r.growth.cases, r.growth.figures, r.growth.districts, r.growth.cities, r.growth.years, r.growth.lists]),
  );
}

function loads(results: SizeResult[]): string {
  return table(
    ['size', 'page', 'requests', 'transferred', 'script files', 'inline script', 'elements', 'FCP', 'LCP', 'CLS'],
    results.flatMap((r) =>
      [...(r.browsed?.stories ?? []), ...(r.browsed?.others ?? [])].map((l) => [`${r.build.factor}x`, `\`${path(l.url)}\``, l.requests, kb(l.transferred), kb(l.byType.script ?? 0), kb(l.inlineScript), l.elements, ms(l.fcpMs), ms(l.lcpMs), l.cls.toFixed(3)]),
    ),
  );
}

const clientRow = (factor: number, c: Browsed['client']) => [`${factor}x`, `\`${c.story}\``, c.charts.join(', '), kb(c.bundle), kb(c.load.transferred), kb(c.storyLoad.transferred), ratio(c.load.transferred / c.storyLoad.transferred)];

function client(results: SizeResult[]): string {
  return table(
    ['size', 'story', 'charts', 'bundle (minified)', 'client-rendered first load', 'our story first load', 'ratio'],
    results.flatMap((r) =>
      r.browsed ? [clientRow(r.build.factor, r.browsed.client)] : [],
    ),
  );
}

function lighthouse(results: SizeResult[]): string {
  const rows = results.flatMap((r) => Object.entries(r.browsed?.lighthouse ?? {}).map(([page, sc]) => [`${r.build.factor}x`, `\`${page}\``, sc.performance ?? '—', sc.accessibility ?? '—', sc['best-practices'] ?? '—', sc.seo ?? '—']));
  return rows.length ? table(['size', 'story', 'performance', 'accessibility', 'best practices', 'SEO'], rows) : '(skipped: BENCH_LIGHTHOUSE=0)';
}

function oversized(results: SizeResult[]): string {
  return results
    .filter(built)
    .filter((r) => r.dist.overLimit.length)
    .map((r) => `- ${r.build.factor}x: ${r.dist.overLimit.length} pages over ${kb(300 * 1024)}, largest ${r.dist.overLimit.slice(0, 5).map((p) => `\`${p.path}\` ${kb(p.bytes)}`).join(', ')}`)
    .join('\n') || 'None at any size that was built.';
}

const value = (b: Budget) => (b.unit === 'B' ? (b.limit >= 2 ** 30 ? mib(b.value) : kb(b.value)) : b.unit === 'ratio' ? ratio(b.value) : String(b.value));
const limit = (b: Budget) => `${b.kind === 'max' ? '≤' : '≥'} ${b.unit === 'B' ? (b.limit >= 2 ** 30 ? mib(b.limit) : kb(b.limit)) : b.unit === 'ratio' ? ratio(b.limit) : b.limit}`;

export function writeResults(file: string, results: SizeResult[], budgets: Budget[]): string {
  const failed = budgets.filter((b) => !withinBudget(b)).length;
  const report = [
    '# Benchmarks',
    '',
    `\`npm run bench\` on ${process.platform} ${process.arch}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; sizes ${results.map((r) => `${r.build.factor}x`).join(', ')} (5 reports per 1x: the seeds, then reports generated from them across China's cities, see \`scripts/bench/corpus.ts\`). The machine is shared: times vary by ±20% between runs; ratios measured in the same run are steadier.`,
    '',
    `**Budgets: ${failed ? `${failed} of ${budgets.length} FAIL` : `all ${budgets.length} pass`}** (details at the end).`,
    '',
    '## Summary',
    '',
    'Build = pipeline + `astro build` + Pagefind, cold (no caches). Floor = a minimal Astro project with the same number of HTML pages, built in the same run; the ratio to it is of wall time, the CPU ratio of user + system time of each process tree (steadier on a shared machine, where wall time stretches with the load). Peak RSS = the largest summed RSS of one step\'s process tree. Story first load = bytes transferred (gzip) until the network is idle, in Chromium, fresh cache. Rebuild = the same build after appending one sentence to one story, with every cache the build keeps (drawings, reports, and the previous build\'s pages: a page whose key did not change is copied, `src/lib/page-keys.ts`).',
    '',
    summary(results),
    '',
    '## What grew',
    '',
    growth(results),
    '',
    '## Build steps',
    '',
    'The cold build and, where it ran, the rebuild after one edit, step by step.',
    '',
    steps(results),
    '',
    '## Pages over the 300 KB budget',
    '',
    oversized(results),
    '',
    '## First load in the browser',
    '',
    'Every story, and a few aggregate pages, as Chromium loads them (1280×800, fresh cache, gzip; FCP/LCP/CLS from the browser\'s own performance entries, without Lighthouse\'s throttling).',
    '',
    loads(results),
    '',
    `Embed pages (HTML + CSS + JS, uncompressed), largest per size: ${results.filter((r) => r.embeds.length).map((r) => { const w = r.embeds.reduce((a, e) => (e.total > a.total ? e : a), r.embeds[0]!); return `${r.build.factor}x ${kb(w.total)} \`${w.path}\``; }).join('; ')}.`,
    '',
    '## Client-rendered comparison',
    '',
    'The same story charts drawn in the browser: the chart modules and Observable Plot bundled with esbuild, fetching the datasets (and the map\'s boundaries); it runs in Chromium and is measured the same way once every chart is drawn.',
    '',
    client(results),
    '',
    '## Lighthouse (mobile, every story)',
    '',
    lighthouse(results),
    '',
    '## Budgets',
    '',
    table(['budget', 'value', 'limit', 'result'], budgets.map((b) => [b.name, value(b), limit(b), withinBudget(b) ? 'ok' : '**FAIL**'])),
    '',
  ].join('\n');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, report);
  return report;
}
