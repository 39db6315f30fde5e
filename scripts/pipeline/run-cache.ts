/**
 * The whole run, kept: when none of the pipeline's inputs changed since a run
 * (every report's name and bytes, the manifest, the corrections, the editors'
 * tables, write-ups, corrections log and reviews) and its code is the same,
 * the datasets and the report of that run are reused whole instead of running
 * the stages across reports again. The key is one hash of all of PipelineInput
 * and the code version (a story edit is not an input: the pipeline never reads
 * stories), so any change to any input runs the pipeline, which still takes
 * unchanged reports from the report cache (per-report.ts).
 */
import { serialize, deserialize } from 'node:v8';
import { cacheKey, sha256Hex } from '../datasets/hash.ts';
import { InputError, type InputProblem } from '../datasets/errors.ts';
import type { PipelineInput, PipelineOptions } from './index.ts';
import type { ReportStore } from './per-report.ts';
import type { PipelineOutput } from './run-output.ts';

export type { PipelineOutput };

/** Where whole runs are kept (the CLI's is on disk beside the report cache: scripts/report-cache.ts). */
export type RunStore = ReportStore;

/**
 * The key of a run: the code version and every field of PipelineInput, a
 * report by its name and the hash of its bytes. Paths are part of it: errors
 * name them and the datasets publish the write-ups' paths.
 */
export function runKey(input: PipelineInput, codeVersion: string): string {
  const { files, ...rest } = input;
  const reports = files.map((f) => `${f.name}\0${sha256Hex(f.bytes)}`).sort();
  return cacheKey('run', codeVersion, reports.join('\n'), JSON.stringify(rest));
}

/** A run's output as bytes (V8's serializer: the strings as they were); errors are kept as their problems. */
const encodeOutput = (o: PipelineOutput): Uint8Array => serialize({ ...o, errors: o.errors.map((e) => e.problem) });
const decodeOutput = (bytes: Uint8Array): PipelineOutput => {
  const stored = deserialize(bytes) as Omit<PipelineOutput, 'errors'> & { errors: InputProblem[] };
  return { ...stored, errors: stored.errors.map((p) => new InputError(p)) };
};

/**
 * The pipeline's modules (the gazetteer, OpenCC, the stages: about 1.5 s of CPU to load) are
 * loaded only when the pipeline runs, so that a reused run costs reading its inputs and one entry.
 */
export async function pipelineOutput(input: PipelineInput, options: PipelineOptions = {}): Promise<PipelineOutput> {
  return (await import('./run-output.ts')).pipelineOutput(input, options);
}

/**
 * The output of the run with these inputs from `runs` when it holds one (reused: true),
 * otherwise the pipeline run (its reports from `options.cache`) and the output stored.
 */
export async function cachedRun(input: PipelineInput, runs: RunStore | undefined, options: PipelineOptions = {}): Promise<{ output: PipelineOutput; reused: boolean }> {
  if (!runs) return { output: await pipelineOutput(input, options), reused: false };
  const key = runKey(input, runs.codeVersion);
  const stored = runs.get(key);
  if (stored) {
    try {
      return { output: decodeOutput(stored), reused: true };
    } catch {
      // An entry of another format: run again and replace it.
    }
  }
  const output = await pipelineOutput(input, options);
  runs.set(key, encodeOutput(output));
  return { output, reused: false };
}
