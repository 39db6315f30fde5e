/**
 * The seed corpus as the tests see it: the files in seeds/ with the manifest
 * and corrections, and the editors' write-ups in content/cases/, run through
 * the pipeline once per test process (as `npm run extract` does).
 */
import { join, relative } from 'node:path';
import { type PipelineInput, type PipelineResult, runPipeline } from '../../scripts/pipeline/index.ts';
import { readSeeds } from '../../scripts/read-seeds.ts';
import { readContent } from '../../scripts/read-content.ts';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
/** Relative, as `npm run extract` sees it from the project root: write-up paths are published as content/cases/… */
export const CONTENT_DIR = relative(process.cwd(), join(import.meta.dirname, '..', '..', 'content'));

/** Report files, manifest and corrections of a seeds folder, as the CLI reads them. */
export function readSeedInput(dir: string = SEEDS_DIR): PipelineInput {
  return readSeeds(dir).input;
}

let cached: PipelineResult | undefined;

/** The pipeline's result over the seeds (computed once, shared by the tests of a file). */
export function seedResult(): PipelineResult {
  cached ??= runPipeline({ ...readSeedInput(), ...readContent(CONTENT_DIR) });
  return cached;
}

/** The normalized document of a seed by its file-name prefix (`002`) or id. */
export function seedDocument(key: string) {
  const doc = seedResult().documents.find((d) => d.file.startsWith(key) || d.id === key);
  if (!doc) throw new Error(`no seed document ${key}`);
  return doc;
}
