/**
 * The input edge of the pipeline: a seeds folder read into PipelineInput —
 * every report file (sorted), plus manifest.json and corrections.json when
 * present. README files and hidden files are skipped. Used by the CLI, the
 * benchmarks and the tests, so all three read a folder the same way.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, parseJson } from './pipeline/errors.ts';
import type { PipelineInput } from './pipeline/index.ts';

const METADATA_FILES = new Set(['manifest.json', 'corrections.json']);
const IGNORED = /^(\.|README)/i;

function readJson(path: string): { path: string; data: unknown } {
  return { path, data: parseJson(path, readFileSync(path, 'utf8'), 'a JSON array') };
}

/** Throws an InputError when the folder cannot be read; bad metadata files come back in `errors`. */
export function readSeeds(dir: string): { input: PipelineInput; errors: InputError[] } {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new InputError({ file: dir, problem: 'Cannot read the seeds folder.', expected: 'a folder of report files (--seeds <dir>).' });
  }
  const input: PipelineInput = { files: [] };
  const errors: InputError[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (IGNORED.test(name) || !statSync(path).isFile()) continue;
    if (!METADATA_FILES.has(name)) {
      input.files.push({ name, bytes: new Uint8Array(readFileSync(path)) });
      continue;
    }
    try {
      if (name === 'manifest.json') input.manifest = readJson(path);
      else input.corrections = readJson(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  return { input, errors };
}
