/**
 * The pipeline's report cache on disk: each report's extraction
 * (pipeline/per-report.ts), kept under a hash of its inputs and of the
 * pipeline's code, in node_modules/.cache/gz-reform/pipeline/ (git-ignored;
 * deleting it is always safe). A run then extracts only the reports whose
 * inputs changed, and the datasets are the bytes a run without the cache
 * writes. PIPELINE_CACHE_DIR puts it elsewhere; PIPELINE_CACHE=off or
 * `--no-cache` (extract, check) runs without it. Entries are written and
 * checked by datasets/disk-cache.ts: a damaged one is extracted again.
 * Beside them, the last whole run (pipeline/run-cache.ts): its datasets are
 * reused when no input of the pipeline changed at all.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { codeHash, entryPath, pruneCache, readEntry, writeEntry } from './datasets/disk-cache.ts';
import type { ReportStore } from './pipeline/per-report.ts';
import type { RunStore } from './pipeline/run-cache.ts';

/** Raise to drop every entry written before a change the code version cannot see (say, a new entry format). */
const CACHE_VERSION = 1;

const ROOT = join(import.meta.dirname, '..');
/** What an extraction runs through: the stages, the shared dataset modules and the dependencies (gazetteer, OpenCC, decoders). */
const CODE = ['scripts/pipeline', 'scripts/datasets', 'package-lock.json'];

/** The code version: the files above, and the Node version (its serializer writes the entries). */
export const pipelineCodeVersion = (): string => codeHash(ROOT, CODE, `${CACHE_VERSION} ${process.version}`);

/** Where entries live; undefined when the cache is off. */
export function pipelineCacheDir(): string | undefined {
  if (process.env.PIPELINE_CACHE === 'off') return undefined;
  return process.env.PIPELINE_CACHE_DIR || join(ROOT, 'node_modules', '.cache', 'gz-reform', 'pipeline');
}

export interface ReportCache extends ReportStore {
  /** Reports read from the cache, extracted (no entry yet) and entries found damaged, since it was opened. */
  stats: { read: number; extracted: number; damaged: number };
  /** Whole runs (pipeline/run-cache.ts), in the same folder under the same code version; `reused` counts the runs read. */
  runs: RunStore & { reused: number };
}

/** A cache on `dir`; the code version is read once, so a long-running process (the dev server) keys by the code it loaded. */
export function openReportCache(dir: string, codeVersion = pipelineCodeVersion()): ReportCache {
  const stats = { read: 0, extracted: 0, damaged: 0 };
  /** An entry of either kind, or undefined when it is missing or damaged (counted). */
  const lookup = (kind: 'run' | 'report', key: string) => {
    const entry = readEntry(entryPath(dir, kind, key));
    if (entry === 'damaged') stats.damaged++;
    return typeof entry === 'string' ? undefined : entry;
  };
  const runs: ReportCache['runs'] = {
    codeVersion,
    reused: 0,
    get(key) {
      const entry = lookup('run', key);
      if (entry !== undefined) runs.reused++;
      return entry;
    },
    // Only the last run is kept: an entry holds every dataset (hundreds of MB at 1,000 reports), and a dev
    // session's every save is a new run.
    set(key, value) {
      rmSync(join(dir, 'run'), { recursive: true, force: true });
      writeEntry(entryPath(dir, 'run', key), value);
    },
  };
  return {
    codeVersion,
    stats,
    runs,
    get(key) {
      const entry = lookup('report', key);
      if (entry !== undefined) stats.read++;
      return entry;
    },
    set(key, value) {
      stats.extracted++;
      writeEntry(entryPath(dir, 'report', key), value);
    },
  };
}

/** The cache a CLI run uses: none with `--no-cache` or PIPELINE_CACHE=off; entries unused for 30 days are deleted first. */
export function cliReportCache(noCache: boolean | undefined): ReportCache | undefined {
  const dir = noCache ? undefined : pipelineCacheDir();
  if (!dir) return undefined;
  if (existsSync(dir)) pruneCache(dir);
  return openReportCache(dir);
}

/** "pipeline cache: 4 reports read, 1 extracted", or that the whole run was reused. */
export function describeReportCache(cache: ReportCache): string {
  const damaged = cache.stats.damaged ? `, ${cache.stats.damaged} damaged entries ignored` : '';
  if (cache.runs.reused) return `pipeline cache: no input changed since an earlier run: its datasets reused whole${damaged}`;
  return `pipeline cache: ${cache.stats.read} report(s) read, ${cache.stats.extracted} extracted${damaged}`;
}

/** The run as the build's summary records it (datasets/build-summary.ts). */
export const reportCacheSummary = (cache: ReportCache | undefined) =>
  cache ? { datasetsReused: cache.runs.reused > 0, reportsRead: cache.stats.read, reportsExtracted: cache.stats.extracted } : { datasetsReused: false, cache: 'off' };
