/**
 * `npm run bench`: extraction throughput and full-build cost at 1x, 10x and
 * 100x the seeds, page weight per page type, the JavaScript a client-rendered
 * chart would need, and Lighthouse scores. Results go to bench/results.md;
 * the run fails (exit 1) when a budget is exceeded, printing the numbers.
 * BENCH_SIZES=1,10 limits the sizes; BENCH_LIGHTHOUSE=0 skips Lighthouse.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Budget, ROOT, kb, table, withinBudget } from './measure.ts';
import { measureSize, type SizeResult } from './throughput.ts';
import { pageWeight, type PageWeight } from './weight.ts';
import { clientBundleSize } from './client-bundle.ts';
import { lighthouseScores, type Scores } from './lighthouse.ts';
import { serve } from '../../tests/helpers/serve.ts';

const sizes = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number);
const work = join(ROOT, 'node_modules', '.cache', 'bench');
mkdirSync(work, { recursive: true });

const first = (dist: string, dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).find((e) => e.isDirectory() && !['district', 'year', 'list', 'domain', 'original'].includes(e.name))!.name;

const results: SizeResult[] = [];
for (const factor of sizes) {
  process.stdout.write(`building ${factor}x …\n`);
  results.push(await measureSize(factor, work));
}
const base = results[0]!;
const pps = (r: SizeResult) => r.pages / (r.buildMs / 1000);

const dist = base.dist;
const pages: [string, string][] = [
  ['home', '/'],
  ['story', `/stories/${first(dist, 'stories')}/`],
  ['case', `/cases/${first(dist, 'cases')}/`],
  ['district', '/districts/huangpu/'],
  ['year', `/years/${first(dist, 'years')}/`],
  ['compare', `/compare/${first(dist, 'compare')}/`],
  ['source', `/sources/${first(dist, 'sources')}/`],
  ['data', '/data/'],
  ['embed', '/embed/district-year/'],
  ['search', '/search/'],
  ['404', '/404.html'],
];
const weights: PageWeight[] = pages.map(([type, path]) => pageWeight(dist, type, path));
const story = weights.find((w) => w.type === 'story')!;
const storyHtml = (await import('node:fs')).readFileSync(join(dist, story.path, 'index.html'), 'utf8');
// The story's first chart that is not the map (the map's boundaries are read from disk at build time).
const storyChart = [...storyHtml.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]!).find((id) => id !== 'district-map') ?? 'district-year';
const client = await clientBundleSize(storyChart, join(work, `data-${base.factor}x`));

let scores: Record<string, Scores> = {};
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const server = await serve(dist, { production: true });
  try {
    scores = await lighthouseScores({ home: `${server.url}`, story: `${server.url}${story.path.slice(1)}`, case: `${server.url}${pages[2]![1].slice(1)}`, embed: `${server.url}embed/district-year/` });
  } finally {
    await server.close();
  }
}

const embed = weights.find((w) => w.type === 'embed')!;
const budgets: Budget[] = [
  { name: 'story page JavaScript (gzip)', value: story.jsGzip, limit: 8 * 1024, kind: 'max', unit: 'B' },
  { name: 'story page first load (gzip)', value: story.totalGzip, limit: 150 * 1024, kind: 'max', unit: 'B' },
  { name: 'embed page (uncompressed)', value: embed.total, limit: 30 * 1024, kind: 'max', unit: 'B' },
  ...results.slice(1).map((r) => ({ name: `pages/s at ${r.factor}x vs 1x`, value: pps(r) / pps(base), limit: 0.75, kind: 'min' as const, unit: 'ratio' })),
  ...(scores.story ? (Object.entries(scores.story) as [string, number][]).map(([k, v]) => ({ name: `Lighthouse story ${k}`, value: v, limit: 100, kind: 'min' as const, unit: 'score' })) : []),
];

const report = [
  '# Benchmarks',
  '',
  `Run on ${process.platform} ${process.arch}, Node ${process.version}. Sizes: ${sizes.join(', ')}x the seed corpus (synthetic copies recombining real paragraphs).`,
  '',
  '## Extraction and build',
  '',
  table(
    ['size', 'reports', 'MB', 'cases', 'figures', 'pipeline ms', 'MB/s', 'full build s', 'pages', 'pages/s'],
    results.map((r) => [`${r.factor}x`, r.files, r.megabytes.toFixed(2), r.cases, r.figures, r.extractMs.toFixed(0), (r.megabytes / (r.extractMs / 1000)).toFixed(2), (r.buildMs / 1000).toFixed(1), r.pages, pps(r).toFixed(1)]),
  ),
  '',
  '## Page weight (1x)',
  '',
  table(['page', 'HTML', 'CSS', 'JS', 'inline SVG', 'total', 'JS gzip', 'total gzip'], weights.map((w) => [w.type, kb(w.html), kb(w.css), kb(w.js), kb(w.svg), kb(w.total), kb(w.jsGzip), kb(w.totalGzip)])),
  '',
  `Client-rendered alternative for the story's chart (\`${storyChart}\`: Plot + chart module + data, esbuild minified): ${kb(client.bytes)}, ${kb(client.gzip)} gzip; the story page ships ${kb(story.jsGzip)} of JavaScript gzip, ${(client.gzip / Math.max(1, story.jsGzip)).toFixed(1)}× less.`,
  '',
  '## Lighthouse (mobile)',
  '',
  Object.keys(scores).length ? table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], Object.entries(scores).map(([p, s]) => [p, s.performance, s.accessibility, s['best-practices'], s.seo])) : '(skipped)',
  '',
  '## Budgets',
  '',
  table(['budget', 'value', 'limit', 'result'], budgets.map((b) => [b.name, b.unit === 'B' ? kb(b.value) : b.value.toFixed(2), `${b.kind === 'max' ? '≤' : '≥'} ${b.unit === 'B' ? kb(b.limit) : b.limit}`, withinBudget(b) ? 'ok' : '**FAIL**'])),
  '',
].join('\n');

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.md'), report);
process.stdout.write(`${report}\n`);
const failed = budgets.filter((b) => !withinBudget(b));
if (failed.length) {
  process.stderr.write(`${failed.length} budget(s) exceeded: ${failed.map((b) => b.name).join('; ')}\n`);
  process.exitCode = 1;
}
