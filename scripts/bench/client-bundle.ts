/**
 * What a client-rendered version of a story chart would cost: the same chart
 * module, Observable Plot and the data the chart reads, bundled and minified
 * for the browser with esbuild. Compared with the JavaScript our story page
 * actually ships (the SVG is rendered at build time).
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSize, ROOT } from './measure.ts';

export async function clientBundleSize(chartId: string, dataDir: string): Promise<{ bytes: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'client-chart-'));
  const entry = join(dir, 'entry.ts');
  // The chart reads documents only for titles, years and sentence offsets: ship just those.
  writeFileSync(
    entry,
    `import * as Plot from '@observablehq/plot';
import { buildChart } from '${join(ROOT, 'src/charts/registry.ts')}';
import cases from '${join(dataDir, 'cases.json')}';
import figures from '${join(dataDir, 'figures.json')}';
import districts from '${join(dataDir, 'districts.json')}';
import documents from '${join(dir, 'documents.json')}';
const spec = buildChart(${JSON.stringify(chartId)}, {}, { cases, figures, districts, documents } as never);
const variant = spec.variants[spec.variants.length - 1];
document.querySelector('#chart')?.append(Plot.plot(spec.plot(variant)) as Node);
`,
  );
  const { readFileSync } = await import('node:fs');
  const docs = (JSON.parse(readFileSync(join(dataDir, 'documents.json'), 'utf8')) as Record<string, unknown>[]).map(
    ({ id, title, year, list, published, region, sentences }) => ({ id, title, year, list, published, region, sentences }),
  );
  writeFileSync(join(dir, 'documents.json'), JSON.stringify(docs));
  // node:* stays external: only the map chart reads its boundaries from disk, and it is not measured here.
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, absWorkingDir: ROOT, nodePaths: [join(ROOT, 'node_modules')], external: ['node:*'], logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  return { bytes: code.length, gzip: gzipSize(code) };
}
