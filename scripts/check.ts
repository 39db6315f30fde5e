/**
 * `npm run check [-- --seeds <dir> --content <dir>]`: everything editors touch,
 * checked in one pass before anything is built — the reports, the manifest and
 * the corrections and the case write-ups (the pipeline's own validation, run
 * in memory), then the stories against the datasets that pipeline run produced (the
 * site's own checks, run as a child process because the pipeline never imports
 * site code). Every problem of every file is printed, grouped by file, as
 * `file:line:column: field: what is wrong. Expected: …`. Exit 1 when anything
 * is wrong. With `--write <dir>` (`npm run build` and the dev server's live
 * preview), the datasets of a clean run are written there, so one pipeline run
 * both checks and updates, and reports gone since the last run are named.
 * Unchanged reports come from the report cache (report-cache.ts; `--no-cache` runs without it), and a run
 * whose inputs did not change at all reuses the last run's datasets whole (pipeline/run-cache.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeeds } from './read-seeds.ts';
import { readContent } from './read-content.ts';
import { previousBuild, writeDatasets } from './writer.ts';
import { removedReports } from './pipeline/removed.ts';
import { InputError, type InputProblem, formatProblem, jsonFieldPosition } from './datasets/errors.ts';
import { DATASET_SCHEMAS } from './datasets/schema.ts';
import type { PipelineInput } from './pipeline/index.ts';
import { cachedRun } from './pipeline/run-cache.ts';
import { type ReportCache, cliReportCache, describeReportCache, reportCacheSummary } from './report-cache.ts';
import { recordSummary } from './datasets/build-summary.ts';

const ROOT = join(import.meta.dirname, '..');
const SITE_CHECK = join(ROOT, 'src', 'check', 'stories.ts');

/** The pipeline over the seeds, in memory: its problems and the datasets the site checks run against. */
export async function checkPipeline(seedsDir: string, contentDir: string, cache?: ReportCache): Promise<{ problems: InputProblem[]; datasets?: Record<string, string> }> {
  let read: ReturnType<typeof readSeeds>;
  let input: PipelineInput;
  try {
    read = readSeeds(seedsDir);
    input = { ...read.input, ...readContent(contentDir) };
  } catch (error) {
    if (error instanceof InputError) return { problems: [error.problem] };
    throw error;
  }
  // No input changed since the last run: its datasets and problems, whole (pipeline/run-cache.ts).
  const { output } = await cachedRun(input, cache?.runs, { cache });
  const problems = [...read.errors, ...read.refused, ...output.errors].map((e) => locateInJson(e.problem));
  return { problems, datasets: output.datasets };
}

/** The pipeline validates parsed JSON (manifest, corrections), which has no lines: find the field in the file. */
function locateInJson(p: InputProblem): InputProblem {
  if (p.line !== undefined || !p.field || !p.file.endsWith('.json')) return p;
  let text: string;
  try {
    text = readFileSync(p.file, 'utf8');
  } catch {
    return p;
  }
  return { ...p, ...jsonFieldPosition(text, p.field) };
}

/** The site's checks of write-ups and stories, against the given datasets. */
function checkSite(contentDir: string, datasets: Record<string, string>): InputProblem[] {
  const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
  try {
    for (const name of Object.keys(DATASET_SCHEMAS)) writeFileSync(join(dir, `${name}.json`), datasets[`${name}.json`] ?? '[]');
    const run = spawnSync(process.execPath, [SITE_CHECK, '--content', contentDir], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir }, maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) {
      return [{ file: SITE_CHECK, problem: `The story and write-up check failed to run: ${run.stderr.trim().split('\n').slice(0, 6).join(' | ')}`, expected: 'a bug to report; the pipeline checks above are still valid' }];
    }
    return JSON.parse(run.stdout) as InputProblem[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Problems grouped by file (files in order, problems by line), one `file:line:column: …` line each. */
export function formatReport(problems: readonly InputProblem[]): string {
  const byFile = new Map<string, InputProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const files = [...byFile.keys()].sort();
  const blocks = files.map((file) => {
    const list = byFile.get(file)!.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return `${file} (${list.length} problem${list.length === 1 ? '' : 's'})\n${list.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
  });
  return `${blocks.join('\n\n')}\n\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.`;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' }, write: { type: 'string' }, quiet: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false } } });
  const cache = cliReportCache(values['no-cache']);
  const pipeline = await checkPipeline(values.seeds!, values.content!, cache);
  if (cache && !values.quiet) process.stdout.write(`${describeReportCache(cache)}\n`);
  recordSummary('pipeline', reportCacheSummary(cache));
  const problems = [...pipeline.problems, ...(pipeline.datasets ? checkSite(values.content!, pipeline.datasets) : [])];
  if (problems.length) {
    process.stderr.write(`${formatReport(problems)}\nFix these and run \`npm run check\` again.\n`);
    return 1;
  }
  if (values.write && pipeline.datasets) {
    const previous = previousBuild(values.write);
    const changed = await writeDatasets(values.write, pipeline.datasets);
    const ids = (JSON.parse(pipeline.datasets['documents.json'] ?? '[]') as { id: string }[]).map((d) => d.id);
    for (const r of previous ? removedReports(previous, ids) : []) process.stderr.write(`warning: ${r}\n`);
    if (!values.quiet) process.stdout.write(`Wrote ${changed.length} changed file(s) to ${values.write}.\n`);
  }
  if (!values.quiet) process.stdout.write('npm run check: reports, manifest, corrections, write-ups and stories are all valid.\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
