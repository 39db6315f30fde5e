/**
 * `node scripts/bench/pipeline-cache.ts [sizes]` (default `1,100`): what the
 * report cache (scripts/report-cache.ts) saves. At each size of the bench's
 * corpus (corpus.ts) the pipeline runs in this process as `npm run extract`
 * runs it (read the folders, run, emit; writing is left out): without the
 * cache, with an empty cache (every entry written), with a full cache, and
 * with a full cache after one report was edited. Prints wall and CPU time,
 * the median of 3 runs (1 run at sizes over 10x), and checks that every run
 * emits the bytes of the run without the cache.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ROOT, table } from './measure.ts';
import { makeCorpus } from './corpus.ts';
import { readSeeds } from '../read-seeds.ts';
import { readContent } from '../read-content.ts';
import { runPipeline } from '../pipeline/index.ts';
import { emit } from '../pipeline/emit.ts';
import { openReportCache, pipelineCodeVersion } from '../report-cache.ts';
import { TABLE_FILES } from '../pipeline/tables.ts';

const sizes = (process.argv[2] ?? '1,100').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'bench-pipeline-cache-'));
// The editors' tables without write-ups (they cite the seeds, not the synthetic reports), as `npm run bench` runs it.
const content = join(work, 'content');
mkdirSync(content);
for (const file of Object.values(TABLE_FILES)) copyFileSync(join(ROOT, 'content', file), join(content, file));

interface Run {
  wall: number;
  cpu: number;
  files: Record<string, string>;
}

function run(corpus: string, cacheDir: string | undefined, version: string): Run {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const input = { ...readSeeds(corpus).input, ...readContent(content) };
  const files = emit(runPipeline(input, { cache: cacheDir ? openReportCache(cacheDir, version) : undefined }));
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000, files };
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const rows: (string | number)[][] = [];
const version = pipelineCodeVersion();
try {
  for (const factor of sizes) {
    const corpus = join(work, `corpus-${factor}x`);
    const { files } = await makeCorpus(join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures', 'reports'), corpus, factor);
    const repeats = factor > 10 ? 1 : 3;
    const cacheDir = join(work, `cache-${factor}x`);
    const measured = (name: string, prepare: () => void, cache: boolean): Run => {
      const runs: Run[] = [];
      for (let i = 0; i < repeats; i++) {
        prepare();
        runs.push(run(corpus, cache ? cacheDir : undefined, version));
      }
      rows.push([`${factor}x`, files, name, seconds(median(runs.map((r) => r.wall))), seconds(median(runs.map((r) => r.cpu)))]);
      process.stdout.write(`${factor}x ${name}: ${seconds(median(runs.map((r) => r.wall)))}\n`);
      return runs.at(-1)!;
    };
    const cold = measured('without the cache', () => {}, false);
    const empty = measured('empty cache (cold)', () => rmSync(cacheDir, { recursive: true, force: true }), true);
    const warm = measured('full cache (warm)', () => {}, true);
    // One report edited: a sentence added to the middle report of the corpus, a new one each repeat.
    const names = readSeeds(corpus).input.files.map((f) => f.name);
    const target = join(corpus, names[Math.floor(names.length / 2)]!);
    const original = readFileSync(target);
    let n = 0;
    const edited = measured('one report edited (warm)', () => writeFileSync(target, Buffer.concat([original, Buffer.from(`\n本年新增试点${++n}个。\n`)])), true);
    const coldEdited = run(corpus, undefined, version);
    writeFileSync(target, original);
    for (const [name, r, against] of [['empty', empty, cold], ['warm', warm, cold], ['edited', edited, coldEdited]] as const) {
      if (!isDeepStrictEqual(r.files, against.files)) throw new Error(`${factor}x ${name}: the datasets differ from a run without the cache`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`\n${table(['size', 'reports', 'run', 'wall (median)', 'CPU (median)'], rows)}\n\nEvery cached run emitted the bytes of a run without the cache.\n`);
