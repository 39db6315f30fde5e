/**
 * CLI: `npm run extract -- --seeds <dir> --content <dir> --out <dir> [--no-cache]`.
 * Reads every report in the seeds folder (plus manifest.json and
 * corrections.json when present) and the editors' tables, write-ups, reviews
 * and corrections (<content>/*.json, cases/, reviews/, corrections/), runs the
 * pipeline and writes the datasets. A bad report is reported with what was
 * wrong and what to do, and the others are still processed; a bad manifest,
 * corrections file, table or write-up stops the run before anything is written. The exit code is 1 when any input was bad.
 * Reports whose inputs did not change since an earlier run come from the report cache (report-cache.ts), and
 * a run whose inputs did not change at all reuses the last run's datasets whole (pipeline/run-cache.ts).
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeeds } from './read-seeds.ts';
import { readContent } from './read-content.ts';
import { fsErrorMessage } from './fs-errors.ts';
import { previousBuild, writeDatasets } from './writer.ts';
import { InputError } from './datasets/errors.ts';
import { removedReports } from './pipeline/removed.ts';
import type { PipelineInput } from './pipeline/index.ts';
import { cachedRun } from './pipeline/run-cache.ts';
import { formatCoverage } from './pipeline/figures-report.ts';
import { cliReportCache, describeReportCache, reportCacheSummary } from './report-cache.ts';
import { recordSummary } from './datasets/build-summary.ts';

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'build/data' },
      quiet: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const seedsDir = values.seeds!;
  const outDir = values.out!;
  const log = values.quiet ? () => {} : (line: string) => process.stdout.write(`${line}\n`);
  const fail = (line: string) => process.stderr.write(`${line}\n`);

  let read: ReturnType<typeof readSeeds>;
  let input: PipelineInput;
  try {
    read = readSeeds(seedsDir);
    input = { ...read.input, ...readContent(values.content!) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    fail(error.message);
    return 2;
  }
  const setupErrors = read.errors.map((e) => e.message);
  const cache = cliReportCache(values['no-cache']);
  // No input changed since the last run: its datasets and report, whole (pipeline/run-cache.ts).
  const { output: result } = await cachedRun(input, cache?.runs, { cache });
  // Datasets built without the editors' manifest, corrections or write-ups would be wrong: keep the last good ones.
  if (setupErrors.length || result.blocking) {
    // Every problem of the run, not only the blocking ones (result.errors starts with those).
    for (const e of [...setupErrors, ...read.refused.map((r) => r.message), ...result.errors.map((b) => b.message)]) fail(`error: ${e}`);
    fail(`Nothing written to ${relative(process.cwd(), outDir) || '.'}: fix the files above and run again.`);
    return 1;
  }
  const previous = previousBuild(outDir);
  const removed = previous ? removedReports(previous, result.documentIds) : [];
  let changed: string[];
  try {
    changed = await writeDatasets(outDir, result.datasets);
  } catch (error) {
    const message = error instanceof InputError ? error.message : fsErrorMessage(error, outDir);
    if (!message) throw error;
    fail(`error: ${message}`);
    return 2;
  }

  for (const doc of result.report.documents) {
    log(`${doc.file} (${doc.id}): ${Object.entries(doc.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const w of doc.warnings) log(`  warning: ${w}`);
  }
  if (!values.quiet) log(formatCoverage(result.coverage));
  if (cache) log(describeReportCache(cache));
  recordSummary('pipeline', reportCacheSummary(cache));
  for (const r of removed) fail(`warning: ${r}`);
  // Refused report files (links, folders, oversized) are bad reports: the others are still published.
  const errors = [...read.refused.map((e) => e.message), ...result.report.errors];
  for (const e of errors) fail(`error: ${e}`);
  log(`${result.documentIds.length} documents, ${errors.length} errors; wrote ${changed.length} changed file(s) to ${relative(process.cwd(), outDir) || '.'}`);
  return errors.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
