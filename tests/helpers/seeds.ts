/**
 * The seed corpus as the tests see it: the files in seeds/ with the manifest
 * and corrections, run through the pipeline once per test process.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type PipelineInput, type PipelineResult, runPipeline } from '../../scripts/pipeline/index.ts';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

/** Report files, manifest and corrections of a seeds folder, as the CLI would read them. */
export function readSeedInput(dir: string = SEEDS_DIR): PipelineInput {
  const input: PipelineInput = { files: [] };
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'manifest.json') input.manifest = { path, data: JSON.parse(readFileSync(path, 'utf8')) };
    else if (name === 'corrections.json') input.corrections = { path, data: JSON.parse(readFileSync(path, 'utf8')) };
    else if (!name.startsWith('.')) input.files.push({ name, bytes: new Uint8Array(readFileSync(path)) });
  }
  return input;
}

let cached: PipelineResult | undefined;

/** The pipeline's result over the seeds (computed once, shared by the tests of a file). */
export function seedResult(): PipelineResult {
  cached ??= runPipeline(readSeedInput());
  return cached;
}

/** The normalized document of a seed by its file-name prefix (`002`) or id. */
export function seedDocument(key: string) {
  const doc = seedResult().documents.find((d) => d.file.startsWith(key) || d.id === key);
  if (!doc) throw new Error(`no seed document ${key}`);
  return doc;
}
