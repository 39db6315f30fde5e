/**
 * The input edge for what editors write in content/: the case write-ups
 * (content/cases/*.md) and the corrections log (content/corrections/*.md),
 * read as text with the path shown in errors. The pipeline validates and
 * applies them (pipeline/writeups.ts, pipeline/apply-writeups.ts,
 * pipeline/corrections-log.ts); the site never reads them itself.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './datasets/errors.ts';
import type { PipelineInput } from './pipeline/index.ts';

/** README files and hidden files are notes for editors, not write-ups or corrections. */
const IGNORED = /^(\.|README)/i;

/** The files of one content folder with the given ending, as { file, source }; a missing folder has none. */
function readFolder(folder: string, what: string, ending: RegExp = /\.md$/): { file: string; source: string }[] {
  if (!existsSync(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    throw new InputError({ file: folder, problem: `Cannot read the ${what} folder.`, expected: `a folder of markdown files (${folder}/).` });
  }
  return (
    names
      .filter((name) => ending.test(name) && !IGNORED.test(name))
      // The path as given (content/cases/x.md by default): errors name it, and the datasets publish it.
      .map((name) => ({ file: join(folder, name), source: readFileSync(join(folder, name), 'utf8') }))
  );
}

/** Throws an InputError when the content folder is missing or one of its folders cannot be read. */
export function readContent(dir: string): Required<Pick<PipelineInput, 'writeups' | 'dataCorrections' | 'reviews'>> {
  if (!existsSync(dir)) throw new InputError({ file: dir, problem: 'The content folder does not exist.', expected: 'a folder holding cases/ (--content <dir>, default content/).' });
  return {
    writeups: readFolder(join(dir, 'cases'), 'write-ups'),
    dataCorrections: readFolder(join(dir, 'corrections'), 'corrections'),
    reviews: readFolder(join(dir, 'reviews'), 'reviews', /\.ya?ml$/),
  };
}
