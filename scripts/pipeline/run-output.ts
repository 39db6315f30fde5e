/**
 * What a pipeline run gives its callers (extract, check, the dev server):
 * the datasets as written and what the run has to say about its inputs. A
 * whole output is what run-cache.ts keeps between runs.
 */
import type { InputError } from '../datasets/errors.ts';
import type { CoverageReport } from './figures.ts';
import { emit } from './emit.ts';
import { type PipelineInput, type PipelineOptions, type PipelineReport, runPipeline } from './index.ts';

export interface PipelineOutput {
  /** emit()'s files: name → text. */
  datasets: Record<string, string>;
  /** The ids of the documents published, in order (to name the reports a run drops). */
  documentIds: string[];
  /** Every problem of the run; the first `blocking` of them are in what editors maintain (index.ts PipelineResult). */
  errors: InputError[];
  blocking: number;
  report: PipelineReport;
  coverage: CoverageReport;
}

/** The pipeline run and emitted. */
export function pipelineOutput(input: PipelineInput, options: PipelineOptions = {}): PipelineOutput {
  const result = runPipeline(input, options);
  return {
    datasets: emit(result),
    documentIds: result.documents.map((d) => d.id),
    errors: result.errors,
    blocking: result.blocking.length,
    report: result.report,
    coverage: result.coverage,
  };
}
