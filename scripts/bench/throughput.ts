/**
 * Extraction and build at 1x, 10x and 100x the seed corpus: pipeline
 * throughput in-process, then a full build (pipeline CLI + astro build) per
 * size, from which pages per second follow.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../pipeline/index.ts';
import { readSeeds } from '../read-seeds.ts';
import { makeCorpus } from './corpus.ts';
import { ROOT, runNode } from './measure.ts';

export interface SizeResult {
  factor: number;
  files: number;
  megabytes: number;
  extractMs: number;
  cases: number;
  figures: number;
  buildMs: number;
  pages: number;
  dist: string;
}

function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

export async function measureSize(factor: number, work: string): Promise<SizeResult> {
  const corpus = join(work, `corpus-${factor}x`);
  const data = join(work, `data-${factor}x`);
  const dist = join(work, `dist-${factor}x`);
  const { files, bytes } = await makeCorpus(join(ROOT, 'seeds'), corpus, factor);
  const { input } = readSeeds(corpus);
  const start = performance.now();
  const result = runPipeline(input);
  const extractMs = performance.now() - start;
  // The full build, as `npm run build` does it: pipeline CLI, astro build, pagefind.
  const steps = [
    // The editors' write-ups cite the seeds, not the synthetic reports: the corpus runs without them.
    runNode(['scripts/extract.ts', '--seeds', corpus, '--content', work, '--out', data, '--quiet']),
    runNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist, '--silent'], { DATA_DIR: data }),
    runNode(['node_modules/pagefind/lib/runner/bin.cjs', '--site', dist, '--quiet']),
  ];
  const buildMs = steps.reduce((sum, s) => sum + s.ms, 0);
  return { factor, files, megabytes: bytes / 1e6, extractMs, cases: result.cases.length, figures: result.figures.length, buildMs, pages: countPages(dist), dist };
}
